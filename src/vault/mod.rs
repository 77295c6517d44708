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
pub mod exchange;
pub mod export;
#[cfg(target_arch = "wasm32")]
pub mod indexeddb;
pub mod journal;
pub mod manifest;
pub mod settings;
pub mod store;

use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

use age::secrecy::SecretString;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use zeroize::Zeroizing;

use crate::model::case::Case;
use crate::model::schema::encode_case;
use crate::model::{CaseId, Timestamp};
use crypto::{
    check_new_passphrase, HexSha256, OnThisThread, PassphraseError, PassphraseWork,
    RecordOpenError, SealError, UnwrapError, VaultIdentity, WorkFactor,
};
use manifest::{digest, IntegrityProblem, Manifest, RecordEntry, SharedRecord, MANIFEST_KEY};
use store::{
    load_meta, load_wrapped_identity, save_wrapped_identity, Shelf, StoreError, StoreWrite,
    VaultMeta, VaultStore, IDENTITY_KEY, META_KEY, VAULT_SCHEMA,
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
        let document =
            serde_json::from_slice::<&RawValue>(json).map_err(|e| VaultError::NotJson {
                detail: e.to_string(),
            })?;
        Self::of_raw(id, document)
    }

    /// A document already read as one JSON value (in a bundle): not read again. It keeps the
    /// value's own bytes, without the white space around it, as a record holds it.
    pub(crate) fn of_raw(id: CaseId, document: &RawValue) -> Result<Self, VaultError> {
        if id.as_str().is_empty() {
            return Err(VaultError::InvalidCaseId);
        }
        Ok(Self {
            id,
            json: Zeroizing::new(document.get().as_bytes().to_vec()),
        })
    }

    /// A case as a stored document of the current schema version. Not read again to check it:
    /// it is this program's own writing, and a large case takes tens of milliseconds to read.
    pub fn of_case(case: &Case) -> Self {
        Self {
            id: case.id.clone(),
            json: Zeroizing::new(encode_case(case).into_bytes()),
        }
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

/// What is inside each case record's ciphertext: the case id and revision, checked against the
/// manifest. Records of the first layout (and the journal's) carry no revision. Written by
/// [`case_record`].
#[derive(Deserialize)]
struct CaseRecord<'a> {
    case_id: CaseId,
    #[serde(default)]
    revision: Option<u64>,
    #[serde(borrow)]
    document: &'a RawValue,
}

/// The plaintext of a case record, as serde would write a [`CaseRecord`], around the document's
/// own bytes: they were checked to be one JSON value when the document was made, and serde
/// would read a large case through once more to check them again.
fn case_record(document: &CaseDocument, revision: Option<u64>) -> Zeroizing<Vec<u8>> {
    let id = serde_json::to_string(&document.id).expect("a case id is a string");
    let revision = revision
        .map(|revision| format!(",\"revision\":{revision}"))
        .unwrap_or_default();
    let parts: [&[u8]; 6] = [
        b"{\"case_id\":",
        id.as_bytes(),
        revision.as_bytes(),
        b",\"document\":",
        &document.json,
        b"}",
    ];
    // Room for all of it from the start: a plaintext that grows would leave copies behind.
    let mut record = Zeroizing::new(Vec::with_capacity(parts.iter().map(|p| p.len()).sum()));
    for part in parts {
        record.extend_from_slice(part);
    }
    record
}

/// How much of a record is sealed, opened or hashed between two of the page's turns
/// ([`VaultStore::pause`]): a few milliseconds of work in a browser (a megabyte took 15 to 30), so that a large case
/// never holds the page for a long task.
const RECORD_BYTES_PER_TURN: usize = 1 << 19;

/// A fresh storage key: random, so that storage shows nothing of a case (its id may spell its
/// code) and a key says nothing of which case it holds.
fn new_storage_key() -> String {
    random_hex(16)
}

/// `bytes` random bytes from the operating system, in lower-case hexadecimal.
pub(crate) fn random_hex(bytes: usize) -> String {
    use rand::RngCore;
    let mut random = vec![0u8; bytes];
    rand::rngs::OsRng.fill_bytes(&mut random);
    random.iter().map(|b| format!("{b:02x}")).collect()
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

/// Where a vault does the work of its passphrase (see [`PassphraseWork`]).
#[derive(Clone)]
pub struct PassphraseWorker(Rc<dyn PassphraseWork>);

impl PassphraseWorker {
    pub fn new(work: impl PassphraseWork + 'static) -> Self {
        Self(Rc::new(work))
    }
}

impl Default for PassphraseWorker {
    fn default() -> Self {
        Self::new(OnThisThread)
    }
}

impl fmt::Debug for PassphraseWorker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PassphraseWorker")
    }
}

/// The vault while locked: a handle on the store. Cheap to keep in app state.
#[derive(Clone, Debug)]
pub struct Vault<S> {
    store: S,
    work: PassphraseWorker,
}

impl<S: VaultStore + Clone> Vault<S> {
    /// A handle on the vault kept in `store` (which may hold no vault yet), doing the work of
    /// its passphrase on this thread.
    pub fn new(store: S) -> Self {
        Self::with_passphrase_work(store, PassphraseWorker::default())
    }

