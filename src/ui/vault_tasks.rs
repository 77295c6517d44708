//! The vault operations the app starts: each talks to storage and reports with an action.

use super::clock::now;
use super::journal;
use super::offline::AFTER_WIPE;
use super::tabs::{claim_writer, TabChannel, TabMessage, WriterLock};
use super::vault_state::{
    encode_directory, read_directory, BrowserStore, OpenVault, SaveJob, TabRole, VaultAction,
};
use crate::model::directory::Directory;
use crate::model::schema::decode_case;
use crate::model::CaseId;
use crate::vault::crypto::WorkFactor;
use crate::vault::{Vault, VaultError, VaultSettings};
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
    let function = Reflect::get(target, &method.into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    let promise = function
        .apply(target, &args.iter().collect::<Array>())
        .ok()?
        .dyn_into::<Promise>()
        .ok()?;
    JsFuture::from(promise).await.ok()
}

/// The names of this origin's IndexedDB databases.
async fn database_names() -> Vec<String> {
    let Ok(factory) = Reflect::get(&gloo::utils::window(), &"indexedDB".into()) else {
        return Vec::new();
    };
    let Some(list) = call_promise(&factory, "databases", &[]).await else {
        return Vec::new();
    };
    Array::from(&list)
        .iter()
        .filter_map(|db| Reflect::get(&db, &"name".into()).ok()?.as_string())
        .collect()
}

/// Whether the vault's database exists, found without opening it (opening would create it).
async fn vault_database_exists() -> bool {
    #[cfg(target_arch = "wasm32")]
    let name = crate::vault::indexeddb::DATABASE_NAME;
    #[cfg(not(target_arch = "wasm32"))]
    let name = "";
    database_names().await.iter().any(|n| n == name)
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
    let vault = Vault::new(open_store().await?);
    let unlocked = vault
        .create(&passphrase, WorkFactor::DEFAULT, now())
        .await?;
    let role = claim_role().await;
    dispatch.dispatch(VaultAction::Unlocked {
        vault: Rc::new(unlocked),
        listed: Vec::new(),
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
    let vault = Vault::new(open_store().await?);
    let unlocked = vault.unlock(&passphrase).await?;
    drop(passphrase);
    let listed = unlocked.list_cases().await?;
    // A directory that cannot be read is reported in the referrals section; the cases still open.
    let directory = read_directory(&unlocked).await;
    // Settings that cannot be read leave the author unnamed until it is set again; no case is touched.
    let settings = unlocked.load_settings().await.unwrap_or_default();
    let role = claim_role().await;
    let vault = Rc::new(unlocked);
    let recovered = journal::recover(&vault);
    dispatch.dispatch(VaultAction::Unlocked {
        vault,
        listed,
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

/// Runs the saves the reducer queued, and reports each result.
pub async fn run_saves(
    vault: OpenVault,
    jobs: Rc<Vec<SaveJob>>,
    dispatch: Dispatch,
    tabs: TabChannel,
) {
    for job in jobs.iter() {
        match vault.save_case(&job.id, job.document.as_bytes()).await {
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
        if let Ok(listed) = vault.list_cases().await {
            dispatch.dispatch(VaultAction::Reloaded { listed });
        }
        // The other tab may have imported services meanwhile.
        dispatch.dispatch(VaultAction::Directory(read_directory(&vault).await));
        dispatch.dispatch(VaultAction::Role(TabRole::Writer));
    }
}

/// Removes every trace the app can remove: all IndexedDB databases of the origin, local and
/// session storage, caches and service workers; then starts the app afresh.
pub async fn wipe_everything(dispatch: Dispatch, tabs: TabChannel) {
    // Clear the records first, so that nothing is left even if the browser delays deletion.
    if vault_database_exists().await {
        if let Ok(store) = open_store().await {
            let _ = Vault::new(store).wipe().await;
        }
    }
    let window = gloo::utils::window();
    if let Ok(Some(storage)) = window.local_storage() {
        let _ = storage.clear();
    }
    if let Ok(Some(storage)) = window.session_storage() {
        let _ = storage.clear();
    }
    crate::ui::offline::remove_offline_copy().await;
    release_writer();
    tabs.post(&TabMessage::Wiped);
    dispatch.dispatch(VaultAction::Wiped);
    // Deletion waits until this tab's connection closes; the reload closes it.
    if let Ok(factory) = Reflect::get(&window, &"indexedDB".into()) {
        for name in database_names().await {
            if let Ok(delete) = Reflect::get(&factory, &"deleteDatabase".into()) {
                if let Ok(delete) = delete.dyn_into::<Function>() {
                    let _ = delete.call1(&factory, &JsValue::from_str(&name));
                }
            }
        }
    }
    // Start afresh without offline copy: the restarted page must not register the service
    // worker (and so fill the cache) again, which would undo part of the wipe.
    let _ = window.location().replace(&format!("./?{AFTER_WIPE}"));
}
