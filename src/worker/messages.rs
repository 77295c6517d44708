//! What the page and the worker say to each other, as JSON text: both sides are this crate, built
//! in one go, so the form only needs to be unambiguous, not stable across versions.

use crate::model::case::{Case, CaseEdit};
use crate::model::planner::Analysis;
use crate::vault::crypto::{OpenError, SealError};
use serde::{Deserialize, Serialize};

/// Which request an answer belongs to: the page numbers its requests, and an answer to an older
/// one than the newest is of no use to it.
pub type Generation = u64;

/// From the page to the worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ToWorker {
    /// The case to analyse from now on, whole: the first time, after a restart, or when the page
    /// cannot say how it changed.
    Case {
        generation: Generation,
        case: Box<Case>,
    },
    /// The edits made, in order, to the case last sent.
    Edits {
        generation: Generation,
        edits: Vec<CaseEdit>,
    },
    /// Encrypt with a passphrase ([`crate::vault::crypto::seal_with_passphrase`]).
    Seal {
        request: PassphraseRequest,
        #[serde(with = "base64_text")]
        plaintext: Vec<u8>,
        passphrase: String,
        work_factor: u8,
    },
    /// Decrypt with a passphrase ([`crate::vault::crypto::open_with_passphrase`]).
    Open {
        request: PassphraseRequest,
        #[serde(with = "base64_text")]
        file: Vec<u8>,
        passphrase: String,
        max_work_factor: u8,
    },
}

/// Which passphrase request an answer belongs to: several may wait at once.
pub type PassphraseRequest = u64;

/// From the worker to the page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FromWorker {
    /// The worker has started and reads messages from now on: one posted before would be lost,
    /// since the worker's module loads after its script starts.
    Ready,
    /// The analysis of the case as of request `generation` and every request before it.
    Analysed {
        generation: Generation,
        analysis: Box<Analysis>,
    },
    /// The worker's copy could not follow request `generation` (edits that did not apply, or a
    /// message it could not read): the page sends the whole case.
    CaseNeeded { generation: Generation },
    Sealed {
        request: PassphraseRequest,
        sealed: Result<String, SealError>,
    },
    Opened {
        request: PassphraseRequest,
        opened: Result<OpenedBytes, OpenError>,
    },
}

/// What a file opened to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct OpenedBytes(#[serde(with = "base64_text")] pub Vec<u8>);

/// Bytes as base64 text: an import file can be megabytes, which as a JSON array of numbers would
/// take four times the room and far longer to write and read on the page's thread.
mod base64_text {
    use base64::engine::general_purpose::STANDARD;
    use base64::Engine;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(bytes: &[u8], serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&STANDARD.encode(bytes))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<u8>, D::Error> {
        let text = <&str>::deserialize(deserializer)?;
        STANDARD.decode(text).map_err(serde::de::Error::custom)
    }
}

/// The text of a message.
pub fn encode<T: Serialize>(message: &T) -> String {
    serde_json::to_string(message).expect("the worker's messages are plain data")
}

/// A message read from its text.
pub fn decode<T: for<'de> Deserialize<'de>>(text: &str) -> Result<T, serde_json::Error> {
    serde_json::from_str(text)
}
