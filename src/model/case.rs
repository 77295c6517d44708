//! A case and what it is made of: the survivor's profile, the agencies, prior accounts,
//! questions and session plans. A case is known by a pseudonymous code: no real name anywhere.
//!
//! The typed edits that change a case live here too, beside the parts they name, because the
//! case keeps them in its history; the rules that check and apply them are in
//! [`crate::model::edit`].

use super::consent::{ConsentEvent, ConsentLedger};
use super::evidence::{EvidenceGuidance, EvidenceItem, EvidenceStatus};
use super::referral::{Referral, ReferralStatus};
use super::shared::Shared;
use super::topic::{Topic, TopicCatalogue};
use super::{
    AgeGroup, AgencyId, CaseId, EvidenceId, LanguageTag, PriorAccountId, QuestionId,
    QuestionRequestId, ReferralId, SessionId, Timestamp, TopicId,
};
use serde::{Deserialize, Serialize};
use std::fmt;

/// One survivor's matter.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub id: CaseId,
    /// Pseudonymous case code such as `TO-2026-014`.
    pub code: String,
    /// A practice case made up by a trainer.
    pub fictional: bool,
    pub profile: SurvivorProfile,
    pub agencies: Vec<Agency>,
    pub topics: TopicCatalogue,
    pub prior_accounts: Shared<Vec<PriorAccount>>,
    pub questions: Vec<Shared<Question>>,
    pub sessions: Shared<Vec<SessionPlan>>,
    /// Records of the sessions that took place, one per plan, in the order they were recorded.
    // Defaulted and left out when empty: a case saved before held sessions existed reads as
    // one with none, and a case with none stays readable by the version before.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub held_sessions: Vec<HeldSession>,
    /// The question requests sent to agencies, in the order they were sent, each with what
    /// the lead needs to merge the agency's returns.
    // Defaulted and left out when empty, like `held_sessions`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub question_requests: Vec<SentRequest>,
    /// Evidence other than testimony that can corroborate topics of the account, in the order
    /// it was added.
    // Defaulted and left out when empty, like `held_sessions`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceItem>,
    /// Lines the team added to the evidence catalogue for this case (the defaults come with
    /// the program: [`default_guidance`](super::evidence::default_guidance)).
    // Defaulted and left out when empty, like `held_sessions`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence_guidance: Vec<EvidenceGuidance>,
    pub consent: Shared<ConsentLedger>,
    pub referrals: Vec<Referral>,
    /// Suggestions accepted so far, oldest first, each with what it changed so that it can be undone.
    pub accepted: Vec<AcceptedSuggestion>,
    /// Every change made to the case, oldest first, starting with where the history begins.
    pub history: Vec<Shared<HistoryEntry>>,
}

impl Case {
    /// An empty case with the given id and code, for an adult whose preferred language is `language`.
    pub fn new(id: CaseId, code: impl Into<String>, language: LanguageTag) -> Self {
        Self {
            id,
            code: code.into(),
            fictional: false,
            profile: SurvivorProfile {
                language,
                interpreter_needed: false,
                age_group: AgeGroup::Adult,
                accommodations: Vec::new(),
                avoid_topics: Vec::new(),
                support_person: None,
            },
            agencies: Vec::new(),
            topics: TopicCatalogue::default(),
            prior_accounts: Vec::new().into(),
            questions: Vec::new(),
            sessions: Vec::new().into(),
            held_sessions: Vec::new(),
            question_requests: Vec::new(),
            evidence: Vec::new(),
            evidence_guidance: Vec::new(),
            consent: ConsentLedger::default().into(),
            referrals: Vec::new(),
            accepted: Vec::new(),
            history: vec![HistoryEntry::begins(None).into()],
        }
    }

    /// The agency with this id.
    pub fn agency(&self, id: &AgencyId) -> Option<&Agency> {
        self.agencies.iter().find(|agency| &agency.id == id)
    }

