//! The planner's analysis of the case on screen, kept off the path from a change to its paint.

use crate::i18n::Translator;
use crate::model::case::Case;
use crate::model::planner::{analyze, Analysis};
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast};
use wasm_bindgen_futures::JsFuture;
use yew::platform::spawn_local;
use yew::prelude::*;

/// Resolves once the browser has produced the next frame: an animation frame callback runs just
/// before it is painted, and a task queued from there runs after.
async fn after_next_paint() {
    let frame_then_task = js_sys::Promise::new(&mut |resolve, _reject| {
        let queue_task = Closure::once_into_js(move || {
            let _ = gloo::utils::window().set_timeout_with_callback(&resolve);
        });
        let _ = gloo::utils::window().request_animation_frame(queue_task.unchecked_ref());
    });
    let _ = JsFuture::from(frame_then_task).await;
}

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

/// The analysis of `case`. A change to the case on screen is painted first and analysed right
/// after: a 10x case takes tens of milliseconds to analyse in the browser, and a new question
/// or a consent decision should show at once, with the findings one frame behind. A case not
/// analysed yet (just opened, or another case) is analysed before it is shown, so that the
/// findings of one case are never shown beside another.
#[hook]
pub fn use_analysis(case: Option<Rc<Case>>) -> Option<Rc<Analysis>> {
    // The latest analysis and the case it was made from; the case to show now.
    let analysed = use_mut_ref(|| None::<(Rc<Case>, Rc<Analysis>)>);
    let shown = use_mut_ref(|| None::<Rc<Case>>);
    let update = use_force_update();
    shown.borrow_mut().clone_from(&case);

    let mut behind = false;
    let analysis = case.as_ref().map(|case| {
        let mut analysed = analysed.borrow_mut();
        match &*analysed {
            Some((done, analysis)) if Rc::ptr_eq(done, case) => analysis.clone(),
            Some((done, analysis)) if done.id == case.id => {
                behind = true;
                analysis.clone()
            }
            _ => {
                let analysis = Rc::new(analyze(case));
                *analysed = Some((case.clone(), analysis.clone()));
                analysis
            }
        }
    });

    use_effect_with((SameCase(case), behind), move |(SameCase(case), behind)| {
        if let (Some(case), true) = (case.clone(), *behind) {
            spawn_local(async move {
                after_next_paint().await;
                // A newer change since: its own task analyses it.
                let still_shown = shown
                    .borrow()
                    .as_ref()
                    .is_some_and(|shown| Rc::ptr_eq(shown, &case));
                if still_shown {
                    let analysis = Rc::new(analyze(&case));
                    *analysed.borrow_mut() = Some((case, analysis));
                    update.force_update();
                }
            });
        }
    });
    analysis
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
