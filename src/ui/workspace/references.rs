//! What the rows of the workspace's long lists (questions, consent purposes) show of the rest of
//! the case. A 10x case has 1,500 questions and a hundred consent purposes; a row renders again
//! only when what it shows changed, and this is the part of that which lies outside the row.

use crate::model::case::{Agency, Case, PriorAccount, Question};
use crate::model::shared::Shared;
use crate::model::{CaseId, LanguageTag, QuestionId, ReferralId, ServiceId, SessionId, Timestamp};
use std::collections::HashMap;
use std::rc::Rc;
use yew::prelude::*;

/// Names a row may show about other parts of the case: agencies, prior accounts, sessions,
/// referrals. Not the questions: adding one must not render every row again, so a row that
/// names other questions compares those itself (see [`same_questions`]).
#[derive(PartialEq)]
struct CaseReferences {
    case: CaseId,
    language: LanguageTag,
    agencies: Vec<Agency>,
    accounts: Shared<Vec<PriorAccount>>,
    sessions: Vec<(SessionId, Timestamp, String)>,
    referrals: Vec<(ReferralId, ServiceId, String)>,
}

impl CaseReferences {
    fn of(case: &Case) -> Self {
        Self {
            case: case.id.clone(),
            language: case.profile.language.clone(),
            agencies: case.agencies.clone(),
            accounts: case.prior_accounts.clone(),
            sessions: case
                .sessions
                .iter()
                .map(|s| (s.id.clone(), s.date, s.place.clone()))
                .collect(),
            referrals: case
                .referrals
                .iter()
                .map(|r| (r.id.clone(), r.service.id.clone(), r.service.name.clone()))
                .collect(),
        }
    }
}

/// Stands for one state of [`CaseReferences`]: equal while nothing in it changed, so that rows
/// compare a pointer instead of the case.
#[derive(Clone)]
pub struct ReferencesToken(Rc<()>);

impl ReferencesToken {
    /// A token equal only to its own clones.
    pub fn new() -> Self {
        Self(Rc::new(()))
    }
}

impl Default for ReferencesToken {
    fn default() -> Self {
        Self::new()
    }
}

impl PartialEq for ReferencesToken {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The token for the case as it is now; a new one only when something rows refer to changed.
/// (A row's props keep its old token alive, so a new token never reuses the old one's address.)
#[hook]
pub fn use_references_token(case: &Case) -> ReferencesToken {
    ReferencesToken(use_memo(CaseReferences::of(case), |_| ()))
}

/// Where each question is in `case.questions`: rows that name other questions look them up
/// here rather than searching 1,500 questions each.
pub struct QuestionPositions(HashMap<QuestionId, usize>);

impl QuestionPositions {
    pub fn of(case: &Case) -> Self {
        Self(
            case.questions
                .iter()
                .enumerate()
                .map(|(position, question)| (question.id.clone(), position))
                .collect(),
        )
    }

    /// The question with this id in `case`, the case these positions were taken from.
    pub fn find<'c>(&self, case: &'c Case, id: &QuestionId) -> Option<&'c Question> {
        self.0
            .get(id)
            .and_then(|&position| case.questions.get(position))
            .map(|question| &**question)
    }
}

/// Whether the questions named by `ids` read the same in two versions of the case (each with
/// its positions): wording, asking agency and the agencies credited, which is all a row shows
/// of another question.
pub fn same_questions<'a>(
    (before, before_positions): (&Case, &QuestionPositions),
    (after, after_positions): (&Case, &QuestionPositions),
    ids: impl IntoIterator<Item = &'a QuestionId>,
) -> bool {
    ids.into_iter().all(|id| {
        match (
            before_positions.find(before, id),
            after_positions.find(after, id),
        ) {
            (Some(a), Some(b)) => {
                a.text == b.text && a.agency == b.agency && a.credited_to == b.credited_to
            }
            (None, None) => true,
            _ => false,
        }
    })
}