    /// The question with this id.
    pub fn question(&self, id: &QuestionId) -> Option<&Question> {
        self.questions
            .iter()
            .find(|question| &question.id == id)
            .map(|question| &**question)
    }

    /// The prior account with this id.
    pub fn prior_account(&self, id: &PriorAccountId) -> Option<&PriorAccount> {
        self.prior_accounts.iter().find(|account| &account.id == id)
    }

    /// The session plan with this id.
    pub fn session(&self, id: &SessionId) -> Option<&SessionPlan> {
        self.sessions.iter().find(|session| &session.id == id)
    }

    /// The record of the session held from the plan `id`, once it took place.
    pub fn held_session(&self, id: &SessionId) -> Option<&HeldSession> {
        self.held_sessions.iter().find(|held| &held.session == id)
    }

    /// The held session that the prior account `id` stands for, if it stands for one.
    pub fn held_session_of_account(&self, id: &PriorAccountId) -> Option<&HeldSession> {
        self.held_sessions.iter().find(|held| &held.account == id)
    }

    /// The evidence item with this id.
    pub fn evidence_item(&self, id: &EvidenceId) -> Option<&EvidenceItem> {
        self.evidence.iter().find(|item| &item.id == id)
    }

    /// The question request with this id, as the lead sent it.
    pub fn question_request(&self, id: &QuestionRequestId) -> Option<&SentRequest> {
        self.question_requests.iter().find(|sent| &sent.id == id)
    }
}

/// What the team needs to know about the survivor to plan with care. No name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SurvivorProfile {
    pub language: LanguageTag,
    /// An interpreter is needed even where the team speaks the survivor's language (e.g. for legal terms).
    pub interpreter_needed: bool,
    pub age_group: AgeGroup,
    /// Accommodations asked for, in plain words (e.g. "female interviewer", "short sessions").
    pub accommodations: Vec<String>,
    /// Topics or triggers the survivor asked not to be asked about.
    pub avoid_topics: Vec<TopicId>,
    /// Who supports the survivor (a role, not a name), e.g. "NGO caseworker".
    pub support_person: Option<String>,
}

/// What an agency does in the case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AgencyRole {
    Police,
    Prosecutor,
    LabourInspectorate,
    Ngo,
    Immigration,
    Medical,
    ChildProtection,
    Other,
}

/// An organisation involved in the case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agency {
    pub id: AgencyId,
    pub name: String,
    pub role: AgencyRole,
}

/// The form in which a prior account was kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AccountForm {
    VideoRecorded,
    Audio,
    WrittenStatement,
    Notes,
}

impl AccountForm {
    /// Rank as evidence, best first (0): a video record is reused before notes (Achieving Best Evidence).
    pub fn evidence_rank(self) -> u8 {
        match self {
            AccountForm::VideoRecorded => 0,
            AccountForm::Audio => 1,
            AccountForm::WrittenStatement => 2,
            AccountForm::Notes => 3,
        }
    }
}

/// How fully a prior account covers a topic.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Coverage {
    Mentioned,
    Partial,
    Detailed,
}

/// One topic of a prior account and how fully it was told.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicCoverage {
    pub topic: TopicId,
    pub coverage: Coverage,
}

/// Something the survivor already told.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PriorAccount {
    pub id: PriorAccountId,
    /// The agency that took the account and holds the record.
    pub agency: AgencyId,
    pub at: Timestamp,
    pub form: AccountForm,
    pub topics: Vec<TopicCoverage>,
    /// The team can obtain the record.
    pub obtainable: bool,
}

impl PriorAccount {
    /// How fully the account covers `topic`, if at all (the fullest entry counts).
    pub fn coverage_of(&self, topic: &TopicId) -> Option<Coverage> {
        self.topics
            .iter()
            .filter(|entry| &entry.topic == topic)
            .map(|entry| entry.coverage)
            .max()
    }
}

/// The PEACE phases of an interview.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PeacePhase {
    Plan,
    /// Engage and explain: rapport is built here.
    Engage,
    /// Free recall and questioning.
    Account,
    Closure,
    Evaluate,
}

