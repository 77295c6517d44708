//! Rule 7, question coach: the coach's remarks on every question still asked, as findings.

use super::finding::{Finding, FindingKind, FindingSubject, Severity};
use crate::model::case::{Case, Suggestion};
use crate::model::coach::{review, RemarkKind};

/// Rule 7 over every question still asked.
pub fn coach_remarks(case: &Case) -> Vec<Finding> {
    let mut findings = Vec::new();
    for question in case.questions.iter().filter(|q| q.is_asked()) {
        for remark in review(&question.text, &question.language, question.phase) {
            let (kind, severity, problem) = match remark.kind {
                RemarkKind::Leading => (
                    FindingKind::CoachLeading,
                    Severity::Warning,
                    "suggests its own answer, which can taint the evidence",
                ),
                RemarkKind::Compound => (
                    FindingKind::CoachCompound,
                    Severity::Info,
                    "asks two things at once; ask one at a time",
                ),
                RemarkKind::ForcedChoice => (
                    FindingKind::CoachForcedChoice,
                    Severity::Warning,
                    "offers only the interviewer's options during free recall",
                ),
                RemarkKind::Why => (
                    FindingKind::CoachWhy,
                    Severity::Warning,
                    "asks \"why\", which can sound like blame",
                ),
                RemarkKind::Jargon => (
                    FindingKind::CoachJargon,
                    Severity::Info,
                    "uses a word the survivor may not share",
                ),
                RemarkKind::ClosedInFreeRecall => (
                    FindingKind::CoachClosedInFreeRecall,
                    Severity::Info,
                    "invites a yes or no during free recall",
                ),
            };
            findings.push(Finding {
                kind,
                severity,
                explanation: format!(
                    "Question {} {problem} (\"{}\"). Try: {}",
                    question.id, remark.trigger.text, remark.rewording
                ),
                concerns: vec![
                    FindingSubject::Question(question.id.clone()),
                    FindingSubject::Wording {
                        question: question.id.clone(),
                        trigger: remark.trigger,
                    },
                ],
                suggestion: Some(Suggestion::Reword {
                    question: question.id.clone(),
                    text: remark.rewording,
                }),
            });
        }
    }
    findings
}
