//! The consent ledger: informed consent per purpose, append-only.
//!
//! The ledger only grows. There is no edit and no delete: a mistake is corrected by a new
//! event that names the mistaken one in `corrects`, and from then on the mistaken event no
//! longer counts (at any time), while both stay in the history for audit.
//!
//! Rules `ConsentLedger::record` enforces (each rejected with a `ConsentError`):
//! - every event id is unique in the ledger;
//! - `recorded_by` and `language` are not blank: someone answers for the record, and informed
//!   consent is given in a known language;
//! - a correction names an event already in the ledger that no other event has corrected yet
//!   (to fix a correction, correct the correction);
//! - an event that is not a correction is not earlier than the latest counting event of the same
//!   purpose and party, so nobody can slip a decision in before one already recorded (a late
//!   paper form whose time really was earlier is entered as a correction, which shows in the history);
//! - a withdrawal (that is not a correction) follows a `Given` decision of the same party
//!   for the same purpose: withdrawing what was never given is a recording mistake.
//!
//! Rules `ConsentLedger::status` applies:
//! - the decision of a party for a purpose at time `at` is its last counting event at or before
//!   `at` (ties in time go to the one recorded later);
//! - an adult decides alone: only the survivor's own events count;
//! - a minor needs both the guardian's decision and the child's own assent; a withdrawal by
//!   either withdraws, a refusal by either declines;
//! - consent is informed or it is not consent: a `Given` event with `understanding_confirmed: false`
//!   gives `ConsentStatus::NotUnderstood`, never `Given`. A refusal or withdrawal needs no proof
//!   of understanding: the right to say no is unconditional.

use super::{AgeGroup, AgencyId, ConsentEventId, LanguageTag, ServiceId, Timestamp};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap};
use std::fmt;

/// What a consent is for. Sharing and referral consents name the agency or service they cover.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum ConsentPurpose {
    TakePart,
    Recording,
    UseAsEvidence,
    ShareRecord { agency: AgencyId },
    Referral { service: ServiceId },
    MedicalExamination,
    Photographs,
    ContactAfterwards,
}

impl fmt::Display for ConsentPurpose {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TakePart => f.write_str("taking part"),
            Self::Recording => f.write_str("audio or video recording"),
            Self::UseAsEvidence => f.write_str("use as evidence"),
            Self::ShareRecord { agency } => write!(f, "sharing the record with {agency}"),
            Self::Referral { service } => write!(f, "referral to {service}"),
            Self::MedicalExamination => f.write_str("medical examination"),
            Self::Photographs => f.write_str("photographs"),
            Self::ContactAfterwards => f.write_str("contact afterwards"),
        }
    }
}

/// The decision a consent event records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    Given,
    Declined,
    Withdrawn,
}

/// Who made the decision. For a minor, the survivor's own decision is their assent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentParty {
    Survivor,
    Guardian,
}

impl fmt::Display for ConsentParty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Survivor => "survivor",
            Self::Guardian => "guardian",
        })
    }
}

/// How the decision was given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentMethod {
    Spoken,
    Written,
    Signed,
}

/// One entry of the ledger. Never edited or deleted: a mistake is corrected by a new event that names it in `corrects`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsentEvent {
    pub id: ConsentEventId,
    pub purpose: ConsentPurpose,
    pub decision: Decision,
    pub party: ConsentParty,
    pub at: Timestamp,
    pub recorded_by: String,
    pub method: ConsentMethod,
    pub language: LanguageTag,
    pub interpreter: Option<String>,
    pub understanding_confirmed: bool,
    pub note: String,
    pub corrects: Option<ConsentEventId>,
}

/// Where the consent for one purpose stands at one moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentStatus {
    /// Informed consent is given (for a minor: by the guardian and with the child's assent).
    Given,
    /// The survivor (or, for a minor, the guardian or the child) said no.
    Declined,
    /// Consent was given and then withdrawn (for a minor: by either of them).
    Withdrawn,
    /// Nobody has decided yet.
    Missing,
    /// A `Given` decision was recorded without confirming that it was understood: not valid consent.
    NotUnderstood,
    /// A minor assented but the guardian's decision is missing.
    GuardianMissing,
    /// The guardian gave consent but the child's own assent is missing.
    AssentMissing,
}

impl ConsentStatus {
    /// Whether an item needing this consent may go ahead. Only `Given` allows it.
    pub fn is_given(self) -> bool {
        self == Self::Given
    }
}