    /// A handle on the vault kept in `store`, doing the work of its passphrase with `work`.
    pub fn with_passphrase_work(store: S, work: PassphraseWorker) -> Self {
        Self { store, work }
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
        let wrapped = identity
            .wrap_by(&*self.work.0, passphrase, work_factor)
            .await?;
        let meta = VaultMeta {
            schema: VAULT_SCHEMA,
            created_at: now,
            last_export_at: None,
        };
        let meta_bytes = json_bytes(&meta)?;
        let manifest = Manifest {
            meta_sha256: digest(&meta_bytes),
            ..Manifest::default()
        };
        let sealed_manifest = manifest.seal(&identity)?;
        let wrapped_bytes = json_bytes(&wrapped)?;
        // One transaction: the identity's presence is what makes the vault exist, and it never
        // exists without its metadata and manifest.
        self.store
            .write_batch(&[
                put(Shelf::Vault, META_KEY, &meta_bytes),
                put(Shelf::Vault, MANIFEST_KEY, &sealed_manifest),
                put(Shelf::Vault, IDENTITY_KEY, &wrapped_bytes),
            ])
            .await?;
        check_read_back(&self.store, Shelf::Vault, IDENTITY_KEY, &wrapped_bytes).await?;
        Ok(UnlockedVault::opened(
            self.store.clone(),
            self.work.clone(),
            identity,
            meta,
            Index {
                manifest,
                records_known: true,
            },
        ))
    }

    /// Opens the vault with the passphrase, and checks the manifest against the metadata and
    /// the shared records (the case records are checked by [`UnlockedVault::list_cases`]). A
    /// vault of the first layout is moved to the current one.
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
        let identity = VaultIdentity::unwrap_by(&*self.work.0, &wrapped, passphrase).await?;
        let vault = UnlockedVault::opened(
            self.store.clone(),
            self.work.clone(),
            identity,
            meta,
            Index::default(),
        );
        vault.check_manifest().await?;
        Ok(vault)
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

fn put<'a>(shelf: Shelf, key: &'a str, value: &'a [u8]) -> StoreWrite<'a> {
    StoreWrite::Put { shelf, key, value }
}

fn json_bytes<T: Serialize>(value: &T) -> Result<Vec<u8>, VaultError> {
    serde_json::to_vec(value).map_err(|e| VaultError::NotJson {
        detail: e.to_string(),
    })
}

/// The case record in an opened record's plaintext, which should hold case `id` (any case
/// when `None`).
fn read_case_record(
    id: Option<&CaseId>,
    plaintext: Result<Zeroizing<Vec<u8>>, RecordOpenError>,
) -> Result<OpenedRecord, UnreadableReason> {
    let plaintext = plaintext.map_err(|e| UnreadableReason::CannotDecrypt { detail: e.detail })?;
    let record: CaseRecord<'_> =
        serde_json::from_slice(&plaintext).map_err(|e| UnreadableReason::NotACaseRecord {
            detail: e.to_string(),
        })?;
    if record.case_id.as_str().is_empty() {
        return Err(UnreadableReason::NotACaseRecord {
            detail: "the case id is empty".into(),
        });
    }
    if id.is_some_and(|id| *id != record.case_id) {
        return Err(UnreadableReason::WrongCase {
            found: record.case_id,
        });
    }
    Ok(OpenedRecord {
        document: CaseDocument {
            id: record.case_id,
            json: Zeroizing::new(record.document.get().as_bytes().to_vec()),
        },
        revision: record.revision,
    })
}

/// Reads `key` back and checks it holds exactly `value`.
async fn check_read_back<S: VaultStore>(
    store: &S,
    shelf: Shelf,
    key: &str,
    value: &[u8],
) -> Result<(), StoreError> {
    match store.get(shelf, key).await? {
        Some(read_back) if read_back == value => Ok(()),
        _ => Err(StoreError::VerificationFailed {
            shelf,
            key: key.to_owned(),
        }),
    }
}

/// What the unlocked vault knows of its storage.
#[derive(Debug, Default)]
struct Index {
    /// What the vault last wrote, or read and checked.
    manifest: Manifest,
    /// Whether `manifest.records` can be believed: if not, a scan of the records comes before
    /// any write, so that a case is never stored twice under two keys.
    records_known: bool,
}

/// The vault while unlocked: holds the decrypted identity until [`UnlockedVault::lock`].
#[derive(Debug)]
pub struct UnlockedVault<S> {
    store: S,
    work: PassphraseWorker,
    identity: VaultIdentity,
    // Behind RefCells so that the app can share one unlocked vault (`Rc`) among its tasks;
    // they are never borrowed across an await.
    meta: RefCell<VaultMeta>,
    index: RefCell<Index>,
    integrity: RefCell<Vec<IntegrityProblem>>,
    /// The exchange identity made on first use while it is being saved (see
    /// [`exchange`]), so that two tasks asking at once get the same one.
    pending_exchange: RefCell<Option<crypto::ExchangeIdentity>>,
}

/// A stored case record, opened.
struct OpenedRecord {
    document: CaseDocument,
    revision: Option<u64>,
}

impl<S: VaultStore + Clone> UnlockedVault<S> {
    fn opened(
        store: S,
        work: PassphraseWorker,
        identity: VaultIdentity,
        meta: VaultMeta,
        index: Index,
    ) -> Self {
        Self {
            store,
            work,
            identity,
            meta: RefCell::new(meta),
            index: RefCell::new(index),
            integrity: RefCell::new(Vec::new()),
            pending_exchange: RefCell::new(None),
        }
    }

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
        Vault {
            store: self.store,
            work: self.work,
        }
    }

