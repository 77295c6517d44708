//! Rule 1 after a session (PEACE's Evaluate): a session that took place counts as told only once
//! it is recorded as held, and what it did not ask must reach a later plan.

use super::finding::{Finding, FindingKind, FindingSubject, Severity};
use crate::model::case::{Case, SessionPlan};
use crate::model::held::carry_over_offer;
use crate::model::{QuestionId, Timestamp};

const MINUTE_MS: i64 = 60_000;

/// When the plan was to end.
fn planned_end(plan: &SessionPlan) -> Timestamp {
    Timestamp(
        plan.date
            .0
            .saturating_add(i64::from(plan.duration_minutes) * MINUTE_MS),
    )
}

/// Every plan whose time had passed at `at` (it was to end before then) and that is not
/// recorded as held: until it is, what the survivor told there stands in no prior account.
pub fn sessions_not_recorded(case: &Case, at: Timestamp) -> Vec<Finding> {
    case.sessions
        .iter()
        .filter(|plan| planned_end(plan) < at && case.held_session(&plan.id).is_none())
        .map(|plan| Finding {
            kind: FindingKind::SessionNotRecorded,
            severity: Severity::Warning,
            concerns: vec![FindingSubject::Session(plan.id.clone())],
            explanation: format!(
                "Session {} was planned to end before now and is not recorded as held: record what happened, or the next plan asks again what was told (if it did not take place, move or remove the plan).",
                plan.id
            ),
            suggestion: None,
        })
        .collect()
}

/// Every held session whose unasked questions carry over ([`carry_over_offer`]) and are in no
/// plan still to come: one finding per held session, naming it and the questions.
pub fn questions_not_carried_over(case: &Case) -> Vec<Finding> {
    case.held_sessions
        .iter()
        .filter_map(|held| {
            let open = carry_over_offer(case, &held.session);
            if open.is_empty() {
                return None;
            }
            let names = open
                .iter()
                .map(QuestionId::as_str)
                .collect::<Vec<_>>()
                .join(", ");
            let mut concerns = vec![FindingSubject::Session(held.session.clone())];
            concerns.extend(open.into_iter().map(FindingSubject::Question));
            Some(Finding {
                kind: FindingKind::NotCarriedOver,
                severity: Severity::Warning,
                concerns,
                explanation: format!(
                    "Held session {} did not ask {names}, and no plan still to come has them: carry them over to the next session.",
                    held.session
                ),
                suggestion: None,
            })
        })
        .collect()
}
