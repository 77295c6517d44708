//! Where the vault keeps its bytes: a small async key-value trait, the one read-back rule every
//! write goes through ([`save_verified`]), and an in-memory backend with failure injection for tests.
//!
//! Only ciphertext, the wrapped identity and non-secret metadata ever reach a store.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::crypto::WrappedIdentity;
use crate::model::Timestamp;

/// One of the separate key spaces of a store (object stores in IndexedDB).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Shelf {
    /// Encrypted case records, keyed by case id.
    Cases,
    /// Records that could not be read, kept aside (never deleted) under `"<case id>#<n>"`.
    Quarantine,
    /// The wrapped identity, the vault metadata, and the encrypted records all cases share: the
    /// service directory ([`DIRECTORY_KEY`]), the vault's settings ([`SETTINGS_KEY`]), its
    /// sharing keys ([`EXCHANGE_KEY`]) and contributions ([`CONTRIBUTIONS_KEY`]).
    Vault,
}

impl Shelf {
    /// Every shelf, for backends that create them up front.
    pub const ALL: [Shelf; 3] = [Shelf::Cases, Shelf::Quarantine, Shelf::Vault];

    /// The shelf's storage name (the IndexedDB object store name).
    pub fn name(self) -> &'static str {
        match self {
            Shelf::Cases => "cases",
            Shelf::Quarantine => "quarantine",
            Shelf::Vault => "vault",
        }
    }
}

/// Why a store operation failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The browser's storage quota for this site is used up.
    QuotaExceeded,
    /// Storage is read-only (for example a private window, or a locked-down profile).
    ReadOnly,
    /// Storage cannot be opened at all (blocked by the browser or by another tab).
    Unavailable(String),
    /// Any other read or write failure.
    Io(String),
    /// The write seemed to succeed but reading it back gave different bytes (or nothing).
    VerificationFailed {
        /// Which shelf.
        shelf: Shelf,
        /// Which key.
        key: String,
    },
    /// A stored value has the wrong shape (vault metadata that is not valid JSON, say).
    Malformed(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::QuotaExceeded => write!(f, "browser storage is full; export and delete old cases, or free space for this site"),
            Self::ReadOnly => write!(f, "browser storage is read-only here (private window?); use a normal window to keep cases"),
            Self::Unavailable(why) => write!(f, "browser storage cannot be opened ({why}); close other tabs of this app and reload"),
            Self::Io(why) => write!(f, "browser storage failed ({why}); your changes are kept on screen, try again"),
            Self::VerificationFailed { shelf, key } => write!(f, "a saved record ({}/{key}) did not read back identically; your changes are kept on screen, try again", shelf.name()),
            Self::Malformed(why) => write!(f, "a stored value is damaged ({why})"),
        }
    }
}

impl std::error::Error for StoreError {}

/// One change of a [`VaultStore::write_batch`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreWrite<'a> {
    /// Writes `value` under `key`, replacing any previous value.
    Put {
        /// Which shelf.
        shelf: Shelf,
        /// Which key.
        key: &'a str,
        /// The bytes.
        value: &'a [u8],
    },
    /// Removes `key` (no error if absent).
    Delete {
        /// Which shelf.
        shelf: Shelf,
        /// Which key.
        key: &'a str,
    },
}

