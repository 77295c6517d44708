//! A case's consent and referrals in the field names of IOM's Human Trafficking Case Data
//! Standard (HTCDS) 2.0, for case management systems built on it.
//!
//! Every column name and every coded value is taken from the standard's field sheet
//! (`tests/fixtures/htcds/field-standards-2.0.csv`, whose tests check them): a column is the
//! field's "field name including prefix", a coded value is the picklist's value name (not its
//! label), a checkbox is `true` or `false`, and a date is ISO 8601 (`2026-02-13`, the UTC day).
//!
//! Layout. HTCDS 2.0 is one flat list of fields, each prefixed by the record it belongs to
//! (`org_` an organisation, `cas_` the case, `con_` its consent); a lookup field such as
//! `cas_ReferredOrganisation` names a record of another kind. The export is one table of those
//! fields, with two kinds of row, told apart by which fields they fill:
//! - an organisation row per organisation the case knows (its agencies, then the organisations
//!   it referred the survivor to, each name once): `org_Name`, `org_Type`;
//! - a case row per outgoing referral (the standard puts the referral on the case and notes
//!   "there may be multiple referred organisations"), repeating the case's `con_Consent`; a case
//!   without an outgoing referral has one case row with its consent only.
//!
//! A referral of a directory service becomes an outgoing referral once it was sent
//! ([`Referral::referred_at`]; undated when its status says so but its history was not kept):
//! HTCDS defines the date as the day the organisation made the referral, and a referral only
//! suggested, offered or declined was never made (nor consented to, which referring needs). `con_Consent` is the standard's one consent field, whose
//! guidance asks whether the individual consents (or assents) to the interview: it is the
//! ledger's status for taking part at the export's time, for the survivor's age group, so a
//! minor's needs the guardian and the child's assent ([`ConsentLedger::status`]).
//!
//! HTCDS 2.0 has no case identifier field; the pseudonymous case code goes in the file name and
//! the JSON envelope, never a name. What it cannot hold stays Tell Once's own: consent per
//! purpose and its history, referral statuses, the interview itself.
//!
//! [`ConsentLedger::status`]: super::consent::ConsentLedger::status

use super::case::{AgencyRole, Case};
use super::consent::ConsentPurpose;
use super::referral::{Referral, ReferralStatus};
use super::Timestamp;
use serde::Serialize;
use serde_json::{Map, Value};

/// The version of the standard the export follows, as it names itself.
pub const HTCDS_STANDARD: &str = "HTCDS 2.0";

/// An HTCDS field the export writes. The order of [`HtcdsField::ALL`] is the column order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HtcdsField {
    OrganisationName,
    OrganisationType,
    Consent,
    ReferredOrganisation,
    OutgoingReferralDate,
    ReasonForOutgoingReferral,
    OutgoingReferralDetails,
}

impl HtcdsField {
    /// Every field the export writes, in column order: organisations first, as the standard lists them.
    pub const ALL: [HtcdsField; 7] = [
        Self::OrganisationName,
        Self::OrganisationType,
        Self::Consent,
        Self::ReferredOrganisation,
        Self::OutgoingReferralDate,
        Self::ReasonForOutgoingReferral,
        Self::OutgoingReferralDetails,
    ];

    /// The field's name in the standard, prefix included: the column header.
    pub const fn name(self) -> &'static str {
        match self {
            Self::OrganisationName => "org_Name",
            Self::OrganisationType => "org_Type",
            Self::Consent => "con_Consent",
            Self::ReferredOrganisation => "cas_ReferredOrganisation",
            Self::OutgoingReferralDate => "cas_OutgoingReferralDate",
            Self::ReasonForOutgoingReferral => "cas_ReasonForOutgoingReferral",
            Self::OutgoingReferralDetails => "cas_OutgoingReferralDetails",
        }
    }
}

/// The standard's organisation categories (`org_Type`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OrganisationType {
    Ngo,
    LawEnforcement,
    HealthServiceOrganisation,
    CentralGovernmentOrganisation,
    LocalGovernmentOrganisation,
    ImmigrationService,
    LegalService,
    CorporateBusiness,
    SchoolOrCollege,
}

impl OrganisationType {
    /// Every category, in the standard's order.
    pub const ALL: [OrganisationType; 9] = [
        Self::Ngo,
        Self::LawEnforcement,
        Self::HealthServiceOrganisation,
        Self::CentralGovernmentOrganisation,
        Self::LocalGovernmentOrganisation,
        Self::ImmigrationService,
        Self::LegalService,
        Self::CorporateBusiness,
        Self::SchoolOrCollege,
    ];

