//! The planner: reads a case and says what could spare the survivor a retelling or harm.
//!
//! Each rule is one pure function over a case, returning findings; [`analyze`] runs them all.
//! A finding may carry a [`Suggestion`] (a change to the case, so defined with the case);
//! [`accept`] applies one to a new case, and [`undo`] takes it back exactly.

mod accept;
mod already_told;
mod coaching;
mod consent_gate;
mod consent_view;
mod duplicate;
mod retelling;
mod roles;
pub mod similarity;
mod wellbeing;

pub use accept::{accept, undo, undo_last, PlannerError};
pub use already_told::already_told;
pub use coaching::coach_remarks;
pub use consent_gate::consent_gate;
pub use consent_view::latest_consent_time;
pub use duplicate::duplicates;
pub use retelling::{retelling_load, retold_topics, RetellingLoad, TopicRetelling, RETOLD_LIMIT};
pub use roles::roles;
pub use wellbeing::{wellbeing, LONGEST_STRETCH_MINUTES, MOST_PEOPLE_IN_ROOM};

use super::case::{Case, Suggestion};
use super::coach::Trigger;
use super::consent::ConsentPurpose;
use super::{AgencyId, PriorAccountId, QuestionId, ReferralId, SessionId, Timestamp, TopicId};
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

/// The planner's rules, numbered 1 to 7 as DESIGN lists them, in the order the planner runs them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    AlreadyTold,
    Duplicates,
    Retelling,
    Consent,
    Wellbeing,
    Roles,
    Coach,
}

impl Rule {
    pub const ALL: [Rule; 7] = [
        Rule::AlreadyTold,
        Rule::Duplicates,
        Rule::Retelling,
        Rule::Consent,
        Rule::Wellbeing,
        Rule::Roles,
        Rule::Coach,
    ];

    /// The rule's number in DESIGN (1-7).
    pub fn number(self) -> u8 {
        match self {
            Rule::AlreadyTold => 1,
            Rule::Duplicates => 2,
            Rule::Retelling => 3,
            Rule::Consent => 4,
            Rule::Wellbeing => 5,
            Rule::Roles => 6,
            Rule::Coach => 7,
        }
    }

    /// A stable name, for message ids and element ids.
    pub fn slug(self) -> &'static str {
        match self {
            Rule::AlreadyTold => "already-told",
            Rule::Duplicates => "duplicates",
            Rule::Retelling => "retelling",
            Rule::Consent => "consent",
            Rule::Wellbeing => "wellbeing",
            Rule::Roles => "roles",
            Rule::Coach => "coach",
        }
    }
}

/// What kind of finding it is. The serde names are stable: the UI keys its messages on them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// Rule 1: a record the team may read already answers the question.
    AlreadyTold,
    /// Rule 1: a record answers the question, but the survivor has not agreed to share it with the asking agency.
    ConsentToShareMissing,
    /// Rule 1: a question set aside for share consent can now be answered from the record.
    ShareConsentGiven,
    /// Rule 1: the survivor declined or withdrew the share consent a set-aside question waits for.
    ShareConsentRefused,
    /// Rule 2: agencies ask the same thing in near-identical words.
    DuplicateQuestion,
    /// Rule 3: the survivor would tell this topic more than [`RETOLD_LIMIT`] times.
    RetoldTopic,
    /// Rule 4: no consent recorded for an item that needs it.
    ConsentMissing,
    /// Rule 4: the survivor declined the consent an item needs.
    ConsentDeclined,
    /// Rule 4: the survivor withdrew the consent an item needs.
    ConsentWithdrawn,
    /// Rule 5: more than [`LONGEST_STRETCH_MINUTES`] without a break.
    LongWithoutBreak,
    /// Rule 5: more than [`MOST_PEOPLE_IN_ROOM`] people in the room besides the survivor.
    TooManyAttendees,
    /// Rule 5: the survivor needs an interpreter and none attends.
    InterpreterMissing,
    /// Rule 5: no support person attends and none was offered and declined.
    NoSupportPerson,
    /// Rule 5: a police station or immigration office.
    IntimidatingLocation,
    /// Rule 5: a sensitive topic is asked before any rapport (Engage) question.
    SensitiveBeforeRapport,
    /// Rule 5: a question touches a topic the survivor asked to avoid.
    AvoidedTopic,
    /// Rule 6.
    NoLeadInterviewer,
    /// Rule 6.
    SeveralLeadInterviewers,
    /// Rule 6.
    NoNoteTaker,
    /// Rule 6.
    SeveralNoteTakers,
    /// Rule 7: question coach remarks.
    CoachLeading,
    CoachCompound,
    CoachForcedChoice,
    CoachWhy,
    CoachJargon,
    CoachClosedInFreeRecall,
}

impl FindingKind {
    /// The rule that reports findings of this kind.
    pub fn rule(self) -> Rule {
        use FindingKind::*;
        match self {
            AlreadyTold | ConsentToShareMissing | ShareConsentGiven | ShareConsentRefused => {
                Rule::AlreadyTold
            }
            DuplicateQuestion => Rule::Duplicates,
            RetoldTopic => Rule::Retelling,
            ConsentMissing | ConsentDeclined | ConsentWithdrawn => Rule::Consent,
            LongWithoutBreak
            | TooManyAttendees
            | InterpreterMissing
            | NoSupportPerson
            | IntimidatingLocation
            | SensitiveBeforeRapport
            | AvoidedTopic => Rule::Wellbeing,
            NoLeadInterviewer | SeveralLeadInterviewers | NoNoteTaker | SeveralNoteTakers => {
                Rule::Roles
            }
            CoachLeading
            | CoachCompound
            | CoachForcedChoice
            | CoachWhy
            | CoachJargon
            | CoachClosedInFreeRecall => Rule::Coach,
        }
    }
}

/// How much a finding matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Info,
    Warning,
    /// The item must not go ahead as planned.
    Blocking,
}

/// What a finding is about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingSubject {
    Question(QuestionId),
    /// The words of a question that a coach remark is about.
    Wording {
        question: QuestionId,
        trigger: Trigger,
    },
    Session(SessionId),
    PriorAccount(PriorAccountId),
    ConsentPurpose(ConsentPurpose),
    Referral(ReferralId),
    Topic(TopicId),
    Agency(AgencyId),
}

/// One thing the planner says about the case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Finding {
    pub kind: FindingKind,
    pub severity: Severity,
    pub concerns: Vec<FindingSubject>,
    /// Plain English; the UI translates by `kind`.
    pub explanation: String,
    pub suggestion: Option<Suggestion>,
}

/// Topic ids joined for an explanation.
fn topic_list(topics: &[TopicId]) -> String {
    topics
        .iter()
        .map(TopicId::as_str)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Agency ids joined for an explanation.
fn agency_list(agencies: &[AgencyId]) -> String {
    agencies
        .iter()
        .map(AgencyId::as_str)
        .collect::<Vec<_>>()
        .join(", ")
}
