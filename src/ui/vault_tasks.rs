//! The vault operations the app starts: each talks to storage and reports with an action.

use super::clock::now;
use super::journal;
use super::offline::AFTER_WIPE;
use super::tabs::{claim_writer, TabChannel, TabMessage, WriterLock};
use super::vault_state::{
    encode_directory, read_directory, BrowserStore, OpenVault, SaveJob, StoredCases, TabRole,
    VaultAction,
};
use super::worker::InTheWorker;
use crate::model::directory::Directory;
use crate::model::schema::decode_case;
use crate::model::CaseId;
use crate::vault::crypto::WorkFactor;
use crate::vault::store::VaultStore;
use crate::vault::{CaseDocument, PassphraseWorker, Vault, VaultError, VaultSettings};
use age::secrecy::SecretString;
use js_sys::{Array, Function, Promise, Reflect};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::UseReducerDispatcher;

use super::vault_state::VaultState;

pub type Dispatch = UseReducerDispatcher<VaultState>;

thread_local! {
    /// This tab's writer lock while it holds one. A lock belongs to the tab, not to a component.
    static WRITER: RefCell<Option<WriterLock>> = const { RefCell::new(None) };
}

fn hold_writer(lock: WriterLock) {
    WRITER.with(|held| {
        if let Some(old) = held.borrow_mut().replace(lock) {
            old.release();
        }
    });
}

/// Lets another tab write.
pub fn release_writer() {
    WRITER.with(|held| {
        if let Some(lock) = held.borrow_mut().take() {
            lock.release();
        }
    });
}

/// The database, opened (and created if needed).
async fn open_store() -> Result<BrowserStore, VaultError> {
    #[cfg(target_arch = "wasm32")]
    {
        crate::vault::indexeddb::IndexedDbStore::open(crate::vault::indexeddb::DATABASE_NAME)
            .await
            .map_err(VaultError::Store)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Ok(BrowserStore::default())
    }
}

/// Calls a method of a browser object that returns a promise, and awaits it.
async fn call_promise(target: &JsValue, method: &str, args: &[JsValue]) -> Option<JsValue> {
    let promise = call(target, method, args)?.dyn_into::<Promise>().ok()?;
    JsFuture::from(promise).await.ok()
}

/// The browser's IndexedDB factory.
fn indexed_db() -> Option<JsValue> {
    Reflect::get(&gloo::utils::window(), &"indexedDB".into())
        .ok()
        .filter(|factory| !factory.is_undefined() && !factory.is_null())
}

/// Calls a method of a browser object and returns what it returns.
fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Option<JsValue> {
    Reflect::get(target, &method.into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?
        .apply(target, &args.iter().collect::<Array>())
        .ok()
}

/// A promise that settles with an IndexedDB request: fulfilled with the success event,
/// rejected on error.
fn request_promise(request: &JsValue) -> Promise {
    Promise::new(&mut |resolve, reject| {
        let _ = Reflect::set(request, &"onsuccess".into(), &resolve);
        let _ = Reflect::set(request, &"onerror".into(), &reject);
    })
}

/// The names of this origin's IndexedDB databases, or `None` where the browser cannot list
/// them (`indexedDB.databases()` is missing before Firefox 126 and in Tor Browser 13).
async fn database_names() -> Option<Vec<String>> {
    let list = call_promise(&indexed_db()?, "databases", &[]).await?;
    Some(
        Array::from(&list)
            .iter()
            .filter_map(|db| Reflect::get(&db, &"name".into()).ok()?.as_string())
            .collect(),
    )
}

/// Whether the database `name` exists with object stores in it, found by opening it: where the
/// browser cannot list its databases, this is the only way. Opening creates a missing database
/// (empty, with no stores); such a database is deleted again, so that a first visit leaves no trace.
async fn database_exists_by_opening(factory: &JsValue, name: &str) -> bool {
    let Some(request) = call(factory, "open", &[name.into()]) else {
        return false;
    };
    if JsFuture::from(request_promise(&request)).await.is_err() {
        return false;
    }
    // The promise holds the success event; the database is the request's result.
    let Ok(db) = Reflect::get(&request, &"result".into()) else {
        return false;
    };
    let stores = Reflect::get(&db, &"objectStoreNames".into())
        .and_then(|names| Reflect::get(&names, &"length".into()))
        .ok()
        .and_then(|length| length.as_f64());
    call(&db, "close", &[]);
    // Deleted only when surely empty: a vault whose stores cannot be counted is kept.
    if stores == Some(0.0) {
        delete_database(factory, name).await;
        false
    } else {
        true
    }
}

/// How long the wipe waits for the browser to delete the vault's database. Deletion waits
/// for every open connection to close, in this tab and in others.
const DELETE_WAIT_MS: i32 = 10_000;

/// Deletes the database `name`; whether the browser reported it deleted within [`DELETE_WAIT_MS`].
async fn delete_database(factory: &JsValue, name: &str) -> bool {
    let Some(request) = call(factory, "deleteDatabase", &[name.into()]) else {
        return false;
    };
    // Fulfilled with the success event (truthy); the wait ends with `undefined`.
    let deleted = request_promise(&request);
    let waited = Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, DELETE_WAIT_MS);
    });
    JsFuture::from(Promise::race(&Array::of2(&deleted, &waited)))
        .await
        .is_ok_and(|outcome| outcome.is_truthy())
}

