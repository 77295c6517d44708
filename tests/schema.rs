//! Stored cases: versions, migration from version 1, refusal of newer versions and unknown fields.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::{json, Value};
use tell_once::model::case::Case;
use tell_once::model::case::{HistoryEntry, SetAside};
use tell_once::model::generate::generated_case;
use tell_once::model::planner::{accept, analyze};
use tell_once::model::sample::sample_case;
use tell_once::model::schema::{decode_case, encode_case, SchemaError, StoredCase, CURRENT_SCHEMA};
use tell_once::model::{AgencyId, PriorAccountId, QuestionId};

#[test]
fn current_version_is_three_and_written_in_the_envelope() {
    assert_eq!(CURRENT_SCHEMA, 3);
    let stored: Value = serde_json::from_str(&encode_case(&sample_case())).expect("json");
    assert_eq!(stored["schema"], json!(3));
    assert_eq!(stored["case"]["code"], json!("TO-2026-014"));
}

#[test]
fn a_case_with_accepted_suggestions_round_trips() {
    let case = analyze(&sample_case())
        .findings
        .iter()
        .filter_map(|f| f.suggestion.as_ref())
        .fold(sample_case(), |case, s| accept(&case, s).expect("applies"));
    assert_eq!(decode_case(&encode_case(&case)), Ok(case));
}

/// A version 1 document as the first prototype wrote it.
fn version_one() -> Value {
    json!({
        "schema": 1,
        "case": {
            "id": "case-7",
            "code": "TO-2025-007",
            "fictional": true,
            "survivor": {
                "language": "es",
                "interpreter_needed": true,
                "age_group": "minor",
                "accommodations": ["short sessions"],
                "avoid_topics": ["sexual-exploitation"],
                "support_person": "guardian ad litem"
            },
            "agencies": [
                {"id": "police", "name": "Kestlemoor Police", "role": "police"},
                {"id": "ngo", "name": "Orrin Quay Support", "role": "ngo"}
            ],
            "topics": {"extensions": []},
            "prior_accounts": [{
                "id": "pa-1", "agency": "police", "at": 1_767_225_600_000_i64, "form": "video_recorded",
                "topics": [{"topic": "travel", "coverage": "detailed"}], "obtainable": true
            }],
            "questions": [
                {
                    "id": "q-1", "asked_by": "ngo", "text": "Describe the journey.", "language": "en",
                    "topics": ["travel"], "phase": "account", "priority": "high",
                    "answered_by_record": "pa-1"
                },
                {
                    "id": "q-2", "asked_by": "police", "text": "Tell me about the house.", "language": "en",
                    "topics": ["accommodation"], "phase": "account", "priority": "normal",
                    "answered_by_record": null
                }
            ],
            "sessions": [],
            "consent": [],
            "referrals": []
        }
    })
}

#[test]
fn version_one_migrates() {
    let case = decode_case(&version_one().to_string()).expect("a version 1 case migrates");
    assert_eq!(case.code, "TO-2025-007");
    assert!(case.profile.interpreter_needed);
    assert_eq!(
        case.profile.support_person.as_deref(),
        Some("guardian ad litem")
    );
    let first = case.question(&QuestionId::new("q-1")).expect("q-1");
    assert_eq!(first.agency, AgencyId::new("ngo"));
    assert_eq!(
        first.set_aside,
        Some(SetAside::AnsweredByRecord {
            record: PriorAccountId::new("pa-1")
        })
    );
    assert!(first.credited_to.is_empty());
    let second = case.question(&QuestionId::new("q-2")).expect("q-2");
    assert_eq!(second.agency, AgencyId::new("police"));
    assert!(second.is_asked());
    assert!(case.accepted.is_empty());
    assert_eq!(
        case.history,
        [HistoryEntry::Begins {
            at: None,
            migrated: true
        }]
    );
    // Written back, it is a current document that reads the same.
    let again = encode_case(&case);
    assert!(again.starts_with("{\"schema\":3,"));
    assert_eq!(decode_case(&again), Ok(case));
}

#[test]
fn version_one_with_an_unknown_field_is_refused() {
    let mut document = version_one();
    document["case"]["questions"][0]["urgency"] = json!(3);
    assert!(matches!(
        decode_case(&document.to_string()),
        Err(SchemaError::UnknownField { field, .. }) if field == "urgency"
    ));
}

