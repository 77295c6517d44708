//! The vault at rest: create, unlock, save, load, list, tamper, fail, lock; the vault's settings.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::NotingStore;

use age::secrecy::SecretString;
use futures::executor::block_on;
use sha2::{Digest, Sha256};

use tell_once::model::{CaseId, Timestamp};
use tell_once::vault::autosave::{SaveState, SaveTracker};
use tell_once::vault::crypto::{PassphraseError, WorkFactor, WrappedIdentity};
use tell_once::vault::settings::MAX_AUTHOR_CHARS;
use tell_once::vault::store::{
    InjectedFailure, MemoryStore, Shelf, StoreError, DIRECTORY_KEY, SETTINGS_KEY,
};
use tell_once::vault::{
    AuthorError, ListedCase, PassphraseWorker, UnlockedVault, UnreadableReason, Vault, VaultError,
    VaultSettings,
};

const PASSPHRASE: &str = "quiet harbour lantern 42";
// A fictional case document with a distinctive marker to search storage for.
const HARBOUR_CASE: &str = r#"{"id":"case-harbour","code":"HB-17","note":"FICTIONAL-MARKER-Zanvoria port, spoken in Quellish"}"#;
const ORCHARD_CASE: &str =
    r#"{"id":"case-orchard","code":"OR-03","topics":["recruitment","transport"]}"#;

fn secret(s: &str) -> SecretString {
    SecretString::from(s.to_owned())
}

fn fast() -> WorkFactor {
    WorkFactor::insecure_for_tests(10)
}

fn id(s: &str) -> CaseId {
    CaseId::new(s)
}

fn new_vault(store: &MemoryStore) -> UnlockedVault<MemoryStore> {
    block_on(Vault::new(store.clone()).create(
        &secret(PASSPHRASE),
        fast(),
        Timestamp(1_700_000_000_000),
    ))
    .expect("create")
}

fn with_two_cases(store: &MemoryStore) -> UnlockedVault<MemoryStore> {
    let vault = new_vault(store);
    block_on(vault.save_case(&id("case-harbour"), HARBOUR_CASE.as_bytes())).unwrap();
    block_on(vault.save_case(&id("case-orchard"), ORCHARD_CASE.as_bytes())).unwrap();
    vault
}

/// The random storage key of a case's record.
fn key_of(vault: &UnlockedVault<MemoryStore>, case: &str) -> String {
    vault.storage_key(&id(case)).expect("the case is stored")
}

fn stored_wrap(store: &MemoryStore) -> WrappedIdentity {
    serde_json::from_slice(
        &store
            .raw(Shelf::Vault, "identity")
            .expect("identity stored"),
    )
    .unwrap()
}

#[test]
fn cases_round_trip_through_lock_and_unlock() {
    let store = MemoryStore::new();
    let vault = with_two_cases(&store);
    assert_eq!(vault.meta().created_at, Timestamp(1_700_000_000_000));
    let locked = vault.lock();

    let vault = block_on(locked.unlock(&secret(PASSPHRASE))).expect("unlock");
    let harbour = block_on(vault.load_case(&id("case-harbour"))).unwrap();
    assert_eq!(
        harbour.json(),
        HARBOUR_CASE.as_bytes(),
        "bytes exactly as saved"
    );
    assert_eq!(harbour.id(), &id("case-harbour"));

    let listed = block_on(vault.list_cases()).unwrap();
    let ids: Vec<_> = listed.iter().map(|c| c.id().as_str().to_owned()).collect();
    assert_eq!(ids, ["case-harbour", "case-orchard"]);
    assert!(listed.iter().all(|c| matches!(c, ListedCase::Readable(_))));
    match &listed[1] {
        ListedCase::Readable(doc) => assert_eq!(doc.json_str(), ORCHARD_CASE),
        other => panic!("{other:?}"),
    }

    // Saving again replaces.
    let edited = r#"{"id":"case-orchard","code":"OR-03","topics":[]}"#;
    block_on(vault.save_case(&id("case-orchard"), edited.as_bytes())).unwrap();
    assert_eq!(
        block_on(vault.load_case(&id("case-orchard")))
            .unwrap()
            .json_str(),
        edited
    );
}

