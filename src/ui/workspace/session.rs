//! The session plan section of the case workspace: when and where each interview session is
//! held, who is in the room, its breaks, what needs consent, and its questions in PEACE order,
//! with the planner's wellbeing and roles findings beside each session.

use super::finding_item::{concerns_session_plan, FindingItem};
use super::held::HeldRecord;
use super::labels::{agency_name, session_name};
use crate::i18n::Translator;
use crate::model::case::{
    Attendee, AttendeeRole, Case, CaseEdit, Direction, LocationKind, Question, SessionChange,
    SessionPlan, SetAside,
};
use crate::model::edit::{check, in_phase_order, EditRefusal};
use crate::model::planner::Analysis;
use crate::model::{AgencyId, LanguageTag, QuestionId, SessionId};
use crate::ui::clock::new_id;
use crate::ui::components::dialog::ConfirmDialog;
use crate::ui::components::focus_element;
use crate::ui::components::language_picker::LanguagePicker;
use crate::ui::format::{local_input_value, parse_local_input};
use crate::ui::hooks::{use_draft, use_translator};
use crate::ui::language_names;
use crate::ui::workspace::labels::{
    attendee_role_name, location_name, phase_name, ATTENDEE_ROLES, LOCATIONS, PEACE_PHASES,
};
use crate::ui::workspace::section::{CaseEditor, SectionProps};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// A new session lasts an hour unless the team says otherwise.
const DEFAULT_DURATION_MINUTES: u32 = 60;

/// Sends a change of one session of the case, as the case shown has it.
fn change_session(
    editor: &CaseEditor,
    case: &Case,
    id: &SessionId,
    change: SessionChange,
) -> Result<(), EditRefusal> {
    editor.send(
        case,
        CaseEdit::ChangeSession {
            session: id.clone(),
            change,
        },
    )
}

/// A refusal of a session edit, in the words the section already uses where it has them
/// (breaks, duration), else in the model's.
fn refusal_text(t: &Translator, refusal: &EditRefusal) -> String {
    match refusal {
        EditRefusal::BreakTaken { minute } => t.tr_with(
            "session-error-break-taken",
            &[("minutes", (*minute).into())],
        ),
        EditRefusal::BreakOutsideSession { duration, .. } => {
            t.tr_with("session-error-break", &[("duration", (*duration).into())])
        }
        EditRefusal::ZeroDuration => t.tr("session-error-duration"),
        other => other.to_string(),
    }
}

/// The session plans of the case.
#[component]
pub fn SessionSection(props: &SectionProps) -> Html {
    let t = use_translator();
    let removing = use_state(|| None::<SessionId>);
    // Why adding or removing a session was refused, if it was.
    let error = use_state_eq(|| None::<String>);
    // After adding a session, its first field gets focus once it is on the page.
    let focus_pending = use_state(|| None::<String>);
    {
        let focus_pending = focus_pending.clone();
        use_effect_with(
            ((*focus_pending).clone(), props.case.sessions.len()),
            move |(pending, _)| {
                if let Some(id) = pending {
                    if gloo::utils::document().get_element_by_id(id).is_some() {
                        focus_element(id);
                        focus_pending.set(None);
                    }
                }
            },
        );
    }

    let on_add = {
        let (editor, case, error, t) = (
            props.editor.clone(),
            props.case.clone(),
            error.clone(),
            t.clone(),
        );
        let language = props.case.profile.language.clone();
        let focus_pending = focus_pending.clone();
        Callback::from(move |_: MouseEvent| {
            let id = SessionId::new(new_id());
            let start = editor.next_full_hour();
            let session = SessionPlan::new(
                id.clone(),
                start,
                LocationKind::NeutralRoom,
                language.clone(),
                DEFAULT_DURATION_MINUTES,
            );
            match editor.send(&case, CaseEdit::AddSession { session }) {
                Ok(()) => {
                    error.set(None);
                    focus_pending.set(Some(format!("session-{id}-date")));
                }
                Err(refusal) => error.set(Some(refusal_text(&t, &refusal))),
            }
        })
    };
    let on_remove_request = {
        let removing = removing.clone();
        Callback::from(move |id: SessionId| removing.set(Some(id)))
    };
    let confirm = (*removing).clone().map(|id| {
        let name = session_name(&t, &props.case, &id);
        let on_confirm = {
            let (editor, case, error, t) = (
                props.editor.clone(),
                props.case.clone(),
                error.clone(),
                t.clone(),
            );
            let (removing, focus_pending) = (removing.clone(), focus_pending.clone());
            let id = id.clone();
            Callback::from(move |_| {
                let edit = CaseEdit::RemoveSession {
                    session: id.clone(),
                };
                error.set(editor.send(&case, edit).err().map(|r| refusal_text(&t, &r)));
                removing.set(None);
                // Once the dialog is gone: the removed session's button cannot take focus back.
                focus_pending.set(Some("session-add".to_owned()));
            })
        };
        let on_cancel = {
            let removing = removing.clone();
            Callback::from(move |_| removing.set(None))
        };
        html! {
            <ConfirmDialog title={t.tr_with("session-remove-title", &[("session", name.into())])}
                message={t.tr("session-remove-message")}
                confirm_label={t.tr("session-remove-confirm")}
                on_confirm={on_confirm} on_cancel={on_cancel} />
        }
    });

    html! {
        <section aria-labelledby="session-heading" class="session-section">
            <h2 id="session-heading">{ t.tr("session-heading") }</h2>
            <p class="hint">{ t.tr("session-intro") }</p>
            if props.case.sessions.is_empty() {
                <p>{ t.tr("session-none") }</p>
            }
            { for props.case.sessions.iter().enumerate().map(|(index, session)| html! {
                <SessionCard key={session.id.to_string()} index={index} case={props.case.clone()}
                    analysis={props.analysis.clone()} editor={props.editor.clone()}
                    read_only={props.read_only} on_remove={on_remove_request.clone()} />
            }) }
            <button type="button" id="session-add" disabled={props.read_only} onclick={on_add}>
                { t.tr("session-add") }
            </button>
            if let Some(message) = &*error {
                <p class="error" role="alert">{ message.clone() }</p>
            }
            { confirm.unwrap_or_default() }
        </section>
    }
}

