//! Exchange between agencies, the vault's part: the vault's sharing keys and contacts, the
//! question request and return files, and the agency's contributions, each kept encrypted in
//! the vault like every other record.
//!
//! The exchange identity is made the first time it is needed, in vaults made before it
//! existed too, and kept in the record [`SharedRecord::ExchangeKeys`], sealed with the vault's
//! own identity: it never opens the vault's records, and the vault's identity never leaves it.
//! The contributions are kept in [`SharedRecord::Contributions`]. Both are listed in the
//! manifest like the directory and the settings, so a vault that never exchanged anything
//! stores exactly what it stored before.

mod contacts;
mod files;
mod keys;

pub use contacts::{contact_at, new_contact, Contact, ContactError};
pub use files::{
    open_request, open_return, read_request_content, read_return_content, seal_request,
    seal_return, ExchangeFileError, RequestLock, SealRequestError, SealedWith, EXCHANGE_SCHEMA,
    REQUEST_FORMAT, RETURN_FORMAT,
};
pub use keys::{fingerprint, parse_exchange_key, qr_svg, ExchangeKeyError};

use super::crypto::ExchangeIdentity;

use std::fmt;

use age::secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use zeroize::Zeroize;

use super::crypto::{check_new_passphrase, PassphraseError, SealError};
use super::manifest::SharedRecord;
use super::store::VaultStore;
use super::{random_hex, UnlockedVault, VaultError};
use crate::model::case::{AgencyRole, Case, CaseEdit, ReplyToken};
use crate::model::edit::EditRefusal;
use crate::model::exchange::{
    question_request, Contribution, ExchangeKey, QuestionRequest, QuestionReturn, ReplyAddress,
    RequestTerms,
};
use crate::model::{AgencyId, QuestionRequestId, Timestamp};

/// Why an exchange could not be made. Nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExchangeError {
    /// Adding, verifying or removing a contact was refused.
    Contact(ContactError),
    /// The key to encrypt to is not a sharing key.
    Key(ExchangeKeyError),
    /// The file cannot be read.
    File(ExchangeFileError),
    /// The request cannot be recorded in the case (an agency not in it, a due date before it).
    Request(EditRefusal),
    /// The passphrase for a request does not meet the policy.
    WeakPassphrase(PassphraseError),
    /// This vault has no contribution to that request.
    UnknownContribution(QuestionRequestId),
    /// Storage failed.
    Vault(VaultError),
    /// The encryption library failed.
    Encryption(SealError),
}

impl fmt::Display for ExchangeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Contact(e) => e.fmt(f),
            Self::Key(e) => e.fmt(f),
            Self::File(e) => e.fmt(f),
            Self::Request(e) => e.fmt(f),
            Self::WeakPassphrase(e) => e.fmt(f),
            Self::UnknownContribution(id) => {
                write!(f, "this vault has no contribution to question request {id}")
            }
            Self::Vault(e) => e.fmt(f),
            Self::Encryption(e) => e.fmt(f),
        }
    }
}

impl ExchangeError {
    /// The id of the interface message that says this: the one of the error inside where it
    /// has one (`main.ftl`, `questions.ftl`); a refused edit other than an exchange refusal,
    /// a weak passphrase and a storage failure are said as elsewhere in the interface, and
    /// their ids here (`main.ftl`) are a plain fallback.
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::Contact(e) => e.message_id(),
            Self::Key(e) => e.message_id(),
            Self::File(e) => e.message_id(),
            Self::Request(EditRefusal::Exchange(e)) => e.message_id(),
            Self::Request(_) => "exchange-error-request-refused",
            Self::WeakPassphrase(_) => "exchange-error-weak-passphrase",
            Self::UnknownContribution(_) => "exchange-error-unknown-contribution",
            Self::Vault(_) => "exchange-error-storage",
            Self::Encryption(_) => "exchange-error-encryption",
        }
    }
}

impl std::error::Error for ExchangeError {}

