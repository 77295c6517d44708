//! The browser backend: one IndexedDB database with one object store per [`Shelf`].
//!
//! Values are stored as `Uint8Array`s under string keys. Each operation is its own transaction
//! and waits for it to complete, so a write is on disk before [`save_verified`] reads it back.
//! Writes ask for strict durability where the browser offers it (Chromium and WebKit would
//! otherwise report a write complete before it is flushed).
//!
//! Written on web-sys directly: the wrapper crates do not pass transaction options.
//!
//! [`save_verified`]: super::store::save_verified

use std::rc::Rc;

use js_sys::{Array, Function, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbOpenDbRequest, IdbRequest, IdbTransaction};

use super::store::{Shelf, StoreError, StoreWrite, VaultStore};

/// The database name used by the app.
pub const DATABASE_NAME: &str = "tell-once-vault";

/// Bump when object stores change; IndexedDB then runs the upgrade that creates them.
const DATABASE_VERSION: u32 = 1;

/// A handle to the vault's IndexedDB database. Clones share one connection.
#[derive(Clone, Debug)]
pub struct IndexedDbStore {
    db: Rc<Connection>,
}

/// An open database, closed when its last handle goes. Left open, the browser would still
/// deliver events to it (a wipe deleting the database sends `versionchange` to every open
/// connection) after the handlers registered for it were dropped.
#[derive(Debug)]
struct Connection(IdbDatabase);

impl Drop for Connection {
    fn drop(&mut self) {
        self.0.close();
    }
}

/// The IndexedDB factory of this window.
fn factory() -> Result<web_sys::IdbFactory, StoreError> {
    gloo::utils::window()
        .indexed_db()
        .map_err(|e| StoreError::Unavailable(describe(&e)))?
        .ok_or_else(|| StoreError::Unavailable("this browser offers no IndexedDB".into()))
}

/// Settles when a request succeeds (with its result) or fails (with its error). The event
/// handlers are the promise's own functions, so no Rust closure is left behind.
async fn request_done(request: &IdbRequest) -> Result<JsValue, JsValue> {
    let settled = JsFuture::from(Promise::new(&mut |resolve: Function, reject: Function| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    }));
    match settled.await {
        Ok(_) => request.result(),
        Err(_) => Err(request
            .error()
            .ok()
            .flatten()
            .map(JsValue::from)
            .unwrap_or_default()),
    }
}

/// Settles when a transaction commits (`complete`) or fails (`error`, `abort`). Made before
/// the first await on its requests, so that the `complete` event cannot be missed.
fn transaction_done(
    transaction: &IdbTransaction,
) -> impl std::future::Future<Output = Result<(), StoreError>> {
    let settled = JsFuture::from(Promise::new(&mut |resolve: Function, reject: Function| {
        transaction.set_oncomplete(Some(&resolve));
        transaction.set_onerror(Some(&reject));
        transaction.set_onabort(Some(&reject));
    }));
    let transaction = transaction.clone();
    async move {
        match settled.await {
            Ok(_) => Ok(()),
            Err(event) => Err(map_error(
                &transaction.error().map(JsValue::from).unwrap_or(event),
            )),
        }
    }
}

impl IndexedDbStore {
    /// Opens (creating if needed) the database named `name`.
    pub async fn open(name: &str) -> Result<Self, StoreError> {
        let request: IdbOpenDbRequest = factory()?
            .open_with_u32(name, DATABASE_VERSION)
            .map_err(|e| StoreError::Unavailable(describe(&e)))?;
        let upgrading = request.clone();
        let on_upgrade = Closure::<dyn FnMut()>::new(move || {
            let Ok(db) = upgrading
                .result()
                .and_then(|db| db.dyn_into::<IdbDatabase>())
            else {
                return;
            };
            for shelf in Shelf::ALL {
                if !db.object_store_names().contains(shelf.name()) {
                    let _ = db.create_object_store(shelf.name());
                }
            }
        });
        request.set_onupgradeneeded(Some(on_upgrade.as_ref().unchecked_ref()));
        let opened = request_done(&request).await;
        request.set_onupgradeneeded(None);
        drop(on_upgrade);
        let db = opened
            .map_err(|e| StoreError::Unavailable(describe(&e)))?
            .dyn_into::<IdbDatabase>()
            .map_err(|_| StoreError::Unavailable("the database did not open".into()))?;
        Ok(Self {
            db: Rc::new(Connection(db)),
        })
    }

    /// Deletes the whole database (the wipe). Other handles must be dropped first.
    pub async fn delete_database(name: &str) -> Result<(), StoreError> {
        let request = factory()?
            .delete_database(name)
            .map_err(|e| map_error(&e))?;
        request_done(&request).await.map_err(|e| map_error(&e))?;
        Ok(())
    }