impl fmt::Display for ConsentStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Given => "given",
            Self::Declined => "declined",
            Self::Withdrawn => "withdrawn",
            Self::Missing => "missing",
            Self::NotUnderstood => "given without confirmed understanding",
            Self::GuardianMissing => "the guardian's decision is missing",
            Self::AssentMissing => "the child's own assent is missing",
        })
    }
}

/// Why the ledger refused an event. Nothing was recorded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConsentError {
    /// An event with this id is already in the ledger.
    DuplicateId { id: ConsentEventId },
    /// The event corrects an id that is not in the ledger.
    UnknownCorrected {
        id: ConsentEventId,
        corrects: ConsentEventId,
    },
    /// The event corrects an event that another event already corrected.
    AlreadyCorrected {
        id: ConsentEventId,
        corrects: ConsentEventId,
        corrected_by: ConsentEventId,
    },
    /// Nobody is named as having recorded the event.
    BlankRecordedBy { id: ConsentEventId },
    /// The language the consent was given in is blank.
    BlankLanguage { id: ConsentEventId },
    /// The event is earlier than a counting event of the same purpose and party.
    OutOfOrder {
        id: ConsentEventId,
        purpose: ConsentPurpose,
        party: ConsentParty,
        at: Timestamp,
        latest: Timestamp,
    },
    /// A withdrawal of a consent this party has not given.
    NothingToWithdraw {
        id: ConsentEventId,
        purpose: ConsentPurpose,
        party: ConsentParty,
    },
}

impl fmt::Display for ConsentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::DuplicateId { id } => write!(
                f,
                "consent event {id} is already in the ledger; give the new event its own id"
            ),
            Self::UnknownCorrected { id, corrects } => write!(
                f,
                "consent event {id} corrects {corrects}, which is not in the ledger; name an event that was recorded"
            ),
            Self::AlreadyCorrected { id, corrects, corrected_by } => write!(
                f,
                "consent event {id} corrects {corrects}, which {corrected_by} already corrected; correct {corrected_by} instead"
            ),
            Self::BlankRecordedBy { id } => write!(
                f,
                "consent event {id} does not say who recorded it; fill in 'recorded by'"
            ),
            Self::BlankLanguage { id } => write!(
                f,
                "consent event {id} does not say in which language consent was explained; fill in the language"
            ),
            Self::OutOfOrder { id, purpose, party, at, latest } => write!(
                f,
                "consent event {id} for {purpose} by the {party} is at {}, earlier than the {party}'s decision already recorded at {}; \
                 record it with its real time as a correction of the event it changes",
                at.0, latest.0
            ),
            Self::NothingToWithdraw { id, purpose, party } => write!(
                f,
                "consent event {id} withdraws {purpose}, but the {party} has not given that consent; record a refusal instead"
            ),
        }
    }
}

impl std::error::Error for ConsentError {}

/// One line of a purpose's history: the event, and the event that corrected it if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConsentHistoryEntry<'a> {
    /// The event as recorded.
    pub event: &'a ConsentEvent,
    /// The event that corrected it; a corrected event no longer counts for status.
    pub corrected_by: Option<&'a ConsentEventId>,
}

/// The append-only ledger of a case's consent events, in the order they were recorded.
///
/// Reading one back (serde) replays every event through `record`, so a stored ledger that
/// breaks the rules is refused rather than trusted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Vec<ConsentEvent>", into = "Vec<ConsentEvent>")]
pub struct ConsentLedger {
    events: Vec<ConsentEvent>,
    /// Derived from `events` as they are recorded, never stored: it lets `record` check an
    /// event without reading the whole ledger, so that reading a stored ledger back (every
    /// event replayed through `record`) grows with its length, not with its square.
    index: LedgerIndex,
}

/// Where to find events by id, and the counting events of each purpose and party in order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct LedgerIndex {
    /// Event id -> its position in `events`.
    position: HashMap<ConsentEventId, usize>,
    /// Corrected event id -> position of the event that corrected it.
    corrected_by: HashMap<ConsentEventId, usize>,
    /// The counting (not corrected) events of each purpose and party, ordered by time, then
    /// by recording order: the last one at or before a time is the decision then.
    counting: HashMap<(ConsentPurpose, ConsentParty), BTreeSet<(Timestamp, usize)>>,
    /// Every event of each purpose, corrected ones included, in recording order: a purpose's
    /// history without reading the whole ledger (the consent section shows one per purpose).
    by_purpose: HashMap<ConsentPurpose, Vec<usize>>,
}

