//! Offline use and updates. The service worker (`sw.js`, made by build/service-worker.mjs) keeps
//! the app's files so that it opens with no network; this module registers it, and tells the
//! user when a new version is ready. The new version takes over only when the user asks, after
//! every change is saved: the vault is locked first, so nothing in memory is lost by the reload.

use crate::ui::clock::now;
use crate::ui::hooks::{use_translator, use_vault};
use crate::ui::vault_state::{Phase, VaultAction};
use gloo::events::EventListener;
use gloo::timers::callback::{Interval, Timeout};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState,
};
use yew::platform::spawn_local;
use yew::prelude::*;

/// How often an open tab asks whether a new version was published.
const UPDATE_CHECK_MS: u32 = 60 * 60 * 1000;
/// What the page sends the waiting worker to let it take over (see build/service-worker.js).
const ACTIVATE_MESSAGE: &str = "tell-once-activate";
/// How long the locked page waits for the new version to take it over before it reloads anyway.
const TAKE_OVER_WAIT_MS: u32 = 3_000;

/// The browser's service worker container, where there is one (secure contexts only).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = gloo::utils::window().navigator();
    let present = js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).ok()?;
    present.then(|| navigator.service_worker())
}

/// The query that marks the page a wipe restarted: such a page registers no service worker.
pub const AFTER_WIPE: &str = "wiped";

/// What the name of every cache the service worker fills starts with (see build/service-worker.js).
const CACHE_PREFIX: &str = "tell-once-";
/// The service worker's script, beside the page.
const WORKER_SCRIPT: &str = "./sw.js";

/// The full address of this app's service worker script.
fn worker_url() -> Option<String> {
    let base = gloo::utils::window().location().href().ok()?;
    web_sys::Url::new_with_base(WORKER_SCRIPT, &base)
        .ok()
        .map(|url| url.href())
}

/// Whether a registration is this app's: its worker runs this app's script. Another app on the
/// same origin keeps its own.
fn is_ours(registration: &ServiceWorkerRegistration, ours: &str) -> bool {
    [
        registration.active(),
        registration.waiting(),
        registration.installing(),
    ]
    .into_iter()
    .flatten()
    .any(|worker| worker.script_url() == ours)
}

/// Removes the app's offline copy: its caches and its service worker (the wipe), never
/// another app's on the same origin. Best effort: what the browser refuses to remove, it keeps.
pub async fn remove_offline_copy() {
    if let Ok(caches) = gloo::utils::window().caches() {
        if let Ok(names) = JsFuture::from(caches.keys()).await {
            for name in js_sys::Array::from(&names).iter() {
                if let Some(name) = name.as_string().filter(|n| n.starts_with(CACHE_PREFIX)) {
                    let _ = JsFuture::from(caches.delete(&name)).await;
                }
            }
        }
    }
    let (Some(container), Some(ours)) = (container(), worker_url()) else {
        return;
    };
    if let Ok(registrations) = JsFuture::from(container.get_registrations()).await {
        for registration in js_sys::Array::from(&registrations).iter() {
            let registration: ServiceWorkerRegistration = registration.unchecked_into();
            if !is_ours(&registration, &ours) {
                continue;
            }
            if let Ok(unregistered) = registration.unregister() {
                let _ = JsFuture::from(unregistered).await;
            }
        }
    }
}

/// Whether a new version has been installed and waits for this page to let it take over.
fn waiting_worker(
    registration: &ServiceWorkerRegistration,
    container: &ServiceWorkerContainer,
) -> Option<ServiceWorker> {
    // Without a controller this is the first install, which takes over at once: no update.
    container.controller()?;
    registration.waiting()
}

/// What the listeners of the registration need to keep alive while the page is open.
#[derive(Default)]
struct Watch {
    listeners: Vec<EventListener>,
    update_checks: Option<Interval>,
}

/// Whether a wipe just restarted the page; the marker leaves the address at once.
fn restarted_by_wipe() -> bool {
    let window = gloo::utils::window();
    let wiped = window
        .location()
        .search()
        .is_ok_and(|query| query.trim_start_matches('?') == AFTER_WIPE);
    if wiped {
        if let Ok(history) = window.history() {
            // The hash router needs its "#/" to stay.
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some("./#/"));
        }
    }
    wiped
}