/// How much an agency needs a question answered.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    Low,
    #[default]
    Normal,
    High,
}

/// Why a question is no longer asked of the survivor: set by an accepted suggestion.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum SetAside {
    /// Merged into another question, which is asked once and credited to this one's agencies.
    MergedInto { question: QuestionId },
    /// The answer is read from a prior account's record instead.
    AnsweredByRecord { record: PriorAccountId },
    /// The answer is in a record that `agencies` may only read once the survivor consents to share it;
    /// meanwhile the survivor is not asked again.
    AwaitingShareConsent {
        record: PriorAccountId,
        agencies: Vec<AgencyId>,
    },
}

/// What one agency needs answered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: QuestionId,
    /// The agency that raised the question.
    pub agency: AgencyId,
    pub text: String,
    /// The language the question is written in (the question coach needs it).
    pub language: LanguageTag,
    pub topics: Vec<TopicId>,
    pub phase: PeacePhase,
    pub priority: Priority,
    /// Other agencies whose need this question also answers, after merges.
    pub credited_to: Vec<AgencyId>,
    /// `None` while the question is to be asked.
    pub set_aside: Option<SetAside>,
}

impl Question {
    /// A question still to be asked, of normal priority, credited to no other agency.
    pub fn new(
        id: QuestionId,
        agency: AgencyId,
        text: impl Into<String>,
        language: LanguageTag,
        topics: Vec<TopicId>,
        phase: PeacePhase,
    ) -> Self {
        Self {
            id,
            agency,
            text: text.into(),
            language,
            topics,
            phase,
            priority: Priority::Normal,
            credited_to: Vec::new(),
            set_aside: None,
        }
    }

    /// The raising agency followed by every credited agency, without repeats.
    pub fn served_agencies(&self) -> Vec<AgencyId> {
        let mut served = vec![self.agency.clone()];
        for agency in &self.credited_to {
            if !served.contains(agency) {
                served.push(agency.clone());
            }
        }
        served
    }

    /// Whether the survivor is still to be asked this question.
    pub fn is_asked(&self) -> bool {
        self.set_aside.is_none()
    }

    /// The prior account whose record answers this question, if one was accepted.
    pub fn answered_by_record(&self) -> Option<&PriorAccountId> {
        match &self.set_aside {
            Some(SetAside::AnsweredByRecord { record }) => Some(record),
            _ => None,
        }
    }
}

/// An action the planner proposes; [`accept`](crate::model::planner::accept) applies it to the case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Suggestion {
    /// Ask `keep` once, through the lead interviewer, credited to the agencies of `merged`; set `merged` aside.
    Merge {
        keep: QuestionId,
        merged: Vec<QuestionId>,
    },
    /// Review the record of `record` instead of asking the survivor.
    MarkAnsweredByRecord {
        question: QuestionId,
        record: PriorAccountId,
    },
    /// Do not ask the survivor again: set the question aside until the survivor decides
    /// whether `record` may be shared with `agencies`.
    RequestShareConsent {
        question: QuestionId,
        record: PriorAccountId,
        agencies: Vec<AgencyId>,
    },
    /// Replace the question's wording with an open one.
    Reword { question: QuestionId, text: String },
    /// Add `item` to the case's evidence: a request for evidence that can corroborate a topic
    /// resting on the survivor's word alone. Undoing it takes the item out again.
    RequestEvidence { item: EvidenceItem },
}

/// A suggestion the team accepted, with the questions it changed as they were before.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AcceptedSuggestion {
    pub suggestion: Suggestion,
    /// The changed questions before the change, in case order (none for an evidence request,
    /// which changes no question).
    pub before: Vec<Question>,
}

/// The kind of place a session is held in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LocationKind {
    NeutralRoom,
    NgoPremises,
    ChildFriendlyRoom,
    PoliceStation,
    ImmigrationOffice,
    Medical,
    Other,
}