    /// Changes made to the vault outside Tell Once, found at unlock and by the last
    /// [`Self::list_cases`]. Reported, never acted on: nothing is deleted for them.
    pub fn integrity_problems(&self) -> Vec<IntegrityProblem> {
        self.integrity.borrow().clone()
    }

    /// The revision of the case as stored (raised by every save), or `None` if it is not stored.
    pub fn stored_revision(&self, id: &CaseId) -> Option<u64> {
        self.index.borrow().manifest.revision_of(id)
    }

    /// The storage key that holds the case, if stored (random; for tests and diagnosis).
    pub fn storage_key(&self, id: &CaseId) -> Option<String> {
        self.index.borrow().manifest.key_of(id).map(str::to_owned)
    }

    /// Reads the manifest and checks the metadata and the shared records against it; moves a
    /// vault of the first layout to the current one.
    async fn check_manifest(&self) -> Result<(), VaultError> {
        let meta_bytes = self
            .store
            .get(Shelf::Vault, META_KEY)
            .await?
            .unwrap_or_default();
        let sealed = self.store.get(Shelf::Vault, MANIFEST_KEY).await?;
        let schema = self.meta.borrow().schema;
        let mut problems = Vec::new();
        let trusted = match sealed {
            None if schema < VAULT_SCHEMA => return self.upgrade_layout().await,
            None => {
                problems.push(IntegrityProblem::ManifestUntrusted {
                    detail: "it is missing".into(),
                });
                None
            }
            Some(sealed) => match Manifest::open(&self.identity, &sealed) {
                Ok(manifest) => Some(manifest),
                Err(e) => {
                    problems.push(IntegrityProblem::ManifestUntrusted {
                        detail: e.to_string(),
                    });
                    None
                }
            },
        };
        let mut stored = Vec::with_capacity(SharedRecord::ALL.len());
        for record in SharedRecord::ALL {
            stored.push((record, self.shared_digest(record).await?));
        }
        let mut index = self.index.borrow_mut();
        match trusted {
            Some(manifest) => {
                // A layout number lowered by hand would skip these checks next time: the
                // manifest's digest of the metadata covers it.
                if manifest.meta_sha256 != digest(&meta_bytes) {
                    problems.push(IntegrityProblem::MetadataAltered);
                }
                for (record, digest) in &stored {
                    if digest != manifest.shared(*record) {
                        problems.push(IntegrityProblem::SharedRecordAltered { record: *record });
                    }
                }
                *index = Index {
                    manifest,
                    records_known: true,
                };
            }
            None => {
                // Nothing to check against: take storage as it is, and scan before writing.
                let mut manifest = Manifest {
                    meta_sha256: digest(&meta_bytes),
                    ..Manifest::default()
                };
                for (record, digest) in stored {
                    *manifest.shared_mut(record) = digest;
                }
                *index = Index {
                    manifest,
                    records_known: false,
                };
            }
        }
        *self.integrity.borrow_mut() = problems;
        Ok(())
    }

    async fn shared_digest(&self, record: SharedRecord) -> Result<Option<String>, VaultError> {
        Ok(self
            .store
            .get(Shelf::Vault, record.key())
            .await?
            .map(|bytes| digest(&bytes)))
    }

