//! The vault: every case encrypted at rest with age, in browser storage behind a small trait.
//!
//! A vault identity (X25519) is created once and stored only wrapped by the user's passphrase
//! (age scrypt). Each case is a record encrypted to that identity. Nothing secret (passphrase,
//! key, plaintext) is ever written to the store. The vault treats a case as an opaque JSON
//! document under a [`CaseId`]; the model encodes and decodes it.
//!
//! ```text
//! Vault (locked handle) --create/unlock(passphrase)--> UnlockedVault --lock()--> Vault
//! ```
//!
//! The logic is sans-IO: crypto ([`crypto`]), autosave ([`autosave`]) and import planning
//! ([`export`]) are pure; storage sits behind [`store::VaultStore`].

pub mod autosave;
pub mod crypto;
pub mod export;
#[cfg(target_arch = "wasm32")]
pub mod indexeddb;
pub mod journal;
pub mod settings;
pub mod store;

use std::cell::RefCell;
use std::fmt;

use age::secrecy::SecretString;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use zeroize::Zeroizing;

use crate::model::{CaseId, Timestamp};
use crypto::{
    check_new_passphrase, PassphraseError, SealError, UnwrapError, VaultIdentity, WorkFactor,
};
use store::{
    delete_verified, load_meta, load_wrapped_identity, save_meta, save_verified,
    save_wrapped_identity, Shelf, StoreError, VaultMeta, VaultStore, DIRECTORY_KEY, SETTINGS_KEY,
    VAULT_SCHEMA,
};

pub use settings::{AuthorError, VaultSettings};
pub use store::MemoryStore;

/// Why a vault operation failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VaultError {
    /// No vault exists in this browser yet: create one.
    NoVault,
    /// A vault already exists; creating another would orphan its cases.
    AlreadyExists,
    /// The new passphrase does not meet the policy.
    WeakPassphrase(PassphraseError),
    /// The passphrase does not unlock the vault.
    WrongPassphrase,
    /// The stored vault key was altered or damaged.
    TamperedIdentity {
        /// What is wrong, for diagnosis.
        detail: String,
    },
    /// The vault was written by a newer version of the app.
    NewerVaultSchema {
        /// The schema found in storage.
        found: u32,
        /// The newest this build reads.
        supported: u32,
    },
    /// A case id must not be empty.
    InvalidCaseId,
    /// A case document must be JSON.
    NotJson {
        /// The parser's message (no content of the document).
        detail: String,
    },
    /// No case with this id is stored.
    CaseNotFound(CaseId),
    /// The case's record cannot be read; it was kept aside (see [`ListedCase::Unreadable`]).
    Unreadable {
        /// The case.
        id: CaseId,
        /// Why.
        reason: UnreadableReason,
    },
    /// Browser storage failed (including a write that did not read back identically).
    Store(StoreError),
    /// The encryption library failed.
    Encryption(SealError),
}

impl fmt::Display for VaultError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NoVault => write!(f, "no vault exists in this browser yet; create one with a passphrase"),
            Self::AlreadyExists => write!(f, "a vault already exists in this browser; unlock it instead"),
            Self::WeakPassphrase(e) => e.fmt(f),
            Self::WrongPassphrase => write!(f, "the passphrase is not correct; check it and try again"),
            Self::TamperedIdentity { detail } => write!(f, "the stored vault key was altered or damaged ({detail}); restore your cases from an export"),
            Self::NewerVaultSchema { found, supported } => write!(f, "this vault was written by a newer version of Tell Once (layout {found}, this version reads up to {supported}); update the app"),
            Self::InvalidCaseId => write!(f, "a case needs a non-empty id"),
            Self::NotJson { detail } => write!(f, "the case document is not valid JSON ({detail})"),
            Self::CaseNotFound(id) => write!(f, "no case {id} is stored in this vault"),
            Self::Unreadable { id, reason } => write!(f, "case {id} cannot be read ({reason}); it was kept aside, other cases are unaffected"),
            Self::Store(e) => e.fmt(f),
            Self::Encryption(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for VaultError {}

impl From<StoreError> for VaultError {
    fn from(e: StoreError) -> Self {
        Self::Store(e)
    }
}

impl From<SealError> for VaultError {
    fn from(e: SealError) -> Self {
        Self::Encryption(e)
    }
}

impl From<UnwrapError> for VaultError {
    fn from(e: UnwrapError) -> Self {
        match e {
            UnwrapError::WrongPassphrase => Self::WrongPassphrase,
            UnwrapError::Tampered { detail } => Self::TamperedIdentity { detail },
        }
    }
}

/// Why one stored case cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnreadableReason {
    /// The ciphertext does not decrypt with the vault key (altered or damaged).
    CannotDecrypt {
        /// The library's message.
        detail: String,
    },
    /// It decrypts but is not a case record of this app.
    NotACaseRecord {
        /// The parser's message.
        detail: String,
    },
    /// It decrypts to a different case than its key says (records were swapped).
    WrongCase {
        /// The case id inside the record.
        found: CaseId,
    },
    /// Reading it from storage failed (it may read next time, so it is not moved).
    ReadFailed(StoreError),
}

