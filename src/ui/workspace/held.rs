//! The record of a held session, beside its plan: record that the session took place and what
//! became of each question, correct the record later, and carry the questions not asked over
//! to the next session in one step. The model adds the prior account that stands for it.

use super::labels::{
    agency_name, attendee_role_name, coverage_name, phase_name, question_outcome_name,
    recording_form_name, session_name, topic_name, QUESTION_OUTCOMES, RECORDING_FORMS,
};
use super::section::CaseEditor;
use super::topic_picker::TopicPicker;
use crate::i18n::Translator;
use crate::model::case::{Attendee, Case, CaseEdit, PeacePhase, Question, SessionPlan};
use crate::model::edit::{apply, in_phase_order, EditRefusal};
use crate::model::held::{
    self, AddedQuestion, HeldSession, HeldSessionError, PlannedOutcome, QuestionOutcome,
};
use crate::model::{AgencyId, PriorAccountId, QuestionId, SessionId, TopicId};
use crate::ui::clock::new_id;
use crate::ui::format::{date_time, local_input_value, parse_local_input};
use crate::ui::hooks::use_translator;
use fluent_bundle::FluentValue;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

/// A refusal of a held-session edit in the interface's words.
pub fn held_refusal(t: &Translator, case: &Case, refusal: &EditRefusal) -> String {
    let EditRefusal::Held(error) = refusal else {
        return refusal.to_string();
    };
    let words = |id: &QuestionId| {
        case.question(id)
            .map(|q| q.text.clone())
            .unwrap_or_else(|| id.to_string())
    };
    let args: Vec<(&str, FluentValue)> = match error {
        HeldSessionError::AccountStandsForSession { session, .. } => {
            vec![("session", session_name(t, case, session).into())]
        }
        HeldSessionError::BreakOutsideSession { minute } => vec![("minutes", (*minute).into())],
        HeldSessionError::LeadInterviewers { found } => vec![("count", (*found).into())],
        HeldSessionError::RecordingWithoutConsent { form, .. } => {
            let form = match form {
                held::RecordingForm::Audio => "audio",
                _ => "video",
            };
            vec![("form", form.into())]
        }
        HeldSessionError::OutcomeMissing { question }
        | HeldSessionError::OutcomeNotPlanned { question }
        | HeldSessionError::OutcomeTwice { question }
        | HeldSessionError::NotOffered { question } => {
            vec![("question", words(question).into())]
        }
        _ => Vec::new(),
    };
    t.tr_with(error.message_id(), &args)
}

/// The option value of an outcome: its place in [`QUESTION_OUTCOMES`].
fn outcome_value(outcome: QuestionOutcome) -> String {
    QUESTION_OUTCOMES
        .iter()
        .position(|o| *o == outcome)
        .unwrap_or_default()
        .to_string()
}

fn outcome_at(value: &str) -> Option<QuestionOutcome> {
    value
        .parse::<usize>()
        .ok()
        .and_then(|i| QUESTION_OUTCOMES.get(i))
        .copied()
}

fn outcome_options(t: &Translator, selected: QuestionOutcome) -> Html {
    html! {
        { for QUESTION_OUTCOMES.iter().map(|&outcome| html! {
            <option value={outcome_value(outcome)} selected={outcome == selected}>
                { question_outcome_name(t, outcome) }
            </option>
        }) }
    }
}

#[derive(Properties, Clone)]
pub struct HeldRecordProps {
    pub session: SessionPlan,
    /// The id of the session's own heading: the record's region is named after both.
    pub session_heading: AttrValue,
    pub case: Rc<Case>,
    pub editor: CaseEditor,
    pub read_only: bool,
}

impl PartialEq for HeldRecordProps {
    fn eq(&self, other: &Self) -> bool {
        self.session == other.session
            && self.session_heading == other.session_heading
            && Rc::ptr_eq(&self.case, &other.case)
            && self.read_only == other.read_only
    }
}