#[test]
fn storage_holds_no_plaintext_passphrase_or_key() {
    let store = MemoryStore::new();
    let vault = with_two_cases(&store);
    let all = store.all_bytes();
    let contains = |needle: &str| all.windows(needle.len()).any(|w| w == needle.as_bytes());
    assert!(!contains("FICTIONAL-MARKER"));
    assert!(!contains("recruitment"));
    assert!(!contains(PASSPHRASE));
    assert!(!contains("AGE-SECRET-KEY"));
    // Debug output of an open vault does not print the key either.
    assert!(!format!("{vault:?}").contains("AGE-SECRET-KEY"));
    let doc = block_on(vault.load_case(&id("case-harbour"))).unwrap();
    assert!(!format!("{doc:?}").contains("FICTIONAL-MARKER"));
}

#[test]
fn wrong_passphrase_is_its_own_error() {
    let store = MemoryStore::new();
    new_vault(&store);
    let err = block_on(Vault::new(store).unlock(&secret("quiet harbour lantern 43"))).unwrap_err();
    assert_eq!(err, VaultError::WrongPassphrase);
}

#[test]
fn tampered_wrap_is_its_own_error() {
    let store = MemoryStore::new();
    new_vault(&store);
    let original = stored_wrap(&store);

    // Damage without fixing the digest.
    let mut damaged = original.clone();
    damaged.armored = damaged.armored.replacen('A', "B", 1).replacen('a', "b", 1);
    assert_ne!(damaged.armored, original.armored);
    store.set_raw(
        Shelf::Vault,
        "identity",
        serde_json::to_vec(&damaged).unwrap(),
    );
    let err = block_on(Vault::new(store.clone()).unlock(&secret(PASSPHRASE))).unwrap_err();
    assert!(
        matches!(err, VaultError::TamperedIdentity { .. }),
        "{err:?}"
    );

    // A deliberate change with a recomputed digest is caught by age's authentication.
    // Flip one character of the payload (the last data line), keeping valid base64.
    let mut lines: Vec<String> = original.armored.lines().map(str::to_owned).collect();
    let payload_line = lines.len() - 2;
    let flipped = if lines[payload_line].as_bytes()[5] == b'Q' {
        "R"
    } else {
        "Q"
    };
    lines[payload_line].replace_range(5..6, flipped);
    let forged_armored = lines.join("\n") + "\n";
    assert_ne!(forged_armored, original.armored);
    let forged = WrappedIdentity {
        sha256: Sha256::digest(forged_armored.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect(),
        armored: forged_armored,
    };
    store.set_raw(
        Shelf::Vault,
        "identity",
        serde_json::to_vec(&forged).unwrap(),
    );
    let err = block_on(Vault::new(store.clone()).unlock(&secret(PASSPHRASE))).unwrap_err();
    assert_ne!(err, VaultError::WrongPassphrase);
    assert!(
        matches!(err, VaultError::TamperedIdentity { .. }),
        "{err:?}"
    );

    // Restoring the original unlocks again.
    store.set_raw(
        Shelf::Vault,
        "identity",
        serde_json::to_vec(&original).unwrap(),
    );
    assert!(block_on(Vault::new(store).unlock(&secret(PASSPHRASE))).is_ok());
}

#[test]
fn create_enforces_policy_and_never_replaces_a_vault() {
    let store = MemoryStore::new();
    let vault = Vault::new(store.clone());
    assert!(!block_on(vault.exists()).unwrap());
    assert_eq!(
        block_on(vault.unlock(&secret(PASSPHRASE))).unwrap_err(),
        VaultError::NoVault
    );
    let err = block_on(vault.create(&secret("short"), fast(), Timestamp(0))).unwrap_err();
    assert_eq!(
        err,
        VaultError::WeakPassphrase(PassphraseError::TooShort { chars: 5, min: 12 })
    );
    assert!(!block_on(vault.exists()).unwrap(), "nothing written");
    new_vault(&store);
    assert!(block_on(vault.exists()).unwrap());
    let err = block_on(vault.create(&secret("another long passphrase"), fast(), Timestamp(0)))
        .unwrap_err();
    assert_eq!(err, VaultError::AlreadyExists);
}

#[test]
fn real_work_factor_17_wraps_and_unlocks() {
    let store = MemoryStore::new();
    let vault = Vault::new(store.clone());
    let started = std::time::Instant::now();
    let open = block_on(vault.create(&secret(PASSPHRASE), WorkFactor::DEFAULT, Timestamp(5)))
        .expect("create at 17");
    assert_eq!(WorkFactor::DEFAULT.log_n(), 17);
    drop(open);
    let wrap = stored_wrap(&store);
    // The scrypt stanza inside the armored wrap names the work factor.
    let binary = dearmor(&wrap.armored);
    let header =
        String::from_utf8_lossy(&binary[..binary.iter().position(|&b| b == b'\n').unwrap() + 80])
            .into_owned();
    assert!(header.contains("-> scrypt "), "{header}");
    assert!(header.lines().nth(1).unwrap().ends_with(" 17"), "{header}");
    let unlocked = block_on(vault.unlock(&secret(PASSPHRASE))).expect("unlock at 17");
    block_on(unlocked.save_case(&id("case-harbour"), HARBOUR_CASE.as_bytes())).unwrap();
    eprintln!(
        "work factor 17: create + unlock took {:?}",
        started.elapsed()
    );
}

fn dearmor(armored: &str) -> Vec<u8> {
    use std::io::Read;
    let mut out = Vec::new();
    age::armor::ArmoredReader::new(armored.as_bytes())
        .read_to_end(&mut out)
        .unwrap();
    out
}

#[test]
fn tampered_record_is_kept_aside_and_others_still_load() {
    let store = MemoryStore::new();
    let vault = with_two_cases(&store);
    let harbour = key_of(&vault, "case-harbour");
    let mut bytes = store.raw(Shelf::Cases, &harbour).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 0x40;
    store.set_raw(Shelf::Cases, &harbour, bytes.clone());

    let listed = block_on(vault.list_cases()).unwrap();
    assert_eq!(listed.len(), 2);
    let aside = match &listed[0] {
        ListedCase::Unreadable {
            id: case,
            reason,
            kept_aside_as,
        } => {
            assert_eq!(case, &id("case-harbour"));
            assert!(
                matches!(reason, UnreadableReason::CannotDecrypt { .. }),
                "{reason:?}"
            );
            kept_aside_as.clone().expect("kept aside")
        }
        other => panic!("expected unreadable, got {other:?}"),
    };
    assert!(matches!(&listed[1], ListedCase::Readable(doc) if doc.json_str() == ORCHARD_CASE));

    // Kept aside byte for byte under a key that says nothing of the case, never deleted; gone
    // from the case list.
    assert!(!aside.contains("harbour"), "{aside}");
    assert_eq!(store.raw(Shelf::Quarantine, &aside), Some(bytes));
    assert_eq!(
        block_on(vault.kept_aside()).unwrap(),
        std::slice::from_ref(&aside)
    );
    assert_eq!(block_on(vault.case_ids()).unwrap(), [id("case-orchard")]);
    assert_eq!(store.raw(Shelf::Cases, &harbour), None);

    // A second bad record for the same case gets its own key.
    block_on(vault.save_case(&id("case-harbour"), HARBOUR_CASE.as_bytes())).unwrap();
    store.set_raw(
        Shelf::Cases,
        &key_of(&vault, "case-harbour"),
        b"not age at all".to_vec(),
    );
    let err = block_on(vault.load_case(&id("case-harbour"))).unwrap_err();
    assert!(matches!(err, VaultError::Unreadable { .. }), "{err:?}");
    assert_eq!(block_on(vault.kept_aside()).unwrap().len(), 2);
    assert_eq!(
        block_on(vault.load_case(&id("case-harbour"))).unwrap_err(),
        VaultError::CaseNotFound(id("case-harbour"))
    );
}

#[test]
fn a_record_moved_to_another_key_is_detected() {
    let store = MemoryStore::new();
    let vault = with_two_cases(&store);
    let orchard = store
        .raw(Shelf::Cases, &key_of(&vault, "case-orchard"))
        .unwrap();
    store.set_raw(Shelf::Cases, &key_of(&vault, "case-harbour"), orchard);
    let err = block_on(vault.load_case(&id("case-harbour"))).unwrap_err();
    assert_eq!(
        err,
        VaultError::Unreadable {
            id: id("case-harbour"),
            reason: UnreadableReason::WrongCase {
                found: id("case-orchard")
            }
        }
    );
}

#[test]
fn a_failing_store_never_reports_saved() {
    let failures = [
        (
            InjectedFailure::QuotaExceeded,
            Some(StoreError::QuotaExceeded),
        ),
        (InjectedFailure::ReadOnly, Some(StoreError::ReadOnly)),
        (InjectedFailure::Io, None),
        (InjectedFailure::LostWrites, None),
        (InjectedFailure::CorruptWrites, None),
    ];
    for (failure, expected) in failures {
        let store = MemoryStore::new();
        let vault = with_two_cases(&store);
        let orchard = key_of(&vault, "case-orchard");
        let before = store.raw(Shelf::Cases, &orchard);
        store.inject_failure(Some(failure.clone()));

        let mut tracker = SaveTracker::new();
        tracker.edited(Timestamp(0));
        let ticket = tracker.start_due(Timestamp(1_000)).expect("due");
        let edited = r#"{"id":"case-orchard","code":"OR-04"}"#;
        let result = block_on(vault.save_case(&id("case-orchard"), edited.as_bytes()));
        let err = result.expect_err("a failing store must not report saved");
        match &expected {
            Some(store_err) => assert_eq!(err, VaultError::Store(store_err.clone()), "{failure:?}"),
            None => assert!(
                matches!(
                    err,
                    VaultError::Store(StoreError::Io(_) | StoreError::VerificationFailed { .. })
                ),
                "{failure:?}: {err:?}"
            ),
        }
        tracker.failed(ticket, err, Timestamp(1_100));
        assert!(
            matches!(tracker.state(), SaveState::Failed { .. }),
            "{failure:?}"
        );
        assert!(tracker.has_unsaved_changes());

        // Heal the store: the retry succeeds and only then is it Saved.
        store.inject_failure(None);
        if failure == InjectedFailure::CorruptWrites {
            assert_ne!(store.raw(Shelf::Cases, &orchard), before);
        }
        let retry = tracker.start_due(Timestamp(2_100)).expect("retry due");
        block_on(vault.save_case(&id("case-orchard"), edited.as_bytes())).unwrap();
        tracker.succeeded(retry, Timestamp(2_200));
        assert_eq!(
            tracker.state(),
            &SaveState::Saved {
                at: Some(Timestamp(2_200))
            }
        );
        assert_eq!(
            block_on(vault.load_case(&id("case-orchard")))
                .unwrap()
                .json_str(),
            edited
        );
    }
}

#[test]
fn save_refuses_non_json_and_empty_ids() {
    let store = MemoryStore::new();
    let vault = new_vault(&store);
    let err = block_on(vault.save_case(&id("case-x"), b"not json {")).unwrap_err();
    assert!(matches!(err, VaultError::NotJson { .. }), "{err:?}");
    assert_eq!(
        block_on(vault.save_case(&id(""), b"{}")).unwrap_err(),
        VaultError::InvalidCaseId
    );
    assert!(block_on(vault.case_ids()).unwrap().is_empty());
}

#[test]
fn delete_removes_the_case() {
    let store = MemoryStore::new();
    let vault = with_two_cases(&store);
    let harbour = key_of(&vault, "case-harbour");
    block_on(vault.delete_case(&id("case-harbour"))).unwrap();
    assert_eq!(block_on(vault.case_ids()).unwrap(), [id("case-orchard")]);
    assert_eq!(store.raw(Shelf::Cases, &harbour), None);
    // Idempotent.
    block_on(vault.delete_case(&id("case-harbour"))).unwrap();
    // A delete that does not happen is reported.
    store.inject_failure(Some(InjectedFailure::LostWrites));
    let err = block_on(vault.delete_case(&id("case-orchard"))).unwrap_err();
    assert!(matches!(
        err,
        VaultError::Store(StoreError::VerificationFailed { .. })
    ));
}

#[test]
fn change_passphrase_rewraps_the_same_identity() {
    let store = MemoryStore::new();
    let vault = with_two_cases(&store);
    let new = "a completely new passphrase";
    let current = secret(PASSPHRASE);
    assert!(matches!(
        block_on(vault.change_passphrase(&current, &secret("tiny"), fast())).unwrap_err(),
        VaultError::WeakPassphrase(_)
    ));
    assert_eq!(
        block_on(vault.change_passphrase(&secret("not the passphrase"), &secret(new), fast()))
            .unwrap_err(),
        VaultError::WrongPassphrase,
        "the current passphrase is checked"
    );
    block_on(vault.change_passphrase(&current, &secret(new), fast())).unwrap();
    let locked = vault.lock();
    assert_eq!(
        block_on(locked.unlock(&secret(PASSPHRASE))).unwrap_err(),
        VaultError::WrongPassphrase
    );
    let vault = block_on(locked.unlock(&secret(new))).unwrap();
    assert_eq!(
        block_on(vault.load_case(&id("case-harbour")))
            .unwrap()
            .json_str(),
        HARBOUR_CASE
    );
}

#[test]
fn a_newer_vault_layout_is_refused() {
    let store = MemoryStore::new();
    new_vault(&store);
    let mut meta: serde_json::Value =
        serde_json::from_slice(&store.raw(Shelf::Vault, "meta").unwrap()).unwrap();
    meta["schema"] = 99.into();
    store.set_raw(Shelf::Vault, "meta", serde_json::to_vec(&meta).unwrap());
    assert_eq!(
        block_on(Vault::new(store).unlock(&secret(PASSPHRASE))).unwrap_err(),
        VaultError::NewerVaultSchema {
            found: 99,
            supported: 2
        }
    );
}

#[test]
fn wipe_removes_every_trace() {
    let store = MemoryStore::new();
    let vault = with_two_cases(&store);
    store.set_raw(Shelf::Quarantine, "case-x#1", vec![1, 2, 3]);
    let locked = vault.lock();
    block_on(locked.wipe()).unwrap();
    assert!(store.all_bytes().is_empty());
    assert!(!block_on(locked.exists()).unwrap());
}

// ---------------------------------------------------------------------------------------------
// Per-vault settings

// A fictional author with a distinctive marker to search storage for.
const AUTHOR: &str = "FICTIONAL-AUTHOR Investigator Quillon Verbeck";

fn settings_by(author: &str) -> VaultSettings {
    VaultSettings::default()
        .with_author(author)
        .expect("valid author")
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[test]
fn a_new_vault_has_default_settings_and_stores_none() {
    let store = MemoryStore::new();
    let vault = new_vault(&store);
    let settings = block_on(vault.load_settings()).expect("load");
    assert_eq!(settings, VaultSettings::default());
    assert_eq!(settings.author, None);
    assert_eq!(
        store.raw(Shelf::Vault, SETTINGS_KEY),
        None,
        "loading writes nothing"
    );
}

#[test]
fn settings_round_trip_through_lock_and_unlock() {
    let store = MemoryStore::new();
    let vault = with_two_cases(&store);
    block_on(vault.save_settings(&settings_by(AUTHOR))).expect("save");
    assert_eq!(
        block_on(vault.load_settings()).unwrap().author.as_deref(),
        Some(AUTHOR)
    );

    let vault = block_on(vault.lock().unlock(&secret(PASSPHRASE))).expect("unlock");
    assert_eq!(
        block_on(vault.load_settings()).unwrap(),
        settings_by(AUTHOR)
    );
    // Stored as an age file on the vault shelf, not as a case.
    let raw = store
        .raw(Shelf::Vault, SETTINGS_KEY)
        .expect("stored under its key");
    assert!(raw.starts_with(b"age-encryption.org/v1"), "an age file");
    assert_eq!(
        block_on(vault.case_ids()).unwrap(),
        [id("case-harbour"), id("case-orchard")]
    );

    // A second save replaces the first; saving the default clears the author.
    block_on(vault.save_settings(&settings_by("Victim specialist, NGO"))).unwrap();
    assert_eq!(
        block_on(vault.load_settings()).unwrap().author.as_deref(),
        Some("Victim specialist, NGO")
    );
    block_on(vault.save_settings(&VaultSettings::default())).unwrap();
    assert_eq!(block_on(vault.load_settings()).unwrap().author, None);
}

#[test]
fn a_settings_save_on_a_failing_store_is_not_reported_saved() {
    for failure in [InjectedFailure::LostWrites, InjectedFailure::CorruptWrites] {
        let store = MemoryStore::new();
        let vault = new_vault(&store);
        store.inject_failure(Some(failure.clone()));
        let err = block_on(vault.save_settings(&settings_by(AUTHOR))).unwrap_err();
        assert!(
            matches!(
                err,
                VaultError::Store(StoreError::VerificationFailed { shelf: Shelf::Vault, ref key })
                    if key == SETTINGS_KEY
            ),
            "{failure:?}: {err:?}"
        );
    }
}

#[test]
fn damaged_settings_are_an_error_and_left_in_place() {
    let store = MemoryStore::new();
    let vault = with_two_cases(&store);
    block_on(vault.save_settings(&settings_by(AUTHOR))).unwrap();
    block_on(vault.save_directory(b"[]")).unwrap();
    let good = store.raw(Shelf::Vault, SETTINGS_KEY).unwrap();

    let expect_damaged = |bytes: Vec<u8>| {
        store.set_raw(Shelf::Vault, SETTINGS_KEY, bytes.clone());
        match block_on(vault.load_settings()) {
            Err(VaultError::Store(StoreError::Malformed(detail))) => {
                assert!(detail.contains("vault settings"), "{detail}");
                assert!(!detail.contains("FICTIONAL-AUTHOR"), "{detail}");
            }
            other => panic!("expected damaged settings, got {other:?}"),
        }
        assert_eq!(
            store.raw(Shelf::Vault, SETTINGS_KEY),
            Some(bytes),
            "nothing deleted"
        );
        assert!(block_on(vault.kept_aside()).unwrap().is_empty());
    };

    // Altered ciphertext does not decrypt.
    let mut flipped = good.clone();
    let last = flipped.len() - 1;
    flipped[last] ^= 0x01;
    expect_damaged(flipped);
    // Not age at all.
    expect_damaged(b"not age at all".to_vec());
    // A case record or the directory copied over the settings decrypts but is refused.
    expect_damaged(
        store
            .raw(Shelf::Cases, &key_of(&vault, "case-harbour"))
            .unwrap(),
    );
    expect_damaged(store.raw(Shelf::Vault, DIRECTORY_KEY).unwrap());

    // A new save replaces the damaged record.
    block_on(vault.save_settings(&settings_by("Investigator Mara Ilves"))).unwrap();
    assert_eq!(
        block_on(vault.load_settings()).unwrap().author.as_deref(),
        Some("Investigator Mara Ilves")
    );
}

#[test]
fn another_vaults_settings_do_not_load() {
    let ours = MemoryStore::new();
    let vault = new_vault(&ours);
    let theirs = MemoryStore::new();
    block_on(new_vault(&theirs).save_settings(&settings_by(AUTHOR))).unwrap();
    ours.set_raw(
        Shelf::Vault,
        SETTINGS_KEY,
        theirs.raw(Shelf::Vault, SETTINGS_KEY).unwrap(),
    );
    assert!(matches!(
        block_on(vault.load_settings()),
        Err(VaultError::Store(StoreError::Malformed(_)))
    ));
}

#[test]
fn wipe_removes_the_settings() {
    let store = MemoryStore::new();
    let vault = new_vault(&store);
    block_on(vault.save_settings(&settings_by(AUTHOR))).unwrap();
    assert!(store.raw(Shelf::Vault, SETTINGS_KEY).is_some());
    let locked = vault.lock();
    block_on(locked.wipe()).unwrap();
    assert_eq!(store.raw(Shelf::Vault, SETTINGS_KEY), None);
    assert!(store.all_bytes().is_empty());
    // A vault created afterwards in the same store starts with nothing set.
    let vault = new_vault(&store);
    assert_eq!(
        block_on(vault.load_settings()).unwrap(),
        VaultSettings::default()
    );
}

#[test]
fn change_passphrase_keeps_the_settings_readable() {
    let store = MemoryStore::new();
    let vault = new_vault(&store);
    block_on(vault.save_settings(&settings_by(AUTHOR))).unwrap();
    let before = store.raw(Shelf::Vault, SETTINGS_KEY);
    let new = "a completely new passphrase";
    block_on(vault.change_passphrase(&secret(PASSPHRASE), &secret(new), fast())).unwrap();
    assert_eq!(
        store.raw(Shelf::Vault, SETTINGS_KEY),
        before,
        "the record is not rewritten"
    );
    let vault = block_on(vault.lock().unlock(&secret(new))).expect("unlock with the new one");
    assert_eq!(
        block_on(vault.load_settings()).unwrap().author.as_deref(),
        Some(AUTHOR)
    );
}

#[test]
fn storage_holds_no_plaintext_author() {
    let store = MemoryStore::new();
    let vault = with_two_cases(&store);
    block_on(vault.save_settings(&settings_by(AUTHOR))).unwrap();
    assert!(store.raw(Shelf::Vault, SETTINGS_KEY).is_some(), "saved");
    let all = store.all_bytes();
    assert!(!contains(&all, "FICTIONAL-AUTHOR"));
    assert!(!contains(&all, "Quillon"));
    assert!(
        !contains(&all, "vault_settings"),
        "not even the record's shape"
    );
    // Yet it is there to be read.
    assert_eq!(
        block_on(vault.load_settings()).unwrap().author.as_deref(),
        Some(AUTHOR)
    );
}

#[test]
fn author_names_are_trimmed_and_checked() {
    assert_eq!(
        settings_by("  Investigator Mara Ilves \n")
            .author
            .as_deref(),
        Some("Investigator Mara Ilves")
    );
    for blank in ["", "   ", "\t\n "] {
        assert_eq!(
            VaultSettings::default().with_author(blank),
            Err(AuthorError::Blank),
            "{blank:?}"
        );
    }
    // At most 80 characters once trimmed, counted as characters, not bytes.
    let eighty = "ö".repeat(MAX_AUTHOR_CHARS);
    assert_eq!(MAX_AUTHOR_CHARS, 80);
    assert_eq!(
        settings_by(&format!(" {eighty} ")).author.as_deref(),
        Some(eighty.as_str())
    );
    assert_eq!(
        VaultSettings::default().with_author(&format!("{eighty}x")),
        Err(AuthorError::TooLong { chars: 81, max: 80 })
    );

    // The messages say what is wrong and what to do.
    let blank = AuthorError::Blank.to_string();
    assert!(
        blank.contains("empty") && blank.contains("type the name or role"),
        "{blank}"
    );
    let long = AuthorError::TooLong { chars: 81, max: 80 }.to_string();
    assert!(
        long.contains("81 characters") && long.contains("at most 80"),
        "{long}"
    );

    // A refused name leaves the settings as they were (the caller still holds them).
    let settings = settings_by(AUTHOR);
    assert!(settings.clone().with_author(" ").is_err());
    assert_eq!(settings.author.as_deref(), Some(AUTHOR));
}

#[test]
fn settings_records_read_across_versions() {
    // Written before a field existed: the field takes its default.
    let older: VaultSettings = serde_json::from_str("{}").unwrap();
    assert_eq!(older, VaultSettings::default());
    // Written by a newer build: the unknown field is read, kept through an edit, and written back.
    let newer: VaultSettings =
        serde_json::from_str(r#"{"author":"Victim specialist, NGO","later_setting":[1,"two"]}"#)
            .unwrap();
    assert_eq!(newer.author.as_deref(), Some("Victim specialist, NGO"));
    let edited = newer.with_author("Investigator Mara Ilves").unwrap();
    let written: serde_json::Value = serde_json::to_value(&edited).unwrap();
    assert_eq!(
        written,
        serde_json::json!({"author": "Investigator Mara Ilves", "later_setting": [1, "two"]})
    );
    // A field of the wrong type is an error, not a silent default.
    assert!(serde_json::from_str::<VaultSettings>(r#"{"author":7}"#).is_err());
}

#[test]
fn every_key_derivation_of_a_vault_is_done_by_its_passphrase_work() {
    let store = MemoryStore::new();
    let work = common::CountingWork::default();
    let vault = Vault::with_passphrase_work(store.clone(), PassphraseWorker::new(work.clone()));
    let created = block_on(vault.create(&secret(PASSPHRASE), fast(), Timestamp(1_700_000_000_000)))
        .expect("create");
    assert_eq!(work.counts(), (1, 0), "created: one wrap");
    let locked = created.lock();
    assert_eq!(
        block_on(locked.unlock(&secret("quiet harbour lantern 43"))).unwrap_err(),
        VaultError::WrongPassphrase,
        "a wrong passphrase says so, wherever the work is done"
    );
    let unlocked = block_on(locked.unlock(&secret(PASSPHRASE))).expect("unlock");
    assert_eq!(work.counts(), (1, 2));
    let new = "orchard lantern quietly 77";
    block_on(unlocked.change_passphrase(&secret(PASSPHRASE), &secret(new), fast())).unwrap();
    assert_eq!(work.counts(), (2, 3), "checked, then wrapped again");
    let rotated =
        block_on(unlocked.rotate_key(&secret(new), &secret(PASSPHRASE), fast(), |_, _| {}))
            .expect("rotate");
    assert_eq!(work.counts(), (3, 4));
    // What the work wrapped opens on this thread too: the same age file either way.
    block_on(Vault::new(store).unlock(&secret(PASSPHRASE)))
        .expect("unlocked without the counting work");
    drop(rotated);
}

/// A new vault on a noting store, and what the store noted while `json` was saved in it: its
/// notes, and where among them the case's record was written.
fn saved_with_notes(json: &str) -> (NotingStore, UnlockedVault<NotingStore>, Vec<String>, usize) {
    let store = NotingStore::default();
    let vault =
        block_on(Vault::new(store.clone()).create(&secret(PASSPHRASE), fast(), Timestamp(0)))
            .expect("create");
    store.noted.borrow_mut().clear();
    block_on(vault.save_case(&id("case-harbour"), json.as_bytes())).unwrap();
    let noted = store.noted.borrow().clone();
    let written = noted
        .iter()
        .position(|n| n == "write Cases")
        .expect("the case's record is written");
    (store, vault, noted, written)
}

#[test]
fn saving_a_case_gives_the_page_a_turn_between_sealing_it_and_writing_it() {
    let (_, _, noted, written) = saved_with_notes(HARBOUR_CASE);
    assert!(
        noted[..written].iter().any(|n| n == "pause"),
        "no pause before the record is written: {noted:?}"
    );
}

#[test]
fn a_large_case_is_sealed_hashed_checked_and_opened_a_part_at_a_time() {
    // Five megabytes of notes: about what the 100x benchmark case holds.
    let json = format!("{{\"notes\":\"{}\"}}", "harbour ".repeat(5 << 17));
    let (store, vault, noted, written) = saved_with_notes(&json);
    let pauses = |noted: &[String]| noted.iter().filter(|n| *n == "pause").count();
    // Sealed in parts, then hashed in parts: a turn for the page between any two.
    assert!(
        pauses(&noted[..written]) >= 9,
        "sealed and hashed with too few turns: {noted:?}"
    );
    // Read back and opened in parts to check it.
    assert!(
        pauses(&noted[written..]) >= 4,
        "checked with too few turns: {noted:?}"
    );

    store.noted.borrow_mut().clear();
    let loaded = block_on(vault.load_case(&id("case-harbour"))).expect("loads");
    assert_eq!(loaded.json(), json.as_bytes());
    assert!(store.pauses() >= 4, "opened with too few turns");

    store.noted.borrow_mut().clear();
    let listed = block_on(vault.list_cases()).expect("lists");
    assert_eq!(listed.len(), 1);
    assert!(store.pauses() >= 8, "listed with too few turns");
}
