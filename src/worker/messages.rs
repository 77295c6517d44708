//! What the page and the worker say to each other, in MessagePack and, beside it, the bytes a
//! message carries (a file, a plaintext) as they are: both sides are this crate, built in one
//! go, so the form only needs to be unambiguous, not stable across versions. MessagePack, not
//! JSON: the page writes a whole large case and reads large analyses, and JSON took it several
//! times as long (no text to escape or scan, numbers as they are).

use crate::model::case::{Case, CaseEdit, PriorAccount, Question};
use crate::model::consent::{ConsentEvent, ConsentLedger};
use crate::model::planner::finding::Finding;
use crate::model::planner::Analysis;
use crate::model::shared::Shared;
use crate::vault::crypto::{OpenError, SealError};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::rc::Rc;

/// A part of one of a case's long lists, each sent in messages of its own ([`case_messages`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CasePart {
    Questions(Vec<Shared<Question>>),
    PriorAccounts(Vec<PriorAccount>),
    ConsentEvents(Vec<ConsentEvent>),
}

/// Which request an answer belongs to: the page numbers its requests, and an answer to an older
/// one than the newest is of no use to it.
pub type Generation = u64;

// Externally tagged, unlike the model's enums: serde reads an internally tagged message into a
// buffer of its own first, which doubled the page's cost of reading an analysis.

/// From the page to the worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ToWorker {
    /// The case to analyse from now on, whole: the first time, after a restart, or when the page
    /// cannot say how it changed. Its long lists come first, in the `parts` messages before it
    /// ([`case_messages`]).
    Case {
        generation: Generation,
        // Shared, not copied: the page writes out the case it holds.
        case: Rc<Case>,
        parts: usize,
    },
    /// The next part of a long list of the case that request `generation` sends whole.
    CasePart {
        generation: Generation,
        part: CasePart,
    },
    /// The edits made, in order, to the case last sent.
    Edits {
        generation: Generation,
        edits: Vec<CaseEdit>,
    },
    /// Encrypt with a passphrase ([`crate::vault::crypto::seal_with_passphrase`]).
    Seal {
        request: PassphraseRequest,
        #[serde(skip)]
        plaintext: Vec<u8>,
        passphrase: String,
        work_factor: u8,
    },
    /// Decrypt with a passphrase ([`crate::vault::crypto::open_with_passphrase`]).
    Open {
        request: PassphraseRequest,
        #[serde(skip)]
        file: Vec<u8>,
        passphrase: String,
        max_work_factor: u8,
    },
}

/// Which passphrase request an answer belongs to: several may wait at once.
pub type PassphraseRequest = u64;

/// From the worker to the page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
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

/// What a file opened to: carried beside the message's text. (A named field: serde writes a
/// newtype's one field even when told to skip it.)
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenedBytes {
    #[serde(skip)]
    pub plaintext: Vec<u8>,
}

/// A message with the bytes it carries kept out of its text: posted beside it as they are, since
/// as text (base64 in JSON) a file of megabytes took a tenth of a second to write, and as long
/// to read, on the page's thread.
pub trait Message: Serialize + DeserializeOwned {
    /// The bytes it carries.
    fn bytes(&self) -> Option<&[u8]>;

    /// Where the bytes it carries go, if it carries any.
    fn bytes_mut(&mut self) -> Option<&mut Vec<u8>>;

    /// Puts the bytes that came beside it in their place: false if they do not fit it (bytes
    /// for a message that carries none, or none for one that does).
    fn put_bytes(&mut self, bytes: Option<Vec<u8>>) -> bool {
        match (self.bytes_mut(), bytes) {
            (Some(place), Some(bytes)) => {
                *place = bytes;
                true
            }
            (place, bytes) => place.is_none() && bytes.is_none(),
        }
    }
}

impl Message for ToWorker {
    fn bytes(&self) -> Option<&[u8]> {
        match self {
            ToWorker::Seal { plaintext, .. } => Some(plaintext),
            ToWorker::Open { file, .. } => Some(file),
            ToWorker::Case { .. } | ToWorker::CasePart { .. } | ToWorker::Edits { .. } => None,
        }
    }

    fn bytes_mut(&mut self) -> Option<&mut Vec<u8>> {
        match self {
            ToWorker::Seal { plaintext, .. } => Some(plaintext),
            ToWorker::Open { file, .. } => Some(file),
            ToWorker::Case { .. } | ToWorker::CasePart { .. } | ToWorker::Edits { .. } => None,
        }
    }
}

impl Message for FromWorker {
    fn bytes(&self) -> Option<&[u8]> {
        match self {
            FromWorker::Opened {
                opened: Ok(OpenedBytes { plaintext }),
                ..
            } => Some(plaintext),
            _ => None,
        }
    }

    fn bytes_mut(&mut self) -> Option<&mut Vec<u8>> {
        match self {
            FromWorker::Opened {
                opened: Ok(OpenedBytes { plaintext }),
                ..
            } => Some(plaintext),
            _ => None,
        }
    }
}

/// A message written out, and the bytes to post beside it. Fields by name: the model's
/// internally tagged enums are read by name.
pub fn encode<M: Message>(message: &M) -> (Vec<u8>, Option<&[u8]>) {
    let written = rmp_serde::to_vec_named(message).expect("the worker's messages are plain data");
    (written, message.bytes())
}

