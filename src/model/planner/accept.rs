//! Accepting a suggestion, and taking it back.
//!
//! Accepting only ever changes questions in place (never adds, removes or reorders them) or,
//! for an evidence request, adds one evidence item; it appends an [`AcceptedSuggestion`] that
//! keeps the questions as they were. Undoing puts those questions back (or takes the evidence
//! item out) and drops the entry, so accept followed by undo gives back the same case.

use super::consent_view::{latest_consent_time, ConsentView};
use crate::model::case::{AcceptedSuggestion, Case, Coverage, SetAside, Suggestion};
use crate::model::evidence::of_case::check_new_item;
use crate::model::evidence::EvidenceRefusal;
use crate::model::{AgencyId, PriorAccountId, QuestionId};
use std::fmt;

/// Why a suggestion cannot be accepted or undone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlannerError {
    UnknownQuestion {
        question: QuestionId,
    },
    UnknownPriorAccount {
        record: PriorAccountId,
    },
    /// The question is already merged, answered from a record or waiting for consent.
    QuestionSetAside {
        question: QuestionId,
    },
    /// A merge needs a question to keep and at least one other, each named once.
    MergeNeedsDistinctQuestions,
    RecordNotObtainable {
        record: PriorAccountId,
    },
    /// The record does not cover every topic of the question in detail.
    RecordDoesNotCover {
        record: PriorAccountId,
        question: QuestionId,
    },
    /// The survivor has not consented to share the record with this agency.
    ShareConsentNotGiven {
        record: PriorAccountId,
        agency: AgencyId,
    },
    EmptyRewording {
        question: QuestionId,
    },
    /// There is no accepted suggestion at this position.
    NoSuchAcceptedSuggestion {
        position: usize,
    },
    /// A later accepted suggestion changed the same questions; undo it first.
    UndoBlocked {
        position: usize,
        later: usize,
    },
    /// The evidence request cannot join the case.
    Evidence(EvidenceRefusal),
}

impl fmt::Display for PlannerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlannerError::UnknownQuestion { question } => {
                write!(f, "there is no question {question} in this case")
            }
            PlannerError::UnknownPriorAccount { record } => {
                write!(f, "there is no prior account {record} in this case")
            }
            PlannerError::QuestionSetAside { question } => write!(
                f,
                "question {question} is already set aside (merged, answered from a record or waiting for consent); undo that first"
            ),
            PlannerError::MergeNeedsDistinctQuestions => write!(
                f,
                "a merge needs one question to keep and at least one other question, each named once"
            ),
            PlannerError::RecordNotObtainable { record } => write!(
                f,
                "the record of prior account {record} cannot be obtained, so it cannot replace asking"
            ),
            PlannerError::RecordDoesNotCover { record, question } => write!(
                f,
                "prior account {record} does not cover every topic of question {question} in detail"
            ),
            PlannerError::ShareConsentNotGiven { record, agency } => write!(
                f,
                "the survivor has not agreed to share prior account {record} with {agency}; record that consent first, \
                 or set the question aside until the survivor decides"
            ),
            PlannerError::EmptyRewording { question } => {
                write!(f, "the new wording of question {question} is empty")
            }
            PlannerError::NoSuchAcceptedSuggestion { position } => {
                write!(f, "there is no accepted suggestion number {position} to undo")
            }
            PlannerError::UndoBlocked { position, later } => write!(
                f,
                "accepted suggestion {position} cannot be undone before suggestion {later}, which changed the same questions"
            ),
            PlannerError::Evidence(refusal) => refusal.fmt(f),
        }
    }
}

impl std::error::Error for PlannerError {}

fn position_of(case: &Case, question: &QuestionId) -> Result<usize, PlannerError> {
    case.questions
        .iter()
        .position(|q| &q.id == question)
        .ok_or_else(|| PlannerError::UnknownQuestion {
            question: question.clone(),
        })
}

fn asked_position(case: &Case, question: &QuestionId) -> Result<usize, PlannerError> {
    let i = position_of(case, question)?;
    if case.questions[i].is_asked() {
        Ok(i)
    } else {
        Err(PlannerError::QuestionSetAside {
            question: question.clone(),
        })
    }
}

/// Checks that `record` can stand in for the answer to the question at `i`.
fn check_record(case: &Case, i: usize, record: &PriorAccountId) -> Result<(), PlannerError> {
    let question = &case.questions[i];
    let account = case
        .prior_account(record)
        .ok_or_else(|| PlannerError::UnknownPriorAccount {
            record: record.clone(),
        })?;
    if !account.obtainable {
        return Err(PlannerError::RecordNotObtainable {
            record: record.clone(),
        });
    }
    let covered = !question.topics.is_empty()
        && question
            .topics
            .iter()
            .all(|t| account.coverage_of(t) == Some(Coverage::Detailed));
    if !covered {
        return Err(PlannerError::RecordDoesNotCover {
            record: record.clone(),
            question: question.id.clone(),
        });
    }
    Ok(())
}

