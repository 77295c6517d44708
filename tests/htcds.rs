//! The HTCDS 2.0 export: field names and codes from the standard's own sheet, consent from the
//! ledger, one case row per referral sent, the same rows in CSV and JSON, encrypted like every
//! export, and read by Python's `csv` module.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use age::secrecy::SecretString;
use serde_json::Value;
use tell_once::model::case::{AgencyRole, Case};
use tell_once::model::consent::{
    ConsentEvent, ConsentMethod, ConsentParty, ConsentPurpose, Decision,
};
use tell_once::model::directory::Service;
use tell_once::model::generate::generated_case;
use tell_once::model::htcds::{
    htcds_export, HtcdsExport, HtcdsField, HtcdsRow, OrganisationType, ReferralReason,
    HTCDS_STANDARD,
};
use tell_once::model::planner::latest_consent_time;
use tell_once::model::referral::{Referral, ReferralStatus, StatusChange};
use tell_once::model::sample::sample_case;
use tell_once::model::{
    AgeGroup, CaseId, ConsentEventId, LanguageTag, ReferralId, ServiceId, Timestamp,
};
use tell_once::vault::crypto::{open_with_passphrase, WorkFactor};
use tell_once::vault::export::{export_htcds, ExportError, HtcdsFormat, MAX_IMPORT_WORK_FACTOR};

const EXPORT_PASSPHRASE: &str = "pebble orchard compass 7";
const DAY: i64 = 86_400_000;

// ----- The standard's sheet -----

/// One field of the standard, as its sheet describes it.
struct StandardField {
    status: String,
    field_type: String,
    /// The picklist's value names (the codes), one per line in the sheet.
    value_names: Vec<String>,
}

/// The fields of IOM's HTCDS 2.0 sheet, kept unmodified in `tests/fixtures/htcds/`, by their
/// name including prefix.
fn standard() -> BTreeMap<String, StandardField> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/htcds/field-standards-2.0.csv");
    // Section title lines have one cell, field lines 9 to 13: the sheet is ragged.
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(&path)
        .unwrap_or_else(|e| panic!("HTCDS fixture {path:?}: {e}"));
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("the sheet has a column {name:?}"))
    };
    let (status, name, field_type, values) = (
        column("Status"),
        column("Field Name including Prefix"),
        column("Field Type"),
        column("Value Names (if picklist)"),
    );
    let mut fields = BTreeMap::new();
    for record in reader.records() {
        let record = record.unwrap();
        let cell = |i: usize| record.get(i).unwrap_or_default().trim().to_owned();
        if cell(name).is_empty() || cell(name) == "N/A" {
            continue;
        }
        fields.insert(
            cell(name),
            StandardField {
                status: cell(status),
                field_type: cell(field_type),
                value_names: cell(values).lines().map(|v| v.trim().to_owned()).collect(),
            },
        );
    }
    fields
}

#[test]
fn the_sheet_is_read_as_the_standard_publishes_it() {
    // Guards the reader above: a sheet read wrongly would make the checks below vacuous.
    let fields = standard();
    assert!(fields.len() > 80, "{} fields read", fields.len());
    assert_eq!(fields["con_Consent"].field_type, "Checkbox");
    assert_eq!(
        fields["cas_Status"].value_names,
        ["Active", "FollowUp", "Closed", "ClosedReferred"]
    );
    assert_eq!(
        fields["vic_AgreementToManagePersonalData"].status,
        "DEPRECATED"
    );
}

// ----- Cases -----

/// A moment after everything in the sample case.
fn later(case: &Case) -> Timestamp {
    Timestamp(latest_consent_time(case).0 + DAY)
}

fn event(
    id: &str,
    purpose: ConsentPurpose,
    decision: Decision,
    party: ConsentParty,
    at: Timestamp,
) -> ConsentEvent {
    ConsentEvent {
        id: ConsentEventId::new(id),
        purpose,
        decision,
        party,
        at,
        recorded_by: "Caseworker Ilse Marrow".to_owned(),
        method: ConsentMethod::Spoken,
        language: LanguageTag::new("es"),
        interpreter: None,
        understanding_confirmed: true,
        note: String::new(),
        corrects: None,
    }
}