impl From<VaultError> for ExchangeError {
    fn from(e: VaultError) -> Self {
        Self::Vault(e)
    }
}

impl From<SealRequestError> for ExchangeError {
    fn from(e: SealRequestError) -> Self {
        match e {
            SealRequestError::Key(e) => Self::Key(e),
            SealRequestError::Encryption(e) => Self::Encryption(e),
        }
    }
}

/// A request made: the file to give the agency, what it was locked with, the request itself,
/// and the edit that records it in the lead's case (for the UI to dispatch like any edit).
#[derive(Clone, Debug)]
pub struct MadeRequest {
    /// The armored age file.
    pub file: String,
    pub sealed_with: SealedWith,
    pub request: QuestionRequest,
    /// [`CaseEdit::RecordQuestionRequest`].
    pub edit: CaseEdit,
}

/// A return written for the lead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReturnFile {
    /// The armored age file, encrypted to the lead's sharing key.
    pub file: String,
    /// Its sequence number: "return n".
    pub sequence: u64,
}

/// The exchange identity and the contacts, as stored.
#[derive(Clone, Debug)]
struct ExchangeKeys {
    identity: ExchangeIdentity,
    contacts: Vec<Contact>,
}

/// What is inside the sharing keys' ciphertext. The field name tells it from every other
/// record, so that one copied over it is refused.
#[derive(Serialize)]
struct ExchangeRecordOut<'a> {
    exchange_keys: StoredKeysOut<'a>,
}

#[derive(Serialize)]
struct StoredKeysOut<'a> {
    identity: &'a str,
    contacts: &'a [Contact],
}

#[derive(Deserialize)]
struct ExchangeRecordIn {
    exchange_keys: StoredKeysIn,
}

#[derive(Deserialize)]
struct StoredKeysIn {
    identity: String,
    #[serde(default)]
    contacts: Vec<Contact>,
}

/// What is inside the contributions' ciphertext.
#[derive(Serialize)]
struct ContributionsOut<'a> {
    question_contributions: &'a [Contribution],
}

#[derive(Deserialize)]
struct ContributionsIn {
    question_contributions: Vec<Contribution>,
}

impl<S: VaultStore + Clone> UnlockedVault<S> {
    async fn load_exchange_keys(&self) -> Result<Option<ExchangeKeys>, VaultError> {
        self.load_vault_record(SharedRecord::ExchangeKeys, |plaintext| {
            let mut stored: ExchangeRecordIn = serde_json::from_slice(plaintext)?;
            let identity = ExchangeIdentity::from_age_secret(&stored.exchange_keys.identity);
            stored.exchange_keys.identity.zeroize();
            Ok(ExchangeKeys {
                identity: identity.map_err(<serde_json::Error as serde::de::Error>::custom)?,
                contacts: stored.exchange_keys.contacts,
            })
        })
        .await
    }

    async fn save_exchange_keys(&self, keys: &ExchangeKeys) -> Result<(), VaultError> {
        let secret = keys.identity.age_secret();
        let record = ExchangeRecordOut {
            exchange_keys: StoredKeysOut {
                identity: secret.expose_secret(),
                contacts: &keys.contacts,
            },
        };
        self.store_shared(SharedRecord::ExchangeKeys, &record).await
    }

    /// The sharing keys, made on first use (in a vault made before they existed too).
    async fn exchange_keys(&self) -> Result<ExchangeKeys, VaultError> {
        if let Some(keys) = self.load_exchange_keys().await? {
            return Ok(keys);
        }
        // Another task may have made the identity while this one read: the browser runs one
        // task at a time between awaits, so the one being saved is seen here, and one identity
        // is ever made.
        if let Some(identity) = self.pending_exchange.borrow().clone() {
            return Ok(ExchangeKeys {
                identity,
                contacts: Vec::new(),
            });
        }
        let keys = ExchangeKeys {
            identity: ExchangeIdentity::generate(),
            contacts: Vec::new(),
        };
        *self.pending_exchange.borrow_mut() = Some(keys.identity.clone());
        let saved = self.save_exchange_keys(&keys).await;
        *self.pending_exchange.borrow_mut() = None;
        saved.map(|()| keys)
    }