/// Whether the session took place, and its record: a button to record it while it has none.
#[component]
pub fn HeldRecord(props: &HeldRecordProps) -> Html {
    let t = use_translator();
    let editing = use_state(|| false);
    // The id of the prior account that will stand for the session, made once per record.
    let account = use_state(|| PriorAccountId::new(new_id()));
    // Why the last carry-over could not be made, if it could not.
    let carry_error = use_state_eq(|| None::<String>);
    let session = &props.session;
    let case = &props.case;
    let name = session_name(&t, case, &session.id);
    let record = case.held_session(&session.id).cloned();
    let heading_id = format!("held-{}-heading", session.id);
    // "Held session, Session 1, …": unique on a page of several sessions.
    let labelled_by = format!("{heading_id} {}", props.session_heading);

    let open_form = {
        let editing = editing.clone();
        Callback::from(move |_: MouseEvent| editing.set(true))
    };
    if *editing {
        let draft = record
            .clone()
            .unwrap_or_else(|| HeldSession::from_plan(case, session, (*account).clone()));
        let on_done = {
            let editing = editing.clone();
            Callback::from(move |_| editing.set(false))
        };
        return html! {
            <HeldSessionForm session={session.clone()} case={case.clone()} editor={props.editor.clone()}
                initial={draft} correcting={record.is_some()} {on_done} />
        };
    }
    let Some(record) = record else {
        return html! {
            <section class="held-record" aria-labelledby={labelled_by}>
                <h4 id={heading_id}>{ t.tr("held-heading") }</h4>
                <p class="hint">{ t.tr("held-not-yet") }</p>
                <button type="button" disabled={props.read_only} onclick={open_form}
                    aria-label={t.tr_with("held-record-named", &[("session", name.into())])}>
                    { t.tr("held-record") }
                </button>
            </section>
        };
    };

    let offer = held::carry_over_offer(case, &session.id);
    let on_carry = {
        let (editor, case, from, carry_error, t) = (
            props.editor.clone(),
            case.clone(),
            session.id.clone(),
            carry_error.clone(),
            t.clone(),
        );
        let plan = session.clone();
        Callback::from(move |_: MouseEvent| {
            carry_error.set(carry_over(&t, &editor, &case, &plan, &from).err());
        })
    };
    // Read from the case, not kept from the click: it stays true after a reload.
    let carried = carried_over(case, &record);
    let language = t.locale();
    html! {
        <section class="held-record" aria-labelledby={labelled_by}>
            <h4 id={heading_id}>{ t.tr("held-heading") }</h4>
            <p>{ t.tr_with("held-took-place", &[
                ("started", date_time(record.started, language).into()),
                ("ended", date_time(record.ended, language).into()),
                ("recording", recording_form_name(&t, record.recording).into()),
            ]) }</p>
            if let Some(at) = record.stopped_by_survivor {
                <p>{ t.tr_with("held-stopped-at", &[("time", date_time(at, language).into())]) }</p>
            }
            <h5>{ t.tr("held-outcomes") }</h5>
            <ul class="held-outcomes">
                { for record.outcomes.iter().map(|o| html! {
                    <li>
                        { case.question(&o.question).map(|q| q.text.clone()).unwrap_or_else(|| t.tr("findings-question-gone")) }
                        { ": " }{ question_outcome_name(&t, o.outcome) }
                    </li>
                }) }
            </ul>
            if !record.added_at_break.is_empty() {
                <h5>{ t.tr("held-added-heading") }</h5>
                <ul class="held-outcomes">
                    { for record.added_at_break.iter().map(|a| html! {
                        <li>
                            { t.tr_with("held-added-line", &[
                                ("question", a.question.text.clone().into()),
                                ("agency", agency_name(&t, case, &a.question.agency).into()),
                                ("outcome", question_outcome_name(&t, a.outcome).into()),
                            ]) }
                        </li>
                    }) }
                </ul>
            }
            <h5>{ t.tr("held-topics") }</h5>
            if record.topics.is_empty() {
                <p>{ t.tr("held-topics-none") }</p>
            } else {
                <ul>
                    { for record.topics.iter().map(|c| html! {
                        <li>{ topic_name(&t, &c.topic) }{ ": " }{ coverage_name(&t, c.coverage) }</li>
                    }) }
                </ul>
            }
            if !record.note.is_empty() {
                <h5>{ t.tr("held-note") }</h5>
                <p class="held-note">{ record.note.clone() }</p>
            }
            <div class="actions">
                <button type="button" class="secondary" disabled={props.read_only} onclick={open_form}
                    aria-label={t.tr_with("held-correct-named", &[("session", name.into())])}>
                    { t.tr("held-correct") }
                </button>
                if !offer.is_empty() {
                    <button type="button" disabled={props.read_only} onclick={on_carry}>
                        { t.tr_with("held-carry-over", &[("count", offer.len().into())]) }
                    </button>
                }
            </div>
            <p role="status">
                if let Some((count, plan)) = carried {
                    { t.tr_with("held-carried-over", &[
                        ("count", count.into()),
                        ("session", session_name(&t, case, &plan).into()),
                    ]) }
                }
            </p>
            if let Some(message) = &*carry_error {
                <p class="error" role="alert">{ message.clone() }</p>
            }
        </section>
    }
}

