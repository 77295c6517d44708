//! The planner's analysis of the case on screen, kept off the path from a change to its paint.

use crate::i18n::Translator;
use crate::model::case::Case;
use crate::model::planner::{analyze, Analysis};
use crate::ui::clock::after_next_paint;
use crate::ui::worker::{self, PlannerNews};
use std::rc::Rc;
use yew::platform::spawn_local;
use yew::prelude::*;

/// Compares the case by identity: a new version of a case is always a new `Rc`. It holds the
/// `Rc`, so that a memo keyed on it never mistakes a new case at a freed address for the old one.
#[derive(Clone)]
pub struct SameCase(pub Option<Rc<Case>>);

impl PartialEq for SameCase {
    fn eq(&self, other: &Self) -> bool {
        match (&self.0, &other.0) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        }
    }
}

/// Compares an analysis by identity, like [`SameCase`]: each analysis that comes is a new `Rc`.
#[derive(Clone)]
pub struct SameAnalysis(pub Rc<Analysis>);

impl PartialEq for SameAnalysis {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The planner's analysis of the case on screen, as far as it has come.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CaseAnalysis {
    /// The analysis of this case: of its newest version, or of one a change or two behind while
    /// the newest is analysed. `None` while the case was never analysed yet.
    pub analysis: Option<Rc<Analysis>>,
    /// The planner's worker stopped and was started again during this visit.
    pub restarted: bool,
}

/// The analysis of `case`. The app that trunk builds analyses in the planner's worker, off the
/// page's thread ([`worker`]): a change is painted at once, then sent, and its findings follow
/// when the worker answers. Without the worker the page analyses for itself, right after the change
/// is painted. A case not analysed yet (just opened, or another case) has no analysis, so that
/// the findings of one case are never shown beside another: without the worker it is analysed
/// before it is shown.
#[hook]
pub fn use_analysis(case: Option<Rc<Case>>) -> CaseAnalysis {
    // The latest analysis and the case it was made from; the case to show now.
    let analysed = use_mut_ref(|| None::<(Rc<Case>, Rc<Analysis>)>);
    let shown = use_mut_ref(|| None::<Rc<Case>>);
    let restarted = use_state(|| false);
    let update = use_force_update();
    shown.borrow_mut().clone_from(&case);
    let in_worker = worker::available();

    let mut behind = false;
    let analysis = case.as_ref().and_then(|case| {
        let mut analysed = analysed.borrow_mut();
        match &*analysed {
            Some((done, analysis)) if Rc::ptr_eq(done, case) => Some(analysis.clone()),
            Some((done, analysis)) if done.id == case.id => {
                behind = true;
                Some(analysis.clone())
            }
            _ if in_worker => None,
            _ => {
                let analysis = Rc::new(analyze(case));
                *analysed = Some((case.clone(), analysis.clone()));
                Some(analysis)
            }
        }
    });
    let waiting = behind || (analysis.is_none() && case.is_some());
    let was_restarted = *restarted;

    use_effect_with(
        (SameCase(case), waiting),
        move |(SameCase(case), waiting)| {
            let Some(case) = case.clone().filter(|_| *waiting) else {
                return;
            };
            let listener = {
                let (analysed, restarted, update) =
                    (analysed.clone(), restarted.clone(), update.clone());
                let case = case.clone();
                Callback::from(move |news: PlannerNews| match news {
                    PlannerNews::Analysed(analysis) => {
                        *analysed.borrow_mut() = Some((case.clone(), analysis));
                        update.force_update();
                    }
                    PlannerNews::Restarted => restarted.set(true),
                })
            };
            // Asked once the change is painted: sending it to the worker costs the page a
            // little too, and the change on screen comes first.
            spawn_local(async move {
                after_next_paint().await;
                // A newer change since: its own task asks for it.
                let still_shown = shown
                    .borrow()
                    .as_ref()
                    .is_some_and(|shown| Rc::ptr_eq(shown, &case));
                if !still_shown || worker::request_analysis(&case, listener) {
                    return;
                }
                let analysis = Rc::new(analyze(&case));
                *analysed.borrow_mut() = Some((case, analysis));
                update.force_update();
            });
        },
    );
    CaseAnalysis {
        analysis,
        restarted: was_restarted,
    }
}

/// What the held sessions achieved, "the survivor has told each topic once: 11 of 12 topics";
/// `None` until a session has taken place, when there is nothing achieved to show yet.
pub fn achieved_headline(t: &Translator, case: &Case, analysis: &Analysis) -> Option<String> {
    (!case.held_sessions.is_empty()).then(|| {
        t.tr_with(
            "headline-achieved",
            &[
                ("once", analysis.achieved.told_once.into()),
                ("told", analysis.achieved.topics_told.into()),
            ],
        )
    })
}

/// How far evidence goes for the plan: "N of M topics in the plan can be corroborated by
/// evidence obtained".
pub fn corroboration_line(t: &Translator, analysis: &Analysis) -> String {
    t.tr_with(
        "evidence-summary",
        &[
            (
                "corroborated",
                analysis.corroboration.topics_corroborated.into(),
            ),
            ("planned", analysis.corroboration.topics_planned.into()),
        ],
    )
}
