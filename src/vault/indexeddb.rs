//! The browser backend: one IndexedDB database with one object store per [`Shelf`].
//!
//! Values are stored as `Uint8Array`s under string keys. Each operation is its own transaction
//! and waits for it to complete, so a write is durable before [`save_verified`] reads it back.
//!
//! [`save_verified`]: super::store::save_verified

use std::rc::Rc;

use js_sys::Uint8Array;
use rexie::{ObjectStore, Rexie, TransactionMode};
use wasm_bindgen::{JsCast, JsValue};

use super::store::{Shelf, StoreError, VaultStore};

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
struct Connection(Option<Rexie>);

impl std::ops::Deref for Connection {
    type Target = Rexie;

    fn deref(&self) -> &Rexie {
        self.0
            .as_ref()
            .expect("a connection is open until it is dropped")
    }
}

impl Drop for Connection {
    fn drop(&mut self) {
        if let Some(db) = self.0.take() {
            db.close();
        }
    }
}

impl IndexedDbStore {
    /// Opens (creating if needed) the database named `name`.
    pub async fn open(name: &str) -> Result<Self, StoreError> {
        let mut builder = Rexie::builder(name).version(DATABASE_VERSION);
        for shelf in Shelf::ALL {
            builder = builder.add_object_store(ObjectStore::new(shelf.name()));
        }
        let db = builder
            .build()
            .await
            .map_err(|e| StoreError::Unavailable(describe(&e)))?;
        Ok(Self {
            db: Rc::new(Connection(Some(db))),
        })
    }

    /// Deletes the whole database (the wipe). Other handles must be dropped first.
    pub async fn delete_database(name: &str) -> Result<(), StoreError> {
        Rexie::delete(name).await.map_err(|e| map_error(&e))
    }

    fn transaction(
        &self,
        shelf: Shelf,
        mode: TransactionMode,
    ) -> Result<(rexie::Transaction, rexie::Store), StoreError> {
        let tx = self
            .db
            .transaction(&[shelf.name()], mode)
            .map_err(|e| map_error(&e))?;
        let store = tx.store(shelf.name()).map_err(|e| map_error(&e))?;
        Ok((tx, store))
    }
}

fn describe(e: &rexie::Error) -> String {
    match e {
        rexie::Error::IdbError(inner) => inner.to_string(),
        other => other.to_string(),
    }
}

/// Maps a browser error to a store error by the DOMException name it carries.
fn map_error(e: &rexie::Error) -> StoreError {
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
    async fn get(&self, shelf: Shelf, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        let (tx, store) = self.transaction(shelf, TransactionMode::ReadOnly)?;
        let value = store
            .get(JsValue::from_str(key))
            .await
            .map_err(|e| map_error(&e))?;
        tx.done().await.map_err(|e| map_error(&e))?;
        match value {
            None => Ok(None),
            Some(v) if v.is_undefined() || v.is_null() => Ok(None),
            Some(v) => v
                .dyn_into::<Uint8Array>()
                .map(|array| Some(array.to_vec()))
                .map_err(|_| StoreError::Malformed(format!("{}/{key} is not bytes", shelf.name()))),
        }
    }

    async fn put(&self, shelf: Shelf, key: &str, value: &[u8]) -> Result<(), StoreError> {
        let (tx, store) = self.transaction(shelf, TransactionMode::ReadWrite)?;
        let array = Uint8Array::from(value);
        store
            .put(&array.into(), Some(&JsValue::from_str(key)))
            .await
            .map_err(|e| map_error(&e))?;
        tx.done().await.map_err(|e| map_error(&e))?;
        Ok(())
    }

    async fn delete(&self, shelf: Shelf, key: &str) -> Result<(), StoreError> {
        let (tx, store) = self.transaction(shelf, TransactionMode::ReadWrite)?;
        store
            .delete(JsValue::from_str(key))
            .await
            .map_err(|e| map_error(&e))?;
        tx.done().await.map_err(|e| map_error(&e))?;
        Ok(())
    }

    async fn keys(&self, shelf: Shelf) -> Result<Vec<String>, StoreError> {
        let (tx, store) = self.transaction(shelf, TransactionMode::ReadOnly)?;
        let keys = store
            .get_all_keys(None, None)
            .await
            .map_err(|e| map_error(&e))?;
        tx.done().await.map_err(|e| map_error(&e))?;
        let mut keys: Vec<String> = keys.into_iter().filter_map(|k| k.as_string()).collect();
        keys.sort();
        Ok(keys)
    }

    async fn clear(&self, shelf: Shelf) -> Result<(), StoreError> {
        let (tx, store) = self.transaction(shelf, TransactionMode::ReadWrite)?;
        store.clear().await.map_err(|e| map_error(&e))?;
        tx.done().await.map_err(|e| map_error(&e))?;
        Ok(())
    }
}