impl fmt::Display for UnreadableReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::CannotDecrypt { detail } => write!(f, "it does not decrypt: {detail}"),
            Self::NotACaseRecord { detail } => write!(f, "it is not a case record: {detail}"),
            Self::WrongCase { found } => write!(f, "it holds case {found} instead"),
            Self::ReadFailed(e) => write!(f, "storage could not read it: {e}"),
        }
    }
}

/// A decrypted case document. The plaintext is zeroized when dropped and never printed.
#[derive(Clone, PartialEq, Eq)]
pub struct CaseDocument {
    id: CaseId,
    json: Zeroizing<Vec<u8>>,
}

impl fmt::Debug for CaseDocument {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CaseDocument")
            .field("id", &self.id)
            .field("json_len", &self.json.len())
            .finish()
    }
}

impl CaseDocument {
    /// Checks that `json` is a JSON document and pairs it with its case id.
    pub fn new(id: CaseId, json: &[u8]) -> Result<Self, VaultError> {
        if id.as_str().is_empty() {
            return Err(VaultError::InvalidCaseId);
        }
        serde_json::from_slice::<&RawValue>(json).map_err(|e| VaultError::NotJson {
            detail: e.to_string(),
        })?;
        Ok(Self {
            id,
            json: Zeroizing::new(json.to_vec()),
        })
    }

    /// The case id.
    pub fn id(&self) -> &CaseId {
        &self.id
    }

    /// The JSON bytes, exactly as saved.
    pub fn json(&self) -> &[u8] {
        &self.json
    }

    /// The JSON as text (it is always valid UTF-8, having been parsed as JSON).
    pub fn json_str(&self) -> &str {
        std::str::from_utf8(&self.json).unwrap_or_default()
    }

    /// The JSON as a raw value, for embedding in a bundle without re-encoding.
    pub(crate) fn raw(&self) -> &RawValue {
        serde_json::from_slice(&self.json).expect("checked to be JSON when built")
    }
}

/// One entry of [`UnlockedVault::list_cases`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ListedCase {
    /// The case decrypted and checked.
    Readable(CaseDocument),
    /// The case's record cannot be read.
    Unreadable {
        /// The case.
        id: CaseId,
        /// Why.
        reason: UnreadableReason,
        /// Where it was kept aside on [`store::Shelf::Quarantine`]; `None` if it could not be
        /// moved (or was not, for a passing read failure) and is still under its own key.
        kept_aside_as: Option<String>,
    },
}

impl ListedCase {
    /// The case id of either kind of entry.
    pub fn id(&self) -> &CaseId {
        match self {
            Self::Readable(doc) => doc.id(),
            Self::Unreadable { id, .. } => id,
        }
    }
}

/// What is inside each case record's ciphertext: the case id binds the record to its key.
#[derive(Serialize, Deserialize)]
struct CaseRecord<'a> {
    case_id: CaseId,
    #[serde(borrow)]
    document: &'a RawValue,
}

/// What is inside the service directory's ciphertext. The field name tells it from a case record
/// (`case_id`, `document`), so that a case record copied over the directory is refused.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct DirectoryRecord<'a> {
    #[serde(borrow)]
    service_directory: &'a RawValue,
}

