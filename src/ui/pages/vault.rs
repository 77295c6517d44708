//! The vault page: backups (export and import), the automatic lock, the state of this
//! browser's storage, and wiping everything.

use super::vault_gate::VaultGate;
use super::vault_import::ImportSection;
use super::vault_passphrase::PassphraseSection;
use super::vault_wipe::WipeSection;
use crate::model::share::share_packet;
use crate::model::{AgencyId, CaseId, Timestamp};
use crate::ui::clock::now;
use crate::ui::components::author::AuthorForm;
use crate::ui::components::{input_value, outcome_line};
use crate::ui::download::download;
use crate::ui::errors::vault_error;
use crate::ui::format::date_time;
use crate::ui::hooks::{use_page_title, use_translator, use_vault};
use crate::ui::preferences::{Preferences, AUTO_LOCK_CHOICES};
use crate::ui::vault_state::VaultAction;
use crate::ui::worker::InTheWorker;
use crate::vault::crypto::{check_new_passphrase, WorkFactor};
use crate::vault::export::{export_cases_by, export_htcds_by, file_name_part, HtcdsFormat};
use crate::vault::{CaseDocument, VaultError};
use age::secrecy::SecretString;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
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
                <ImportSection />
                <PassphraseSection />
                <AutoLockSection />
                <AuthorForm />
            </VaultGate>
            <WipeSection />
        </>
    }
}

/// When the last export was made, and a form to make one.
#[component]
fn BackupSection() -> Html {
    let t = use_translator();
    let vault = use_vault();
    let Some(unlocked) = vault.unlocked() else {
        return Html::default();
    };
    let meta = unlocked.vault.meta();
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
            if stale && !unlocked.cases.is_empty() {
                <p class="warning" role="note">{ t.tr("backup-stale") }</p>
            }
            <p>
                { match unlocked.persisted {
                    Some(true) => t.tr("storage-persisted"),
                    Some(false) => t.tr("storage-not-persisted"),
                    None => String::new(),
                } }
            </p>
            <ExportForm id_prefix="backup-export" />
        </section>
    }
}

/// A file name with the date, such as `tell-once-2026-11-21.age`, or with the case's code
/// (letters, digits and dashes only) for the export of one case.
fn export_file_name(at: Timestamp, code: Option<&str>) -> String {
    match code {
        Some(code) => format!("tell-once-{}-{}.age", file_name_part(code), at.utc_date()),
        None => format!("tell-once-{}.age", at.utc_date()),
    }
}

#[derive(Properties, PartialEq)]
pub struct ExportFormProps {
    /// Prefix of the form's element ids, so that two forms can be on the same page.
    #[prop_or(AttrValue::Static("export"))]
    pub id_prefix: AttrValue,
}