/// Registers the service worker and reports a waiting new version through `on_ready`. Not
/// after a wipe, which removed it with every other trace: the next visit registers it again.
fn register(on_ready: Callback<ServiceWorker>, watch: Rc<RefCell<Watch>>) {
    if restarted_by_wipe() {
        return;
    }
    let Some(container) = container() else {
        return;
    };
    spawn_local(async move {
        // No offline copy (a browser setting, say, or a stub that resolves to nothing, as in a
        // browser that blocks service workers): the app works as before while online.
        let Ok(registration) = JsFuture::from(container.register(WORKER_SCRIPT)).await else {
            return;
        };
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        if let Some(worker) = waiting_worker(&registration, &container) {
            on_ready.emit(worker);
        }
        let on_found = {
            let (registration, container, watch_inner) =
                (registration.clone(), container.clone(), watch.clone());
            EventListener::new(&registration.clone(), "updatefound", move |_| {
                let Some(installing) = registration.installing() else {
                    return;
                };
                let (registration, container, on_ready) =
                    (registration.clone(), container.clone(), on_ready.clone());
                let listener = EventListener::new(&installing, "statechange", move |_| {
                    if let Some(worker) = waiting_worker(&registration, &container) {
                        if worker.state() == ServiceWorkerState::Installed {
                            on_ready.emit(worker);
                        }
                    }
                });
                // Kept with the others: dropping a listener inside its own callback is unsafe.
                let watch_inner = watch_inner.clone();
                spawn_local(async move { watch_inner.borrow_mut().listeners.push(listener) });
            })
        };
        let update_checks = Interval::new(UPDATE_CHECK_MS, move || {
            if let Ok(check) = registration.update() {
                spawn_local(async move {
                    // Offline, the check fails; the next one tries again.
                    let _ = JsFuture::from(check).await;
                });
            }
        });
        let mut watch = watch.borrow_mut();
        watch.listeners.push(on_found);
        watch.update_checks = Some(update_checks);
    });
}

/// Tells the user that a new version is ready, and lets it take over once everything is saved.
#[component]
pub fn UpdateNotice() -> Html {
    let t = use_translator();
    let vault = use_vault();
    let waiting = use_state(|| None::<ServiceWorker>);
    let switching = use_state(|| false);
    let watch = use_mut_ref(Watch::default);

    {
        let (waiting, watch) = (waiting.clone(), watch.clone());
        use_effect_with((), move |_| {
            let on_ready = Callback::from(move |worker: ServiceWorker| waiting.set(Some(worker)));
            register(on_ready, watch.clone());
            move || drop(watch.take())
        });
    }

    // Once the user asked and the vault is saved and locked (or was never open), the new
    // worker takes over; the page reloads when it controls the page. Chromium holds back a
    // worker told to take over while the old one is still busy (for minutes, after the locked
    // page loaded a part of the app for the first time, say); leaving the page frees the old
    // worker, so the locked page reloads after a short wait whatever happened.
    let unlocked = matches!(vault.phase, Phase::Unlocked(_));
    {
        let waiting = waiting.clone();
        use_effect_with((*switching, unlocked), move |&(switching, unlocked)| {
            let mut reloads = None;
            if let (true, false, Some(worker), Some(container)) =
                (switching, unlocked, (*waiting).clone(), container())
            {
                let reload = || {
                    let _ = gloo::utils::window().location().reload();
                };
                reloads = Some((
                    EventListener::once(&container, "controllerchange", move |_| reload()),
                    Timeout::new(TAKE_OVER_WAIT_MS, reload),
                ));
                let _ = worker.post_message(&JsValue::from_str(ACTIVATE_MESSAGE));
            }
            move || drop(reloads)
        });
    }

    if waiting.is_none() {
        return Html::default();
    }
    let onclick = {
        let (switching, dispatcher) = (switching.clone(), vault.dispatcher());
        Callback::from(move |_: MouseEvent| {
            switching.set(true);
            if unlocked {
                dispatcher.dispatch(VaultAction::RequestLock {
                    notice: None,
                    now: now(),
                });
            }
        })
    };
    html! {
        <section class="banner" aria-labelledby="update-heading">
            <h2 id="update-heading">{ t.tr("update-heading") }</h2>
            <p>{ t.tr("update-ready") }</p>
            <button type="button" {onclick} disabled={*switching}>
                { if *switching { t.tr("update-switching") } else { t.tr("update-now") } }
            </button>
        </section>
    }
}
