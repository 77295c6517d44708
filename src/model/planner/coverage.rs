//! The coverage matrix's model: topics against what was told and what is planned.
//!
//! Columns, in this order: prior accounts told outside this plan; held sessions, by when they
//! started, each shown by its record (the prior account that stands for it is not shown again);
//! session plans still to come. A cell says how fully a topic was told there, or how many
//! questions on it were asked, not asked, planned or set aside.
//!
//! Beside the columns, each topic's row names the evidence items that can corroborate it, with
//! their status ([`CoverageMatrix::evidence`]), and how far they go
//! ([`CoverageMatrix::corroboration`]).

use crate::model::case::{Case, Coverage, Question};
use crate::model::evidence::of_case::{corroboration_of, items_covering};
use crate::model::evidence::{Corroboration, EvidenceItem};
use crate::model::held::settled_questions;
use crate::model::{PriorAccountId, QuestionId, SessionId, TopicId};
use std::collections::HashSet;

/// A column of the coverage matrix.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum CoverageColumn {
    /// A prior account that stands for no held session.
    PriorAccount(PriorAccountId),
    /// A session that took place, by its plan's id.
    HeldSession(SessionId),
    /// A session plan still to come.
    PlannedSession(SessionId),
}

/// What a cell of the matrix holds for one topic.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CoverageCell {
    Empty,
    /// A prior account told the topic this fully.
    Told {
        coverage: Coverage,
    },
    /// A held session: how fully the topic was told there (if at all), and how many questions
    /// on it were asked there and not asked.
    Held {
        told: Option<Coverage>,
        asked: usize,
        not_asked: usize,
    },
    /// A plan to come: questions on the topic still to ask, and those set aside by a suggestion.
    Planned {
        planned: usize,
        avoided: usize,
    },
}

/// The matrix of a case: its columns, and what it needs to fill a cell, worked out once.
pub struct CoverageMatrix<'a> {
    case: &'a Case,
    settled: HashSet<&'a QuestionId>,
    /// In order (see the module documentation).
    pub columns: Vec<CoverageColumn>,
}

impl<'a> CoverageMatrix<'a> {
    pub fn of(case: &'a Case) -> Self {
        Self {
            case,
            settled: settled_questions(case),
            columns: coverage_columns(case),
        }
    }

    /// The cell of `column` for `topic`.
    pub fn cell(&self, column: &CoverageColumn, topic: &TopicId) -> CoverageCell {
        let case = self.case;
        let on_topic = |question: &Question| question.topics.contains(topic);
        match column {
            CoverageColumn::PriorAccount(id) => case
                .prior_account(id)
                .and_then(|account| account.coverage_of(topic))
                .map_or(CoverageCell::Empty, |coverage| CoverageCell::Told {
                    coverage,
                }),
            CoverageColumn::HeldSession(id) => {
                let Some(record) = case.held_session(id) else {
                    return CoverageCell::Empty;
                };
                let planned = record
                    .outcomes
                    .iter()
                    .filter_map(|o| Some((case.question(&o.question)?, o.outcome)));
                let added = record
                    .added_at_break
                    .iter()
                    .map(|added| (&added.question, added.outcome));
                let (mut asked, mut not_asked) = (0, 0);
                for (_, outcome) in planned.chain(added).filter(|(q, _)| on_topic(q)) {
                    if outcome.was_asked() {
                        asked += 1;
                    } else {
                        not_asked += 1;
                    }
                }
                let told = record.coverage_of(topic);
                if told.is_none() && asked + not_asked == 0 {
                    CoverageCell::Empty
                } else {
                    CoverageCell::Held {
                        told,
                        asked,
                        not_asked,
                    }
                }
            }
            CoverageColumn::PlannedSession(id) => {
                let Some(plan) = case.session(id) else {
                    return CoverageCell::Empty;
                };
                let (mut planned, mut avoided) = (0, 0);
                let questions = plan
                    .questions
                    .iter()
                    .filter(|id| !self.settled.contains(id))
                    .filter_map(|id| case.question(id))
                    .filter(|q| on_topic(q));
                for question in questions {
                    if question.is_asked() {
                        planned += 1;
                    } else {
                        avoided += 1;
                    }
                }
                if planned + avoided == 0 {
                    CoverageCell::Empty
                } else {
                    CoverageCell::Planned { planned, avoided }
                }
            }
        }
    }

    /// The evidence items that can corroborate `topic`, in case order, each with its status.
    pub fn evidence(&self, topic: &TopicId) -> Vec<&'a EvidenceItem> {
        items_covering(self.case, topic)
    }

    /// How far the evidence goes for `topic`: the best status among its items.
    pub fn corroboration(&self, topic: &TopicId) -> Corroboration {
        corroboration_of(self.case, topic)
    }

    /// Questions left to ask (not settled by a held session) that no plan still to come
    /// holds, in case order: the matrix's column of questions not yet in a session.
    pub fn unscheduled(&self) -> Vec<&'a Question> {
        let case = self.case;
        let ahead: HashSet<&QuestionId> = case
            .sessions
            .iter()
            .filter(|plan| case.held_session(&plan.id).is_none())
            .flat_map(|plan| &plan.questions)
            .collect();
        case.questions
            .iter()
            .filter(|q| !self.settled.contains(&q.id) && !ahead.contains(&q.id))
            .map(|q| &**q)
            .collect()
    }
}

/// The columns of the matrix, in order (see the module documentation).
pub fn coverage_columns(case: &Case) -> Vec<CoverageColumn> {
    let accounts = case
        .prior_accounts
        .iter()
        .filter(|account| case.held_session_of_account(&account.id).is_none())
        .map(|account| CoverageColumn::PriorAccount(account.id.clone()));
    let mut held: Vec<_> = case.held_sessions.iter().collect();
    held.sort_by_key(|record| record.started);
    let held = held
        .into_iter()
        .map(|record| CoverageColumn::HeldSession(record.session.clone()));
    let planned = case
        .sessions
        .iter()
        .filter(|plan| case.held_session(&plan.id).is_none())
        .map(|plan| CoverageColumn::PlannedSession(plan.id.clone()));
    accounts.chain(held).chain(planned).collect()
}