/// How many questions the held session did not ask (for a reason that carries over) are in a
/// plan still to come, and the first such plan.
fn carried_over(case: &Case, record: &HeldSession) -> Option<(usize, SessionId)> {
    let not_asked = record
        .question_outcomes()
        .filter(|(_, outcome)| outcome.carries_over());
    let plans: Vec<&SessionId> = not_asked
        .filter_map(|(question, _)| {
            case.sessions
                .iter()
                .filter(|plan| plan.id != record.session && case.held_session(&plan.id).is_none())
                .find(|plan| plan.questions.contains(question))
                .map(|plan| &plan.id)
        })
        .collect();
    Some((plans.len(), (*plans.first()?).clone()))
}

/// Carries what the held session `from` did not ask over to the next plan still to come after
/// it, planning one (an hour after now, like a new session) where there is none.
fn carry_over(
    t: &Translator,
    editor: &CaseEditor,
    case: &Case,
    plan: &SessionPlan,
    from: &SessionId,
) -> Result<(), String> {
    let next = case
        .sessions
        .iter()
        .filter(|s| case.held_session(&s.id).is_none() && s.date > plan.date)
        .min_by_key(|s| s.date)
        .map(|s| s.id.clone());
    // The case as it will be once the next plan exists: the carry-over is checked on that.
    let mut planned = case.clone();
    let to = match next {
        Some(id) => id,
        None => {
            let id = SessionId::new(new_id());
            let mut session = SessionPlan::new(
                id.clone(),
                editor.next_full_hour(),
                plan.location,
                plan.language.clone(),
                plan.duration_minutes,
            );
            session.attendees = plan.attendees.clone();
            let add = CaseEdit::AddSession { session };
            editor
                .send(case, add.clone())
                .map_err(|r| held_refusal(t, case, &r))?;
            apply(&mut planned, &add).map_err(|r| held_refusal(t, case, &r))?;
            id
        }
    };
    let Some(edit) = held::carry_over(&planned, from, &to) else {
        return Err(t.tr("held-carry-over-nothing"));
    };
    editor
        .send(&planned, edit)
        .map_err(|r| held_refusal(t, &planned, &r))
}

#[derive(Properties, Clone)]
struct HeldSessionFormProps {
    session: SessionPlan,
    case: Rc<Case>,
    editor: CaseEditor,
    /// The record to start from: the plan as planned, or the record to correct.
    initial: HeldSession,
    correcting: bool,
    on_done: Callback<()>,
}

