//! What the page and the worker say to each other, as JSON text: both sides are this crate, built
//! in one go, so the form only needs to be unambiguous, not stable across versions.

use crate::model::case::{Case, CaseEdit};
use crate::model::planner::finding::Finding;
use crate::model::planner::Analysis;
use crate::vault::crypto::{OpenError, SealError};
use serde::{Deserialize, Serialize};
use std::rc::Rc;

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
        // Shared, not copied: the page writes out the case it holds.
        case: Rc<Case>,
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
    /// The analysis of the case as of request `generation` and every request before it: its
    /// last findings, after those of the [`FromWorker::Findings`] before it of that request.
    Analysed {
        generation: Generation,
        analysis: Box<Analysis>,
    },
    /// The next findings of the analysis for request `generation`
    /// ([`analysis_messages`]).
    Findings {
        generation: Generation,
        findings: Vec<Finding>,
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

/// Findings to a message. The page reads each message in a task of its own, and the analysis
/// of a large case read at once (tens of thousands of findings) held its thread for a tenth of
/// a second or more; a part this size reads within a few milliseconds.
pub const FINDINGS_PER_MESSAGE: usize = 500;

/// The messages that carry an analysis to the page: its findings in parts of
/// [`FINDINGS_PER_MESSAGE`], the last part with the rest of the analysis.
pub fn analysis_messages(generation: Generation, mut analysis: Analysis) -> Vec<FromWorker> {
    // Every part full but the last, which holds 1 to FINDINGS_PER_MESSAGE (or none at all).
    let leading_parts = analysis.findings.len().saturating_sub(1) / FINDINGS_PER_MESSAGE;
    let mut findings = std::mem::take(&mut analysis.findings);
    analysis.findings = findings.split_off(leading_parts * FINDINGS_PER_MESSAGE);
    let mut findings = findings.into_iter();
    let mut messages: Vec<FromWorker> = (0..leading_parts)
        .map(|_| FromWorker::Findings {
            generation,
            findings: findings.by_ref().take(FINDINGS_PER_MESSAGE).collect(),
        })
        .collect();
    messages.push(FromWorker::Analysed {
        generation,
        analysis: Box::new(analysis),
    });
    messages
}

/// The page's side of [`analysis_messages`]: the findings come in parts, and the analysis is
/// whole when its last message arrives. Parts of another request than the one completed (an
/// older one, whose last message never came) are left out.
#[derive(Debug, Default)]
pub struct AnalysisAssembly {
    generation: Generation,
    findings: Vec<Finding>,
}

impl AnalysisAssembly {
    /// Takes in the findings of a part for request `generation`.
    pub fn add(&mut self, generation: Generation, findings: Vec<Finding>) {
        if self.generation != generation {
            self.generation = generation;
            self.findings.clear();
        }
        self.findings.extend(findings);
    }

    /// The whole analysis for request `generation`, from its last message.
    pub fn complete(&mut self, generation: Generation, mut analysis: Analysis) -> Analysis {
        let mut findings = std::mem::take(&mut self.findings);
        if self.generation == generation {
            findings.append(&mut analysis.findings);
            analysis.findings = findings;
        }
        analysis
    }
}
