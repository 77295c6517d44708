//! Stored cases carry the version of their schema, so older documents can be migrated and
//! newer ones refused instead of misread.
//!
//! A stored case is the JSON envelope `{"schema": N, "case": {...}}`.
//!
//! Versions:
//! - **1**, the first prototype: the case's survivor profile was the field `survivor`; a
//!   question named its agency in `asked_by` and had `answered_by_record` (a prior account id
//!   or null) instead of `set_aside`, and no `credited_to` (questions could not be merged); the
//!   case had no `accepted` list.
//! - **2**: `profile`; questions with `agency`, `credited_to` and `set_aside`; the case keeps
//!   its accepted suggestions.
//! - **3**, current: the case keeps its `history`, every typed edit applied to it; a case of an
//!   earlier version starts one that begins where it was migrated.
//!
//! Fields added within a version have a default and are left out while they hold it, so that a
//! document without them reads as before and one that does not use them stays readable by the
//! program before: in version 3, the case's `held_sessions` (none), `question_requests`
//! (none), `evidence` (none) and `evidence_guidance` (none), and a session plan's `observers_outside` (false) and `question_break` (null: the
//! default).
//!
//! A case inside another document (the share packet of a question request, an agency's
//! contribution) is kept in this stored form too ([`stored_form`]), so that it says its version
//! and is migrated like any stored case when read.
//!
//! Unknown fields are refused at every level, with the field's name in the error.

use super::case::Case;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::fmt;

/// The schema version this program writes.
pub const CURRENT_SCHEMA: u32 = 3;

/// The stored form of a case.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoredCase {
    pub schema: u32,
    pub case: Case,
}

/// The same envelope, borrowing the case, for writing without a copy.
#[derive(Serialize)]
struct StoredCaseRef<'a> {
    schema: u32,
    case: &'a Case,
}

/// Why a stored case cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SchemaError {
    /// Not JSON at all.
    Malformed { detail: String },
    /// JSON, but not a `{"schema": ..., "case": ...}` object.
    NotAStoredCase,
    /// The `schema` field is missing or not a whole number.
    MissingVersion,
    /// Written by a newer version of the program.
    Newer { found: u64, supported: u32 },
    /// A version that never existed.
    UnknownVersion { found: u64 },
    /// A field this version does not know.
    UnknownField { field: String, detail: String },
    /// Anything else wrong with the contents: a missing field, a wrong type, an unknown value.
    Invalid { detail: String },
}

impl fmt::Display for SchemaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SchemaError::Malformed { detail } => {
                write!(f, "the file is not a readable case (not valid JSON: {detail})")
            }
            SchemaError::NotAStoredCase => write!(
                f,
                "the file is JSON but not a stored case: expected an object with \"schema\" and \"case\""
            ),
            SchemaError::MissingVersion => write!(
                f,
                "the stored case does not say its schema version (a whole number in \"schema\")"
            ),
            SchemaError::Newer { found, supported } => write!(
                f,
                "this case was saved with schema version {found}, but this program reads versions up to {supported}: \
                 update the program to open it"
            ),
            SchemaError::UnknownVersion { found } => {
                write!(f, "schema version {found} does not exist; the file may be damaged")
            }
            SchemaError::UnknownField { field, detail } => write!(
                f,
                "the stored case has a field \"{field}\" this program does not know ({detail})"
            ),
            SchemaError::Invalid { detail } => write!(f, "the stored case is not valid: {detail}"),
        }
    }
}

impl std::error::Error for SchemaError {}

/// The case as a stored JSON document of the current schema version.
pub fn encode_case(case: &Case) -> String {
    let stored = StoredCaseRef {
        schema: CURRENT_SCHEMA,
        case,
    };
    // Serialising these types cannot fail: every map key is a string and no value is a float.
    serde_json::to_string(&stored).unwrap_or_default()
}

/// Reads a stored case of any version up to the current one, migrating older versions.
pub fn decode_case(json: &str) -> Result<Case, SchemaError> {
    // Nearly every document is of the current version: read it straight into the case, in a
    // third of the time a JSON tree takes (a large case is read whole at every unlock and
    // import). Anything else, an error included, is read the general way below, which migrates
    // and says what is wrong.
    if let Ok(stored) = serde_json::from_str::<StoredCase>(json) {
        if stored.schema == CURRENT_SCHEMA {
            return Ok(stored.case);
        }
    }
    let document: Value = serde_json::from_str(json).map_err(|e| SchemaError::Malformed {
        detail: e.to_string(),
    })?;
    decode_stored(document)
}

