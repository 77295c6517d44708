//! What the planner says: a finding, its kind and the rule behind it, how much it matters and
//! what it is about. Every rule builds findings from these; the planner's [`analyze`](super::analyze)
//! gathers them.

use crate::model::case::Suggestion;
use crate::model::coach::Trigger;
use crate::model::consent::ConsentPurpose;
use crate::model::{
    AgencyId, EvidenceId, PriorAccountId, QuestionId, ReferralId, SessionId, TopicId,
};
use serde::{Deserialize, Serialize};

/// The planner's rules, numbered 1 to 8 as DESIGN lists them, in the order the planner runs them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    AlreadyTold,
    Duplicates,
    Retelling,
    Consent,
    Wellbeing,
    Roles,
    Coach,
    Corroboration,
}

impl Rule {
    pub const ALL: [Rule; 8] = [
        Rule::AlreadyTold,
        Rule::Duplicates,
        Rule::Retelling,
        Rule::Consent,
        Rule::Wellbeing,
        Rule::Roles,
        Rule::Coach,
        Rule::Corroboration,
    ];

    /// The rule's number in DESIGN (1-8).
    pub fn number(self) -> u8 {
        match self {
            Rule::AlreadyTold => 1,
            Rule::Duplicates => 2,
            Rule::Retelling => 3,
            Rule::Consent => 4,
            Rule::Wellbeing => 5,
            Rule::Roles => 6,
            Rule::Coach => 7,
            Rule::Corroboration => 8,
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
            Rule::Corroboration => "corroboration",
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
    /// Rule 1: a session's planned time has passed and it is not recorded as held, so what the
    /// survivor told there is in no record and the next plan would ask it again.
    SessionNotRecorded,
    /// Rule 1: a held session did not ask questions that carry over, and no plan still to come has them.
    NotCarriedOver,
    /// Rule 2: agencies ask the same thing in near-identical words.
    DuplicateQuestion,
    /// Rule 3: the survivor would tell this topic more than [`RETOLD_LIMIT`](super::RETOLD_LIMIT) times.
    RetoldTopic,
    /// Rule 4: no consent recorded for an item that needs it.
    ConsentMissing,
    /// Rule 4: the survivor declined the consent an item needs.
    ConsentDeclined,
    /// Rule 4: the survivor withdrew the consent an item needs.
    ConsentWithdrawn,
    /// Rule 5: more than [`LONGEST_STRETCH_MINUTES`](super::LONGEST_STRETCH_MINUTES) without a break.
    LongWithoutBreak,
    /// Rule 5: more than [`MOST_PEOPLE_IN_ROOM`](super::MOST_PEOPLE_IN_ROOM) people in the room besides the survivor.
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
    /// Rule 8: a topic the plan asks about rests on the survivor's word alone: no evidence
    /// requested or obtained covers it.
    WordAlone,
    /// Rule 8: evidence obtained covers every topic of a question: ask only what it cannot
    /// show (a confirmation, the survivor's own experience). The question stays.
    CoveredByEvidence,
    /// Rule 8: evidence was requested more than
    /// [`EVIDENCE_REMINDER_DAYS`](super::EVIDENCE_REMINDER_DAYS) days ago and is not in yet.
    EvidenceOverdue,
}

impl FindingKind {
    /// The rule that reports findings of this kind.
    pub fn rule(self) -> Rule {
        use FindingKind::*;
        match self {
            AlreadyTold
            | ConsentToShareMissing
            | ShareConsentGiven
            | ShareConsentRefused
            | SessionNotRecorded
            | NotCarriedOver => Rule::AlreadyTold,
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
            WordAlone | CoveredByEvidence | EvidenceOverdue => Rule::Corroboration,
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
    Evidence(EvidenceId),
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

impl Finding {
    /// The agencies whose share consent the finding is about, in the order it names them.
    pub fn share_agencies(&self) -> Vec<AgencyId> {
        self.concerns
            .iter()
            .filter_map(|subject| match subject {
                FindingSubject::ConsentPurpose(ConsentPurpose::ShareRecord { agency }) => {
                    Some(agency.clone())
                }
                _ => None,
            })
            .collect()
    }
}

/// Topic ids joined for an explanation.
pub(super) fn topic_list(topics: &[TopicId]) -> String {
    topics
        .iter()
        .map(TopicId::as_str)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Agency ids joined for an explanation.
pub(super) fn agency_list(agencies: &[AgencyId]) -> String {
    agencies
        .iter()
        .map(AgencyId::as_str)
        .collect::<Vec<_>>()
        .join(", ")
}
