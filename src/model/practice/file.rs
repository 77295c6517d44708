//! Practice files: a fictional case saved by a trainer as a scenario others can practise on.
//!
//! A practice file is plain JSON, not an encrypted vault export, on purpose: it holds only a case
//! the trainer marked fictional (the save is refused otherwise), it is meant to be handed around
//! a class, and a trainee opens it without any vault or passphrase.
//!
//! ```json
//! {"format": "tell-once-practice", "version": 1, "title": "...", "summary": "...",
//!  "language": "en", "case": {"schema": 2, "case": {...}}, "flaws": [...]}
//! ```
//!
//! The case sits in the same versioned envelope the vault stores ([`crate::model::schema`]), so
//! an older case is migrated and a newer one refused. The flaws are the planner's findings on the
//! case when it was saved, with those their fixes can bring to light: the trainee's task is to
//! fix them.

use super::scenarios::{Scenario, ScenarioOrigin};
use super::{planted_flaws, PlantedFlaw, PRACTICE_ID_PREFIX};
use crate::model::case::{Case, HistoryEntry};
use crate::model::planner::analyze;
use crate::model::schema::{decode_case, encode_case, SchemaError};
use crate::model::{CaseId, LanguageTag};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::fmt;

/// The value of `format` that marks a practice file.
pub const PRACTICE_FILE_FORMAT: &str = "tell-once-practice";
/// The practice file version this program writes and the newest it reads.
pub const PRACTICE_FILE_VERSION: u32 = 1;

/// Why a case cannot be saved as a practice file, or a file cannot be opened as one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PracticeFileError {
    /// Only a case marked fictional may become a practice file: real cases never leave the vault unencrypted.
    NotFictional,
    /// Not JSON at all.
    Malformed { detail: String },
    /// JSON, but not a practice file (no or another `format`).
    WrongFormat,
    /// Written by a newer version of the program.
    Newer { found: u64, supported: u32 },
    /// A practice file with something wrong inside (a missing field, an unknown flaw kind).
    Invalid { detail: String },
    /// The case inside cannot be read.
    Case(SchemaError),
}

impl fmt::Display for PracticeFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PracticeFileError::NotFictional => write!(
                f,
                "only a case marked fictional can be saved as a practice file; mark the case fictional \
                 in its profile if it is made up, and never use a real case for practice"
            ),
            PracticeFileError::Malformed { detail } => {
                write!(f, "the file is not a practice file (not valid JSON: {detail})")
            }
            PracticeFileError::WrongFormat => write!(
                f,
                "the file is not a Tell Once practice file; choose a file saved with \"Save as practice file\""
            ),
            PracticeFileError::Newer { found, supported } => write!(
                f,
                "this practice file has version {found}, but this program reads versions up to {supported}: \
                 update the program to open it"
            ),
            PracticeFileError::Invalid { detail } => {
                write!(f, "the practice file is damaged: {detail}")
            }
            PracticeFileError::Case(error) => write!(f, "the case in the practice file: {error}"),
        }
    }
}

impl std::error::Error for PracticeFileError {}

#[derive(Serialize)]
struct PracticeFileOut<'a> {
    format: &'static str,
    version: u32,
    title: &'a str,
    summary: &'a str,
    language: &'a LanguageTag,
    case: &'a Value,
    flaws: Vec<PlantedFlaw>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PracticeFileIn {
    #[allow(dead_code)]
    format: String,
    #[allow(dead_code)]
    version: u64,
    title: String,
    summary: String,
    language: LanguageTag,
    case: Value,
    flaws: Vec<PlantedFlaw>,
}

/// The case as a practice file; its flaws are what the planner finds in it now
/// ([`planted_flaws`]).
/// Refused unless the case is marked fictional.
pub fn practice_file(case: &Case, summary: &str) -> Result<String, PracticeFileError> {
    if !case.fictional {
        return Err(PracticeFileError::NotFictional);
    }
    // The file is not encrypted, and the history names who changed the case: a trainee starts
    // a history of their own.
    let without_history = Case {
        history: vec![HistoryEntry::begins(None).into()],
        ..case.clone()
    };
    let stored: Value = serde_json::from_str(&encode_case(&without_history)).map_err(|e| {
        PracticeFileError::Invalid {
            detail: e.to_string(),
        }
    })?;
    let file = PracticeFileOut {
        format: PRACTICE_FILE_FORMAT,
        version: PRACTICE_FILE_VERSION,
        title: &case.code,
        summary,
        // The language the case is written in, which is not always the survivor's.
        language: case
            .questions
            .first()
            .map_or(&case.profile.language, |q| &q.language),
        case: &stored,
        flaws: planted_flaws(&analyze(case)),
    };
    serde_json::to_string_pretty(&file).map_err(|e| PracticeFileError::Invalid {
        detail: e.to_string(),
    })
}

/// Reads a practice file as a scenario. The case gets a practice id, so that it can never be
/// taken for a case of the vault.
pub fn read_practice_file(json: &str) -> Result<Scenario, PracticeFileError> {
    let document: serde_json::Value =
        serde_json::from_str(json).map_err(|e| PracticeFileError::Malformed {
            detail: e.to_string(),
        })?;
    if document.get("format").and_then(|f| f.as_str()) != Some(PRACTICE_FILE_FORMAT) {
        return Err(PracticeFileError::WrongFormat);
    }
    let version = document
        .get("version")
        .and_then(|v| v.as_u64())
        .ok_or_else(|| PracticeFileError::Invalid {
            detail: "the version is missing or not a whole number".to_owned(),
        })?;
    if version > u64::from(PRACTICE_FILE_VERSION) {
        return Err(PracticeFileError::Newer {
            found: version,
            supported: PRACTICE_FILE_VERSION,
        });
    }
    if version == 0 {
        return Err(PracticeFileError::Invalid {
            detail: "version 0 does not exist".to_owned(),
        });
    }
    let file: PracticeFileIn =
        serde_json::from_str(json).map_err(|e| PracticeFileError::Invalid {
            detail: e.to_string(),
        })?;
    let mut case = decode_case(&file.case.to_string()).map_err(PracticeFileError::Case)?;
    // A file edited by hand into a real case is refused as firmly as saving one.
    if !case.fictional {
        return Err(PracticeFileError::NotFictional);
    }
    case.id = CaseId::new(format!("{PRACTICE_ID_PREFIX}file-{}", slug(&case.code)));
    Ok(Scenario {
        origin: ScenarioOrigin::File,
        title: file.title,
        summary: file.summary,
        language: file.language,
        case,
        flaws: file.flaws,
    })
}

/// Letters and digits of a code, lower-cased, other characters as dashes.
fn slug(code: &str) -> String {
    code.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}
