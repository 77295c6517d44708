//! The lead's side of the exchange between agencies: a question request for an agency, made as
//! an encrypted file; the requests sent; and a return from an agency, previewed and merged.
//!
//! The files are made and read by the vault (`vault::exchange`); what a return may change and
//! what it would raise, the model says (`model::exchange`). Merging is one typed edit.

use super::finding_item::FindingItem;
use super::labels::{agency_name, question_words};
use super::section::{SectionPanel, SectionProps, WorkspaceSection};
use crate::i18n::Translator;
use crate::model::case::{AttendeeRole, Case, Question};
use crate::model::exchange::{
    merge_edit, preview_merge, ExchangeRefusal, MergeChoice, MergeItem, MergePreview,
    QuestionReturn, RequestTerms, ReturnedChange,
};
use crate::model::{AgencyId, QuestionId};
use crate::ui::components::{input_value, outcome_line};
use crate::ui::download::{download, file_bytes};
use crate::ui::errors::exchange_error;
use crate::ui::format::{date, day_input_value, parse_day_input};
use crate::ui::hooks::{use_translator, use_vault};
use crate::vault::crypto::WorkFactor;
use crate::vault::exchange::{fingerprint, Contact, RequestLock, SealedWith};
use crate::vault::export::file_name_part;
use age::secrecy::SecretString;
use std::collections::BTreeMap;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::platform::spawn_local;
use yew::prelude::*;

const DAY_MS: i64 = 86_400_000;
/// A request is due a week after it is made unless the lead says otherwise.
const DEFAULT_DAYS_TO_ANSWER: i64 = 7;

/// A refused return, in the case's names.
fn return_refusal(t: &Translator, case: &Case, refusal: &ExchangeRefusal) -> String {
    let id = refusal.message_id();
    let question = |q: &QuestionId| ("question", question_words(t, case, q).into());
    match refusal {
        ExchangeRefusal::WrongAgency {
            expected, found, ..
        } => t.tr_with(
            id,
            &[
                ("agency", agency_name(t, case, expected).into()),
                ("found", agency_name(t, case, found).into()),
            ],
        ),
        ExchangeRefusal::AlreadyMerged {
            sequence,
            last_merged,
            ..
        } => t.tr_with(
            id,
            &[
                ("sequence", (*sequence).into()),
                ("merged", (*last_merged).into()),
            ],
        ),
        ExchangeRefusal::ForeignQuestion { question: q, .. }
        | ExchangeRefusal::QuestionTwice { question: q }
        | ExchangeRefusal::ConflictUndecided { question: q } => t.tr_with(id, &[question(q)]),
        ExchangeRefusal::DueBeforeRequest
        | ExchangeRefusal::UnknownRequest { .. }
        | ExchangeRefusal::WrongToken { .. } => t.tr(id),
    }
}

/// The name of the lead's agency to offer: the agency of a lead interviewer in the plans.
fn lead_agency_name(case: &Case) -> String {
    case.sessions
        .iter()
        .flat_map(|plan| plan.attendees.iter())
        .filter(|attendee| attendee.role == AttendeeRole::LeadInterviewer)
        .find_map(|lead| lead.agency.as_ref())
        .and_then(|id| case.agency(id))
        .map(|agency| agency.name.clone())
        .unwrap_or_default()
}

/// The section: ask, see what was asked, merge what comes back.
#[component]
pub fn RequestsSection(props: &SectionProps) -> Html {
    html! {
        <SectionPanel section={WorkspaceSection::Requests} intro="requests-intro" read_only={props.read_only}>
            <RequestForm ..props.clone() />
            <SentRequests ..props.clone() />
            <ReturnMerge ..props.clone() />
        </SectionPanel>
    }
}

/// How the lead locks a request.
#[derive(Clone, PartialEq)]
enum LockChoice {
    /// To this contact's sharing key.
    Contact(usize),
    Passphrase,
}

