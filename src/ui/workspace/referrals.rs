//! The referrals section of the case workspace: the services attached to the case and their
//! workflow, a search of the local service directory, and its import from Open Referral files.
//!
//! The directory is shared by every case of the vault and kept encrypted in it; it lives in
//! the unlocked vault's state (`UnlockedState::directory`). Referrals belong to the case and change only through
//! the case editor. Every rule (the workflow, the consent gate, the import) is the model's.

use crate::i18n::{Locale, Translator};
use crate::model::case::CaseEdit;
use crate::model::consent::ConsentStatus;
use crate::model::directory::import::{import_hsds_files, ImportError};
use crate::model::directory::{
    language_parts, Directory, DirectoryError, MergeSummary, Service, MAX_IMPORT_BYTES,
};
use crate::model::edit::EditRefusal;
use crate::model::planner::finding::{FindingKind, FindingSubject};
use crate::model::referral::{Referral, ReferralError, ReferralStatus};
use crate::model::{LanguageTag, ReferralId, Timestamp};
use crate::ui::clock::{new_id, now};
use crate::ui::components::language_picker::LanguagePicker;
use crate::ui::components::{outcome_line, NavLink};
use crate::ui::errors::vault_error;
use crate::ui::format::date_time;
use crate::ui::hooks::{use_translator, use_vault};
use crate::ui::language_names;
use crate::ui::routes::Route;
use crate::ui::vault_state::DirectoryProblem;
use crate::ui::vault_tasks::save_directory;
use crate::ui::workspace::section::{SectionProps, WorkspaceSection};
use std::collections::BTreeMap;
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::platform::spawn_local;
use yew::prelude::*;

/// The model's import error, translated by kind; every message names the file and the place.
fn directory_error(t: &Translator, error: &DirectoryError) -> String {
    match error {
        DirectoryError::TooLarge { file, bytes, limit } => t.tr_with(
            "referrals-error-too-large",
            &[
                ("file", file.clone().into()),
                ("bytes", (*bytes).into()),
                ("limit", (*limit).into()),
            ],
        ),
        DirectoryError::JsonSyntax {
            file,
            line,
            column,
            message,
        } => t.tr_with(
            "referrals-error-json-syntax",
            &[
                ("file", file.clone().into()),
                ("line", (*line).into()),
                ("column", (*column).into()),
                ("detail", message.clone().into()),
            ],
        ),
        DirectoryError::JsonShape {
            file,
            line,
            column,
            message,
        } => t.tr_with(
            "referrals-error-json-shape",
            &[
                ("file", file.clone().into()),
                ("line", (*line).into()),
                ("column", (*column).into()),
                ("detail", message.clone().into()),
            ],
        ),
        DirectoryError::UnknownJsonDocument { file } => t.tr_with(
            "referrals-error-unknown-document",
            &[("file", file.clone().into())],
        ),
        DirectoryError::BlankJsonValue { file, place } => t.tr_with(
            "referrals-error-blank-json-value",
            &[
                ("file", file.clone().into()),
                ("field", place.clone().into()),
            ],
        ),
        DirectoryError::CsvMissingColumn { file, column } => t.tr_with(
            "referrals-error-missing-column",
            &[
                ("file", file.clone().into()),
                ("column", column.clone().into()),
            ],
        ),
        DirectoryError::CsvRow {
            file,
            line,
            message,
        } => t.tr_with(
            "referrals-error-csv-row",
            &[
                ("file", file.clone().into()),
                ("line", (*line as usize).into()),
                ("detail", message.clone().into()),
            ],
        ),
        DirectoryError::CsvBlankValue { file, line, column } => t.tr_with(
            "referrals-error-csv-blank",
            &[
                ("file", file.clone().into()),
                ("line", (*line as usize).into()),
                ("column", column.clone().into()),
            ],
        ),
        DirectoryError::UnknownService {
            file,
            line,
            service_id,
        } => t.tr_with(
            "referrals-error-unknown-service",
            &[
                ("file", file.clone().into()),
                ("line", (*line as usize).into()),
                ("service", service_id.clone().into()),
            ],
        ),
        DirectoryError::DuplicateService { file, place, id } => t.tr_with(
            "referrals-error-duplicate-service",
            &[
                ("file", file.clone().into()),
                ("place", place.clone().into()),
                ("service", id.to_string().into()),
            ],
        ),
    }
}

