//! The vault notices what was changed outside Tell Once (a record rolled back, deleted or put
//! there, the clear metadata edited, the manifest removed), reports it at unlock and still opens
//! the rest; storage keys say nothing of a case; the key can be rotated; a vault of the first
//! layout is moved to the current one.
#![cfg(not(target_arch = "wasm32"))]

use age::secrecy::SecretString;
use futures::executor::block_on;

use tell_once::model::{CaseId, Timestamp};
use tell_once::vault::crypto::WorkFactor;
use tell_once::vault::manifest::{IntegrityProblem, MANIFEST_KEY};
use tell_once::vault::store::{InjectedFailure, MemoryStore, Shelf, StoreError};
use tell_once::vault::{ListedCase, UnlockedVault, Vault, VaultError, VaultSettings};

const PASSPHRASE: &str = "quiet harbour lantern 42";
const NEW_PASSPHRASE: &str = "copper meadow violin 77";
const HARBOUR_V1: &str = r#"{"id":"case-harbour","code":"HB-17","note":"first"}"#;
const HARBOUR_V2: &str = r#"{"id":"case-harbour","code":"HB-17","note":"second"}"#;
const ORCHARD: &str = r#"{"id":"case-orchard","code":"OR-03"}"#;

fn secret(s: &str) -> SecretString {
    SecretString::from(s.to_owned())
}

fn fast() -> WorkFactor {
    WorkFactor::insecure_for_tests(10)
}

fn id(s: &str) -> CaseId {
    CaseId::new(s)
}

/// A vault with the harbour case saved twice (revision 2) and the orchard case once.
fn vault_with_history(store: &MemoryStore) -> UnlockedVault<MemoryStore> {
    let vault = block_on(Vault::new(store.clone()).create(
        &secret(PASSPHRASE),
        fast(),
        Timestamp(1_700_000_000_000),
    ))
    .expect("create");
    block_on(vault.save_case(&id("case-harbour"), HARBOUR_V1.as_bytes())).unwrap();
    block_on(vault.save_case(&id("case-harbour"), HARBOUR_V2.as_bytes())).unwrap();
    block_on(vault.save_case(&id("case-orchard"), ORCHARD.as_bytes())).unwrap();
    vault
}

fn key_of(vault: &UnlockedVault<MemoryStore>, case: &str) -> String {
    vault.storage_key(&id(case)).expect("stored")
}

/// Locks, unlocks with `passphrase` and lists the cases, as the app does.
fn reopen(
    vault: UnlockedVault<MemoryStore>,
    passphrase: &str,
) -> (UnlockedVault<MemoryStore>, Vec<ListedCase>) {
    let vault = block_on(vault.lock().unlock(&secret(passphrase))).expect("unlock");
    let listed = block_on(vault.list_cases()).expect("list");
    (vault, listed)
}

fn readable(listed: &[ListedCase]) -> Vec<(String, String)> {
    listed
        .iter()
        .filter_map(|entry| match entry {
            ListedCase::Readable(doc) => {
                Some((doc.id().as_str().to_owned(), doc.json_str().to_owned()))
            }
            ListedCase::Unreadable { .. } => None,
        })
        .collect()
}

#[test]
fn every_save_raises_the_stored_revision() {
    let store = MemoryStore::new();
    let vault = vault_with_history(&store);
    assert_eq!(vault.stored_revision(&id("case-harbour")), Some(2));
    assert_eq!(vault.stored_revision(&id("case-orchard")), Some(1));
    assert_eq!(vault.stored_revision(&id("case-nowhere")), None);
    let (vault, _) = reopen(vault, PASSPHRASE);
    assert_eq!(vault.stored_revision(&id("case-harbour")), Some(2));
    assert!(
        vault.integrity_problems().is_empty(),
        "{:?}",
        vault.integrity_problems()
    );
    block_on(vault.delete_case(&id("case-harbour"))).unwrap();
    assert_eq!(vault.stored_revision(&id("case-harbour")), None);
    let (vault, listed) = reopen(vault, PASSPHRASE);
    assert_eq!(readable(&listed).len(), 1);
    assert!(
        vault.integrity_problems().is_empty(),
        "a deletion by the app is no problem"
    );
}