/// A message read from what was written and the bytes that came beside it.
pub fn decode<M: Message>(
    written: &[u8],
    bytes: Option<Vec<u8>>,
) -> Result<M, rmp_serde::decode::Error> {
    let mut message: M = rmp_serde::from_slice(written)?;
    if message.put_bytes(bytes) {
        Ok(message)
    } else {
        Err(serde::de::Error::custom(
            "the bytes that came with the message do not fit it",
        ))
    }
}

/// Findings to a message. The page reads each message in a task of its own, and the analysis
/// of a large case read at once (tens of thousands of findings) held its thread for a tenth of
/// a second or more; a part this size reads within a few milliseconds.
pub const FINDINGS_PER_MESSAGE: usize = 500;

/// Items of a case's long list to a message. The page writes each message in a task of its own,
/// and the 100x case written at once (15,000 questions, 4,000 prior accounts, 2,000 consent
/// events) held its thread for tens of milliseconds; a part this size (about 200 KB of any of
/// those lists) writes within a few.
pub const CASE_ITEMS_PER_MESSAGE: usize = 1_000;

/// Takes the leading parts of `per_part` out of `whole`, for messages of their own, and leaves
/// the rest (1 to `per_part`, or none at all) for the message that completes it.
fn leading_parts<T>(whole: &mut Vec<T>, per_part: usize) -> Vec<Vec<T>> {
    let leading = whole.len().saturating_sub(1) / per_part;
    let rest = whole.split_off(leading * per_part);
    let mut leading_items = std::mem::replace(whole, rest).into_iter();
    (0..leading)
        .map(|_| leading_items.by_ref().take(per_part).collect())
        .collect()
}

/// The messages that carry an analysis to the page: its findings in parts of
/// [`FINDINGS_PER_MESSAGE`], the last part with the rest of the analysis.
pub fn analysis_messages(generation: Generation, mut analysis: Analysis) -> Vec<FromWorker> {
    let parts = leading_parts(&mut analysis.findings, FINDINGS_PER_MESSAGE);
    parts
        .into_iter()
        .map(|findings| FromWorker::Findings {
            generation,
            findings,
        })
        .chain(std::iter::once(FromWorker::Analysed {
            generation,
            analysis: Box::new(analysis),
        }))
        .collect()
}

/// The messages that carry a whole case to the worker: its questions, prior accounts and
/// consent events in parts of [`CASE_ITEMS_PER_MESSAGE`], then the rest of the case.
pub fn case_messages(generation: Generation, case: &Case) -> Vec<ToWorker> {
    // The rest shares what it keeps with the page's case (see [`Shared`]).
    let mut rest = case.clone();
    let questions = std::mem::take(&mut rest.questions);
    let accounts = std::mem::take(&mut rest.prior_accounts);
    let consent = std::mem::take(&mut rest.consent);
    let per = CASE_ITEMS_PER_MESSAGE;
    let mut messages: Vec<ToWorker> = (questions.chunks(per))
        .map(|part| CasePart::Questions(part.to_vec()))
        .chain(
            accounts
                .chunks(per)
                .map(|part| CasePart::PriorAccounts(part.to_vec())),
        )
        .chain((consent.events().chunks(per)).map(|part| CasePart::ConsentEvents(part.to_vec())))
        .map(|part| ToWorker::CasePart { generation, part })
        .collect();
    messages.push(ToWorker::Case {
        generation,
        case: Rc::new(rest),
        parts: messages.len(),
    });
    messages
}

/// The worker's side of [`case_messages`]: the parts of the lists, until the rest of the case.
#[derive(Debug, Default)]
pub struct CaseAssembly {
    generation: Generation,
    parts: usize,
    questions: Vec<Shared<Question>>,
    accounts: Vec<PriorAccount>,
    events: Vec<ConsentEvent>,
}

impl CaseAssembly {
    /// Takes in a part for request `generation`; parts of an earlier request are dropped.
    pub fn add(&mut self, generation: Generation, part: CasePart) {
        if self.generation != generation {
            *self = Self {
                generation,
                ..Self::default()
            };
        }
        self.parts += 1;
        match part {
            CasePart::Questions(questions) => self.questions.extend(questions),
            CasePart::PriorAccounts(accounts) => self.accounts.extend(accounts),
            CasePart::ConsentEvents(events) => self.events.extend(events),
        }
    }

    /// The whole case of request `generation` from its last message, `rest`, which says how
    /// many parts came before it: `None` if they did not all come, or make no valid consent
    /// ledger. Either way the parts are used up.
    pub fn complete(&mut self, generation: Generation, parts: usize, rest: Case) -> Option<Case> {
        let arrived = std::mem::take(self);
        if parts == 0 {
            return Some(rest);
        }
        if arrived.generation != generation || arrived.parts != parts {
            return None;
        }
        let mut case = rest;
        let mut questions = arrived.questions;
        questions.append(&mut case.questions);
        case.questions = questions;
        let mut accounts = arrived.accounts;
        accounts.extend(case.prior_accounts.iter().cloned());
        case.prior_accounts = Shared::new(accounts);
        let mut events = arrived.events;
        events.extend(case.consent.events().iter().cloned());
        case.consent = Shared::new(ConsentLedger::try_from(events).ok()?);
        Some(case)
    }
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