/// What is inside the settings' ciphertext. The field name tells it from a case record and from
/// the directory, so that either copied over the settings is refused. Unknown fields are
/// tolerated here as inside [`VaultSettings`], for the same reason (newer builds).
#[derive(Serialize, Deserialize)]
struct SettingsRecord<T> {
    vault_settings: T,
}

/// The vault while locked: a handle on the store. Cheap to keep in app state.
#[derive(Clone, Debug)]
pub struct Vault<S> {
    store: S,
}

impl<S: VaultStore + Clone> Vault<S> {
    /// A handle on the vault kept in `store` (which may hold no vault yet).
    pub fn new(store: S) -> Self {
        Self { store }
    }

    /// The store.
    pub fn store(&self) -> &S {
        &self.store
    }

    /// Whether a vault exists in this store.
    pub async fn exists(&self) -> Result<bool, VaultError> {
        Ok(load_wrapped_identity(&self.store).await?.is_some())
    }

    /// The vault's non-secret metadata, if it exists (readable while locked).
    pub async fn meta(&self) -> Result<Option<VaultMeta>, VaultError> {
        Ok(load_meta(&self.store).await?)
    }

    /// Creates the vault: a new identity, wrapped with `passphrase`, and returns it unlocked
    /// (so the user does not wait for the key derivation twice).
    pub async fn create(
        &self,
        passphrase: &SecretString,
        work_factor: WorkFactor,
        now: Timestamp,
    ) -> Result<UnlockedVault<S>, VaultError> {
        check_new_passphrase(passphrase).map_err(VaultError::WeakPassphrase)?;
        if self.exists().await? {
            return Err(VaultError::AlreadyExists);
        }
        let identity = VaultIdentity::generate();
        let wrapped = identity.wrap(passphrase, work_factor)?;
        let meta = VaultMeta {
            schema: VAULT_SCHEMA,
            created_at: now,
            last_export_at: None,
        };
        // Metadata first: the identity's presence is what makes the vault exist.
        save_meta(&self.store, &meta).await?;
        save_wrapped_identity(&self.store, &wrapped).await?;
        Ok(UnlockedVault {
            store: self.store.clone(),
            identity,
            meta: RefCell::new(meta),
        })
    }

    /// Opens the vault with the passphrase.
    pub async fn unlock(&self, passphrase: &SecretString) -> Result<UnlockedVault<S>, VaultError> {
        let wrapped = load_wrapped_identity(&self.store)
            .await?
            .ok_or(VaultError::NoVault)?;
        let meta = load_meta(&self.store).await?.ok_or_else(|| {
            VaultError::Store(StoreError::Malformed("vault metadata is missing".into()))
        })?;
        if meta.schema > VAULT_SCHEMA {
            return Err(VaultError::NewerVaultSchema {
                found: meta.schema,
                supported: VAULT_SCHEMA,
            });
        }
        let identity = VaultIdentity::unwrap(&wrapped, passphrase)?;
        Ok(UnlockedVault {
            store: self.store.clone(),
            identity,
            meta: RefCell::new(meta),
        })
    }

    /// Removes every trace the app keeps in this store: cases, kept-aside records, the key, the
    /// directory and the settings.
    pub async fn wipe(&self) -> Result<(), VaultError> {
        for shelf in Shelf::ALL {
            self.store.clear(shelf).await?;
        }
        for shelf in Shelf::ALL {
            if !self.store.keys(shelf).await?.is_empty() {
                return Err(VaultError::Store(StoreError::VerificationFailed {
                    shelf,
                    key: "*".into(),
                }));
            }
        }
        Ok(())
    }
}

/// The vault while unlocked: holds the decrypted identity until [`UnlockedVault::lock`].
#[derive(Debug)]
pub struct UnlockedVault<S> {
    store: S,
    identity: VaultIdentity,
    // Behind a RefCell so that the app can share one unlocked vault (`Rc`) among its tasks;
    // it is never borrowed across an await.
    meta: RefCell<VaultMeta>,
}

impl<S: VaultStore + Clone> UnlockedVault<S> {
    /// The vault's metadata as last saved.
    pub fn meta(&self) -> VaultMeta {
        self.meta.borrow().clone()
    }

