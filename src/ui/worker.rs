//! The page's side of the worker ([`crate::worker`]): starts it when first needed and passes it
//! the heavy work. The planner's analysis: the case is sent once and then only the edits made
//! since, and the analysis of the newest request is passed on. The work of a passphrase: each
//! request waits for its own answer ([`InTheWorker`]). A worker that fails, or goes silent for
//! longer than any of that takes, is replaced by a new one, which is sent the whole case and
//! every request still waiting: nothing is lost, since all of it lives here, and the page says so.

use crate::model::case::Case;
use crate::model::edit::edits_since;
use crate::model::planner::Analysis;
use crate::task_queue::after_ms;
use crate::vault::crypto::{OpenError, PassphraseWork, SealError, WorkFactor};
use crate::worker::messages::{
    case_messages, AnalysisAssembly, FromWorker, Generation, PassphraseRequest, ToWorker,
};
use crate::worker::passphrase;
use crate::worker::posting::{incoming, outgoing};
use age::secrecy::{ExposeSecret, SecretString};
use futures_util::future::LocalBoxFuture;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::collections::{BTreeMap, VecDeque};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ErrorEvent, MessageEvent, Worker};
use yew::Callback;
use zeroize::Zeroizing;

/// The worker's script: trunk's loader for `src/bin/worker.rs`, beside the page.
const SCRIPT: &str = "./worker_loader.js";

/// How long an answer may take before the worker is taken for dead. The 100x case is analysed,
/// and a passphrase derived, in well under that; the wait doubles after each such restart, so
/// that work that truly takes longer still gets done.
const FIRST_PATIENCE_MS: u32 = 15_000;

/// What the worker has to say to the page that asked for an analysis.
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

/// A passphrase request waiting for its answer.
struct Waiting {
    /// The message, sent again to a worker that replaces one that stopped.
    message: ToWorker,
    answer: Rc<RefCell<Option<FromWorker>>>,
    /// Resolves the promise the request awaits.
    resolve: js_sys::Function,
}

struct WorkerState {
    link: Option<Link>,
    /// The case as the worker has it once it has read every message sent.
    known: Option<Rc<Case>>,
    /// The newest analysis asked for, and the newest answered.
    generation: Generation,
    answered: Generation,
    listener: Option<Callback<PlannerNews>>,
    /// The findings of the newest analysis that have come so far.
    assembly: AnalysisAssembly,
    waiting: BTreeMap<PassphraseRequest, Waiting>,
    next_request: PassphraseRequest,
    /// The worker said it reads messages: until then messages are kept, not posted.
    ready: bool,
    /// Messages about the case waiting for a task of their own: a large case goes in parts
    /// ([`case_messages`]), each written out in its own task, and edits wait behind them.
    /// (A passphrase request is posted at once: it does not depend on them.)
    outbox: VecDeque<ToWorker>,
    /// A task is due to post the next message in the outbox.
    posting: bool,
    watchdog: Option<Timeout>,
    patience_ms: u32,
    /// The browser would not start a worker: the page does the work itself.
    refused: bool,
}

impl Default for WorkerState {
    fn default() -> Self {
        Self {
            link: None,
            known: None,
            generation: 0,
            answered: 0,
            listener: None,
            assembly: AnalysisAssembly::default(),
            waiting: BTreeMap::new(),
            next_request: 0,
            ready: false,
            outbox: VecDeque::new(),
            posting: false,
            watchdog: None,
            patience_ms: FIRST_PATIENCE_MS,
            refused: false,
        }
    }
}

thread_local! {
    static WORKER: RefCell<WorkerState> = RefCell::new(WorkerState::default());
}

/// Whether the heavy work runs in the worker. The app that trunk builds (feature `parts`) has
/// one beside it; tests build the app without it and do the work on the page.
pub fn available() -> bool {
    cfg!(feature = "parts") && WORKER.with(|state| !state.borrow().refused)
}