/// Exports every case, or one, as it is in memory (including changes not yet saved) to an age
/// file protected by a passphrase the user chooses; the standard `age` tool can open it.
#[component]
pub fn ExportForm(props: &ExportFormProps) -> Html {
    let t = use_translator();
    let vault = use_vault();
    // None: every case.
    let selected = use_state(|| None::<CaseId>);
    // For one case: None exports the whole case; an agency exports its share packet.
    let for_agency = use_state(|| None::<AgencyId>);
    // For one case: None is Tell Once's own file; HTCDS 2.0 is for a case-data system.
    let htcds = use_state(|| None::<HtcdsFormat>);
    let passphrase = use_state(String::new);
    let confirmation = use_state(String::new);
    let outcome = use_state(|| None::<Result<String, String>>);
    let busy = use_state(|| false);

    let onsubmit = {
        let (for_agency, htcds) = (for_agency.clone(), htcds.clone());
        let (selected, passphrase, confirmation, outcome, busy, vault, t) = (
            selected.clone(),
            passphrase.clone(),
            confirmation.clone(),
            outcome.clone(),
            busy.clone(),
            vault.clone(),
            t.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(unlocked) = vault.unlocked() else {
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
            if let (Some(format), Some(case)) = (
                *htcds,
                selected.as_ref().and_then(|id| unlocked.cases.get(id)),
            ) {
                let (case, outcome, busy, t) =
                    (case.clone(), outcome.clone(), busy.clone(), t.clone());
                busy.set(true);
                outcome.set(None);
                spawn_local(async move {
                    // The key derivation runs in the worker: the page keeps answering.
                    let result = export_htcds_by(
                        &InTheWorker,
                        &case,
                        format,
                        &secret,
                        WorkFactor::DEFAULT,
                        now(),
                    )
                    .await
                    .map_err(|e| t.tr_with("error-export", &[("detail", e.to_string().into())]))
                    .and_then(|file| {
                        download(&file.file_name, &file.armored).map_err(|_| t.tr("error-download"))
                    });
                    outcome.set(Some(result.map(|()| t.tr("export-htcds-done"))));
                    busy.set(false);
                });
                return;
            }
            let chosen = match &*selected {
                Some(id) => match unlocked.cases.get(id) {
                    // A share packet holds only what the survivor consented to share with the agency.
                    Some(case) => match &*for_agency {
                        Some(agency) => vec![Rc::new(share_packet(case, agency, now()))],
                        None => vec![case.clone()],
                    },
                    None => {
                        outcome.set(Some(Err(t.tr("error-case-not-found"))));
                        return;
                    }
                },
                None => unlocked.cases.values().cloned().collect(),
            };
            let one_code = selected.is_some().then(|| chosen[0].code.clone());
            let documents: Vec<CaseDocument> = chosen
                .iter()
                .map(|case| CaseDocument::of_case(case))
                .collect();
            let count = chosen.len();
            let open = unlocked.vault.clone();
            let (outcome, busy, dispatcher, t) =
                (outcome.clone(), busy.clone(), vault.dispatcher(), t.clone());
            busy.set(true);
            outcome.set(None);
            spawn_local(async move {
                let at = now();
                let sealed =
                    export_cases_by(&InTheWorker, &documents, &secret, WorkFactor::DEFAULT, at)
                        .await
                        .map_err(|e| {
                            t.tr_with("error-export", &[("detail", e.to_string().into())])
                        });
                let result = sealed.and_then(|armored| {
                    download(&export_file_name(at, one_code.as_deref()), &armored)
                        .map_err(|_| t.tr("error-download"))
                });
                // Only an export of every case is a backup of the vault.
                if result.is_ok() && one_code.is_none() && open.record_export(at).await.is_ok() {
                    dispatcher.dispatch(VaultAction::MetaChanged);
                }
                outcome.set(Some(
                    result.map(|()| t.tr_with("export-done", &[("count", count.into())])),
                ));
                busy.set(false);
            });
        })
    };

    let id = |name: &str| format!("{}-{name}", props.id_prefix);
    let cases = vault
        .unlocked()
        .map(|unlocked| unlocked.cases_by_code())
        .unwrap_or_default();
    let onselect = {
        let (selected, for_agency, htcds) = (selected.clone(), for_agency.clone(), htcds.clone());
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            selected.set((!value.is_empty()).then(|| CaseId::new(value)));
            for_agency.set(None);
            htcds.set(None);
        })
    };
    let on_agency = {
        let for_agency = for_agency.clone();
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            for_agency.set((!value.is_empty()).then(|| AgencyId::new(value)));
        })
    };
    let on_format = {
        let (htcds, for_agency) = (htcds.clone(), for_agency.clone());
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            htcds.set(
                HtcdsFormat::ALL
                    .into_iter()
                    .find(|format| format.extension() == value),
            );
            for_agency.set(None);
        })
    };
    let selected_case = selected
        .as_ref()
        .and_then(|id| cases.iter().find(|c| &c.id == id));
    let submit_label = match (selected_case, &*for_agency) {
        (Some(case), _) if htcds.is_some() => {
            t.tr_with("export-submit-htcds", &[("code", case.code.clone().into())])
        }
        (Some(case), Some(agency)) => t.tr_with(
            "export-submit-packet",
            &[
                ("code", case.code.clone().into()),
                (
                    "agency",
                    case.agency(agency)
                        .map_or_else(|| agency.to_string(), |a| a.name.clone())
                        .into(),
                ),
            ],
        ),
        (Some(case), None) => t.tr_with("export-submit-one", &[("code", case.code.clone().into())]),
        _ => t.tr("export-submit"),
    };

    html! {
        <form {onsubmit} novalidate=true autocomplete="off" class="export-form">
            <p class="hint">{ t.tr("export-intro") }</p>
            <label for={id("scope")}>{ t.tr("export-scope") }</label>
            <select id={id("scope")} onchange={onselect}>
                <option value="" selected={selected.is_none()}>{ t.tr("export-scope-all") }</option>
                { for cases.iter().map(|case| html! {
                    <option key={case.id.to_string()} value={case.id.to_string()}
                        selected={selected.as_ref() == Some(&case.id)}>
                        { case.code.clone() }
                    </option>
                }) }
            </select>
            if selected_case.is_some() {
                <label for={id("format")}>{ t.tr("export-format") }</label>
                <select id={id("format")} onchange={on_format} aria-describedby={id("format-hint")}>
                    <option value="" selected={htcds.is_none()}>{ t.tr("export-format-tell-once") }</option>
                    <option value="csv" selected={*htcds == Some(HtcdsFormat::Csv)}>{ t.tr("export-format-htcds-csv") }</option>
                    <option value="json" selected={*htcds == Some(HtcdsFormat::Json)}>{ t.tr("export-format-htcds-json") }</option>
                </select>
                <p id={id("format-hint")} class="hint">{ t.tr("export-format-hint") }</p>
            }
            if let Some(case) = selected_case.filter(|case| !case.agencies.is_empty() && htcds.is_none()) {
                <label for={id("for")}>{ t.tr("export-for") }</label>
                <select id={id("for")} onchange={on_agency} aria-describedby={id("for-hint")}>
                    <option value="" selected={for_agency.is_none()}>{ t.tr("export-for-team") }</option>
                    { for case.agencies.iter().map(|agency| html! {
                        <option key={agency.id.to_string()} value={agency.id.to_string()}
                            selected={for_agency.as_ref() == Some(&agency.id)}>
                            { t.tr_with("export-for-agency", &[("agency", agency.name.clone().into())]) }
                        </option>
                    }) }
                </select>
                <p id={id("for-hint")} class="hint">{ t.tr("export-for-hint") }</p>
            }
            <label for={id("passphrase")}>{ t.tr("export-passphrase") }</label>
            <input id={id("passphrase")} type="password" autocomplete="off"
                value={(*passphrase).clone()}
                oninput={let s = passphrase.clone(); move |e| s.set(input_value(e))} />
            <label for={id("confirm")}>{ t.tr("export-passphrase-confirm") }</label>
            <input id={id("confirm")} type="password" autocomplete="off"
                value={(*confirmation).clone()}
                oninput={let s = confirmation.clone(); move |e| s.set(input_value(e))} />
            if *busy {
                <p role="status" class="progress">{ t.tr("export-progress") }</p>
            }
            { outcome_line(&outcome) }
            <button type="submit" disabled={*busy}>{ submit_label }</button>
        </form>
    }
}

