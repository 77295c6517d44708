//! The way into the vault: create it on first run, unlock it afterwards.

use crate::ui::components::input_value;
use crate::ui::errors::vault_error;
use crate::ui::hooks::{use_translator, use_vault};
use crate::ui::vault_state::{LockNotice, Phase};
use crate::ui::vault_tasks::{create_vault, unlock_vault};
use crate::vault::crypto::{check_new_passphrase, passphrase_strength, StrengthRating};
use crate::vault::VaultError;
use age::secrecy::SecretString;
use yew::platform::spawn_local;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct VaultGateProps {
    pub children: Html,
}

/// A form of the gate: the one that creates the vault, or the one that unlocks it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum GateForm {
    Create,
    /// Unlock, and why the vault was locked.
    Unlock(Option<LockNotice>),
}

/// Shows a form of the gate. The forms are a part of their own, fetched when first needed, and
/// the app provides this: the vault page, itself a part, shows the gate too, so the gate does
/// not import the parts that load the forms.
#[derive(Clone, PartialEq)]
pub struct GateForms(pub Callback<GateForm, Html>);

/// Shows its children only while the vault is unlocked; otherwise the form that opens it.
#[component]
pub fn VaultGate(props: &VaultGateProps) -> Html {
    let t = use_translator();
    let vault = use_vault();
    let forms = use_context::<GateForms>().expect("the app provides the gate's forms");
    match &vault.phase {
        Phase::Opening => html! { <p role="status">{ t.tr("vault-opening") }</p> },
        Phase::Unavailable(reason) => html! {
            <section aria-labelledby="unavailable-heading">
                <h1 id="unavailable-heading">{ t.tr("vault-unavailable-heading") }</h1>
                <p>{ t.tr("vault-unavailable") }</p>
                <p class="detail">{ reason.clone() }</p>
            </section>
        },
        // The forms are a part of their own: the first screen (home) does not need them.
        Phase::Absent => forms.0.emit(GateForm::Create),
        Phase::Locked(notice) => forms.0.emit(GateForm::Unlock(*notice)),
        Phase::Unlocked(_) => props.children.clone(),
    }
}