impl LedgerIndex {
    /// Takes in the event just recorded at `position`.
    fn add(&mut self, event: &ConsentEvent, position: usize, events: &[ConsentEvent]) {
        self.position.insert(event.id.clone(), position);
        self.by_purpose
            .entry(event.purpose.clone())
            .or_default()
            .push(position);
        if let Some(corrected) = &event.corrects {
            self.corrected_by.insert(corrected.clone(), position);
            let old_position = self.position[corrected];
            let old = &events[old_position];
            if let Some(times) = self.counting.get_mut(&(old.purpose.clone(), old.party)) {
                times.remove(&(old.at, old_position));
            }
        }
        self.counting
            .entry((event.purpose.clone(), event.party))
            .or_default()
            .insert((event.at, position));
    }
}

impl TryFrom<Vec<ConsentEvent>> for ConsentLedger {
    type Error = ConsentError;

    fn try_from(events: Vec<ConsentEvent>) -> Result<Self, Self::Error> {
        let mut ledger = Self::default();
        for event in events {
            ledger.record(event)?;
        }
        Ok(ledger)
    }
}

impl From<ConsentLedger> for Vec<ConsentEvent> {
    fn from(ledger: ConsentLedger) -> Self {
        ledger.events
    }
}

impl ConsentLedger {
    /// An empty ledger.
    pub fn new() -> Self {
        Self::default()
    }

    /// Every event, corrected ones included, in the order they were recorded.
    pub fn events(&self) -> &[ConsentEvent] {
        &self.events
    }

    /// The event with this id, if recorded.
    pub fn event(&self, id: &ConsentEventId) -> Option<&ConsentEvent> {
        self.index.position.get(id).map(|&at| &self.events[at])
    }

    /// The event that corrected the event `id`, if any.
    pub fn corrected_by(&self, id: &ConsentEventId) -> Option<&ConsentEvent> {
        self.index.corrected_by.get(id).map(|&at| &self.events[at])
    }

    /// Appends an event after checking the rules in the module documentation. On error nothing changes.
    pub fn record(&mut self, event: ConsentEvent) -> Result<(), ConsentError> {
        self.check(&event)?;
        let position = self.events.len();
        self.events.push(event);
        self.index
            .add(&self.events[position], position, &self.events);
        Ok(())
    }

    /// Whether `record` would take the event, without recording it.
    pub fn check(&self, event: &ConsentEvent) -> Result<(), ConsentError> {
        let id = &event.id;
        if self.event(id).is_some() {
            return Err(ConsentError::DuplicateId { id: id.clone() });
        }
        if event.recorded_by.trim().is_empty() {
            return Err(ConsentError::BlankRecordedBy { id: id.clone() });
        }
        if event.language.0.trim().is_empty() {
            return Err(ConsentError::BlankLanguage { id: id.clone() });
        }
        if let Some(corrects) = &event.corrects {
            if self.event(corrects).is_none() {
                return Err(ConsentError::UnknownCorrected {
                    id: id.clone(),
                    corrects: corrects.clone(),
                });
            }
            if let Some(earlier) = self.corrected_by(corrects) {
                return Err(ConsentError::AlreadyCorrected {
                    id: id.clone(),
                    corrects: corrects.clone(),
                    corrected_by: earlier.id.clone(),
                });
            }
            // A correction restates history, so it is not bound to come after later events.
            return Ok(());
        }
        let latest = self
            .decision_of(&event.purpose, event.party, Timestamp(i64::MAX))
            .map(|e| e.at);
        if let Some(latest) = latest {
            if event.at < latest {
                return Err(ConsentError::OutOfOrder {
                    id: id.clone(),
                    purpose: event.purpose.clone(),
                    party: event.party,
                    at: event.at,
                    latest,
                });
            }
        }
        if event.decision == Decision::Withdrawn {
            let current = self.decision_of(&event.purpose, event.party, event.at);
            if current.map(|e| e.decision) != Some(Decision::Given) {
                return Err(ConsentError::NothingToWithdraw {
                    id: id.clone(),
                    purpose: event.purpose.clone(),
                    party: event.party,
                });
            }
        }
        Ok(())
    }

    /// Records a withdrawal by `party` of the consent it gave for `purpose`: the event that
    /// [`withdrawal`](Self::withdrawal) builds.
    pub fn withdraw(
        &mut self,
        id: ConsentEventId,
        purpose: ConsentPurpose,
        party: ConsentParty,
        at: Timestamp,
        recorded_by: impl Into<String>,
    ) -> Result<&ConsentEvent, ConsentError> {
        let event = self.withdrawal(id, purpose, party, at, recorded_by)?;
        self.record(event)?;
        Ok(self.events.last().expect("the event was just recorded"))
    }