fn take_part(id: &str, party: ConsentParty, at: Timestamp) -> ConsentEvent {
    event(id, ConsentPurpose::TakePart, Decision::Given, party, at)
}

fn service(id: &str, name: &str, organization: Option<&str>) -> Service {
    Service {
        id: ServiceId::new(id),
        name: name.to_owned(),
        description: String::new(),
        organization: organization.map(str::to_owned),
        categories: Vec::new(),
        languages: Vec::new(),
        phones: Vec::new(),
        email: None,
        url: None,
        hours: Vec::new(),
        eligibility: None,
    }
}

/// A referral to `service` that went through `steps`, one a day from `first_day` of the sample's month.
fn referral(id: &str, service: Service, steps: &[ReferralStatus], first_day: i64) -> Referral {
    let start = Timestamp(sample_start().0 + first_day * DAY);
    let mut referral = Referral::suggest(ReferralId::new(id), service, start);
    let mut from = ReferralStatus::Suggested;
    for (n, &to) in steps.iter().enumerate() {
        referral.history.push(StatusChange {
            from,
            to,
            at: Timestamp(start.0 + (n as i64 + 1) * DAY),
        });
        from = to;
    }
    referral.status = from;
    referral
}

/// 2026-02-01 00:00 UTC, the month of the sample case.
fn sample_start() -> Timestamp {
    Timestamp(1_769_904_000_000)
}

/// The sample case with more referrals: one sent with a note, one only suggested, one declined
/// before it was sent, and one sent and declined afterwards. The sample's own was sent on 13 February.
fn case_with_referrals() -> Case {
    use ReferralStatus::*;
    let mut case = sample_case();
    let mut legal = referral(
        "ref-legal",
        service(
            "svc-legal",
            "Tideway Legal Clinic",
            Some("Tideway Law Centre"),
        ),
        &[Offered, Accepted, Referred],
        14,
    );
    legal.note = "Appointment 3 March, 10:00; bring the \"residence\" letter.\nInterpreter booked."
        .to_owned();
    case.referrals.push(legal);
    case.referrals.push(referral(
        "ref-dentist",
        service("svc-dentist", "Quayside Dental Drop-in", None),
        &[],
        15,
    ));
    case.referrals.push(referral(
        "ref-counselling",
        service("svc-counselling", "Lanternfield Counselling", None),
        &[Offered, Declined],
        15,
    ));
    case.referrals.push(referral(
        "ref-training",
        service(
            "svc-training",
            "Saltmarsh Work Skills",
            Some("Saltmarsh College"),
        ),
        &[Offered, Accepted, Referred, Declined],
        16,
    ));
    case
}

// ----- Reading an export -----

