//! The agency's side: a contribution is a question request opened in the agency's own vault.
//! The agency reads what it was sent and changes its own questions, and only those, through
//! the same typed edits as any case, so the planner's findings (already told, duplicates, the
//! coach) apply to them as usual.

use super::request::QuestionRequest;
use crate::model::case::{Case, CaseEdit, HistoryEntry, Question, ReplyToken, Suggestion};
use crate::model::edit::{check, record, EditRefusal};
use crate::model::planner::{analyze, Analysis};
use crate::model::{AgencyId, QuestionId, QuestionRequestId, Timestamp};
use serde::{Deserialize, Serialize};
use std::fmt;

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

/// A question request opened by the agency it was sent to, with the agency's work on it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contribution {
    /// The request as it came: read only.
    pub request: QuestionRequest,
    /// The request's packet, in which the agency's own questions change through typed edits,
    /// with their history.
    #[serde(with = "crate::model::schema::stored_form")]
    pub case: Case,
    /// The sequence number of the last return written; 0 before the first.
    pub returns_made: u64,
    pub opened_at: Timestamp,
}

/// Why an edit of a contribution is refused. Nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ContributionRefusal {
    /// A contribution changes the agency's questions and nothing else of what it was sent.
    NotAQuestionChange,
    /// The question is another agency's: only the lead changes it.
    NotOwnQuestion { question: QuestionId },
    /// The edit itself is refused, as in any case.
    Edit(EditRefusal),
}

impl fmt::Display for ContributionRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotAQuestionChange => f.write_str(
                "a contribution adds, changes and withdraws the agency's own questions; everything else stays as the lead sent it",
            ),
            Self::NotOwnQuestion { question } => write!(
                f,
                "question {question} is another agency's: only the lead changes it"
            ),
            Self::Edit(refusal) => refusal.fmt(f),
        }
    }
}

impl ContributionRefusal {
    /// The id of the interface message that says this (`questions.ftl`); its argument is
    /// `question` (the question's words). A refused edit has the message of its own refusal.
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::NotAQuestionChange => "contribution-error-not-a-question-change",
            Self::NotOwnQuestion { .. } => "contribution-error-not-own-question",
            Self::Edit(_) => "contribution-error-edit",
        }
    }
}

impl std::error::Error for ContributionRefusal {}

impl Contribution {
    /// The contribution that opening `request` at `at` starts: the packet as sent, whose
    /// history begins then.
    pub fn open(request: QuestionRequest, at: Timestamp) -> Self {
        let mut case = request.packet.clone();
        case.history = vec![HistoryEntry::begins(Some(at)).into()];
        Self {
            request,
            case,
            returns_made: 0,
            opened_at: at,
        }
    }

    /// The agency contributing.
    pub fn agency(&self) -> &AgencyId {
        &self.request.agency
    }

    /// The questions the agency raises, as it has them now.
    pub fn own_questions(&self) -> impl Iterator<Item = &Question> {
        let agency = self.agency();
        self.case
            .questions
            .iter()
            .filter(move |q| &q.agency == agency)
            .map(|q| &**q)
    }

    /// The planner's analysis of the contribution, as of any case.
    pub fn analysis(&self) -> Analysis {
        analyze(&self.case)
    }

    fn own(&self, question: &QuestionId) -> Result<(), ContributionRefusal> {
        match self.case.question(question) {
            Some(found) if &found.agency != self.agency() => {
                Err(ContributionRefusal::NotOwnQuestion {
                    question: question.clone(),
                })
            }
            // An unknown question is refused by the edit's own check.
            _ => Ok(()),
        }
    }

    /// Whether `edit` may change the contribution: a question of the agency's own, put,
    /// withdrawn (removed) or moved, or reworded as the coach suggests (and undone); and then
    /// whether the edit applies, as in any case.
    pub fn check(&self, edit: &CaseEdit) -> Result<(), ContributionRefusal> {
        match edit {
            CaseEdit::PutQuestion { question } => {
                if &question.agency != self.agency() {
                    return Err(ContributionRefusal::NotOwnQuestion {
                        question: question.id.clone(),
                    });
                }
                self.own(&question.id)?;
            }
            CaseEdit::RemoveQuestion { question } | CaseEdit::MoveQuestion { question, .. } => {
                self.own(question)?
            }
            CaseEdit::AcceptSuggestion {
                suggestion: Suggestion::Reword { question, .. },
            } => self.own(question)?,
            CaseEdit::UndoSuggestion { position } => {
                // Nothing at `position`: the edit's own check says there is nothing to undo.
                if let Some(accepted) = self.case.accepted.get(*position) {
                    match &accepted.suggestion {
                        Suggestion::Reword { question, .. } => self.own(question)?,
                        _ => return Err(ContributionRefusal::NotAQuestionChange),
                    }
                }
            }
            _ => return Err(ContributionRefusal::NotAQuestionChange),
        }
        check(&self.case, edit).map_err(ContributionRefusal::Edit)
    }

    /// Applies `edit` once [`Self::check`] allows it, in the contribution's history as made at
    /// `at` by `by`; or refuses and changes nothing.
    pub fn record(
        &mut self,
        edit: CaseEdit,
        at: Timestamp,
        by: &str,
    ) -> Result<(), ContributionRefusal> {
        self.check(&edit)?;
        record(&mut self.case, edit, at, by).map_err(ContributionRefusal::Edit)
    }

    /// The return the agency would write now: the request's id and token, the next sequence
    /// number, and the agency's questions. Only what the agency writes of them goes back: what
    /// the lead's suggestions set on them (merges, records that answer them) is the lead's.
    pub fn next_return(&self) -> QuestionReturn {
        QuestionReturn {
            request: self.request.id.clone(),
            token: self.request.token.clone(),
            sequence: self.returns_made + 1,
            agency: self.agency().clone(),
            questions: self
                .own_questions()
                .map(|q| Question {
                    credited_to: Vec::new(),
                    set_aside: None,
                    ..q.clone()
                })
                .collect(),
        }
    }

    /// Notes that `written` was written for the lead, so that the next return comes after it.
    pub fn returned(&mut self, written: &QuestionReturn) {
        self.returns_made = self.returns_made.max(written.sequence);
    }
}