#[derive(Properties, Clone)]
struct SessionCardProps {
    index: usize,
    case: Rc<Case>,
    analysis: Rc<Analysis>,
    editor: CaseEditor,
    read_only: bool,
    on_remove: Callback<SessionId>,
}

impl PartialEq for SessionCardProps {
    fn eq(&self, other: &Self) -> bool {
        self.index == other.index
            && Rc::ptr_eq(&self.case, &other.case)
            && Rc::ptr_eq(&self.analysis, &other.analysis)
            && self.read_only == other.read_only
    }
}

/// One session plan, edited in place; every change is saved at once.
#[component]
fn SessionCard(props: &SessionCardProps) -> Html {
    let t = use_translator();
    let date_error = use_state(|| None::<String>);
    let duration_error = use_state(|| None::<String>);
    // Why a change of another field of the card was refused, if one was.
    let edit_error = use_state_eq(|| None::<String>);
    let (date_draft, duration_draft) = (use_draft(), use_draft());
    let Some(session) = props.case.sessions.get(props.index).cloned() else {
        return Html::default();
    };
    let id = session.id.clone();
    let prefix = format!("session-{id}");
    let field = |name: &str| format!("{prefix}-{name}");
    let name = session_name(&t, &props.case, &id);
    let heading_id = field("heading");
    let editor = props.editor.clone();
    let case = props.case.clone();
    // Sends a change of a field that has no error of its own, and shows a refusal on the card.
    let send = {
        let (editor, case, id, edit_error, t) = (
            editor.clone(),
            case.clone(),
            id.clone(),
            edit_error.clone(),
            t.clone(),
        );
        Rc::new(move |change: SessionChange| {
            edit_error.set(
                change_session(&editor, &case, &id, change)
                    .err()
                    .map(|refusal| refusal_text(&t, &refusal)),
            )
        })
    };

    let on_date = {
        let (editor, case, id, date_error, t, draft) = (
            editor.clone(),
            case.clone(),
            id.clone(),
            date_error.clone(),
            t.clone(),
            date_draft.clone(),
        );
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            let Some(date) = parse_local_input(&value) else {
                date_error.set(Some(t.tr("session-error-date")));
                return;
            };
            match change_session(&editor, &case, &id, SessionChange::Date { date }) {
                Ok(()) => {
                    date_error.set(None);
                    draft.saved();
                }
                Err(refusal) => date_error.set(Some(refusal_text(&t, &refusal))),
            }
        })
    };
    let on_place = {
        let send = send.clone();
        Callback::from(move |e: InputEvent| {
            let place = e.target_unchecked_into::<HtmlInputElement>().value();
            send(SessionChange::Place { place });
        })
    };
    let on_location = {
        let send = send.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(&location) = value.parse::<usize>().ok().and_then(|i| LOCATIONS.get(i)) {
                send(SessionChange::Location { location });
            }
        })
    };
    let on_language = {
        let send = send.clone();
        Callback::from(move |language: LanguageTag| send(SessionChange::Language { language }))
    };
    let on_duration = {
        let (editor, case, id, duration_error, t, draft) = (
            editor.clone(),
            case.clone(),
            id.clone(),
            duration_error.clone(),
            t.clone(),
            duration_draft.clone(),
        );
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            let minutes = match value.trim().parse::<u32>() {
                Ok(minutes) if minutes > 0 => minutes,
                _ => {
                    duration_error.set(Some(t.tr("session-error-duration")));
                    return;
                }
            };
            match change_session(&editor, &case, &id, SessionChange::Duration { minutes }) {
                Ok(()) => {
                    duration_error.set(None);
                    draft.saved();
                }
                Err(refusal) => duration_error.set(Some(refusal_text(&t, &refusal))),
            }
        })
    };
    let checkbox = |change: fn(bool) -> SessionChange| {
        let send = send.clone();
        Callback::from(move |e: Event| {
            send(change(
                e.target_unchecked_into::<HtmlInputElement>().checked(),
            ))
        })
    };
    let on_declined = checkbox(|declined| SessionChange::SupportPersonDeclined { declined });
    let on_recording = checkbox(|needed| SessionChange::NeedsRecording { needed });
    let on_medical = checkbox(|planned| SessionChange::MedicalExamination { planned });
    let on_photographs = checkbox(|planned| SessionChange::Photographs { planned });
    let on_outside = checkbox(|outside| SessionChange::ObserversOutside { outside });
    let on_question_break = checkbox(|planned| SessionChange::QuestionBreak { planned });
    let on_brief = checkbox(|names| SessionChange::BriefNamesAccounts { names });
    // A plan that took place stays as it was; its record is corrected instead.
    let held = props.case.held_session(&id).is_some();
    let on_remove = {
        let (on_remove, id) = (props.on_remove.clone(), id.clone());
        Callback::from(move |_: MouseEvent| on_remove.emit(id.clone()))
    };

    let findings: Vec<_> = props
        .analysis
        .findings
        .iter()
        .filter(|f| concerns_session_plan(f, &id))
        .cloned()
        .collect();
    let findings_heading = field("findings-heading");

    html! {
        <section class="panel session-plan" aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>{ name.clone() }</h3>
            <div class="session-layout">
                <fieldset class="session-form" disabled={props.read_only || held}>
                    <legend class="visually-hidden">{ name.clone() }</legend>
                    if held {
                        <p class="hint">{ t.tr("held-plan-locked") }</p>
                    }
                    if let Some(message) = &*edit_error {
                        <p id={field("edit-error")} class="error" role="alert">{ message.clone() }</p>
                    }

                    <label for={field("date")}>{ t.tr("session-date") }</label>
                    <input id={field("date")} type="datetime-local"
                        aria-describedby={date_error.is_some().then(|| field("date-error"))}
                        aria-invalid={date_error.is_some().then_some("true")}
                        value={date_draft.value(local_input_value(session.date))}
                        oninput={date_draft.oninput()} onchange={on_date} />
                    if let Some(error) = &*date_error {
                        <p id={field("date-error")} class="error">{ error.clone() }</p>
                    }

                    <label for={field("place")}>{ t.tr("session-place") }</label>
                    <input id={field("place")} type="text" autocomplete="off"
                        aria-describedby={field("place-hint")}
                        value={session.place.clone()} oninput={on_place} />
                    <p id={field("place-hint")} class="hint">{ t.tr("session-place-hint") }</p>

                    <label for={field("location")}>{ t.tr("session-location") }</label>
                    <select id={field("location")} onchange={on_location}>
                        { for LOCATIONS.iter().enumerate().map(|(i, &kind)| html! {
                            <option value={i.to_string()} selected={session.location == kind}>
                                { location_name(&t, kind) }
                            </option>
                        }) }
                    </select>

                    <LanguagePicker id={field("language")} label={t.tr("session-language")}
                        described_by={field("language-hint")}
                        value={session.language.clone()} on_pick={on_language} />
                    <p id={field("language-hint")} class="hint">
                        { t.tr_with("session-language-hint", &[("survivor", language_names::shown(&t, &props.case.profile.language).into())]) }
                    </p>

                    <label for={field("duration")}>{ t.tr("session-duration") }</label>
                    <input id={field("duration")} type="number" min="1" step="1" inputmode="numeric"
                        aria-describedby={if duration_error.is_some() { field("duration-error") } else { field("duration-hint") }}
                        aria-invalid={duration_error.is_some().then_some("true")}
                        value={duration_draft.value(session.duration_minutes.to_string())}
                        oninput={duration_draft.oninput()} onchange={on_duration} />
                    if let Some(error) = &*duration_error {
                        <p id={field("duration-error")} class="error">{ error.clone() }</p>
                    } else {
                        <p id={field("duration-hint")} class="hint">{ t.tr("session-duration-hint") }</p>
                    }

                    <Breaks session={session.clone()} case={props.case.clone()} editor={editor.clone()} />
                    <Attendees session={session.clone()} case={props.case.clone()} editor={editor.clone()} />

                    <div class="check">
                        <input id={field("outside")} type="checkbox"
                            checked={session.observers_outside} onchange={on_outside} />
                        <label for={field("outside")}>{ t.tr("session-observers-outside") }</label>
                    </div>
                    <div class="check">
                        <input id={field("question-break")} type="checkbox" aria-describedby={field("question-break-hint")}
                            checked={session.has_question_break()} onchange={on_question_break} />
                        <label for={field("question-break")}>{ t.tr("session-question-break") }</label>
                    </div>
                    <p id={field("question-break-hint")} class="hint">{ t.tr("session-question-break-hint") }</p>
                    <div class="check">
                        <input id={field("brief")} type="checkbox" aria-describedby={field("brief-hint")}
                            checked={session.brief_names_accounts} onchange={on_brief} />
                        <label for={field("brief")}>{ t.tr("session-brief-names-accounts") }</label>
                    </div>
                    <p id={field("brief-hint")} class="hint">{ t.tr("session-brief-names-accounts-hint") }</p>

                    <div class="check">
                        <input id={field("declined")} type="checkbox"
                            checked={session.support_person_declined} onchange={on_declined} />
                        <label for={field("declined")}>{ t.tr("session-support-declined") }</label>
                    </div>

                    <fieldset class="session-consent" aria-describedby={field("consent-hint")}>
                        <legend>{ t.tr("session-consent-legend") }</legend>
                        <p id={field("consent-hint")} class="hint">{ t.tr("session-consent-hint") }</p>
                        <div class="check">
                            <input id={field("recording")} type="checkbox"
                                checked={session.needs_recording} onchange={on_recording} />
                            <label for={field("recording")}>{ t.tr("session-needs-recording") }</label>
                        </div>
                        <div class="check">
                            <input id={field("medical")} type="checkbox"
                                checked={session.medical_examination} onchange={on_medical} />
                            <label for={field("medical")}>{ t.tr("session-medical-examination") }</label>
                        </div>
                        <div class="check">
                            <input id={field("photographs")} type="checkbox"
                                checked={session.photographs} onchange={on_photographs} />
                            <label for={field("photographs")}>{ t.tr("session-photographs") }</label>
                        </div>
                    </fieldset>

                    <SessionQuestions session={session.clone()} case={props.case.clone()} editor={editor.clone()} />

                    <button type="button" class="danger" onclick={on_remove}
                        aria-label={t.tr_with("session-remove-named", &[("session", name.clone().into())])}>
                        { t.tr("session-remove") }
                    </button>
                </fieldset>

                <section class="session-findings" aria-labelledby={findings_heading.clone()}>
                    <h4 id={findings_heading}>
                        { t.tr_with("session-findings-heading", &[("session", name.into())]) }
                    </h4>
                    <p role="status" class="session-findings-count">
                        { t.tr_with("session-findings-count", &[("count", findings.len().into())]) }
                    </p>
                    if !findings.is_empty() {
                        <ul class="finding-list">
                            { for findings.into_iter().map(|finding| html! {
                                <FindingItem title_level={5} finding={finding} case={props.case.clone()}
                                    analysis={props.analysis.clone()} within_session={Some(id.clone())} />
                            }) }
                        </ul>
                    }
                </section>
            </div>
            <HeldRecord session={session.clone()} session_heading={field("heading")}
                case={props.case.clone()} editor={editor.clone()} read_only={props.read_only} />
        </section>
    }
}