/// Applies a suggestion to a copy of the case and records it as accepted.
///
/// Answering a question from a record needs the share consent to be given as of the latest
/// event in the consent ledger ([`latest_consent_time`]), as [`analyze`](super::analyze) reads it.
pub fn accept(case: &Case, suggestion: &Suggestion) -> Result<Case, PlannerError> {
    let mut next = case.clone();
    let changed: Vec<usize> = match suggestion {
        Suggestion::Merge { keep, merged } => {
            let k = asked_position(case, keep)?;
            let mut others = Vec::with_capacity(merged.len());
            for id in merged {
                let i = asked_position(case, id)?;
                if i == k || others.contains(&i) {
                    return Err(PlannerError::MergeNeedsDistinctQuestions);
                }
                others.push(i);
            }
            if others.is_empty() {
                return Err(PlannerError::MergeNeedsDistinctQuestions);
            }
            for &i in &others {
                let other = &case.questions[i];
                let kept = &mut next.questions[k];
                for agency in other.served_agencies() {
                    if agency != kept.agency && !kept.credited_to.contains(&agency) {
                        kept.credited_to.push(agency);
                    }
                }
                for topic in &other.topics {
                    if !kept.topics.contains(topic) {
                        kept.topics.push(topic.clone());
                    }
                }
                kept.priority = kept.priority.max(other.priority);
                next.questions[i].set_aside = Some(SetAside::MergedInto {
                    question: keep.clone(),
                });
            }
            let mut changed = others;
            changed.push(k);
            changed
        }
        Suggestion::MarkAnsweredByRecord { question, record } => {
            let i = position_of(case, question)?;
            let waiting = matches!(
                case.questions[i].set_aside,
                Some(SetAside::AwaitingShareConsent { .. })
            );
            if !case.questions[i].is_asked() && !waiting {
                return Err(PlannerError::QuestionSetAside {
                    question: question.clone(),
                });
            }
            check_record(case, i, record)?;
            let consent = ConsentView::of(case, latest_consent_time(case));
            let holder = case.prior_account(record).map(|a| &a.agency);
            if let Some(agency) = case.questions[i]
                .served_agencies()
                .into_iter()
                .find(|a| Some(a) != holder && !consent.share_given(a))
            {
                return Err(PlannerError::ShareConsentNotGiven {
                    record: record.clone(),
                    agency,
                });
            }
            next.questions[i].set_aside = Some(SetAside::AnsweredByRecord {
                record: record.clone(),
            });
            vec![i]
        }
        Suggestion::RequestShareConsent {
            question,
            record,
            agencies,
        } => {
            let i = asked_position(case, question)?;
            check_record(case, i, record)?;
            next.questions[i].set_aside = Some(SetAside::AwaitingShareConsent {
                record: record.clone(),
                agencies: agencies.clone(),
            });
            vec![i]
        }
        Suggestion::Reword { question, text } => {
            let i = position_of(case, question)?;
            if text.trim().is_empty() {
                return Err(PlannerError::EmptyRewording {
                    question: question.clone(),
                });
            }
            next.questions[i].text = text.clone();
            vec![i]
        }
        Suggestion::RequestEvidence { item } => {
            check_new_item(case, item).map_err(PlannerError::Evidence)?;
            next.evidence.push(item.clone());
            Vec::new()
        }
    };
    let mut changed = changed;
    changed.sort_unstable();
    next.accepted.push(AcceptedSuggestion {
        suggestion: suggestion.clone(),
        before: changed
            .iter()
            .map(|&i| (*case.questions[i]).clone())
            .collect(),
    });
    Ok(next)
}

/// Takes back the accepted suggestion at `position` of `case.accepted`: its questions return to
/// how they were before it, and it leaves the list. Refused while a later accepted suggestion
/// changed one of the same questions.
pub fn undo(case: &Case, position: usize) -> Result<Case, PlannerError> {
    let entry = case
        .accepted
        .get(position)
        .ok_or(PlannerError::NoSuchAcceptedSuggestion { position })?;
    let touches = |other: &AcceptedSuggestion| {
        other
            .before
            .iter()
            .any(|q| entry.before.iter().any(|b| b.id == q.id))
    };
    if let Some(offset) = case.accepted[position + 1..].iter().position(touches) {
        return Err(PlannerError::UndoBlocked {
            position,
            later: position + 1 + offset,
        });
    }
    let mut next = case.clone();
    for before in &entry.before {
        let i = position_of(case, &before.id)?;
        *next.questions[i] = before.clone();
    }
    // The request goes whatever became of it since: undoing takes back the request.
    if let Suggestion::RequestEvidence { item } = &entry.suggestion {
        next.evidence.retain(|e| e.id != item.id);
    }
    next.accepted.remove(position);
    Ok(next)
}

/// Takes back the most recently accepted suggestion.
pub fn undo_last(case: &Case) -> Result<Case, PlannerError> {
    match case.accepted.len().checked_sub(1) {
        Some(last) => undo(case, last),
        None => Err(PlannerError::NoSuchAcceptedSuggestion { position: 0 }),
    }
}
