//! The files agencies exchange: armored age files that the standard `age` tool opens.
//!
//! A question request holds `{"format": "tell-once-question-request", "schema": 1, "request":
//! {...}}`, encrypted to the agency's sharing key, or to a passphrase the lead passes on by
//! another channel when the agency has no key yet. A return holds `{"format":
//! "tell-once-question-return", "schema": 1, "return": {...}}`, always encrypted to the lead's
//! sharing key named in the request.

use std::fmt;
use std::iter;

use age::armor::ArmoredReader;
use age::secrecy::SecretString;
use age::DecryptError;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::keys::{recipient, ExchangeKeyError};
use crate::model::exchange::{ExchangeKey, QuestionRequest, QuestionReturn};
use crate::vault::crypto::{
    check_age_framing, classify_io, open_with_passphrase, read_plaintext, seal_armored,
    seal_with_passphrase, without_byte_order_mark, ExchangeIdentity, OpenError, SealError,
    WorkFactor,
};
use crate::vault::export::{MAX_IMPORT_BYTES, MAX_IMPORT_WORK_FACTOR};

/// The `format` of a question request file.
pub const REQUEST_FORMAT: &str = "tell-once-question-request";
/// The `format` of a return file.
pub const RETURN_FORMAT: &str = "tell-once-question-return";
/// The schema of both, as written by this build; newer ones are refused.
pub const EXCHANGE_SCHEMA: u32 = 1;

/// Why an exchanged file cannot be read. Nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExchangeFileError {
    /// Larger than an import may be; not opened.
    TooLarge { size: usize, max: usize },
    /// Not an age file, cut short, damaged, a wrong passphrase, too much key-derivation work:
    /// as for an import ([`OpenError`]).
    File(OpenError),
    /// Encrypted to another agency's sharing key: this vault cannot open it.
    NotForThisVault,
    /// Protected by a passphrase, and none was given: ask for the one the lead passed on.
    PassphraseNeeded,
    /// It opens, but it is not a question request (a return, an export, another file).
    NotARequest,
    /// It opens, but it is not a return to a question request.
    NotAReturn,
    /// Made by a newer version of Tell Once.
    NewerFormat { found: u64, supported: u32 },
    /// The right kind of file, but what it holds cannot be read.
    Damaged { detail: String },
    /// A request this vault made: it is for the agency it was made for.
    OwnRequest,
}

impl fmt::Display for ExchangeFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooLarge { size, max } => write!(
                f,
                "the file is {size} bytes, above the limit of {max}; it was not opened"
            ),
            Self::File(error) => error.fmt(f),
            Self::NotForThisVault => f.write_str(
                "this file was made for another agency's sharing key: this vault cannot open it",
            ),
            Self::PassphraseNeeded => f.write_str(
                "this request is protected by a passphrase: type the one the lead gave you",
            ),
            Self::NotARequest => f.write_str("this file is not a question request"),
            Self::NotAReturn => f.write_str("this file is not a return to a question request"),
            Self::NewerFormat { found, supported } => write!(
                f,
                "this file was made by a newer version of Tell Once (format {found}, this version reads up to {supported}): update the app"
            ),
            Self::Damaged { detail } => {
                write!(f, "the file opens, but what it holds is damaged ({detail})")
            }
            Self::OwnRequest => f.write_str(
                "this question request was made in this vault: send it to the agency it is for",
            ),
        }
    }
}

impl ExchangeFileError {
    /// The id of the interface message that says this (`main.ftl`); its arguments are `size`,
    /// `max`, `found` and `supported`. A file that age cannot open has the message of its
    /// [`OpenError`], as for an import.
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::TooLarge { .. } => "exchange-file-error-too-large",
            Self::File(_) => "exchange-file-error-file",
            Self::NotForThisVault => "exchange-file-error-not-for-this-vault",
            Self::PassphraseNeeded => "exchange-file-error-passphrase-needed",
            Self::NotARequest => "exchange-file-error-not-a-request",
            Self::NotAReturn => "exchange-file-error-not-a-return",
            Self::NewerFormat { .. } => "exchange-file-error-newer",
            Self::Damaged { .. } => "exchange-file-error-damaged",
            Self::OwnRequest => "exchange-file-error-own-request",
        }
    }
}

