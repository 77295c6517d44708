//! The lead's side: a return checked against the request it answers, previewed (new, changed
//! and withdrawn questions, what the planner would say of each, conflicts with the lead's own
//! changes), and merged as one typed edit.
//!
//! Which questions changed is read three ways, per question id: the agency's questions as
//! last agreed (the request's [`SentRequest::agency_questions`]), as the return has them, and
//! as the lead's case has them. The agency changed a question when the return differs from
//! the agreed version; the lead did when the case differs from it. When both did, differently,
//! it is a conflict, and the lead chooses: a merge never overwrites the lead's change unasked.
//! Questions are compared by what the agency writes ([`same_question`]), not by what the lead's
//! suggestions set on them.

use super::contribution::QuestionReturn;
use super::refusal::ExchangeRefusal;
use crate::model::case::{Case, CaseEdit, MergedChange, MergedReturn, Question, SentRequest};
use crate::model::edit::{apply_merged_change, EditRefusal};
use crate::model::planner::finding::{Finding, FindingSubject};
use crate::model::planner::{analyze, Analysis, RetellingLoad};
use crate::model::{AgencyId, QuestionId, QuestionRequestId};
use std::collections::{BTreeMap, HashSet};

/// Whether two versions of a question say the same: raised by the same agency, in the same
/// words and language, on the same topics, in the same phase and at the same priority.
pub fn same_question(a: &Question, b: &Question) -> bool {
    a.id == b.id
        && a.agency == b.agency
        && a.text == b.text
        && a.language == b.language
        && a.topics == b.topics
        && a.phase == b.phase
        && a.priority == b.priority
}

fn same(a: Option<&Question>, b: Option<&Question>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => same_question(a, b),
        (None, None) => true,
        _ => false,
    }
}

/// What the agency did to a question since the version last agreed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReturnedChange {
    New,
    Changed,
    Withdrawn,
}

/// Which version of a question the merge keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MergeChoice {
    /// The agency's, as returned (the default where the lead did not change the question).
    TakeReturned,
    /// The lead's, as the case has it now (or no question, where the lead removed it).
    KeepLead,
}

/// One question the return changes, as the merge preview shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MergeItem {
    pub question: QuestionId,
    pub change: ReturnedChange,
    /// The agency's version; `None` when withdrawn.
    pub returned: Option<Question>,
    /// The lead's version now; `None` when new, or when the lead removed it.
    pub lead: Option<Question>,
    /// The version last agreed with the agency; `None` when new.
    pub agreed: Option<Question>,
    /// The lead changed it too, differently: [`Self::lead`] and [`Self::returned`] are the two
    /// versions to choose from.
    pub conflict: bool,
    /// What the merge does with it; `None` for a conflict the lead has not decided.
    pub choice: Option<MergeChoice>,
    /// Why the agency's version cannot be taken as the case is (a withdrawn question still in
    /// use, say); the merge leaves it, and it shows again with the agency's next return.
    pub refused: Option<EditRefusal>,
    /// What the planner says of the question once merged as chosen: duplicates with other
    /// agencies' questions, what the survivor already told, the coach's remarks.
    pub findings: Vec<Finding>,
}

/// What merging a return would do, for the lead to review before accepting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MergePreview {
    pub request: QuestionRequestId,
    pub agency: AgencyId,
    pub sequence: u64,
    /// The agency's questions in the order the return has them, then those it withdrew.
    pub items: Vec<MergeItem>,
    /// The retelling figures (the plan's headline) now, and once merged as chosen.
    pub retelling_before: RetellingLoad,
    pub retelling_after: RetellingLoad,
    /// The case as it would be once merged as chosen, and its analysis: what the items'
    /// findings name (a new question, say) is found there.
    pub merged: Case,
    pub merged_analysis: Analysis,
}

/// The request of `case` that `answer` answers, if the return may be merged: it names a request
/// of the case, carries its reply token, comes from the agency asked, is newer than the last
/// return merged, and holds only that agency's questions, each once.
pub fn check_return<'a>(
    case: &'a Case,
    answer: &QuestionReturn,
) -> Result<&'a SentRequest, ExchangeRefusal> {
    let request = answer.request.clone();
    let sent =
        case.question_request(&answer.request)
            .ok_or_else(|| ExchangeRefusal::UnknownRequest {
                request: request.clone(),
            })?;
    if !sent.token.matches(&answer.token) {
        return Err(ExchangeRefusal::WrongToken { request });
    }
    if sent.agency != answer.agency {
        return Err(ExchangeRefusal::WrongAgency {
            request,
            expected: sent.agency.clone(),
            found: answer.agency.clone(),
        });
    }
    if answer.sequence <= sent.last_merged {
        return Err(ExchangeRefusal::AlreadyMerged {
            request,
            sequence: answer.sequence,
            last_merged: sent.last_merged,
        });
    }
    let mut seen = HashSet::new();
    for question in &answer.questions {
        if question.agency != answer.agency {
            return Err(ExchangeRefusal::ForeignQuestion {
                question: question.id.clone(),
                agency: question.agency.clone(),
            });
        }
        if !seen.insert(&question.id) {
            return Err(ExchangeRefusal::QuestionTwice {
                question: question.id.clone(),
            });
        }
    }
    Ok(sent)
}

/// The returned questions as the lead takes them: what the agency writes, and nothing the
/// lead's suggestions set (a new question is asked and credited to no one else yet).
fn as_returned(answer: &QuestionReturn) -> Vec<Question> {
    answer
        .questions
        .iter()
        .map(|q| Question {
            credited_to: Vec::new(),
            set_aside: None,
            ..q.clone()
        })
        .collect()
}

