//! The journal: when the page is hidden or closed before a save has finished, every unsaved
//! case is encrypted to the vault and written synchronously to local storage, because an
//! IndexedDB write started while a tab closes may never complete. The next unlock saves the
//! journal's cases to the vault and clears it. Entries are age ciphertext, never plaintext.

use super::vault_state::{OpenVault, UnlockedState};
use crate::model::case::Case;
use crate::model::schema::{decode_case, encode_case};
use crate::model::CaseId;
use crate::vault::CaseDocument;
use web_sys::Storage;

const PREFIX: &str = "tell-once-journal:";

fn storage() -> Option<Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn from_hex(text: &str) -> Option<Vec<u8>> {
    if text.len() % 2 != 0 {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

/// Writes every case with unsaved changes to the journal, at once. Returns the cases whose
/// entry could not be written (no local storage, or storage full), for the user to be told.
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
        let sealed = CaseDocument::new(id.clone(), encode_case(case).as_bytes())
            .and_then(|document| unlocked.vault.seal_for_journal(&document));
        let written = match (&storage, sealed) {
            (Some(storage), Ok(sealed)) => storage
                .set_item(&format!("{PREFIX}{id}"), &to_hex(&sealed))
                .is_ok(),
            _ => false,
        };
        if !written {
            not_kept.push(id.clone());
        }
    }
    not_kept
}

/// Forgets a case's journal entry once the vault holds the case.
pub fn clear(id: &CaseId) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(&format!("{PREFIX}{id}"));
    }
}

/// The cases the journal holds for this vault. Entries this vault cannot open (left by a
/// wiped vault) are removed.
pub fn recover(vault: &OpenVault) -> Vec<Case> {
    let Some(storage) = storage() else {
        return Vec::new();
    };
    let keys: Vec<String> = (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(PREFIX))
        .collect();
    let mut cases = Vec::new();
    for key in keys {
        let id = CaseId::new(&key[PREFIX.len()..]);
        let case = storage
            .get_item(&key)
            .ok()
            .flatten()
            .and_then(|text| from_hex(&text))
            .and_then(|sealed| vault.open_from_journal(&id, &sealed).ok())
            .and_then(|document| decode_case(document.json_str()).ok());
        match case {
            Some(case) => cases.push(case),
            None => {
                let _ = storage.remove_item(&key);
            }
        }
    }
    cases
}
