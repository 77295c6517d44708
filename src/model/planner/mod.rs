//! The planner: reads a case and says what could spare the survivor a retelling or harm.
//!
//! Each rule is one pure function over a case, returning findings; [`analyze`] runs them all.
//! A finding may carry a [`Suggestion`](crate::model::case::Suggestion), a change defined with
//! the case; [`accept`] applies one to a new case, and [`undo`] takes it back exactly.

mod accept;
mod already_told;
mod coaching;
mod consent_gate;
mod consent_view;
mod duplicate;
pub mod finding;
mod retelling;
mod roles;
pub mod similarity;
mod wellbeing;

pub use accept::{accept, undo, undo_last, PlannerError};
pub use already_told::already_told;
pub use coaching::coach_remarks;
pub use consent_gate::consent_gate;
pub use consent_view::{consent_findings, finding_purposes, latest_consent_time, offered_purposes};
pub use duplicate::duplicates;
pub use retelling::{retelling_load, retold_topics, RetellingLoad, TopicRetelling, RETOLD_LIMIT};
pub use roles::roles;
pub use wellbeing::{wellbeing, LONGEST_STRETCH_MINUTES, MOST_PEOPLE_IN_ROOM};

use super::case::Case;
use super::Timestamp;
use finding::Finding;
use serde::{Deserialize, Serialize};

/// What the planner says about a case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Analysis {
    /// In rule order (already told, duplicates, retelling, consent, wellbeing, roles, coach), then case order.
    pub findings: Vec<Finding>,
    pub retelling: RetellingLoad,
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
pub fn analyze_at(case: &Case, as_of: Timestamp) -> Analysis {
    let retelling = retelling_load(case);
    let mut findings = already_told(case, as_of);
    findings.extend(duplicates(case));
    findings.extend(retold_topics(&retelling));
    findings.extend(consent_gate(case, as_of));
    findings.extend(wellbeing(case));
    findings.extend(roles(case));
    findings.extend(coach_remarks(case));
    Analysis {
        findings,
        retelling,
    }
}
