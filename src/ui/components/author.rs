//! Who makes the changes in this vault: the name or role every case history records, set once
//! per vault and asked for the first time a case is opened.

use crate::ui::components::input_value;
use crate::ui::errors::vault_error;
use crate::ui::hooks::{use_translator, use_vault};
use crate::ui::vault_tasks::save_settings;
use crate::vault::settings::MAX_AUTHOR_CHARS;
use crate::vault::AuthorError;
use yew::platform::spawn_local;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AuthorFormProps {
    /// Asked for the first time (in the workspace), rather than changed on the vault page.
    #[prop_or_default]
    pub first_use: bool,
}

/// A form that sets the vault's author name; shows what is set and stores the new one encrypted.
#[component]
pub fn AuthorForm(props: &AuthorFormProps) -> Html {
    let t = use_translator();
    let vault = use_vault();
    let current = vault
        .unlocked()
        .and_then(|unlocked| unlocked.settings.author.clone());
    let typed = use_state(|| current.clone().unwrap_or_default());
    let outcome = use_state(|| None::<Result<String, String>>);
    let Some(unlocked) = vault.unlocked() else {
        return Html::default();
    };

    let onsubmit = {
        let (typed, outcome, t) = (typed.clone(), outcome.clone(), t.clone());
        let (open, settings, dispatch) = (
            unlocked.vault.clone(),
            unlocked.settings.clone(),
            vault.dispatcher(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let settings = match settings.clone().with_author(&typed) {
                Ok(settings) => settings,
                Err(AuthorError::Blank) => {
                    outcome.set(Some(Err(t.tr("author-error-blank"))));
                    return;
                }
                Err(AuthorError::TooLong { .. }) => {
                    outcome.set(Some(Err(t.tr_with(
                        "author-error-too-long",
                        &[("max", MAX_AUTHOR_CHARS.into())],
                    ))));
                    return;
                }
            };
            let name = settings.author.clone().unwrap_or_default();
            let (open, dispatch, outcome, t) =
                (open.clone(), dispatch.clone(), outcome.clone(), t.clone());
            spawn_local(async move {
                match save_settings(open, settings, dispatch).await {
                    Ok(()) => outcome.set(Some(Ok(
                        t.tr_with("author-saved", &[("name", name.into())])
                    ))),
                    Err(error) => outcome.set(Some(Err(vault_error(&t, &error)))),
                }
            });
        })
    };
    let oninput = {
        let typed = typed.clone();
        Callback::from(move |event: InputEvent| typed.set(input_value(event)))
    };
    let heading = if props.first_use {
        "author-ask-heading"
    } else {
        "author-heading"
    };
    html! {
        <section class="panel author no-print" aria-labelledby="author-heading">
            <h2 id="author-heading">{ t.tr(heading) }</h2>
            <p class="hint" id="author-hint">{ t.tr("author-intro") }</p>
            <form {onsubmit} novalidate=true class="author-form">
                <label for="author-name">{ t.tr("author-label") }</label>
                <input id="author-name" type="text" autocomplete="off"
                    aria-describedby="author-hint"
                    aria-invalid={matches!(&*outcome, Some(Err(_))).then_some("true")}
                    value={(*typed).clone()} {oninput} />
                <button type="submit">{ t.tr("author-keep") }</button>
            </form>
            { match &*outcome {
                Some(Ok(message)) => html! { <p role="status" class="success">{ message.clone() }</p> },
                Some(Err(message)) => html! { <p role="alert" class="error">{ message.clone() }</p> },
                None => html! { <p role="status" class="success"></p> },
            } }
        </section>
    }
}
