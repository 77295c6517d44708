//! The vault as the app sees it: whether it exists, is locked or unlocked, the cases it holds
//! and the saves under way.
//!
//! The reducer is pure: it changes the state and queues save jobs in an outbox; the autosave
//! hook runs those jobs against the vault and reports back with an action.

use crate::model::case::{Case, CaseEdit};
use crate::model::directory::Directory;
use crate::model::edit::{record, EditRefusal};
use crate::model::schema::decode_case;
use crate::model::{CaseId, Timestamp};
use crate::vault::autosave::{SaveState, SaveTicket, SaveTracker};
use crate::vault::manifest::IntegrityProblem;
use crate::vault::store::VaultStore;
use crate::vault::{ListedCase, UnlockedVault, VaultError, VaultSettings};
use std::collections::BTreeMap;
use std::rc::Rc;

/// The storage the app uses: IndexedDB in the browser. Native builds of the UI exist only for
/// linting and for tests of its pure parts, and use the in-memory store.
#[cfg(target_arch = "wasm32")]
pub type BrowserStore = crate::vault::indexeddb::IndexedDbStore;
#[cfg(not(target_arch = "wasm32"))]
pub type BrowserStore = crate::vault::MemoryStore;

/// The vault of this browser, unlocked.
pub type OpenVault = Rc<UnlockedVault<BrowserStore>>;

/// Why the vault is locked, when the user should be told.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LockNotice {
    /// Locked after a period without activity.
    Inactivity,
    /// Locked by the lock button.
    ByUser,
}

/// How long a lock waits for unsaved changes to be saved, in milliseconds. Then the shell seals
/// them into the encrypted journal and the vault locks anyway: a full or vanished storage must
/// never keep decrypted cases on screen.
pub const LOCK_GRACE_MS: i64 = 10_000;

/// A lock that waits for saves: why it was asked for, and when.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LockRequest {
    pub notice: Option<LockNotice>,
    pub at: Timestamp,
}

/// What became of the unsaved changes when the vault locked before they were saved, shown on
/// the lock screen. Case codes, held in memory only.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LockReport {
    /// Cases whose unsaved changes were sealed into the journal, offered back at the next unlock.
    pub kept: Vec<String>,
    /// Cases whose last changes could not be kept (the journal could not be written).
    pub lost: Vec<String>,
}

/// Whether this tab may write to the vault.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TabRole {
    /// This tab writes; other tabs follow.
    Writer,
    /// Another tab writes; this one shows its changes and cannot edit.
    Follower,
}

/// A case whose record cannot be read: it was kept aside and is reported, never deleted.
#[derive(Clone, Debug, PartialEq)]
pub struct UnreadableCase {
    pub id: CaseId,
    pub reason: String,
}

/// A save the reducer decided on, to be run by the autosave hook.
#[derive(Clone, Debug, PartialEq)]
pub struct SaveJob {
    pub id: CaseId,
    pub ticket: SaveTicket,
    /// The case as it is to be stored.
    pub case: Rc<Case>,
}

/// Why the stored service directory could not be read. It stays stored, untouched, until an
/// import replaces it; meanwhile the app works with an empty directory.
#[derive(Clone, Debug, PartialEq)]
pub enum DirectoryProblem {
    /// The vault could not read or decrypt it.
    Vault(VaultError),
    /// It decrypted, but is not a directory this version of the app reads.
    Decode(String),
}

/// The service directory as read from the vault.
pub type LoadedDirectory = Result<Directory, DirectoryProblem>;

/// The directory as the vault stores it: the model's JSON form.
pub fn encode_directory(directory: &Directory) -> String {
    serde_json::to_string(directory).expect("a directory always serializes")
}

/// A directory read back from its stored JSON form.
pub fn decode_directory(json: &[u8]) -> LoadedDirectory {
    serde_json::from_slice(json).map_err(|e| DirectoryProblem::Decode(e.to_string()))
}