/// What a person attending a session does there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttendeeRole {
    /// Asks every question, for every agency.
    LeadInterviewer,
    /// Keeps the one official record of the session.
    NoteTaker,
    Interpreter,
    SupportPerson,
    Observer,
    LegalRepresentative,
    Guardian,
    Other,
}

/// A person in the room besides the survivor (professionals may be named; the survivor never is).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attendee {
    pub name: String,
    pub agency: Option<AgencyId>,
    pub role: AttendeeRole,
}

impl Attendee {
    /// An attendee not tied to an agency.
    pub fn new(name: impl Into<String>, role: AttendeeRole) -> Self {
        Self {
            name: name.into(),
            agency: None,
            role,
        }
    }
}

/// One planned interview session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionPlan {
    pub id: SessionId,
    pub date: Timestamp,
    pub location: LocationKind,
    /// The place in plain words, e.g. "Family room, Tessaly Cross advice centre".
    pub place: String,
    /// The language the interviewers speak; an interpreter is needed where it differs from the survivor's.
    pub language: LanguageTag,
    pub duration_minutes: u32,
    /// Planned breaks, as minutes from the start.
    pub breaks: Vec<u32>,
    /// Everyone in the room besides the survivor, with their role (interpreter and support person included).
    pub attendees: Vec<Attendee>,
    /// A support person was offered and the survivor chose not to have one.
    pub support_person_declined: bool,
    /// The questions to ask, in order.
    pub questions: Vec<QuestionId>,
    pub needs_recording: bool,
    pub medical_examination: bool,
    pub photographs: bool,
    /// The observers follow from another room (a video link), not from the interview room.
    // Defaulted, and left out while false, so that plans saved before read as they were meant.
    #[serde(default, skip_serializing_if = "is_false")]
    pub observers_outside: bool,
    /// Whether a question break is planned before closure; `None` follows the default
    /// ([`SessionPlan::has_question_break`]) until the team chooses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question_break: Option<bool>,
    /// The interviewer brief names what earlier accounts said. Off unless the team turns it on:
    /// a lead interviewer who comes without expectations cannot lead the survivor towards them.
    #[serde(default, skip_serializing_if = "is_false")]
    pub brief_names_accounts: bool,
}

fn is_false(value: &bool) -> bool {
    !*value
}

impl SessionPlan {
    /// A session with no breaks, attendees or questions yet, and nothing needing extra consent.
    pub fn new(
        id: SessionId,
        date: Timestamp,
        location: LocationKind,
        language: LanguageTag,
        duration_minutes: u32,
    ) -> Self {
        Self {
            id,
            date,
            location,
            place: String::new(),
            language,
            duration_minutes,
            breaks: Vec::new(),
            attendees: Vec::new(),
            support_person_declined: false,
            questions: Vec::new(),
            needs_recording: false,
            medical_examination: false,
            photographs: false,
            observers_outside: false,
            question_break: None,
            brief_names_accounts: false,
        }
    }

    /// Attendees with the given role.
    pub fn with_role(&self, role: AttendeeRole) -> impl Iterator<Item = &Attendee> {
        self.attendees.iter().filter(move |a| a.role == role)
    }

    /// The interpreter, if one attends.
    pub fn interpreter(&self) -> Option<&Attendee> {
        self.with_role(AttendeeRole::Interpreter).next()
    }

    /// The support person, if one attends.
    pub fn support_person(&self) -> Option<&Attendee> {
        self.with_role(AttendeeRole::SupportPerson).next()
    }

    /// Whether agencies observe from outside the interview room: observers attend for an
    /// agency, and they follow from another room.
    pub fn observed_from_outside(&self) -> bool {
        self.observers_outside
            && self
                .with_role(AttendeeRole::Observer)
                .any(|observer| observer.agency.is_some())
    }

