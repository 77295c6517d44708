//! Reading a set of chosen files (HSDS JSON, or the CSV tables of one export) into services.
//!
//! Apart from `directory.rs`, which the two readers themselves use: it may not import them.

use super::hsds_csv::{import_hsds_csv, HsdsCsvFile, HsdsCsvFiles};
use super::hsds_json::import_hsds_json;
use super::{DirectoryError, Service};
use std::fmt;

/// The HSDS CSV tables an import of chosen files recognises, by file name.
const CSV_TABLES: [&str; 5] = [
    "services.csv",
    "phones.csv",
    "languages.csv",
    "schedules.csv",
    "organizations.csv",
];

/// Why a set of files cannot be imported. Nothing was imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// No file was given.
    NothingChosen,
    /// A file that is neither JSON nor one of the HSDS CSV tables the import reads.
    UnknownFile { name: String },
    /// CSV tables were given without `services.csv`, which the others join to.
    NoServicesCsv,
    /// A file was refused by the HSDS reader.
    Directory(DirectoryError),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NothingChosen => f.write_str("no file was chosen; choose the files to import"),
            Self::UnknownFile { name } => write!(
                f,
                "{name} is neither an HSDS JSON document nor one of the CSV tables {}",
                CSV_TABLES.join(", ")
            ),
            Self::NoServicesCsv => f.write_str(
                "the CSV tables need services.csv, which the others join to; choose it too",
            ),
            Self::Directory(error) => error.fmt(f),
        }
    }
}

impl std::error::Error for ImportError {}

impl From<DirectoryError> for ImportError {
    fn from(error: DirectoryError) -> Self {
        Self::Directory(error)
    }
}

/// The lower-cased base name of a file (a path's last part), which is how a table is recognised.
fn base_name(name: &str) -> String {
    name.rsplit(['/', '\\'])
        .next()
        .unwrap_or(name)
        .trim()
        .to_lowercase()
}

/// Reads the services of a set of files given as `(file name, text)` pairs: each `.json` file
/// alone, and the CSV files together as one export (`services.csv` with the tables joined to it,
/// recognised by their HSDS names whatever their case or folder). Errors name the file.
pub fn import_hsds_files<N: AsRef<str>, T: AsRef<str>>(
    files: &[(N, T)],
) -> Result<Vec<Service>, ImportError> {
    if files.is_empty() {
        return Err(ImportError::NothingChosen);
    }
    let mut services = Vec::new();
    let mut tables: Vec<(String, &str, &str)> = Vec::new();
    for (name, text) in files {
        let (name, text) = (name.as_ref(), text.as_ref());
        let base = base_name(name);
        if base.ends_with(".json") {
            services.extend(import_hsds_json(name, text)?);
        } else if CSV_TABLES.contains(&base.as_str()) {
            // A table chosen twice: the last one counts, as a later choice replaces an earlier one.
            tables.retain(|(table, _, _)| table != &base);
            tables.push((base, name, text));
        } else {
            return Err(ImportError::UnknownFile {
                name: name.to_owned(),
            });
        }
    }
    if tables.is_empty() {
        return Ok(services);
    }
    let table = |wanted: &str| {
        tables
            .iter()
            .find(|(table, _, _)| table == wanted)
            .map(|(_, name, text)| HsdsCsvFile::new(name, text))
    };
    let services_table = table("services.csv").ok_or(ImportError::NoServicesCsv)?;
    let export = HsdsCsvFiles {
        phones: table("phones.csv"),
        languages: table("languages.csv"),
        schedules: table("schedules.csv"),
        organizations: table("organizations.csv"),
        ..HsdsCsvFiles::new(services_table)
    };
    services.extend(import_hsds_csv(&export)?);
    Ok(services)
}