/// The vault database's name.
fn vault_database_name() -> &'static str {
    #[cfg(target_arch = "wasm32")]
    let name = crate::vault::indexeddb::DATABASE_NAME;
    #[cfg(not(target_arch = "wasm32"))]
    let name = "";
    name
}

/// Whether the vault's database exists, found without leaving a database behind.
async fn vault_database_exists() -> bool {
    let name = vault_database_name();
    match database_names().await {
        Some(names) => names.iter().any(|n| n == name),
        None => match indexed_db() {
            Some(factory) => database_exists_by_opening(&factory, name).await,
            None => false,
        },
    }
}

/// Looks for a vault without creating a database, so that a first visit leaves no trace.
pub async fn find_vault(dispatch: Dispatch) {
    if !vault_database_exists().await {
        dispatch.dispatch(VaultAction::Found { exists: false });
        return;
    }
    match open_store().await {
        Ok(store) => match Vault::new(store).exists().await {
            Ok(exists) => dispatch.dispatch(VaultAction::Found { exists }),
            Err(error) => dispatch.dispatch(VaultAction::Unavailable(error.to_string())),
        },
        Err(error) => dispatch.dispatch(VaultAction::Unavailable(error.to_string())),
    }
}

/// Claims writing for this tab if no other tab writes.
async fn claim_role() -> TabRole {
    match claim_writer(false).await {
        Some(lock) => {
            hold_writer(lock);
            TabRole::Writer
        }
        None => TabRole::Follower,
    }
}

/// Creates the vault with this passphrase and opens it.
pub async fn create_vault(passphrase: SecretString, dispatch: Dispatch) -> Result<(), VaultError> {
    let vault =
        Vault::with_passphrase_work(open_store().await?, PassphraseWorker::new(InTheWorker));
    let unlocked = vault
        .create(&passphrase, WorkFactor::DEFAULT, now())
        .await?;
    let role = claim_role().await;
    dispatch.dispatch(VaultAction::Unlocked {
        vault: Rc::new(unlocked),
        stored: StoredCases::default(),
        role,
        directory: Ok(Directory::new()),
        settings: VaultSettings::default(),
    });
    // Ask the browser not to evict the vault under storage pressure, and show its answer.
    let persisted = ask_storage("persist").await.unwrap_or(false);
    dispatch.dispatch(VaultAction::Persisted(persisted));
    Ok(())
}