/// The CSV's header and rows, read with the csv crate.
fn read_csv(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

fn header() -> Vec<String> {
    HtcdsExport::header()
        .iter()
        .map(|h| h.to_string())
        .collect()
}

/// Each CSV row as field name -> cell.
fn csv_rows(export: &HtcdsExport) -> Vec<BTreeMap<String, String>> {
    let (header, rows) = read_csv(&export.to_csv());
    rows.into_iter()
        .map(|row| header.iter().cloned().zip(row).collect())
        .collect()
}

/// The case rows (those with `con_Consent`).
fn case_rows(export: &HtcdsExport) -> Vec<BTreeMap<String, String>> {
    csv_rows(export)
        .into_iter()
        .filter(|row| !row["con_Consent"].is_empty())
        .collect()
}

fn consents(export: &HtcdsExport) -> Vec<String> {
    case_rows(export)
        .into_iter()
        .map(|row| row["con_Consent"].clone())
        .collect()
}

// ----- Field names and codes -----

#[test]
fn every_exported_column_is_a_current_field_of_the_standard() {
    let fields = standard();
    let (exported, _) = read_csv(&htcds_export(&sample_case(), later(&sample_case())).to_csv());
    assert_eq!(exported, header());
    for name in &exported {
        let field = fields
            .get(name)
            .unwrap_or_else(|| panic!("{name} is not a field of HTCDS 2.0"));
        assert_ne!(field.status, "DEPRECATED", "{name} is deprecated");
    }
    let named: BTreeSet<&str> = HtcdsField::ALL.iter().map(|f| f.name()).collect();
    assert_eq!(named.len(), HtcdsField::ALL.len(), "a column appears twice");
    for required in [
        "con_Consent",
        "cas_ReferredOrganisation",
        "cas_OutgoingReferralDate",
        "cas_ReasonForOutgoingReferral",
        "cas_OutgoingReferralDetails",
    ] {
        assert!(named.contains(required), "{required} is not exported");
    }
}

#[test]
fn coded_values_are_the_standards_value_names() {
    let fields = standard();
    let codes = |field: HtcdsField| -> BTreeSet<String> {
        fields[field.name()].value_names.iter().cloned().collect()
    };
    let types: BTreeSet<String> = OrganisationType::ALL
        .iter()
        .map(|t| t.code().to_owned())
        .collect();
    assert_eq!(types, codes(HtcdsField::OrganisationType));
    let reasons: BTreeSet<String> = ReferralReason::ALL
        .iter()
        .map(|r| r.code().to_owned())
        .collect();
    assert_eq!(reasons, codes(HtcdsField::ReasonForOutgoingReferral));
    // The types of the fields written as booleans and dates.
    assert_eq!(fields["con_Consent"].field_type, "Checkbox");
    assert_eq!(fields["cas_OutgoingReferralDate"].field_type, "Date");
}

#[test]
fn agencies_get_the_category_their_role_names_or_none() {
    use OrganisationType as T;
    let expected = [
        (AgencyRole::Police, Some(T::LawEnforcement)),
        (AgencyRole::Prosecutor, None),
        (AgencyRole::LabourInspectorate, None),
        (AgencyRole::Ngo, Some(T::Ngo)),
        (AgencyRole::Immigration, Some(T::ImmigrationService)),
        (AgencyRole::Medical, Some(T::HealthServiceOrganisation)),
        (AgencyRole::ChildProtection, None),
        (AgencyRole::Other, None),
    ];
    for (role, kind) in expected {
        assert_eq!(OrganisationType::of_role(role), kind, "{role:?}");
    }
}

// ----- Consent -----

#[test]
fn consent_given_to_take_part_is_checked() {
    let case = sample_case();
    assert_eq!(consents(&htcds_export(&case, later(&case))), ["true"]);
}

#[test]
fn consent_is_read_at_the_export_time() {
    let case = sample_case();
    // Taking part was given on 12 February at 10:00; the referral was sent on the 13th.
    let before = Timestamp(sample_start().0 + 11 * DAY + 9 * 3_600_000);
    let export = htcds_export(&case, before);
    assert_eq!(consents(&export), ["false"]);
    assert!(
        case_rows(&export)[0]["cas_ReferredOrganisation"].is_empty(),
        "the referral was not sent yet"
    );
}

#[test]
fn withdrawn_consent_is_not_checked() {
    let mut case = sample_case();
    let given = later(&case);
    let withdrawn = Timestamp(given.0 + DAY);
    case.consent
        .withdraw(
            ConsentEventId::new("c-take-part-withdrawn"),
            ConsentPurpose::TakePart,
            ConsentParty::Survivor,
            withdrawn,
            "Caseworker Ilse Marrow",
        )
        .unwrap();
    assert_eq!(consents(&htcds_export(&case, given)), ["true"]);
    assert_eq!(consents(&htcds_export(&case, withdrawn)), ["false"]);
}

#[test]
fn consent_never_asked_or_declined_is_not_checked() {
    let mut case = Case::new(CaseId::new("case-x"), "TO-2026-099", LanguageTag::new("ro"));
    let at = sample_start();
    let export = htcds_export(&case, at);
    assert_eq!(consents(&export), ["false"]);
    // Only the consent row: no agency, no referral, and the referral cells left empty.
    let rows = csv_rows(&export);
    assert_eq!(rows.len(), 1);
    for field in HtcdsField::ALL {
        if field != HtcdsField::Consent {
            assert_eq!(rows[0][field.name()], "", "{}", field.name());
        }
    }
    case.consent
        .record(event(
            "c-no",
            ConsentPurpose::TakePart,
            Decision::Declined,
            ConsentParty::Survivor,
            at,
        ))
        .unwrap();
    assert_eq!(consents(&htcds_export(&case, at)), ["false"]);
}

#[test]
fn consent_given_without_confirmed_understanding_is_not_checked() {
    let mut case = Case::new(CaseId::new("case-x"), "TO-2026-099", LanguageTag::new("ro"));
    let at = sample_start();
    let mut given = take_part("c-yes", ConsentParty::Survivor, at);
    given.understanding_confirmed = false;
    case.consent.record(given).unwrap();
    assert_eq!(consents(&htcds_export(&case, at)), ["false"]);
}

#[test]
fn a_minor_needs_the_guardian_and_the_childs_assent() {
    let mut case = sample_case();
    case.profile.age_group = AgeGroup::Minor;
    let at = later(&case);
    // The sample's consent to take part is the survivor's own: for a child, assent alone.
    assert_eq!(consents(&htcds_export(&case, at)), ["false"]);
    case.consent
        .record(take_part("c-guardian", ConsentParty::Guardian, at))
        .unwrap();
    assert_eq!(consents(&htcds_export(&case, at)), ["true"]);

    let mut guardian_only = Case::new(CaseId::new("case-y"), "TO-2026-100", LanguageTag::new("ro"));
    guardian_only.profile.age_group = AgeGroup::Minor;
    guardian_only
        .consent
        .record(take_part("c-guardian", ConsentParty::Guardian, at))
        .unwrap();
    assert_eq!(consents(&htcds_export(&guardian_only, at)), ["false"]);
    // The same ledger for an adult: the guardian's decision does not count.
    guardian_only.profile.age_group = AgeGroup::Adult;
    assert_eq!(consents(&htcds_export(&guardian_only, at)), ["false"]);
}

#[test]
fn other_purposes_do_not_stand_in_for_taking_part() {
    let mut case = Case::new(CaseId::new("case-x"), "TO-2026-099", LanguageTag::new("ro"));
    let at = sample_start();
    for (n, purpose) in [
        ConsentPurpose::Recording,
        ConsentPurpose::UseAsEvidence,
        ConsentPurpose::ContactAfterwards,
    ]
    .into_iter()
    .enumerate()
    {
        case.consent
            .record(event(
                &format!("c-{n}"),
                purpose,
                Decision::Given,
                ConsentParty::Survivor,
                at,
            ))
            .unwrap();
    }
    assert_eq!(consents(&htcds_export(&case, at)), ["false"]);
}

// ----- Referrals and organisations -----

#[test]
fn one_case_row_per_referral_sent_with_the_four_referral_fields() {
    let case = case_with_referrals();
    let rows = case_rows(&htcds_export(&case, later(&case)));
    let referral_fields = [
        "cas_ReferredOrganisation",
        "cas_OutgoingReferralDate",
        "cas_ReasonForOutgoingReferral",
        "cas_OutgoingReferralDetails",
    ];
    let got: Vec<Vec<&str>> = rows
        .iter()
        .map(|row| referral_fields.iter().map(|f| row[*f].as_str()).collect())
        .collect();
    assert_eq!(
        got,
        [
            vec![
                "Harbour Light Support Centre",
                "2026-02-13",
                "AdditionalServicesRequired",
                "Harbour Light Safe House",
            ],
            vec![
                "Tideway Law Centre",
                "2026-02-18",
                "AdditionalServicesRequired",
                "Tideway Legal Clinic\nAppointment 3 March, 10:00; bring the \"residence\" letter.\nInterpreter booked.",
            ],
            // Sent on the 20th, declined afterwards: it was an outgoing referral all the same.
            vec![
                "Saltmarsh College",
                "2026-02-20",
                "AdditionalServicesRequired",
                "Saltmarsh Work Skills",
            ],
        ]
    );
    for row in &rows {
        assert_eq!(
            row["con_Consent"], "true",
            "the case's consent on every case row"
        );
        assert_eq!(
            row["org_Name"], "",
            "a case row names its organisation by lookup"
        );
    }
}

#[test]
fn referrals_never_sent_leave_no_trace() {
    let case = case_with_referrals();
    let export = htcds_export(&case, later(&case));
    for text in [export.to_csv(), export.to_json()] {
        for unsent in ["Quayside Dental", "Lanternfield"] {
            assert!(!text.contains(unsent), "{unsent} in\n{text}");
        }
    }
}

#[test]
fn a_referral_sent_after_the_export_time_is_not_in_it() {
    let case = case_with_referrals();
    // The legal clinic referral was sent on 18 February, the training one on the 20th.
    let on_the_19th = Timestamp(sample_start().0 + 18 * DAY);
    let rows = case_rows(&htcds_export(&case, on_the_19th));
    let organisations: Vec<&str> = rows
        .iter()
        .map(|row| row["cas_ReferredOrganisation"].as_str())
        .collect();
    assert_eq!(
        organisations,
        ["Harbour Light Support Centre", "Tideway Law Centre"]
    );
}

#[test]
fn a_referral_sent_twice_is_one_row_dated_when_last_sent() {
    use ReferralStatus::*;
    let mut case = sample_case();
    case.referrals = vec![referral(
        "ref-again",
        service("svc-legal", "Tideway Legal Clinic", None),
        &[
            Offered, Accepted, Referred, Declined, Offered, Accepted, Referred,
        ],
        1,
    )];
    let rows = case_rows(&htcds_export(&case, later(&case)));
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["cas_ReferredOrganisation"], "Tideway Legal Clinic");
    assert_eq!(rows[0]["cas_OutgoingReferralDate"], "2026-02-09");
}

