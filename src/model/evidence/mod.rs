//! Evidence other than testimony: what can corroborate the topics of the survivor's account, who
//! holds it or will obtain it, and where the request for it stands.
//!
//! Trafficking cases are stronger when they do not rest on the survivor's word alone (DESIGN,
//! "Evidence"). An [`EvidenceItem`] names the topics it can corroborate; the planner's rule 8
//! ([`corroboration`](crate::model::planner::corroboration)) reads the items against the topics
//! the plan asks about. A catalogue ([`default_guidance`]) gives each default topic the kinds of
//! evidence that guidance names for it, one line each; a case may add lines of its own
//! ([`Case::evidence_guidance`](crate::model::case::Case::evidence_guidance)), as it may add topics.
//!
//! What reads a case's evidence (the catalogue of a case, the items on a topic, the checks of
//! an item against the case) is in [`of_case`].
//!
//! An item's status moves by [`check_move`]'s rules only: a request is made, then the item is
//! obtained or found not obtainable, never back, and no date goes before the one it follows.

use super::{AgencyId, EvidenceId, Timestamp, TopicId};

pub mod of_case;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::OnceLock;

/// What kind of thing an evidence item is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceKind {
    /// Passports, visas, tickets, arrival and border records, immigration records.
    IdentityAndTravelDocuments,
    /// Bank and money-transfer records, ledgers, receipts.
    FinancialRecords,
    /// Messages, letters, call records, advertisements, intercepted communications.
    Communications,
    /// Data from phones and other devices, such as location.
    DeviceData,
    /// Contracts, payroll, time and tax records, labour-inspection findings.
    EmploymentRecords,
    /// Tickets, hotel, rental and transport bookings.
    TransportAndAccommodationRecords,
    /// Medical and forensic reports, age assessments, expert reports.
    MedicalAndForensicReports,
    /// Photographs of people and premises, and physical objects.
    PhotographsAndObjects,
    /// Statements of other victims and of witnesses.
    WitnessStatements,
    Other,
}

impl EvidenceKind {
    /// Every kind, in the order a form lists them.
    pub const ALL: [EvidenceKind; 10] = [
        EvidenceKind::IdentityAndTravelDocuments,
        EvidenceKind::FinancialRecords,
        EvidenceKind::Communications,
        EvidenceKind::DeviceData,
        EvidenceKind::EmploymentRecords,
        EvidenceKind::TransportAndAccommodationRecords,
        EvidenceKind::MedicalAndForensicReports,
        EvidenceKind::PhotographsAndObjects,
        EvidenceKind::WitnessStatements,
        EvidenceKind::Other,
    ];

    /// A stable name, for message ids (`evidence-kind-<slug>`), element ids and evidence ids.
    pub fn slug(self) -> &'static str {
        match self {
            EvidenceKind::IdentityAndTravelDocuments => "documents",
            EvidenceKind::FinancialRecords => "financial",
            EvidenceKind::Communications => "communications",
            EvidenceKind::DeviceData => "device",
            EvidenceKind::EmploymentRecords => "employment",
            EvidenceKind::TransportAndAccommodationRecords => "transport",
            EvidenceKind::MedicalAndForensicReports => "medical",
            EvidenceKind::PhotographsAndObjects => "objects",
            EvidenceKind::WitnessStatements => "witnesses",
            EvidenceKind::Other => "other",
        }
    }

    /// The kind a slug names.
    pub fn from_slug(slug: &str) -> Option<EvidenceKind> {
        Self::ALL.into_iter().find(|kind| kind.slug() == slug)
    }

    /// The Fluent message id of the kind's name, e.g. `evidence-kind-financial`.
    pub fn message_id(self) -> String {
        format!("evidence-kind-{}", self.slug())
    }

    /// The kind's name in plain English (the UI translates by [`EvidenceKind::message_id`]).
    pub fn name(self) -> &'static str {
        match self {
            EvidenceKind::IdentityAndTravelDocuments => "identity and travel documents",
            EvidenceKind::FinancialRecords => "financial records",
            EvidenceKind::Communications => "communications",
            EvidenceKind::DeviceData => "device data (such as location)",
            EvidenceKind::EmploymentRecords => "employer, payroll and labour-inspection records",
            EvidenceKind::TransportAndAccommodationRecords => "transport and accommodation records",
            EvidenceKind::MedicalAndForensicReports => "medical and forensic reports",
            EvidenceKind::PhotographsAndObjects => "photographs and physical objects",
            EvidenceKind::WitnessStatements => "witness statements",
            EvidenceKind::Other => "other evidence",
        }
    }
}

