//! Change the vault's passphrase: the current one is checked by unwrapping the vault key, the
//! new one must pass the passphrase policy; optionally the vault key itself is replaced and every
//! record re-encrypted. Any refusal or failure changes nothing.

use crate::ui::components::input_value;
use crate::ui::errors::vault_error;
use crate::ui::hooks::{use_translator, use_vault};
use crate::ui::vault_state::VaultAction;
use crate::ui::vault_tasks::{change_passphrase, PassphraseChange};
use crate::vault::crypto::{check_new_passphrase, passphrase_strength, StrengthRating};
use crate::vault::VaultError;
use age::secrecy::SecretString;
use yew::platform::spawn_local;
use yew::prelude::*;

/// Where the change stands.
#[derive(Clone, Debug, PartialEq)]
enum Stage {
    Idle,
    Working,
    /// Re-encrypting: records done of total.
    Rotating(usize, usize),
    Done(PassphraseChange),
    Failed(String),
}

#[component]
pub fn PassphraseSection() -> Html {
    let t = use_translator();
    let vault = use_vault();
    let current = use_state(String::new);
    let new = use_state(String::new);
    let confirmation = use_state(String::new);
    let rotate = use_state(|| false);
    let stage = use_state(|| Stage::Idle);

    let strength = (!new.is_empty()).then(|| {
        match passphrase_strength(&SecretString::from(new.to_string())).rating {
            StrengthRating::Weak => t.tr("strength-weak"),
            StrengthRating::Fair => t.tr("strength-fair"),
            StrengthRating::Strong => t.tr("strength-strong"),
            StrengthRating::VeryStrong => t.tr("strength-very-strong"),
        }
    });

    let onsubmit = {
        let (current, new, confirmation, rotate, stage, vault, t) = (
            current.clone(),
            new.clone(),
            confirmation.clone(),
            rotate.clone(),
            stage.clone(),
            vault.clone(),
            t.clone(),
        );
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(unlocked) = vault.unlocked() else {
                return;
            };
            if current.is_empty() {
                stage.set(Stage::Failed(t.tr("change-passphrase-current-blank")));
                return;
            }
            let secret = SecretString::from(new.to_string());
            if let Err(error) = check_new_passphrase(&secret) {
                stage.set(Stage::Failed(vault_error(
                    &t,
                    &VaultError::WeakPassphrase(error),
                )));
                return;
            }
            if *new != *confirmation {
                stage.set(Stage::Failed(t.tr("error-passphrase-mismatch")));
                return;
            }
            // Records saved with the old key while the new one is written would not open.
            if *rotate && unlocked.has_unsaved_changes() {
                stage.set(Stage::Failed(t.tr("change-passphrase-unsaved")));
                return;
            }
            let current_secret = SecretString::from(current.to_string());
            stage.set(Stage::Working);
            let (open, dispatcher) = (unlocked.vault.clone(), vault.dispatcher());
            let (current, new, confirmation, stage, t) = (
                current.clone(),
                new.clone(),
                confirmation.clone(),
                stage.clone(),
                t.clone(),
            );
            let rotate = *rotate;
            spawn_local(async move {
                // Let the browser paint the progress message before the key derivation runs.
                yew::platform::time::sleep(std::time::Duration::from_millis(30)).await;
                let progress = {
                    let stage = stage.clone();
                    move |done, total| stage.set(Stage::Rotating(done, total))
                };
                match change_passphrase(&open, &current_secret, &secret, rotate, progress).await {
                    Ok((change, rotated)) => {
                        if let Some(rotated) = rotated {
                            dispatcher.dispatch(VaultAction::Rekeyed(rotated));
                        }
                        for field in [&current, &new, &confirmation] {
                            field.set(String::new());
                        }
                        stage.set(Stage::Done(change));
                    }
                    Err(error) => stage.set(Stage::Failed(t.tr_with(
                        "change-passphrase-failed",
                        &[("reason", vault_error(&t, &error).into())],
                    ))),
                }
            });
        })
    };

    let busy = matches!(*stage, Stage::Working | Stage::Rotating(..));
    html! {
        <section aria-labelledby="passphrase-heading" class="panel">
            <h2 id="passphrase-heading">{ t.tr("change-passphrase-heading") }</h2>
            <p>{ t.tr("change-passphrase-intro") }</p>
            // autocomplete off, not "new-password": that invites the browser to generate and save
            // the passphrase, and a saved passphrase opens the vault on a shared or seized device.
            <form {onsubmit} novalidate=true autocomplete="off">
                <label for="change-current">{ t.tr("change-passphrase-current") }</label>
                <input id="change-current" type="password" autocomplete="off" disabled={busy}
                    value={(*current).clone()}
                    oninput={let s = current.clone(); move |e| s.set(input_value(e))} />
                <label for="change-new">{ t.tr("change-passphrase-new") }</label>
                <input id="change-new" type="password" autocomplete="off" disabled={busy}
                    aria-describedby="change-rules change-strength"
                    value={(*new).clone()}
                    oninput={let s = new.clone(); move |e| s.set(input_value(e))} />
                <p id="change-rules" class="hint">{ t.tr("passphrase-rules") }</p>
                <p id="change-strength" class="hint" aria-live="polite">
                    { strength.map(|s| t.tr_with("strength", &[("rating", s.into())])).unwrap_or_default() }
                </p>
                <label for="change-confirm">{ t.tr("change-passphrase-confirm") }</label>
                <input id="change-confirm" type="password" autocomplete="off" disabled={busy}
                    value={(*confirmation).clone()}
                    oninput={let s = confirmation.clone(); move |e| s.set(input_value(e))} />
                <div class="checkbox">
                    <input id="change-rotate" type="checkbox" checked={*rotate} disabled={busy}
                        aria-describedby="change-rotate-hint"
                        onchange={let r = rotate.clone(); move |_| r.set(!*r)} />
                    <label for="change-rotate">{ t.tr("change-passphrase-rotate") }</label>
                </div>
                <p id="change-rotate-hint" class="hint">{ t.tr("change-passphrase-rotate-hint") }</p>
                <p class="hint">{ t.tr("passphrase-not-saved") }</p>
                { match &*stage {
                    Stage::Idle => Html::default(),
                    Stage::Working => html! {
                        <p role="status" class="progress">{ t.tr("change-passphrase-progress") }</p>
                    },
                    Stage::Rotating(done, total) => html! {
                        <p role="status" class="progress">
                            <label for="change-rotate-progress">
                                { t.tr_with("change-passphrase-rotating", &[("done", (*done).into()), ("total", (*total).into())]) }
                            </label>
                            <progress id="change-rotate-progress" max={total.to_string()} value={done.to_string()} />
                        </p>
                    },
                    Stage::Done(PassphraseChange::Rewrapped) => html! {
                        <p role="status" class="success">{ t.tr("change-passphrase-done") }</p>
                    },
                    Stage::Done(PassphraseChange::Rotated { records }) => html! {
                        <p role="status" class="success">
                            { t.tr_with("change-passphrase-rotated", &[("records", (*records).into())]) }
                        </p>
                    },
                    Stage::Failed(message) => html! {
                        <p role="alert" class="error">{ message.clone() }</p>
                    },
                } }
                <button type="submit" disabled={busy}>{ t.tr("change-passphrase-submit") }</button>
            </form>
        </section>
    }
}
