//! The worker's copy of the case, kept up to date by the page's messages, and analysed only when
//! the worker has a moment: messages that arrive while an analysis runs are applied first, so a
//! burst of typing costs one analysis, of the newest version.

use super::messages::{analysis_messages, CaseAssembly, FromWorker, Generation, ToWorker};
use crate::model::case::Case;
use crate::model::edit::apply;
use crate::model::planner::analyze;
use std::rc::Rc;

#[derive(Debug, Default)]
pub struct PlannerCopy {
    case: Option<Case>,
    /// The newest request applied to `case`.
    generation: Generation,
    /// Whether `case` changed since it was last analysed.
    unanalysed: bool,
    /// The parts of a whole case still coming: `case` stays as it was until its last message.
    arriving: CaseAssembly,
}

impl PlannerCopy {
    /// Takes in a message. Returns an answer due at once, if any; the analysis waits for
    /// [`PlannerCopy::analyse`].
    pub fn receive(&mut self, message: ToWorker) -> Option<FromWorker> {
        let generation = match message {
            ToWorker::CasePart { generation, part } => {
                self.arriving.add(generation, part);
                return None;
            }
            ToWorker::Case {
                generation,
                case,
                parts,
            } => {
                let whole = self
                    .arriving
                    .complete(generation, parts, Rc::unwrap_or_clone(case));
                // Parts missing, or a ledger that does not hold together: the copy has drifted.
                let Some(case) = whole else {
                    return Some(self.drifted(generation));
                };
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
                    return Some(self.drifted(generation));
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

    /// Drops a copy that no longer follows the page's case, and asks for the whole case.
    fn drifted(&mut self, generation: Generation) -> FromWorker {
        self.case = None;
        self.unanalysed = false;
        FromWorker::CaseNeeded { generation }
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
