//! A modal dialog on the browser's own `<dialog>`: it traps focus, closes on Escape, and
//! gives focus back to where it was when it closes.

use crate::ui::hooks::use_translator;
use wasm_bindgen::JsCast;
use web_sys::{HtmlDialogElement, HtmlElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ConfirmDialogProps {
    pub title: AttrValue,
    pub message: AttrValue,
    /// The text of the button that does the thing, e.g. "Delete case".
    pub confirm_label: AttrValue,
    pub on_confirm: Callback<()>,
    pub on_cancel: Callback<()>,
}

/// Asks for confirmation before something that cannot be undone.
#[component]
pub fn ConfirmDialog(props: &ConfirmDialogProps) -> Html {
    let t = use_translator();
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with((), move |_| {
            let previous = gloo::utils::document()
                .active_element()
                .and_then(|e| e.dyn_into::<HtmlElement>().ok());
            if let Some(dialog) = dialog.cast::<HtmlDialogElement>() {
                let _ = dialog.show_modal();
            }
            move || {
                if let Some(previous) = previous {
                    let _ = previous.focus();
                }
            }
        });
    }
    let on_cancel_event = {
        let on_cancel = props.on_cancel.clone();
        Callback::from(move |event: Event| {
            event.prevent_default();
            on_cancel.emit(());
        })
    };
    html! {
        <dialog ref={dialog} class="dialog" aria-labelledby="confirm-title"
            aria-describedby="confirm-message" oncancel={on_cancel_event}>
            <h2 id="confirm-title">{ props.title.clone() }</h2>
            <p id="confirm-message">{ props.message.clone() }</p>
            <div class="actions">
                <button type="button" class="secondary" onclick={props.on_cancel.reform(|_| ())}>
                    { t.tr("cancel") }
                </button>
                <button type="button" class="danger" onclick={props.on_confirm.reform(|_| ())}>
                    { props.confirm_label.clone() }
                </button>
            </div>
        </dialog>
    }
}
