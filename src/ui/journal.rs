//! The journal's storage: when the page is hidden, closed or left by quick exit before a save
//! has finished, or a lock's grace period ends with saves failing, every unsaved case is
//! encrypted to the vault and written synchronously to local storage, because an IndexedDB
//! write started then may never complete. Entries are age ciphertext, never plaintext; their
//! format and what recovery does with them are in [`crate::vault::journal`].

use super::vault_state::{OpenVault, UnlockedState};
use crate::model::case::Case;
use crate::model::schema::decode_case;
use crate::model::CaseId;
use crate::vault::journal::{recovery, JournalEntry, Recovery};
use crate::vault::CaseDocument;
use web_sys::Storage;

const PREFIX: &str = "tell-once-journal:";
/// Entries that could not be read are moved under this prefix, never deleted: they are reported
/// at every unlock, and the wipe removes them with everything else.
const KEPT_ASIDE_PREFIX: &str = "tell-once-journal-unreadable:";

fn storage() -> Option<Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// Writes every case with unsaved changes to the journal, at once, with the vault revision its
/// changes started from. Returns the cases whose entry could not be written (no local storage,
/// or storage full), for the user to be told.
pub fn write_unsaved(unlocked: &UnlockedState) -> Vec<CaseId> {
    let storage = storage();
    let mut not_kept = Vec::new();
    for (id, tracker) in &unlocked.saves {
        if !tracker.has_unsaved_changes() {
            continue;
        }
        let Some(case) = unlocked.cases.get(id) else {
            continue;
        };
        let entry = unlocked
            .vault
            .seal_for_journal(&CaseDocument::of_case(case))
            .map(|sealed| JournalEntry {
                base: unlocked.vault.stored_revision(id),
                sealed,
            });
        let written = match (&storage, entry) {
            (Some(storage), Ok(entry)) => storage
                .set_item(&format!("{PREFIX}{id}"), &entry.encode())
                .is_ok(),
            _ => false,
        };
        if !written {
            not_kept.push(id.clone());
        }
    }
    not_kept
}

/// Forgets a case's journal entry: once the vault holds the case, once the case is deleted, or
/// once the user chose the vault's version over it.
pub fn clear(id: &CaseId) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(&format!("{PREFIX}{id}"));
    }
}

/// What the journal gives back at unlock.
#[derive(Default)]
pub struct Recovered {
    /// Cases whose unsaved changes start from what the vault holds: saved again at once.
    pub restore: Vec<Case>,
    /// Cases the vault holds a newer version of: the user chooses which to keep.
    pub ask: Vec<Case>,
    /// The cases whose entries could not be read (kept aside, never deleted).
    pub unreadable: Vec<CaseId>,
}

/// Reads the journal for this vault. A deleted case's entry is removed; an entry that cannot be
/// read (damaged, or sealed by a wiped vault) is moved aside and reported.
pub fn recover(vault: &OpenVault) -> Recovered {
    let mut recovered = Recovered::default();
    let Some(storage) = storage() else {
        return recovered;
    };
    let keys: Vec<String> = (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(PREFIX))
        .collect();
    for key in keys {
        let id = CaseId::new(&key[PREFIX.len()..]);
        let Some(text) = storage.get_item(&key).ok().flatten() else {
            continue;
        };
        let read = JournalEntry::decode(&text).ok().and_then(|entry| {
            let document = vault.open_from_journal(&id, &entry.sealed).ok()?;
            let case = decode_case(document.json_str()).ok()?;
            Some((entry.base, case))
        });
        let Some((base, case)) = read else {
            if !keep_aside(&storage, &id, &text, &key) {
                recovered.unreadable.push(id);
            }
            continue;
        };
        match recovery(base, vault.stored_revision(&id)) {
            Recovery::Restore => recovered.restore.push(case),
            Recovery::Ask => recovered.ask.push(case),
            // The user deleted the case after these changes: they must not bring it back.
            Recovery::Deleted => {
                let _ = storage.remove_item(&key);
            }
        }
    }
    let kept_aside = (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter_map(|key| {
            let rest = key.strip_prefix(KEPT_ASIDE_PREFIX)?;
            Some(CaseId::new(rest.split('#').next().unwrap_or(rest)))
        });
    recovered.unreadable.extend(kept_aside);
    recovered.unreadable.sort();
    recovered.unreadable.dedup();
    recovered
}

/// Moves an unreadable entry under [`KEPT_ASIDE_PREFIX`] (numbered if one is there already).
/// If it cannot be moved (storage full) it stays where it is; either way it is reported.
fn keep_aside(storage: &Storage, id: &CaseId, text: &str, key: &str) -> bool {
    let free = (0..100)
        .map(|n| match n {
            0 => format!("{KEPT_ASIDE_PREFIX}{id}"),
            n => format!("{KEPT_ASIDE_PREFIX}{id}#{n}"),
        })
        .find(|candidate| matches!(storage.get_item(candidate), Ok(None)));
    let moved = free.is_some_and(|aside| storage.set_item(&aside, text).is_ok());
    if moved {
        let _ = storage.remove_item(key);
    }
    moved
}
