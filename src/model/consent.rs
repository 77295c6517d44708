//! The consent ledger: informed consent per purpose, append-only.

use super::{AgencyId, ConsentEventId, LanguageTag, ServiceId, Timestamp};
use serde::{Deserialize, Serialize};

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

/// The append-only ledger of a case's consent events, in the order they were recorded.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ConsentLedger {
    events: Vec<ConsentEvent>,
}

impl ConsentLedger {
    pub fn events(&self) -> &[ConsentEvent] {
        &self.events
    }
}
