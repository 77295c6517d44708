//! The local directory of support services, imported from Open Referral HSDS 3.0.
//!
//! Import reads the JSON documents of the HSDS API (a service, a page of services, an
//! organization with its services, a service at a location) and the tabular CSV form
//! (`services.csv` with optional `phones.csv`, `languages.csv`, `schedules.csv`,
//! `organizations.csv`). Only the fields this tool shows are kept; the rest is ignored.
//! Input larger than `MAX_IMPORT_BYTES` is refused before it is parsed.

mod hours;
// The importers read into this module's types; they are named from where they live, not
// re-exported here, so the directory does not import its own importers.
pub mod hsds_csv;
pub mod hsds_json;
pub mod import;

use super::{LanguageTag, ServiceId};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The largest file an import reads: 5 MiB. A directory export is far smaller; anything bigger is refused unread.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

/// A phone number of a service.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Phone {
    pub number: String,
    pub description: Option<String>,
}

/// An entry of the support directory (the HSDS fields this tool uses).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: ServiceId,
    pub name: String,
    pub description: String,
    pub organization: Option<String>,
    pub categories: Vec<String>,
    /// BCP 47 codes or language names as the directory gives them.
    /// When the directory gives both, the import writes `Name (code)`, such as `Urdu (ur)`.
    pub languages: Vec<String>,
    pub phones: Vec<Phone>,
    pub email: Option<String>,
    pub url: Option<String>,
    /// Opening hours, one human-readable line per schedule.
    pub hours: Vec<String>,
    pub eligibility: Option<String>,
}

impl Service {
    /// Whether the service lists `language`, given as a code (`ur`, `pt-BR`) or a name (`Urdu`), case-insensitively.
    /// Codes match as [`LanguageTag::same_language`] reads them, so `pt-BR` finds a service that lists `pt`.
    pub fn speaks(&self, language: &str) -> bool {
        let wanted = language.trim();
        if wanted.is_empty() {
            return false;
        }
        let wanted_tag = LanguageTag::new(wanted);
        self.languages.iter().any(|entry| {
            let (name, code) = language_parts(entry);
            name.is_some_and(|name| name.eq_ignore_ascii_case(wanted))
                || code.is_some_and(|code| {
                    looks_like_code(wanted) && LanguageTag::new(code).same_language(&wanted_tag)
                })
        })
    }

    /// Whether the service is in `category`, compared case-insensitively.
    pub fn in_category(&self, category: &str) -> bool {
        let wanted = category.trim();
        self.categories
            .iter()
            .any(|own| own.trim().to_lowercase() == wanted.to_lowercase())
    }
}

/// How one language is written in `Service::languages`: `Name (code)`, or whichever of the two the directory gave.
fn language_entry(name: Option<&str>, code: Option<&str>) -> Option<String> {
    let name = name.map(str::trim).filter(|s| !s.is_empty());
    let code = code.map(str::trim).filter(|s| !s.is_empty());
    match (name, code) {
        (Some(name), Some(code)) => Some(format!("{name} ({code})")),
        (Some(only), None) | (None, Some(only)) => Some(only.to_owned()),
        (None, None) => None,
    }
}

/// The name and code of a `Service::languages` entry (the reverse of `language_entry`).
pub fn language_parts(entry: &str) -> (Option<&str>, Option<&str>) {
    let entry = entry.trim();
    if let Some(open) = entry.rfind(" (") {
        if let Some(code) = entry[open + 2..].strip_suffix(')') {
            return (Some(entry[..open].trim()), Some(code.trim()));
        }
    }
    if looks_like_code(entry) {
        (None, Some(entry))
    } else {
        (Some(entry), None)
    }
}

