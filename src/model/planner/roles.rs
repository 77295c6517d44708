//! Rule 6, roles: exactly one lead interviewer asks every agency's questions, and exactly one
//! official note-taker keeps the record, in every session.

use super::finding::{Finding, FindingKind, FindingSubject, Severity};
use crate::model::case::{AttendeeRole, Case, SessionPlan};

/// Rule 6 over every session.
pub fn roles(case: &Case) -> Vec<Finding> {
    let mut findings = Vec::new();
    for session in &case.sessions {
        findings.extend(role_count(
            session,
            AttendeeRole::LeadInterviewer,
            (
                FindingKind::NoLeadInterviewer,
                Severity::Blocking,
                "has no lead interviewer: name one person who asks every agency's questions",
            ),
            (
                FindingKind::SeveralLeadInterviewers,
                Severity::Warning,
                "lead interviewers: keep one, who asks for every agency; the others may observe",
            ),
        ));
        findings.extend(role_count(
            session,
            AttendeeRole::NoteTaker,
            (
                FindingKind::NoNoteTaker,
                Severity::Warning,
                "has no note-taker: name one official note-taker",
            ),
            (
                FindingKind::SeveralNoteTakers,
                Severity::Warning,
                "note-takers: keep one official record, since several records of one interview can contradict each other",
            ),
        ));
    }
    findings
}

fn role_count(
    session: &SessionPlan,
    role: AttendeeRole,
    none: (FindingKind, Severity, &str),
    several: (FindingKind, Severity, &str),
) -> Option<Finding> {
    let count = session.with_role(role).count();
    let (kind, severity, explanation) = match count {
        1 => return None,
        0 => (
            none.0,
            none.1,
            format!("Session {} {}.", session.id, none.2),
        ),
        n => (
            several.0,
            several.1,
            format!("Session {} has {n} {}.", session.id, several.2),
        ),
    };
    Some(Finding {
        kind,
        severity,
        concerns: vec![FindingSubject::Session(session.id.clone())],
        explanation,
        suggestion: None,
    })
}