#[component]
fn RequestForm(props: &SectionProps) -> Html {
    let t = use_translator();
    let vault = use_vault();
    let case = props.case.clone();
    let agency = use_state(|| case.agencies.first().map(|a| a.id.clone()));
    let contacts = use_state(|| None::<Result<Vec<Contact>, String>>);
    let lock = use_state(|| LockChoice::Passphrase);
    let passphrase = use_state(String::new);
    let due = use_state(|| {
        day_input_value(crate::model::Timestamp(
            props.editor.now().0 + DEFAULT_DAYS_TO_ANSWER * DAY_MS,
        ))
    });
    let note = use_state(String::new);
    let lead = use_state(|| lead_agency_name(&case));
    let busy = use_state(|| false);
    let outcome = use_state(|| None::<Result<String, String>>);

    {
        let (contacts, lock, vault, t) = (contacts.clone(), lock.clone(), vault.clone(), t.clone());
        use_effect_with((), move |()| {
            if let Some(open) = vault.unlocked().map(|u| u.vault.clone()) {
                spawn_local(async move {
                    let loaded = open.contacts().await;
                    if let Ok(found) = &loaded {
                        // A contact's key is the better lock: only its vault opens the file.
                        if !found.is_empty() {
                            lock.set(LockChoice::Contact(0));
                        }
                    }
                    contacts.set(Some(loaded.map_err(|e| {
                        exchange_error(&t, &crate::vault::exchange::ExchangeError::Vault(e))
                    })));
                });
            }
        });
    }

    let known_contacts: Vec<Contact> = match &*contacts {
        Some(Ok(found)) => found.clone(),
        _ => Vec::new(),
    };
    let onsubmit = {
        let (agency, lock, passphrase, due, note, lead, busy, outcome) = (
            agency.clone(),
            lock.clone(),
            passphrase.clone(),
            due.clone(),
            note.clone(),
            lead.clone(),
            busy.clone(),
            outcome.clone(),
        );
        let (vault, editor, case, t, contacts) = (
            vault.clone(),
            props.editor.clone(),
            case.clone(),
            t.clone(),
            known_contacts.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(open) = vault.unlocked().map(|u| u.vault.clone()) else {
                return;
            };
            let Some(asked) = (*agency).clone() else {
                outcome.set(Some(Err(t.tr("requests-error-agency"))));
                return;
            };
            if lead.trim().is_empty() {
                outcome.set(Some(Err(t.tr("requests-error-lead"))));
                return;
            }
            let Some(due_at) = parse_day_input(&due) else {
                outcome.set(Some(Err(t.tr("requests-error-due"))));
                return;
            };
            let request_lock = match &*lock {
                LockChoice::Contact(at) => match contacts.get(*at) {
                    Some(contact) => RequestLock::ExchangeKey(contact.key.clone()),
                    None => {
                        outcome.set(Some(Err(t.tr("requests-error-contact"))));
                        return;
                    }
                },
                LockChoice::Passphrase => RequestLock::Passphrase {
                    passphrase: SecretString::from(passphrase.to_string()),
                    work_factor: WorkFactor::DEFAULT,
                },
            };
            let contact_name = match &*lock {
                LockChoice::Contact(at) => contacts.get(*at).map(|c| c.agency.clone()),
                LockChoice::Passphrase => None,
            };
            let terms = RequestTerms {
                sent_at: editor.now(),
                due: due_at,
                note: note.trim().to_owned(),
                lead_agency: lead.trim().to_owned(),
            };
            let (editor, case, t, busy, outcome) = (
                editor.clone(),
                case.clone(),
                t.clone(),
                busy.clone(),
                outcome.clone(),
            );
            busy.set(true);
            outcome.set(None);
            spawn_local(async move {
                let made = open
                    .make_question_request(&case, &asked, terms, request_lock)
                    .await;
                let name = agency_name(&t, &case, &asked);
                let result = match made {
                    Err(error) => Err(exchange_error(&t, &error)),
                    Ok(made) => {
                        let file_name = format!(
                            "tell-once-request-{}-{}.age",
                            file_name_part(&case.code),
                            file_name_part(&name)
                        );
                        match download(&file_name, &made.file) {
                            Err(_) => Err(t.tr("error-download")),
                            // The file is out: the case records that it was sent.
                            Ok(()) => editor
                                .send(&case, made.edit)
                                .map_err(|refusal| refusal.to_string())
                                .map(|()| match &made.sealed_with {
                                    SealedWith::ExchangeKey(key) => t.tr_with(
                                        "requests-made-key",
                                        &[
                                            ("agency", name.clone().into()),
                                            (
                                                "contact",
                                                contact_name.clone().unwrap_or_default().into(),
                                            ),
                                            ("fingerprint", fingerprint(key).into()),
                                        ],
                                    ),
                                    SealedWith::Passphrase => t.tr_with(
                                        "requests-made-passphrase",
                                        &[("agency", name.clone().into())],
                                    ),
                                }),
                        }
                    }
                };
                outcome.set(Some(result));
                busy.set(false);
            });
        })
    };

    let on_agency = {
        let agency = agency.clone();
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            agency.set((!value.is_empty()).then(|| AgencyId::new(value)));
        })
    };
    let on_lock = {
        let lock = lock.clone();
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            lock.set(match value.parse::<usize>() {
                Ok(at) => LockChoice::Contact(at),
                Err(_) => LockChoice::Passphrase,
            });
        })
    };
    let set = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |event: InputEvent| state.set(input_value(event)))
    };

    if case.agencies.is_empty() {
        return html! {
            <section aria-labelledby="requests-make-heading">
                <h3 id="requests-make-heading">{ t.tr("requests-make-heading") }</h3>
                <p>{ t.tr("requests-no-agency") }</p>
            </section>
        };
    }
    html! {
        <section aria-labelledby="requests-make-heading">
            <h3 id="requests-make-heading">{ t.tr("requests-make-heading") }</h3>
            <form {onsubmit} novalidate=true autocomplete="off" class="stacked-form">
                <label for="requests-agency">{ t.tr("requests-agency") }</label>
                <select id="requests-agency" onchange={on_agency}>
                    { for case.agencies.iter().map(|a| html! {
                        <option key={a.id.to_string()} value={a.id.to_string()}
                            selected={agency.as_ref() == Some(&a.id)}>{ a.name.clone() }</option>
                    }) }
                </select>
                <label for="requests-lead">{ t.tr("requests-lead") }</label>
                <input id="requests-lead" type="text" value={(*lead).clone()} oninput={set(&lead)}
                    aria-describedby="requests-lead-hint" />
                <p id="requests-lead-hint" class="hint">{ t.tr("requests-lead-hint") }</p>
                <label for="requests-due">{ t.tr("requests-due") }</label>
                <input id="requests-due" type="date" value={(*due).clone()} oninput={set(&due)}
                    onchange={let s = due.clone(); move |e: Event| s.set(e.target_unchecked_into::<HtmlInputElement>().value())} />
                <label for="requests-note">{ t.tr("requests-note") }</label>
                <textarea id="requests-note" value={(*note).clone()} oninput={set(&note)} />
                <label for="requests-lock">{ t.tr("requests-lock") }</label>
                <select id="requests-lock" onchange={on_lock} aria-describedby="requests-lock-hint">
                    { for known_contacts.iter().enumerate().map(|(at, contact)| html! {
                        <option value={at.to_string()} selected={*lock == LockChoice::Contact(at)}>
                            { t.tr_with(if contact.verified { "requests-lock-contact-verified" } else { "requests-lock-contact" },
                                &[("contact", contact.agency.clone().into())]) }
                        </option>
                    }) }
                    <option value="passphrase" selected={*lock == LockChoice::Passphrase}>
                        { t.tr("requests-lock-passphrase") }
                    </option>
                </select>
                <p id="requests-lock-hint" class="hint">{ t.tr("requests-lock-hint") }</p>
                if let Some(Err(problem)) = &*contacts {
                    <p role="alert" class="error">{ problem.clone() }</p>
                }
                if *lock == LockChoice::Passphrase {
                    <label for="requests-passphrase">{ t.tr("requests-passphrase") }</label>
                    <input id="requests-passphrase" type="password" autocomplete="off"
                        value={(*passphrase).clone()} oninput={set(&passphrase)}
                        aria-describedby="requests-passphrase-hint" />
                    <p id="requests-passphrase-hint" class="hint">{ t.tr("requests-passphrase-hint") }</p>
                }
                if *busy {
                    <p role="status" class="progress">{ t.tr("requests-making") }</p>
                }
                { outcome_line(&outcome) }
                <button type="submit" disabled={*busy}>{ t.tr("requests-make") }</button>
            </form>
        </section>
    }
}

