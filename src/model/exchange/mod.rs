//! Exchange between agencies, with no server: the lead sends an agency a question request,
//! the agency contributes its questions in its own vault, returns them, and the lead merges
//! them into the plan.
//!
//! ```text
//! lead:   question_request ──(file, encrypted by the vault)──▶ agency: Contribution::open
//!                                                                 edit own questions (CaseEdit)
//! lead:   check_return, preview_merge, merge_edit ◀──(file)── Contribution::next_return
//!         └─▶ CaseEdit::MergeReturn in the history: "from the agency, return n"
//! ```
//!
//! Everything here is deterministic: request ids, reply tokens, keys and times are passed in.
//! The vault ([`crate::vault::exchange`]) makes the randomness, checks the keys and encrypts
//! the files.
//!
//! A return is authenticated by its reply token, which only a reader of the request knows, and
//! ordered by its sequence number: a return not newer than the last one merged is refused, so
//! an old file imported again cannot undo what came after it.

mod contribution;
mod merge;
mod request;

pub use super::case::{MergedChange, MergedReturn, ReplyToken, SentRequest};
pub use contribution::{Contribution, ContributionRefusal};
pub use merge::{
    check_return, merge_edit, preview_merge, same_question, MergeChoice, MergeItem, MergePreview,
    ReturnedChange,
};
pub use request::{
    question_request, told_so_far, QuestionRequest, ReplyAddress, RequestSender, RequestTerms,
    ToldTopic,
};

use super::case::Question;
use super::{AgencyId, QuestionId, QuestionRequestId};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A vault's public exchange key (age X25519, `age1…`), as text. The vault checks a key before
/// it becomes one of these ([`crate::vault::exchange::parse_exchange_key`]).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ExchangeKey(pub String);

impl ExchangeKey {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ExchangeKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What an agency returns to the lead: its full set of questions, nothing else.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionReturn {
    pub request: QuestionRequestId,
    pub token: ReplyToken,
    /// 1 for the first return to a request, one more for each after it.
    pub sequence: u64,
    pub agency: AgencyId,
    /// Every question the agency raises, as it has them now; one it withdrew is not there.
    pub questions: Vec<Question>,
}

/// Why the lead's side of an exchange refuses: a request that cannot be recorded, a return
/// that cannot be merged. Nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExchangeRefusal {
    /// The questions would be due before the request is sent.
    DueBeforeRequest,
    /// No request of this case has this id: the return answers another case, or another vault's request.
    UnknownRequest { request: QuestionRequestId },
    /// The return does not carry the request's reply token.
    WrongToken { request: QuestionRequestId },
    /// The return comes from another agency than the request was sent to.
    WrongAgency {
        request: QuestionRequestId,
        expected: AgencyId,
        found: AgencyId,
    },
    /// A return as new as this one was already merged: this one is older, or the same again.
    AlreadyMerged {
        request: QuestionRequestId,
        sequence: u64,
        last_merged: u64,
    },
    /// The return carries a question that another agency raised.
    ForeignQuestion {
        question: QuestionId,
        agency: AgencyId,
    },
    /// The return carries two questions with this id.
    QuestionTwice { question: QuestionId },
    /// The lead and the agency both changed this question: the lead chooses which version stays.
    ConflictUndecided { question: QuestionId },
}

impl fmt::Display for ExchangeRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::DueBeforeRequest => {
                f.write_str("the questions would be due before the request is sent: choose a later date")
            }
            Self::UnknownRequest { request } => write!(
                f,
                "this case sent no question request {request}: the return answers another case or another vault's request"
            ),
            Self::WrongToken { request } => write!(
                f,
                "the return does not carry the reply token of request {request}: it was not made from that request, and was not merged"
            ),
            Self::WrongAgency {
                request,
                expected,
                found,
            } => write!(
                f,
                "request {request} went to agency {expected}, but the return comes from {found}: it was not merged"
            ),
            Self::AlreadyMerged {
                sequence,
                last_merged,
                ..
            } => write!(
                f,
                "this is return {sequence}, and return {last_merged} of the same request is already merged: an older return cannot be merged again"
            ),
            Self::ForeignQuestion { question, agency } => write!(
                f,
                "the return carries question {question}, which agency {agency} raised: an agency returns only its own questions"
            ),
            Self::QuestionTwice { question } => {
                write!(f, "the return carries question {question} twice: it is damaged")
            }
            Self::ConflictUndecided { question } => write!(
                f,
                "both you and the agency changed question {question} since the request: choose which version to keep"
            ),
        }
    }
}

impl ExchangeRefusal {
    /// The id of the interface message that says this (`questions.ftl`); its arguments:
    /// `request`, `agency` and `found` (agency names), `sequence`, `merged` (the last merged
    /// sequence) and `question` (the question's words).
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::DueBeforeRequest => "exchange-error-due-before-request",
            Self::UnknownRequest { .. } => "exchange-error-unknown-request",
            Self::WrongToken { .. } => "exchange-error-wrong-token",
            Self::WrongAgency { .. } => "exchange-error-wrong-agency",
            Self::AlreadyMerged { .. } => "exchange-error-already-merged",
            Self::ForeignQuestion { .. } => "exchange-error-foreign-question",
            Self::QuestionTwice { .. } => "exchange-error-question-twice",
            Self::ConflictUndecided { .. } => "exchange-error-conflict-undecided",
        }
    }
}

impl std::error::Error for ExchangeRefusal {}