    /// A transaction on `shelves`; read-write ones ask for strict durability.
    fn transaction(&self, shelves: &[Shelf], write: bool) -> Result<IdbTransaction, StoreError> {
        let names: Array = shelves
            .iter()
            .map(|s| JsValue::from_str(s.name()))
            .collect();
        let db: &JsValue = self.db.0.as_ref();
        let open = Reflect::get(db, &"transaction".into())
            .and_then(|f| f.dyn_into::<Function>())
            .map_err(|e| map_error(&e))?;
        let transaction = if write {
            // The options argument is ignored by browsers that do not know it.
            let options = Object::new();
            let _ = Reflect::set(&options, &"durability".into(), &"strict".into());
            open.call3(db, &names, &"readwrite".into(), &options)
        } else {
            open.call2(db, &names, &"readonly".into())
        };
        transaction
            .and_then(|t| t.dyn_into::<IdbTransaction>())
            .map_err(|e| map_error(&e))
    }
}

fn object_store(transaction: &IdbTransaction, shelf: Shelf) -> Result<IdbObjectStore, StoreError> {
    transaction
        .object_store(shelf.name())
        .map_err(|e| map_error(&e))
}

/// The error's text, for the message and for [`map_error`].
fn describe(e: &JsValue) -> String {
    if let Some(exception) = e.dyn_ref::<web_sys::DomException>() {
        return format!("{}: {}", exception.name(), exception.message());
    }
    if let Some(error) = e.dyn_ref::<js_sys::Error>() {
        return String::from(error.to_string());
    }
    e.as_string().unwrap_or_else(|| format!("{e:?}"))
}

/// Maps a browser error to a store error by the DOMException name it carries.
fn map_error(e: &JsValue) -> StoreError {
    let text = describe(e);
    if text.contains("QuotaExceeded") {
        StoreError::QuotaExceeded
    } else if text.contains("ReadOnly") {
        StoreError::ReadOnly
    } else if text.contains("InvalidState") || text.contains("VersionError") {
        StoreError::Unavailable(text)
    } else {
        StoreError::Io(text)
    }
}

impl VaultStore for IndexedDbStore {
    async fn pause(&self) {
        crate::task_queue::after_ms(0).await;
    }

    async fn get(&self, shelf: Shelf, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        let transaction = self.transaction(&[shelf], false)?;
        let request = object_store(&transaction, shelf)?
            .get(&JsValue::from_str(key))
            .map_err(|e| map_error(&e))?;
        let done = transaction_done(&transaction);
        let value = request_done(&request).await.map_err(|e| map_error(&e))?;
        done.await?;
        if value.is_undefined() || value.is_null() {
            return Ok(None);
        }
        value
            .dyn_into::<Uint8Array>()
            .map(|array| Some(array.to_vec()))
            .map_err(|_| StoreError::Malformed(format!("{}/{key} is not bytes", shelf.name())))
    }

    async fn write_batch(&self, writes: &[StoreWrite<'_>]) -> Result<(), StoreError> {
        let mut shelves: Vec<Shelf> = writes
            .iter()
            .map(|write| match write {
                StoreWrite::Put { shelf, .. } | StoreWrite::Delete { shelf, .. } => *shelf,
            })
            .collect();
        shelves.sort();
        shelves.dedup();
        if shelves.is_empty() {
            return Ok(());
        }
        // Every request is placed before the first await, so the batch is one transaction and
        // batches run in the order they were called.
        let transaction = self.transaction(&shelves, true)?;
        let done = transaction_done(&transaction);
        for write in writes {
            let placed = match *write {
                StoreWrite::Put { shelf, key, value } => object_store(&transaction, shelf)?
                    .put_with_key(&Uint8Array::from(value), &JsValue::from_str(key)),
                StoreWrite::Delete { shelf, key } => {
                    object_store(&transaction, shelf)?.delete(&JsValue::from_str(key))
                }
            };
            if let Err(e) = placed {
                let _ = transaction.abort();
                return Err(map_error(&e));
            }
        }
        done.await
    }

    async fn keys(&self, shelf: Shelf) -> Result<Vec<String>, StoreError> {
        let transaction = self.transaction(&[shelf], false)?;
        let request = object_store(&transaction, shelf)?
            .get_all_keys()
            .map_err(|e| map_error(&e))?;
        let done = transaction_done(&transaction);
        let keys = request_done(&request).await.map_err(|e| map_error(&e))?;
        done.await?;
        let mut keys: Vec<String> = Array::from(&keys)
            .iter()
            .filter_map(|k| k.as_string())
            .collect();
        keys.sort();
        Ok(keys)
    }

    async fn clear(&self, shelf: Shelf) -> Result<(), StoreError> {
        let transaction = self.transaction(&[shelf], true)?;
        let done = transaction_done(&transaction);
        object_store(&transaction, shelf)?
            .clear()
            .map_err(|e| map_error(&e))?;
        done.await
    }
}
