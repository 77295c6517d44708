//! What runs in the background while the app is open: finding the vault, autosave, auto-lock,
//! flushing when the page is hidden, and following or handing over to another tab.

use super::clock::now;
use super::hooks::{use_latest, use_vault};
use super::journal;
use super::preferences::Preferences;
use super::tabs::{TabChannel, TabMessage};
use super::vault_state::{lock_deadline, next_save_wake, LockNotice, Phase, TabRole, VaultAction};
use super::vault_tasks::{find_vault, release_writer, reload_case, run_saves};
use gloo::events::EventListener;
use gloo::timers::callback::{Interval, Timeout};
use std::cell::Cell;
use std::rc::Rc;
use yew::platform::spawn_local;
use yew::prelude::*;

/// Renders nothing; runs the vault's background work for as long as the app is shown.
#[component]
pub fn VaultEffects() -> Html {
    use_find_vault();
    use_autosave();
    use_flush_when_hidden();
    use_auto_lock();
    use_lock_deadline();
    use_tab_coordination();
    Html::default()
}

/// Finds out, once, whether this browser holds a vault: the gate then offers to unlock it or to
/// create one.
#[hook]
fn use_find_vault() {
    let dispatcher = use_vault().dispatcher();
    use_effect_with((), move |_| spawn_local(find_vault(dispatcher)));
}

/// Starts saves when their debounce or retry time comes, and runs the saves the reducer queued.
#[hook]
fn use_autosave() {
    let vault = use_vault();
    let tabs = use_context::<TabChannel>().expect("App provides the tab channel");
    let wake = vault.unlocked().and_then(next_save_wake);
    {
        let dispatcher = vault.dispatcher();
        use_effect_with(wake, move |wake| {
            let timeout = wake.map(|at| {
                let delay = (at.0 - now().0).clamp(0, i64::from(u32::MAX)) as u32;
                // Dispatched from a task of its own, so that the re-render it causes does not
                // drop this timer while its callback runs.
                Timeout::new(delay, move || {
                    spawn_local(
                        async move { dispatcher.dispatch(VaultAction::SaveDue { now: now() }) },
                    )
                })
            });
            move || drop(timeout)
        });
    }
    let outbox = vault
        .unlocked()
        .map(|s| (s.outbox_generation, s.outbox.clone(), s.vault.clone()));
    let key = outbox
        .as_ref()
        .map(|(generation, _, vault)| (*generation, Rc::as_ptr(vault) as usize));
    let dispatcher = vault.dispatcher();
    use_effect_with(key, move |_| {
        if let Some((_, jobs, vault)) = outbox {
            if !jobs.is_empty() {
                spawn_local(run_saves(vault, jobs, dispatcher, tabs));
            }
        }
    });
}

/// Saves at once when the page is hidden or left: the tab may be closing. The journal keeps
/// an encrypted copy synchronously, in case the tab closes before the save completes.
#[hook]
fn use_flush_when_hidden() {
    let vault = use_vault();
    let latest = use_latest(&vault);
    let dispatcher = vault.dispatcher();
    use_effect_with((), move |_| {
        let flush = move || {
            if let Some(unlocked) = latest.borrow().unlocked() {
                journal::write_unsaved(unlocked);
            }
            dispatcher.dispatch(VaultAction::SaveAllNow { now: now() });
        };
        let flush = Rc::new(flush);
        let on_pagehide = {
            let flush = flush.clone();
            EventListener::new(&gloo::utils::window(), "pagehide", move |_| flush())
        };
        let on_hidden =
            EventListener::new(&gloo::utils::document(), "visibilitychange", move |_| {
                if gloo::utils::document().visibility_state() == web_sys::VisibilityState::Hidden {
                    flush();
                }
            });
        move || drop((on_pagehide, on_hidden))
    });
}

/// Locks anyway when a requested lock has waited its grace period for saves that keep failing
/// or do not finish: the unsaved cases are first sealed into the journal, synchronously, from
/// the latest state.
#[hook]
fn use_lock_deadline() {
    let vault = use_vault();
    let latest = use_latest(&vault);
    let deadline = vault.unlocked().and_then(lock_deadline);
    let dispatcher = vault.dispatcher();
    use_effect_with(deadline, move |deadline| {
        let timeout = deadline.map(|at| {
            let delay = (at.0 - now().0).clamp(0, i64::from(u32::MAX)) as u32;
            Timeout::new(delay, move || {
                // A task of its own, as in autosave: the re-render must not drop this timer mid-call.
                spawn_local(async move {
                    let not_kept = latest
                        .borrow()
                        .unlocked()
                        .map(journal::write_unsaved)
                        .unwrap_or_default();
                    dispatcher.dispatch(VaultAction::LockAfterGrace { not_kept });
                })
            })
        });
        move || drop(timeout)
    });
}

/// Locks the vault after the chosen time without any activity.
#[hook]
fn use_auto_lock() {
    let vault = use_vault();
    let unlocked = vault.unlocked().is_some();
    let dispatcher = vault.dispatcher();
    use_effect_with(unlocked, move |unlocked| {
        let mut guards = None;
        if *unlocked {
            let last_activity = Rc::new(Cell::new(now().0));
            let window = gloo::utils::window();
            let listeners: Vec<_> = ["pointerdown", "keydown", "input", "wheel", "touchstart"]
                .into_iter()
                .map(|kind| {
                    let last_activity = last_activity.clone();
                    EventListener::new(&window, kind, move |_| last_activity.set(now().0))
                })
                .collect();
            let interval = Interval::new(5_000, move || {
                // Read at every tick, so that a new choice (in this tab or another) applies at once.
                let limit_ms = i64::from(Preferences::load().auto_lock_minutes) * 60_000;
                if now().0 - last_activity.get() >= limit_ms {
                    dispatcher.dispatch(VaultAction::RequestLock {
                        notice: Some(LockNotice::Inactivity),
                        now: now(),
                    });
                }
            });
            guards = Some((listeners, interval));
        }
        move || drop(guards)
    });
}

/// Follows the writer tab's saves, hands over when asked, and lets go of the writer's lock
/// whenever this tab stops writing (locked, wiped, or handed over).
#[hook]
fn use_tab_coordination() {
    let vault = use_vault();
    let tabs = use_context::<TabChannel>().expect("App provides the tab channel");
    let writes = matches!(&vault.phase, Phase::Unlocked(s) if s.role == TabRole::Writer);
    use_effect_with(writes, |writes| {
        if !*writes {
            release_writer();
        }
    });

    let unlocked = vault.unlocked().map(|s| (s.vault.clone(), s.role));
    let key = unlocked
        .as_ref()
        .map(|(v, role)| (Rc::as_ptr(v) as usize, *role));
    let dispatcher = vault.dispatcher();
    use_effect_with(key, move |_| {
        let listener = tabs.listen(move |message| match (&unlocked, message) {
            (_, TabMessage::Wiped) => dispatcher.dispatch(VaultAction::Wiped),
            (Some((vault, TabRole::Follower)), TabMessage::Saved { case }) => {
                spawn_local(reload_case(vault.clone(), case, dispatcher.clone()))
            }
            (Some(_), TabMessage::Deleted { case }) => {
                dispatcher.dispatch(VaultAction::CaseDeleted(case))
            }
            (Some((_, TabRole::Writer)), TabMessage::HandOver) => {
                dispatcher.dispatch(VaultAction::HandOver { now: now() })
            }
            _ => {}
        });
        move || drop(listener)
    });
}