fn import_problem(t: &Translator, problem: &ImportError) -> String {
    match problem {
        ImportError::NothingChosen => t.tr("referrals-error-nothing-chosen"),
        ImportError::UnknownFile { name } => t.tr_with(
            "referrals-error-unknown-file",
            &[("file", name.clone().into())],
        ),
        ImportError::NoServicesCsv => t.tr("referrals-error-no-services-csv"),
        ImportError::Directory(error) => directory_error(t, error),
    }
}

fn status_label(t: &Translator, status: ReferralStatus) -> String {
    match status {
        ReferralStatus::Suggested => t.tr("referrals-status-suggested"),
        ReferralStatus::Offered => t.tr("referrals-status-offered"),
        ReferralStatus::Accepted => t.tr("referrals-status-accepted"),
        ReferralStatus::Declined => t.tr("referrals-status-declined"),
        ReferralStatus::Referred => t.tr("referrals-status-referred"),
        ReferralStatus::Confirmed => t.tr("referrals-status-confirmed"),
    }
}

/// The text of the button that moves a referral to `to`.
fn move_label(t: &Translator, to: ReferralStatus) -> String {
    match to {
        ReferralStatus::Suggested => t.tr("referrals-move-suggested"),
        ReferralStatus::Offered => t.tr("referrals-move-offered"),
        ReferralStatus::Accepted => t.tr("referrals-move-accepted"),
        ReferralStatus::Declined => t.tr("referrals-move-declined"),
        ReferralStatus::Referred => t.tr("referrals-move-referred"),
        ReferralStatus::Confirmed => t.tr("referrals-move-confirmed"),
    }
}

fn consent_status_label(t: &Translator, status: ConsentStatus) -> String {
    match status {
        ConsentStatus::Given => t.tr("referrals-consent-given"),
        ConsentStatus::Declined => t.tr("referrals-consent-declined"),
        ConsentStatus::Withdrawn => t.tr("referrals-consent-withdrawn"),
        ConsentStatus::Missing => t.tr("referrals-consent-missing"),
        ConsentStatus::NotUnderstood => t.tr("referrals-consent-not-understood"),
        ConsentStatus::GuardianMissing => t.tr("referrals-consent-guardian-missing"),
        ConsentStatus::AssentMissing => t.tr("referrals-consent-assent-missing"),
    }
}

/// The workflow's refusal, translated by kind. A missing consent says which consent is needed.
fn referral_error(t: &Translator, referral: &Referral, error: &ReferralError) -> String {
    match error {
        ReferralError::InvalidTransition { from, to, .. } => t.tr_with(
            "referrals-error-invalid-move",
            &[
                ("from", status_label(t, *from).into()),
                ("to", status_label(t, *to).into()),
            ],
        ),
        ReferralError::ConsentRequired { consent, .. } => t.tr_with(
            "referrals-error-consent-required",
            &[
                ("service", referral.service.name.clone().into()),
                ("status", consent_status_label(t, *consent).into()),
            ],
        ),
        ReferralError::BeforeLastChange { last, .. } => t.tr_with(
            "referrals-error-before-last-change",
            &[("last", date_time(*last, t.locale()).into())],
        ),
    }
}

/// Every category the directory uses, each once, sorted without regard to case.
fn categories(directory: &Directory) -> Vec<String> {
    let mut all: Vec<String> = Vec::new();
    for service in directory.services() {
        for category in &service.categories {
            let category = category.trim();
            if !category.is_empty() && !all.iter().any(|c| c.eq_ignore_ascii_case(category)) {
                all.push(category.to_owned());
            }
        }
    }
    all.sort_by_key(|c| c.to_lowercase());
    all
}

