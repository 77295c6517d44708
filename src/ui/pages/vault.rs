//! The vault page: backups (export), and the state of this browser's storage.

use crate::model::schema::encode_case;
use crate::model::Timestamp;
use crate::ui::errors::vault_error;
use crate::ui::format::date_time;
use crate::ui::hooks::{use_page_title, use_translator, use_vault};
use crate::ui::pages::VaultGate;
use crate::ui::session::VaultAction;
use crate::ui::vault_tasks::now;
use crate::vault::crypto::{check_new_passphrase, WorkFactor};
use crate::vault::export::export_cases;
use crate::vault::{CaseDocument, VaultError};
use age::secrecy::SecretString;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::platform::spawn_local;
use yew::prelude::*;

/// A backup older than this is worth a warning: Safari evicts an origin's data after 7 days without use.
const EXPORT_WARNING_MS: i64 = 7 * 24 * 60 * 60 * 1000;

#[component]
pub fn VaultPage() -> Html {
    let t = use_translator();
    use_page_title("vault-heading");
    html! {
        <>
            <h1>{ t.tr("vault-heading") }</h1>
            <VaultGate>
                <BackupSection />
            </VaultGate>
        </>
    }
}

/// When the last export was made, and a form to make one.
#[component]
fn BackupSection() -> Html {
    let t = use_translator();
    let vault = use_vault();
    let Some(session) = vault.session() else {
        return Html::default();
    };
    let meta = session.vault.meta();
    let last_export = meta.last_export_at;
    let stale = last_export.is_none_or(|at| now().0 - at.0 > EXPORT_WARNING_MS);
    html! {
        <section aria-labelledby="backup-heading" class="panel">
            <h2 id="backup-heading">{ t.tr("backup-heading") }</h2>
            <p>{ t.tr("backup-intro") }</p>
            <p>
                { match last_export {
                    Some(at) => t.tr_with("backup-last", &[("when", date_time(at, t.locale()).into())]),
                    None => t.tr("backup-never"),
                } }
            </p>
            if stale && !session.cases.is_empty() {
                <p class="warning" role="note">{ t.tr("backup-stale") }</p>
            }
            <p>
                { match session.persisted {
                    Some(true) => t.tr("storage-persisted"),
                    Some(false) => t.tr("storage-not-persisted"),
                    None => String::new(),
                } }
            </p>
            <ExportForm />
        </section>
    }
}

fn input_value(event: InputEvent) -> String {
    event.target_unchecked_into::<HtmlInputElement>().value()
}

/// Offers a text file for download, made in the browser.
fn download(file_name: &str, text: &str) -> Result<(), wasm_bindgen::JsValue> {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/octet-stream");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link: web_sys::HtmlAnchorElement =
        gloo::utils::document().create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    web_sys::Url::revoke_object_url(&url)
}

/// A file name with the date, such as `tell-once-2026-11-21.age`.
fn export_file_name(at: Timestamp) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at.0 as f64));
    let iso: String = date.to_iso_string().into();
    format!("tell-once-{}.age", &iso[..10])
}

/// Exports every case as it is in memory (including changes not yet saved) to an age file
/// protected by a passphrase the user chooses; the standard `age` tool can open it.
#[component]
pub fn ExportForm() -> Html {
    let t = use_translator();
    let vault = use_vault();
    let passphrase = use_state(String::new);
    let confirmation = use_state(String::new);
    let outcome = use_state(|| None::<Result<String, String>>);
    let busy = use_state(|| false);

    let onsubmit = {
        let (passphrase, confirmation, outcome, busy, vault, t) = (
            passphrase.clone(),
            confirmation.clone(),
            outcome.clone(),
            busy.clone(),
            vault.clone(),
            t.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(session) = vault.session() else {
                return;
            };
            let secret = SecretString::from(passphrase.to_string());
            if let Err(error) = check_new_passphrase(&secret) {
                outcome.set(Some(Err(vault_error(
                    &t,
                    &VaultError::WeakPassphrase(error),
                ))));
                return;
            }
            if *passphrase != *confirmation {
                outcome.set(Some(Err(t.tr("error-passphrase-mismatch"))));
                return;
            }
            let documents: Result<Vec<CaseDocument>, VaultError> = session
                .cases
                .values()
                .map(|case| CaseDocument::new(case.id.clone(), encode_case(case).as_bytes()))
                .collect();
            let count = session.cases.len();
            let open = session.vault.clone();
            let (outcome, busy, dispatcher, t) =
                (outcome.clone(), busy.clone(), vault.dispatcher(), t.clone());
            busy.set(true);
            outcome.set(None);
            spawn_local(async move {
                yew::platform::time::sleep(std::time::Duration::from_millis(30)).await;
                let at = now();
                let result = documents
                    .map_err(|e| vault_error(&t, &e))
                    .and_then(|documents| {
                        export_cases(&documents, &secret, WorkFactor::DEFAULT, at).map_err(|e| {
                            t.tr_with("error-export", &[("detail", e.to_string().into())])
                        })
                    })
                    .and_then(|armored| {
                        download(&export_file_name(at), &armored)
                            .map_err(|_| t.tr("error-download"))
                    });
                if result.is_ok() && open.record_export(at).await.is_ok() {
                    dispatcher.dispatch(VaultAction::MetaChanged);
                }
                outcome.set(Some(
                    result.map(|()| t.tr_with("export-done", &[("count", count.into())])),
                ));
                busy.set(false);
            });
        })
    };

    html! {
        <form {onsubmit} novalidate=true class="export-form">
            <p class="hint">{ t.tr("export-intro") }</p>
            <label for="export-passphrase">{ t.tr("export-passphrase") }</label>
            <input id="export-passphrase" type="password" autocomplete="new-password"
                value={(*passphrase).clone()}
                oninput={let s = passphrase.clone(); move |e| s.set(input_value(e))} />
            <label for="export-confirm">{ t.tr("export-passphrase-confirm") }</label>
            <input id="export-confirm" type="password" autocomplete="new-password"
                value={(*confirmation).clone()}
                oninput={let s = confirmation.clone(); move |e| s.set(input_value(e))} />
            if *busy {
                <p role="status" class="progress">{ t.tr("export-progress") }</p>
            }
            { match &*outcome {
                Some(Ok(message)) => html! { <p role="status" class="success">{ message.clone() }</p> },
                Some(Err(message)) => html! { <p role="alert" class="error">{ message.clone() }</p> },
                None => Html::default(),
            } }
            <button type="submit" disabled={*busy}>{ t.tr("export-submit") }</button>
        </form>
    }
}