    /// The vault's sharing key (`age1…`), to give to other agencies (as text, as a QR code with
    /// [`qr_svg`], and read aloud as its [`fingerprint`]).
    pub async fn exchange_key(&self) -> Result<ExchangeKey, VaultError> {
        Ok(self.exchange_keys().await?.identity.key())
    }

    /// The vault's exchange identity as an age identity file (`AGE-SECRET-KEY-1…`), for a user
    /// who keeps a copy, or opens a request with `age -d -i`. It opens only what was sent to
    /// this vault's sharing key, never the vault's records.
    pub async fn export_exchange_identity(&self) -> Result<SecretString, VaultError> {
        Ok(self.exchange_keys().await?.identity.identity_file())
    }

    /// The contacts, in the order they were added.
    pub async fn contacts(&self) -> Result<Vec<Contact>, VaultError> {
        Ok(self.exchange_keys().await?.contacts)
    }

    /// Adds another agency's sharing key as a contact, not yet verified.
    pub async fn add_contact(
        &self,
        agency: &str,
        role: AgencyRole,
        key: &str,
    ) -> Result<Contact, ExchangeError> {
        let mut keys = self.exchange_keys().await?;
        let contact = new_contact(&keys.contacts, &keys.identity.key(), agency, role, key)
            .map_err(ExchangeError::Contact)?;
        keys.contacts.push(contact.clone());
        self.save_exchange_keys(&keys).await?;
        Ok(contact)
    }

    /// Marks the contact with `key` verified: its fingerprint was compared with the agency.
    pub async fn verify_contact(&self, key: &ExchangeKey) -> Result<Contact, ExchangeError> {
        let mut keys = self.exchange_keys().await?;
        let at = contact_at(&keys.contacts, key).map_err(ExchangeError::Contact)?;
        keys.contacts[at].verified = true;
        self.save_exchange_keys(&keys).await?;
        Ok(keys.contacts[at].clone())
    }

    /// Removes the contact with `key`.
    pub async fn remove_contact(&self, key: &ExchangeKey) -> Result<(), ExchangeError> {
        let mut keys = self.exchange_keys().await?;
        let at = contact_at(&keys.contacts, key).map_err(ExchangeError::Contact)?;
        keys.contacts.remove(at);
        Ok(self.save_exchange_keys(&keys).await?)
    }

    /// Makes a question request for `agency` of the lead's `case`, with a fresh id and a
    /// random reply token, returns going to this vault's sharing key; encrypted as `lock`
    /// says (a passphrase must meet the policy). The case is not changed: dispatch
    /// [`MadeRequest::edit`] to record the request in it.
    pub async fn make_question_request(
        &self,
        case: &Case,
        agency: &AgencyId,
        terms: RequestTerms,
        lock: RequestLock,
    ) -> Result<MadeRequest, ExchangeError> {
        if let RequestLock::Passphrase { passphrase, .. } = &lock {
            check_new_passphrase(passphrase).map_err(ExchangeError::WeakPassphrase)?;
        }
        let address = ReplyAddress {
            request: QuestionRequestId::new(random_hex(16)),
            token: ReplyToken::new(random_hex(32)),
            key: self.exchange_key().await?,
        };
        let request =
            question_request(case, agency, terms, address).map_err(ExchangeError::Request)?;
        let (file, sealed_with) = seal_request(&request, &lock)?;
        let edit = request.record_edit(case);
        Ok(MadeRequest {
            file,
            sealed_with,
            request,
            edit,
        })
    }

