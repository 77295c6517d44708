//! Why the lead's side of an exchange refuses a request or a return.

use crate::model::{AgencyId, QuestionId, QuestionRequestId};
use std::fmt;

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