/// Unlocks the vault with this passphrase and reads its cases.
pub async fn unlock_vault(passphrase: SecretString, dispatch: Dispatch) -> Result<(), VaultError> {
    // The key derivation runs in the worker: the page, Quick exit above all, keeps answering.
    let vault =
        Vault::with_passphrase_work(open_store().await?, PassphraseWorker::new(InTheWorker));
    let unlocked = vault.unlock(&passphrase).await?;
    drop(passphrase);
    let stored = read_stored(&unlocked).await?;
    // A directory that cannot be read is reported in the referrals section; the cases still open.
    let directory = read_directory(&unlocked).await;
    // Settings that cannot be read leave the author unnamed until it is set again; no case is touched.
    let settings = unlocked.load_settings().await.unwrap_or_default();
    let role = claim_role().await;
    let vault = Rc::new(unlocked);
    let recovered = journal::recover(&vault);
    dispatch.dispatch(VaultAction::Unlocked {
        vault,
        stored,
        role,
        directory,
        settings,
    });
    // Changes the journal kept when a tab closed or locked before saving: store them now,
    // except those the vault holds a newer version of, which the user chooses between.
    let conflicts = if role == TabRole::Writer {
        for case in recovered.restore {
            dispatch.dispatch(VaultAction::AddCase {
                case: Box::new(case),
                now: now(),
            });
        }
        recovered.ask
    } else {
        Vec::new()
    };
    dispatch.dispatch(VaultAction::JournalRecovered {
        conflicts,
        unreadable: recovered.unreadable,
    });
    if let Some(persisted) = ask_storage("persisted").await {
        dispatch.dispatch(VaultAction::Persisted(persisted));
    }
    Ok(())
}

/// Asks the storage manager `persist` (request persistence) or `persisted` (current answer).
async fn ask_storage(method: &str) -> Option<bool> {
    let storage: JsValue = gloo::utils::window().navigator().storage().into();
    call_promise(&storage, method, &[]).await?.as_bool()
}

/// Every case in the vault, read from its record, each in a task of its own.
async fn read_stored(
    vault: &crate::vault::UnlockedVault<BrowserStore>,
) -> Result<StoredCases, VaultError> {
    let mut stored = StoredCases::default();
    for entry in vault.list_cases().await? {
        vault.store().pause().await;
        stored.read(entry);
    }
    Ok(stored)
}

/// Runs the saves the reducer queued, and reports each result.
pub async fn run_saves(
    vault: OpenVault,
    jobs: Rc<Vec<SaveJob>>,
    dispatch: Dispatch,
    tabs: TabChannel,
) {
    for job in jobs.iter() {
        // The change that asked for the save is shown first: writing out a large case takes
        // tens of milliseconds.
        vault.store().pause().await;
        match vault.save_document(&CaseDocument::of_case(&job.case)).await {
            Ok(()) => {
                journal::clear(&job.id);
                dispatch.dispatch(VaultAction::SaveSucceeded {
                    id: job.id.clone(),
                    ticket: job.ticket,
                    now: now(),
                });
                tabs.post(&TabMessage::Saved {
                    case: job.id.clone(),
                });
            }
            Err(error) => dispatch.dispatch(VaultAction::SaveFailed {
                id: job.id.clone(),
                ticket: job.ticket,
                error,
                now: now(),
            }),
        }
    }
}

/// Stores the service directory (encrypted and verified) and, once stored, makes it the one
/// the vault's state shows. On failure it keeps the directory it had.
pub async fn save_directory(
    vault: OpenVault,
    directory: Directory,
    dispatch: Dispatch,
) -> Result<(), VaultError> {
    vault
        .save_directory(encode_directory(&directory).as_bytes())
        .await?;
    dispatch.dispatch(VaultAction::Directory(Ok(directory)));
    Ok(())
}

/// Stores the vault's settings (encrypted and verified) and, once stored, makes them the ones
/// the vault's state uses. On failure it keeps the settings it had.
pub async fn save_settings(
    vault: OpenVault,
    settings: VaultSettings,
    dispatch: Dispatch,
) -> Result<(), VaultError> {
    vault.save_settings(&settings).await?;
    dispatch.dispatch(VaultAction::Settings(settings));
    Ok(())
}

/// Deletes a case from the vault.
pub async fn delete_case(
    vault: OpenVault,
    id: CaseId,
    dispatch: Dispatch,
    tabs: TabChannel,
) -> Result<(), VaultError> {
    vault.delete_case(&id).await?;
    // Unsaved changes kept for the case must not bring it back at the next unlock.
    journal::clear(&id);
    dispatch.dispatch(VaultAction::CaseDeleted(id.clone()));
    tabs.post(&TabMessage::Deleted { case: id });
    Ok(())
}

/// Reads one case again after another tab saved it.
pub async fn reload_case(vault: OpenVault, id: CaseId, dispatch: Dispatch) {
    if let Ok(document) = vault.load_case(&id).await {
        if let Ok(case) = decode_case(document.json_str()) {
            dispatch.dispatch(VaultAction::CaseReloaded(Box::new(case)));
        }
    }
}