/// The requests this case sent, and how far each has come back.
#[component]
fn SentRequests(props: &SectionProps) -> Html {
    let t = use_translator();
    let case = &props.case;
    html! {
        <section aria-labelledby="requests-sent-heading">
            <h3 id="requests-sent-heading">{ t.tr("requests-sent-heading") }</h3>
            if case.question_requests.is_empty() {
                <p>{ t.tr("requests-sent-none") }</p>
            } else {
                <ul>
                    { for case.question_requests.iter().map(|sent| html! {
                        <li key={sent.id.to_string()}>
                            { t.tr_with("requests-sent-line", &[
                                ("agency", agency_name(&t, case, &sent.agency).into()),
                                ("sent", date(sent.sent_at, t.locale()).into()),
                                ("due", date(sent.due, t.locale()).into()),
                                ("merged", sent.last_merged.into()),
                            ]) }
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}

/// A return read and waiting for the lead's decision.
#[derive(Clone, PartialEq)]
struct PendingReturn {
    answer: Rc<QuestionReturn>,
    choices: BTreeMap<QuestionId, MergeChoice>,
}

#[component]
fn ReturnMerge(props: &SectionProps) -> Html {
    let t = use_translator();
    let vault = use_vault();
    let file_input = use_node_ref();
    let pending = use_state(|| None::<PendingReturn>);
    let problem = use_state(|| None::<String>);
    let merged = use_state(|| None::<String>);
    let busy = use_state(|| false);
    let case = props.case.clone();

    let on_read = {
        let (file_input, pending, problem, merged, busy, vault, case, t) = (
            file_input.clone(),
            pending.clone(),
            problem.clone(),
            merged.clone(),
            busy.clone(),
            vault.clone(),
            case.clone(),
            t.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(open) = vault.unlocked().map(|u| u.vault.clone()) else {
                return;
            };
            let file = file_input
                .cast::<HtmlInputElement>()
                .and_then(|input| input.files())
                .and_then(|files| files.get(0));
            let Some(file) = file else {
                problem.set(Some(t.tr("requests-return-choose")));
                return;
            };
            let (pending, problem, merged, busy, case, t) = (
                pending.clone(),
                problem.clone(),
                merged.clone(),
                busy.clone(),
                case.clone(),
                t.clone(),
            );
            busy.set(true);
            merged.set(None);
            spawn_local(async move {
                let read = match file_bytes(&file).await {
                    None => Err(t.tr("requests-return-unreadable")),
                    Some(bytes) => open
                        .read_question_return(&bytes)
                        .await
                        .map_err(|error| exchange_error(&t, &error)),
                };
                // Refused at once when it cannot be merged at all: nothing to preview.
                let checked = read.and_then(|answer| {
                    preview_merge(&case, &answer, &BTreeMap::new())
                        .map(|_| answer)
                        .map_err(|refusal| return_refusal(&t, &case, &refusal))
                });
                match checked {
                    Ok(answer) => {
                        problem.set(None);
                        pending.set(Some(PendingReturn {
                            answer: Rc::new(answer),
                            choices: BTreeMap::new(),
                        }));
                    }
                    Err(message) => {
                        pending.set(None);
                        problem.set(Some(message));
                    }
                }
                busy.set(false);
            });
        })
    };

    let preview = pending.as_ref().map(|waiting| {
        (
            waiting.clone(),
            preview_merge(&case, &waiting.answer, &waiting.choices),
        )
    });

    html! {
        <section aria-labelledby="requests-return-heading">
            <h3 id="requests-return-heading">{ t.tr("requests-return-heading") }</h3>
            <form onsubmit={on_read} novalidate=true class="stacked-form">
                <label for="requests-return-file">{ t.tr("requests-return-file") }</label>
                <input id="requests-return-file" type="file" ref={file_input} accept=".age" />
                <button type="submit" disabled={*busy}>{ t.tr("requests-return-read") }</button>
            </form>
            if let Some(message) = &*problem {
                <p role="alert" class="error">{ message.clone() }</p>
            }
            if let Some(message) = &*merged {
                <p role="status" class="success">{ message.clone() }</p>
            }
            { match preview {
                Some((waiting, Ok(preview))) => html! {
                    <MergeReview case={case.clone()} {preview} waiting={waiting}
                        pending={pending.clone()} problem={problem.clone()} merged={merged.clone()}
                        editor={props.editor.clone()} />
                },
                // The case changed under the preview so that it can no longer be merged.
                Some((_, Err(refusal))) => html! {
                    <p role="alert" class="error">{ return_refusal(&t, &case, &refusal) }</p>
                },
                None => Html::default(),
            } }
        </section>
    }
}

#[derive(Properties)]
struct MergeReviewProps {
    case: Rc<Case>,
    preview: MergePreview,
    waiting: PendingReturn,
    pending: UseStateHandle<Option<PendingReturn>>,
    problem: UseStateHandle<Option<String>>,
    merged: UseStateHandle<Option<String>>,
    editor: super::section::CaseEditor,
}

impl PartialEq for MergeReviewProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.case, &other.case) && self.waiting == other.waiting
    }
}

/// The merge preview: each new, changed or withdrawn question with what it would raise, the
/// conflicts to decide, the headline before and after; then merge or set aside.
#[component]
fn MergeReview(props: &MergeReviewProps) -> Html {
    let t = use_translator();
    let case = &props.case;
    let preview = &props.preview;
    let agency = agency_name(&t, case, &preview.agency);
    let merged_case = Rc::new(preview.merged.clone());
    let merged_analysis = Rc::new(preview.merged_analysis.clone());

    let choose = {
        let (pending, waiting) = (props.pending.clone(), props.waiting.clone());
        move |question: QuestionId, choice: MergeChoice| {
            let (pending, waiting) = (pending.clone(), waiting.clone());
            Callback::from(move |_: Event| {
                let mut next = waiting.clone();
                next.choices.insert(question.clone(), choice);
                pending.set(Some(next));
            })
        }
    };
    let on_merge = {
        let (case, waiting, editor, pending, problem, merged, t) = (
            case.clone(),
            props.waiting.clone(),
            props.editor.clone(),
            props.pending.clone(),
            props.problem.clone(),
            props.merged.clone(),
            t.clone(),
        );
        let (agency, sequence) = (agency.clone(), preview.sequence);
        Callback::from(move |_: MouseEvent| {
            let sent = merge_edit(&case, &waiting.answer, &waiting.choices)
                .map_err(|refusal| return_refusal(&t, &case, &refusal))
                .and_then(|edit| editor.send(&case, edit).map_err(|r| r.to_string()));
            match sent {
                Ok(()) => {
                    pending.set(None);
                    problem.set(None);
                    merged.set(Some(t.tr_with(
                        "requests-merged",
                        &[
                            ("agency", agency.clone().into()),
                            ("sequence", sequence.into()),
                        ],
                    )));
                }
                Err(message) => problem.set(Some(message)),
            }
        })
    };
    let on_discard = {
        let pending = props.pending.clone();
        Callback::from(move |_: MouseEvent| pending.set(None))
    };

    let heading = t.tr_with(
        "requests-preview-heading",
        &[
            ("agency", agency.clone().into()),
            ("sequence", preview.sequence.into()),
        ],
    );
    let item_view = |item: &MergeItem| {
        let words = |q: &Option<Question>| q.as_ref().map(|q| q.text.clone()).unwrap_or_default();
        // A withdrawn question, in the words last agreed (or the lead's, if it was never agreed).
        let withdrawn = || {
            item.agreed
                .as_ref()
                .or(item.lead.as_ref())
                .map(|q| q.text.clone())
                .unwrap_or_default()
        };
        let change_id = match item.change {
            ReturnedChange::New => "requests-change-new",
            ReturnedChange::Changed => "requests-change-changed",
            ReturnedChange::Withdrawn => "requests-change-withdrawn",
        };
        let shown = match item.change {
            ReturnedChange::Withdrawn => withdrawn(),
            _ => words(&item.returned),
        };
        let title = t.tr_with(change_id, &[("words", shown.clone().into())]);
        let group = format!("requests-conflict-{}", item.question);
        html! {
            <li key={item.question.to_string()} aria-label={title.clone()}>
                <p class="merge-change">{ title }</p>
                if item.conflict {
                    <fieldset class="merge-conflict">
                        <legend>{ t.tr_with("requests-conflict", &[("agency", agency.clone().into())]) }</legend>
                        <div class="check">
                            <input type="radio" id={format!("{group}-lead")} name={group.clone()}
                                checked={item.choice == Some(MergeChoice::KeepLead)}
                                onchange={choose(item.question.clone(), MergeChoice::KeepLead)} />
                            <label for={format!("{group}-lead")}>
                                { t.tr_with(if item.lead.is_some() { "requests-keep-lead" } else { "requests-keep-removed" },
                                    &[("words", words(&item.lead).into())]) }
                            </label>
                        </div>
                        <div class="check">
                            <input type="radio" id={format!("{group}-returned")} name={group.clone()}
                                checked={item.choice == Some(MergeChoice::TakeReturned)}
                                onchange={choose(item.question.clone(), MergeChoice::TakeReturned)} />
                            <label for={format!("{group}-returned")}>
                                { t.tr_with(if item.returned.is_some() { "requests-take-returned" } else { "requests-take-withdrawal" },
                                    &[("agency", agency.clone().into()), ("words", words(&item.returned).into())]) }
                            </label>
                        </div>
                    </fieldset>
                }
                if let Some(refusal) = &item.refused {
                    <p class="hint">{ t.tr_with("requests-change-refused", &[("reason", refusal.to_string().into())]) }</p>
                }
                if !item.findings.is_empty() {
                    <ul class="findings">
                        { for item.findings.iter().map(|finding| html! {
                            <FindingItem title_level={5} finding={finding.clone()}
                                case={merged_case.clone()} analysis={merged_analysis.clone()} />
                        }) }
                    </ul>
                }
            </li>
        }
    };

    html! {
        <section aria-labelledby="requests-preview-heading" class="merge-preview">
            <h4 id="requests-preview-heading">{ heading }</h4>
            <p>{ t.tr_with("requests-headline-change", &[
                ("before", preview.retelling_before.repeated_questions_avoided.into()),
                ("after", preview.retelling_after.repeated_questions_avoided.into()),
            ]) }</p>
            if preview.items.is_empty() {
                <p>{ t.tr("requests-preview-nothing") }</p>
            } else {
                <ul aria-label={t.tr("requests-preview-changes")}>
                    { for preview.items.iter().map(item_view) }
                </ul>
            }
            <div class="actions">
                <button type="button" onclick={on_merge}>{ t.tr("requests-merge") }</button>
                <button type="button" onclick={on_discard}>{ t.tr("requests-discard") }</button>
            </div>
        </section>
    }
}