    /// Whether the plan has a question break before closure, in which the lead interviewer
    /// collects the observing agencies' questions (Barnahus practice). Unless the team chose,
    /// there is one exactly when agencies observe from outside the room: they cannot ask
    /// otherwise, while observers in the room are not to ask the survivor themselves.
    pub fn has_question_break(&self) -> bool {
        self.question_break
            .unwrap_or_else(|| self.observed_from_outside())
    }

    /// The people in the interview room besides the survivor: observers following from
    /// another room are not there.
    pub fn people_in_room(&self) -> usize {
        self.attendees
            .iter()
            .filter(|a| !(self.observers_outside && a.role == AttendeeRole::Observer))
            .count()
    }
}

/// How a held session was recorded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordingForm {
    Video,
    Audio,
    WrittenStatement,
    /// Only the note-taker's notes.
    NotesOnly,
}

impl RecordingForm {
    pub const ALL: [RecordingForm; 4] = [
        RecordingForm::Video,
        RecordingForm::Audio,
        RecordingForm::WrittenStatement,
        RecordingForm::NotesOnly,
    ];

    /// The form of the prior account that stands for a session recorded this way.
    pub fn account_form(self) -> AccountForm {
        match self {
            RecordingForm::Video => AccountForm::VideoRecorded,
            RecordingForm::Audio => AccountForm::Audio,
            RecordingForm::WrittenStatement => AccountForm::WrittenStatement,
            RecordingForm::NotesOnly => AccountForm::Notes,
        }
    }

    /// Whether recording this way needs the survivor's consent to audio or video recording
    /// (DESIGN: "Recording by video or audio needs the recording consent"). A written
    /// statement is the survivor's own words on paper, not a recording of them.
    pub fn needs_recording_consent(self) -> bool {
        matches!(self, RecordingForm::Video | RecordingForm::Audio)
    }
}

/// Why a planned question was not asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NotAskedReason {
    /// The survivor chose not to answer it.
    SurvivorDeclined,
    OutOfTime,
    /// The survivor told it without being asked, or the team no longer needs it.
    NoLongerNeeded,
    MovedToLaterSession,
}

impl NotAskedReason {
    pub const ALL: [NotAskedReason; 4] = [
        NotAskedReason::SurvivorDeclined,
        NotAskedReason::OutOfTime,
        NotAskedReason::NoLongerNeeded,
        NotAskedReason::MovedToLaterSession,
    ];
}

/// What became of a question in a held session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum QuestionOutcome {
    Answered,
    PartlyAnswered,
    NotAsked { reason: NotAskedReason },
}

impl QuestionOutcome {
    /// The survivor was asked and answered, at least in part.
    pub fn was_asked(self) -> bool {
        matches!(
            self,
            QuestionOutcome::Answered | QuestionOutcome::PartlyAnswered
        )
    }

    /// Nothing is left to ask: the question was asked, or is no longer needed. Asking again
    /// what was partly answered would be a retelling; a follow-up is a new question.
    pub fn settles(self) -> bool {
        !self.carries_over()
    }

    /// Not asked for a reason that leaves it to ask in a later session.
    pub fn carries_over(self) -> bool {
        matches!(self, QuestionOutcome::NotAsked { reason } if reason != NotAskedReason::NoLongerNeeded)
    }

    /// How fully an answer covers the question's topics, as first proposed.
    pub fn coverage(self) -> Option<Coverage> {
        match self {
            QuestionOutcome::Answered => Some(Coverage::Detailed),
            QuestionOutcome::PartlyAnswered => Some(Coverage::Partial),
            QuestionOutcome::NotAsked { .. } => None,
        }
    }
}

/// The outcome of one question of the plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlannedOutcome {
    pub question: QuestionId,
    pub outcome: QuestionOutcome,
}

/// A question an observing agency passed to the lead interviewer at the question break,
/// credited to that agency (`question.agency`), and what became of it. It is a question of
/// the record, not of the case, unless it is carried over to a later session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AddedQuestion {
    pub question: Question,
    pub outcome: QuestionOutcome,
}

