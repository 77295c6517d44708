//! Small building blocks shared by the pages.

pub mod author;
pub mod dialog;
pub mod journal_recovery;
pub mod language_picker;
pub mod paged;
pub mod vault_status;

use super::hooks::use_translator;
use super::routes::Route;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement};
use yew::prelude::*;
use yew_router::prelude::*;

/// The text of the input an `input` event comes from.
pub fn input_value(event: InputEvent) -> String {
    event.target_unchecked_into::<HtmlInputElement>().value()
}

#[derive(Properties, PartialEq)]
pub struct NavLinkProps {
    pub to: Route,
    pub children: Html,
    /// Marks the link as the current page; by default, when `to` is the current route.
    #[prop_or_default]
    pub current: Option<bool>,
}

/// A link to a page of the app that replaces the current history entry instead of adding one:
/// the app then holds a single entry in the browser's history, which quick exit overwrites,
/// so that Back after a quick exit cannot reach any page of the app.
#[component]
pub fn NavLink(props: &NavLinkProps) -> Html {
    let navigator = use_navigator();
    let current = use_route::<Route>();
    let onclick = {
        let to = props.to.clone();
        Callback::from(move |event: MouseEvent| {
            // Let the browser handle modified clicks (new tab, new window) as it always does.
            if event.ctrl_key() || event.meta_key() || event.shift_key() || event.button() != 0 {
                return;
            }
            event.prevent_default();
            if let Some(navigator) = &navigator {
                navigator.replace(&to);
            }
        })
    };
    let is_current = props
        .current
        .unwrap_or_else(|| current.as_ref() == Some(&props.to));
    let aria_current = is_current.then_some("page");
    html! {
        <a href={format!("#{}", props.to.to_path())} aria-current={aria_current} {onclick}>
            { props.children.clone() }
        </a>
    }
}

#[derive(Properties, PartialEq)]
pub struct QuickExitButtonProps {
    pub onclick: Callback<()>,
}

/// The always-visible quick-exit button; its name says what it does and how to do it by keyboard.
#[component]
pub fn QuickExitButton(props: &QuickExitButtonProps) -> Html {
    let t = use_translator();
    let onclick = props.onclick.reform(|_: MouseEvent| ());
    html! {
        <button type="button" class="quick-exit" {onclick} aria-describedby="quick-exit-hint">
            { t.tr("quick-exit") }
            <span id="quick-exit-hint" class="quick-exit-hint">{ t.tr("quick-exit-hint") }</span>
        </button>
    }
}

/// Moves keyboard focus to the element with this id, if it is on the page.
pub fn focus_element(id: &str) {
    if let Some(element) = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = element.focus();
    }
}

/// The line under a form once it was used: what was done (a status), or why not (an alert).
pub fn outcome_line(outcome: &Option<Result<String, String>>) -> Html {
    match outcome {
        Some(Ok(message)) => html! { <p role="status" class="success">{ message.clone() }</p> },
        Some(Err(message)) => html! { <p role="alert" class="error">{ message.clone() }</p> },
        None => Html::default(),
    }
}