/// A service's contacts: phones, e-mail, web address, hours, languages, eligibility.
fn service_contacts(t: &Translator, service: &Service) -> Html {
    let row = |label: String, value: Html| {
        html! {
            <>
                <dt>{ label }</dt>
                <dd>{ value }</dd>
            </>
        }
    };
    html! {
        <dl class="service-contacts">
            if let Some(organization) = &service.organization {
                { row(t.tr("referrals-organization"), html! { organization.clone() }) }
            }
            if !service.phones.is_empty() {
                { row(t.tr("referrals-phones"), html! {
                    <ul>
                        { for service.phones.iter().map(|phone| html! {
                            <li>
                                <span class="service-phone">{ phone.number.clone() }</span>
                                if let Some(description) = &phone.description {
                                    <span class="hint">{ format!(" – {description}") }</span>
                                }
                            </li>
                        }) }
                    </ul>
                }) }
            }
            if let Some(email) = &service.email {
                { row(t.tr("referrals-email"), html! { email.clone() }) }
            }
            if let Some(url) = &service.url {
                // Shown as text, not a link: the app makes no request to other sites.
                { row(t.tr("referrals-web"), html! { url.clone() }) }
            }
            if !service.hours.is_empty() {
                { row(t.tr("referrals-hours"), html! {
                    <ul>{ for service.hours.iter().map(|line| html! { <li>{ line.clone() }</li> }) }</ul>
                }) }
            }
            { row(t.tr("referrals-languages"), if service.languages.is_empty() {
                html! { t.tr("referrals-languages-none") }
            } else {
                html! { service.languages.iter().map(|entry| service_language(t.locale(), entry)).collect::<Vec<_>>().join(", ") }
            }) }
            if !service.categories.is_empty() {
                { row(t.tr("referrals-categories"), html! { service.categories.join(", ") }) }
            }
            if let Some(eligibility) = &service.eligibility {
                { row(t.tr("referrals-eligibility"), html! { eligibility.clone() }) }
            }
        </dl>
    }
}

/// Reads the files chosen in a file input as `(name, text)` pairs, refusing one too large
/// before reading it.
async fn read_chosen(input: &HtmlInputElement) -> Result<Vec<(String, String)>, ImportError> {
    let mut chosen = Vec::new();
    let Some(list) = input.files() else {
        return Ok(chosen);
    };
    for index in 0..list.length() {
        let Some(file) = list.get(index) else {
            continue;
        };
        let name = file.name();
        let bytes = file.size() as usize;
        if bytes > MAX_IMPORT_BYTES {
            return Err(ImportError::Directory(DirectoryError::TooLarge {
                file: name,
                bytes,
                limit: MAX_IMPORT_BYTES,
            }));
        }
        let text = JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|text| text.as_string())
            .ok_or_else(|| ImportError::UnknownFile { name: name.clone() })?;
        chosen.push((name, text));
    }
    Ok(chosen)
}

/// What the import form reports.
#[derive(Clone, PartialEq)]
enum ImportOutcome {
    Busy,
    Done(String),
    Failed(String),
}

/// A language as a directory lists it: a bare code by its name where the browser knows it;
/// a name, or a name with its code, as written.
fn service_language(locale: Locale, entry: &str) -> String {
    match language_parts(entry) {
        (None, Some(code)) => language_names::name(&LanguageTag::new(code), locale)
            .unwrap_or_else(|| entry.trim().to_owned()),
        _ => entry.trim().to_owned(),
    }
}