    /// The picklist value name the standard writes.
    pub const fn code(self) -> &'static str {
        match self {
            Self::Ngo => "NGO",
            Self::LawEnforcement => "LawEnforcement",
            Self::HealthServiceOrganisation => "HealthServiceOrganisation",
            Self::CentralGovernmentOrganisation => "CentralGovernmentOrganisation",
            Self::LocalGovernmentOrganisation => "LocalGovernmentOrganisation",
            Self::ImmigrationService => "ImmigrationService",
            Self::LegalService => "LegalService",
            Self::CorporateBusiness => "CorporateBusiness",
            Self::SchoolOrCollege => "SchoolOrCollege",
        }
    }

    /// The category of an agency with this role, where the role alone says it. A prosecutor, a
    /// labour inspectorate or a child protection team is national government in one country,
    /// local government (or, for child protection, an NGO) in another, and the standard has no
    /// prosecution category: a guess would be a wrong value, so those are left empty.
    pub const fn of_role(role: AgencyRole) -> Option<Self> {
        match role {
            AgencyRole::Police => Some(Self::LawEnforcement),
            AgencyRole::Ngo => Some(Self::Ngo),
            AgencyRole::Immigration => Some(Self::ImmigrationService),
            AgencyRole::Medical => Some(Self::HealthServiceOrganisation),
            AgencyRole::Prosecutor
            | AgencyRole::LabourInspectorate
            | AgencyRole::ChildProtection
            | AgencyRole::Other => None,
        }
    }
}

/// The standard's reasons for an outgoing referral (`cas_ReasonForOutgoingReferral`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReferralReason {
    AdditionalServicesRequired,
    MigrationOrChangeOfLocation,
    Other,
}

impl ReferralReason {
    /// Every reason, in the standard's order.
    pub const ALL: [ReferralReason; 3] = [
        Self::AdditionalServicesRequired,
        Self::MigrationOrChangeOfLocation,
        Self::Other,
    ];

    /// The picklist value name the standard writes.
    pub const fn code(self) -> &'static str {
        match self {
            Self::AdditionalServicesRequired => "AdditionalServicesRequired",
            Self::MigrationOrChangeOfLocation => "MigrationOrChangeOfLocation",
            Self::Other => "Other",
        }
    }
}

/// A referral that was sent, as HTCDS records an outgoing referral.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutgoingReferral {
    /// The organisation running the service (the service's own name when the directory gives none).
    pub organisation: String,
    /// When it was sent: the last move to `Referred` at the export's time; `None` when the
    /// status says it was sent but the history does not say when (a case from a file made
    /// without the history), so the date is left empty rather than made up.
    pub referred_at: Option<Timestamp>,
    /// Always additional services: every referral of Tell Once is to a support service.
    pub reason: ReferralReason,
    /// The service referred to, then the referral's note if it has one.
    pub details: String,
}

impl OutgoingReferral {
    /// The outgoing referral `referral` stands for at `as_of`, if it was sent by then.
    fn of(referral: &Referral, as_of: Timestamp) -> Option<Self> {
        let referred_at = referral.referred_at(as_of);
        // A case from a file made without the history can say it was sent but not when.
        let sent_undated = || {
            matches!(
                referral.status,
                ReferralStatus::Referred | ReferralStatus::Confirmed
            ) && !referral
                .history
                .iter()
                .any(|change| change.to == ReferralStatus::Referred)
        };
        if referred_at.is_none() && !sent_undated() {
            return None;
        }
        let service = &referral.service;
        let organisation = service
            .organization
            .as_deref()
            .map(str::trim)
            .filter(|name| !name.is_empty())
            .unwrap_or(service.name.trim())
            .to_owned();
        let note = referral.note.trim();
        let details = if note.is_empty() {
            service.name.trim().to_owned()
        } else {
            format!("{}\n{note}", service.name.trim())
        };
        Some(Self {
            organisation,
            referred_at,
            reason: ReferralReason::AdditionalServicesRequired,
            details,
        })
    }
}

/// One row of the export (the module documentation gives the layout).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HtcdsRow {
    /// An organisation the case knows: an agency, or one it referred the survivor to.
    Organisation {
        name: String,
        /// Empty where Tell Once cannot tell the standard's category.
        kind: Option<OrganisationType>,
    },
    /// The case, with one outgoing referral or none.
    Case {
        /// `con_Consent`: informed consent to taking part is given at the export's time.
        consent: bool,
        referral: Option<OutgoingReferral>,
    },
}

impl HtcdsRow {
    /// The row's value of `field`, `None` where the field is not part of this kind of row or is
    /// unknown: a string for text, codes and dates, a boolean for a checkbox.
    pub fn value(&self, field: HtcdsField) -> Option<Value> {
        use HtcdsField as F;
        let text = |s: &str| Some(Value::String(s.to_owned()));
        match (self, field) {
            (Self::Organisation { name, .. }, F::OrganisationName) => text(name),
            (Self::Organisation { kind, .. }, F::OrganisationType) => {
                kind.and_then(|kind| text(kind.code()))
            }
            (Self::Case { consent, .. }, F::Consent) => Some(Value::Bool(*consent)),
            (
                Self::Case {
                    referral: Some(referral),
                    ..
                },
                field,
            ) => match field {
                F::ReferredOrganisation => text(&referral.organisation),
                F::OutgoingReferralDate => referral.referred_at.and_then(|at| text(&at.utc_date())),
                F::ReasonForOutgoingReferral => text(referral.reason.code()),
                F::OutgoingReferralDetails => text(&referral.details),
                F::OrganisationName | F::OrganisationType | F::Consent => None,
            },
            _ => None,
        }
    }
}

