//! The browser's clock, its frames and random identifiers. The model has neither (every time and id is
//! passed in); they live here, apart from the storage operations, so that any part of the
//! interface can read them without importing those.

use crate::model::Timestamp;
use wasm_bindgen::{closure::Closure, JsCast};
use wasm_bindgen_futures::JsFuture;

/// The current time; the model takes time as an argument and has no clock of its own.
pub fn now() -> Timestamp {
    Timestamp(js_sys::Date::now() as i64)
}

/// A fresh random identifier for a case or a record.
pub fn new_id() -> String {
    gloo::utils::window()
        .crypto()
        .map(|crypto| crypto.random_uuid())
        .unwrap_or_else(|_| format!("{:x}", js_sys::Date::now() as u64))
}

/// Resolves once the browser has produced the next frame: an animation frame callback runs just
/// before it is painted, and a task queued from there runs after.
pub async fn after_next_paint() {
    let frame_then_task = js_sys::Promise::new(&mut |resolve, _reject| {
        let queue_task = Closure::once_into_js(move || {
            let _ = gloo::utils::window().set_timeout_with_callback(&resolve);
        });
        let _ = gloo::utils::window().request_animation_frame(queue_task.unchecked_ref());
    });
    let _ = JsFuture::from(frame_then_task).await;
}

/// How long [`after_first_contentful_paint`] waits for the paint to be recorded: a hidden tab
/// paints nothing, and a browser without Paint Timing records nothing.
const FIRST_PAINT_WAIT_MS: i32 = 1_000;

/// Resolves once the browser has recorded the page's first contentful paint (Paint Timing):
/// the frame that shows it is produced first, and shown as late as the compositor takes on a
/// busy machine. Where it is not recorded within [`FIRST_PAINT_WAIT_MS`], it resolves then.
pub async fn after_first_contentful_paint() {
    after_next_paint().await;
    let Some(performance) = gloo::utils::window().performance() else {
        return;
    };
    let painted = || {
        performance
            .get_entries_by_name("first-contentful-paint")
            .length()
            > 0
    };
    let mut waited = 0;
    while !painted() && waited < FIRST_PAINT_WAIT_MS {
        crate::task_queue::after_ms(FRAME_MS).await;
        waited += FRAME_MS;
    }
}

/// A frame at 60 Hz, in whole milliseconds.
const FRAME_MS: i32 = 16;
