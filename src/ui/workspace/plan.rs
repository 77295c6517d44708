//! The interview plan as the team prints it: one session per page, who is in the room and in
//! which role, the breaks, and the questions in PEACE order, each credited to its agencies; and
//! the interviewer brief of one session, for the lead interviewer, which by default leaves out
//! what earlier accounts said (the blind-interviewer practice of child advocacy centres).

use crate::i18n::Translator;
use crate::model::case::{AttendeeRole, Case, Question, SessionPlan};
use crate::model::evidence::EvidenceStatus;
use crate::model::{AgencyId, SessionId};
use crate::ui::format::{date, date_time};
use crate::ui::hooks::use_translator;
use crate::ui::language_names;
use crate::ui::workspace::analysis::{achieved_headline, corroboration_line};
use crate::ui::workspace::labels::{
    account_summary, agency_name, agency_names, attendee_role_name, coverage_name,
    evidence_kind_name, evidence_status_name, location_name, phase_name, session_name, topic_name,
    PEACE_PHASES,
};
use crate::ui::workspace::section::SectionProps;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// One session, as printed.
/// The questions of a session still to be asked, in the plan's order.
fn asked_questions<'a>(case: &'a Case, session: &SessionPlan) -> Vec<&'a Question> {
    session
        .questions
        .iter()
        .filter_map(|id| case.question(id))
        .filter(|q| q.is_asked())
        .collect()
}