/// Takes over editing from the tab that writes: it saves, releases, and this tab reads everything again.
pub async fn take_over(vault: OpenVault, dispatch: Dispatch, tabs: TabChannel) {
    tabs.post(&TabMessage::HandOver);
    if let Some(lock) = claim_writer(true).await {
        hold_writer(lock);
        if let Ok(stored) = read_stored(&vault).await {
            dispatch.dispatch(VaultAction::Reloaded { stored });
        }
        // The other tab may have imported services meanwhile.
        dispatch.dispatch(VaultAction::Directory(read_directory(&vault).await));
        dispatch.dispatch(VaultAction::Role(TabRole::Writer));
    }
}

/// What every key this app writes to local and session storage starts with (preferences,
/// the journal). The wipe removes these and no other: pages of another app on the same origin
/// keep theirs.
pub const STORAGE_KEY_PREFIX: &str = "tell-once-";

/// Removes this app's keys from a storage area.
pub fn remove_app_keys(storage: &web_sys::Storage) {
    let count = storage.length().unwrap_or(0);
    let keys: Vec<String> = (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(STORAGE_KEY_PREFIX))
        .collect();
    for key in keys {
        let _ = storage.remove_item(&key);
    }
}

/// Removes every trace the app can remove: its IndexedDB database, its local and session
/// storage keys, its caches and its service worker (never another app's on the same origin);
/// then starts the app afresh. Refused if the vault's database is still there afterwards
/// (another tab keeps it open, say), for the caller to tell the user.
pub async fn wipe_everything(dispatch: Dispatch, tabs: TabChannel) -> Result<(), WipeIncomplete> {
    // Clear the records first, so that nothing is left even if the browser delays deletion.
    if vault_database_exists().await {
        if let Ok(store) = open_store().await {
            let _ = Vault::new(store).wipe().await;
        }
    }
    let window = gloo::utils::window();
    if let Ok(Some(storage)) = window.local_storage() {
        remove_app_keys(&storage);
    }
    if let Ok(Some(storage)) = window.session_storage() {
        remove_app_keys(&storage);
    }
    crate::ui::offline::remove_offline_copy().await;
    release_writer();
    tabs.post(&TabMessage::Wiped);
    // Locking drops this tab's connections, which the deletion waits for.
    dispatch.dispatch(VaultAction::Wiped);
    if let Some(factory) = indexed_db() {
        delete_database(&factory, vault_database_name()).await;
    }
    if vault_database_exists().await {
        return Err(WipeIncomplete);
    }
    // Start afresh without offline copy: the restarted page must not register the service
    // worker (and so fill the cache) again, which would undo part of the wipe.
    let _ = window.location().replace(&format!("./?{AFTER_WIPE}"));
    Ok(())
}

/// The vault's database was still there after the wipe deleted it.
#[derive(Debug)]
pub struct WipeIncomplete;

/// What a passphrase change did.
#[derive(Clone, Debug, PartialEq)]
pub enum PassphraseChange {
    /// The same vault key, wrapped with the new passphrase.
    Rewrapped,
    /// A new vault key, wrapped with the new passphrase; this many records re-encrypted to it.
    Rotated { records: usize },
}

/// Changes the vault's passphrase after checking the current one; with `rotate`, replaces the
/// vault key too, re-encrypting every record, and returns the vault opened under the new key
/// for the state to hold. On any error nothing is changed.
pub async fn change_passphrase(
    vault: &OpenVault,
    current: &SecretString,
    new: &SecretString,
    rotate: bool,
    mut progress: impl FnMut(usize, usize),
) -> Result<(PassphraseChange, Option<OpenVault>), VaultError> {
    if !rotate {
        vault
            .change_passphrase(current, new, WorkFactor::DEFAULT)
            .await?;
        return Ok((PassphraseChange::Rewrapped, None));
    }
    let mut records = 0;
    let rotated = vault
        .rotate_key(current, new, WorkFactor::DEFAULT, |done, total| {
            records = total;
            progress(done, total);
        })
        .await?;
    Ok((
        PassphraseChange::Rotated { records },
        Some(Rc::new(rotated)),
    ))
}