/// The record store. Keys are strings; values are opaque bytes.
///
/// The methods take `&self`: backends are cheap handles (clone them to share one database).
// The browser is single-threaded and its futures are not `Send`, so no `Send` bound is wanted.
#[allow(async_fn_in_trait)]
pub trait VaultStore {
    /// The value under `key`, or `None`.
    async fn get(&self, shelf: Shelf, key: &str) -> Result<Option<Vec<u8>>, StoreError>;
    /// Applies every write or none (one transaction): a case record and the manifest that lists
    /// it change together, so that no crash leaves one without the other. Writes start in the
    /// order calls are made. Use [`save_verified`] for a single put.
    async fn write_batch(&self, writes: &[StoreWrite<'_>]) -> Result<(), StoreError>;
    /// Every key on the shelf, in ascending order.
    async fn keys(&self, shelf: Shelf) -> Result<Vec<String>, StoreError>;
    /// Removes every key on the shelf (used by the wipe).
    async fn clear(&self, shelf: Shelf) -> Result<(), StoreError>;

    /// Writes `value` under `key`, replacing any previous value.
    async fn put(&self, shelf: Shelf, key: &str, value: &[u8]) -> Result<(), StoreError> {
        self.write_batch(&[StoreWrite::Put { shelf, key, value }])
            .await
    }

    /// Removes `key` (no error if absent).
    async fn delete(&self, shelf: Shelf, key: &str) -> Result<(), StoreError> {
        self.write_batch(&[StoreWrite::Delete { shelf, key }]).await
    }

    /// Lets the place the store lives in get on with other work between two heavy steps of the
    /// vault (sealing a large case, then its digest): in a browser, the page answers input, and
    /// Quick exit, in between. Elsewhere there is nothing to wait for.
    async fn pause(&self) {}
}

/// Writes, reads back and compares: the only way the vault writes. `Ok` means the store now
/// returns exactly `value` for `key`.
pub async fn save_verified<S: VaultStore + ?Sized>(
    store: &S,
    shelf: Shelf,
    key: &str,
    value: &[u8],
) -> Result<(), StoreError> {
    store.put(shelf, key, value).await?;
    match store.get(shelf, key).await? {
        Some(read_back) if read_back == value => Ok(()),
        _ => Err(StoreError::VerificationFailed {
            shelf,
            key: key.to_owned(),
        }),
    }
}

/// Deletes and checks the key is gone.
pub async fn delete_verified<S: VaultStore + ?Sized>(
    store: &S,
    shelf: Shelf,
    key: &str,
) -> Result<(), StoreError> {
    store.delete(shelf, key).await?;
    match store.get(shelf, key).await? {
        None => Ok(()),
        Some(_) => Err(StoreError::VerificationFailed {
            shelf,
            key: key.to_owned(),
        }),
    }
}

/// The version of the vault's storage layout written by this build. 1: case records under their
/// case ids. 2: under random keys, each with a revision, listed in a MACed manifest.
pub const VAULT_SCHEMA: u32 = 2;

/// The key of the wrapped identity on [`Shelf::Vault`].
pub const IDENTITY_KEY: &str = "identity";
/// The key of the vault metadata on [`Shelf::Vault`], stored in clear.
pub const META_KEY: &str = "meta";
/// The key of the service directory on [`Shelf::Vault`]: one encrypted record for the whole vault.
pub const DIRECTORY_KEY: &str = "directory";
/// The key of the vault's settings on [`Shelf::Vault`]: one encrypted record for the whole vault.
pub const SETTINGS_KEY: &str = "settings";
/// The key of the vault's exchange identity and contacts on [`Shelf::Vault`]: one encrypted record.
pub const EXCHANGE_KEY: &str = "exchange";
/// The key of the contributions to other agencies' question requests on [`Shelf::Vault`]: one
/// encrypted record.
pub const CONTRIBUTIONS_KEY: &str = "contributions";

/// Non-secret facts about the vault, stored in clear beside the wrapped identity.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VaultMeta {
    /// The storage layout version ([`VAULT_SCHEMA`] when written by this build).
    pub schema: u32,
    /// When the vault was created.
    pub created_at: Timestamp,
    /// When cases were last exported, if ever (to remind the user to keep a backup).
    pub last_export_at: Option<Timestamp>,
}

/// Reads the wrapped identity, if a vault exists.
pub async fn load_wrapped_identity<S: VaultStore + ?Sized>(
    store: &S,
) -> Result<Option<WrappedIdentity>, StoreError> {
    load_json(store, IDENTITY_KEY).await
}

/// Writes the wrapped identity (verified).
pub async fn save_wrapped_identity<S: VaultStore + ?Sized>(
    store: &S,
    wrapped: &WrappedIdentity,
) -> Result<(), StoreError> {
    save_json(store, IDENTITY_KEY, wrapped).await
}

/// Reads the vault metadata, if a vault exists.
pub async fn load_meta<S: VaultStore + ?Sized>(store: &S) -> Result<Option<VaultMeta>, StoreError> {
    load_json(store, META_KEY).await
}

/// Writes the vault metadata (verified).
pub async fn save_meta<S: VaultStore + ?Sized>(
    store: &S,
    meta: &VaultMeta,
) -> Result<(), StoreError> {
    save_json(store, META_KEY, meta).await
}

async fn load_json<S: VaultStore + ?Sized, T: for<'de> Deserialize<'de>>(
    store: &S,
    key: &str,
) -> Result<Option<T>, StoreError> {
    match store.get(Shelf::Vault, key).await? {
        None => Ok(None),
        Some(bytes) => serde_json::from_slice(&bytes)
            .map(Some)
            .map_err(|e| StoreError::Malformed(format!("{key}: {e}"))),
    }
}

async fn save_json<S: VaultStore + ?Sized, T: Serialize>(
    store: &S,
    key: &str,
    value: &T,
) -> Result<(), StoreError> {
    let bytes = serde_json::to_vec(value).map_err(|e| StoreError::Malformed(e.to_string()))?;
    save_verified(store, Shelf::Vault, key, &bytes).await
}

// ---------------------------------------------------------------------------------------------
// In-memory backend

/// A failure the in-memory store can be told to produce, to test how the vault copes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InjectedFailure {
    /// Every write fails with [`StoreError::QuotaExceeded`].
    QuotaExceeded,
    /// Every write fails with [`StoreError::ReadOnly`].
    ReadOnly,
    /// Every read and write fails with [`StoreError::Io`].
    Io,
    /// Writes report success but store nothing (a lying backend); reads still work.
    LostWrites,
    /// Writes report success but store the bytes with the last one flipped.
    CorruptWrites,
}

