//! The planner: reads a case and says what could spare the survivor a retelling or harm.
//!
//! Each rule is one pure function over a case, returning findings; [`analyze`] runs them all.
//! A finding may carry a [`Suggestion`](crate::model::case::Suggestion), a change defined with
//! the case; [`accept`] applies one to a new case, and [`undo`] takes it back exactly.

mod accept;
mod achieved;
mod after_session;
mod already_told;
mod coaching;
mod consent_gate;
mod consent_view;
pub mod corroboration;
mod coverage;
mod duplicate;
pub mod finding;
mod retelling;
mod roles;
pub mod similarity;
mod wellbeing;

pub use accept::{accept, undo, undo_last, PlannerError};
pub use achieved::{achieved_retelling, AchievedRetelling, TopicTold};
pub use after_session::{questions_not_carried_over, sessions_not_recorded};
pub use already_told::already_told;
pub use coaching::coach_remarks;
pub use consent_gate::consent_gate;
pub use consent_view::{
    consent_findings, depends_on_consent, finding_purposes, latest_consent_time, offered_purposes,
};
pub use corroboration::{
    corroboration, corroboration_summary, dated_request, request_options, CorroborationSummary,
    EVIDENCE_REMINDER_DAYS,
};
pub use coverage::{coverage_columns, CoverageCell, CoverageColumn, CoverageMatrix};
pub use duplicate::duplicates;
#[doc(hidden)]
pub use duplicate::duplicates_all_pairs;
pub use retelling::{retelling_load, retold_topics, RetellingLoad, TopicRetelling, RETOLD_LIMIT};
pub use roles::roles;
pub use wellbeing::{wellbeing, LONGEST_STRETCH_MINUTES, MOST_PEOPLE_IN_ROOM};

use super::case::Case;
use super::held::settled_questions;
use super::Timestamp;
use finding::Finding;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// What the planner says about a case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Analysis {
    /// In rule order (already told, duplicates, retelling, consent, wellbeing, roles, coach,
    /// corroboration), then case order.
    pub findings: Vec<Finding>,
    pub retelling: RetellingLoad,
    /// What the held sessions achieved: how often the survivor has told each topic.
    pub achieved: AchievedRetelling,
    /// How many topics of the plan evidence can corroborate (rule 8).
    // Defaulted: an analysis kept before rule 8 reads as one of a case with no evidence.
    #[serde(default)]
    pub corroboration: CorroborationSummary,
}

/// Runs every rule over the case, reading consent as of the latest event in its ledger
/// ([`latest_consent_time`]): everything recorded counts, and the same case always gives the same analysis.
pub fn analyze(case: &Case) -> Analysis {
    analyze_at(case, latest_consent_time(case))
}

/// Runs every rule over the case, reading consent as it stood at `as_of` (events recorded with a
/// later time do not count yet).
///
/// Consent for a session (taking part, recording, medical examination, photographs) is read at the
/// session's date, or at `as_of` if that is earlier: consent must be in place when the session
/// happens, and an event not yet known at `as_of` cannot count. Every other consent (sharing a
/// record, a referral) is read at `as_of`.
///
/// The rules plan what is still to come ([`still_to_plan`]); what took place counts through
/// the prior accounts that stand for the held sessions, like any other account. A plan whose
/// time has passed by `as_of` is still planned until it is recorded as held, and is flagged
/// ([`sessions_not_recorded`]); so are a held session's unasked questions while no plan
/// still to come has them ([`questions_not_carried_over`]).
pub fn analyze_at(case: &Case, as_of: Timestamp) -> Analysis {
    let achieved = achieved_retelling(case);
    // Read on the whole case: they are about what took place, which `still_to_plan` sets apart.
    let mut after_sessions = sessions_not_recorded(case, as_of);
    after_sessions.extend(questions_not_carried_over(case));
    let case: &Case = &still_to_plan(case);
    let retelling = retelling_load(case);
    let mut findings = already_told(case, as_of);
    findings.extend(after_sessions);
    findings.extend(duplicates(case));
    findings.extend(retold_topics(&retelling));
    findings.extend(consent_gate(case, as_of));
    findings.extend(wellbeing(case));
    findings.extend(roles(case));
    findings.extend(coach_remarks(case));
    findings.extend(corroboration(case, as_of));
    Analysis {
        findings,
        retelling,
        achieved,
        corroboration: corroboration_summary(case),
    }
}

/// The case as the rules plan it: the plans of sessions still to come, and the questions left
/// to ask. A held session's plan is history, and a question it settled (asked, or no longer
/// needed) is not to be asked again; what the survivor told there stands in the prior account
/// linked to it, which stays. Borrowed as it is while no session was held.
pub fn still_to_plan(case: &Case) -> Cow<'_, Case> {
    if case.held_sessions.is_empty() {
        return Cow::Borrowed(case);
    }
    let settled = settled_questions(case);
    let questions = case
        .questions
        .iter()
        .filter(|q| !settled.contains(&q.id))
        .cloned()
        .collect();
    let sessions = case
        .sessions
        .iter()
        .filter(|plan| case.held_session(&plan.id).is_none())
        .map(|plan| {
            let mut plan = plan.clone();
            plan.questions.retain(|id| !settled.contains(id));
            plan
        })
        .collect();
    Cow::Owned(Case {
        id: case.id.clone(),
        code: case.code.clone(),
        fictional: case.fictional,
        profile: case.profile.clone(),
        agencies: case.agencies.clone(),
        topics: case.topics.clone(),
        prior_accounts: case.prior_accounts.clone(),
        questions,
        sessions,
        held_sessions: case.held_sessions.clone(),
        // No rule reads the requests sent to agencies.
        question_requests: Vec::new(),
        evidence: case.evidence.clone(),
        evidence_guidance: case.evidence_guidance.clone(),
        consent: case.consent.clone(),
        referrals: case.referrals.clone(),
        accepted: case.accepted.clone(),
        // No rule reads the history, which can be long.
        history: Vec::new(),
    })
}