/// Reads the service directory the vault keeps for all cases: empty when none was saved yet.
pub async fn read_directory<S: VaultStore + Clone>(vault: &UnlockedVault<S>) -> LoadedDirectory {
    match vault.load_directory().await {
        Ok(None) => Ok(Directory::new()),
        Ok(Some(json)) => decode_directory(&json),
        Err(error) => Err(DirectoryProblem::Vault(error)),
    }
}

/// What the unlocked vault holds in memory. Dropped whole when the vault locks.
#[derive(Clone)]
pub struct UnlockedState {
    pub vault: OpenVault,
    pub cases: BTreeMap<CaseId, Rc<Case>>,
    pub unreadable: Vec<UnreadableCase>,
    /// Changes made to the vault outside Tell Once, found at unlock.
    pub integrity: Vec<IntegrityProblem>,
    pub saves: BTreeMap<CaseId, SaveTracker>,
    /// Saves to run; `outbox_generation` changes whenever new jobs are queued.
    pub outbox: Rc<Vec<SaveJob>>,
    pub outbox_generation: u64,
    pub role: TabRole,
    /// The browser's answer to the request for persistent storage, once known.
    pub persisted: Option<bool>,
    /// Changes whenever the vault's metadata (such as the last export) changes.
    pub meta_generation: u64,
    /// A lock waits for unsaved changes to be saved first, at most [`LOCK_GRACE_MS`].
    pub lock_requested: Option<LockRequest>,
    /// Another tab asked to edit: this tab hands over once its changes are saved.
    pub handing_over: bool,
    /// The local support directory, shared by all cases (empty when it cannot be read).
    pub directory: Rc<Directory>,
    /// Why the stored directory could not be read, if it could not.
    pub directory_problem: Option<DirectoryProblem>,
    /// The vault's own settings, such as who makes the changes the case histories record.
    pub settings: VaultSettings,
    /// The last edit refused on the case as it now is (the section had checked an older one).
    pub refused: Option<EditRefusal>,
    /// The journal's versions of cases the vault holds a newer version of: the user chooses.
    pub journal_conflicts: Vec<Rc<Case>>,
    /// Cases whose journal entries could not be read: kept aside and reported.
    pub journal_unreadable: Vec<CaseId>,
}

impl UnlockedState {
    /// The cases in the order the case list shows them: by code.
    pub fn cases_by_code(&self) -> Vec<Rc<Case>> {
        let mut cases: Vec<_> = self.cases.values().cloned().collect();
        cases.sort_by_key(|case| case.code.to_lowercase());
        cases
    }

    /// Whether a case code is already used by another case (codes are compared without case).
    pub fn code_taken(&self, code: &str, except: Option<&CaseId>) -> bool {
        let code = code.trim().to_lowercase();
        self.cases
            .values()
            .any(|case| Some(&case.id) != except && case.code.trim().to_lowercase() == code)
    }

    /// Whether any change is not yet stored and verified.
    pub fn has_unsaved_changes(&self) -> bool {
        self.saves.values().any(SaveTracker::has_unsaved_changes)
    }

    /// The one save status the indicator shows for the whole vault.
    pub fn save_status(&self) -> SaveStatus {
        let mut status = SaveStatus::Saved { at: None };
        for tracker in self.saves.values() {
            let this = match tracker.state() {
                SaveState::Saved { at } => SaveStatus::Saved { at: *at },
                SaveState::Dirty { .. } => SaveStatus::Pending,
                SaveState::Saving { .. } => SaveStatus::Saving,
                SaveState::Failed {
                    reason, retry_at, ..
                } => SaveStatus::Failed {
                    reason: reason.clone(),
                    retry_at: *retry_at,
                },
            };
            status = status.worse(this);
        }
        status
    }

    fn queue(&mut self, jobs: Vec<SaveJob>) {
        if !jobs.is_empty() {
            self.outbox = Rc::new(jobs);
            self.outbox_generation += 1;
        }
    }