    /// Moves a vault of layout 1 (records under their case ids, no revisions, no manifest) to
    /// the current layout in one transaction: every readable record under a random key at
    /// revision 1, kept-aside records under random keys, a manifest, and the new layout number.
    /// A record that cannot be read stays where it is, for [`Self::list_cases`] to keep aside.
    async fn upgrade_layout(&self) -> Result<(), VaultError> {
        let mut manifest = Manifest::default();
        let mut moves: Vec<(Shelf, String, String, Vec<u8>)> = Vec::new();
        for old_key in self.store.keys(Shelf::Cases).await? {
            let Some(ciphertext) = self.store.get(Shelf::Cases, &old_key).await? else {
                continue;
            };
            let id = CaseId(old_key.clone());
            let Ok(opened) = self.open_case(&id, &ciphertext) else {
                continue;
            };
            let sealed = self
                .identity
                .seal_record(&case_record(&opened.document, Some(1)))?;
            let key = new_storage_key();
            manifest.records.insert(
                key.clone(),
                RecordEntry {
                    case_id: id,
                    revision: 1,
                    sha256: digest(&sealed),
                },
            );
            moves.push((Shelf::Cases, old_key, key, sealed));
        }
        for old_key in self.store.keys(Shelf::Quarantine).await? {
            if let Some(bytes) = self.store.get(Shelf::Quarantine, &old_key).await? {
                moves.push((Shelf::Quarantine, old_key, new_storage_key(), bytes));
            }
        }
        let meta = VaultMeta {
            schema: VAULT_SCHEMA,
            ..self.meta()
        };
        let meta_bytes = json_bytes(&meta)?;
        manifest.meta_sha256 = digest(&meta_bytes);
        for record in SharedRecord::ALL {
            *manifest.shared_mut(record) = self.shared_digest(record).await?;
        }
        let sealed_manifest = manifest.seal(&self.identity)?;
        let mut writes = Vec::with_capacity(moves.len() * 2 + 2);
        for (shelf, old_key, key, bytes) in &moves {
            writes.push(StoreWrite::Delete {
                shelf: *shelf,
                key: old_key,
            });
            writes.push(put(*shelf, key, bytes));
        }
        writes.push(put(Shelf::Vault, MANIFEST_KEY, &sealed_manifest));
        writes.push(put(Shelf::Vault, META_KEY, &meta_bytes));
        self.store.write_batch(&writes).await?;
        check_read_back(&self.store, Shelf::Vault, MANIFEST_KEY, &sealed_manifest).await?;
        *self.meta.borrow_mut() = meta;
        *self.index.borrow_mut() = Index {
            manifest,
            records_known: true,
        };
        Ok(())
    }

    /// The ids of the cases stored, in ascending order.
    pub async fn case_ids(&self) -> Result<Vec<CaseId>, VaultError> {
        self.know_records().await?;
        let mut ids: Vec<CaseId> = self
            .index
            .borrow()
            .manifest
            .records
            .values()
            .map(|entry| entry.case_id.clone())
            .collect();
        ids.sort();
        ids.dedup();
        Ok(ids)
    }

    /// Scans the records first if the manifest could not be trusted.
    async fn know_records(&self) -> Result<(), VaultError> {
        if !self.index.borrow().records_known {
            self.list_cases().await?;
        }
        Ok(())
    }

    /// Encrypts and stores a case, reads it back and decrypts it to check; `Ok` only then.
    ///
    /// `json` must be a JSON document. An existing case with the same id is replaced.
    pub async fn save_case(&self, id: &CaseId, json: &[u8]) -> Result<(), VaultError> {
        let document = CaseDocument::new(id.clone(), json)?;
        self.save_document(&document).await
    }

    /// Like [`Self::save_case`], for a document already checked. The case's revision goes up by
    /// one, in the record and in the manifest, written in one transaction.
    pub async fn save_document(&self, document: &CaseDocument) -> Result<(), VaultError> {
        self.know_records().await?;
        let (key, previous) = {
            let index = self.index.borrow();
            match index.manifest.key_of(&document.id) {
                Some(key) => (key.to_owned(), index.manifest.records.get(key).cloned()),
                None => (new_storage_key(), None),
            }
        };
        let revision = previous.as_ref().map_or(1, |entry| entry.revision + 1);
        let plaintext = case_record(document, Some(revision));
        let ciphertext = self.seal_in_turns(&plaintext).await?;
        let entry = RecordEntry {
            case_id: document.id.clone(),
            revision,
            sha256: self.digest_in_turns(&ciphertext).await,
        };
        let listed = |manifest: &mut Manifest| {
            manifest.records.insert(key.clone(), entry.clone());
        };
        let unlisted = |manifest: &mut Manifest| {
            if manifest.records.get(&key) == Some(&entry) {
                match previous.clone() {
                    Some(previous) => manifest.records.insert(key.clone(), previous),
                    None => manifest.records.remove(&key),
                };
            }
        };
        self.write_listed(&[put(Shelf::Cases, &key, &ciphertext)], listed, unlisted)
            .await?;
        self.check_sealed(Shelf::Cases, &key, &plaintext, &ciphertext)
            .await
    }