/// First run: choose the passphrase that protects every case in this browser.
#[component]
pub fn CreateVaultForm() -> Html {
    let t = use_translator();
    let vault = use_vault();
    let passphrase = use_state(String::new);
    let confirmation = use_state(String::new);
    let problem = use_state(|| None::<String>);
    let busy = use_state(|| false);

    let strength = (!passphrase.is_empty()).then(|| {
        let rating = passphrase_strength(&SecretString::from(passphrase.to_string())).rating;
        match rating {
            StrengthRating::Weak => t.tr("strength-weak"),
            StrengthRating::Fair => t.tr("strength-fair"),
            StrengthRating::Strong => t.tr("strength-strong"),
            StrengthRating::VeryStrong => t.tr("strength-very-strong"),
        }
    });

    let onsubmit = {
        let (passphrase, confirmation, problem, busy) = (
            passphrase.clone(),
            confirmation.clone(),
            problem.clone(),
            busy.clone(),
        );
        let dispatcher = vault.dispatcher();
        let t = t.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let secret = SecretString::from(passphrase.to_string());
            if let Err(error) = check_new_passphrase(&secret) {
                problem.set(Some(vault_error(&t, &VaultError::WeakPassphrase(error))));
                return;
            }
            if *passphrase != *confirmation {
                problem.set(Some(t.tr("error-passphrase-mismatch")));
                return;
            }
            problem.set(None);
            busy.set(true);
            let (problem, busy, dispatcher, t) =
                (problem.clone(), busy.clone(), dispatcher.clone(), t.clone());
            spawn_local(async move {
                // Let the browser paint the progress message before the key derivation runs.
                yew::platform::time::sleep(std::time::Duration::from_millis(30)).await;
                if let Err(error) = create_vault(secret, dispatcher).await {
                    problem.set(Some(vault_error(&t, &error)));
                }
                busy.set(false);
            });
        })
    };

    html! {
        <section aria-labelledby="create-heading" class="narrow">
            <h1 id="create-heading">{ t.tr("create-heading") }</h1>
            <p>{ t.tr("create-intro") }</p>
            <p>{ t.tr("create-warning") }</p>
            // autocomplete off, not "new-password": that invites the browser to generate and save
            // the passphrase, and a saved passphrase opens the vault on a shared or seized device.
            <form {onsubmit} novalidate=true autocomplete="off">
                <label for="new-passphrase">{ t.tr("passphrase") }</label>
                <input id="new-passphrase" type="password" autocomplete="off"
                    aria-describedby="passphrase-rules passphrase-strength passphrase-not-saved"
                    value={(*passphrase).clone()}
                    oninput={let s = passphrase.clone(); move |e| s.set(input_value(e))} />
                <p id="passphrase-rules" class="hint">{ t.tr("passphrase-rules") }</p>
                <p id="passphrase-strength" class="hint" aria-live="polite">
                    { strength.map(|s| t.tr_with("strength", &[("rating", s.into())])).unwrap_or_default() }
                </p>
                <label for="confirm-passphrase">{ t.tr("passphrase-confirm") }</label>
                <input id="confirm-passphrase" type="password" autocomplete="off"
                    value={(*confirmation).clone()}
                    oninput={let s = confirmation.clone(); move |e| s.set(input_value(e))} />
                <p id="passphrase-not-saved" class="hint">{ t.tr("passphrase-not-saved") }</p>
                if let Some(problem) = &*problem {
                    <p class="error" role="alert">{ problem.clone() }</p>
                }
                if *busy {
                    <p role="status" class="progress">{ t.tr("create-progress") }</p>
                }
                <button type="submit" disabled={*busy}>{ t.tr("create-submit") }</button>
            </form>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct UnlockFormProps {
    pub notice: Option<LockNotice>,
}

/// Unlock with the passphrase; the key derivation takes a few seconds on purpose.
#[component]
pub fn UnlockForm(props: &UnlockFormProps) -> Html {
    let t = use_translator();
    let vault = use_vault();
    let passphrase = use_state(String::new);
    let problem = use_state(|| None::<String>);
    let busy = use_state(|| false);

    let onsubmit = {
        let (passphrase, problem, busy) = (passphrase.clone(), problem.clone(), busy.clone());
        let dispatcher = vault.dispatcher();
        let t = t.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            if passphrase.is_empty() {
                problem.set(Some(t.tr("error-passphrase-blank")));
                return;
            }
            let secret = SecretString::from(passphrase.to_string());
            passphrase.set(String::new());
            problem.set(None);
            busy.set(true);
            let (problem, busy, dispatcher, t) =
                (problem.clone(), busy.clone(), dispatcher.clone(), t.clone());
            spawn_local(async move {
                yew::platform::time::sleep(std::time::Duration::from_millis(30)).await;
                if let Err(error) = unlock_vault(secret, dispatcher).await {
                    problem.set(Some(vault_error(&t, &error)));
                    busy.set(false);
                }
            });
        })
    };

    html! {
        <section aria-labelledby="unlock-heading" class="narrow">
            <h1 id="unlock-heading">{ t.tr("unlock-heading") }</h1>
            if props.notice == Some(LockNotice::Inactivity) {
                <p role="status">{ t.tr("locked-inactivity") }</p>
            }
            if let Some(report) = &vault.lock_report {
                if !report.kept.is_empty() {
                    <p role="status">
                        { t.tr_with("locked-unsaved-kept", &[("cases", report.kept.join(", ").into())]) }
                    </p>
                }
                if !report.lost.is_empty() {
                    <p class="error" role="alert">
                        { t.tr_with("locked-unsaved-lost", &[("cases", report.lost.join(", ").into())]) }
                    </p>
                }
            }
            <p>{ t.tr("unlock-intro") }</p>
            // Not "current-password": the browser must neither offer a saved passphrase nor save this one.
            <form {onsubmit} novalidate=true autocomplete="off">
                <label for="unlock-passphrase">{ t.tr("passphrase") }</label>
                <input id="unlock-passphrase" type="password" autocomplete="off"
                    aria-describedby="unlock-not-saved"
                    value={(*passphrase).clone()} disabled={*busy}
                    oninput={let s = passphrase.clone(); move |e| s.set(input_value(e))} />
                <p id="unlock-not-saved" class="hint">{ t.tr("passphrase-not-saved") }</p>
                if let Some(problem) = &*problem {
                    <p class="error" role="alert">{ problem.clone() }</p>
                }
                if *busy {
                    <p role="status" class="progress">{ t.tr("unlock-progress") }</p>
                }
                <button type="submit" disabled={*busy}>{ t.tr("unlock-submit") }</button>
            </form>
        </section>
    }
}