#[derive(Debug, Default)]
struct MemoryShelves {
    shelves: BTreeMap<Shelf, BTreeMap<String, Vec<u8>>>,
    failure: Option<InjectedFailure>,
}

/// A store in memory. Clones share the same contents, so a test can keep a handle to
/// inspect, tamper with or break the store while a vault uses it.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    inner: Rc<RefCell<MemoryShelves>>,
}

impl MemoryStore {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    /// From now on, fail as described (`None` heals the store).
    pub fn inject_failure(&self, failure: Option<InjectedFailure>) {
        self.inner.borrow_mut().failure = failure;
    }

    /// The raw bytes under a key, bypassing failures (for tests that inspect storage).
    pub fn raw(&self, shelf: Shelf, key: &str) -> Option<Vec<u8>> {
        self.inner
            .borrow()
            .shelves
            .get(&shelf)
            .and_then(|s| s.get(key).cloned())
    }

    /// Overwrites raw bytes, bypassing failures (for tests that simulate tampering).
    pub fn set_raw(&self, shelf: Shelf, key: &str, value: Vec<u8>) {
        self.inner
            .borrow_mut()
            .shelves
            .entry(shelf)
            .or_default()
            .insert(key.to_owned(), value);
    }

    /// Removes a key, bypassing failures (for tests that simulate a record deleted outside the app).
    pub fn remove_raw(&self, shelf: Shelf, key: &str) {
        if let Some(s) = self.inner.borrow_mut().shelves.get_mut(&shelf) {
            s.remove(key);
        }
    }

    /// The keys on a shelf, bypassing failures (for tests that inspect storage).
    pub fn raw_keys(&self, shelf: Shelf) -> Vec<String> {
        self.inner
            .borrow()
            .shelves
            .get(&shelf)
            .map(|s| s.keys().cloned().collect())
            .unwrap_or_default()
    }

    /// Every value on every shelf, concatenated (for tests that search storage for secrets).
    pub fn all_bytes(&self) -> Vec<u8> {
        let inner = self.inner.borrow();
        let mut all = Vec::new();
        for shelf in inner.shelves.values() {
            for (key, value) in shelf {
                all.extend_from_slice(key.as_bytes());
                all.extend_from_slice(value);
            }
        }
        all
    }

    fn check_read(&self) -> Result<(), StoreError> {
        match self.inner.borrow().failure {
            Some(InjectedFailure::Io) => Err(StoreError::Io("injected read failure".into())),
            _ => Ok(()),
        }
    }

    fn check_write(&self) -> Result<(), StoreError> {
        match self.inner.borrow().failure {
            Some(InjectedFailure::QuotaExceeded) => Err(StoreError::QuotaExceeded),
            Some(InjectedFailure::ReadOnly) => Err(StoreError::ReadOnly),
            Some(InjectedFailure::Io) => Err(StoreError::Io("injected write failure".into())),
            _ => Ok(()),
        }
    }
}

impl VaultStore for MemoryStore {
    async fn get(&self, shelf: Shelf, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        self.check_read()?;
        Ok(self.raw(shelf, key))
    }

    async fn write_batch(&self, writes: &[StoreWrite<'_>]) -> Result<(), StoreError> {
        // Checked once before any change: a failing batch changes nothing, as in IndexedDB.
        self.check_write()?;
        let failure = self.inner.borrow().failure.clone();
        for write in writes {
            match (*write, &failure) {
                (_, Some(InjectedFailure::LostWrites)) => {}
                (StoreWrite::Put { shelf, key, value }, Some(InjectedFailure::CorruptWrites)) => {
                    let mut corrupt = value.to_vec();
                    if let Some(last) = corrupt.last_mut() {
                        *last ^= 0x01;
                    } else {
                        corrupt.push(0);
                    }
                    self.set_raw(shelf, key, corrupt);
                }
                (StoreWrite::Put { shelf, key, value }, _) => {
                    self.set_raw(shelf, key, value.to_vec())
                }
                (StoreWrite::Delete { shelf, key }, _) => self.remove_raw(shelf, key),
            }
        }
        Ok(())
    }

    async fn keys(&self, shelf: Shelf) -> Result<Vec<String>, StoreError> {
        self.check_read()?;
        Ok(self
            .inner
            .borrow()
            .shelves
            .get(&shelf)
            .map(|s| s.keys().cloned().collect())
            .unwrap_or_default())
    }

    async fn clear(&self, shelf: Shelf) -> Result<(), StoreError> {
        self.check_write()?;
        self.inner.borrow_mut().shelves.remove(&shelf);
        Ok(())
    }
}