/// The questions the return changes, without choices, refusals or findings yet.
fn changed_questions(case: &Case, sent: &SentRequest, returned: &[Question]) -> Vec<MergeItem> {
    let agreed = |id: &QuestionId| sent.agency_questions.iter().find(|q| &q.id == id);
    let item = |change, returned: Option<&Question>, agreed: Option<&Question>, id: &QuestionId| {
        let lead = case.question(id);
        // Nothing to merge where the agency changed nothing, or the lead already has its version.
        if same(returned, agreed) || same(lead, returned) {
            return None;
        }
        Some(MergeItem {
            question: id.clone(),
            change,
            returned: returned.cloned(),
            lead: lead.cloned(),
            agreed: agreed.cloned(),
            // A new question whose id the case already uses is refused, not a conflict.
            conflict: agreed.is_some() && !same(lead, agreed),
            choice: None,
            refused: None,
            findings: Vec::new(),
        })
    };
    let kept = returned.iter().filter_map(|question| {
        let agreed = agreed(&question.id);
        let change = if agreed.is_some() {
            ReturnedChange::Changed
        } else {
            ReturnedChange::New
        };
        item(change, Some(question), agreed, &question.id)
    });
    let withdrawn = sent
        .agency_questions
        .iter()
        .filter(|q| returned.iter().all(|r| r.id != q.id))
        .filter_map(|q| item(ReturnedChange::Withdrawn, None, Some(q), &q.id));
    kept.chain(withdrawn).collect()
}

/// The change the merge makes when it takes the agency's version of `item`.
fn merged_change(item: &MergeItem) -> MergedChange {
    match (&item.returned, item.change) {
        (Some(question), ReturnedChange::New) => MergedChange::Add {
            question: question.clone(),
        },
        (Some(question), _) => MergedChange::Change {
            question: question.clone(),
        },
        (None, _) => MergedChange::Withdraw {
            question: item.question.clone(),
        },
    }
}

/// The items with the lead's `choices` (a conflict has none until chosen; every other change
/// is taken unless the lead keeps its own), and the case merged as chosen: each taken change
/// applied in turn, or marked refused and left out.
fn merge_as_chosen(
    case: &Case,
    mut items: Vec<MergeItem>,
    choices: &BTreeMap<QuestionId, MergeChoice>,
) -> (Vec<MergeItem>, Case) {
    let mut merged = case.clone();
    merged.history.clear();
    for item in &mut items {
        item.choice = choices
            .get(&item.question)
            .copied()
            .or((!item.conflict).then_some(MergeChoice::TakeReturned));
        if item.choice == Some(MergeChoice::TakeReturned) {
            item.refused = apply_merged_change(&mut merged, &merged_change(item)).err();
        }
    }
    (items, merged)
}

/// What merging `answer` into `case` would do with the lead's `choices` (by question; choices
/// for questions the return does not change are ignored), or why it cannot be merged at all.
pub fn preview_merge(
    case: &Case,
    answer: &QuestionReturn,
    choices: &BTreeMap<QuestionId, MergeChoice>,
) -> Result<MergePreview, ExchangeRefusal> {
    let sent = check_return(case, answer)?;
    let items = changed_questions(case, sent, &as_returned(answer));
    let (mut items, merged) = merge_as_chosen(case, items, choices);
    let after = analyze(&merged);
    let about = |finding: &Finding, id: &QuestionId| {
        finding.concerns.iter().any(|subject| match subject {
            FindingSubject::Question(question) => question == id,
            FindingSubject::Wording { question, .. } => question == id,
            _ => false,
        })
    };
    for item in &mut items {
        item.findings = after
            .findings
            .iter()
            .filter(|finding| about(finding, &item.question))
            .cloned()
            .collect();
    }
    Ok(MergePreview {
        request: answer.request.clone(),
        agency: answer.agency.clone(),
        sequence: answer.sequence,
        items,
        retelling_before: analyze(case).retelling,
        retelling_after: after.retelling.clone(),
        merged,
        merged_analysis: after,
    })
}

/// The edit that merges `answer` into `case` as the lead chose: every conflict needs a choice.
/// Changes that cannot be applied as the case is ([`MergeItem::refused`]) are left out, and the
/// agreed version of their question stays as it was, so that they show again with the agency's
/// next return.
pub fn merge_edit(
    case: &Case,
    answer: &QuestionReturn,
    choices: &BTreeMap<QuestionId, MergeChoice>,
) -> Result<CaseEdit, ExchangeRefusal> {
    let sent = check_return(case, answer)?;
    let returned = as_returned(answer);
    let items = changed_questions(case, sent, &returned);
    let (items, _) = merge_as_chosen(case, items, choices);
    if let Some(undecided) = items.iter().find(|item| item.choice.is_none()) {
        return Err(ExchangeRefusal::ConflictUndecided {
            question: undecided.question.clone(),
        });
    }
    let mut agency_questions = returned;
    let mut changes = Vec::new();
    for item in &items {
        if item.choice != Some(MergeChoice::TakeReturned) {
            continue;
        }
        if item.refused.is_none() {
            changes.push(merged_change(item));
            continue;
        }
        let at = agency_questions.iter().position(|q| q.id == item.question);
        match (at, &item.agreed) {
            (Some(at), Some(agreed)) => agency_questions[at] = agreed.clone(),
            (Some(at), None) => {
                agency_questions.remove(at);
            }
            (None, Some(agreed)) => agency_questions.push(agreed.clone()),
            (None, None) => {}
        }
    }
    Ok(CaseEdit::MergeReturn {
        merge: Box::new(MergedReturn {
            request: answer.request.clone(),
            agency: answer.agency.clone(),
            sequence: answer.sequence,
            changes,
            agency_questions,
        }),
    })
}