/// Where the team stands with an evidence item, with the dates that got it there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case", deny_unknown_fields)]
pub enum EvidenceStatus {
    /// Known of, not asked for yet.
    ToRequest,
    /// Asked for at `at` from whoever holds it.
    Requested { at: Timestamp },
    /// In the team's hands since `at`; `requested_at` when it was asked for first.
    Obtained {
        requested_at: Option<Timestamp>,
        at: Timestamp,
    },
    /// Found at `at` not to be obtainable, for the reason `why`.
    NotObtainable { at: Timestamp, why: String },
}

impl EvidenceStatus {
    /// Requested or obtained: the team did something to have it, so the topics it covers do
    /// not rest on the survivor's word alone.
    pub fn corroborates(&self) -> bool {
        matches!(
            self,
            EvidenceStatus::Requested { .. } | EvidenceStatus::Obtained { .. }
        )
    }

    pub fn is_obtained(&self) -> bool {
        matches!(self, EvidenceStatus::Obtained { .. })
    }

    /// When it was asked for, if it was.
    pub fn requested_at(&self) -> Option<Timestamp> {
        match self {
            EvidenceStatus::Requested { at } => Some(*at),
            EvidenceStatus::Obtained { requested_at, .. } => *requested_at,
            EvidenceStatus::ToRequest | EvidenceStatus::NotObtainable { .. } => None,
        }
    }

    /// The latest date the status holds: a move may not go before it.
    pub fn latest(&self) -> Option<Timestamp> {
        match self {
            EvidenceStatus::ToRequest => None,
            EvidenceStatus::Requested { at }
            | EvidenceStatus::Obtained { at, .. }
            | EvidenceStatus::NotObtainable { at, .. } => Some(*at),
        }
    }

    /// A stable name, for message ids (`evidence-status-<slug>`) and element ids.
    pub fn slug(&self) -> &'static str {
        match self {
            EvidenceStatus::ToRequest => "to-request",
            EvidenceStatus::Requested { .. } => "requested",
            EvidenceStatus::Obtained { .. } => "obtained",
            EvidenceStatus::NotObtainable { .. } => "not-obtainable",
        }
    }
}

/// Something other than testimony that can corroborate topics of the account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvidenceItem {
    pub id: EvidenceId,
    pub kind: EvidenceKind,
    /// What it is, in plain words (e.g. "Bank statements of the recruiter's account").
    pub description: String,
    /// The topics it can corroborate.
    pub topics: Vec<TopicId>,
    /// The agency that holds it or will obtain it.
    pub agency: AgencyId,
    pub status: EvidenceStatus,
}

impl EvidenceItem {
    /// Whether the item can corroborate `topic`.
    pub fn covers(&self, topic: &TopicId) -> bool {
        self.topics.contains(topic)
    }
}

/// One line of the catalogue: a kind of evidence that can corroborate a topic, and what to look
/// for, in one line of plain English.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvidenceGuidance {
    pub topic: TopicId,
    pub kind: EvidenceKind,
    pub guidance: String,
}

impl EvidenceGuidance {
    /// The Fluent message id of a default line, `evidence-guidance-<topic>-<kind>`; a line a
    /// case added is shown as it was typed.
    pub fn message_id(&self) -> String {
        format!("evidence-guidance-{}-{}", self.topic, self.kind.slug())
    }
}

use super::topic::ids;
use EvidenceKind as K;