impl std::error::Error for ExchangeFileError {}

/// How a request is locked: to the agency's sharing key, or to a passphrase.
#[derive(Clone, Debug)]
pub enum RequestLock {
    ExchangeKey(ExchangeKey),
    Passphrase {
        passphrase: SecretString,
        work_factor: WorkFactor,
    },
}

/// What a request was locked with, for the lead to know how to pass it on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SealedWith {
    /// The agency's sharing key: only its vault opens the file.
    ExchangeKey(ExchangeKey),
    /// A passphrase, to pass on by another channel than the file.
    Passphrase,
}

#[derive(Serialize)]
struct RequestFile<'a> {
    format: &'static str,
    schema: u32,
    request: &'a QuestionRequest,
}

#[derive(Serialize)]
struct ReturnFile<'a> {
    format: &'static str,
    schema: u32,
    #[serde(rename = "return")]
    answer: &'a QuestionReturn,
}

#[derive(Deserialize)]
struct RequestIn {
    request: QuestionRequest,
}

#[derive(Deserialize)]
struct ReturnIn {
    #[serde(rename = "return")]
    answer: QuestionReturn,
}

/// The top-level fields looked at first, to tell the kind of file.
#[derive(Deserialize)]
struct Probe {
    #[serde(default)]
    format: Option<serde_json::Value>,
    #[serde(default)]
    schema: Option<serde_json::Value>,
}

fn json(value: &impl Serialize) -> Result<Zeroizing<Vec<u8>>, SealError> {
    serde_json::to_vec(value)
        .map(Zeroizing::new)
        .map_err(|e| SealError(e.to_string()))
}

/// Encrypts a request as `lock` says. The passphrase is not checked here (the vault checks
/// it against the policy first).
pub fn seal_request(
    request: &QuestionRequest,
    lock: &RequestLock,
) -> Result<(String, SealedWith), SealRequestError> {
    let plaintext = json(&RequestFile {
        format: REQUEST_FORMAT,
        schema: EXCHANGE_SCHEMA,
        request,
    })?;
    match lock {
        RequestLock::ExchangeKey(key) => {
            let to = recipient(key).map_err(SealRequestError::Key)?;
            let file = seal_armored(&plaintext, &to)?;
            Ok((file, SealedWith::ExchangeKey(key.clone())))
        }
        RequestLock::Passphrase {
            passphrase,
            work_factor,
        } => Ok((
            seal_with_passphrase(&plaintext, passphrase, *work_factor)?,
            SealedWith::Passphrase,
        )),
    }
}

/// Encrypts a return to the lead's sharing key.
pub fn seal_return(
    answer: &QuestionReturn,
    lead: &ExchangeKey,
) -> Result<String, SealRequestError> {
    let plaintext = json(&ReturnFile {
        format: RETURN_FORMAT,
        schema: EXCHANGE_SCHEMA,
        answer,
    })?;
    let to = recipient(lead).map_err(SealRequestError::Key)?;
    Ok(seal_armored(&plaintext, &to)?)
}

/// Why a file could not be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SealRequestError {
    /// The key to encrypt to is not a sharing key.
    Key(ExchangeKeyError),
    Encryption(SealError),
}

impl From<SealError> for SealRequestError {
    fn from(e: SealError) -> Self {
        Self::Encryption(e)
    }
}