#[component]
pub fn ReferralsSection(props: &SectionProps) -> Html {
    let t = use_translator();
    let vault = use_vault();
    let case = props.case.clone();
    let read_only = props.read_only;
    let category = use_state(String::new);
    // The language searched for, as a tag; blank for any.
    let language = use_state(|| LanguageTag::new(""));
    let file_input = use_node_ref();
    let import_outcome = use_state(|| None::<ImportOutcome>);
    // What attaching a service reports: done, or why not.
    let attach_outcome = use_state(|| None::<Result<String, String>>);
    // The last refusal of a move, per referral, and whether it was for want of consent.
    let move_errors = use_state(BTreeMap::<ReferralId, (String, bool)>::new);

    let Some(unlocked) = vault.unlocked() else {
        return Html::default();
    };
    let directory = unlocked.directory.clone();
    let age_group = case.profile.age_group;
    let consent_link = Route::CaseSection {
        id: case.id.to_string(),
        section: WorkspaceSection::Consent.slug().to_owned(),
    };

    let on_move = {
        let (editor, move_errors, case, t) = (
            props.editor.clone(),
            move_errors.clone(),
            case.clone(),
            t.clone(),
        );
        Callback::from(move |(id, to): (ReferralId, ReferralStatus)| {
            let mut errors = (*move_errors).clone();
            let edit = CaseEdit::MoveReferral {
                referral: id.clone(),
                to,
                at: now(),
            };
            match editor.send(&case, edit) {
                Ok(()) => {
                    errors.remove(&id);
                }
                Err(refusal) => {
                    let referral = case.referrals.iter().find(|r| r.id == id);
                    let shown = match (&refusal, referral) {
                        (EditRefusal::Referral(error), Some(referral)) => (
                            referral_error(&t, referral, error),
                            matches!(error, ReferralError::ConsentRequired { .. }),
                        ),
                        _ => (refusal.to_string(), false),
                    };
                    errors.insert(id, shown);
                }
            }
            move_errors.set(errors);
        })
    };

    let on_attach = {
        let (editor, attach_outcome, t) = (props.editor.clone(), attach_outcome.clone(), t.clone());
        let case = case.clone();
        Callback::from(move |service: Service| {
            let referral = Referral::suggest(ReferralId::new(new_id()), service.clone(), now());
            attach_outcome.set(Some(
                match editor.send(&case, CaseEdit::AttachReferral { referral }) {
                    Ok(()) => Ok(t.tr_with(
                        "referrals-attached",
                        &[("service", service.name.clone().into())],
                    )),
                    Err(refusal) => Err(refusal.to_string()),
                },
            ));
        })
    };

    let on_import = {
        let (file_input, import_outcome, t) =
            (file_input.clone(), import_outcome.clone(), t.clone());
        let (open_vault, dispatcher, directory) = (
            unlocked.vault.clone(),
            vault.dispatcher(),
            directory.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(input) = file_input.cast::<HtmlInputElement>() else {
                return;
            };
            let (import_outcome, t, open_vault, dispatcher, directory) = (
                import_outcome.clone(),
                t.clone(),
                open_vault.clone(),
                dispatcher.clone(),
                directory.clone(),
            );
            import_outcome.set(Some(ImportOutcome::Busy));
            spawn_local(async move {
                let imported = match read_chosen(&input)
                    .await
                    .and_then(|files| import_hsds_files(&files))
                {
                    Ok(services) => services,
                    Err(problem) => {
                        import_outcome
                            .set(Some(ImportOutcome::Failed(import_problem(&t, &problem))));
                        return;
                    }
                };
                let mut merged = (*directory).clone();
                let MergeSummary {
                    added,
                    updated,
                    unchanged,
                } = merged.merge(imported);
                let total = merged.services().len();
                match save_directory(open_vault, merged, dispatcher).await {
                    Ok(()) => {
                        input.set_value("");
                        import_outcome.set(Some(ImportOutcome::Done(t.tr_with(
                            "referrals-imported",
                            &[
                                ("added", added.into()),
                                ("updated", updated.into()),
                                ("unchanged", unchanged.into()),
                                ("total", total.into()),
                            ],
                        ))));
                    }
                    Err(error) => import_outcome.set(Some(ImportOutcome::Failed(t.tr_with(
                        "referrals-error-save",
                        &[("reason", vault_error(&t, &error).into())],
                    )))),
                }
            });
        })
    };

    let on_category = {
        let category = category.clone();
        Callback::from(move |e: Event| {
            category.set(e.target_unchecked_into::<HtmlSelectElement>().value())
        })
    };
    let on_language = {
        let language = language.clone();
        Callback::from(move |tag: LanguageTag| language.set(tag))
    };
    let use_survivor_language = {
        let (language, tag) = (language.clone(), case.profile.language.clone());
        Callback::from(move |_: MouseEvent| language.set(tag.clone()))
    };

    let wanted_category = Some(category.trim()).filter(|c| !c.is_empty());
    // A directory may list a language by code or by name, in English or in itself: the
    // search looks for the tag and every name the browser gives it.
    let spellings: Vec<String> = if language.0.trim().is_empty() {
        Vec::new()
    } else {
        let named = language_names::named(&language, Locale::En);
        let in_interface = language_names::name(&language, t.locale());
        std::iter::once(language.0.trim().to_owned())
            .chain(named.name)
            .chain(named.autonym)
            .chain(in_interface)
            .collect()
    };
    let spellings: Vec<&str> = spellings.iter().map(String::as_str).collect();
    let results = directory.search_speaking(wanted_category, &spellings);
    let now_at: Timestamp = now();

    let referral_card = |referral: &Referral| -> Html {
        let heading_id = format!("referral-{}", referral.id);
        let consent = case
            .consent
            .status(&referral.consent_purpose(), now_at, age_group);
        let error = move_errors.get(&referral.id).cloned();
        // The planner's consent gate (rule 4) flags a referral already passed on whose consent lapsed.
        let subject = FindingSubject::Referral(referral.id.clone());
        let flagged = props.analysis.findings.iter().any(|finding| {
            matches!(
                finding.kind,
                FindingKind::ConsentMissing
                    | FindingKind::ConsentDeclined
                    | FindingKind::ConsentWithdrawn
            ) && finding.concerns.contains(&subject)
        });
        html! {
            <li class="referral">
                <article aria-labelledby={heading_id.clone()}>
                    <h3 id={heading_id}>{ referral.service.name.clone() }</h3>
                    <p class="referral-status-line">
                        { t.tr("referrals-status-label") }{ " " }
                        <span class={classes!("referral-status", format!("referral-{}", referral.status))}>
                            { status_label(&t, referral.status) }
                        </span>
                    </p>
                    <p class="referral-consent">
                        { t.tr_with("referrals-consent-line", &[("status", consent_status_label(&t, consent).into())]) }
                        if !consent.is_given() {
                            { " " }
                            <NavLink to={consent_link.clone()}>{ t.tr("referrals-consent-link") }</NavLink>
                        }
                    </p>
                    if flagged {
                        <p class="warning">
                            { t.tr_with("referrals-flagged", &[
                                ("status", consent_status_label(&t, consent).into()),
                                ("service", referral.service.name.clone().into()),
                            ]) }
                        </p>
                    }
                    { service_contacts(&t, &referral.service) }
                    if !referral.status.next().is_empty() {
                        <div class="actions">
                            { for referral.status.next().iter().map(|to| {
                                let to = *to;
                                let id = referral.id.clone();
                                let on_move = on_move.clone();
                                let full_name = t.tr_with("referrals-button-for", &[
                                    ("action", move_label(&t, to).into()),
                                    ("service", referral.service.name.clone().into()),
                                ]);
                                html! {
                                    <button type="button" disabled={read_only} aria-label={full_name}
                                        class={classes!((to == ReferralStatus::Declined).then_some("secondary"))}
                                        onclick={move |_| on_move.emit((id.clone(), to))}>
                                        { move_label(&t, to) }
                                    </button>
                                }
                            }) }
                        </div>
                    } else {
                        <p class="hint">{ t.tr("referrals-closed") }</p>
                    }
                    if let Some((error, for_consent)) = error {
                        <p role="alert" class="error">
                            { error }
                            if for_consent {
                                { " " }
                                <NavLink to={consent_link.clone()}>{ t.tr("referrals-consent-link") }</NavLink>
                            }
                        </p>
                    }
                    <h4>{ t.tr("referrals-history-heading") }</h4>
                    <ol class="referral-history">
                        { for referral.history.iter().enumerate().map(|(index, change)| {
                            let at = date_time(change.at, t.locale());
                            html! {
                                <li>
                                    if index == 0 && change.from == change.to {
                                        { t.tr_with("referrals-history-suggested", &[("at", at.into())]) }
                                    } else {
                                        { t.tr_with("referrals-history-change", &[
                                            ("from", status_label(&t, change.from).into()),
                                            ("to", status_label(&t, change.to).into()),
                                            ("at", at.into()),
                                        ]) }
                                    }
                                </li>
                            }
                        }) }
                    </ol>
                </article>
            </li>
        }
    };

    let result_card = |service: &&Service| -> Html {
        let attached = case.referrals.iter().any(|r| r.service.id == service.id);
        let heading_id = format!("service-{}", service.id);
        let on_attach = on_attach.clone();
        let chosen = (*service).clone();
        html! {
            <li class="service">
                <article aria-labelledby={heading_id.clone()}>
                    <h3 id={heading_id}>{ service.name.clone() }</h3>
                    if !service.description.is_empty() {
                        <p>{ service.description.clone() }</p>
                    }
                    { service_contacts(&t, service) }
                    if attached {
                        <p class="hint">{ t.tr("referrals-already-attached") }</p>
                    } else {
                        <button type="button" disabled={read_only}
                            aria-label={t.tr_with("referrals-button-for", &[
                                ("action", t.tr("referrals-attach").into()),
                                ("service", service.name.clone().into()),
                            ])}
                            onclick={move |_| on_attach.emit(chosen.clone())}>
                            { t.tr("referrals-attach") }
                        </button>
                    }
                </article>
            </li>
        }
    };

    let busy = matches!(*import_outcome, Some(ImportOutcome::Busy));
    html! {
        <>
            <section aria-labelledby="referrals-heading" class="panel referrals">
                <h2 id="referrals-heading">{ t.tr("referrals-heading") }</h2>
                <p class="hint">{ t.tr("referrals-intro") }</p>
                if case.referrals.is_empty() {
                    <p>{ t.tr("referrals-none") }</p>
                } else {
                    <ul class="referral-list">
                        { for case.referrals.iter().map(referral_card) }
                    </ul>
                }
            </section>

            <section aria-labelledby="referrals-search-heading" class="panel referrals-search">
                <h2 id="referrals-search-heading">{ t.tr("referrals-search-heading") }</h2>
                if directory.services().is_empty() {
                    <p>{ t.tr("referrals-directory-empty") }</p>
                } else {
                    <form class="referrals-search-form" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                        <div>
                            <label for="referrals-category">{ t.tr("referrals-category") }</label>
                            <select id="referrals-category" onchange={on_category}>
                                <option value="" selected={category.is_empty()}>{ t.tr("referrals-category-any") }</option>
                                { for categories(&directory).into_iter().map(|c| html! {
                                    <option value={c.clone()} selected={*category == c}>{ c.clone() }</option>
                                }) }
                            </select>
                        </div>
                        <div>
                            <LanguagePicker id="referrals-language" label={t.tr("referrals-language")}
                                described_by="referrals-language-hint" any={t.tr("referrals-language-any")}
                                value={(*language).clone()} on_pick={on_language} />
                            <p id="referrals-language-hint" class="hint">{ t.tr("referrals-language-hint") }</p>
                            if !case.profile.language.0.trim().is_empty() {
                                <button type="button" class="secondary" onclick={use_survivor_language}>
                                    { t.tr_with("referrals-use-survivor-language", &[("language", language_names::shown(&t, &case.profile.language).into())]) }
                                </button>
                            }
                        </div>
                    </form>
                    <p role="status" class="referrals-count">
                        { t.tr_with("referrals-results", &[("count", results.len().into()), ("total", directory.services().len().into())]) }
                    </p>
                    { outcome_line(&attach_outcome) }
                    <ul class="service-list">
                        { for results.iter().map(result_card) }
                    </ul>
                }
            </section>

            <section aria-labelledby="referrals-directory-heading" class="panel referrals-directory">
                <h2 id="referrals-directory-heading">{ t.tr("referrals-directory-heading") }</h2>
                <p class="hint">{ t.tr("referrals-directory-intro") }</p>
                <p>{ t.tr_with("referrals-directory-count", &[("count", directory.services().len().into())]) }</p>
                if let Some(problem) = &unlocked.directory_problem {
                    <p class="warning">
                        { t.tr_with("referrals-directory-unreadable", &[("reason", match problem {
                            DirectoryProblem::Vault(error) => vault_error(&t, error),
                            DirectoryProblem::Decode(detail) => detail.clone(),
                        }.into())]) }
                    </p>
                }
                <form onsubmit={on_import} novalidate=true>
                    <fieldset disabled={read_only || busy}>
                        <legend class="visually-hidden">{ t.tr("referrals-directory-heading") }</legend>
                        <label for="referrals-files">{ t.tr("referrals-files") }</label>
                        <input id="referrals-files" type="file" multiple=true ref={file_input}
                            accept=".json,.csv,application/json,text/csv"
                            aria-describedby="referrals-files-hint" />
                        <p id="referrals-files-hint" class="hint">{ t.tr("referrals-files-hint") }</p>
                        <button type="submit">{ t.tr("referrals-import") }</button>
                    </fieldset>
                </form>
                { match &*import_outcome {
                    Some(ImportOutcome::Busy) => html! { <p role="status" class="progress">{ t.tr("referrals-importing") }</p> },
                    Some(ImportOutcome::Done(message)) => html! { <p role="status" class="success">{ message.clone() }</p> },
                    Some(ImportOutcome::Failed(message)) => html! { <p role="alert" class="error">{ message.clone() }</p> },
                    None => Html::default(),
                } }
            </section>
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_are_listed_once_in_order() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/hsds/service_full.json");
        let text = std::fs::read_to_string(path).expect("HSDS fixture");
        let mut directory = Directory::new();
        directory.merge(import_hsds_files(&[("service_full.json", text)]).unwrap());
        assert_eq!(categories(&directory), ["name"]);
    }
}