    /// The withdrawal by `party` of the consent it gave for `purpose`, built but not recorded;
    /// `NothingToWithdraw` when the party's decision at `at` is not `Given`.
    ///
    /// The withdrawal is spoken, in the language (and with the interpreter) of the consent it
    /// withdraws, with no note; record a full `ConsentEvent` when any of that differs. The
    /// other rules (a blank `recorded_by`, a duplicate id, ...) are checked when it is recorded.
    pub fn withdrawal(
        &self,
        id: ConsentEventId,
        purpose: ConsentPurpose,
        party: ConsentParty,
        at: Timestamp,
        recorded_by: impl Into<String>,
    ) -> Result<ConsentEvent, ConsentError> {
        let given = match self.decision_of(&purpose, party, at) {
            Some(event) if event.decision == Decision::Given => event,
            _ => return Err(ConsentError::NothingToWithdraw { id, purpose, party }),
        };
        Ok(ConsentEvent {
            id,
            purpose,
            decision: Decision::Withdrawn,
            party,
            at,
            recorded_by: recorded_by.into(),
            method: ConsentMethod::Spoken,
            language: given.language.clone(),
            interpreter: given.interpreter.clone(),
            // Withdrawal counts whatever was understood; the flag only matters for `Given`.
            understanding_confirmed: true,
            note: String::new(),
            corrects: None,
        })
    }

    /// The status of `purpose` at time `at` for a survivor of `age_group` (rules in the module documentation).
    pub fn status(
        &self,
        purpose: &ConsentPurpose,
        at: Timestamp,
        age_group: AgeGroup,
    ) -> ConsentStatus {
        let survivor = self.decision_of(purpose, ConsentParty::Survivor, at);
        match age_group {
            AgeGroup::Adult => party_status(survivor),
            AgeGroup::Minor => {
                let guardian = self.decision_of(purpose, ConsentParty::Guardian, at);
                minor_status(party_status(guardian), party_status(survivor))
            }
        }
    }

    /// Every event about `purpose`, corrected ones included, in time order (ties in recording order), for display.
    pub fn history(&self, purpose: &ConsentPurpose) -> Vec<ConsentHistoryEntry<'_>> {
        let positions = self
            .index
            .by_purpose
            .get(purpose)
            .map_or(&[][..], Vec::as_slice);
        let mut entries: Vec<_> = positions
            .iter()
            .map(|&position| &self.events[position])
            .map(|event| ConsentHistoryEntry {
                event,
                corrected_by: self.corrected_by(&event.id).map(|by| &by.id),
            })
            .collect();
        // Stable sort keeps recording order among equal times.
        entries.sort_by_key(|entry| entry.event.at);
        entries
    }

    /// Every purpose that has at least one event, in a fixed order, each once.
    pub fn purposes(&self) -> Vec<ConsentPurpose> {
        let mut purposes: Vec<_> = self.index.by_purpose.keys().cloned().collect();
        purposes.sort();
        purposes
    }

    /// The last counting event of `party` for `purpose` at or before `at`; a later-recorded event wins a tie.
    fn decision_of(
        &self,
        purpose: &ConsentPurpose,
        party: ConsentParty,
        at: Timestamp,
    ) -> Option<&ConsentEvent> {
        let counting = self.index.counting.get(&(purpose.clone(), party))?;
        counting
            .range(..=(at, usize::MAX))
            .next_back()
            .map(|&(_, position)| &self.events[position])
    }
}

/// One party's standing from their last counting event.
fn party_status(event: Option<&ConsentEvent>) -> ConsentStatus {
    match event {
        None => ConsentStatus::Missing,
        Some(event) => match event.decision {
            Decision::Given if event.understanding_confirmed => ConsentStatus::Given,
            Decision::Given => ConsentStatus::NotUnderstood,
            Decision::Declined => ConsentStatus::Declined,
            Decision::Withdrawn => ConsentStatus::Withdrawn,
        },
    }
}

/// A minor's status: a withdrawal by either withdraws, then a refusal by either declines,
/// then what is missing, then whether both were understood.
fn minor_status(guardian: ConsentStatus, child: ConsentStatus) -> ConsentStatus {
    use ConsentStatus::*;
    let either = |status| guardian == status || child == status;
    if either(Withdrawn) {
        Withdrawn
    } else if either(Declined) {
        Declined
    } else if guardian == Missing && child == Missing {
        Missing
    } else if guardian == Missing {
        GuardianMissing
    } else if child == Missing {
        AssentMissing
    } else if either(NotUnderstood) {
        NotUnderstood
    } else {
        Given
    }
}