    /// Writes `writes` and the manifest changed by `change`, in one transaction. The manifest is
    /// changed and sealed before the first await, so concurrent writes each seal one that lists
    /// the others; `undo` takes the change back if the write fails.
    async fn write_listed(
        &self,
        writes: &[StoreWrite<'_>],
        change: impl FnOnce(&mut Manifest),
        undo: impl FnOnce(&mut Manifest),
    ) -> Result<(), VaultError> {
        let sealed = {
            let mut index = self.index.borrow_mut();
            change(&mut index.manifest);
            index.manifest.seal(&self.identity)
        };
        let result = match sealed {
            Ok(sealed) => {
                let mut batch = writes.to_vec();
                batch.push(put(Shelf::Vault, MANIFEST_KEY, &sealed));
                self.store
                    .write_batch(&batch)
                    .await
                    .map_err(VaultError::from)
            }
            Err(e) => Err(e.into()),
        };
        if result.is_err() {
            undo(&mut self.index.borrow_mut().manifest);
        }
        result
    }

    /// Reads a sealed record back and checks that the bytes read decrypt to `plaintext`.
    async fn check_sealed(
        &self,
        shelf: Shelf,
        key: &str,
        plaintext: &[u8],
        ciphertext: &[u8],
    ) -> Result<(), VaultError> {
        check_read_back(&self.store, shelf, key, ciphertext).await?;
        let verified = self
            .open_in_turns(ciphertext)
            .await
            .is_ok_and(|opened| *opened == *plaintext);
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
        self.store_shared(SharedRecord::Directory, &record).await
    }

    /// The service directory's JSON document exactly as saved, decrypted; `None` when no
    /// directory was saved yet.
    ///
    /// A stored directory that does not decrypt, or that is not a directory record, is
    /// [`StoreError::Malformed`]; it is left in place (nothing is deleted) until a save replaces it.
    pub async fn load_directory(&self) -> Result<Option<Zeroizing<Vec<u8>>>, VaultError> {
        self.load_vault_record(SharedRecord::Directory, |plaintext| {
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
        self.store_shared(SharedRecord::Settings, &record).await
    }

    /// The vault's settings as last saved, decrypted; [`VaultSettings::default`] (nothing set)
    /// when none were saved yet.
    ///
    /// Stored settings that do not decrypt, or that are not a settings record, are
    /// [`StoreError::Malformed`]; they are left in place (nothing is deleted) until a save
    /// replaces them.
    pub async fn load_settings(&self) -> Result<VaultSettings, VaultError> {
        let settings = self
            .load_vault_record(SharedRecord::Settings, |plaintext| {
                let record: SettingsRecord<VaultSettings> = serde_json::from_slice(plaintext)?;
                Ok(record.vault_settings)
            })
            .await?;
        Ok(settings.unwrap_or_default())
    }

    /// Serializes a record and seals it with the vault identity, synchronously: returns the
    /// plaintext record (zeroized on drop) and its ciphertext.
    fn seal<T: Serialize>(&self, record: &T) -> Result<(Zeroizing<Vec<u8>>, Vec<u8>), VaultError> {
        let plaintext = Zeroizing::new(json_bytes(record)?);
        let ciphertext = self.identity.seal_record(&plaintext)?;
        Ok((plaintext, ciphertext))
    }

    /// Seals a record shared by all cases (the directory, the settings) and stores it with the
    /// manifest's digest of it, then checks it like a case record.
    async fn store_shared<T: Serialize>(
        &self,
        shared: SharedRecord,
        record: &T,
    ) -> Result<(), VaultError> {
        let (plaintext, ciphertext) = self.seal(record)?;
        let sha256 = Some(digest(&ciphertext));
        let previous = self.index.borrow().manifest.shared(shared).clone();
        let key = shared.key();
        self.write_listed(
            &[put(Shelf::Vault, key, &ciphertext)],
            |manifest| *manifest.shared_mut(shared) = sha256.clone(),
            |manifest| {
                let listed = manifest.shared_mut(shared);
                if *listed == sha256 {
                    *listed = previous;
                }
            },
        )
        .await?;
        self.check_sealed(Shelf::Vault, key, &plaintext, &ciphertext)
            .await
    }

    /// Reads a shared record on [`Shelf::Vault`], decrypts it and hands the plaintext to
    /// `parse`; `None` when nothing is stored there. A record that does not decrypt or parse is
    /// [`StoreError::Malformed`] naming it, and is left in place.
    async fn load_vault_record<R>(
        &self,
        record: SharedRecord,
        parse: impl FnOnce(&[u8]) -> Result<R, serde_json::Error>,
    ) -> Result<Option<R>, VaultError> {
        let Some(ciphertext) = self.store.get(Shelf::Vault, record.key()).await? else {
            return Ok(None);
        };
        let what = record.name();
        let damaged = |detail: String| {
            VaultError::Store(StoreError::Malformed(format!("the {what}: {detail}")))
        };
        let plaintext = self
            .identity
            .open_record(&ciphertext)
            .map_err(|e| damaged(e.to_string()))?;
        parse(&plaintext)
            .map(Some)
            .map_err(|e| damaged(e.to_string()))
    }

    /// Seals a record with the vault identity a part at a time, giving the page a turn between
    /// parts ([`RECORD_BYTES_PER_TURN`]).
    async fn seal_in_turns(&self, plaintext: &[u8]) -> Result<Vec<u8>, VaultError> {
        let mut sealing = self.identity.seal_record_in_parts()?;
        self.in_turns(plaintext, |part| sealing.add(part)).await?;
        Ok(sealing.finish()?)
    }

    /// Gives `bytes` to `step` a part at a time ([`RECORD_BYTES_PER_TURN`]), with a turn for
    /// the page before each part: before the first too, since whatever came before (writing
    /// the record out, sealing it) took its own time.
    async fn in_turns<E>(
        &self,
        bytes: &[u8],
        mut step: impl FnMut(&[u8]) -> Result<(), E>,
    ) -> Result<(), E> {
        for part in bytes.chunks(RECORD_BYTES_PER_TURN) {
            self.store.pause().await;
            step(part)?;
        }
        Ok(())
    }

    /// Opens a record sealed with the vault identity a part at a time, giving the page a turn
    /// between parts.
    async fn open_in_turns(
        &self,
        ciphertext: &[u8],
    ) -> Result<Zeroizing<Vec<u8>>, RecordOpenError> {
        let mut opening = self.identity.open_record_in_parts(ciphertext)?;
        while opening.read_part(RECORD_BYTES_PER_TURN)? {
            self.store.pause().await;
        }
        Ok(opening.finish())
    }

    /// The manifest's digest of `bytes`, taken a part at a time with a turn for the page
    /// between parts.
    async fn digest_in_turns(&self, bytes: &[u8]) -> String {
        let mut digest = HexSha256::default();
        let Ok(()) = self
            .in_turns(bytes, |part| {
                digest.add(part);
                Ok::<_, std::convert::Infallible>(())
            })
            .await;
        digest.finish()
    }

    /// Encrypts a case as a record without touching storage, for the journal the app keeps
    /// synchronously when the page closes before a save has finished.
    pub fn seal_for_journal(&self, document: &CaseDocument) -> Result<Vec<u8>, VaultError> {
        Ok(self.identity.seal_record(&case_record(document, None))?)
    }

    /// Opens a record sealed by [`UnlockedVault::seal_for_journal`].
    pub fn open_from_journal(
        &self,
        id: &CaseId,
        ciphertext: &[u8],
    ) -> Result<CaseDocument, UnreadableReason> {
        self.open_case(id, ciphertext).map(|opened| opened.document)
    }

    /// Loads and decrypts one case. An unreadable record is kept aside and reported.
    pub async fn load_case(&self, id: &CaseId) -> Result<CaseDocument, VaultError> {
        self.know_records().await?;
        let key = self
            .storage_key(id)
            .ok_or_else(|| VaultError::CaseNotFound(id.clone()))?;
        let ciphertext = self
            .store
            .get(Shelf::Cases, &key)
            .await?
            .ok_or_else(|| VaultError::CaseNotFound(id.clone()))?;
        match self.open_case_in_turns(Some(id), &ciphertext).await {
            Ok(opened) => Ok(opened.document),
            Err(reason) => {
                // Best effort: if it cannot be moved, it stays where it is, still reported.
                let _ = self.keep_aside(&key, &ciphertext).await;
                Err(VaultError::Unreadable {
                    id: id.clone(),
                    reason,
                })
            }
        }
    }

    /// Every stored case, decrypted, checked against the manifest. A corrupt or altered record
    /// that cannot be opened is reported as [`ListedCase::Unreadable`] and moved to the
    /// quarantine shelf (never deleted), while every other case still loads. A record that
    /// opens but is not what the manifest lists (older, changed, unlisted) or a listed record
    /// that is gone is reported in [`Self::integrity_problems`]; the case still opens.
    pub async fn list_cases(&self) -> Result<Vec<ListedCase>, VaultError> {
        let (expected, trusted) = {
            let index = self.index.borrow();
            (index.manifest.records.clone(), index.records_known)
        };
        let mut problems = Vec::new();
        let mut found: std::collections::BTreeMap<String, RecordEntry> = Default::default();
        let mut listed: Vec<ListedCase> = Vec::new();
        for key in self.store.keys(Shelf::Cases).await? {
            let listed_as = expected.get(&key);
            let ciphertext = match self.store.get(Shelf::Cases, &key).await {
                Ok(Some(bytes)) => bytes,
                Ok(None) => continue, // Deleted meanwhile.
                Err(e) => {
                    if let Some(entry) = listed_as {
                        found.insert(key.clone(), entry.clone());
                        listed.push(ListedCase::Unreadable {
                            id: entry.case_id.clone(),
                            reason: UnreadableReason::ReadFailed(e),
                            kept_aside_as: None,
                        });
                    }
                    continue;
                }
            };
            let opened = self
                .open_case_in_turns(listed_as.map(|entry| &entry.case_id), &ciphertext)
                .await;
            let opened = match opened {
                Ok(opened) => opened,
                Err(reason) => {
                    let kept_aside_as = self.keep_aside(&key, &ciphertext).await.ok();
                    let id = listed_as.map_or_else(|| CaseId(key.clone()), |e| e.case_id.clone());
                    listed.push(ListedCase::Unreadable {
                        id,
                        reason,
                        kept_aside_as,
                    });
                    continue;
                }
            };
            let case_id = opened.document.id.clone();
            let sha256 = self.digest_in_turns(&ciphertext).await;
            let revision = opened.revision.unwrap_or(0);
            match listed_as {
                Some(entry) if entry.sha256 == sha256 => {}
                Some(entry) if revision < entry.revision => {
                    problems.push(IntegrityProblem::RolledBack {
                        case_id: case_id.clone(),
                        found: revision,
                        expected: entry.revision,
                    })
                }
                Some(_) => problems.push(IntegrityProblem::Altered {
                    case_id: case_id.clone(),
                }),
                None if trusted => problems.push(IntegrityProblem::Unlisted {
                    case_id: case_id.clone(),
                }),
                None => {}
            }
            // Two records of one case (one put there from elsewhere): the newer is the case.
            if let Some((other, entry)) = found.iter().find(|(_, e)| e.case_id == case_id) {
                if entry.revision >= revision {
                    continue;
                }
                let other = other.clone();
                found.remove(&other);
                listed.retain(|l| l.id() != &case_id);
            }
            found.insert(
                key.clone(),
                RecordEntry {
                    case_id,
                    revision,
                    sha256,
                },
            );
            listed.push(ListedCase::Readable(opened.document));
        }
        if trusted {
            for (key, entry) in &expected {
                if !found.contains_key(key) && !listed.iter().any(|l| l.id() == &entry.case_id) {
                    problems.push(IntegrityProblem::Missing {
                        case_id: entry.case_id.clone(),
                    });
                }
            }
        }
        listed.sort_by(|a, b| a.id().cmp(b.id()));
        {
            // From now on the manifest lists what storage holds; the next write stores it.
            let mut index = self.index.borrow_mut();
            index.manifest.records = found;
            index.records_known = true;
        }
        let mut integrity = self.integrity.borrow_mut();
        integrity.retain(|p| !is_record_problem(p));
        integrity.extend(problems);
        Ok(listed)
    }

    /// Deletes a case (and checks it is gone). Deleting an absent case is not an error.
    pub async fn delete_case(&self, id: &CaseId) -> Result<(), VaultError> {
        self.know_records().await?;
        let Some(key) = self.storage_key(id) else {
            return Ok(());
        };
        let entry = self.index.borrow().manifest.records.get(&key).cloned();
        self.write_listed(
            &[StoreWrite::Delete {
                shelf: Shelf::Cases,
                key: &key,
            }],
            |manifest| {
                manifest.records.remove(&key);
            },
            |manifest| {
                if let Some(entry) = entry {
                    manifest.records.insert(key.clone(), entry);
                }
            },
        )
        .await?;
        match self.store.get(Shelf::Cases, &key).await? {
            None => Ok(()),
            Some(_) => Err(VaultError::Store(StoreError::VerificationFailed {
                shelf: Shelf::Cases,
                key,
            })),
        }
    }

    /// The keys of records kept aside as unreadable (random, like every storage key).
    pub async fn kept_aside(&self) -> Result<Vec<String>, VaultError> {
        Ok(self.store.keys(Shelf::Quarantine).await?)
    }

    /// Checks `current` against the stored wrap of this vault's key.
    async fn check_current(&self, current: &SecretString) -> Result<(), VaultError> {
        let wrapped = load_wrapped_identity(&self.store)
            .await?
            .ok_or(VaultError::NoVault)?;
        let stored = VaultIdentity::unwrap_by(&*self.work.0, &wrapped, current).await?;
        if stored.recipient() != self.identity.recipient() {
            return Err(VaultError::TamperedIdentity {
                detail: "the stored key is not the one this vault was opened with".into(),
            });
        }
        Ok(())
    }

    /// Re-wraps the identity with a new passphrase after checking the current one; the records
    /// stay as they are.
    pub async fn change_passphrase(
        &self,
        current: &SecretString,
        new_passphrase: &SecretString,
        work_factor: WorkFactor,
    ) -> Result<(), VaultError> {
        check_new_passphrase(new_passphrase).map_err(VaultError::WeakPassphrase)?;
        self.check_current(current).await?;
        let wrapped = self
            .identity
            .wrap_by(&*self.work.0, new_passphrase, work_factor)
            .await?;
        Ok(save_wrapped_identity(&self.store, &wrapped).await?)
    }

    /// A new vault key: every case record, the directory and the settings re-encrypted to it
    /// and the manifest sealed with it, then the new key wrapped with `new_passphrase`, all in
    /// one transaction (an interruption leaves the old key and records as they were). Calls
    /// `progress(done, total)` after each record. Returns the vault unlocked under the new key.
    ///
    /// Records kept aside as unreadable are left as they are: they did not open before either.
    pub async fn rotate_key(
        &self,
        current: &SecretString,
        new_passphrase: &SecretString,
        work_factor: WorkFactor,
        mut progress: impl FnMut(usize, usize),
    ) -> Result<UnlockedVault<S>, VaultError> {
        check_new_passphrase(new_passphrase).map_err(VaultError::WeakPassphrase)?;
        self.check_current(current).await?;
        self.know_records().await?;
        let next = VaultIdentity::generate();
        let mut manifest = self.index.borrow().manifest.clone();
        let shared: Vec<SharedRecord> = SharedRecord::ALL
            .into_iter()
            .filter(|record| manifest.shared(*record).is_some())
            .collect();
        let records: Vec<String> = manifest.records.keys().cloned().collect();
        let total = records.len() + shared.len();
        let mut resealed: Vec<(Shelf, String, Vec<u8>)> = Vec::with_capacity(total);
        for key in &records {
            let ciphertext = self.store.get(Shelf::Cases, key).await?.ok_or_else(|| {
                VaultError::Store(StoreError::VerificationFailed {
                    shelf: Shelf::Cases,
                    key: key.clone(),
                })
            })?;
            let sealed = self.reseal(&next, &ciphertext, key)?;
            if let Some(entry) = manifest.records.get_mut(key) {
                entry.sha256 = digest(&sealed);
            }
            resealed.push((Shelf::Cases, key.clone(), sealed));
            progress(resealed.len(), total);
        }
        for record in shared {
            let key = record.key();
            let Some(ciphertext) = self.store.get(Shelf::Vault, key).await? else {
                continue;
            };
            let sealed = self.reseal(&next, &ciphertext, key)?;
            *manifest.shared_mut(record) = Some(digest(&sealed));
            resealed.push((Shelf::Vault, key.to_owned(), sealed));
            progress(resealed.len(), total);
        }
        let sealed_manifest = manifest.seal(&next)?;
        let wrapped = json_bytes(
            &next
                .wrap_by(&*self.work.0, new_passphrase, work_factor)
                .await?,
        )?;
        let mut writes: Vec<StoreWrite<'_>> = resealed
            .iter()
            .map(|(shelf, key, bytes)| put(*shelf, key, bytes))
            .collect();
        writes.push(put(Shelf::Vault, MANIFEST_KEY, &sealed_manifest));
        writes.push(put(Shelf::Vault, IDENTITY_KEY, &wrapped));
        self.store.write_batch(&writes).await?;
        check_read_back(&self.store, Shelf::Vault, IDENTITY_KEY, &wrapped).await?;
        let rotated = UnlockedVault::opened(
            self.store.clone(),
            self.work.clone(),
            next,
            self.meta(),
            Index {
                manifest,
                records_known: true,
            },
        );
        *rotated.integrity.borrow_mut() = self.integrity_problems();
        Ok(rotated)
    }

    /// Decrypts a stored record with this vault's key and encrypts it to `next`.
    fn reseal(
        &self,
        next: &VaultIdentity,
        ciphertext: &[u8],
        key: &str,
    ) -> Result<Vec<u8>, VaultError> {
        let plaintext = self.identity.open_record(ciphertext).map_err(|e| {
            VaultError::Store(StoreError::Malformed(format!("{key}: {}", e.detail)))
        })?;
        Ok(next.seal_record(&plaintext)?)
    }

    /// Notes that cases were exported at `now` (shown as "last backup").
    pub async fn record_export(&self, now: Timestamp) -> Result<(), VaultError> {
        let meta = VaultMeta {
            last_export_at: Some(now),
            ..self.meta()
        };
        let meta_bytes = json_bytes(&meta)?;
        let sha256 = digest(&meta_bytes);
        let previous = self.index.borrow().manifest.meta_sha256.clone();
        self.write_listed(
            &[put(Shelf::Vault, META_KEY, &meta_bytes)],
            |manifest| manifest.meta_sha256 = sha256.clone(),
            |manifest| {
                if manifest.meta_sha256 == sha256 {
                    manifest.meta_sha256 = previous;
                }
            },
        )
        .await?;
        check_read_back(&self.store, Shelf::Vault, META_KEY, &meta_bytes).await?;
        *self.meta.borrow_mut() = meta;
        Ok(())
    }

    /// Opens a case record that should hold case `id`, at once: for the journal, read while
    /// the page starts.
    fn open_case(&self, id: &CaseId, ciphertext: &[u8]) -> Result<OpenedRecord, UnreadableReason> {
        let plaintext = self.identity.open_record(ciphertext);
        read_case_record(Some(id), plaintext)
    }

    /// Opens a case record that should hold case `id` (any case when `None`), a part at a time
    /// with a turn for the page between parts.
    async fn open_case_in_turns(
        &self,
        id: Option<&CaseId>,
        ciphertext: &[u8],
    ) -> Result<OpenedRecord, UnreadableReason> {
        let plaintext = self.open_in_turns(ciphertext).await;
        read_case_record(id, plaintext)
    }

    /// Moves a record to the quarantine shelf under a fresh random key and takes it off the
    /// cases shelf and the manifest, in one transaction; checks the copy kept aside.
    async fn keep_aside(&self, key: &str, ciphertext: &[u8]) -> Result<String, VaultError> {
        let aside = new_storage_key();
        let entry = self.index.borrow().manifest.records.get(key).cloned();
        self.write_listed(
            &[
                put(Shelf::Quarantine, &aside, ciphertext),
                StoreWrite::Delete {
                    shelf: Shelf::Cases,
                    key,
                },
            ],
            |manifest| {
                manifest.records.remove(key);
            },
            |manifest| {
                if let Some(entry) = entry {
                    manifest.records.insert(key.to_owned(), entry);
                }
            },
        )
        .await?;
        check_read_back(&self.store, Shelf::Quarantine, &aside, ciphertext).await?;
        Ok(aside)
    }
}

/// Whether a problem concerns one case record (found again by every scan).
fn is_record_problem(problem: &IntegrityProblem) -> bool {
    matches!(
        problem,
        IntegrityProblem::RolledBack { .. }
            | IntegrityProblem::Missing { .. }
            | IntegrityProblem::Altered { .. }
            | IntegrityProblem::Unlisted { .. }
    )
}