    /// Opens a question request made for this vault's agency (with its sharing key, or with
    /// the passphrase the lead passed on) and keeps it as a contribution, opened at `at`. A
    /// request opened before gives back its contribution as the agency left it.
    pub async fn open_question_request(
        &self,
        file: &[u8],
        passphrase: Option<&SecretString>,
        at: Timestamp,
    ) -> Result<Contribution, ExchangeError> {
        let keys = self.exchange_keys().await?;
        let request =
            open_request(file, &keys.identity, passphrase).map_err(ExchangeError::File)?;
        if request.lead.key == keys.identity.key() {
            return Err(ExchangeError::File(ExchangeFileError::OwnRequest));
        }
        let mut contributions = self.contributions().await?;
        if let Some(opened) = contributions.iter().find(|c| c.request.id == request.id) {
            return Ok(opened.clone());
        }
        let contribution = Contribution::open(request, at);
        contributions.push(contribution.clone());
        self.store_contributions(&contributions).await?;
        Ok(contribution)
    }

    /// The question requests this vault's agency contributes to, in the order they were opened.
    pub async fn contributions(&self) -> Result<Vec<Contribution>, VaultError> {
        Ok(self
            .load_vault_record(SharedRecord::Contributions, |plaintext| {
                serde_json::from_slice::<ContributionsIn>(plaintext)
                    .map(|record| record.question_contributions)
            })
            .await?
            .unwrap_or_default())
    }

    /// The contribution to the request `id`.
    pub async fn contribution(
        &self,
        id: &QuestionRequestId,
    ) -> Result<Contribution, ExchangeError> {
        self.contributions()
            .await?
            .into_iter()
            .find(|c| &c.request.id == id)
            .ok_or_else(|| ExchangeError::UnknownContribution(id.clone()))
    }

    async fn store_contributions(&self, contributions: &[Contribution]) -> Result<(), VaultError> {
        let record = ContributionsOut {
            question_contributions: contributions,
        };
        self.store_shared(SharedRecord::Contributions, &record)
            .await
    }

    /// Keeps the agency's work on a contribution (encrypted, read back and checked), in place
    /// of the one to the same request.
    pub async fn save_contribution(
        &self,
        contribution: &Contribution,
    ) -> Result<(), ExchangeError> {
        let mut contributions = self.contributions().await?;
        let at = contributions
            .iter()
            .position(|c| c.request.id == contribution.request.id)
            .ok_or_else(|| ExchangeError::UnknownContribution(contribution.request.id.clone()))?;
        contributions[at] = contribution.clone();
        Ok(self.store_contributions(&contributions).await?)
    }

    /// Forgets the contribution to the request `id` (removing an absent one is not an error).
    pub async fn remove_contribution(&self, id: &QuestionRequestId) -> Result<(), VaultError> {
        let mut contributions = self.contributions().await?;
        let before = contributions.len();
        contributions.retain(|c| &c.request.id != id);
        if contributions.len() == before {
            return Ok(());
        }
        self.store_contributions(&contributions).await
    }

    /// Writes the next return of the contribution to request `id` for the lead: the agency's
    /// questions, nothing else of this vault, encrypted to the lead's sharing key from the
    /// request. The contribution then notes the return, so that the next one comes after it.
    pub async fn return_to_lead(
        &self,
        id: &QuestionRequestId,
    ) -> Result<ReturnFile, ExchangeError> {
        let mut contribution = self.contribution(id).await?;
        let answer = contribution.next_return();
        let file = seal_return(&answer, &contribution.request.lead.key)?;
        contribution.returned(&answer);
        self.save_contribution(&contribution).await?;
        Ok(ReturnFile {
            file,
            sequence: answer.sequence,
        })
    }

    /// Opens a return made for this vault's sharing key. Whether it answers a request of a
    /// case, from the right agency, and is new, the model says
    /// ([`crate::model::exchange::check_return`]).
    pub async fn read_question_return(&self, file: &[u8]) -> Result<QuestionReturn, ExchangeError> {
        let keys = self.exchange_keys().await?;
        open_return(file, &keys.identity).map_err(ExchangeError::File)
    }
}