/// Decrypts an exchanged file: with the passphrase when it has one (and one was given), else
/// with the vault's exchange identity. `passphrase_allowed` is false for returns, which are
/// never passphrase-protected.
fn open_exchanged(
    file: &[u8],
    identity: &ExchangeIdentity,
    passphrase: Option<&SecretString>,
    passphrase_allowed: bool,
) -> Result<Zeroizing<Vec<u8>>, ExchangeFileError> {
    if file.len() > MAX_IMPORT_BYTES {
        return Err(ExchangeFileError::TooLarge {
            size: file.len(),
            max: MAX_IMPORT_BYTES,
        });
    }
    let file = without_byte_order_mark(file);
    check_age_framing(file).map_err(ExchangeFileError::File)?;
    let decryptor = age::Decryptor::new_buffered(ArmoredReader::new(file))
        .map_err(|e| ExchangeFileError::File(classify(e)))?;
    if decryptor.is_scrypt() {
        return match (passphrase_allowed, passphrase) {
            (false, _) => Err(ExchangeFileError::NotAReturn),
            (true, None) => Err(ExchangeFileError::PassphraseNeeded),
            (true, Some(passphrase)) => {
                open_with_passphrase(file, passphrase, MAX_IMPORT_WORK_FACTOR)
                    .map_err(ExchangeFileError::File)
            }
        };
    }
    let mut reader = decryptor
        .decrypt(iter::once(identity.age_identity() as &dyn age::Identity))
        .map_err(|e| match e {
            DecryptError::NoMatchingKeys => ExchangeFileError::NotForThisVault,
            other => ExchangeFileError::File(classify(other)),
        })?;
    read_plaintext(&mut reader).map_err(ExchangeFileError::File)
}

/// What a failure to decrypt with a key says of the file (a wrong passphrase cannot be one).
fn classify(e: DecryptError) -> OpenError {
    match e {
        DecryptError::UnknownFormat => OpenError::UnknownAgeVersion,
        DecryptError::Io(io) => classify_io(&io),
        _ => OpenError::Corrupted,
    }
}

/// Reads the decrypted content of a file of `format`: `wrong` when it is another kind.
fn read_content<T: for<'de> Deserialize<'de>>(
    plaintext: &[u8],
    format: &str,
    wrong: ExchangeFileError,
) -> Result<T, ExchangeFileError> {
    let probe: Probe = serde_json::from_slice(plaintext).map_err(|_| wrong.clone())?;
    if probe.format.as_ref().and_then(serde_json::Value::as_str) != Some(format) {
        return Err(wrong);
    }
    let schema = probe
        .schema
        .as_ref()
        .and_then(serde_json::Value::as_u64)
        .ok_or_else(|| ExchangeFileError::Damaged {
            detail: "it has no schema number".to_owned(),
        })?;
    if schema > u64::from(EXCHANGE_SCHEMA) {
        return Err(ExchangeFileError::NewerFormat {
            found: schema,
            supported: EXCHANGE_SCHEMA,
        });
    }
    serde_json::from_slice(plaintext).map_err(|e| ExchangeFileError::Damaged {
        detail: e.to_string(),
    })
}

/// Opens a question request with this vault's exchange identity, or with the passphrase
/// the lead passed on.
pub fn open_request(
    file: &[u8],
    identity: &ExchangeIdentity,
    passphrase: Option<&SecretString>,
) -> Result<QuestionRequest, ExchangeFileError> {
    let plaintext = open_exchanged(file, identity, passphrase, true)?;
    read_request_content(&plaintext)
}

/// Reads the decrypted content of a request file: the part of [`open_request`] after
/// decryption, which reads what another device wrote.
pub fn read_request_content(plaintext: &[u8]) -> Result<QuestionRequest, ExchangeFileError> {
    read_content::<RequestIn>(plaintext, REQUEST_FORMAT, ExchangeFileError::NotARequest)
        .map(|file| file.request)
}

/// Opens a return with this vault's exchange identity.
pub fn open_return(
    file: &[u8],
    identity: &ExchangeIdentity,
) -> Result<QuestionReturn, ExchangeFileError> {
    let plaintext = open_exchanged(file, identity, None, false)?;
    read_return_content(&plaintext)
}

/// Reads the decrypted content of a return file: the part of [`open_return`] after decryption.
pub fn read_return_content(plaintext: &[u8]) -> Result<QuestionReturn, ExchangeFileError> {
    read_content::<ReturnIn>(plaintext, RETURN_FORMAT, ExchangeFileError::NotAReturn)
        .map(|file| file.answer)
}