    fn job_for(&self, id: &CaseId, ticket: SaveTicket) -> Option<SaveJob> {
        let case = self.cases.get(id)?;
        Some(SaveJob {
            id: id.clone(),
            ticket,
            case: case.clone(),
        })
    }
}

/// The save indicator: the worst state among the open cases.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    Saved {
        at: Option<Timestamp>,
    },
    Pending,
    Saving,
    Failed {
        reason: VaultError,
        retry_at: Timestamp,
    },
}

impl SaveStatus {
    fn rank(&self) -> u8 {
        match self {
            SaveStatus::Saved { .. } => 0,
            SaveStatus::Pending => 1,
            SaveStatus::Saving => 2,
            SaveStatus::Failed { .. } => 3,
        }
    }

    fn worse(self, other: SaveStatus) -> SaveStatus {
        match (&self, &other) {
            (SaveStatus::Saved { at: a }, SaveStatus::Saved { at: b }) => {
                SaveStatus::Saved { at: (*a).max(*b) }
            }
            _ if other.rank() > self.rank() => other,
            _ => self,
        }
    }
}

/// Where the vault stands.
#[derive(Clone, Default)]
pub enum Phase {
    /// Looking in storage for a vault.
    #[default]
    Opening,
    /// The browser's storage cannot be used (for example a private window that forbids it).
    Unavailable(String),
    /// No vault yet: the first run.
    Absent,
    Locked(Option<LockNotice>),
    // Boxed: the unlocked state is large next to the other phases.
    Unlocked(Box<UnlockedState>),
}

/// The app's vault state.
#[derive(Clone, Default)]
pub struct VaultState {
    pub phase: Phase,
    /// Set when the vault locked with changes not yet saved; kept while it stays locked.
    pub lock_report: Option<Rc<LockReport>>,
}

impl PartialEq for VaultState {
    // The state is replaced on every change, so identity is what matters to Yew's re-rendering;
    // comparing decrypted cases field by field on every render would be wasted work.
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl VaultState {
    pub fn unlocked(&self) -> Option<&UnlockedState> {
        match &self.phase {
            Phase::Unlocked(unlocked) => Some(unlocked),
            _ => None,
        }
    }
}

/// Everything that changes the vault state.
pub enum VaultAction {
    /// Storage was looked at: a vault exists or not.
    Found {
        exists: bool,
    },
    Unavailable(String),
    Unlocked {
        vault: OpenVault,
        stored: StoredCases,
        role: TabRole,
        directory: LoadedDirectory,
        settings: VaultSettings,
    },
    /// The vault's settings were stored.
    Settings(VaultSettings),
    /// The service directory was stored (after an import) or read again (after taking over).
    Directory(LoadedDirectory),
    Lock(Option<LockNotice>),
    /// Every trace was removed.
    Wiped,
    /// The vault key was replaced (every record re-encrypted): the vault open under the new key.
    Rekeyed(OpenVault),
    /// A new case (created, duplicated or imported) to be saved.
    AddCase {
        case: Box<Case>,
        now: Timestamp,
    },
    /// An edit of a case, checked and recorded in its history, saved after the debounce.
    EditCase {
        id: CaseId,
        edit: Box<CaseEdit>,
        now: Timestamp,
    },
    CaseDeleted(CaseId),
    /// The case as stored, read again (after another tab saved it).
    CaseReloaded(Box<Case>),
    /// Every case read again from storage (after this tab took over editing).
    Reloaded {
        stored: StoredCases,
    },
    /// The debounce of some case may have ended: start the saves that are due.
    SaveDue {
        now: Timestamp,
    },
    /// Save every unsaved change now (before locking, leaving, or handing editing to another tab).
    SaveAllNow {
        now: Timestamp,
    },
    SaveSucceeded {
        id: CaseId,
        ticket: SaveTicket,
        now: Timestamp,
    },
    SaveFailed {
        id: CaseId,
        ticket: SaveTicket,
        error: VaultError,
        now: Timestamp,
    },
    Role(TabRole),
    /// The lock's grace period is over: the shell sealed the unsaved cases into the journal
    /// except those in `not_kept`, whose journal entry could not be written. Locks anyway.
    LockAfterGrace {
        not_kept: Vec<CaseId>,
    },
    /// Lock once every change is saved (at once if there is none, at the latest after
    /// [`LOCK_GRACE_MS`]).
    RequestLock {
        notice: Option<LockNotice>,
        now: Timestamp,
    },
    /// Another tab wants to edit: save, then follow.
    HandOver {
        now: Timestamp,
    },
    Persisted(bool),
    MetaChanged,
    /// What the journal could not simply give back at unlock.
    JournalRecovered {
        conflicts: Vec<Case>,
        unreadable: Vec<CaseId>,
    },
    /// The user chose between the journal's version of a case and the vault's newer one.
    ResolveJournalConflict {
        id: CaseId,
        keep_journal: bool,
        now: Timestamp,
    },
    /// The user read the report of unreadable journal entries.
    DismissJournalReport,
}

/// The vault's cases read from their records: those read, and those that could not be.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StoredCases {
    pub cases: BTreeMap<CaseId, Rc<Case>>,
    pub unreadable: Vec<UnreadableCase>,
}