/// The record of a session that took place.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HeldSession {
    /// The plan the session was held from.
    pub session: SessionId,
    /// The prior account that stands for this session in the ledger.
    pub account: PriorAccountId,
    pub started: Timestamp,
    pub ended: Timestamp,
    /// Who was actually present besides the survivor, in the role they had.
    pub present: Vec<Attendee>,
    /// Breaks actually taken, as minutes from the start.
    pub breaks: Vec<u32>,
    pub recording: RecordingForm,
    /// When the survivor stopped the interview, if they did.
    pub stopped_by_survivor: Option<Timestamp>,
    /// The outcome of each question of the plan.
    pub outcomes: Vec<PlannedOutcome>,
    /// Questions added at the question break.
    pub added_at_break: Vec<AddedQuestion>,
    /// The topics the survivor told, and how fully.
    pub topics: Vec<TopicCoverage>,
    /// A note for the team.
    pub note: String,
}

impl HeldSession {
    /// How long the session lasted, in whole minutes.
    pub fn duration_minutes(&self) -> i64 {
        (self.ended.0 - self.started.0) / 60_000 // milliseconds in a minute
    }

    /// The lead interviewers present.
    pub fn lead_interviewers(&self) -> impl Iterator<Item = &Attendee> {
        self.present
            .iter()
            .filter(|a| a.role == AttendeeRole::LeadInterviewer)
    }

    /// The agency of the lead interviewer, which holds the record of the session.
    pub fn lead_agency(&self) -> Option<&AgencyId> {
        self.lead_interviewers()
            .next()
            .and_then(|lead| lead.agency.as_ref())
    }

    /// The prior account that stands for the session; `None` while no lead interviewer with
    /// an agency is recorded as present (such a record is refused).
    pub fn linked_account(&self) -> Option<PriorAccount> {
        Some(PriorAccount {
            id: self.account.clone(),
            agency: self.lead_agency()?.clone(),
            at: self.started,
            form: self.recording.account_form(),
            topics: self.topics.clone(),
            obtainable: true,
        })
    }

    /// What became of the question `id`, planned or added at the question break.
    pub fn outcome_of(&self, id: &QuestionId) -> Option<QuestionOutcome> {
        self.question_outcomes()
            .find(|(question, _)| *question == id)
            .map(|(_, outcome)| outcome)
    }

    /// Every question the session had, planned first and then those added at the question
    /// break, with what became of it.
    pub fn question_outcomes(&self) -> impl Iterator<Item = (&QuestionId, QuestionOutcome)> {
        let planned = self.outcomes.iter().map(|o| (&o.question, o.outcome));
        let added = self
            .added_at_break
            .iter()
            .map(|a| (&a.question.id, a.outcome));
        planned.chain(added)
    }

    /// How fully the survivor told `topic` in this session, if at all.
    pub fn coverage_of(&self, topic: &TopicId) -> Option<Coverage> {
        self.topics
            .iter()
            .filter(|entry| &entry.topic == topic)
            .map(|entry| entry.coverage)
            .max()
    }
}

/// The secret that a question request carries and its returns give back: only the agency that
/// could read the request knows it, so a return that carries it comes from that agency. Made
/// at random by the vault; never shown.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ReplyToken(String);

impl ReplyToken {
    pub fn new(token: impl Into<String>) -> Self {
        Self(token.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether `other` is this token, compared in time that does not depend on where they
    /// differ, so that a forged return learns nothing of the token from how long it is refused.
    pub fn matches(&self, other: &ReplyToken) -> bool {
        let (a, b) = (self.0.as_bytes(), other.0.as_bytes());
        a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }
}

impl fmt::Debug for ReplyToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A secret: never in logs or test output.
        f.write_str("ReplyToken(..)")
    }
}