#[test]
fn a_rolled_back_record_is_reported_and_still_opens() {
    let store = MemoryStore::new();
    let vault =
        block_on(Vault::new(store.clone()).create(&secret(PASSPHRASE), fast(), Timestamp(1)))
            .unwrap();
    block_on(vault.save_case(&id("case-harbour"), HARBOUR_V1.as_bytes())).unwrap();
    let key = key_of(&vault, "case-harbour");
    let older = store.raw(Shelf::Cases, &key).unwrap();
    block_on(vault.save_case(&id("case-harbour"), HARBOUR_V2.as_bytes())).unwrap();
    block_on(vault.save_case(&id("case-orchard"), ORCHARD.as_bytes())).unwrap();
    // Someone with the device puts the earlier copy back.
    store.set_raw(Shelf::Cases, &key, older.clone());

    let (vault, listed) = reopen(vault, PASSPHRASE);
    assert_eq!(
        vault.integrity_problems(),
        [IntegrityProblem::RolledBack {
            case_id: id("case-harbour"),
            found: 1,
            expected: 2
        }]
    );
    assert!(vault.integrity_problems()[0]
        .to_string()
        .contains("changed outside Tell Once"));
    // The rest opens, the rolled-back case too (as it now is), and nothing is deleted.
    assert_eq!(
        readable(&listed),
        [
            ("case-harbour".to_owned(), HARBOUR_V1.to_owned()),
            ("case-orchard".to_owned(), ORCHARD.to_owned())
        ]
    );
    assert_eq!(store.raw(Shelf::Cases, &key), Some(older));
}

#[test]
fn edited_metadata_is_reported_and_the_cases_still_open() {
    let store = MemoryStore::new();
    let vault = vault_with_history(&store);
    let mut meta: serde_json::Value =
        serde_json::from_slice(&store.raw(Shelf::Vault, "meta").unwrap()).unwrap();
    meta["last_export_at"] = 1_800_000_000_000_i64.into();
    store.set_raw(Shelf::Vault, "meta", serde_json::to_vec(&meta).unwrap());

    let (vault, listed) = reopen(vault, PASSPHRASE);
    assert_eq!(
        vault.integrity_problems(),
        [IntegrityProblem::MetadataAltered]
    );
    assert_eq!(readable(&listed).len(), 2);
}

#[test]
fn a_layout_number_lowered_by_hand_is_reported_not_obeyed() {
    let store = MemoryStore::new();
    let vault = vault_with_history(&store);
    let harbour = key_of(&vault, "case-harbour");
    let mut meta: serde_json::Value =
        serde_json::from_slice(&store.raw(Shelf::Vault, "meta").unwrap()).unwrap();
    meta["schema"] = 1.into();
    store.set_raw(Shelf::Vault, "meta", serde_json::to_vec(&meta).unwrap());

    let (vault, listed) = reopen(vault, PASSPHRASE);
    assert_eq!(
        vault.integrity_problems(),
        [IntegrityProblem::MetadataAltered]
    );
    assert_eq!(readable(&listed).len(), 2);
    assert_eq!(
        key_of(&vault, "case-harbour"),
        harbour,
        "no layout upgrade ran"
    );
}

#[test]
fn a_deleted_record_is_reported() {
    let store = MemoryStore::new();
    let vault = vault_with_history(&store);
    store.remove_raw(Shelf::Cases, &key_of(&vault, "case-orchard"));
    let (vault, listed) = reopen(vault, PASSPHRASE);
    assert_eq!(
        vault.integrity_problems(),
        [IntegrityProblem::Missing {
            case_id: id("case-orchard")
        }]
    );
    assert_eq!(readable(&listed).len(), 1);
}