impl StoredCases {
    /// Reads one listed record into a case, or notes why it cannot be read. One at a time: a
    /// large case takes tens of milliseconds to read, and the page gets a turn between cases.
    pub fn read(&mut self, entry: ListedCase) {
        match entry {
            ListedCase::Readable(document) => match decode_case(document.json_str()) {
                Ok(case) => {
                    self.cases.insert(case.id.clone(), Rc::new(case));
                }
                Err(error) => self.unreadable.push(UnreadableCase {
                    id: document.id().clone(),
                    reason: error.to_string(),
                }),
            },
            ListedCase::Unreadable { id, reason, .. } => self.unreadable.push(UnreadableCase {
                id,
                reason: reason.to_string(),
            }),
        }
    }
}

/// The vault's reducer. It is reached through `Reducible for VaultState` in the parts, since its
/// code is in the vault's core part (src/ui/parts.rs).
pub fn reduce_vault_state(state: Rc<VaultState>, action: VaultAction) -> Rc<VaultState> {
    let mut report = None;
    let phase = match (action, &state.phase) {
        (VaultAction::Found { exists }, _) => {
            if exists {
                Phase::Locked(None)
            } else {
                Phase::Absent
            }
        }
        (VaultAction::Unavailable(reason), _) => Phase::Unavailable(reason),
        (
            VaultAction::Unlocked {
                vault,
                stored: StoredCases { cases, unreadable },
                role,
                directory,
                settings,
            },
            _,
        ) => {
            let (directory, directory_problem) = split_directory(directory);
            Phase::Unlocked(Box::new(UnlockedState {
                integrity: vault.integrity_problems(),
                vault,
                cases,
                unreadable,
                saves: BTreeMap::new(),
                outbox: Rc::default(),
                outbox_generation: 0,
                role,
                persisted: None,
                meta_generation: 0,
                lock_requested: None,
                handing_over: false,
                directory,
                directory_problem,
                settings,
                refused: None,
                journal_conflicts: Vec::new(),
                journal_unreadable: Vec::new(),
            }))
        }
        (VaultAction::Lock(notice), _) => Phase::Locked(notice),
        (VaultAction::Wiped, _) => Phase::Absent,
        (VaultAction::LockAfterGrace { not_kept }, Phase::Unlocked(unlocked)) => {
            let Some(request) = unlocked.lock_requested else {
                return state; // A late timer: the lock was already done.
            };
            report = Some(Rc::new(lock_report(unlocked, &not_kept)));
            Phase::Locked(request.notice)
        }
        (action, Phase::Unlocked(unlocked)) => {
            let mut unlocked = (**unlocked).clone();
            unlocked_reduce(&mut unlocked, action);
            settle(unlocked)
        }
        // Anything else concerns an unlocked vault that is no longer unlocked: nothing to do.
        (_, _) => return state,
    };
    let lock_report = match phase {
        Phase::Locked(_) => report.or_else(|| state.lock_report.clone()),
        _ => None,
    };
    Rc::new(VaultState { phase, lock_report })
}