/// The automatic lock: how long without activity before the vault locks itself.
#[component]
fn AutoLockSection() -> Html {
    let t = use_translator();
    let minutes = use_state(|| Preferences::load().auto_lock_minutes);
    let saved = use_state(|| None::<bool>);
    let onchange = {
        let (minutes, saved) = (minutes.clone(), saved.clone());
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            let Some(choice) = value
                .parse::<u32>()
                .ok()
                .filter(|m| AUTO_LOCK_CHOICES.contains(m))
            else {
                return;
            };
            let mut preferences = Preferences::load();
            preferences.auto_lock_minutes = choice;
            saved.set(Some(preferences.save()));
            minutes.set(choice);
        })
    };
    html! {
        <section aria-labelledby="auto-lock-heading" class="panel">
            <h2 id="auto-lock-heading">{ t.tr("auto-lock-heading") }</h2>
            <label for="auto-lock-minutes">{ t.tr("auto-lock-label") }</label>
            <select id="auto-lock-minutes" {onchange} aria-describedby="auto-lock-hint">
                { for AUTO_LOCK_CHOICES.iter().map(|choice| html! {
                    <option value={choice.to_string()} selected={*choice == *minutes}>
                        { t.tr_with("auto-lock-choice", &[("minutes", (*choice).into())]) }
                    </option>
                }) }
            </select>
            <p id="auto-lock-hint" class="hint">{ t.tr("auto-lock-hint") }</p>
            <p role="status">
                { match *saved {
                    Some(true) => t.tr("auto-lock-saved"),
                    Some(false) => t.tr("auto-lock-not-saved"),
                    None => String::new(),
                } }
            </p>
        </section>
    }
}
