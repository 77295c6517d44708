//! The worker's side in the browser: reads the page's messages, keeps the copy, and posts the
//! analysis once the messages waiting have been taken in.

use super::messages::{FromWorker, ToWorker};
use super::passphrase;
use super::planner_copy::PlannerCopy;
use super::posting::{incoming, outgoing};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// Starts answering the page. Runs once, when the worker's module starts.
pub fn serve() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let copy = Rc::new(RefCell::new(PlannerCopy::default()));
    let analysis_queued = Rc::new(Cell::new(false));
    let post = {
        let scope = scope.clone();
        move |answer: &FromWorker| {
            let (posted, handed_over) = outgoing(answer);
            let _ = scope.post_message_with_transfer(&posted, &handed_over);
        }
    };
    let analyse = {
        let (copy, queued, post) = (copy.clone(), analysis_queued.clone(), post.clone());
        Closure::<dyn FnMut()>::new(move || {
            queued.set(false);
            let answers = copy.borrow_mut().analyse();
            for answer in &answers {
                post(answer);
            }
        })
        .into_js_value()
    };
    let on_message = {
        let (scope, post) = (scope.clone(), post.clone());
        Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let answer = match incoming::<ToWorker>(event.data()) {
                Some(message) => match passphrase::answer(&message) {
                    Some(answer) => {
                        post(&answer);
                        return;
                    }
                    None => copy.borrow_mut().receive(message),
                },
                // Not a message of this build's page: ask for the whole case, which it can send.
                None => Some(FromWorker::CaseNeeded { generation: 0 }),
            };
            if let Some(answer) = answer {
                post(&answer);
            }
            // A task queued behind the messages already waiting: they are all applied before
            // the one analysis of the newest version.
            if !analysis_queued.replace(true) {
                let _ = scope.set_timeout_with_callback(analyse.unchecked_ref());
            }
        })
    };
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post(&FromWorker::Ready);
}