    /// The store.
    pub fn store(&self) -> &S {
        &self.store
    }

    /// Forgets the identity (zeroized on drop) and returns the locked handle.
    pub fn lock(self) -> Vault<S> {
        Vault { store: self.store }
    }

    /// The ids of the cases stored (readable or not), in ascending order.
    pub async fn case_ids(&self) -> Result<Vec<CaseId>, VaultError> {
        Ok(self
            .store
            .keys(Shelf::Cases)
            .await?
            .into_iter()
            .map(CaseId)
            .collect())
    }

    /// Encrypts and stores a case, reads it back and decrypts it to check; `Ok` only then.
    ///
    /// `json` must be a JSON document. An existing case with the same id is replaced.
    pub async fn save_case(&self, id: &CaseId, json: &[u8]) -> Result<(), VaultError> {
        let document = CaseDocument::new(id.clone(), json)?;
        self.save_document(&document).await
    }

    /// Like [`Self::save_case`], for a document already checked.
    pub async fn save_document(&self, document: &CaseDocument) -> Result<(), VaultError> {
        let (plaintext, ciphertext) = self.seal_document(document)?;
        self.store_verified(Shelf::Cases, document.id.as_str(), &plaintext, &ciphertext)
            .await
    }

    /// Writes a sealed record, reads it back, and checks that the bytes read also decrypt to
    /// `plaintext`: the one write path of case records, of the directory and of the settings.
    async fn store_verified(
        &self,
        shelf: Shelf,
        key: &str,
        plaintext: &[u8],
        ciphertext: &[u8],
    ) -> Result<(), VaultError> {
        save_verified(&self.store, shelf, key, ciphertext).await?;
        let verified = self
            .identity
            .open_record(ciphertext)
            .map(|opened| *opened == *plaintext)
            .unwrap_or(false);
        if verified {
            Ok(())
        } else {
            Err(VaultError::Store(StoreError::VerificationFailed {
                shelf,
                key: key.to_owned(),
            }))
        }
    }

    /// Encrypts and stores the service directory (one JSON document shared by every case) on
    /// [`Shelf::Vault`] under [`DIRECTORY_KEY`], sealed with the vault identity like a case;
    /// reads it back and decrypts it to check, like [`Self::save_case`]; `Ok` only then.
    ///
    /// `json` must be a JSON document. It replaces the directory stored before.
    pub async fn save_directory(&self, json: &[u8]) -> Result<(), VaultError> {
        let document: &RawValue =
            serde_json::from_slice(json).map_err(|e| VaultError::NotJson {
                detail: e.to_string(),
            })?;
        let record = DirectoryRecord {
            service_directory: document,
        };
        self.store_record(Shelf::Vault, DIRECTORY_KEY, &record)
            .await
    }

    /// The service directory's JSON document exactly as saved, decrypted; `None` when no
    /// directory was saved yet.
    ///
    /// A stored directory that does not decrypt, or that is not a directory record, is
    /// [`StoreError::Malformed`]; it is left in place (nothing is deleted) until a save replaces it.
    pub async fn load_directory(&self) -> Result<Option<Zeroizing<Vec<u8>>>, VaultError> {
        self.load_vault_record(DIRECTORY_KEY, "the service directory", |plaintext| {
            let record: DirectoryRecord<'_> = serde_json::from_slice(plaintext)?;
            Ok(Zeroizing::new(
                record.service_directory.get().as_bytes().to_vec(),
            ))
        })
        .await
    }

    /// Encrypts and stores the vault's settings on [`Shelf::Vault`] under [`SETTINGS_KEY`],
    /// sealed with the vault identity like a case (so a new passphrase leaves them readable);
    /// reads them back and decrypts them to check, like [`Self::save_case`]; `Ok` only then.
    ///
    /// They replace the settings stored before. Nothing is checked about their content: apply
    /// [`VaultSettings::with_author`] before.
    pub async fn save_settings(&self, settings: &VaultSettings) -> Result<(), VaultError> {
        let record = SettingsRecord {
            vault_settings: settings,
        };
        self.store_record(Shelf::Vault, SETTINGS_KEY, &record).await
    }