impl PartialEq for HeldSessionFormProps {
    fn eq(&self, other: &Self) -> bool {
        self.session == other.session
            && Rc::ptr_eq(&self.case, &other.case)
            && self.initial == other.initial
            && self.correcting == other.correcting
    }
}

/// Everyone the record can name as present: who was planned, and who the record already names.
fn people(session: &SessionPlan, record: &HeldSession) -> Vec<Attendee> {
    let mut people = session.attendees.clone();
    for attendee in &record.present {
        if !people.contains(attendee) {
            people.push(attendee.clone());
        }
    }
    people
}

/// Minutes from the start, as "20, 45"; `None` when a part is not a whole number.
fn parse_breaks(value: &str) -> Option<Vec<u32>> {
    value
        .split([',', ' '])
        .filter(|part| !part.is_empty())
        .map(|part| part.parse::<u32>().ok())
        .collect()
}

/// The form that records a session as held, or corrects its record.
#[component]
fn HeldSessionForm(props: &HeldSessionFormProps) -> Html {
    let t = use_translator();
    let draft = use_state(|| props.initial.clone());
    let started = use_state(|| local_input_value(props.initial.started));
    let ended = use_state(|| local_input_value(props.initial.ended));
    let stopped = use_state(|| props.initial.stopped_by_survivor.map(local_input_value));
    let breaks = use_state(|| {
        props
            .initial
            .breaks
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    });
    // Once the team changes the topics, outcomes no longer propose them.
    let topics_edited = use_state(|| props.correcting);
    let problem = use_state_eq(|| None::<String>);
    let added_text = use_node_ref();
    let added_agency = use_node_ref();
    let added_topic = use_node_ref();
    let added_outcome = use_node_ref();

    let session = &props.session;
    let case = &props.case;
    let prefix = format!("held-{}", session.id);
    let field = |name: &str| format!("{prefix}-{name}");
    let heading_id = field("form-heading");
    let name = session_name(&t, case, &session.id);

    // Sets outcomes or questions added at the break, proposing topics again unless edited.
    let update = {
        let (draft, topics_edited, case) = (draft.clone(), topics_edited.clone(), case.clone());
        Rc::new(move |change: &dyn Fn(&mut HeldSession)| {
            let mut next = (*draft).clone();
            change(&mut next);
            if !*topics_edited {
                next.topics = held::proposed_topics(&case, &next.outcomes, &next.added_at_break);
            }
            draft.set(next);
        })
    };

    let on_outcome = |question: QuestionId| {
        let update = update.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(outcome) = outcome_at(&value) {
                update(&|record: &mut HeldSession| match record
                    .outcomes
                    .iter_mut()
                    .find(|o| o.question == question)
                {
                    Some(o) => o.outcome = outcome,
                    None => record.outcomes.push(PlannedOutcome {
                        question: question.clone(),
                        outcome,
                    }),
                })
            }
        })
    };
    let on_present = |attendee: Attendee| {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let present = e.target_unchecked_into::<HtmlInputElement>().checked();
            let mut next = (*draft).clone();
            next.present.retain(|a| *a != attendee);
            if present {
                next.present.push(attendee.clone());
            }
            draft.set(next);
        })
    };
    let on_recording = {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(&form) = value
                .parse::<usize>()
                .ok()
                .and_then(|i| RECORDING_FORMS.get(i))
            {
                let mut next = (*draft).clone();
                next.recording = form;
                draft.set(next);
            }
        })
    };
    let text_input = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            state.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let on_stopped_toggle = {
        let (stopped, ended) = (stopped.clone(), ended.clone());
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            stopped.set(on.then(|| (*ended).clone()));
        })
    };
    let on_stopped = {
        let stopped = stopped.clone();
        Callback::from(move |e: InputEvent| {
            stopped.set(Some(e.target_unchecked_into::<HtmlInputElement>().value()))
        })
    };
    let on_note = {
        let draft = draft.clone();
        Callback::from(move |e: InputEvent| {
            let mut next = (*draft).clone();
            next.note = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            draft.set(next);
        })
    };
    let on_topics = {
        let (draft, topics_edited) = (draft.clone(), topics_edited.clone());
        Callback::from(move |topics| {
            let mut next = (*draft).clone();
            next.topics = topics;
            draft.set(next);
            topics_edited.set(true);
        })
    };
    let on_add_at_break = {
        let (update, problem, t) = (update.clone(), problem.clone(), t.clone());
        let refs = (
            added_text.clone(),
            added_agency.clone(),
            added_topic.clone(),
            added_outcome.clone(),
        );
        let language = session.language.clone();
        Rc::new(move || {
            let (Some(text), Some(agency), Some(topic), Some(outcome)) = (
                refs.0.cast::<HtmlInputElement>(),
                refs.1.cast::<HtmlSelectElement>(),
                refs.2.cast::<HtmlSelectElement>(),
                refs.3.cast::<HtmlSelectElement>(),
            ) else {
                return;
            };
            let words = text.value().trim().to_owned();
            if words.is_empty() {
                problem.set(Some(t.tr("held-added-error-text")));
                return;
            }
            if agency.value().is_empty() {
                problem.set(Some(t.tr("held-added-error-agency")));
                return;
            }
            let topics = (!topic.value().is_empty())
                .then(|| TopicId::new(topic.value()))
                .into_iter()
                .collect();
            let question = Question::new(
                QuestionId::new(new_id()),
                AgencyId::new(agency.value()),
                words,
                language.clone(),
                topics,
                PeacePhase::Account,
            );
            let outcome = outcome_at(&outcome.value()).unwrap_or(QuestionOutcome::Answered);
            update(&|record: &mut HeldSession| {
                record.added_at_break.push(AddedQuestion {
                    question: question.clone(),
                    outcome,
                })
            });
            text.set_value("");
            problem.set(None);
        })
    };
    let on_remove_added = |id: QuestionId| {
        let update = update.clone();
        Callback::from(move |_: MouseEvent| {
            update(&|record: &mut HeldSession| {
                record.added_at_break.retain(|a| a.question.id != id)
            })
        })
    };
    let on_submit = {
        let (editor, case, problem, t) = (
            props.editor.clone(),
            case.clone(),
            problem.clone(),
            t.clone(),
        );
        let (draft, started, ended, stopped, breaks) = (
            draft.clone(),
            started.clone(),
            ended.clone(),
            stopped.clone(),
            breaks.clone(),
        );
        let (correcting, on_done) = (props.correcting, props.on_done.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (Some(start), Some(end)) = (parse_local_input(&started), parse_local_input(&ended))
            else {
                problem.set(Some(t.tr("held-error-time")));
                return;
            };
            let stopped_at = match &*stopped {
                Some(value) => match parse_local_input(value) {
                    Some(at) => Some(at),
                    None => {
                        problem.set(Some(t.tr("held-error-time")));
                        return;
                    }
                },
                None => None,
            };
            let Some(taken) = parse_breaks(&breaks) else {
                problem.set(Some(t.tr("held-error-breaks")));
                return;
            };
            let mut record = (*draft).clone();
            record.started = start;
            record.ended = end;
            record.stopped_by_survivor = stopped_at;
            record.breaks = taken;
            let record = Box::new(record);
            let edit = if correcting {
                CaseEdit::CorrectHeldSession { record }
            } else {
                CaseEdit::RecordHeldSession { record }
            };
            match editor.send(&case, edit) {
                Ok(()) => on_done.emit(()),
                Err(refusal) => problem.set(Some(held_refusal(&t, &case, &refusal))),
            }
        })
    };

    let record = &*draft;
    let outcome_rows = in_phase_order(case, &session.questions)
        .into_iter()
        .filter_map(|id| {
            case.question(&id)
                .map(|q| (id.clone(), q.text.clone(), q.phase))
        })
        .map(|(id, words, phase)| {
            let outcome = record.outcome_of(&id).unwrap_or(QuestionOutcome::Answered);
            let select_id = field(&format!("outcome-{id}"));
            html! {
                <li key={id.to_string()}>
                    <label for={select_id.clone()}>
                        { t.tr_with("held-outcome-of", &[("question", words.into())]) }
                        <span class="hint">{ " " }{ phase_name(&t, phase) }</span>
                    </label>
                    <select id={select_id} onchange={on_outcome(id.clone())}>
                        { outcome_options(&t, outcome) }
                    </select>
                </li>
            }
        });

    html! {
        <form class="panel held-form" novalidate=true aria-labelledby={heading_id.clone()} onsubmit={on_submit}>
            <h4 id={heading_id}>
                { t.tr_with(if props.correcting { "held-correct-heading" } else { "held-record-heading" }, &[("session", name.into())]) }
            </h4>
            <p class="hint">{ t.tr("held-form-intro") }</p>

            <label for={field("started")}>{ t.tr("held-started") }</label>
            <input id={field("started")} type="datetime-local" value={(*started).clone()} oninput={text_input(&started)} />
            <label for={field("ended")}>{ t.tr("held-ended") }</label>
            <input id={field("ended")} type="datetime-local" value={(*ended).clone()} oninput={text_input(&ended)} />

            <fieldset>
                <legend>{ t.tr("held-present") }</legend>
                if people(session, record).is_empty() {
                    <p class="hint">{ t.tr("held-present-none") }</p>
                }
                { for people(session, record).into_iter().enumerate().map(|(i, attendee)| {
                    let id = field(&format!("present-{i}"));
                    let agency = attendee.agency.as_ref().map(|a| agency_name(&t, case, a));
                    html! {
                        <div class="check">
                            <input id={id.clone()} type="checkbox" checked={record.present.contains(&attendee)}
                                onchange={on_present(attendee.clone())} />
                            <label for={id}>
                                { t.tr_with("held-present-person", &[
                                    ("name", attendee.name.clone().into()),
                                    ("role", attendee_role_name(&t, attendee.role).into()),
                                    ("agency", agency.unwrap_or_else(|| t.tr("session-attendee-no-agency")).into()),
                                ]) }
                            </label>
                        </div>
                    }
                }) }
            </fieldset>

            <label for={field("breaks")}>{ t.tr("held-breaks") }</label>
            <input id={field("breaks")} type="text" inputmode="numeric" autocomplete="off"
                aria-describedby={field("breaks-hint")} value={(*breaks).clone()} oninput={text_input(&breaks)} />
            <p id={field("breaks-hint")} class="hint">{ t.tr("held-breaks-hint") }</p>

            <label for={field("recording")}>{ t.tr("held-recording") }</label>
            <select id={field("recording")} aria-describedby={field("recording-hint")} onchange={on_recording}>
                { for RECORDING_FORMS.iter().enumerate().map(|(i, &form)| html! {
                    <option value={i.to_string()} selected={record.recording == form}>{ recording_form_name(&t, form) }</option>
                }) }
            </select>
            <p id={field("recording-hint")} class="hint">{ t.tr("held-recording-hint") }</p>

            <div class="check">
                <input id={field("stopped")} type="checkbox" checked={stopped.is_some()} onchange={on_stopped_toggle} />
                <label for={field("stopped")}>{ t.tr("held-stopped") }</label>
            </div>
            if let Some(value) = &*stopped {
                <label for={field("stopped-at")}>{ t.tr("held-stopped-time") }</label>
                <input id={field("stopped-at")} type="datetime-local" value={value.clone()} oninput={on_stopped} />
            }

            <fieldset>
                <legend>{ t.tr("held-outcomes") }</legend>
                if session.questions.is_empty() {
                    <p class="hint">{ t.tr("held-outcomes-none") }</p>
                } else {
                    <ol class="held-outcome-list">{ for outcome_rows }</ol>
                }
            </fieldset>

            if session.has_question_break() || !record.added_at_break.is_empty() {
                <fieldset>
                    <legend>{ t.tr("held-added-heading") }</legend>
                    <p class="hint">{ t.tr("held-added-hint") }</p>
                    if !record.added_at_break.is_empty() {
                        <ul class="held-outcomes">
                            { for record.added_at_break.iter().map(|a| {
                                let words = a.question.text.clone();
                                html! {
                                    <li key={a.question.id.to_string()}>
                                        { t.tr_with("held-added-line", &[
                                            ("question", words.clone().into()),
                                            ("agency", agency_name(&t, case, &a.question.agency).into()),
                                            ("outcome", question_outcome_name(&t, a.outcome).into()),
                                        ]) }
                                        <button type="button" class="secondary" onclick={on_remove_added(a.question.id.clone())}
                                            aria-label={t.tr_with("held-added-remove", &[("question", words.into())])}>
                                            { t.tr("session-remove-item") }
                                        </button>
                                    </li>
                                }
                            }) }
                        </ul>
                    }
                    <div class="held-added-form">
                        <label for={field("added-agency")}>{ t.tr("held-added-agency") }</label>
                        <select id={field("added-agency")} ref={added_agency}>
                            <option value="">{ t.tr("held-added-agency-choose") }</option>
                            { for case.agencies.iter().map(|a| html! {
                                <option value={a.id.to_string()}>{ a.name.clone() }</option>
                            }) }
                        </select>
                        <label for={field("added-text")}>{ t.tr("held-added-text") }</label>
                        <input id={field("added-text")} type="text" autocomplete="off" ref={added_text}
                            onkeydown={
                                // Enter adds the question; it must not record the whole session.
                                let on_add = on_add_at_break.clone();
                                move |e: KeyboardEvent| if e.key() == "Enter" {
                                    e.prevent_default();
                                    on_add();
                                }
                            } />
                        <label for={field("added-topic")}>{ t.tr("held-added-topic") }</label>
                        <select id={field("added-topic")} ref={added_topic}>
                            <option value="">{ t.tr("held-added-topic-none") }</option>
                            { for case.topics.topics().map(|topic| html! {
                                <option value={topic.id.to_string()}>{ topic_name(&t, &topic.id) }</option>
                            }) }
                        </select>
                        <label for={field("added-outcome")}>{ t.tr("held-added-outcome") }</label>
                        <select id={field("added-outcome")} ref={added_outcome}>
                            { outcome_options(&t, QuestionOutcome::Answered) }
                        </select>
                        <button type="button" onclick={
                            let on_add = on_add_at_break.clone();
                            move |_: MouseEvent| on_add()
                        }>
                            { t.tr("held-added-add") }
                        </button>
                    </div>
                </fieldset>
            }

            <TopicPicker id_prefix={field("topics")} legend={t.tr("held-topics")}
                catalogue={case.topics.clone()} chosen={record.topics.clone()} with_coverage=true
                on_change={on_topics} />

            <label for={field("note")}>{ t.tr("held-note") }</label>
            <textarea id={field("note")} value={record.note.clone()} oninput={on_note} />

            if let Some(message) = &*problem {
                <p class="error" role="alert">{ message.clone() }</p>
            }
            <div class="actions">
                <button type="submit">
                    { t.tr(if props.correcting { "held-save-correction" } else { "held-save" }) }
                </button>
                <button type="button" class="secondary" onclick={props.on_done.reform(|_: MouseEvent| ())}>
                    { t.tr("cancel") }
                </button>
            </div>
        </form>
    }
}