#[test]
fn a_referral_sent_without_a_kept_history_has_no_date() {
    let mut case = sample_case();
    case.referrals[0].history.clear();
    let rows = case_rows(&htcds_export(&case, later(&case)));
    assert_eq!(rows.len(), 1, "its status says it was sent");
    assert_eq!(
        rows[0]["cas_ReferredOrganisation"],
        "Harbour Light Support Centre"
    );
    assert_eq!(rows[0]["cas_OutgoingReferralDate"], "");
    // Still offered, with no history: never sent.
    case.referrals[0].status = ReferralStatus::Offered;
    let rows = case_rows(&htcds_export(&case, later(&case)));
    assert_eq!(rows[0]["cas_ReferredOrganisation"], "");
}

#[test]
fn organisations_are_listed_once_with_their_category() {
    let case = case_with_referrals();
    let organisations: Vec<(String, String)> = csv_rows(&htcds_export(&case, later(&case)))
        .into_iter()
        .filter(|row| !row["org_Name"].is_empty())
        .map(|row| (row["org_Name"].clone(), row["org_Type"].clone()))
        .collect();
    let expected = [
        ("Marrowby Police, Anti-Trafficking Unit", "LawEnforcement"),
        ("Tessaly County Prosecutor's Office", ""),
        // The NGO agency also runs the safe house: listed once, as the agency.
        ("Harbour Light Support Centre", "NGO"),
        ("Tideway Law Centre", ""),
        ("Saltmarsh College", ""),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(n, t)| (n.to_string(), t.to_string()))
        .collect();
    assert_eq!(organisations, expected);
}