    /// The vault's settings as last saved, decrypted; [`VaultSettings::default`] (nothing set)
    /// when none were saved yet.
    ///
    /// Stored settings that do not decrypt, or that are not a settings record, are
    /// [`StoreError::Malformed`]; they are left in place (nothing is deleted) until a save
    /// replaces them.
    pub async fn load_settings(&self) -> Result<VaultSettings, VaultError> {
        let settings = self
            .load_vault_record(SETTINGS_KEY, "the vault settings", |plaintext| {
                let record: SettingsRecord<VaultSettings> = serde_json::from_slice(plaintext)?;
                Ok(record.vault_settings)
            })
            .await?;
        Ok(settings.unwrap_or_default())
    }

    /// Serializes a record and seals it with the vault identity, synchronously: returns the
    /// plaintext record (zeroized on drop) and its ciphertext.
    fn seal<T: Serialize>(&self, record: &T) -> Result<(Zeroizing<Vec<u8>>, Vec<u8>), VaultError> {
        let plaintext =
            Zeroizing::new(serde_json::to_vec(record).map_err(|e| VaultError::NotJson {
                detail: e.to_string(),
            })?);
        let ciphertext = self.identity.seal_record(&plaintext)?;
        Ok((plaintext, ciphertext))
    }

    /// Seals a record and stores it through [`Self::store_verified`].
    async fn store_record<T: Serialize>(
        &self,
        shelf: Shelf,
        key: &str,
        record: &T,
    ) -> Result<(), VaultError> {
        let (plaintext, ciphertext) = self.seal(record)?;
        self.store_verified(shelf, key, &plaintext, &ciphertext)
            .await
    }

    /// Reads the record under `key` on [`Shelf::Vault`], decrypts it and hands the plaintext to
    /// `parse`; `None` when nothing is stored there. A record that does not decrypt or parse is
    /// [`StoreError::Malformed`] naming `what`, and is left in place.
    async fn load_vault_record<R>(
        &self,
        key: &str,
        what: &str,
        parse: impl FnOnce(&[u8]) -> Result<R, serde_json::Error>,
    ) -> Result<Option<R>, VaultError> {
        let Some(ciphertext) = self.store.get(Shelf::Vault, key).await? else {
            return Ok(None);
        };
        let damaged =
            |detail: String| VaultError::Store(StoreError::Malformed(format!("{what}: {detail}")));
        let plaintext = self
            .identity
            .open_record(&ciphertext)
            .map_err(|e| damaged(e.to_string()))?;
        parse(&plaintext)
            .map(Some)
            .map_err(|e| damaged(e.to_string()))
    }

    /// Encrypts a case as a record, synchronously: returns the plaintext record and its ciphertext.
    fn seal_document(
        &self,
        document: &CaseDocument,
    ) -> Result<(Zeroizing<Vec<u8>>, Vec<u8>), VaultError> {
        self.seal(&CaseRecord {
            case_id: document.id.clone(),
            document: document.raw(),
        })
    }

    /// Encrypts a case as a record without touching storage, for the journal the app keeps
    /// synchronously when the page closes before a save has finished.
    pub fn seal_for_journal(&self, document: &CaseDocument) -> Result<Vec<u8>, VaultError> {
        Ok(self.seal_document(document)?.1)
    }

    /// Opens a record sealed by [`UnlockedVault::seal_for_journal`].
    pub fn open_from_journal(
        &self,
        id: &CaseId,
        ciphertext: &[u8],
    ) -> Result<CaseDocument, UnreadableReason> {
        self.open_case(id, ciphertext)
    }

    /// Loads and decrypts one case. An unreadable record is kept aside and reported.
    pub async fn load_case(&self, id: &CaseId) -> Result<CaseDocument, VaultError> {
        let ciphertext = self
            .store
            .get(Shelf::Cases, id.as_str())
            .await?
            .ok_or_else(|| VaultError::CaseNotFound(id.clone()))?;
        match self.open_case(id, &ciphertext) {
            Ok(document) => Ok(document),
            Err(reason) => {
                // Best effort: if it cannot be moved, it stays where it is, still reported.
                let _ = self.keep_aside(id, &ciphertext).await;
                Err(VaultError::Unreadable {
                    id: id.clone(),
                    reason,
                })
            }
        }
    }

