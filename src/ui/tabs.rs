//! Two tabs on one vault: only one writes at a time, so that no update is lost.
//!
//! The writer holds a Web Lock for as long as it edits. Another tab opens as a follower: it is
//! read-only and reloads each case the writer reports as saved. A follower may take over:
//! it asks the writer to hand over, the writer saves what it has, releases the lock and
//! becomes a follower itself.

use crate::model::CaseId;
use js_sys::{Function, Object, Promise, Reflect};
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// The name of the writer's Web Lock and of the broadcast channel between tabs.
const LOCK_NAME: &str = "tell-once-writer";
const CHANNEL_NAME: &str = "tell-once-tabs";

/// What tabs tell each other. Only case ids cross, never case content.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TabMessage {
    /// The writer stored this case: followers read it again.
    Saved { case: CaseId },
    /// The writer deleted this case.
    Deleted { case: CaseId },
    /// A follower wants to edit: the writer saves, releases and follows.
    HandOver,
    /// Everything was wiped: other tabs drop what they hold.
    Wiped,
}

/// The writer's lock, held until released or the tab closes.
pub struct WriterLock {
    /// Resolves the promise that keeps the lock held; `None` where the browser has no Web Locks.
    release: Option<Function>,
}

impl WriterLock {
    pub fn release(self) {
        if let Some(release) = self.release {
            let _ = release.call0(&JsValue::UNDEFINED);
        }
    }
}

fn lock_manager() -> Option<JsValue> {
    let navigator = gloo::utils::window().navigator();
    Reflect::get(&navigator, &"locks".into())
        .ok()
        .filter(|locks| !locks.is_undefined() && !locks.is_null())
}

/// Claims the writer's lock: at once if free (`wait` false: `None` when another tab holds it),
/// or when the holder releases it (`wait` true).
pub async fn claim_writer(wait: bool) -> Option<WriterLock> {
    // Browsers without Web Locks: a single tab is assumed; it writes.
    let Some(locks) = lock_manager() else {
        return Some(WriterLock { release: None });
    };
    let release: Rc<RefCell<Option<Function>>> = Rc::default();
    let mut granted_resolve = None;
    let granted = Promise::new(&mut |resolve, _| granted_resolve = Some(resolve));
    let granted_resolve = granted_resolve.expect("the promise executor runs at once");
    let on_lock = {
        let release = release.clone();
        Closure::once_into_js(move |lock: JsValue| -> Promise {
            if lock.is_null() {
                let _ = granted_resolve.call1(&JsValue::UNDEFINED, &JsValue::FALSE);
                return Promise::resolve(&JsValue::UNDEFINED);
            }
            // The lock is held until this promise settles: keep its resolver as the release.
            let held = Promise::new(&mut |resolve, _| *release.borrow_mut() = Some(resolve));
            let _ = granted_resolve.call1(&JsValue::UNDEFINED, &JsValue::TRUE);
            held
        })
    };
    let options = Object::new();
    let _ = Reflect::set(&options, &"ifAvailable".into(), &JsValue::from_bool(!wait));
    let request = Reflect::get(&locks, &"request".into())
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())?;
    let _ = request.call3(&locks, &LOCK_NAME.into(), &options, &on_lock);
    let got = JsFuture::from(granted).await.ok()?.as_bool() == Some(true);
    let release = release.borrow_mut().take();
    got.then_some(WriterLock { release })
}

/// The channel to the other tabs of this app.
#[derive(Clone)]
pub struct TabChannel {
    channel: Option<web_sys::BroadcastChannel>,
}

impl PartialEq for TabChannel {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl TabChannel {
    pub fn open() -> Self {
        Self {
            channel: web_sys::BroadcastChannel::new(CHANNEL_NAME).ok(),
        }
    }

    pub fn post(&self, message: &TabMessage) {
        if let (Some(channel), Ok(text)) = (&self.channel, serde_json::to_string(message)) {
            let _ = channel.post_message(&JsValue::from_str(&text));
        }
    }

    /// Calls `on_message` for every message from another tab until the returned listener is dropped.
    pub fn listen(
        &self,
        on_message: impl Fn(TabMessage) + 'static,
    ) -> Option<gloo::events::EventListener> {
        let channel = self.channel.as_ref()?;
        Some(gloo::events::EventListener::new(
            channel,
            "message",
            move |event| {
                let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
                    return;
                };
                if let Some(message) = event
                    .data()
                    .as_string()
                    .and_then(|text| serde_json::from_str::<TabMessage>(&text).ok())
                {
                    on_message(message);
                }
            },
        ))
    }
}