#[test]
fn a_record_copied_under_another_key_is_reported() {
    let store = MemoryStore::new();
    let vault = vault_with_history(&store);
    let copy = store
        .raw(Shelf::Cases, &key_of(&vault, "case-orchard"))
        .unwrap();
    store.set_raw(Shelf::Cases, "0000feedface", copy);
    let (vault, listed) = reopen(vault, PASSPHRASE);
    assert_eq!(
        vault.integrity_problems(),
        [IntegrityProblem::Unlisted {
            case_id: id("case-orchard")
        }]
    );
    assert_eq!(readable(&listed).len(), 2, "one case, listed once");
}

#[test]
fn a_removed_or_foreign_manifest_is_reported_and_saves_do_not_duplicate_cases() {
    for tamper in ["removed", "foreign"] {
        let store = MemoryStore::new();
        let vault = vault_with_history(&store);
        match tamper {
            "removed" => store.remove_raw(Shelf::Vault, MANIFEST_KEY),
            _ => {
                // The manifest of another vault, valid there.
                let other = MemoryStore::new();
                vault_with_history(&other);
                let foreign = other.raw(Shelf::Vault, MANIFEST_KEY).unwrap();
                store.set_raw(Shelf::Vault, MANIFEST_KEY, foreign);
            }
        }
        let vault = block_on(vault.lock().unlock(&secret(PASSPHRASE))).unwrap();
        assert!(
            matches!(
                vault.integrity_problems().as_slice(),
                [IntegrityProblem::ManifestUntrusted { .. }]
            ),
            "{tamper}: {:?}",
            vault.integrity_problems()
        );
        // A save before any listing finds the case where it is, instead of storing it twice.
        block_on(vault.save_case(&id("case-orchard"), ORCHARD.as_bytes())).unwrap();
        assert_eq!(store.raw_keys(Shelf::Cases).len(), 2, "{tamper}");
        let (vault, listed) = reopen(vault, PASSPHRASE);
        assert_eq!(readable(&listed).len(), 2, "{tamper}");
        assert!(
            vault.integrity_problems().is_empty(),
            "{tamper}: the save wrote a manifest again: {:?}",
            vault.integrity_problems()
        );
    }
}

#[test]
fn storage_keys_and_clear_bytes_say_nothing_of_a_case() {
    let store = MemoryStore::new();
    let vault = vault_with_history(&store);
    block_on(
        vault.save_settings(
            &VaultSettings::default()
                .with_author("Quillon Verbeck")
                .unwrap(),
        ),
    )
    .unwrap();
    for shelf in Shelf::ALL {
        for key in store.raw_keys(shelf) {
            assert!(
                !key.contains("harbour") && !key.contains("orchard"),
                "{key}"
            );
        }
    }
    let all = String::from_utf8_lossy(&store.all_bytes()).into_owned();
    for clue in ["case-harbour", "case-orchard", "HB-17", "Quillon"] {
        assert!(!all.contains(clue), "{clue} readable in storage");
    }
    let first = key_of(&vault, "case-harbour");
    let other = MemoryStore::new();
    let again = vault_with_history(&other);
    assert_ne!(first, key_of(&again, "case-harbour"), "keys are random");
}