#[test]
fn every_organisation_a_case_row_refers_to_has_its_own_row() {
    let mut sent_in_all = 0;
    for case in [case_with_referrals(), generated_case(3), generated_case(5)] {
        let at = Timestamp(i64::MAX / 2);
        let export = htcds_export(&case, at);
        let rows = csv_rows(&export);
        let listed: BTreeSet<&str> = rows.iter().map(|r| r["org_Name"].as_str()).collect();
        // The generator keeps no history: its referred and confirmed referrals were sent, undated.
        let sent = case
            .referrals
            .iter()
            .filter(|r| {
                r.referred_at(at).is_some()
                    || (r.history.is_empty()
                        && matches!(
                            r.status,
                            ReferralStatus::Referred | ReferralStatus::Confirmed
                        ))
            })
            .count();
        sent_in_all += sent;
        let referred: Vec<&str> = rows
            .iter()
            .map(|r| r["cas_ReferredOrganisation"].as_str())
            .filter(|name| !name.is_empty())
            .collect();
        assert_eq!(referred.len(), sent, "one case row per referral sent");
        for name in referred {
            assert!(listed.contains(name), "{name} has no organisation row");
        }
    }
    assert!(sent_in_all > 3, "the generated cases have referrals sent");
}

// ----- No names, one identifier -----