    /// Every stored case, decrypted. A corrupt or altered record is reported as
    /// [`ListedCase::Unreadable`] and moved to the quarantine shelf (never deleted), while
    /// every other case still loads.
    pub async fn list_cases(&self) -> Result<Vec<ListedCase>, VaultError> {
        let mut listed = Vec::new();
        for id in self.case_ids().await? {
            let ciphertext = match self.store.get(Shelf::Cases, id.as_str()).await {
                Ok(Some(bytes)) => bytes,
                Ok(None) => continue, // Deleted meanwhile.
                Err(e) => {
                    listed.push(ListedCase::Unreadable {
                        id,
                        reason: UnreadableReason::ReadFailed(e),
                        kept_aside_as: None,
                    });
                    continue;
                }
            };
            match self.open_case(&id, &ciphertext) {
                Ok(document) => listed.push(ListedCase::Readable(document)),
                Err(reason) => {
                    let kept_aside_as = self.keep_aside(&id, &ciphertext).await.ok();
                    listed.push(ListedCase::Unreadable {
                        id,
                        reason,
                        kept_aside_as,
                    });
                }
            }
        }
        Ok(listed)
    }

    /// Deletes a case (and checks it is gone). Deleting an absent case is not an error.
    pub async fn delete_case(&self, id: &CaseId) -> Result<(), VaultError> {
        Ok(delete_verified(&self.store, Shelf::Cases, id.as_str()).await?)
    }

    /// The keys of records kept aside as unreadable (`"<case id>#<n>"`).
    pub async fn kept_aside(&self) -> Result<Vec<String>, VaultError> {
        Ok(self.store.keys(Shelf::Quarantine).await?)
    }

    /// Re-wraps the identity with a new passphrase; the records stay as they are.
    pub async fn change_passphrase(
        &self,
        new_passphrase: &SecretString,
        work_factor: WorkFactor,
    ) -> Result<(), VaultError> {
        check_new_passphrase(new_passphrase).map_err(VaultError::WeakPassphrase)?;
        let wrapped = self.identity.wrap(new_passphrase, work_factor)?;
        Ok(save_wrapped_identity(&self.store, &wrapped).await?)
    }

    /// Notes that cases were exported at `now` (shown as "last backup").
    pub async fn record_export(&self, now: Timestamp) -> Result<(), VaultError> {
        let meta = VaultMeta {
            last_export_at: Some(now),
            ..self.meta()
        };
        save_meta(&self.store, &meta).await?;
        *self.meta.borrow_mut() = meta;
        Ok(())
    }

    fn open_case(&self, id: &CaseId, ciphertext: &[u8]) -> Result<CaseDocument, UnreadableReason> {
        let plaintext = self
            .identity
            .open_record(ciphertext)
            .map_err(|e| UnreadableReason::CannotDecrypt { detail: e.detail })?;
        let record: CaseRecord<'_> =
            serde_json::from_slice(&plaintext).map_err(|e| UnreadableReason::NotACaseRecord {
                detail: e.to_string(),
            })?;
        if &record.case_id != id {
            return Err(UnreadableReason::WrongCase {
                found: record.case_id,
            });
        }
        Ok(CaseDocument {
            id: id.clone(),
            json: Zeroizing::new(record.document.get().as_bytes().to_vec()),
        })
    }

    /// Moves a record to the quarantine shelf under a fresh `"<id>#<n>"` key, verified, and only
    /// then removes it from the cases shelf.
    async fn keep_aside(&self, id: &CaseId, ciphertext: &[u8]) -> Result<String, VaultError> {
        let prefix = format!("{}#", id.as_str());
        let next = self
            .store
            .keys(Shelf::Quarantine)
            .await?
            .iter()
            .filter_map(|key| key.strip_prefix(&prefix)?.parse::<u32>().ok())
            .max()
            .map_or(1, |n| n + 1);
        let key = format!("{prefix}{next}");
        save_verified(&self.store, Shelf::Quarantine, &key, ciphertext).await?;
        delete_verified(&self.store, Shelf::Cases, id.as_str()).await?;
        Ok(key)
    }
}
