//! The vault's manifest: which records it holds, at which revision, with which digest, and a
//! digest of the unencrypted metadata, under a MAC keyed by the vault key.
//!
//! age keeps a record secret but does not say who wrote it, and storage lets anyone with the
//! device put back an older record, delete one, or edit the clear metadata. The manifest is
//! written in the same transaction as every record, so at unlock a difference between the two
//! is a change made outside Tell Once, and is reported ([`IntegrityProblem`]). It is sealed
//! like a record, so the case ids it lists are not readable in storage either.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::crypto::{hex_sha256, SealError, VaultIdentity, TAG_LEN};
use super::store::{CONTRIBUTIONS_KEY, DIRECTORY_KEY, EXCHANGE_KEY, SETTINGS_KEY};
use crate::model::CaseId;

/// The key of the manifest on [`super::store::Shelf::Vault`].
pub const MANIFEST_KEY: &str = "manifest";

/// What the manifest says of one case record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordEntry {
    /// The case the record holds.
    pub case_id: CaseId,
    /// Raised by one at every save of the case.
    pub revision: u64,
    /// SHA-256 of the record's ciphertext as stored.
    pub sha256: String,
}

/// The vault's own account of what storage holds.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// SHA-256 of the metadata record's bytes as stored.
    pub meta_sha256: String,
    /// Case records by storage key.
    pub records: BTreeMap<String, RecordEntry>,
    /// SHA-256 of the service directory's ciphertext, once saved.
    pub directory_sha256: Option<String>,
    /// SHA-256 of the settings' ciphertext, once saved.
    pub settings_sha256: Option<String>,
    /// SHA-256 of the sharing keys' ciphertext, once made. Left out while there is none, so
    /// that a vault that never exchanged keeps the manifest the version before wrote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exchange_sha256: Option<String>,
    /// SHA-256 of the contributions' ciphertext, once saved; left out likewise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contributions_sha256: Option<String>,
}

/// A record on the vault's shelf that belongs to no one case, sealed like a case and listed in
/// the manifest by its digest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SharedRecord {
    /// The service directory.
    Directory,
    /// The vault's settings.
    Settings,
    /// The vault's exchange identity and its contacts.
    ExchangeKeys,
    /// The question requests this vault's agency contributes to.
    Contributions,
}

impl SharedRecord {
    /// Every shared record.
    pub const ALL: [SharedRecord; 4] = [
        SharedRecord::Directory,
        SharedRecord::Settings,
        SharedRecord::ExchangeKeys,
        SharedRecord::Contributions,
    ];

    /// Its key on [`super::store::Shelf::Vault`].
    pub fn key(self) -> &'static str {
        match self {
            SharedRecord::Directory => DIRECTORY_KEY,
            SharedRecord::Settings => SETTINGS_KEY,
            SharedRecord::ExchangeKeys => EXCHANGE_KEY,
            SharedRecord::Contributions => CONTRIBUTIONS_KEY,
        }
    }

    /// What it is, in messages.
    pub fn name(self) -> &'static str {
        match self {
            SharedRecord::Directory => "service directory",
            SharedRecord::Settings => "vault settings",
            SharedRecord::ExchangeKeys => "sharing keys",
            SharedRecord::Contributions => "contributions",
        }
    }
}

/// Why the manifest could not be trusted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ManifestError {
    /// It does not decrypt with the vault key.
    CannotDecrypt(String),
    /// Its MAC does not match: it was not written by this vault's key.
    BadMac,
    /// It is not a manifest of this app.
    Malformed(String),
}

impl fmt::Display for ManifestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::CannotDecrypt(detail) => write!(f, "it does not decrypt ({detail})"),
            Self::BadMac => write!(f, "its integrity code does not match"),
            Self::Malformed(detail) => write!(f, "it is not a manifest ({detail})"),
        }
    }
}

impl Manifest {
    /// The digest listed for a shared record, if it was saved.
    pub fn shared(&self, record: SharedRecord) -> &Option<String> {
        match record {
            SharedRecord::Directory => &self.directory_sha256,
            SharedRecord::Settings => &self.settings_sha256,
            SharedRecord::ExchangeKeys => &self.exchange_sha256,
            SharedRecord::Contributions => &self.contributions_sha256,
        }
    }