#[test]
fn no_persons_name_leaves_the_case() {
    let case = case_with_referrals();
    let export = htcds_export(&case, later(&case));
    let people: Vec<String> = case
        .sessions
        .iter()
        .flat_map(|s| s.attendees.iter().map(|a| a.name.clone()))
        .chain(case.consent.events().iter().map(|e| e.recorded_by.clone()))
        .chain(
            case.consent
                .events()
                .iter()
                .filter_map(|e| e.interpreter.clone()),
        )
        .collect();
    assert!(people.len() > 3, "the sample names people: {people:?}");
    for text in [export.to_csv(), export.to_json()] {
        for person in &people {
            assert!(!text.contains(person.as_str()), "{person} in\n{text}");
        }
    }
    let json: Value = serde_json::from_str(&export.to_json()).unwrap();
    assert_eq!(json["case_code"], "TO-2026-014");
}

// ----- JSON -----

#[test]
fn json_holds_the_same_rows_as_the_csv() {
    let case = case_with_referrals();
    let export = htcds_export(&case, later(&case));
    let json: Value = serde_json::from_str(&export.to_json()).unwrap();
    assert_eq!(json["standard"], HTCDS_STANDARD);
    assert_eq!(json["case_code"], "TO-2026-014");
    assert_eq!(json["fictional"], true);
    assert_eq!(json["exported_at"], later(&case).utc_date_time());
    let json_rows = json["rows"].as_array().unwrap();
    let csv = csv_rows(&export);
    assert_eq!(json_rows.len(), csv.len());
    assert_eq!(csv.len(), export.rows.len());
    for (json_row, csv_row) in json_rows.iter().zip(&csv) {
        let json_row = json_row.as_object().unwrap();
        for key in json_row.keys() {
            assert!(csv_row.contains_key(key), "{key} is not a CSV column");
        }
        for (name, cell) in csv_row {
            let in_json = match json_row.get(name) {
                None => String::new(),
                Some(Value::String(text)) => text.clone(),
                Some(Value::Bool(checked)) => checked.to_string(),
                Some(other) => panic!("{name} is {other} in JSON"),
            };
            assert_eq!(&in_json, cell, "{name}");
        }
    }
    // The checkbox is a JSON boolean, not a string.
    assert!(json_rows
        .iter()
        .any(|row| row["con_Consent"] == Value::Bool(true)));
}

