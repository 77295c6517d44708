//! Rule 5, wellbeing: a session plan that risks harming the survivor.

use super::finding::{topic_list, Finding, FindingKind, FindingSubject, Severity};
use crate::model::case::{Case, LocationKind, PeacePhase, Question, SessionPlan};
use crate::model::{QuestionId, TopicId};
use std::collections::{HashMap, HashSet};

/// The longest stretch, in minutes, a session may go without a break.
pub const LONGEST_STRETCH_MINUTES: u32 = 90;
/// The most people allowed in the room besides the survivor.
pub const MOST_PEOPLE_IN_ROOM: usize = 4;

/// Rule 5 over every session, and over the questions for topics the survivor asked to avoid.
pub fn wellbeing(case: &Case) -> Vec<Finding> {
    let questions: HashMap<&QuestionId, &Question> =
        case.questions.iter().map(|q| (&q.id, &**q)).collect();
    let sensitive: HashSet<&TopicId> = case
        .topics
        .topics()
        .filter(|topic| topic.sensitive)
        .map(|topic| &topic.id)
        .collect();
    let mut findings = Vec::new();
    for session in &case.sessions {
        findings.extend(long_without_break(session));
        findings.extend(too_many_attendees(session));
        findings.extend(interpreter_missing(case, session));
        findings.extend(no_support_person(session));
        findings.extend(intimidating_location(session));
        findings.extend(sensitive_before_rapport(session, &questions, &sensitive));
    }
    findings.extend(avoided_topics(case));
    findings
}

fn session_finding(
    kind: FindingKind,
    severity: Severity,
    session: &SessionPlan,
    explanation: String,
) -> Finding {
    Finding {
        kind,
        severity,
        concerns: vec![FindingSubject::Session(session.id.clone())],
        explanation,
        suggestion: None,
    }
}

fn long_without_break(session: &SessionPlan) -> Option<Finding> {
    let mut marks: Vec<u32> = session
        .breaks
        .iter()
        .copied()
        .filter(|&at| at < session.duration_minutes)
        .collect();
    marks.push(0);
    marks.push(session.duration_minutes);
    marks.sort_unstable();
    let longest = marks.windows(2).map(|w| w[1] - w[0]).max().unwrap_or(0);
    (longest > LONGEST_STRETCH_MINUTES).then(|| {
        session_finding(
            FindingKind::LongWithoutBreak,
            Severity::Warning,
            session,
            format!(
                "Session {} goes {longest} minutes without a break; plan a break at least every {LONGEST_STRETCH_MINUTES} minutes.",
                session.id
            ),
        )
    })
}

fn too_many_attendees(session: &SessionPlan) -> Option<Finding> {
    let people = session.people_in_room();
    (people > MOST_PEOPLE_IN_ROOM).then(|| {
        session_finding(
            FindingKind::TooManyAttendees,
            Severity::Warning,
            session,
            format!(
                "Session {} has {people} people in the room besides the survivor; keep it to {MOST_PEOPLE_IN_ROOM} \
                 or fewer, and let others follow from another room.",
                session.id
            ),
        )
    })
}

fn interpreter_missing(case: &Case, session: &SessionPlan) -> Option<Finding> {
    let differs = !session.language.same_language(&case.profile.language);
    let needed = differs || case.profile.interpreter_needed;
    (needed && session.interpreter().is_none()).then(|| {
        let why = if differs {
            format!(
                "the survivor's language ({}) differs from the session's ({})",
                case.profile.language.0, session.language.0
            )
        } else {
            "the survivor's profile says an interpreter is needed".to_owned()
        };
        session_finding(
            FindingKind::InterpreterMissing,
            Severity::Blocking,
            session,
            format!("Session {} has no interpreter, but {why}.", session.id),
        )
    })
}

fn no_support_person(session: &SessionPlan) -> Option<Finding> {
    (session.support_person().is_none() && !session.support_person_declined).then(|| {
        session_finding(
            FindingKind::NoSupportPerson,
            Severity::Warning,
            session,
            format!(
                "No support person attends session {}, and none is recorded as offered and declined. \
                 Offer the survivor a support person.",
                session.id
            ),
        )
    })
}

fn intimidating_location(session: &SessionPlan) -> Option<Finding> {
    let place = match session.location {
        LocationKind::PoliceStation => "a police station",
        LocationKind::ImmigrationOffice => "an immigration office",
        _ => return None,
    };
    Some(session_finding(
        FindingKind::IntimidatingLocation,
        Severity::Warning,
        session,
        format!(
            "Session {} is held at {place}, which can frighten a survivor. Prefer a neutral, NGO or child-friendly room.",
            session.id
        ),
    ))
}

fn sensitive_before_rapport(
    session: &SessionPlan,
    questions: &HashMap<&QuestionId, &Question>,
    sensitive: &HashSet<&TopicId>,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    for id in &session.questions {
        let Some(question) = questions.get(id).filter(|q| q.is_asked()) else {
            continue;
        };
        if question.phase == PeacePhase::Engage {
            break;
        }
        let touched: Vec<TopicId> = question
            .topics
            .iter()
            .filter(|t| sensitive.contains(t))
            .cloned()
            .collect();
        if !touched.is_empty() {
            findings.push(Finding {
                kind: FindingKind::SensitiveBeforeRapport,
                severity: Severity::Warning,
                concerns: vec![
                    FindingSubject::Session(session.id.clone()),
                    FindingSubject::Question(question.id.clone()),
                ],
                explanation: format!(
                    "In session {}, question {} asks about sensitive topics ({}) before any rapport (Engage) question. \
                     Move it after the Engage questions.",
                    session.id,
                    question.id,
                    topic_list(&touched)
                ),
                suggestion: None,
            });
        }
    }
    findings
}

fn avoided_topics(case: &Case) -> Vec<Finding> {
    let avoid = &case.profile.avoid_topics;
    if avoid.is_empty() {
        return Vec::new();
    }
    case.questions
        .iter()
        .filter(|q| q.is_asked())
        .filter_map(|question| {
            let touched: Vec<TopicId> = question
                .topics
                .iter()
                .filter(|t| avoid.contains(t))
                .cloned()
                .collect();
            (!touched.is_empty()).then(|| Finding {
                kind: FindingKind::AvoidedTopic,
                severity: Severity::Warning,
                concerns: vec![FindingSubject::Question(question.id.clone())],
                explanation: format!(
                    "Question {} asks about {}, which the survivor asked not to be asked about. \
                     Drop it, or agree with the survivor beforehand how to approach it.",
                    question.id,
                    topic_list(&touched)
                ),
                suggestion: None,
            })
        })
        .collect()
}
