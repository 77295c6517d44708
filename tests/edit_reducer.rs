//! Edits in the app's vault state: the reducer checks each edit on the case it holds, records
//! it with the vault's author, keeps a refusal to show, and a tab that follows changes nothing.
#![cfg(not(target_arch = "wasm32"))]

use age::secrecy::SecretString;
use futures::executor::block_on;
use std::rc::Rc;
use yew::Reducible;

use tell_once::model::case::{CaseEdit, HistoryEntry};
use tell_once::model::edit::EditRefusal;
use tell_once::model::sample::sample_case;
use tell_once::model::{AgencyId, CaseId, Timestamp};
use tell_once::ui::vault_state::{StoredCases, TabRole, VaultAction, VaultState};
use tell_once::vault::crypto::WorkFactor;
use tell_once::vault::{MemoryStore, Vault, VaultSettings};

const NOW: Timestamp = Timestamp(1_772_366_400_000);
const AUTHOR: &str = "Victim specialist, Harbour Light";

/// An unlocked vault state holding the sample case, with `author` set for the vault.
fn unlocked(author: Option<&str>, role: TabRole) -> Rc<VaultState> {
    let vault = block_on(Vault::new(MemoryStore::new()).create(
        &SecretString::from("birch meadow signal 77".to_owned()),
        WorkFactor::insecure_for_tests(10),
        NOW,
    ))
    .expect("create");
    let settings = match author {
        Some(name) => VaultSettings::default()
            .with_author(name)
            .expect("a valid name"),
        None => VaultSettings::default(),
    };
    let state = Rc::new(VaultState::default()).reduce(VaultAction::Unlocked {
        vault: Rc::new(vault),
        stored: StoredCases::default(),
        role,
        directory: Ok(Default::default()),
        settings,
    });
    state.reduce(VaultAction::AddCase {
        case: Box::new(sample_case()),
        now: NOW,
    })
}

fn edit(state: Rc<VaultState>, edit: CaseEdit) -> Rc<VaultState> {
    let id = sample_case().id;
    state.reduce(VaultAction::EditCase {
        id,
        edit: Box::new(edit),
        now: NOW,
    })
}

fn case_history(state: &VaultState, id: &CaseId) -> Vec<HistoryEntry> {
    state.unlocked().expect("unlocked").cases[id]
        .history
        .iter()
        .map(|entry| (**entry).clone())
        .collect()
}

#[test]
fn an_edit_is_applied_to_the_held_case_and_recorded_with_the_vaults_author() {
    let id = sample_case().id;
    let state = edit(
        unlocked(Some(AUTHOR), TabRole::Writer),
        CaseEdit::SetInterpreterNeeded { needed: true },
    );
    let unlocked = state.unlocked().expect("unlocked");
    assert!(unlocked.cases[&id].profile.interpreter_needed);
    assert!(unlocked.has_unsaved_changes(), "the edit is to be saved");
    assert_eq!(unlocked.refused, None);
    assert_eq!(
        case_history(&state, &id).last(),
        Some(&HistoryEntry::Edited {
            at: NOW,
            by: AUTHOR.to_owned(),
            edit: Box::new(CaseEdit::SetInterpreterNeeded { needed: true }),
        })
    );
}

#[test]
fn an_edit_made_before_a_name_is_set_is_recorded_without_one() {
    let id = sample_case().id;
    let state = edit(
        unlocked(None, TabRole::Writer),
        CaseEdit::SetInterpreterNeeded { needed: true },
    );
    assert!(matches!(
        case_history(&state, &id).last(),
        Some(HistoryEntry::Edited { by, .. }) if by.is_empty()
    ));
}

#[test]
fn an_edit_the_held_case_refuses_changes_nothing_and_is_kept_to_show() {
    let id = sample_case().id;
    let before = unlocked(Some(AUTHOR), TabRole::Writer);
    let held = before.unlocked().unwrap().cases[&id].clone();
    let police = AgencyId::new("police");
    let state = edit(
        before,
        CaseEdit::RemoveAgency {
            agency: police.clone(),
        },
    );
    let unlocked = state.unlocked().unwrap();
    assert_eq!(unlocked.cases[&id], held, "the case is as it was");
    assert!(matches!(
        &unlocked.refused,
        Some(EditRefusal::AgencyInUse { agency, .. }) if *agency == police
    ));
    // The next edit that applies clears the refusal.
    let state = edit(state, CaseEdit::SetInterpreterNeeded { needed: true });
    assert_eq!(state.unlocked().unwrap().refused, None);
}

#[test]
fn a_tab_that_follows_another_changes_nothing() {
    let id = sample_case().id;
    let before = unlocked(Some(AUTHOR), TabRole::Follower);
    let held = before.unlocked().unwrap().cases[&id].clone();
    let state = edit(before, CaseEdit::SetInterpreterNeeded { needed: true });
    assert_eq!(state.unlocked().unwrap().cases[&id], held);
}

#[test]
fn stored_settings_name_the_author_of_later_edits() {
    let id = sample_case().id;
    let state = unlocked(None, TabRole::Writer).reduce(VaultAction::Settings(
        VaultSettings::default().with_author(AUTHOR).unwrap(),
    ));
    let state = edit(state, CaseEdit::SetInterpreterNeeded { needed: true });
    assert!(matches!(
        case_history(&state, &id).last(),
        Some(HistoryEntry::Edited { by, .. }) if by == AUTHOR
    ));
}