/// Topics against the evidence that guidance names for them (DESIGN, "Evidence"), for every
/// default topic, most usual first.
const DEFAULT_GUIDANCE: &[(&str, EvidenceKind, &str)] = &[
    (
        ids::BACKGROUND,
        K::IdentityAndTravelDocuments,
        "Civil and school records of where the person lived and studied before.",
    ),
    (
        ids::BACKGROUND,
        K::WitnessStatements,
        "Statements of family or neighbours about life before the recruitment.",
    ),
    (
        ids::RECRUITMENT,
        K::Communications,
        "Job and online advertisements, and messages on the platforms used.",
    ),
    (
        ids::RECRUITMENT,
        K::EmploymentRecords,
        "Contracts, recruitment and work-visa paperwork.",
    ),
    (
        ids::RECRUITMENT,
        K::FinancialRecords,
        "Fees paid to the recruiter: transfers and receipts.",
    ),
    (
        ids::TRAVEL,
        K::IdentityAndTravelDocuments,
        "Passports, visas, tickets, and arrival and border records.",
    ),
    (
        ids::TRAVEL,
        K::DeviceData,
        "Location data of the phones on the journey.",
    ),
    (
        ids::TRAVEL,
        K::TransportAndAccommodationRecords,
        "Bookings and tickets, and who paid for them.",
    ),
    (
        ids::ARRIVAL,
        K::IdentityAndTravelDocuments,
        "Arrival and border records.",
    ),
    (
        ids::ARRIVAL,
        K::TransportAndAccommodationRecords,
        "Pick-up, transport and first lodging records.",
    ),
    (
        ids::ACCOMMODATION,
        K::TransportAndAccommodationRecords,
        "Hotel and rental records of where the person was housed.",
    ),
    (
        ids::ACCOMMODATION,
        K::PhotographsAndObjects,
        "Photographs of the premises.",
    ),
    (
        ids::CONTROL_METHODS,
        K::Communications,
        "Messages and letters, call records, intercepted communications.",
    ),
    (
        ids::CONTROL_METHODS,
        K::PhotographsAndObjects,
        "Physical objects: locks, cameras, rules written down.",
    ),
    (
        ids::THREATS_AND_VIOLENCE,
        K::Communications,
        "Threatening messages and call records.",
    ),
    (
        ids::THREATS_AND_VIOLENCE,
        K::MedicalAndForensicReports,
        "Medical and forensic reports of injuries.",
    ),
    (
        ids::WORK_CONDITIONS,
        K::EmploymentRecords,
        "Labour-inspection findings, and the employer's records or their absence.",
    ),
    (
        ids::WORK_CONDITIONS,
        K::PhotographsAndObjects,
        "Photographs of the workplace.",
    ),
    (
        ids::WORKING_HOURS,
        K::EmploymentRecords,
        "Payroll, time and tax records; the employer's missing records.",
    ),
    (
        ids::WORKING_HOURS,
        K::DeviceData,
        "Phone location data showing time at the workplace.",
    ),
    (
        ids::PAYMENT_AND_DEBT,
        K::FinancialRecords,
        "Bank and money-transfer records.",
    ),
    (
        ids::PAYMENT_AND_DEBT,
        K::PhotographsAndObjects,
        "Ledgers, receipts and lists kept by the perpetrators.",
    ),
    (
        ids::IDENTITY_DOCUMENTS,
        K::IdentityAndTravelDocuments,
        "Documents seized in searches; immigration records.",
    ),
    (
        ids::INJURIES_AND_HEALTH,
        K::MedicalAndForensicReports,
        "Medical and forensic reports; expert testimony on trauma.",
    ),
    (
        ids::SEXUAL_EXPLOITATION,
        K::Communications,
        "Online advertisements and messages arranging clients.",
    ),
    (
        ids::SEXUAL_EXPLOITATION,
        K::FinancialRecords,
        "Payments from clients and to the perpetrators.",
    ),
    (
        ids::SEXUAL_EXPLOITATION,
        K::MedicalAndForensicReports,
        "Medical and forensic reports.",
    ),
    (
        ids::OTHER_VICTIMS,
        K::WitnessStatements,
        "Other victims' and witnesses' statements.",
    ),
    (
        ids::PERPETRATORS,
        K::Communications,
        "Phone links between the people involved.",
    ),
    (
        ids::PERPETRATORS,
        K::FinancialRecords,
        "Financial links between the people involved.",
    ),
    (
        ids::PERPETRATORS,
        K::WitnessStatements,
        "Other victims' and witnesses' statements.",
    ),
    (
        ids::LOCATIONS,
        K::TransportAndAccommodationRecords,
        "Hotel and rental records.",
    ),
    (ids::LOCATIONS, K::DeviceData, "Device location data."),
    (
        ids::LOCATIONS,
        K::PhotographsAndObjects,
        "Photographs of the premises.",
    ),
    (
        ids::EVIDENCE_HELD,
        K::PhotographsAndObjects,
        "The messages, photos, papers or objects the person still has, secured.",
    ),
    (
        ids::EVIDENCE_HELD,
        K::DeviceData,
        "An extraction of the person's phone, with their consent.",
    ),
    (
        ids::ESCAPE,
        K::WitnessStatements,
        "Statements of those who helped or saw the person leave.",
    ),
    (
        ids::ESCAPE,
        K::Communications,
        "Calls and messages around the time the person got away.",
    ),
    (
        ids::CURRENT_SAFETY,
        K::Communications,
        "Threats received since, and records of them.",
    ),
    (
        ids::CURRENT_SAFETY,
        K::Other,
        "Police and support-service records of the person's safety now.",
    ),
];