#[test]
fn a_newer_version_is_refused_naming_both_versions() {
    let mut document: Value = serde_json::from_str(&encode_case(&sample_case())).expect("json");
    document["schema"] = json!(4);
    let error = decode_case(&document.to_string()).expect_err("newer");
    assert_eq!(
        error,
        SchemaError::Newer {
            found: 4,
            supported: 3
        }
    );
    let message = error.to_string();
    assert!(
        message.contains("version 4") && message.contains("up to 3"),
        "{message}"
    );
}

#[test]
fn unknown_fields_are_refused_at_every_level() {
    let stored: Value = serde_json::from_str(&encode_case(&sample_case())).expect("json");
    type Change = fn(&mut Value);
    let cases: [(&str, Change); 5] = [
        ("signature", |d| d["signature"] = json!("x")),
        ("nickname", |d| d["case"]["nickname"] = json!("x")),
        ("real_name", |d| {
            d["case"]["profile"]["real_name"] = json!("x")
        }),
        ("mood", |d| d["case"]["questions"][0]["mood"] = json!("x")),
        ("catering", |d| {
            d["case"]["sessions"][0]["catering"] = json!(true)
        }),
    ];
    for (field, change) in cases {
        let mut document = stored.clone();
        change(&mut document);
        let error = decode_case(&document.to_string()).expect_err(field);
        assert!(
            matches!(&error, SchemaError::UnknownField { field: f, .. } if f == field),
            "{field}: {error:?}"
        );
        assert!(error.to_string().contains(field));
    }
}

#[test]
fn unknown_field_inside_an_accepted_suggestion_is_refused() {
    let case = accept(
        &sample_case(),
        &tell_once::model::case::Suggestion::Reword {
            question: QuestionId::new("q-passport"),
            text: "Tell me about your passport.".to_owned(),
        },
    )
    .expect("reword");
    let mut document: Value = serde_json::from_str(&encode_case(&case)).expect("json");
    document["case"]["accepted"][0]["suggestion"]["tone"] = json!("kind");
    assert!(matches!(
        decode_case(&document.to_string()),
        Err(SchemaError::UnknownField { field, .. }) if field == "tone"
    ));
}

#[test]
fn broken_documents_get_clear_errors() {
    assert!(matches!(
        decode_case("{not json"),
        Err(SchemaError::Malformed { .. })
    ));
    assert_eq!(decode_case("[1, 2]"), Err(SchemaError::NotAStoredCase));
    assert_eq!(
        decode_case("{\"case\": {}}"),
        Err(SchemaError::MissingVersion)
    );
    assert_eq!(
        decode_case("{\"schema\": \"two\", \"case\": {}}"),
        Err(SchemaError::MissingVersion)
    );
    assert_eq!(
        decode_case("{\"schema\": 0, \"case\": {}}"),
        Err(SchemaError::UnknownVersion { found: 0 })
    );
    assert_eq!(
        decode_case("{\"schema\": 2}"),
        Err(SchemaError::NotAStoredCase)
    );
    let mut document: Value = serde_json::from_str(&encode_case(&sample_case())).expect("json");
    document["case"]["questions"][0]
        .as_object_mut()
        .expect("object")
        .remove("phase");
    assert!(matches!(
        decode_case(&document.to_string()),
        Err(SchemaError::Invalid { detail }) if detail.contains("phase")
    ));
}

/// The same document read the general way: as a JSON tree, then into the stored case.
fn read_as_a_tree(document: &str) -> Case {
    let tree: Value = serde_json::from_str(document).expect("json");
    serde_json::from_value::<StoredCase>(tree)
        .expect("a stored case")
        .case
}

#[test]
fn a_current_document_reads_as_it_does_through_a_json_tree() {
    for case in [sample_case(), generated_case(2)] {
        let document = encode_case(&case);
        assert_eq!(
            decode_case(&document).as_ref(),
            Ok(&read_as_a_tree(&document))
        );
        assert_eq!(decode_case(&document), Ok(case));
    }
}

#[test]
fn a_current_document_with_a_repeated_field_reads_as_before() {
    // A JSON tree keeps the last of two equal keys; the direct reading refuses them, and the
    // document is then read the general way, as it always was.
    let document = encode_case(&sample_case()).replacen(
        "\"code\":\"TO-2026-014\"",
        "\"code\":\"TO-2026-999\",\"code\":\"TO-2026-014\"",
        1,
    );
    assert_ne!(
        document,
        encode_case(&sample_case()),
        "the key was repeated"
    );
    assert_eq!(decode_case(&document), Ok(sample_case()));
}
