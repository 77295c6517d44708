//! Wipe everything: removes every trace of the app from this browser after a short countdown
//! that the user can cancel. Offered whether the vault is locked, unlocked or absent.

use crate::ui::hooks::{use_translator, use_vault};
use crate::ui::tabs::TabChannel;
use crate::ui::vault_tasks::wipe_everything;
use gloo::timers::callback::Timeout;
use web_sys::HtmlElement;
use yew::platform::spawn_local;
use yew::prelude::*;

/// Seconds between pressing the button and the wipe: time to change one's mind.
const COUNTDOWN_SECONDS: u32 = 5;

#[derive(Clone, Copy, PartialEq, Eq)]
enum WipeStage {
    Idle,
    /// Wiping in this many seconds.
    CountingDown(u32),
    Cancelled,
    Wiping,
    /// The vault's database could not be deleted.
    Incomplete,
}

#[component]
pub fn WipeSection() -> Html {
    let t = use_translator();
    let vault = use_vault();
    let tabs = use_context::<TabChannel>().expect("App provides the tab channel");
    let stage = use_state(|| WipeStage::Idle);
    let cancel_button = use_node_ref();
    let wipe_button = use_node_ref();

    {
        let stage_handle = stage.clone();
        let dispatcher = vault.dispatcher();
        use_effect_with(*stage, move |stage| {
            let timer = match *stage {
                WipeStage::CountingDown(0) => {
                    stage_handle.set(WipeStage::Wiping);
                    None
                }
                // The tick is set from a task of its own: setting it inside the timer's callback
                // would re-render at once and drop this very timer while it runs.
                WipeStage::CountingDown(left) => Some(Timeout::new(1_000, move || {
                    spawn_local(async move { stage_handle.set(WipeStage::CountingDown(left - 1)) })
                })),
                WipeStage::Wiping => {
                    spawn_local(async move {
                        if wipe_everything(dispatcher, tabs).await.is_err() {
                            stage_handle.set(WipeStage::Incomplete);
                        }
                    });
                    None
                }
                WipeStage::Idle | WipeStage::Cancelled | WipeStage::Incomplete => None,
            };
            // Leaving the page drops the timer, which cancels the countdown.
            move || drop(timer)
        });
    }
    {
        // The cancel button takes focus as the countdown starts; the wipe button gets it back.
        let counting = matches!(*stage, WipeStage::CountingDown(_));
        let (cancel_button, wipe_button) = (cancel_button.clone(), wipe_button.clone());
        let cancelled = *stage == WipeStage::Cancelled;
        use_effect_with((counting, cancelled), move |(counting, cancelled)| {
            let target = if *counting {
                cancel_button.cast::<HtmlElement>()
            } else if *cancelled {
                wipe_button.cast::<HtmlElement>()
            } else {
                None
            };
            if let Some(target) = target {
                let _ = target.focus();
            }
        });
    }

    let onstart = {
        let stage = stage.clone();
        Callback::from(move |_: MouseEvent| stage.set(WipeStage::CountingDown(COUNTDOWN_SECONDS)))
    };
    let oncancel = {
        let stage = stage.clone();
        Callback::from(move |_: MouseEvent| stage.set(WipeStage::Cancelled))
    };
    let announcement = match *stage {
        WipeStage::Idle => String::new(),
        WipeStage::CountingDown(left) => t.tr_with("wipe-countdown", &[("seconds", left.into())]),
        WipeStage::Cancelled => t.tr("wipe-cancelled"),
        WipeStage::Wiping => t.tr("wipe-progress"),
        WipeStage::Incomplete => String::new(),
    };

    html! {
        <section aria-labelledby="wipe-heading" class="panel">
            <h2 id="wipe-heading">{ t.tr("wipe-heading") }</h2>
            <p>{ t.tr("wipe-intro") }</p>
            <p class="warning">{ t.tr("wipe-warning") }</p>
            // Always in the page, so that screen readers announce each change of its text.
            <p class="wipe-countdown" aria-live="assertive" aria-atomic="true">{ announcement }</p>
            if *stage == WipeStage::Incomplete {
                <p class="error" role="alert">{ t.tr("wipe-incomplete") }</p>
            }
            if let WipeStage::CountingDown(_) = *stage {
                <button type="button" ref={cancel_button} onclick={oncancel}>
                    { t.tr("wipe-cancel") }
                </button>
            } else {
                <button type="button" class="danger" ref={wipe_button} onclick={onstart}
                    disabled={*stage == WipeStage::Wiping}>
                    { t.tr("wipe-start") }
                </button>
            }
        </section>
    }
}