/// The default catalogue: the usual kinds of evidence for every default topic, one line each.
pub fn default_guidance() -> &'static [EvidenceGuidance] {
    static GUIDANCE: OnceLock<Vec<EvidenceGuidance>> = OnceLock::new();
    GUIDANCE.get_or_init(|| {
        DEFAULT_GUIDANCE
            .iter()
            .map(|(topic, kind, guidance)| EvidenceGuidance {
                topic: TopicId::new(*topic),
                kind: *kind,
                guidance: (*guidance).to_owned(),
            })
            .collect()
    })
}

/// How far the evidence of a case goes for one topic: the best status among the items that
/// cover it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Corroboration {
    /// No item covers it, or only items found not obtainable.
    None,
    /// Items are known of but none was asked for yet.
    ToRequest,
    /// An item was asked for; none is in hand yet.
    Requested,
    /// An item that covers it is in the team's hands.
    Obtained,
}

/// Why an evidence edit cannot be made. Nothing was changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EvidenceRefusal {
    /// The item says nothing of what it is.
    BlankDescription,
    /// The item names no topic it could corroborate.
    NoTopics,
    UnknownTopic {
        topic: TopicId,
    },
    /// The agency that holds or will obtain it is not in the case.
    UnknownAgency {
        agency: AgencyId,
    },
    /// A new item with an id the case already uses.
    AlreadyInCase {
        item: EvidenceId,
    },
    UnknownItem {
        item: EvidenceId,
    },
    /// Not obtainable, but no reason given.
    NoReason,
    /// A date of the status goes before the one it follows (obtained before it was requested,
    /// or a move dated before the status it leaves).
    DateBeforePrevious {
        date: Timestamp,
        previous: Timestamp,
    },
    /// The status cannot move this way (back to "to request", on from "obtained", or from a
    /// request to "obtained" with another request date).
    MoveNotAllowed {
        from: &'static str,
        to: &'static str,
    },
    /// The item was added by accepting a suggestion: undo that suggestion instead.
    AddedBySuggestion {
        item: EvidenceId,
    },
    /// A line of the catalogue needs words.
    BlankGuidance,
    /// The catalogue already names this kind for this topic.
    GuidanceAlreadyListed {
        topic: TopicId,
        kind: EvidenceKind,
    },
}

impl fmt::Display for EvidenceRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::BlankDescription => {
                f.write_str("the evidence has no description: say what it is")
            }
            Self::NoTopics => {
                f.write_str("the evidence names no topic: choose what it can corroborate")
            }
            Self::UnknownTopic { topic } => write!(
                f,
                "the topic {topic} is not in this case's catalogue: add it first"
            ),
            Self::UnknownAgency { agency } => write!(
                f,
                "there is no agency {agency} in this case to hold or obtain the evidence"
            ),
            Self::AlreadyInCase { item } => {
                write!(f, "the case already has evidence with the id {item}")
            }
            Self::UnknownItem { item } => write!(f, "there is no evidence {item} in this case"),
            Self::NoReason => {
                f.write_str("say why the evidence cannot be obtained")
            }
            Self::DateBeforePrevious { date, previous } => write!(
                f,
                "the date {} goes before {}, the date it follows",
                date.utc_date(),
                previous.utc_date()
            ),
            Self::MoveNotAllowed { from, to } => {
                write!(f, "evidence cannot move from {from} to {to}")
            }
            Self::AddedBySuggestion { item } => write!(
                f,
                "evidence {item} was requested by accepting a suggestion: undo that suggestion instead"
            ),
            Self::BlankGuidance => f.write_str("the line of guidance is empty: type what to look for"),
            Self::GuidanceAlreadyListed { topic, kind } => write!(
                f,
                "the catalogue already names {} for the topic {topic}",
                kind.name()
            ),
        }
    }
}