/// The planned breaks of a session, as minutes from the start.
#[component]
fn Breaks(props: &CasePartProps) -> Html {
    let t = use_translator();
    let error = use_state(|| None::<String>);
    let input = use_node_ref();
    let session = &props.session;
    let prefix = format!("session-{}-break", session.id);
    let mut breaks = session.breaks.clone();
    breaks.sort_unstable();

    let on_add = {
        let (editor, case, id, error, input, t) = (
            props.editor.clone(),
            props.case.clone(),
            session.id.clone(),
            error.clone(),
            input.clone(),
            t.clone(),
        );
        let duration = session.duration_minutes;
        let existing = session.breaks.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(field) = input.cast::<HtmlInputElement>() else {
                return;
            };
            match field.value().trim().parse::<u32>() {
                Ok(at) if at > 0 && at < duration && !existing.contains(&at) => {
                    match change_session(
                        &editor,
                        &case,
                        &id,
                        SessionChange::AddBreak { minute: at },
                    ) {
                        Ok(()) => {
                            error.set(None);
                            field.set_value("");
                        }
                        Err(refusal) => error.set(Some(refusal_text(&t, &refusal))),
                    }
                }
                Ok(at) if existing.contains(&at) => error.set(Some(
                    t.tr_with("session-error-break-taken", &[("minutes", at.into())]),
                )),
                _ => error.set(Some(
                    t.tr_with("session-error-break", &[("duration", duration.into())]),
                )),
            }
        })
    };

    html! {
        <fieldset class="session-breaks">
            <legend>{ t.tr("session-breaks") }</legend>
            if breaks.is_empty() {
                <p>{ t.tr("session-breaks-none") }</p>
            } else {
                <ul class="session-rows">
                    { for breaks.iter().map(|&at| {
                        let onclick = {
                            let (editor, case, id) = (props.editor.clone(), props.case.clone(), session.id.clone());
                            let (error, t) = (error.clone(), t.clone());
                            let field = format!("{prefix}-new");
                            Callback::from(move |_: MouseEvent| {
                                let change = SessionChange::RemoveBreak { minute: at };
                                if let Err(refusal) = change_session(&editor, &case, &id, change) {
                                    error.set(Some(refusal_text(&t, &refusal)));
                                }
                                focus_element(&field);
                            })
                        };
                        html! {
                            <li>
                                <span>{ t.tr_with("session-break-at", &[("minutes", at.into())]) }</span>
                                <button type="button" class="secondary" onclick={onclick}
                                    aria-label={t.tr_with("session-break-remove-named", &[("minutes", at.into())])}>
                                    { t.tr("session-remove-item") }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }
            <form class="inline" onsubmit={on_add}>
                <label for={format!("{prefix}-new")}>{ t.tr("session-break-new") }</label>
                <input id={format!("{prefix}-new")} ref={input} type="number" min="1" step="1"
                    inputmode="numeric"
                    aria-describedby={if error.is_some() { format!("{prefix}-error") } else { format!("{prefix}-hint") }}
                    aria-invalid={error.is_some().then_some("true")} />
                <button type="submit">{ t.tr("session-break-add") }</button>
            </form>
            if let Some(message) = &*error {
                <p id={format!("{prefix}-error")} class="error" role="alert">{ message.clone() }</p>
            } else {
                <p id={format!("{prefix}-hint")} class="hint">
                    { t.tr_with("session-break-hint", &[("duration", session.duration_minutes.into())]) }
                </p>
            }
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
struct CasePartProps {
    session: SessionPlan,
    case: Rc<Case>,
    editor: CaseEditor,
}

fn agency_options(t: &Translator, case: &Case, selected: Option<&AgencyId>) -> Html {
    html! {
        <>
            <option value="" selected={selected.is_none()}>{ t.tr("session-attendee-no-agency") }</option>
            { for case.agencies.iter().map(|agency| html! {
                <option value={agency.id.to_string()} selected={selected == Some(&agency.id)}>
                    { agency.name.clone() }
                </option>
            }) }
        </>
    }
}

fn role_options(t: &Translator, selected: AttendeeRole) -> Html {
    html! {
        { for ATTENDEE_ROLES.iter().enumerate().map(|(i, &role)| html! {
            <option value={i.to_string()} selected={role == selected}>{ attendee_role_name(t, role) }</option>
        }) }
    }
}

fn role_at(value: &str) -> Option<AttendeeRole> {
    value
        .parse::<usize>()
        .ok()
        .and_then(|i| ATTENDEE_ROLES.get(i))
        .copied()
}

fn agency_at(value: &str) -> Option<AgencyId> {
    (!value.is_empty()).then(|| AgencyId::new(value))
}

/// How a field of one attendee's row changes that attendee, given the field's value.
type AttendeeEdit = fn(&mut Attendee, String);

/// Everyone in the room besides the survivor, with their roles.
#[component]
fn Attendees(props: &CasePartProps) -> Html {
    let t = use_translator();
    let error = use_state(|| None::<String>);
    let name_ref = use_node_ref();
    let agency_ref = use_node_ref();
    let role_ref = use_node_ref();
    let session = &props.session;
    let prefix = format!("session-{}-attendee", session.id);

    let on_add = {
        let (editor, case, id, error, t) = (
            props.editor.clone(),
            props.case.clone(),
            session.id.clone(),
            error.clone(),
            t.clone(),
        );
        let (name_ref, agency_ref, role_ref) =
            (name_ref.clone(), agency_ref.clone(), role_ref.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (Some(name), Some(agency), Some(role)) = (
                name_ref.cast::<HtmlInputElement>(),
                agency_ref.cast::<HtmlSelectElement>(),
                role_ref.cast::<HtmlSelectElement>(),
            ) else {
                return;
            };
            let text = name.value().trim().to_owned();
            if text.is_empty() {
                error.set(Some(t.tr("session-error-attendee-name")));
                let _ = name.focus();
                return;
            }
            let Some(role) = role_at(&role.value()) else {
                return;
            };
            let attendee = Attendee {
                name: text,
                agency: agency_at(&agency.value()),
                role,
            };
            match change_session(&editor, &case, &id, SessionChange::AddAttendee { attendee }) {
                Ok(()) => {
                    error.set(None);
                    name.set_value("");
                }
                Err(refusal) => error.set(Some(refusal_text(&t, &refusal))),
            }
            let _ = name.focus();
        })
    };

    let rows = session.attendees.iter().enumerate().map(|(i, attendee)| {
        let row = format!("{prefix}-{i}");
        let number = i + 1;
        // The attendee as shown with one field changed, put back in its place.
        let change = |edit: AttendeeEdit| {
            let (editor, case, id) = (props.editor.clone(), props.case.clone(), session.id.clone());
            let (error, t, shown) = (error.clone(), t.clone(), attendee.clone());
            move |value: String| {
                let mut attendee = shown.clone();
                edit(&mut attendee, value);
                let change = SessionChange::PutAttendee { index: i, attendee };
                if let Err(refusal) = change_session(&editor, &case, &id, change) {
                    error.set(Some(refusal_text(&t, &refusal)));
                }
            }
        };
        let on_name = {
            let change = change(|a, value| a.name = value);
            Callback::from(move |e: InputEvent| {
                change(e.target_unchecked_into::<HtmlInputElement>().value())
            })
        };
        let on_agency = {
            let change = change(|a, value| a.agency = agency_at(&value));
            Callback::from(move |e: Event| {
                change(e.target_unchecked_into::<HtmlSelectElement>().value())
            })
        };
        let on_role = {
            let change = change(|a, value| {
                if let Some(role) = role_at(&value) {
                    a.role = role;
                }
            });
            Callback::from(move |e: Event| {
                change(e.target_unchecked_into::<HtmlSelectElement>().value())
            })
        };
        let on_remove = {
            let (editor, case, id) = (props.editor.clone(), props.case.clone(), session.id.clone());
            let (error, t) = (error.clone(), t.clone());
            let add_field = format!("{prefix}-name");
            Callback::from(move |_: MouseEvent| {
                let change = SessionChange::RemoveAttendee { index: i };
                if let Err(refusal) = change_session(&editor, &case, &id, change) {
                    error.set(Some(refusal_text(&t, &refusal)));
                }
                focus_element(&add_field);
            })
        };
        let legend = if attendee.name.trim().is_empty() {
            t.tr_with("session-attendee-legend", &[("number", number.into())])
        } else {
            t.tr_with(
                "session-attendee-legend-named",
                &[("number", number.into()), ("name", attendee.name.clone().into())],
            )
        };
        html! {
            <li>
                <fieldset class="attendee">
                    <legend>{ legend.clone() }</legend>
                    <div class="attendee-fields">
                        <div>
                            <label for={format!("{row}-name")}>{ t.tr("session-attendee-name") }</label>
                            <input id={format!("{row}-name")} type="text" autocomplete="off"
                                value={attendee.name.clone()} oninput={on_name} />
                        </div>
                        <div>
                            <label for={format!("{row}-agency")}>{ t.tr("session-attendee-agency") }</label>
                            <select id={format!("{row}-agency")} onchange={on_agency}>
                                { agency_options(&t, &props.case, attendee.agency.as_ref()) }
                            </select>
                        </div>
                        <div>
                            <label for={format!("{row}-role")}>{ t.tr("session-attendee-role") }</label>
                            <select id={format!("{row}-role")} onchange={on_role}>
                                { role_options(&t, attendee.role) }
                            </select>
                        </div>
                    </div>
                    <button type="button" class="secondary" onclick={on_remove}
                        aria-label={t.tr_with("session-attendee-remove-named", &[("person", legend.into())])}>
                        { t.tr("session-remove-item") }
                    </button>
                </fieldset>
            </li>
        }
    });

    html! {
        <fieldset class="session-attendees">
            <legend>{ t.tr("session-attendees") }</legend>
            <p class="hint">
                { t.tr_with("session-attendees-count", &[("count", session.attendees.len().into())]) }
            </p>
            if !session.attendees.is_empty() {
                <ul class="attendee-list">{ for rows }</ul>
            }
            <form class="attendee-add" onsubmit={on_add}>
                <fieldset>
                    <legend>{ t.tr("session-attendee-add-legend") }</legend>
                    <div class="attendee-fields">
                        <div>
                            <label for={format!("{prefix}-name")}>{ t.tr("session-attendee-name") }</label>
                            <input id={format!("{prefix}-name")} ref={name_ref} type="text" autocomplete="off"
                                aria-describedby={if error.is_some() { format!("{prefix}-error") } else { format!("{prefix}-hint") }}
                                aria-invalid={error.is_some().then_some("true")} />
                        </div>
                        <div>
                            <label for={format!("{prefix}-agency")}>{ t.tr("session-attendee-agency") }</label>
                            <select id={format!("{prefix}-agency")} ref={agency_ref}>
                                { agency_options(&t, &props.case, None) }
                            </select>
                        </div>
                        <div>
                            <label for={format!("{prefix}-role")}>{ t.tr("session-attendee-role") }</label>
                            <select id={format!("{prefix}-role")} ref={role_ref}>
                                { role_options(&t, AttendeeRole::LeadInterviewer) }
                            </select>
                        </div>
                    </div>
                    if let Some(message) = &*error {
                        <p id={format!("{prefix}-error")} class="error" role="alert">{ message.clone() }</p>
                    } else {
                        <p id={format!("{prefix}-hint")} class="hint">{ t.tr("session-attendee-hint") }</p>
                    }
                    <button type="submit">{ t.tr("session-attendee-add") }</button>
                </fieldset>
            </form>
        </fieldset>
    }
}

/// Why a question in the session is no longer asked.
fn set_aside_note(t: &Translator, question: &Question) -> Option<String> {
    question.set_aside.as_ref().map(|reason| match reason {
        SetAside::MergedInto { .. } => t.tr("session-question-merged"),
        SetAside::AnsweredByRecord { .. } => t.tr("session-question-answered-by-record"),
        SetAside::AwaitingShareConsent { .. } => t.tr("session-question-awaiting-consent"),
    })
}

/// Focuses a button; one that became disabled (a question moved to the end of its phase)
/// hands focus to its neighbour, the other move button of the same question.
fn focus_button(id: &str) {
    let document = gloo::utils::document();
    let disabled = document
        .get_element_by_id(id)
        .is_some_and(|e| e.has_attribute("disabled"));
    let target = match (disabled, id.strip_suffix("-up"), id.strip_suffix("-down")) {
        (true, Some(stem), _) => format!("{stem}-down"),
        (true, _, Some(stem)) => format!("{stem}-up"),
        _ => id.to_owned(),
    };
    focus_element(&target);
}

/// The questions of a session, by PEACE phase: add the case's questions, reorder within a phase, remove.
#[component]
fn SessionQuestions(props: &CasePartProps) -> Html {
    let t = use_translator();
    let picked = use_node_ref();
    // Why adding, moving or removing a question was refused, if it was.
    let error = use_state_eq(|| None::<String>);
    // After a move or a removal, focus goes to the moved question's button or to the question
    // picker, once the session's questions have changed on the page.
    let focus_after = use_state(|| None::<(String, Vec<QuestionId>)>);
    {
        let focus_after = focus_after.clone();
        use_effect_with(
            ((*focus_after).clone(), props.session.questions.clone()),
            move |(target, questions)| {
                if let Some((id, before)) = target {
                    if questions != before {
                        focus_button(id);
                        focus_after.set(None);
                    }
                }
            },
        );
    }
    let session = &props.session;
    let case = &props.case;
    let prefix = format!("session-{}-question", session.id);
    let ordered = in_phase_order(case, &session.questions);
    let addable: Vec<&Question> = case
        .questions
        .iter()
        .filter(|q| q.is_asked() && !session.questions.contains(&q.id))
        .map(|q| &**q)
        .collect();

    let on_add = {
        let (editor, id, picked) = (props.editor.clone(), session.id.clone(), picked.clone());
        let (case, error, t) = (case.clone(), error.clone(), t.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(select) = picked.cast::<HtmlSelectElement>() else {
                return;
            };
            // The model puts it last in its phase.
            let question = QuestionId::new(select.value());
            let change = SessionChange::AddQuestion { question };
            error.set(
                change_session(&editor, &case, &id, change)
                    .err()
                    .map(|refusal| refusal_text(&t, &refusal)),
            );
        })
    };
    // Whether the model lets the question move one place that way within its phase.
    let can_move = |question: &QuestionId, direction: Direction| {
        let edit = CaseEdit::ChangeSession {
            session: session.id.clone(),
            change: SessionChange::MoveQuestion {
                question: question.clone(),
                direction,
            },
        };
        check(case, &edit).is_ok()
    };

    let question_row = |question_id: &QuestionId| {
        let question = case.question(question_id);
        let words = question
            .map(|q| q.text.clone())
            .unwrap_or_else(|| t.tr("findings-question-gone"));
        // Only within a phase: the phases keep their PEACE order.
        let can_up = can_move(question_id, Direction::Up);
        let can_down = can_move(question_id, Direction::Down);
        let key = format!("{prefix}-{question_id}");
        let mover = |direction: Direction| {
            let (editor, id, focus_after) = (
                props.editor.clone(),
                session.id.clone(),
                focus_after.clone(),
            );
            let (case, question_id, key) = (case.clone(), question_id.clone(), key.clone());
            let (error, t) = (error.clone(), t.clone());
            let before = session.questions.clone();
            Callback::from(move |_: MouseEvent| {
                let change = SessionChange::MoveQuestion {
                    question: question_id.clone(),
                    direction,
                };
                match change_session(&editor, &case, &id, change) {
                    Ok(()) => {
                        error.set(None);
                        let button = match direction {
                            Direction::Up => "up",
                            Direction::Down => "down",
                        };
                        focus_after.set(Some((format!("{key}-{button}"), before.clone())));
                    }
                    Err(refusal) => error.set(Some(refusal_text(&t, &refusal))),
                }
            })
        };
        let on_remove = {
            let (editor, id, question_id) = (
                props.editor.clone(),
                session.id.clone(),
                question_id.clone(),
            );
            let (focus_after, before) = (focus_after.clone(), session.questions.clone());
            let (case, error, t) = (case.clone(), error.clone(), t.clone());
            let add_field = format!("{prefix}-pick");
            Callback::from(move |_: MouseEvent| {
                let change = SessionChange::RemoveQuestion {
                    question: question_id.clone(),
                };
                match change_session(&editor, &case, &id, change) {
                    Ok(()) => {
                        error.set(None);
                        focus_after.set(Some((add_field.clone(), before.clone())));
                    }
                    Err(refusal) => error.set(Some(refusal_text(&t, &refusal))),
                }
            })
        };
        let note = question.and_then(|q| set_aside_note(&t, q));
        html! {
            <li key={key.clone()}>
                <p class="session-question-text">{ words.clone() }</p>
                if let Some(q) = question {
                    <p class="hint">{ agency_name(&t, case, &q.agency) }</p>
                }
                if let Some(note) = note {
                    <p class="warning">{ note }</p>
                }
                <div class="actions">
                    <button type="button" class="secondary" id={format!("{key}-up")} disabled={!can_up}
                        onclick={mover(Direction::Up)}
                        aria-label={t.tr_with("session-question-up-named", &[("question", words.clone().into())])}>
                        { t.tr("session-question-up") }
                    </button>
                    <button type="button" class="secondary" id={format!("{key}-down")} disabled={!can_down}
                        onclick={mover(Direction::Down)}
                        aria-label={t.tr_with("session-question-down-named", &[("question", words.clone().into())])}>
                        { t.tr("session-question-down") }
                    </button>
                    <button type="button" class="secondary" onclick={on_remove}
                        aria-label={t.tr_with("session-question-remove-named", &[("question", words.into())])}>
                        { t.tr("session-remove-item") }
                    </button>
                </div>
            </li>
        }
    };

    let groups = PEACE_PHASES
        .iter()
        .filter_map(|&phase| {
            let rows: Vec<Html> = ordered
                .iter()
                .filter(|id| case.question(id).map(|q| q.phase) == Some(phase))
                .map(&question_row)
                .collect();
            (!rows.is_empty()).then(|| {
                html! {
                    <li class="session-phase">
                        <h4>{ phase_name(&t, phase) }</h4>
                        <ol>{ for rows }</ol>
                    </li>
                }
            })
        })
        .collect::<Vec<_>>();
    let gone: Vec<Html> = ordered
        .iter()
        .filter(|id| case.question(id).is_none())
        .map(question_row)
        .collect();

    html! {
        <fieldset class="session-questions">
            <legend>{ t.tr("session-questions") }</legend>
            if session.questions.is_empty() {
                <p>{ t.tr("session-questions-none") }</p>
            } else {
                <ol class="session-phases">{ for groups }</ol>
            }
            if !gone.is_empty() {
                <h4>{ t.tr("session-questions-gone") }</h4>
                <ul>{ for gone }</ul>
            }
            if addable.is_empty() {
                <p class="hint">{ t.tr("session-questions-none-to-add") }</p>
            } else {
                <form class="inline" onsubmit={on_add}>
                    <label for={format!("{prefix}-pick")}>{ t.tr("session-question-pick") }</label>
                    <select id={format!("{prefix}-pick")} ref={picked}>
                        { for addable.iter().map(|q| html! {
                            <option value={q.id.to_string()}>
                                { t.tr_with("session-question-option", &[
                                    ("phase", phase_name(&t, q.phase).into()),
                                    ("text", q.text.clone().into()),
                                    ("agency", agency_name(&t, case, &q.agency).into()),
                                ]) }
                            </option>
                        }) }
                    </select>
                    <button type="submit">{ t.tr("session-question-add") }</button>
                </form>
            }
            if let Some(message) = &*error {
                <p id={format!("{prefix}-error")} class="error" role="alert">{ message.clone() }</p>
            }
        </fieldset>
    }
}