#[test]
fn a_cell_a_spreadsheet_would_run_is_defused_in_the_csv_only() {
    use ReferralStatus::*;
    let mut case = sample_case();
    case.referrals = vec![referral(
        "ref-formula",
        service(
            "svc-x",
            "Quiet Help",
            Some("=HYPERLINK(\"http://example.invalid\")"),
        ),
        &[Offered, Accepted, Referred],
        1,
    )];
    case.referrals[0].note = "-1 bed left".to_owned();
    let export = htcds_export(&case, later(&case));
    let row = &case_rows(&export)[0];
    assert_eq!(
        row["cas_ReferredOrganisation"],
        "'=HYPERLINK(\"http://example.invalid\")"
    );
    assert_eq!(
        row["cas_OutgoingReferralDetails"],
        "Quiet Help\n-1 bed left"
    );
    let json: Value = serde_json::from_str(&export.to_json()).unwrap();
    let referred = json["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find_map(|row| row.get("cas_ReferredOrganisation"))
        .unwrap();
    assert_eq!(referred, "=HYPERLINK(\"http://example.invalid\")");
}

// ----- Dates -----

#[test]
fn dates_are_utc_days_in_iso_form() {
    assert_eq!(Timestamp(0).utc_date(), "1970-01-01");
    assert_eq!(Timestamp(-1).utc_date_time(), "1969-12-31T23:59:59Z");
    assert_eq!(sample_start().utc_date(), "2026-02-01");
    // 29 February 2024, 23:59:59.999 and a millisecond later.
    assert_eq!(Timestamp(1_709_251_199_999).utc_date(), "2024-02-29");
    assert_eq!(
        Timestamp(1_709_251_200_000).utc_date_time(),
        "2024-03-01T00:00:00Z"
    );
    assert_eq!(Timestamp(951_782_400_000).utc_date(), "2000-02-29");
}

// ----- Encrypted files -----

fn secret(s: &str) -> SecretString {
    SecretString::from(s.to_owned())
}

#[test]
fn encrypted_exports_open_with_the_apps_own_open_function() {
    let case = case_with_referrals();
    let now = later(&case);
    let export = htcds_export(&case, now);
    for (format, plaintext, extension) in [
        (HtcdsFormat::Csv, export.to_csv(), "csv"),
        (HtcdsFormat::Json, export.to_json(), "json"),
    ] {
        let file = export_htcds(
            &case,
            format,
            &secret(EXPORT_PASSPHRASE),
            WorkFactor::insecure_for_tests(10),
            now,
        )
        .unwrap();
        assert_eq!(
            file.file_name,
            format!("tell-once-htcds-TO-2026-014-2026-02-21.{extension}.age")
        );
        assert!(file
            .armored
            .starts_with("-----BEGIN AGE ENCRYPTED FILE-----"));
        assert!(!file.armored.contains("Harbour"), "the file is encrypted");
        let opened = open_with_passphrase(
            file.armored.as_bytes(),
            &secret(EXPORT_PASSPHRASE),
            MAX_IMPORT_WORK_FACTOR,
        )
        .unwrap();
        assert_eq!(String::from_utf8(opened.to_vec()).unwrap(), plaintext);
        assert!(open_with_passphrase(
            file.armored.as_bytes(),
            &secret("pebble orchard compass 8"),
            MAX_IMPORT_WORK_FACTOR,
        )
        .is_err());
    }
}

#[test]
fn an_htcds_export_needs_a_strong_passphrase() {
    let case = sample_case();
    let refused = export_htcds(
        &case,
        HtcdsFormat::Csv,
        &secret("password"),
        WorkFactor::insecure_for_tests(10),
        later(&case),
    );
    assert!(matches!(refused, Err(ExportError::WeakPassphrase(_))));
}

// ----- Python's csv module -----

#[test]
fn pythons_csv_module_reads_the_export_with_the_expected_header() {
    let case = case_with_referrals();
    let csv_text = htcds_export(&case, later(&case)).to_csv();
    // Read as the csv module's documentation asks (newline=''), so quoted line breaks stay.
    let script = "import csv, io, json, sys\n\
                  rows = list(csv.reader(io.TextIOWrapper(sys.stdin.buffer, encoding='utf-8', newline='')))\n\
                  print(json.dumps(rows))";
    let mut child = Command::new("python3")
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("python3 runs (the HTCDS interop test needs it)");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(csv_text.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "python3 failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let python: Vec<Vec<String>> = serde_json::from_slice(&out.stdout).unwrap();
    let (header, rows) = read_csv(&csv_text);
    assert_eq!(python[0], header);
    assert_eq!(
        python[0],
        [
            "org_Name",
            "org_Type",
            "con_Consent",
            "cas_ReferredOrganisation",
            "cas_OutgoingReferralDate",
            "cas_ReasonForOutgoingReferral",
            "cas_OutgoingReferralDetails",
        ]
    );
    assert_eq!(python[1..], rows[..]);
    assert!(
        python
            .iter()
            .any(|row| row.iter().any(|cell| cell.contains('\n'))),
        "a quoted line break reached Python whole"
    );
}

// ----- The rows as the model gives them -----

#[test]
fn the_sample_case_in_rows() {
    let case = sample_case();
    let export = htcds_export(&case, later(&case));
    assert_eq!(export.case_code, "TO-2026-014");
    assert_eq!(export.rows.len(), 4, "three agencies and one referral");
    assert_eq!(
        export.rows[0],
        HtcdsRow::Organisation {
            name: "Marrowby Police, Anti-Trafficking Unit".to_owned(),
            kind: Some(OrganisationType::LawEnforcement),
        }
    );
    let HtcdsRow::Case {
        consent: true,
        referral: Some(referral),
    } = &export.rows[3]
    else {
        panic!(
            "a case row with consent and the referral: {:?}",
            export.rows[3]
        );
    };
    assert_eq!(referral.reason, ReferralReason::AdditionalServicesRequired);
    assert_eq!(
        referral.referred_at.map(Timestamp::utc_date).as_deref(),
        Some("2026-02-13")
    );
}