/// The lead's record of a question request sent to an agency: what a return must match, and
/// what tells the lead's own changes from the agency's.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SentRequest {
    pub id: QuestionRequestId,
    /// The agency the request was sent to.
    pub agency: AgencyId,
    pub token: ReplyToken,
    pub sent_at: Timestamp,
    pub due: Timestamp,
    /// The agency's questions as the lead and the agency last agreed on them: as they were
    /// when the request was made, then as each merged return gave them (less what a merge
    /// could not apply). A question the lead changed since then, which the agency also
    /// changed, is a conflict for the lead to decide.
    pub agency_questions: Vec<Question>,
    /// The sequence number of the last return merged; 0 until one is. A return must come after it.
    pub last_merged: u64,
}

/// A change an agency returned that the lead merges into the case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum MergedChange {
    /// A question the agency added.
    Add { question: Question },
    /// The agency's new version of one of its questions (words, topics, phase, priority,
    /// language); what the lead's suggestions set on it stays as it is.
    Change { question: Question },
    /// A question the agency withdrew: it leaves the case and every session plan.
    Withdraw { question: QuestionId },
}

/// What the lead takes from one return of an agency, all at once.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MergedReturn {
    pub request: QuestionRequestId,
    pub agency: AgencyId,
    /// The return's sequence number: "return n" of the request.
    pub sequence: u64,
    /// The changes the lead chose, in the order they apply.
    pub changes: Vec<MergedChange>,
    /// What the request's [`SentRequest::agency_questions`] become.
    pub agency_questions: Vec<Question>,
}

/// One step up or down in a list whose order matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Up,
    Down,
}

/// A change a person can make to a case. Each names what it changes by id and carries every
/// value it needs (new ids and times included), so that applying it again to the same case
/// gives the same result: the case's history can be replayed.
// Externally tagged (`{"put_agency": {...}}`): an internally tagged enum makes serde buffer and
// decode each entry twice, which for every part a case is made of weighs tens of kilobytes in
// the app's first download.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum CaseEdit {
    /// Give the case another pseudonymous code.
    RenameCase {
        code: String,
    },
    /// Mark the case as made up for practice, or not.
    MarkFictional {
        fictional: bool,
    },
    SetLanguage {
        language: LanguageTag,
    },
    SetInterpreterNeeded {
        needed: bool,
    },
    SetAgeGroup {
        age_group: AgeGroup,
    },
    SetSupportPerson {
        support_person: Option<String>,
    },
    SetAccommodations {
        accommodations: Vec<String>,
    },
    /// Add an agency, or change the name and role of the one with the same id.
    PutAgency {
        agency: Agency,
    },
    RemoveAgency {
        agency: AgencyId,
    },
    /// Add a topic of the case's own to its catalogue.
    AddTopic {
        topic: Topic,
    },
    /// Add a prior account, or change the one with the same id.
    PutPriorAccount {
        account: PriorAccount,
    },
    RemovePriorAccount {
        account: PriorAccountId,
    },
    /// Add a question, or change the wording, topics, phase, priority or agency of the one with
    /// the same id (what accepted suggestions set on it stays as it is).
    PutQuestion {
        question: Question,
    },
    /// Remove a question, and take it out of every session plan.
    RemoveQuestion {
        question: QuestionId,
    },
    /// Move a question one place among the questions of its own agency.
    MoveQuestion {
        question: QuestionId,
        direction: Direction,
    },
    AddSession {
        session: SessionPlan,
    },
    RemoveSession {
        session: SessionId,
    },
    ChangeSession {
        session: SessionId,
        change: SessionChange,
    },
    /// Append an event to the consent ledger (a decision, a withdrawal or a correction).
    RecordConsent {
        event: ConsentEvent,
    },
    /// Attach a service of the directory to the case as a suggested referral.
    AttachReferral {
        referral: Referral,
    },
    MoveReferral {
        referral: ReferralId,
        to: ReferralStatus,
        at: Timestamp,
    },
    AcceptSuggestion {
        suggestion: Suggestion,
    },
    /// Take back the accepted suggestion at this position of the case's accepted list.
    UndoSuggestion {
        position: usize,
    },
    /// Record that the session planned as `record.session` took place, once per plan. It
    /// adds the prior account `record.account`, which stands for it in the ledger.
    RecordHeldSession {
        // Boxed: a record is much larger than every other edit.
        record: Box<HeldSession>,
    },
    /// Put a corrected record in place of the one of the same plan; the prior account that
    /// stands for it follows.
    CorrectHeldSession {
        record: Box<HeldSession>,
    },
    /// Add questions that the held session `from` did not ask to the plan `to`: questions of
    /// the case join the plan as they are (agency and priority kept), and questions added at
    /// its question break join the case first.
    CarryOver {
        from: SessionId,
        to: SessionId,
        questions: Vec<QuestionId>,
    },
    /// Record that a question request was sent to `request.agency`, once per request id.
    RecordQuestionRequest {
        // Boxed: it holds the agency's questions.
        request: Box<SentRequest>,
    },
    /// Merge the changes the lead chose from an agency's return to a question request, and
    /// note the return as merged: one entry of the history, "from the agency, return n".
    MergeReturn {
        merge: Box<MergedReturn>,
    },
    /// Add an evidence item, or change the kind, description, topics or agency of the one with
    /// the same id (its status stays as it is: it moves by `MoveEvidence`).
    PutEvidence {
        item: EvidenceItem,
    },
    /// Take an evidence item out of the case.
    RemoveEvidence {
        item: EvidenceId,
    },
    /// Move an evidence item's status on: requested, obtained, not obtainable (with why).
    MoveEvidence {
        item: EvidenceId,
        to: EvidenceStatus,
    },
    /// Add a line to the case's evidence catalogue: a kind of evidence for a topic.
    AddEvidenceGuidance {
        guidance: EvidenceGuidance,
    },
}