#[test]
fn rotating_the_key_reencrypts_every_record_and_keeps_every_case() {
    let store = MemoryStore::new();
    let vault = vault_with_history(&store);
    block_on(vault.save_directory(br#"{"services":[]}"#)).unwrap();
    block_on(vault.save_settings(&VaultSettings::default().with_author("Mara Ilves").unwrap()))
        .unwrap();
    let harbour = key_of(&vault, "case-harbour");
    let before = store.raw(Shelf::Cases, &harbour).unwrap();

    // A wrong current passphrase changes nothing.
    assert_eq!(
        block_on(vault.rotate_key(
            &secret("not it at all"),
            &secret(NEW_PASSPHRASE),
            fast(),
            |_, _| {}
        ))
        .unwrap_err(),
        VaultError::WrongPassphrase
    );
    // A storage failure changes nothing either: the old passphrase still opens everything.
    store.inject_failure(Some(InjectedFailure::QuotaExceeded));
    assert_eq!(
        block_on(vault.rotate_key(
            &secret(PASSPHRASE),
            &secret(NEW_PASSPHRASE),
            fast(),
            |_, _| {}
        ))
        .unwrap_err(),
        VaultError::Store(StoreError::QuotaExceeded)
    );
    store.inject_failure(None);
    assert_eq!(store.raw(Shelf::Cases, &harbour).unwrap(), before);

    let mut steps = Vec::new();
    let rotated = block_on(vault.rotate_key(
        &secret(PASSPHRASE),
        &secret(NEW_PASSPHRASE),
        fast(),
        |done, total| steps.push((done, total)),
    ))
    .unwrap();
    assert_eq!(
        steps,
        [(1, 4), (2, 4), (3, 4), (4, 4)],
        "two cases, directory, settings"
    );
    assert_ne!(
        store.raw(Shelf::Cases, &harbour).unwrap(),
        before,
        "re-encrypted"
    );
    assert_eq!(
        block_on(rotated.load_case(&id("case-harbour")))
            .unwrap()
            .json_str(),
        HARBOUR_V2
    );
    drop(vault);

    let locked = rotated.lock();
    assert_eq!(
        block_on(locked.unlock(&secret(PASSPHRASE))).unwrap_err(),
        VaultError::WrongPassphrase
    );
    let vault = block_on(locked.unlock(&secret(NEW_PASSPHRASE))).unwrap();
    let listed = block_on(vault.list_cases()).unwrap();
    assert_eq!(readable(&listed).len(), 2);
    assert!(
        vault.integrity_problems().is_empty(),
        "{:?}",
        vault.integrity_problems()
    );
    assert_eq!(
        block_on(vault.load_settings()).unwrap().author.as_deref(),
        Some("Mara Ilves")
    );
    assert_eq!(
        block_on(vault.load_directory())
            .unwrap()
            .as_deref()
            .map(Vec::as_slice),
        Some(br#"{"services":[]}"#.as_slice())
    );
    assert_eq!(vault.stored_revision(&id("case-harbour")), Some(2));
}

#[test]
fn a_vault_of_the_first_layout_is_moved_to_random_keys_with_a_manifest() {
    let store = MemoryStore::new();
    let vault = vault_with_history(&store);
    // Put it back as the first layout stored it: records under their case ids, no manifest.
    for case in ["case-harbour", "case-orchard"] {
        let key = key_of(&vault, case);
        let record = store.raw(Shelf::Cases, &key).unwrap();
        store.remove_raw(Shelf::Cases, &key);
        store.set_raw(Shelf::Cases, case, record);
    }
    store.set_raw(
        Shelf::Quarantine,
        "case-gone#1",
        b"kept aside before".to_vec(),
    );
    store.remove_raw(Shelf::Vault, MANIFEST_KEY);
    let mut meta: serde_json::Value =
        serde_json::from_slice(&store.raw(Shelf::Vault, "meta").unwrap()).unwrap();
    meta["schema"] = 1.into();
    store.set_raw(Shelf::Vault, "meta", serde_json::to_vec(&meta).unwrap());

    let (vault, listed) = reopen(vault, PASSPHRASE);
    assert!(
        vault.integrity_problems().is_empty(),
        "{:?}",
        vault.integrity_problems()
    );
    assert_eq!(readable(&listed).len(), 2);
    assert_eq!(vault.meta().schema, 2);
    for shelf in [Shelf::Cases, Shelf::Quarantine] {
        for key in store.raw_keys(shelf) {
            assert!(!key.starts_with("case-"), "{key} still names a case");
        }
    }
    assert_eq!(
        block_on(vault.kept_aside()).unwrap().len(),
        1,
        "kept aside, not dropped"
    );
    let (vault, _) = reopen(vault, PASSPHRASE);
    assert!(vault.integrity_problems().is_empty());
}