    /// The digest listed for a shared record, to change.
    pub fn shared_mut(&mut self, record: SharedRecord) -> &mut Option<String> {
        match record {
            SharedRecord::Directory => &mut self.directory_sha256,
            SharedRecord::Settings => &mut self.settings_sha256,
            SharedRecord::ExchangeKeys => &mut self.exchange_sha256,
            SharedRecord::Contributions => &mut self.contributions_sha256,
        }
    }

    /// The storage key that holds `case`, if listed.
    pub fn key_of(&self, case: &CaseId) -> Option<&str> {
        self.records
            .iter()
            .find(|(_, entry)| &entry.case_id == case)
            .map(|(key, _)| key.as_str())
    }

    /// The revision stored for `case`, if listed.
    pub fn revision_of(&self, case: &CaseId) -> Option<u64> {
        self.records
            .values()
            .find(|entry| &entry.case_id == case)
            .map(|entry| entry.revision)
    }

    /// Seals the manifest with the vault identity: `tag || body`, encrypted like a record.
    pub fn seal(&self, identity: &VaultIdentity) -> Result<Vec<u8>, SealError> {
        let body = serde_json::to_vec(self).expect("a manifest always serializes");
        let mut plaintext = identity.records_key().mac(&body).to_vec();
        plaintext.extend_from_slice(&body);
        identity.seal_record(&plaintext)
    }

    /// Opens a sealed manifest and checks its MAC.
    pub fn open(identity: &VaultIdentity, ciphertext: &[u8]) -> Result<Self, ManifestError> {
        let plaintext = identity
            .open_record(ciphertext)
            .map_err(|e| ManifestError::CannotDecrypt(e.detail))?;
        if plaintext.len() < TAG_LEN {
            return Err(ManifestError::Malformed("too short".into()));
        }
        let (tag, body) = plaintext.split_at(TAG_LEN);
        if !identity.records_key().verify(body, tag) {
            return Err(ManifestError::BadMac);
        }
        serde_json::from_slice(body).map_err(|e| ManifestError::Malformed(e.to_string()))
    }
}

/// The digest the manifest keeps of stored bytes.
pub fn digest(bytes: &[u8]) -> String {
    hex_sha256(bytes)
}

/// A change to the vault made outside Tell Once, found at unlock. Nothing is deleted for it:
/// the rest of the vault opens, and the user decides what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IntegrityProblem {
    /// A case's record is older than the manifest says: an earlier copy was put back.
    RolledBack {
        /// The case.
        case_id: CaseId,
        /// The revision found.
        found: u64,
        /// The revision the manifest lists.
        expected: u64,
    },
    /// A case the manifest lists has no record any more.
    Missing {
        /// The case.
        case_id: CaseId,
    },
    /// A case's record differs from the one the manifest lists, at the same or a later revision.
    Altered {
        /// The case.
        case_id: CaseId,
    },
    /// A case record that the manifest does not list (put there from elsewhere).
    Unlisted {
        /// The case it holds.
        case_id: CaseId,
    },
    /// The vault's unencrypted metadata was edited.
    MetadataAltered,
    /// A shared record (the directory, the settings, the sharing keys, the contributions)
    /// differs from the one the manifest lists.
    SharedRecordAltered {
        /// Which.
        record: SharedRecord,
    },
    /// The manifest itself is missing or cannot be trusted, so nothing could be checked.
    ManifestUntrusted {
        /// Why.
        detail: String,
    },
}

impl fmt::Display for IntegrityProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::RolledBack { case_id, found, expected } => write!(
                f,
                "case {case_id} was changed outside Tell Once: an older copy (version {found}) replaced version {expected}"
            ),
            Self::Missing { case_id } => write!(
                f,
                "case {case_id} was changed outside Tell Once: its record was deleted"
            ),
            Self::Altered { case_id } => write!(
                f,
                "case {case_id} was changed outside Tell Once: its record is not the one this vault saved"
            ),
            Self::Unlisted { case_id } => write!(
                f,
                "case {case_id} was put in this vault outside Tell Once"
            ),
            Self::MetadataAltered => write!(f, "the vault's unencrypted details were changed outside Tell Once"),
            Self::SharedRecordAltered { record } => write!(
                f,
                "the {} record of the vault was changed outside Tell Once",
                record.name()
            ),
            Self::ManifestUntrusted { detail } => write!(
                f,
                "the vault's list of its records was changed outside Tell Once ({detail}); no case could be checked"
            ),
        }
    }
}
