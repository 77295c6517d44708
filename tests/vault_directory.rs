//! The service directory in the vault: one encrypted document shared by every case.
#![cfg(not(target_arch = "wasm32"))]

use age::secrecy::SecretString;
use futures::executor::block_on;

use tell_once::model::{CaseId, Timestamp};
use tell_once::vault::crypto::WorkFactor;
use tell_once::vault::store::{InjectedFailure, MemoryStore, Shelf, StoreError, DIRECTORY_KEY};
use tell_once::vault::{UnlockedVault, Vault, VaultError};

const PASSPHRASE: &str = "willow ferry compass 19";
// A fictional directory with a distinctive marker to search storage for.
const DIRECTORY: &str = r#"[{"id":"svc-1","name":"FICTIONAL-MARKER Brindlemoor Shelter","languages":["Quellish (qq)"]}]"#;
const CASE: &str = r#"{"id":"case-moss","code":"MS-04"}"#;

fn secret(s: &str) -> SecretString {
    SecretString::from(s.to_owned())
}

fn new_vault(store: &MemoryStore) -> UnlockedVault<MemoryStore> {
    block_on(Vault::new(store.clone()).create(
        &secret(PASSPHRASE),
        WorkFactor::insecure_for_tests(10),
        Timestamp(1_700_000_000_000),
    ))
    .expect("create")
}

fn loaded(vault: &UnlockedVault<MemoryStore>) -> Option<Vec<u8>> {
    block_on(vault.load_directory())
        .expect("load")
        .map(|json| json.to_vec())
}

#[test]
fn a_new_vault_has_no_directory() {
    let store = MemoryStore::new();
    let vault = new_vault(&store);
    assert_eq!(loaded(&vault), None);
}

#[test]
fn the_directory_round_trips_through_lock_and_unlock() {
    let store = MemoryStore::new();
    let vault = new_vault(&store);
    block_on(vault.save_directory(DIRECTORY.as_bytes())).expect("save");
    assert_eq!(loaded(&vault).as_deref(), Some(DIRECTORY.as_bytes()));

    let vault = block_on(vault.lock().unlock(&secret(PASSPHRASE))).expect("unlock");
    assert_eq!(
        loaded(&vault).as_deref(),
        Some(DIRECTORY.as_bytes()),
        "bytes exactly as saved"
    );

    // A second save replaces the first.
    block_on(vault.save_directory(b"[]")).expect("save again");
    assert_eq!(loaded(&vault).as_deref(), Some(&b"[]"[..]));
}

#[test]
fn the_directory_is_stored_encrypted_on_the_vault_shelf_and_is_not_a_case() {
    let store = MemoryStore::new();
    let vault = new_vault(&store);
    block_on(vault.save_directory(DIRECTORY.as_bytes())).unwrap();
    let raw = store
        .raw(Shelf::Vault, DIRECTORY_KEY)
        .expect("stored under its key");
    assert!(raw.starts_with(b"age-encryption.org/v1"), "an age file");
    let all = store.all_bytes();
    assert!(
        !all.windows(17).any(|w| w == b"FICTIONAL-MARKER "),
        "no plaintext in storage"
    );
    assert!(block_on(vault.case_ids()).unwrap().is_empty());
}

#[test]
fn a_case_record_copied_over_the_directory_is_refused_and_left_in_place() {
    let store = MemoryStore::new();
    let vault = new_vault(&store);
    let id = CaseId::new("case-moss");
    block_on(vault.save_case(&id, CASE.as_bytes())).unwrap();
    let case_record = store
        .raw(Shelf::Cases, &vault.storage_key(&id).expect("stored"))
        .unwrap();
    store.set_raw(Shelf::Vault, DIRECTORY_KEY, case_record.clone());

    match block_on(vault.load_directory()) {
        Err(VaultError::Store(StoreError::Malformed(detail))) => {
            assert!(detail.contains("service directory"), "{detail}")
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        store.raw(Shelf::Vault, DIRECTORY_KEY),
        Some(case_record),
        "nothing deleted"
    );
}

#[test]
fn a_tampered_directory_does_not_load_and_a_new_save_replaces_it() {
    let store = MemoryStore::new();
    let vault = new_vault(&store);
    block_on(vault.save_directory(DIRECTORY.as_bytes())).unwrap();
    let mut raw = store.raw(Shelf::Vault, DIRECTORY_KEY).unwrap();
    let last = raw.len() - 1;
    raw[last] ^= 0x01;
    store.set_raw(Shelf::Vault, DIRECTORY_KEY, raw);
    assert!(matches!(
        block_on(vault.load_directory()),
        Err(VaultError::Store(StoreError::Malformed(_)))
    ));
    block_on(vault.save_directory(DIRECTORY.as_bytes())).unwrap();
    assert_eq!(loaded(&vault).as_deref(), Some(DIRECTORY.as_bytes()));
}

#[test]
fn another_vault_cannot_read_the_directory() {
    let ours = MemoryStore::new();
    let vault = new_vault(&ours);
    block_on(vault.save_directory(DIRECTORY.as_bytes())).unwrap();
    let theirs = MemoryStore::new();
    let other = new_vault(&theirs);
    theirs.set_raw(
        Shelf::Vault,
        DIRECTORY_KEY,
        ours.raw(Shelf::Vault, DIRECTORY_KEY).unwrap(),
    );
    assert!(matches!(
        block_on(other.load_directory()),
        Err(VaultError::Store(StoreError::Malformed(_)))
    ));
}

#[test]
fn a_failing_store_never_reports_the_directory_saved() {
    let store = MemoryStore::new();
    let vault = new_vault(&store);
    for (failure, expected) in [
        (InjectedFailure::QuotaExceeded, StoreError::QuotaExceeded),
        (InjectedFailure::ReadOnly, StoreError::ReadOnly),
        (
            InjectedFailure::LostWrites,
            StoreError::VerificationFailed {
                shelf: Shelf::Vault,
                key: DIRECTORY_KEY.to_owned(),
            },
        ),
        (
            InjectedFailure::CorruptWrites,
            StoreError::VerificationFailed {
                shelf: Shelf::Vault,
                key: DIRECTORY_KEY.to_owned(),
            },
        ),
    ] {
        store.inject_failure(Some(failure.clone()));
        assert_eq!(
            block_on(vault.save_directory(DIRECTORY.as_bytes())),
            Err(VaultError::Store(expected)),
            "{failure:?}"
        );
    }
    store.inject_failure(None);
    block_on(vault.save_directory(DIRECTORY.as_bytes())).expect("healed store saves");
    assert_eq!(loaded(&vault).as_deref(), Some(DIRECTORY.as_bytes()));
}

#[test]
fn a_directory_that_is_not_json_is_refused_unwritten() {
    let store = MemoryStore::new();
    let vault = new_vault(&store);
    assert!(matches!(
        block_on(vault.save_directory(b"services: none")),
        Err(VaultError::NotJson { .. })
    ));
    assert_eq!(store.raw(Shelf::Vault, DIRECTORY_KEY), None);
}

#[test]
fn the_wipe_removes_the_directory() {
    let store = MemoryStore::new();
    let vault = new_vault(&store);
    block_on(vault.save_directory(DIRECTORY.as_bytes())).unwrap();
    let locked = vault.lock();
    block_on(locked.wipe()).unwrap();
    assert_eq!(store.raw(Shelf::Vault, DIRECTORY_KEY), None);
}
