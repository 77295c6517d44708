//! The interview plan as the team prints it: one session per page, who is in the room and in
//! which role, the breaks, and the questions in PEACE order, each credited to its agencies.

use crate::i18n::Translator;
use crate::model::case::{AttendeeRole, Case, SessionPlan};
use crate::ui::format::date_time;
use crate::ui::hooks::use_translator;
use crate::ui::workspace::labels::{
    agency_names, attendee_role_name, location_name, phase_name, PEACE_PHASES,
};
use crate::ui::workspace::section::SectionProps;
use yew::prelude::*;

/// One session, as printed.
fn session_sheet(t: &Translator, case: &Case, number: usize, session: &SessionPlan) -> Html {
    let questions: Vec<_> = session
        .questions
        .iter()
        .filter_map(|id| case.question(id))
        .filter(|q| q.is_asked())
        .collect();
    let lead: Vec<_> = session.with_role(AttendeeRole::LeadInterviewer).collect();
    let breaks = if session.breaks.is_empty() {
        t.tr("plan-breaks-none")
    } else {
        session
            .breaks
            .iter()
            .map(|minute| t.tr_with("plan-break-at", &[("minute", (*minute).into())]))
            .collect::<Vec<_>>()
            .join(", ")
    };
    html! {
        <article class="print-session" aria-labelledby={format!("plan-session-{number}")}>
            <h3 id={format!("plan-session-{number}")}>
                { t.tr_with("plan-session-heading", &[
                    ("number", number.into()),
                    ("date", date_time(session.date, t.locale()).into()),
                ]) }
            </h3>
            <dl class="plan-facts">
                <dt>{ t.tr("plan-place") }</dt>
                <dd>{ format!("{} ({})", session.place, location_name(t, session.location)) }</dd>
                <dt>{ t.tr("plan-duration") }</dt>
                <dd>{ t.tr_with("plan-minutes", &[("minutes", session.duration_minutes.into())]) }</dd>
                <dt>{ t.tr("plan-breaks") }</dt>
                <dd>{ breaks }</dd>
                <dt>{ t.tr("plan-language") }</dt>
                <dd>{ session.language.0.clone() }</dd>
                <dt>{ t.tr("plan-lead") }</dt>
                <dd>{ lead.iter().map(|a| a.name.clone()).collect::<Vec<_>>().join(", ") }</dd>
            </dl>
            <h4>{ t.tr("plan-attendees") }</h4>
            <ul>
                { for session.attendees.iter().map(|a| html! {
                    <li>{ format!("{} — {}", a.name, attendee_role_name(t, a.role)) }</li>
                }) }
            </ul>
            <h4>{ t.tr("plan-questions") }</h4>
            if questions.is_empty() {
                <p>{ t.tr("plan-questions-none") }</p>
            }
            { for PEACE_PHASES.iter().filter(|phase| questions.iter().any(|q| q.phase == **phase)).map(|phase| html! {
                <section class="plan-phase">
                    <h5>{ phase_name(t, *phase) }</h5>
                    <ol>
                        { for questions.iter().filter(|q| q.phase == *phase).map(|q| html! {
                            <li>
                                { q.text.clone() }
                                <span class="plan-credit">
                                    { t.tr_with("plan-asked-for", &[("agencies", agency_names(t, case, &q.served_agencies()).into())]) }
                                </span>
                            </li>
                        }) }
                    </ol>
                </section>
            }) }
        </article>
    }
}

#[component]
pub fn PlanSection(props: &SectionProps) -> Html {
    let t = use_translator();
    let case = &props.case;
    let mut sessions: Vec<_> = case.sessions.iter().collect();
    sessions.sort_by_key(|s| s.date);
    let unplaced: Vec<_> = case
        .questions
        .iter()
        .filter(|q| q.is_asked())
        .filter(|q| !case.sessions.iter().any(|s| s.questions.contains(&q.id)))
        .collect();
    let print = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().print();
    });
    let avoided = props.analysis.retelling.repeated_questions_avoided;
    html! {
        <>
            <section class="panel no-print" aria-labelledby="plan-tools-heading">
                <h2 id="plan-tools-heading">{ t.tr("plan-heading") }</h2>
                <p class="hint">{ t.tr("plan-intro") }</p>
                <button type="button" onclick={print}>{ t.tr("plan-print") }</button>
            </section>
            <article class="plan printable" aria-labelledby="plan-title">
                <h2 id="plan-title">{ t.tr_with("plan-title", &[("code", case.code.clone().into())]) }</h2>
                <p class="plan-confidential">{ t.tr("plan-confidential") }</p>
                <p>{ t.tr_with("headline-avoided", &[("count", avoided.into())]) }</p>
                if sessions.is_empty() {
                    <p>{ t.tr("plan-sessions-none") }</p>
                }
                { for sessions.iter().enumerate().map(|(i, s)| session_sheet(&t, case, i + 1, s)) }
                if !unplaced.is_empty() {
                    <section class="print-session" aria-labelledby="plan-unplaced">
                        <h3 id="plan-unplaced">{ t.tr("plan-unplaced") }</h3>
                        <ul>
                            { for unplaced.iter().map(|q| html! {
                                <li>{ format!("{} ({})", q.text, phase_name(&t, q.phase)) }</li>
                            }) }
                        </ul>
                    </section>
                }
            </article>
        </>
    }
}
