//! Quick exit: leave the app at once, for a survivor or worker who is being watched.
//!
//! A click on the always-visible button, or Shift pressed three times in a row within five
//! seconds (as GOV.UK's "Exit this page" does), hides the page, drops every in-memory value
//! and replaces the location with a neutral page, so that Back does not return here.

use crate::ui::hooks::use_latest;
use crate::ui::vault_tasks::remove_app_keys;
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::*;

/// Where quick exit goes when the deployment does not say otherwise: a well-known weather site.
pub const DEFAULT_EXIT_URL: &str = "https://www.bbc.co.uk/weather";

/// The `<meta name>` in `index.html` through which a deployment chooses its own neutral page.
pub const EXIT_URL_META: &str = "tell-once-exit-url";

/// How many Shift presses in a row trigger quick exit.
const SHIFT_PRESSES: usize = 3;

/// The window, in milliseconds, in which those presses must fall.
const SHIFT_WINDOW_MS: f64 = 5_000.0;

/// Counts Shift presses; any other key breaks the run.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ShiftTrigger {
    presses: Vec<f64>,
}

impl ShiftTrigger {
    /// Notes a key press at `now_ms`; returns whether this press completes the quick-exit gesture.
    pub fn press(&mut self, key: &str, now_ms: f64) -> bool {
        if key != "Shift" {
            self.presses.clear();
            return false;
        }
        self.presses.retain(|&at| now_ms - at <= SHIFT_WINDOW_MS);
        self.presses.push(now_ms);
        if self.presses.len() >= SHIFT_PRESSES {
            self.presses.clear();
            return true;
        }
        false
    }
}

/// Where quick exit goes and how it leaves. The app navigates with `location.replace`;
/// tests pass their own `leave` to observe the exit without leaving the test page.
#[derive(Clone, PartialEq)]
pub struct ExitDestination {
    pub url: AttrValue,
    pub leave: Callback<AttrValue>,
}

impl ExitDestination {
    /// The deployment's neutral page (from the `<meta>` tag, else the default), left by replacing the location.
    pub fn from_document() -> Self {
        let url = gloo::utils::document()
            .query_selector(&format!("meta[name=\"{EXIT_URL_META}\"]"))
            .ok()
            .flatten()
            .and_then(|meta| meta.get_attribute("content"))
            .filter(|url| url.starts_with("https://") || url.starts_with("http://"))
            .unwrap_or_else(|| DEFAULT_EXIT_URL.to_owned());
        Self {
            url: url.into(),
            leave: Callback::from(|url: AttrValue| {
                // replace, not assign: the app's entry in the history is overwritten.
                let _ = gloo::utils::window().location().replace(&url);
            }),
        }
    }
}

/// Hides the whole page at once, before anything else runs, so that nothing stays on screen.
pub fn hide_page() {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("hidden", "");
    }
    // Session storage could hold traces of what was on screen; this app keeps nothing there,
    // but an earlier version might have. Only this app's keys: another app on the origin keeps its own.
    if let Ok(Some(storage)) = gloo::utils::window().session_storage() {
        remove_app_keys(&storage);
    }
}

/// Calls `on_exit` when the Shift gesture is made anywhere on the page, while the component lives.
///
/// The listener and its count of presses are set up once and outlive re-renders: a render
/// between two presses (the save indicator changing, say) must not forget the presses so far.
#[hook]
pub fn use_shift_gesture(on_exit: Callback<()>) {
    let latest = use_latest(&on_exit);
    use_effect_with((), move |_| {
        let mut trigger = ShiftTrigger::default();
        let listener = EventListener::new(&gloo::utils::window(), "keydown", move |event| {
            let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                return;
            };
            if event.repeat() {
                return;
            }
            if trigger.press(&event.key(), js_sys::Date::now()) {
                let on_exit = latest.borrow().clone();
                on_exit.emit(());
            }
        });
        move || drop(listener)
    });
}
