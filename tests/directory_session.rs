//! The service directory in the unlocked vault's state: read from the vault at unlock, replaced after an
//! import, reported (not fatal) when the stored one cannot be read.
#![cfg(not(target_arch = "wasm32"))]

use age::secrecy::SecretString;
use futures::executor::block_on;
use std::rc::Rc;
use yew::Reducible;

use tell_once::model::directory::hsds_json::import_hsds_json;
use tell_once::model::directory::Directory;
use tell_once::model::{ServiceId, Timestamp};
use tell_once::ui::vault_state::{
    decode_directory, encode_directory, read_directory, DirectoryProblem, LoadedDirectory, Phase,
    StoredCases, TabRole, VaultAction, VaultState,
};
use tell_once::vault::crypto::WorkFactor;
use tell_once::vault::store::{MemoryStore, Shelf, StoreError, DIRECTORY_KEY};
use tell_once::vault::{UnlockedVault, Vault, VaultError, VaultSettings};

const SERVICE_ID: &str = "ac148810-d857-441c-9679-408f346de14b";

fn new_vault(store: &MemoryStore) -> UnlockedVault<MemoryStore> {
    block_on(Vault::new(store.clone()).create(
        &SecretString::from("birch meadow signal 77".to_owned()),
        WorkFactor::insecure_for_tests(10),
        Timestamp(1_700_000_000_000),
    ))
    .expect("create")
}

/// The directory of the real HSDS example file `service_full.json`.
fn real_directory() -> Directory {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/hsds/service_full.json");
    let text = std::fs::read_to_string(path).expect("fixture");
    let mut directory = Directory::new();
    directory.merge(import_hsds_json("service_full.json", &text).expect("imports"));
    directory
}

/// The vault's state after unlocking `vault` with `directory` as read from it.
fn unlocked(vault: UnlockedVault<MemoryStore>, directory: LoadedDirectory) -> Rc<VaultState> {
    Rc::new(VaultState::default()).reduce(VaultAction::Unlocked {
        vault: Rc::new(vault),
        stored: StoredCases::default(),
        role: TabRole::Writer,
        directory,
        settings: VaultSettings::default(),
    })
}

#[test]
fn the_stored_format_round_trips_the_real_directory() {
    let directory = real_directory();
    let encoded = encode_directory(&directory);
    assert_eq!(decode_directory(encoded.as_bytes()), Ok(directory));
    assert!(matches!(
        decode_directory(br#"{"services":"none"}"#),
        Err(DirectoryProblem::Decode(_))
    ));
}

#[test]
fn a_vault_without_a_directory_opens_with_an_empty_one() {
    let store = MemoryStore::new();
    let vault = new_vault(&store);
    let loaded = block_on(read_directory(&vault));
    assert_eq!(loaded, Ok(Directory::new()));
    let state = unlocked(vault, loaded);
    let unlocked = state.unlocked().expect("unlocked");
    assert!(unlocked.directory.services().is_empty());
    assert_eq!(unlocked.directory_problem, None);
}

#[test]
fn the_directory_saved_in_the_vault_is_in_the_session_after_unlock() {
    let store = MemoryStore::new();
    let vault = new_vault(&store);
    block_on(vault.save_directory(encode_directory(&real_directory()).as_bytes())).unwrap();
    let loaded = block_on(read_directory(&vault));
    let state = unlocked(vault, loaded);
    let unlocked = state.unlocked().expect("unlocked");
    let service = unlocked
        .directory
        .get(&ServiceId::new(SERVICE_ID))
        .expect("the imported service");
    assert_eq!(service.name, "Community Counselling");
    assert_eq!(unlocked.directory.search(None, Some("ur")).len(), 1);
}

#[test]
fn an_unreadable_directory_is_reported_and_the_vault_still_opens() {
    let store = MemoryStore::new();
    let vault = new_vault(&store);
    store.set_raw(Shelf::Vault, DIRECTORY_KEY, b"not an age file".to_vec());
    let loaded = block_on(read_directory(&vault));
    assert!(matches!(
        loaded,
        Err(DirectoryProblem::Vault(VaultError::Store(
            StoreError::Malformed(_)
        )))
    ));
    let state = unlocked(vault, loaded);
    let unlocked = state.unlocked().expect("the vault opens anyway");
    assert!(unlocked.directory.services().is_empty());
    assert!(unlocked.directory_problem.is_some());

    // An import replaces it: the vault's state takes the new directory and forgets the problem.
    let state = state.reduce(VaultAction::Directory(Ok(real_directory())));
    let Phase::Unlocked(unlocked) = &state.phase else {
        panic!("still unlocked");
    };
    assert_eq!(unlocked.directory.services().len(), 1);
    assert_eq!(unlocked.directory_problem, None);
}
