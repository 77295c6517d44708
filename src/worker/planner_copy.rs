//! The worker's copy of the case, kept up to date by the page's messages, and analysed only when
//! the worker has a moment: messages that arrive while an analysis runs are applied first, so a
//! burst of typing costs one analysis, of the newest version.

use super::messages::{analysis_messages, FromWorker, Generation, PartsAssembly, ToWorker};
use crate::model::case::{Case, Question};
use crate::model::edit::apply;
use crate::model::planner::analyze;
use crate::model::shared::Shared;
use std::rc::Rc;

#[derive(Debug, Default)]
pub struct PlannerCopy {
    case: Option<Case>,
    /// The newest request applied to `case`.
    generation: Generation,
    /// Whether `case` changed since it was last analysed.
    unanalysed: bool,
    /// The questions of a whole case still coming in parts: `case` stays as it was until its
    /// last part.
    arriving: PartsAssembly<Shared<Question>>,
}

impl PlannerCopy {
    /// Takes in a message. Returns an answer due at once, if any; the analysis waits for
    /// [`PlannerCopy::analyse`].
    pub fn receive(&mut self, message: ToWorker) -> Option<FromWorker> {
        let generation = match message {
            ToWorker::Questions {
                generation,
                questions,
            } => {
                self.arriving.add(generation, questions);
                return None;
            }
            ToWorker::Case { generation, case } => {
                let mut case = Rc::unwrap_or_clone(case);
                self.arriving.complete(generation, &mut case.questions);
                self.case = Some(case);
                generation
            }
            ToWorker::Edits { generation, edits } => {
                let Some(case) = self.case.as_mut() else {
                    return Some(FromWorker::CaseNeeded { generation });
                };
                // The page applied these to the same case; one that does not apply here means
                // the copy has drifted, and only the whole case puts that right.
                if edits.iter().any(|edit| apply(case, edit).is_err()) {
                    self.case = None;
                    self.unanalysed = false;
                    return Some(FromWorker::CaseNeeded { generation });
                }
                generation
            }
            // Not about the case.
            ToWorker::Seal { .. } | ToWorker::Open { .. } => return None,
        };
        self.generation = generation;
        self.unanalysed = true;
        None
    }

    /// The analysis of the newest version, if it changed since the last one, in the messages
    /// that carry it ([`analysis_messages`]); none if it did not.
    pub fn analyse(&mut self) -> Vec<FromWorker> {
        let Some(case) = self.case.as_ref().filter(|_| self.unanalysed) else {
            return Vec::new();
        };
        self.unanalysed = false;
        analysis_messages(self.generation, analyze(case))
    }
}
