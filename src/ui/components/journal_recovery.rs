//! What the journal could not simply give back at unlock: a case the vault holds a newer
//! version of (the user chooses which to keep), and entries that could not be read (reported,
//! kept aside, never deleted).

use crate::ui::clock::now;
use crate::ui::hooks::{use_translator, use_vault};
use crate::ui::journal;
use crate::ui::vault_state::VaultAction;
use yew::prelude::*;

/// Shown while the vault is unlocked and the journal left something to decide or to report.
#[component]
pub fn JournalRecovery() -> Html {
    let t = use_translator();
    let vault = use_vault();
    let Some(unlocked) = vault.unlocked() else {
        return Html::default();
    };
    let conflicts = unlocked.journal_conflicts.iter().map(|case| {
        let code = case.code.clone();
        let heading_id = format!("journal-conflict-{}", case.id);
        let answer = |keep_journal: bool| {
            let (dispatcher, id) = (vault.dispatcher(), case.id.clone());
            Callback::from(move |_: MouseEvent| {
                if !keep_journal {
                    journal::clear(&id);
                }
                dispatcher.dispatch(VaultAction::ResolveJournalConflict {
                    id: id.clone(),
                    keep_journal,
                    now: now(),
                });
            })
        };
        let args = [("case", code.clone().into())];
        html! {
            <section class="banner" aria-labelledby={heading_id.clone()}>
                <h2 id={heading_id}>{ t.tr_with("journal-conflict-heading", &args) }</h2>
                <p>{ t.tr_with("journal-conflict-text", &args) }</p>
                <button type="button" onclick={answer(true)}>
                    { t.tr_with("journal-conflict-keep-journal", &args) }
                </button>
                <button type="button" class="secondary" onclick={answer(false)}>
                    { t.tr_with("journal-conflict-keep-vault", &args) }
                </button>
            </section>
        }
    });
    let unreadable = (!unlocked.journal_unreadable.is_empty()).then(|| {
        let dismiss = {
            let dispatcher = vault.dispatcher();
            Callback::from(move |_: MouseEvent| {
                dispatcher.dispatch(VaultAction::DismissJournalReport)
            })
        };
        let count = unlocked.journal_unreadable.len() as i64;
        html! {
            <section class="banner" role="alert" aria-labelledby="journal-unreadable-heading">
                <h2 id="journal-unreadable-heading">{ t.tr("journal-unreadable-heading") }</h2>
                <p>{ t.tr_with("journal-unreadable-text", &[("count", count.into())]) }</p>
                <button type="button" onclick={dismiss}>{ t.tr("journal-unreadable-dismiss") }</button>
            </section>
        }
    });
    html! { <>{ for conflicts }{ unreadable }</> }
}
