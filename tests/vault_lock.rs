//! A lock always locks: a lock request waits for unsaved changes to be saved, but at most the
//! grace period; then the vault locks anyway, and the lock screen says which cases' changes the
//! journal kept and which it could not keep.
#![cfg(not(target_arch = "wasm32"))]

use age::secrecy::SecretString;
use futures::executor::block_on;
use std::rc::Rc;
use yew::Reducible;

use tell_once::model::sample::sample_case;
use tell_once::model::Timestamp;
use tell_once::ui::vault_state::{
    lock_deadline, LockNotice, LockReport, Phase, StoredCases, TabRole, VaultAction, VaultState,
    LOCK_GRACE_MS,
};
use tell_once::vault::crypto::WorkFactor;
use tell_once::vault::store::StoreError;
use tell_once::vault::{MemoryStore, Vault, VaultError, VaultSettings};

const NOW: Timestamp = Timestamp(1_772_366_400_000);

fn at(ms: i64) -> Timestamp {
    Timestamp(NOW.0 + ms)
}

/// An unlocked vault state with the sample case added, whose first save failed: storage is full.
fn with_failing_save() -> Rc<VaultState> {
    let vault = block_on(Vault::new(MemoryStore::new()).create(
        &SecretString::from("birch meadow signal 77".to_owned()),
        WorkFactor::insecure_for_tests(10),
        NOW,
    ))
    .expect("create");
    let state = Rc::new(VaultState::default())
        .reduce(VaultAction::Unlocked {
            vault: Rc::new(vault),
            stored: StoredCases::default(),
            role: TabRole::Writer,
            directory: Ok(Default::default()),
            settings: VaultSettings::default(),
        })
        .reduce(VaultAction::AddCase {
            case: Box::new(sample_case()),
            now: NOW,
        });
    let job = state.unlocked().expect("unlocked").outbox[0].clone();
    state.reduce(VaultAction::SaveFailed {
        id: job.id,
        ticket: job.ticket,
        error: VaultError::Store(StoreError::QuotaExceeded),
        now: at(10),
    })
}

fn request_lock(state: Rc<VaultState>, now: Timestamp) -> Rc<VaultState> {
    state.reduce(VaultAction::RequestLock {
        notice: Some(LockNotice::Inactivity),
        now,
    })
}

#[test]
fn a_lock_with_a_failing_save_waits_the_grace_period_then_locks_anyway() {
    let state = request_lock(with_failing_save(), at(100));
    let unlocked = state
        .unlocked()
        .expect("still unlocked while the save may succeed");
    assert_eq!(
        lock_deadline(unlocked),
        Some(at(100 + LOCK_GRACE_MS)),
        "the shell is told when to stop waiting"
    );

    // Auto-lock asks again every few seconds: the deadline does not move.
    let state = request_lock(state, at(5_100));
    assert_eq!(
        lock_deadline(state.unlocked().expect("unlocked")),
        Some(at(100 + LOCK_GRACE_MS))
    );

    // The deadline: the shell sealed the case into the journal and locks.
    let state = state.reduce(VaultAction::LockAfterGrace {
        not_kept: Vec::new(),
    });
    assert!(matches!(
        state.phase,
        Phase::Locked(Some(LockNotice::Inactivity))
    ));
    assert_eq!(
        state.lock_report.as_deref(),
        Some(&LockReport {
            kept: vec![sample_case().code],
            lost: Vec::new(),
        })
    );
}

#[test]
fn a_journal_that_cannot_be_written_still_locks_and_names_the_cases_lost() {
    let state = request_lock(with_failing_save(), at(100)).reduce(VaultAction::LockAfterGrace {
        not_kept: vec![sample_case().id],
    });
    assert!(matches!(state.phase, Phase::Locked(_)));
    assert_eq!(
        state.lock_report.as_deref(),
        Some(&LockReport {
            kept: Vec::new(),
            lost: vec![sample_case().code],
        })
    );
}

#[test]
fn without_a_lock_request_the_deadline_does_not_lock() {
    let state = with_failing_save();
    assert_eq!(lock_deadline(state.unlocked().expect("unlocked")), None);
    let state = state.reduce(VaultAction::LockAfterGrace {
        not_kept: Vec::new(),
    });
    assert!(state.unlocked().is_some(), "a stale timer changes nothing");
}