/// Reads a stored case already parsed as JSON: what [`decode_case`] does after parsing.
fn decode_stored(document: Value) -> Result<Case, SchemaError> {
    let Value::Object(mut envelope) = document else {
        return Err(SchemaError::NotAStoredCase);
    };
    if let Some(field) = envelope.keys().find(|k| *k != "schema" && *k != "case") {
        return Err(SchemaError::UnknownField {
            field: field.clone(),
            detail: "the envelope holds only \"schema\" and \"case\"".to_owned(),
        });
    }
    let version = envelope
        .get("schema")
        .ok_or(SchemaError::MissingVersion)?
        .as_u64()
        .ok_or(SchemaError::MissingVersion)?;
    if version > u64::from(CURRENT_SCHEMA) {
        return Err(SchemaError::Newer {
            found: version,
            supported: CURRENT_SCHEMA,
        });
    }
    if version == 0 {
        return Err(SchemaError::UnknownVersion { found: version });
    }
    let mut case = envelope.remove("case").ok_or(SchemaError::NotAStoredCase)?;
    if version == 1 {
        case = migrate_v1_to_v2(case)?;
    }
    if version <= 2 {
        case = migrate_v2_to_v3(case)?;
    }
    serde_json::from_value(case).map_err(content_error)
}

fn content_error(error: serde_json::Error) -> SchemaError {
    let detail = error.to_string();
    // serde reports an unknown field as "unknown field `name`, expected ...".
    match detail
        .strip_prefix("unknown field `")
        .and_then(|rest| rest.split_once('`'))
    {
        Some((field, _)) => SchemaError::UnknownField {
            field: field.to_owned(),
            detail,
        },
        None => SchemaError::Invalid { detail },
    }
}

fn object<'a>(value: &'a mut Value, what: &str) -> Result<&'a mut Map<String, Value>, SchemaError> {
    value.as_object_mut().ok_or_else(|| SchemaError::Invalid {
        detail: format!("{what} must be an object"),
    })
}

fn rename(map: &mut Map<String, Value>, from: &str, to: &str) {
    if let Some(value) = map.remove(from) {
        map.insert(to.to_owned(), value);
    }
}

/// Version 1 to 2: `survivor` becomes `profile`; each question's `asked_by` becomes `agency`,
/// its `answered_by_record` becomes `set_aside` and it gains an empty `credited_to`; the case
/// gains an empty `accepted` list.
fn migrate_v1_to_v2(mut case: Value) -> Result<Value, SchemaError> {
    let map = object(&mut case, "the case")?;
    rename(map, "survivor", "profile");
    map.insert("accepted".to_owned(), Value::Array(Vec::new()));
    if let Some(questions) = map.get_mut("questions") {
        let questions = questions
            .as_array_mut()
            .ok_or_else(|| SchemaError::Invalid {
                detail: "the case's questions must be a list".to_owned(),
            })?;
        for question in questions {
            let question = object(question, "a question")?;
            rename(question, "asked_by", "agency");
            let set_aside = match question.remove("answered_by_record") {
                Some(Value::String(record)) => serde_json::json!({
                    "kind": "answered_by_record",
                    "record": record,
                }),
                _ => Value::Null,
            };
            question.insert("set_aside".to_owned(), set_aside);
            question.insert("credited_to".to_owned(), Value::Array(Vec::new()));
        }
    }
    Ok(case)
}

/// Version 2 to 3: the case gains a history that begins here, marked as begun on a case that
/// was made before; when it was made is not known, so the entry has no time.
fn migrate_v2_to_v3(mut case: Value) -> Result<Value, SchemaError> {
    let map = object(&mut case, "the case")?;
    map.insert(
        "history".to_owned(),
        serde_json::json!([{ "begins": { "at": null, "migrated": true } }]),
    );
    Ok(case)
}

/// Serde for a case held inside another document, in its stored form (`{"schema": N, "case":
/// {...}}`): written at the current version, read at any version [`decode_case`] reads. Use
/// with `#[serde(with = "crate::model::schema::stored_form")]`.
pub mod stored_form {
    use super::{decode_stored, Case, StoredCaseRef, CURRENT_SCHEMA};
    use serde::de::Error;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use serde_json::Value;

    pub fn serialize<S: Serializer>(case: &Case, serializer: S) -> Result<S::Ok, S::Error> {
        StoredCaseRef {
            schema: CURRENT_SCHEMA,
            case,
        }
        .serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Case, D::Error> {
        decode_stored(Value::deserialize(deserializer)?).map_err(D::Error::custom)
    }
}