impl EvidenceRefusal {
    /// The id of the interface message that says this (`main.ftl`); its arguments are the
    /// variant's fields: `topic`, `agency`, `item` (the item's description or id), `date` and
    /// `previous` (dates), `from` and `to` (status names), `kind` (a kind's name).
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::BlankDescription => "evidence-error-blank-description",
            Self::NoTopics => "evidence-error-no-topics",
            Self::UnknownTopic { .. } => "evidence-error-unknown-topic",
            Self::UnknownAgency { .. } => "evidence-error-unknown-agency",
            Self::AlreadyInCase { .. } => "evidence-error-already-in-case",
            Self::UnknownItem { .. } => "evidence-error-unknown-item",
            Self::NoReason => "evidence-error-no-reason",
            Self::DateBeforePrevious { .. } => "evidence-error-date-before-previous",
            Self::MoveNotAllowed { .. } => "evidence-error-move-not-allowed",
            Self::AddedBySuggestion { .. } => "evidence-error-added-by-suggestion",
            Self::BlankGuidance => "evidence-error-blank-guidance",
            Self::GuidanceAlreadyListed { .. } => "evidence-error-guidance-already-listed",
        }
    }
}

impl std::error::Error for EvidenceRefusal {}

pub(crate) fn require(
    condition: bool,
    refusal: impl FnOnce() -> EvidenceRefusal,
) -> Result<(), EvidenceRefusal> {
    if condition {
        Ok(())
    } else {
        Err(refusal())
    }
}

fn not_before(date: Timestamp, previous: Option<Timestamp>) -> Result<(), EvidenceRefusal> {
    match previous {
        Some(previous) if date < previous => {
            Err(EvidenceRefusal::DateBeforePrevious { date, previous })
        }
        _ => Ok(()),
    }
}

/// Whether a status holds together by itself: a reason where it is not obtainable, and an
/// item obtained no earlier than it was requested.
pub fn check_status(status: &EvidenceStatus) -> Result<(), EvidenceRefusal> {
    match status {
        EvidenceStatus::NotObtainable { why, .. } => {
            require(!why.trim().is_empty(), || EvidenceRefusal::NoReason)
        }
        EvidenceStatus::Obtained { requested_at, at } => not_before(*at, *requested_at),
        EvidenceStatus::ToRequest | EvidenceStatus::Requested { .. } => Ok(()),
    }
}

/// Whether an item's status may move from `from` to `to`:
///
/// | from | to |
/// | --- | --- |
/// | to request | requested, obtained, not obtainable |
/// | requested | requested again (a later date), obtained (with that request date), not obtainable |
/// | not obtainable | requested (trying again) |
/// | obtained | nothing: it is in hand |
///
/// Nothing moves back to "to request", and no date goes before the latest date of `from`.
pub fn check_move(from: &EvidenceStatus, to: &EvidenceStatus) -> Result<(), EvidenceRefusal> {
    use EvidenceStatus as S;
    let refused = || EvidenceRefusal::MoveNotAllowed {
        from: from.slug(),
        to: to.slug(),
    };
    check_status(to)?;
    match (from, to) {
        (S::ToRequest, S::Requested { .. } | S::Obtained { .. } | S::NotObtainable { .. }) => {}
        (S::Requested { at: asked }, S::Obtained { requested_at, .. }) => {
            require(*requested_at == Some(*asked), refused)?
        }
        (S::Requested { .. }, S::Requested { .. } | S::NotObtainable { .. }) => {}
        (S::NotObtainable { .. }, S::Requested { .. }) => {}
        _ => return Err(refused()),
    }
    let date = to.latest().expect("every status moved to has a date");
    not_before(date, from.latest())
}