/// Whether text has the shape of a BCP 47 tag (`ur`, `eng`, `pt-BR`) rather than a language name.
fn looks_like_code(text: &str) -> bool {
    let mut subtags = text.split(['-', '_']);
    let primary = subtags.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_alphabetic())
        && subtags
            .all(|s| !s.is_empty() && s.len() <= 8 && s.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Appends `entry` unless an equal one (ignoring case) is already there.
fn push_unique(list: &mut Vec<String>, entry: String) {
    if !list.iter().any(|own| own.eq_ignore_ascii_case(&entry)) {
        list.push(entry);
    }
}

/// Appends `phone` unless the service already lists that number.
fn push_phone(list: &mut Vec<Phone>, phone: Phone) {
    if !list.iter().any(|own| own.number == phone.number) {
        list.push(phone);
    }
}

/// A dialable number from an HSDS number and extension, or `None` when the number is blank.
/// The HSDS examples wrap the number in literal quotes (a spreadsheet habit); a number never
/// contains them, so they are dropped.
fn phone_number(number: &str, extension: Option<&str>) -> Option<String> {
    let number = number.trim().trim_matches('"').trim();
    if number.is_empty() {
        return None;
    }
    Some(match extension.map(str::trim).filter(|e| !e.is_empty()) {
        Some(extension) => format!("{number} ext. {extension}"),
        None => number.to_owned(),
    })
}

/// Eligibility as the directory describes it, else built from the age limits.
fn eligibility(
    description: Option<&str>,
    minimum_age: Option<&str>,
    maximum_age: Option<&str>,
) -> Option<String> {
    if let Some(description) = description.map(str::trim).filter(|d| !d.is_empty()) {
        return Some(description.to_owned());
    }
    match (minimum_age, maximum_age) {
        (Some(min), Some(max)) => Some(format!("Ages {min} to {max}")),
        (Some(min), None) => Some(format!("Ages {min} and over")),
        (None, Some(max)) => Some(format!("Ages up to {max}")),
        (None, None) => None,
    }
}

/// Trimmed text, or `None` when blank.
fn non_blank(text: Option<&str>) -> Option<String> {
    text.map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
}

/// Why an import failed. Nothing was imported. Every variant names the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DirectoryError {
    /// The file is larger than `MAX_IMPORT_BYTES`.
    TooLarge {
        file: String,
        bytes: usize,
        limit: usize,
    },
    /// The file is not valid JSON (for example cut short).
    JsonSyntax {
        file: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// Valid JSON, but a field has the wrong type or a required field is missing.
    JsonShape {
        file: String,
        line: usize,
        column: usize,
        message: String,
    },
    /// Valid JSON that is none of the HSDS documents this import reads.
    UnknownJsonDocument { file: String },
    /// A required value is blank; `place` is a JSON field path such as `contents[0].name`.
    BlankJsonValue { file: String, place: String },
    /// A required column is not in the CSV header.
    CsvMissingColumn { file: String, column: String },
    /// A CSV row cannot be read (for example it has the wrong number of fields).
    CsvRow {
        file: String,
        line: u64,
        message: String,
    },
    /// A CSV row leaves a required column blank.
    CsvBlankValue {
        file: String,
        line: u64,
        column: String,
    },
    /// A row refers to a service that the services file does not have.
    UnknownService {
        file: String,
        line: u64,
        service_id: String,
    },
    /// Two services in one import have the same id; `place` is `line N` or a JSON field path.
    DuplicateService {
        file: String,
        place: String,
        id: ServiceId,
    },
}

impl fmt::Display for DirectoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooLarge { file, bytes, limit } => write!(
                f,
                "{file} is {bytes} bytes, more than the {limit} bytes a directory import reads; split it into smaller files"
            ),
            Self::JsonSyntax { file, line, column, message } => write!(
                f,
                "{file}, line {line}, column {column}: not valid JSON ({message}); check that the file is complete"
            ),
            Self::JsonShape { file, line, column, message } => write!(
                f,
                "{file}, line {line}, column {column}: not an HSDS document as expected ({message})"
            ),
            Self::UnknownJsonDocument { file } => write!(
                f,
                "{file} is not an HSDS service, service list, organization or service at location; export one of those"
            ),
            Self::BlankJsonValue { file, place } => {
                write!(f, "{file}: {place} is blank; every service needs it")
            }
            Self::CsvMissingColumn { file, column } => write!(
                f,
                "{file} has no column '{column}'; the first line must name the HSDS columns"
            ),
            Self::CsvRow { file, line, message } => {
                write!(f, "{file}, line {line}: {message}")
            }
            Self::CsvBlankValue { file, line, column } => {
                write!(f, "{file}, line {line}: the column '{column}' is blank; fill it in")
            }
            Self::UnknownService { file, line, service_id } => write!(
                f,
                "{file}, line {line}: service_id {service_id} is not in the services file; import them together"
            ),
            Self::DuplicateService { file, place, id } => write!(
                f,
                "{file}, {place}: service {id} appears twice; keep one entry per service"
            ),
        }
    }
}

impl std::error::Error for DirectoryError {}

/// Refuses `text` when it is larger than `MAX_IMPORT_BYTES`.
fn check_size(file: &str, text: &str) -> Result<(), DirectoryError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(DirectoryError::TooLarge {
            file: file.to_owned(),
            bytes: text.len(),
            limit: MAX_IMPORT_BYTES,
        });
    }
    Ok(())
}

/// What a merge changed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MergeSummary {
    /// Services that were not in the directory.
    pub added: usize,
    /// Services already there whose entry changed.
    pub updated: usize,
    /// Services already there, identical.
    pub unchanged: usize,
}

/// The local support directory: services kept in the order they were first imported, one per id.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Directory {
    services: Vec<Service>,
}

impl Directory {
    /// An empty directory.
    pub fn new() -> Self {
        Self::default()
    }

    /// Every service.
    pub fn services(&self) -> &[Service] {
        &self.services
    }

    /// The service with this id.
    pub fn get(&self, id: &ServiceId) -> Option<&Service> {
        self.services.iter().find(|service| &service.id == id)
    }

    /// Adds imported services; a service whose id is already there replaces the old entry in place, never duplicates it.
    pub fn merge(&mut self, imported: impl IntoIterator<Item = Service>) -> MergeSummary {
        let mut summary = MergeSummary::default();
        for service in imported {
            match self.services.iter_mut().find(|own| own.id == service.id) {
                Some(own) if *own == service => summary.unchanged += 1,
                Some(own) => {
                    *own = service;
                    summary.updated += 1;
                }
                None => {
                    self.services.push(service);
                    summary.added += 1;
                }
            }
        }
        summary
    }

    /// Services in `category` (when given) that speak `language` (when given, a code or a name), both case-insensitive.
    pub fn search(&self, category: Option<&str>, language: Option<&str>) -> Vec<&Service> {
        self.services
            .iter()
            .filter(|service| category.is_none_or(|c| service.in_category(c)))
            .filter(|service| language.is_none_or(|l| service.speaks(l)))
            .collect()
    }

    /// Services in `category` (when given) that speak one language, written in any of the ways
    /// in `spellings`: its tag and its names (`sq`, `Albanian`, `shqip`), since a directory may
    /// list a language by code or by name in any language. No spelling means any language.
    pub fn search_speaking(&self, category: Option<&str>, spellings: &[&str]) -> Vec<&Service> {
        self.services
            .iter()
            .filter(|service| category.is_none_or(|c| service.in_category(c)))
            .filter(|service| {
                spellings.is_empty() || spellings.iter().any(|&spelling| service.speaks(spelling))
            })
            .collect()
    }
}