/// The cases with unsaved changes when the vault locks anyway, split by whether the journal kept them.
fn lock_report(unlocked: &UnlockedState, not_kept: &[CaseId]) -> LockReport {
    let mut report = LockReport::default();
    for (id, tracker) in &unlocked.saves {
        let Some(case) = unlocked.cases.get(id) else {
            continue;
        };
        if tracker.has_unsaved_changes() {
            let list = if not_kept.contains(id) {
                &mut report.lost
            } else {
                &mut report.kept
            };
            list.push(case.code.clone());
        }
    }
    report
}

/// The directory to work with, and the problem to report when the stored one cannot be read.
fn split_directory(loaded: LoadedDirectory) -> (Rc<Directory>, Option<DirectoryProblem>) {
    match loaded {
        Ok(directory) => (Rc::new(directory), None),
        Err(problem) => (Rc::default(), Some(problem)),
    }
}

/// Completes a lock or a hand-over that waited for saves, once nothing is left unsaved.
fn settle(mut unlocked: UnlockedState) -> Phase {
    let saving = unlocked
        .saves
        .values()
        .any(|t| matches!(t.state(), SaveState::Saving { .. }));
    if unlocked.has_unsaved_changes() || saving {
        return Phase::Unlocked(Box::new(unlocked));
    }
    if let Some(request) = unlocked.lock_requested {
        return Phase::Locked(request.notice);
    }
    if unlocked.handing_over {
        unlocked.handing_over = false;
        unlocked.role = TabRole::Follower;
    }
    Phase::Unlocked(Box::new(unlocked))
}