/// A case's HTCDS rows, with what names the case outside the standard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HtcdsExport {
    /// The pseudonymous case code: the case's only identifier in the export.
    pub case_code: String,
    /// A practice case; HTCDS cannot say so, the JSON envelope does.
    pub fictional: bool,
    pub exported_at: Timestamp,
    pub rows: Vec<HtcdsRow>,
}

/// The HTCDS rows of `case` as they stand at `at` (the module documentation gives the layout).
pub fn htcds_export(case: &Case, at: Timestamp) -> HtcdsExport {
    let consent = case
        .consent
        .status(&ConsentPurpose::TakePart, at, case.profile.age_group)
        .is_given();
    let referrals: Vec<OutgoingReferral> = case
        .referrals
        .iter()
        .filter_map(|referral| OutgoingReferral::of(referral, at))
        .collect();

    let mut rows: Vec<HtcdsRow> = Vec::new();
    let mut add_organisation = |name: &str, kind: Option<OrganisationType>| {
        let name = name.trim();
        let known = rows.iter().any(|row| match row {
            // Exactly the same name, so that a case row's lookup finds its row.
            HtcdsRow::Organisation { name: known, .. } => known == name,
            HtcdsRow::Case { .. } => false,
        });
        if !name.is_empty() && !known {
            rows.push(HtcdsRow::Organisation {
                name: name.to_owned(),
                kind,
            });
        }
    };
    for agency in &case.agencies {
        add_organisation(&agency.name, OrganisationType::of_role(agency.role));
    }
    for referral in &referrals {
        add_organisation(&referral.organisation, None);
    }

    if referrals.is_empty() {
        rows.push(HtcdsRow::Case {
            consent,
            referral: None,
        });
    }
    rows.extend(referrals.into_iter().map(|referral| HtcdsRow::Case {
        consent,
        referral: Some(referral),
    }));
    HtcdsExport {
        case_code: case.code.clone(),
        fictional: case.fictional,
        exported_at: at,
        rows,
    }
}

/// The JSON form: the standard's fields in `rows`, Tell Once's own facts around them.
#[derive(Serialize)]
struct JsonExport<'a> {
    standard: &'static str,
    case_code: &'a str,
    fictional: bool,
    exported_at: String,
    rows: Vec<Map<String, Value>>,
}

impl HtcdsExport {
    /// The column headers: the names of [`HtcdsField::ALL`].
    pub fn header() -> [&'static str; 7] {
        HtcdsField::ALL.map(HtcdsField::name)
    }

    /// Comma-separated values (RFC 4180: CRLF line ends, quotes where needed), one header line
    /// and a line per row, an empty cell where a row has no value.
    ///
    /// A cell that a spreadsheet would run as a formula (starting `=`, `+`, `-`, `@`, a tab or
    /// a carriage return) gets a leading `'`: names and notes come from people and from
    /// imported directories, and opening the export must not run what they hold.
    pub fn to_csv(&self) -> String {
        let mut writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::new());
        // Writing to memory cannot fail, and every record has the header's length.
        writer
            .write_record(Self::header())
            .expect("the header is written to memory");
        for row in &self.rows {
            let cells = HtcdsField::ALL.map(|field| match row.value(field) {
                Some(Value::String(text)) => spreadsheet_safe(text),
                Some(Value::Bool(checked)) => checked.to_string(),
                Some(other) => other.to_string(),
                None => String::new(),
            });
            writer
                .write_record(&cells)
                .expect("a row is written to memory");
        }
        let bytes = writer.into_inner().expect("the rows are written to memory");
        String::from_utf8(bytes).expect("every cell was UTF-8 text")
    }

    /// Pretty JSON: `standard`, `case_code`, `fictional`, `exported_at` (ISO 8601, UTC) and
    /// `rows`, each an object of the fields it has a value for, under the standard's names.
    pub fn to_json(&self) -> String {
        let rows = self
            .rows
            .iter()
            .map(|row| {
                HtcdsField::ALL
                    .iter()
                    .filter_map(|&field| Some((field.name().to_owned(), row.value(field)?)))
                    .collect()
            })
            .collect();
        let export = JsonExport {
            standard: HTCDS_STANDARD,
            case_code: &self.case_code,
            fictional: self.fictional,
            exported_at: self.exported_at.utc_date_time(),
            rows,
        };
        serde_json::to_string_pretty(&export).expect("strings, booleans and maps always serialize")
    }
}

/// `text` with a leading `'` when a spreadsheet would read it as a formula.
fn spreadsheet_safe(text: String) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text
    }
}