/// Asks for the analysis of `case`. The news of this request, and of none before it, go to
/// `listener`. False when there is no worker: the caller analyses the case itself.
pub fn request_analysis(case: &Rc<Case>, listener: Callback<PlannerNews>) -> bool {
    if !available() {
        return false;
    }
    WORKER.with(|state| {
        let mut state = state.borrow_mut();
        if state.link.is_none() && !state.start() {
            return false;
        }
        state.listener = Some(listener);
        let edits = state
            .known
            .as_deref()
            .and_then(|known| edits_since(known, case));
        state.known = Some(case.clone());
        match edits {
            Some(edits) => {
                state.send_analysis(|generation| vec![ToWorker::Edits { generation, edits }])
            }
            None => state.send_case(),
        }
        true
    })
}

impl WorkerState {
    /// Starts a worker. False if the browser refuses.
    fn start(&mut self) -> bool {
        let Ok(worker) = Worker::new(SCRIPT) else {
            self.refused = true;
            return false;
        };
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
            if let Some(answer) = incoming::<FromWorker>(event.data()) {
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

    fn post(&self, message: &ToWorker) {
        if let (true, Some(link)) = (self.ready, &self.link) {
            let (posted, handed_over) = outgoing(message);
            let _ = link
                .worker
                .post_message_with_transfer(&posted, &handed_over);
        }
    }

    /// Posts a message about the case behind those waiting: at once when none is.
    fn post_in_turn(&mut self, message: ToWorker) {
        self.outbox.push_back(message);
        if !self.posting {
            self.post_next();
        }
    }

    /// Posts the next message about the case, and leaves the rest to a later task.
    fn post_next(&mut self) {
        if let Some(message) = self.outbox.pop_front() {
            self.post(&message);
        }
        self.posting = !self.outbox.is_empty();
        if self.posting {
            wasm_bindgen_futures::spawn_local(async {
                after_ms(0).await;
                WORKER.with(|state| state.borrow_mut().post_next());
            });
        }
    }

    fn send_analysis(&mut self, messages: impl FnOnce(Generation) -> Vec<ToWorker>) {
        self.generation += 1;
        // Before the worker is ready the whole case is sent once it is.
        if self.ready {
            for message in messages(self.generation) {
                self.post_in_turn(message);
            }
            self.arm_watchdog();
        }
    }

    fn send_case(&mut self) {
        if let Some(case) = self.known.clone() {
            // What waits about the case sent before is of no use once this one is on its way.
            self.outbox.clear();
            self.send_analysis(|generation| case_messages(generation, &case));
        }
    }

    /// Whether an answer is due.
    fn awaiting(&self) -> bool {
        self.answered < self.generation || !self.waiting.is_empty()
    }

    fn arm_watchdog(&mut self) {
        self.watchdog = Some(Timeout::new(self.patience_ms, || {
            WORKER.with(|state| {
                let mut state = state.borrow_mut();
                state.patience_ms = state.patience_ms.saturating_mul(2);
            });
            restart();
        }));
    }

    /// After an answer: wait for the next one, or for nothing.
    fn rearm(&mut self) {
        if self.awaiting() {
            self.arm_watchdog();
        } else {
            self.watchdog = None;
            self.patience_ms = FIRST_PATIENCE_MS;
        }
    }
}

/// Delivers a passphrase request's answer.
fn deliver(waiting: Waiting, answer: FromWorker) {
    *waiting.answer.borrow_mut() = Some(answer);
    let _ = waiting.resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
}

/// An answer from the worker.
fn answered(answer: FromWorker) {
    let mut delivered = None;
    let news = WORKER.with(|state| {
        let mut state = state.borrow_mut();
        let news = match answer {
            FromWorker::Ready => {
                state.ready = true;
                state.send_case();
                for waiting in state.waiting.values() {
                    state.post(&waiting.message);
                }
                None
            }
            FromWorker::Findings {
                generation,
                findings,
            } => {
                state.assembly.add(generation, findings);
                None
            }
            FromWorker::Analysed {
                generation,
                analysis,
            } => {
                state.answered = state.answered.max(generation);
                let analysis = state.assembly.complete(generation, *analysis);
                (generation == state.generation)
                    .then(|| state.listener.clone())
                    .flatten()
                    .map(|listener| (listener, PlannerNews::Analysed(Rc::new(analysis))))
            }
            FromWorker::CaseNeeded { .. } => {
                state.send_case();
                None
            }
            FromWorker::Sealed { request, .. } | FromWorker::Opened { request, .. } => {
                delivered = state
                    .waiting
                    .remove(&request)
                    .map(|waiting| (waiting, answer));
                None
            }
        };
        state.rearm();
        news
    });
    // Outside the borrow: the listener and the awaiting task may ask again.
    if let Some((waiting, answer)) = delivered {
        deliver(waiting, answer);
    }
    if let Some((listener, news)) = news {
        listener.emit(news);
    }
}

/// Replaces the worker with a new one, which is sent the whole case and every request still
/// waiting once it is ready. If the browser will not start another, the page does the waiting
/// passphrase work itself.
fn restart() {
    let (listener, done_here) = WORKER.with(|state| {
        let mut state = state.borrow_mut();
        state.watchdog = None;
        if let Some(link) = state.link.take() {
            link.worker.terminate();
        }
        // Nothing waiting is posted to the new worker before it is ready, and then all of it is
        // sent again.
        state.outbox.clear();
        // Whatever was sent is lost with the worker: the new one is sent the whole case.
        state.answered = state.generation;
        if state.start() {
            (state.listener.clone(), Vec::new())
        } else {
            let waiting = std::mem::take(&mut state.waiting);
            (state.listener.clone(), waiting.into_values().collect())
        }
    });
    for waiting in done_here {
        if let Some(answer) = passphrase::answer(&waiting.message) {
            deliver(waiting, answer);
        }
    }
    if let Some(listener) = listener {
        listener.emit(PlannerNews::Restarted);
    }
}

/// Sends a passphrase request and waits for its answer; `None` when there is no worker.
async fn passphrase_request(
    message: impl FnOnce(PassphraseRequest) -> ToWorker,
) -> Option<FromWorker> {
    if !available() {
        return None;
    }
    let answer = Rc::new(RefCell::new(None));
    let mut resolve = None;
    let promise = js_sys::Promise::new(&mut |resolve_fn, _reject| resolve = Some(resolve_fn));
    let sent = WORKER.with(|state| {
        let mut state = state.borrow_mut();
        if state.link.is_none() && !state.start() {
            return false;
        }
        state.next_request += 1;
        let request = state.next_request;
        let waiting = Waiting {
            message: message(request),
            answer: answer.clone(),
            resolve: resolve.take().expect("the promise's executor runs at once"),
        };
        state.post(&waiting.message);
        state.waiting.insert(request, waiting);
        state.arm_watchdog();
        true
    });
    if !sent {
        return None;
    }
    let _ = JsFuture::from(promise).await;
    answer.take()
}

/// The app's passphrase work: in the worker, or on the page when there is none.
#[derive(Clone, Copy, Debug, Default)]
pub struct InTheWorker;

impl PassphraseWork for InTheWorker {
    fn seal(
        &self,
        plaintext: Zeroizing<Vec<u8>>,
        passphrase: SecretString,
        work_factor: WorkFactor,
    ) -> LocalBoxFuture<'static, Result<String, SealError>> {
        Box::pin(async move {
            let message = |request| ToWorker::Seal {
                request,
                plaintext: plaintext.to_vec(),
                passphrase: passphrase.expose_secret().to_owned(),
                work_factor: work_factor.log_n(),
            };
            let answer = match passphrase_request(message).await {
                Some(answer) => answer,
                None => passphrase::answer(&message(0)).expect("a passphrase request"),
            };
            match answer {
                FromWorker::Sealed { sealed, .. } => sealed,
                _ => Err(SealError("the worker answered another request".into())),
            }
        })
    }

    fn open(
        &self,
        file: Vec<u8>,
        passphrase: SecretString,
        max_work_factor: u8,
    ) -> LocalBoxFuture<'static, Result<Zeroizing<Vec<u8>>, OpenError>> {
        Box::pin(async move {
            let message = |request| ToWorker::Open {
                request,
                file: file.clone(),
                passphrase: passphrase.expose_secret().to_owned(),
                max_work_factor,
            };
            let answer = match passphrase_request(message).await {
                Some(answer) => answer,
                None => passphrase::answer(&message(0)).expect("a passphrase request"),
            };
            match answer {
                FromWorker::Opened { opened, .. } => {
                    opened.map(|bytes| Zeroizing::new(bytes.plaintext))
                }
                _ => Err(OpenError::Corrupted),
            }
        })
    }
}