/// A change to one session plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum SessionChange {
    Date {
        date: Timestamp,
    },
    Place {
        place: String,
    },
    Location {
        location: LocationKind,
    },
    Language {
        language: LanguageTag,
    },
    Duration {
        minutes: u32,
    },
    AddBreak {
        minute: u32,
    },
    RemoveBreak {
        minute: u32,
    },
    AddAttendee {
        attendee: Attendee,
    },
    /// Change the attendee at this position of the session's list.
    PutAttendee {
        index: usize,
        attendee: Attendee,
    },
    RemoveAttendee {
        index: usize,
    },
    SupportPersonDeclined {
        declined: bool,
    },
    NeedsRecording {
        needed: bool,
    },
    MedicalExamination {
        planned: bool,
    },
    Photographs {
        planned: bool,
    },
    /// The observers follow from another room, or are in the interview room.
    ObserversOutside {
        outside: bool,
    },
    /// Plan a question break before closure, or plan none.
    QuestionBreak {
        planned: bool,
    },
    /// Let the interviewer brief name what earlier accounts said, or keep it out.
    BriefNamesAccounts {
        names: bool,
    },
    /// Add a question to the session: it goes last in its PEACE phase.
    AddQuestion {
        question: QuestionId,
    },
    RemoveQuestion {
        question: QuestionId,
    },
    /// Move a question one place within its PEACE phase.
    MoveQuestion {
        question: QuestionId,
        direction: Direction,
    },
}

/// One line of a case's history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum HistoryEntry {
    /// The history starts here, at `at` when that is known.
    Begins {
        at: Option<Timestamp>,
        /// The case was saved by a version of Tell Once that kept no history: what it held
        /// then was not made by any entry.
        migrated: bool,
    },
    /// An edit applied at `at` by `by` (a name or role, as set for the vault; empty when none was set).
    Edited {
        at: Timestamp,
        by: String,
        // Boxed: an edit can carry a whole session plan, much larger than the other entry.
        edit: Box<CaseEdit>,
    },
}

impl HistoryEntry {
    /// Where the history of a case made now begins: it will see everything made in the case.
    pub fn begins(at: Option<Timestamp>) -> Self {
        HistoryEntry::Begins {
            at,
            migrated: false,
        }
    }
}
