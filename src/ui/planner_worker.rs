//! The page's side of the planner's worker ([`crate::worker`]): starts it when first needed,
//! sends it the case and then only the edits made since, and passes on the analysis of the
//! newest request. A worker that fails, or goes silent for longer than any analysis takes, is
//! replaced by a new one, which is sent the whole case: nothing is lost, since the case lives
//! here, and the page says so.

use crate::model::case::Case;
use crate::model::edit::edits_since;
use crate::model::planner::Analysis;
use crate::worker::messages::{decode, encode, FromWorker, Generation, ToWorker};
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{ErrorEvent, MessageEvent, Worker};
use yew::Callback;

/// The worker's script: trunk's loader for `src/bin/planner_worker.rs`, beside the page.
const SCRIPT: &str = "./planner-worker_loader.js";

/// How long a request may wait for its answer before the worker is taken for dead. The 100x
/// case is analysed in well under a second; the wait doubles after each such restart, so that
/// a case that truly takes longer is still analysed.
const FIRST_PATIENCE_MS: u32 = 15_000;

/// What the worker has to say to the page that asked.
#[derive(Clone, Debug, PartialEq)]
pub enum PlannerNews {
    /// The analysis of the newest case asked about.
    Analysed(Rc<Analysis>),
    /// The worker stopped and a new one was started; the analysis follows.
    Restarted,
}

struct Link {
    worker: Worker,
    // Kept while the worker lives: the browser calls them.
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(ErrorEvent)>,
}

struct PlannerWorker {
    link: Option<Link>,
    /// The case as the worker has it once it has read every message sent.
    known: Option<Rc<Case>>,
    /// The newest request.
    generation: Generation,
    listener: Option<Callback<PlannerNews>>,
    /// The worker said it reads messages: until then the page only keeps the newest case.
    ready: bool,
    watchdog: Option<Timeout>,
    patience_ms: u32,
    /// The browser would not start a worker: the page analyses for itself.
    refused: bool,
}

impl Default for PlannerWorker {
    fn default() -> Self {
        Self {
            link: None,
            known: None,
            generation: 0,
            listener: None,
            ready: false,
            watchdog: None,
            patience_ms: FIRST_PATIENCE_MS,
            refused: false,
        }
    }
}

thread_local! {
    static PLANNER: RefCell<PlannerWorker> = RefCell::new(PlannerWorker::default());
}

/// Whether the analysis runs in the worker. The app that trunk builds (feature `parts`) has
/// one beside it; tests build the app without it and analyse on the page.
pub fn available() -> bool {
    cfg!(feature = "parts") && PLANNER.with(|planner| !planner.borrow().refused)
}

/// Asks for the analysis of `case`. The news of this request, and of none before it, go to
/// `listener`. False when there is no worker: the caller analyses the case itself.
pub fn request_analysis(case: &Rc<Case>, listener: Callback<PlannerNews>) -> bool {
    if !available() {
        return false;
    }
    PLANNER.with(|planner| {
        let mut planner = planner.borrow_mut();
        if planner.link.is_none() && !planner.start() {
            return false;
        }
        planner.listener = Some(listener);
        let edits = planner
            .known
            .as_deref()
            .and_then(|known| edits_since(known, case));
        planner.known = Some(case.clone());
        match edits {
            Some(edits) => planner.send(|generation| ToWorker::Edits { generation, edits }),
            None => planner.send_case(),
        }
        true
    })
}

impl PlannerWorker {
    /// Starts a worker. False if the browser refuses.
    fn start(&mut self) -> bool {
        let Ok(worker) = Worker::new(SCRIPT) else {
            self.refused = true;
            return false;
        };
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
            let text = event.data().as_string().unwrap_or_default();
            if let Ok(answer) = decode::<FromWorker>(&text) {
                answered(answer);
            }
        });
        let on_error = Closure::<dyn FnMut(ErrorEvent)>::new(|event: ErrorEvent| {
            // Handled here: the page says what happened in its own words.
            event.prevent_default();
            restart();
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        self.link = Some(Link {
            worker,
            _on_message: on_message,
            _on_error: on_error,
        });
        self.ready = false;
        // A worker that never starts is replaced like one that stops.
        self.arm_watchdog();
        true
    }

    fn send(&mut self, message: impl FnOnce(Generation) -> ToWorker) {
        self.generation += 1;
        if !self.ready {
            // Sent whole once the worker is ready.
            return;
        }
        let text = encode(&message(self.generation));
        if let Some(link) = &self.link {
            let _ = link.worker.post_message(&text.into());
        }
        self.arm_watchdog();
    }

    fn send_case(&mut self) {
        if let Some(case) = self.known.clone() {
            self.send(|generation| ToWorker::Case {
                generation,
                case: Box::new((*case).clone()),
            });
        }
    }

    fn arm_watchdog(&mut self) {
        self.watchdog = Some(Timeout::new(self.patience_ms, || {
            PLANNER.with(|planner| {
                let mut planner = planner.borrow_mut();
                planner.patience_ms = planner.patience_ms.saturating_mul(2);
            });
            restart();
        }));
    }
}

/// An answer from the worker.
fn answered(answer: FromWorker) {
    let news = PLANNER.with(|planner| {
        let mut planner = planner.borrow_mut();
        match answer {
            FromWorker::Ready => {
                planner.ready = true;
                planner.watchdog = None;
                planner.send_case();
                None
            }
            FromWorker::Analysed {
                generation,
                analysis,
            } => {
                if generation != planner.generation {
                    // Alive, and working on the newest request.
                    planner.arm_watchdog();
                    return None;
                }
                planner.watchdog = None;
                planner.patience_ms = FIRST_PATIENCE_MS;
                let listener = planner.listener.clone()?;
                Some((listener, PlannerNews::Analysed(Rc::new(*analysis))))
            }
            FromWorker::CaseNeeded { .. } => {
                planner.send_case();
                None
            }
        }
    });
    // Outside the borrow: the listener may ask again.
    if let Some((listener, news)) = news {
        listener.emit(news);
    }
}

/// Replaces the worker with a new one and sends it the whole case.
fn restart() {
    let listener = PLANNER.with(|planner| {
        let mut planner = planner.borrow_mut();
        planner.watchdog = None;
        if let Some(link) = planner.link.take() {
            link.worker.terminate();
        }
        if !planner.start() {
            return None;
        }
        planner.send_case();
        planner.listener.clone()
    });
    if let Some(listener) = listener {
        listener.emit(PlannerNews::Restarted);
    }
}