fn unlocked_reduce(unlocked: &mut UnlockedState, action: VaultAction) {
    match action {
        VaultAction::AddCase { case, now } => {
            let id = case.id.clone();
            unlocked.cases.insert(id.clone(), Rc::new(*case));
            let tracker = unlocked.saves.entry(id.clone()).or_default();
            tracker.edited(now);
            // A new case is saved at once: it must not vanish if the tab closes a moment later.
            if let Some(ticket) = tracker.save_now(now) {
                let job = unlocked.job_for(&id, ticket);
                unlocked.queue(job.into_iter().collect());
            }
        }
        VaultAction::EditCase { id, edit, now } => {
            if unlocked.role != TabRole::Writer {
                return;
            }
            let Some(case) = unlocked.cases.get_mut(&id) else {
                return;
            };
            // Checked again here, on the case as it is now: the section checked the case it showed.
            let author = unlocked.settings.author.as_deref().unwrap_or_default();
            match record(Rc::make_mut(case), *edit, now, author) {
                Ok(()) => {
                    unlocked.refused = None;
                    unlocked.saves.entry(id).or_default().edited(now);
                }
                Err(refusal) => unlocked.refused = Some(refusal),
            }
        }
        VaultAction::CaseDeleted(id) => {
            unlocked.cases.remove(&id);
            unlocked.saves.remove(&id);
            unlocked.unreadable.retain(|u| u.id != id);
        }
        VaultAction::CaseReloaded(case) => {
            // A follower never has unsaved changes of its own, so the stored case wins.
            unlocked.saves.remove(&case.id);
            unlocked.cases.insert(case.id.clone(), Rc::new(*case));
        }
        VaultAction::Reloaded {
            stored: StoredCases { cases, unreadable },
        } => {
            unlocked.cases = cases;
            unlocked.unreadable = unreadable;
            unlocked.saves.clear();
        }
        VaultAction::SaveDue { now } => queue_saves(unlocked, |tracker| tracker.start_due(now)),
        VaultAction::SaveAllNow { now } => queue_saves(unlocked, |tracker| tracker.save_now(now)),
        VaultAction::SaveSucceeded { id, ticket, now } => {
            if let Some(tracker) = unlocked.saves.get_mut(&id) {
                tracker.succeeded(ticket, now);
            }
        }
        VaultAction::SaveFailed {
            id,
            ticket,
            error,
            now,
        } => {
            if let Some(tracker) = unlocked.saves.get_mut(&id) {
                tracker.failed(ticket, error, now);
            }
        }
        VaultAction::Role(role) => unlocked.role = role,
        VaultAction::RequestLock { notice, now } => {
            // A repeated request (auto-lock asks every few seconds) keeps the first deadline.
            let at = unlocked.lock_requested.map_or(now, |request| request.at);
            unlocked.lock_requested = Some(LockRequest { notice, at });
            unlocked_reduce(unlocked, VaultAction::SaveAllNow { now });
        }
        VaultAction::HandOver { now } => {
            if unlocked.role == TabRole::Writer {
                unlocked.handing_over = true;
                unlocked_reduce(unlocked, VaultAction::SaveAllNow { now });
            }
        }
        VaultAction::Persisted(persisted) => unlocked.persisted = Some(persisted),
        VaultAction::Directory(loaded) => {
            (unlocked.directory, unlocked.directory_problem) = split_directory(loaded);
        }
        VaultAction::MetaChanged => unlocked.meta_generation += 1,
        VaultAction::JournalRecovered {
            conflicts,
            unreadable,
        } => {
            unlocked.journal_conflicts = conflicts.into_iter().map(Rc::new).collect();
            unlocked.journal_unreadable = unreadable;
        }
        VaultAction::ResolveJournalConflict {
            id,
            keep_journal,
            now,
        } => {
            let Some(at) = unlocked.journal_conflicts.iter().position(|c| c.id == id) else {
                return;
            };
            let case = unlocked.journal_conflicts.remove(at);
            if keep_journal && unlocked.role == TabRole::Writer {
                let case = Box::new(Rc::unwrap_or_clone(case));
                unlocked_reduce(unlocked, VaultAction::AddCase { case, now });
            }
        }
        VaultAction::DismissJournalReport => unlocked.journal_unreadable.clear(),
        VaultAction::Settings(settings) => unlocked.settings = settings,
        VaultAction::Rekeyed(vault) => {
            unlocked.vault = vault;
            unlocked.meta_generation += 1;
        }
        VaultAction::Found { .. }
        | VaultAction::Unavailable(_)
        | VaultAction::Unlocked { .. }
        | VaultAction::Lock(_)
        | VaultAction::LockAfterGrace { .. }
        | VaultAction::Wiped => unreachable!("handled before the session is consulted"),
    }
}

/// Starts the saves that `start` says are due, one per case, and queues their jobs.
fn queue_saves(
    unlocked: &mut UnlockedState,
    mut start: impl FnMut(&mut SaveTracker) -> Option<SaveTicket>,
) {
    let due: Vec<_> = unlocked
        .saves
        .iter_mut()
        .filter_map(|(id, tracker)| start(tracker).map(|ticket| (id.clone(), ticket)))
        .collect();
    let jobs = due
        .into_iter()
        .filter_map(|(id, ticket)| unlocked.job_for(&id, ticket))
        .collect();
    unlocked.queue(jobs);
}

/// When a requested lock stops waiting for saves and locks anyway, if a lock is requested.
pub fn lock_deadline(unlocked: &UnlockedState) -> Option<Timestamp> {
    let request = unlocked.lock_requested?;
    Some(Timestamp(request.at.0 + LOCK_GRACE_MS))
}

/// The earliest time a save is due or must be retried, if any.
pub fn next_save_wake(unlocked: &UnlockedState) -> Option<Timestamp> {
    unlocked
        .saves
        .values()
        .filter_map(SaveTracker::next_wake)
        .min()
}
