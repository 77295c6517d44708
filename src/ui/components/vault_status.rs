//! What the user must always see about the vault: whether their work is saved, the lock, and
//! whether this tab may edit.

use crate::ui::clock::now;
use crate::ui::errors::vault_error;
use crate::ui::format::time_of_day;
use crate::ui::hooks::{use_translator, use_vault};
use crate::ui::tabs::TabChannel;
use crate::ui::vault_state::{lock_deadline, SaveStatus, TabRole, VaultAction};
use crate::ui::vault_tasks::take_over;
use yew::platform::spawn_local;
use yew::prelude::*;

/// The save indicator and the lock button, shown while the vault is unlocked.
#[component]
pub fn VaultStatus() -> Html {
    let t = use_translator();
    let vault = use_vault();
    let Some(unlocked) = vault.unlocked() else {
        return Html::default();
    };
    let text = match unlocked.save_status() {
        SaveStatus::Saved { at: Some(at) } => t.tr_with(
            "save-saved-at",
            &[("time", time_of_day(at, t.locale()).into())],
        ),
        SaveStatus::Saved { at: None } => t.tr("save-saved"),
        SaveStatus::Pending | SaveStatus::Saving => t.tr("save-saving"),
        SaveStatus::Failed { .. } => t.tr("save-failed"),
    };
    // A lock waiting for saves says so, and why: nothing is locked yet.
    let text = match lock_deadline(unlocked) {
        Some(at) => t.tr_with(
            "lock-waiting",
            &[("time", time_of_day(at, t.locale()).into())],
        ),
        None => text,
    };
    let on_lock = {
        let vault = vault.clone();
        Callback::from(move |_: MouseEvent| {
            vault.dispatch(VaultAction::RequestLock {
                notice: None,
                now: now(),
            })
        })
    };
    html! {
        <div class="vault-status">
            <p class="save-status" role="status" aria-live="polite">{ text }</p>
            <button type="button" class="secondary" onclick={on_lock}>{ t.tr("vault-lock") }</button>
        </div>
    }
}

/// Tells a tab that another tab is editing, and lets it take over.
#[component]
pub fn FollowerBanner() -> Html {
    let t = use_translator();
    let vault = use_vault();
    let tabs = use_context::<TabChannel>().expect("App provides the tab channel");
    let taking_over = use_state(|| false);
    let Some(unlocked) = vault.unlocked() else {
        return Html::default();
    };
    if unlocked.role != TabRole::Follower {
        return Html::default();
    }
    let onclick = {
        let open = unlocked.vault.clone();
        let dispatcher = vault.dispatcher();
        let taking_over = taking_over.clone();
        Callback::from(move |_: MouseEvent| {
            taking_over.set(true);
            let taking_over = taking_over.clone();
            let task = take_over(open.clone(), dispatcher.clone(), tabs.clone());
            spawn_local(async move {
                task.await;
                taking_over.set(false);
            });
        })
    };
    html! {
        <section class="banner" aria-labelledby="follower-heading">
            <h2 id="follower-heading">{ t.tr("tabs-follower-heading") }</h2>
            <p>{ t.tr("tabs-follower") }</p>
            <button type="button" {onclick} disabled={*taking_over}>
                { if *taking_over { t.tr("tabs-taking-over") } else { t.tr("tabs-take-over") } }
            </button>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct SaveFailureAlertProps {
    /// The export form, which is a part of its own: the parts are not imported here, since
    /// the vault's core that shows this alert is a part too.
    pub export_form: Html,
}

/// A blocking alert while changes cannot be saved: the data stays in memory, saving is
/// retried, and the user can export what is in memory right away.
#[component]
pub fn SaveFailureAlert(props: &SaveFailureAlertProps) -> Html {
    let t = use_translator();
    let vault = use_vault();
    let Some(unlocked) = vault.unlocked() else {
        return Html::default();
    };
    let SaveStatus::Failed { reason, retry_at } = unlocked.save_status() else {
        return Html::default();
    };
    let retry = {
        let vault = vault.clone();
        Callback::from(move |_: MouseEvent| vault.dispatch(VaultAction::SaveAllNow { now: now() }))
    };
    let lock = {
        let vault = vault.clone();
        Callback::from(move |_: MouseEvent| {
            vault.dispatch(VaultAction::RequestLock {
                notice: None,
                now: now(),
            })
        })
    };
    html! {
        <div class="overlay">
            <div class="alert-dialog" role="alertdialog" aria-modal="true"
                aria-labelledby="save-failed-heading" aria-describedby="save-failed-text">
                <h2 id="save-failed-heading">{ t.tr("save-failed-heading") }</h2>
                <p id="save-failed-text">
                    { t.tr_with("save-failed-text", &[
                        ("reason", vault_error(&t, &reason).into()),
                        ("time", time_of_day(retry_at, t.locale()).into()),
                    ]) }
                </p>
                if let Some(at) = lock_deadline(unlocked) {
                    <p>{ t.tr_with("lock-waiting-failed", &[("time", time_of_day(at, t.locale()).into())]) }</p>
                }
                <button type="button" onclick={retry}>{ t.tr("save-retry-now") }</button>
                // This dialog covers the header's Lock button; locking must stay within reach.
                if unlocked.lock_requested.is_none() {
                    <button type="button" class="secondary" onclick={lock}>{ t.tr("save-failed-lock") }</button>
                }
                <h3>{ t.tr("export-now-heading") }</h3>
                { props.export_form.clone() }
            </div>
        </div>
    }
}