/// The planned breaks, as "after 40 minutes, after 75 minutes".
fn breaks_text(t: &Translator, session: &SessionPlan) -> String {
    if session.breaks.is_empty() {
        t.tr("plan-breaks-none")
    } else {
        session
            .breaks
            .iter()
            .map(|minute| t.tr_with("plan-break-at", &[("minute", (*minute).into())]))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// Whether and where the question break comes.
fn question_break_text(t: &Translator, session: &SessionPlan) -> String {
    t.tr(if session.has_question_break() {
        "plan-question-break-yes"
    } else {
        "plan-question-break-no"
    })
}

/// Where, how long, the breaks, the question break and the languages: the facts of a session
/// that the plan and the brief both give, as items of their list. The survivor's language
/// stands beside the session's so that the room knows whom the interpreter is for.
fn session_facts(t: &Translator, case: &Case, session: &SessionPlan) -> Html {
    html! {
        <>
            <dt>{ t.tr("plan-place") }</dt>
            <dd>{ format!("{} ({})", session.place, location_name(t, session.location)) }</dd>
            <dt>{ t.tr("plan-duration") }</dt>
            <dd>{ t.tr_with("plan-minutes", &[("minutes", session.duration_minutes.into())]) }</dd>
            <dt>{ t.tr("plan-breaks") }</dt>
            <dd>{ breaks_text(t, session) }</dd>
            <dt>{ t.tr("plan-question-break") }</dt>
            <dd>{ question_break_text(t, session) }</dd>
            <dt>{ t.tr("plan-language") }</dt>
            <dd>{ language_names::shown(t, &session.language) }</dd>
            <dt>{ t.tr("plan-survivor-language") }</dt>
            <dd>{ language_names::shown(t, &case.profile.language) }</dd>
        </>
    }
}

/// The questions by PEACE phase; `credits` adds the agencies each is asked for.
fn questions_by_phase(t: &Translator, case: &Case, questions: &[&Question], credits: bool) -> Html {
    html! {
        { for PEACE_PHASES.iter().filter(|phase| questions.iter().any(|q| q.phase == **phase)).map(|phase| html! {
            <section class="plan-phase">
                <h5>{ phase_name(t, *phase) }</h5>
                <ol>
                    { for questions.iter().filter(|q| q.phase == *phase).map(|q| html! {
                        <li>
                            { q.text.clone() }
                            if credits {
                                <span class="plan-credit">
                                    { t.tr_with("plan-asked-for", &[("agencies", agency_names(t, case, &q.served_agencies()).into())]) }
                                </span>
                            }
                        </li>
                    }) }
                </ol>
            </section>
        }) }
    }
}

/// What the survivor has already told, account by account: the ledger as the team reads it.
fn accounts_told(t: &Translator, case: &Case) -> Html {
    html! {
        <section class="print-session" aria-labelledby="plan-told">
            <h3 id="plan-told">{ t.tr("plan-told") }</h3>
            if case.prior_accounts.is_empty() {
                <p>{ t.tr("plan-told-none") }</p>
            }
            <ul>
                { for case.prior_accounts.iter().map(|account| html! {
                    <li>
                        { account_summary(t, case, account) }{ ": " }
                        { account.topics.iter()
                            .map(|c| format!("{} ({})", topic_name(t, &c.topic), coverage_name(t, c.coverage)))
                            .collect::<Vec<_>>().join(", ") }
                    </li>
                }) }
            </ul>
        </section>
    }
}

/// The evidence requests, agency by agency, with where each stands: what the team is to obtain
/// so that the survivor is not pressed on what records can prove. The interviewer brief leaves
/// this out, as it leaves out what earlier accounts said.
fn evidence_requests(t: &Translator, case: &Case) -> Html {
    let holders: Vec<&AgencyId> = case.agencies.iter().map(|a| &a.id).collect();
    html! {
        <section class="print-session" aria-labelledby="plan-evidence">
            <h3 id="plan-evidence">{ t.tr("plan-evidence") }</h3>
            if case.evidence.is_empty() {
                <p>{ t.tr("plan-evidence-none") }</p>
            }
            { for holders.into_iter().filter(|agency| case.evidence.iter().any(|e| &e.agency == *agency)).map(|agency| html! {
                <>
                    <h4>{ agency_name(t, case, agency) }</h4>
                    <ul>
                        { for case.evidence.iter().filter(|e| &e.agency == agency).map(|item| html! {
                            <li>
                                { t.tr_with("plan-evidence-line", &[
                                    ("item", item.description.clone().into()),
                                    ("kind", evidence_kind_name(t, item.kind).into()),
                                    ("status", evidence_status_name(t, &item.status).into()),
                                    ("dates", evidence_dates(t, &item.status).into()),
                                ]) }
                            </li>
                        }) }
                    </ul>
                </>
            }) }
        </section>
    }
}

/// The dates of an evidence item's status, as the printed plan gives them after its status
/// (", requested 3 March 2026, obtained 20 March 2026"); nothing for an item still to request.
fn evidence_dates(t: &Translator, status: &EvidenceStatus) -> String {
    let day = |id: &str, at| t.tr_with(id, &[("date", date(at, t.locale()).into())]);
    let parts = match status {
        EvidenceStatus::ToRequest => Vec::new(),
        EvidenceStatus::Requested { at } => vec![day("plan-evidence-requested", *at)],
        EvidenceStatus::Obtained { requested_at, at } => requested_at
            .map(|requested| day("plan-evidence-requested", requested))
            .into_iter()
            .chain([day("plan-evidence-obtained", *at)])
            .collect(),
        EvidenceStatus::NotObtainable { at, why } => {
            vec![day("plan-evidence-not-obtainable", *at), why.clone()]
        }
    };
    parts.iter().map(|part| format!(", {part}")).collect()
}

fn session_sheet(t: &Translator, case: &Case, number: usize, session: &SessionPlan) -> Html {
    let questions = asked_questions(case, session);
    let lead: Vec<_> = session.with_role(AttendeeRole::LeadInterviewer).collect();
    html! {
        <article class="print-session" aria-labelledby={format!("plan-session-{number}")}>
            <h3 id={format!("plan-session-{number}")}>
                { t.tr_with("plan-session-heading", &[
                    ("number", number.into()),
                    ("date", date_time(session.date, t.locale()).into()),
                ]) }
            </h3>
            <dl class="plan-facts">
                { session_facts(t, case, session) }
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
            { questions_by_phase(t, case, &questions, true) }
        </article>
    }
}

/// The interviewer brief of one session: what the lead interviewer needs in the room, and,
/// unless the team chose otherwise for this session, nothing of what earlier accounts said.
fn interviewer_brief(t: &Translator, case: &Case, session: &SessionPlan) -> Html {
    let questions = asked_questions(case, session);
    let profile = &case.profile;
    html! {
        <article class="plan printable" aria-labelledby="brief-title">
            <h2 id="brief-title">{ t.tr_with("brief-title", &[("code", case.code.clone().into())]) }</h2>
            <p class="plan-confidential">{ t.tr("plan-confidential") }</p>
            <h3>{ session_name(t, case, &session.id) }</h3>
            <dl class="plan-facts">
                { session_facts(t, case, session) }
                <dt>{ t.tr("brief-interpreter") }</dt>
                <dd>{ t.tr(if profile.interpreter_needed { "brief-yes" } else { "brief-no" }) }</dd>
            </dl>
            <h4>{ t.tr("brief-accommodations") }</h4>
            if profile.accommodations.is_empty() {
                <p>{ t.tr("brief-none") }</p>
            } else {
                <ul>{ for profile.accommodations.iter().map(|a| html! { <li>{ a.clone() }</li> }) }</ul>
            }
            <h4>{ t.tr("brief-avoid") }</h4>
            if profile.avoid_topics.is_empty() {
                <p>{ t.tr("brief-none") }</p>
            } else {
                <ul>{ for profile.avoid_topics.iter().map(|topic| html! { <li>{ topic_name(t, topic) }</li> }) }</ul>
            }
            <h4>{ t.tr("plan-questions") }</h4>
            if questions.is_empty() {
                <p>{ t.tr("plan-questions-none") }</p>
            }
            { questions_by_phase(t, case, &questions, false) }
            if session.brief_names_accounts {
                { accounts_told(t, case) }
            } else {
                <p class="brief-blind">{ t.tr("brief-blind") }</p>
            }
        </article>
    }
}

#[component]
pub fn PlanSection(props: &SectionProps) -> Html {
    let t = use_translator();
    // The session whose interviewer brief is shown and printed; the full plan while `None`.
    let brief = use_state_eq(|| None::<SessionId>);
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
    let brief_session = (*brief)
        .as_ref()
        .and_then(|id| sessions.iter().copied().find(|s| &s.id == id));
    let on_document = {
        let brief = brief.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            brief.set((!value.is_empty()).then(|| SessionId::new(value)));
        })
    };
    html! {
        <>
            <section class="panel no-print" aria-labelledby="plan-tools-heading">
                <h2 id="plan-tools-heading">{ t.tr("plan-heading") }</h2>
                <p class="hint">{ t.tr("plan-intro") }</p>
                <label for="plan-document">{ t.tr("plan-document") }</label>
                <select id="plan-document" onchange={on_document}>
                    <option value="" selected={brief_session.is_none()}>{ t.tr("plan-document-full") }</option>
                    { for sessions.iter().map(|s| html! {
                        <option value={s.id.to_string()} selected={brief_session.is_some_and(|b| b.id == s.id)}>
                            { t.tr_with("plan-document-brief", &[("session", session_name(&t, case, &s.id).into())]) }
                        </option>
                    }) }
                </select>
                <button type="button" onclick={print}>
                    { t.tr(if brief_session.is_some() { "plan-print-brief" } else { "plan-print" }) }
                </button>
            </section>
            if let Some(session) = brief_session {
                { interviewer_brief(&t, case, session) }
            } else {
            <article class="plan printable" aria-labelledby="plan-title">
                <h2 id="plan-title">{ t.tr_with("plan-title", &[("code", case.code.clone().into())]) }</h2>
                <p class="plan-confidential">{ t.tr("plan-confidential") }</p>
                <p>{ t.tr_with("headline-avoided", &[("count", avoided.into())]) }</p>
                if let Some(achieved) = achieved_headline(&t, case, &props.analysis) {
                    <p>{ achieved }</p>
                }
                <p>{ corroboration_line(&t, &props.analysis) }</p>
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
                { accounts_told(&t, case) }
                { evidence_requests(&t, case) }
            </article>
            }
        </>
    }
}
