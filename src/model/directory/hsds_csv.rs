//! The tabular form of HSDS 3.0: `services.csv`, with optional `phones.csv`, `languages.csv`,
//! `schedules.csv` and `organizations.csv` joined to it by `service_id` (and `organization_id`).
//!
//! Columns are found by their header name, so their order and any extra columns do not matter.
//! Rows of the other tables that belong to no service (a location's phone, say) have a blank
//! `service_id` and are skipped; a `service_id` that the services file lacks is an error.

use super::hours::{opening_line, ScheduleFields};
use super::{
    check_size, eligibility, language_entry, non_blank, phone_number, push_phone, push_unique,
    DirectoryError, Phone, Service,
};
use crate::model::ServiceId;
use csv::StringRecord;
use std::collections::HashMap;

/// One CSV file of an HSDS export: its name (used in errors) and its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HsdsCsvFile<'a> {
    /// The file name, as errors should show it.
    pub name: &'a str,
    /// The whole text of the file.
    pub text: &'a str,
}

impl<'a> HsdsCsvFile<'a> {
    /// A file named `name` holding `text`.
    pub fn new(name: &'a str, text: &'a str) -> Self {
        Self { name, text }
    }
}

/// The CSV files of one HSDS export. Only `services` is required.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HsdsCsvFiles<'a> {
    /// `services.csv`: columns `id` and `name` required.
    pub services: HsdsCsvFile<'a>,
    /// `phones.csv`: columns `service_id` and `number` required.
    pub phones: Option<HsdsCsvFile<'a>>,
    /// `languages.csv`: column `service_id` and `name` or `code` required; `phone_id` is followed when `service_id` is blank.
    pub languages: Option<HsdsCsvFile<'a>>,
    /// `schedules.csv`: column `service_id` required.
    pub schedules: Option<HsdsCsvFile<'a>>,
    /// `organizations.csv`: columns `id` and `name` required; gives services their organization's name.
    pub organizations: Option<HsdsCsvFile<'a>>,
}

impl<'a> HsdsCsvFiles<'a> {
    /// An export of the services file alone; set the other fields to join more files.
    pub fn new(services: HsdsCsvFile<'a>) -> Self {
        Self {
            services,
            phones: None,
            languages: None,
            schedules: None,
            organizations: None,
        }
    }
}

/// Reads the services of an HSDS CSV export, joining phones, languages, schedules and
/// organization names to their service. Errors name the file and, for a row, its line.
pub fn import_hsds_csv(files: &HsdsCsvFiles<'_>) -> Result<Vec<Service>, DirectoryError> {
    let services_table = Table::read(files.services, &["id", "name"])?;
    let organizations = match files.organizations {
        Some(file) => organization_names(&Table::read(file, &["id", "name"])?),
        None => HashMap::new(),
    };

    let mut services: Vec<Service> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for row in &services_table.rows {
        let id = services_table.required(row, "id")?;
        let name = services_table.required(row, "name")?;
        if index.contains_key(id) {
            return Err(DirectoryError::DuplicateService {
                file: services_table.file.to_owned(),
                place: format!("line {}", row.line),
                id: ServiceId::new(id),
            });
        }
        let organization = services_table
            .value(row, "organization_id")
            .and_then(|org| organizations.get(org).cloned());
        index.insert(id.to_owned(), services.len());
        services.push(Service {
            id: ServiceId::new(id),
            name: name.to_owned(),
            description: services_table
                .value(row, "description")
                .unwrap_or_default()
                .to_owned(),
            organization,
            categories: Vec::new(),
            languages: Vec::new(),
            phones: Vec::new(),
            email: non_blank(services_table.value(row, "email")),
            url: non_blank(services_table.value(row, "url")),
            hours: Vec::new(),
            eligibility: eligibility(
                services_table.value(row, "eligibility_description"),
                services_table.value(row, "minimum_age"),
                services_table.value(row, "maximum_age"),
            ),
        });
    }

    // Phone id -> service position, so that a language of a phone line can find its service.
    let mut phone_owner: HashMap<String, usize> = HashMap::new();
    if let Some(file) = files.phones {
        let table = Table::read(file, &["service_id", "number"])?;
        for row in &table.rows {
            let Some(position) = table.service_of(row, &index)? else {
                continue;
            };
            let number = phone_number(
                table.required(row, "number")?,
                table.value(row, "extension"),
            )
            .ok_or_else(|| table.blank(row, "number"))?;
            push_phone(
                &mut services[position].phones,
                Phone {
                    number,
                    description: non_blank(table.value(row, "description")),
                },
            );
            if let Some(phone_id) = table.value(row, "id") {
                phone_owner.insert(phone_id.to_owned(), position);
            }
        }
    }

    if let Some(file) = files.languages {
        let table = Table::read(file, &["service_id"])?;
        if !table.has("name") && !table.has("code") {
            return Err(DirectoryError::CsvMissingColumn {
                file: table.file.to_owned(),
                column: "name".to_owned(),
            });
        }
        for row in &table.rows {
            let owner = match table.service_of(row, &index)? {
                Some(position) => Some(position),
                None => table
                    .value(row, "phone_id")
                    .and_then(|phone| phone_owner.get(phone).copied()),
            };
            let Some(position) = owner else { continue };
            let entry = language_entry(table.value(row, "name"), table.value(row, "code"))
                .ok_or_else(|| table.blank(row, "name"))?;
            push_unique(&mut services[position].languages, entry);
        }
    }

    if let Some(file) = files.schedules {
        let table = Table::read(file, &["service_id"])?;
        for row in &table.rows {
            let Some(position) = table.service_of(row, &index)? else {
                continue;
            };
            let fields = ScheduleFields {
                freq: table.value(row, "freq"),
                byday: table.value(row, "byday"),
                opens_at: table.value(row, "opens_at"),
                closes_at: table.value(row, "closes_at"),
                description: table.value(row, "description"),
            };
            if let Some(line) = opening_line(&fields) {
                push_unique(&mut services[position].hours, line);
            }
        }
    }
    Ok(services)
}

fn organization_names(table: &Table<'_>) -> HashMap<String, String> {
    table
        .rows
        .iter()
        .filter_map(|row| {
            Some((
                table.value(row, "id")?.to_owned(),
                table.value(row, "name")?.to_owned(),
            ))
        })
        .collect()
}

/// One data row and the line it starts on.
struct Row {
    line: u64,
    record: StringRecord,
}

/// A CSV file read whole, with its columns found by header name (trimmed, lower-case).
struct Table<'a> {
    file: &'a str,
    columns: HashMap<String, usize>,
    rows: Vec<Row>,
}

impl<'a> Table<'a> {
    fn read(file: HsdsCsvFile<'a>, required: &[&str]) -> Result<Self, DirectoryError> {
        check_size(file.name, file.text)?;
        let mut reader = csv::ReaderBuilder::new().from_reader(file.text.as_bytes());
        let headers = reader
            .headers()
            .map_err(|err| row_error(file, &err))?
            .clone();
        let columns: HashMap<String, usize> = headers
            .iter()
            .enumerate()
            .map(|(at, header)| {
                (
                    header.trim_start_matches('\u{feff}').trim().to_lowercase(),
                    at,
                )
            })
            .collect();
        for column in required {
            if !columns.contains_key(*column) {
                return Err(DirectoryError::CsvMissingColumn {
                    file: file.name.to_owned(),
                    column: (*column).to_owned(),
                });
            }
        }
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|err| row_error(file, &err))?;
            let line = record.position().map_or(0, |at| line_at(file.text, at));
            rows.push(Row { line, record });
        }
        Ok(Self {
            file: file.name,
            columns,
            rows,
        })
    }

    fn has(&self, column: &str) -> bool {
        self.columns.contains_key(column)
    }

    /// The trimmed value of `column` in `row`, or `None` when the column is absent or the value blank.
    fn value<'r>(&self, row: &'r Row, column: &str) -> Option<&'r str> {
        let at = *self.columns.get(column)?;
        row.record
            .get(at)
            .map(str::trim)
            .filter(|value| !value.is_empty())
    }

    fn required<'r>(&self, row: &'r Row, column: &str) -> Result<&'r str, DirectoryError> {
        self.value(row, column)
            .ok_or_else(|| self.blank(row, column))
    }

    fn blank(&self, row: &Row, column: &str) -> DirectoryError {
        DirectoryError::CsvBlankValue {
            file: self.file.to_owned(),
            line: row.line,
            column: column.to_owned(),
        }
    }

    /// The position of the row's service: `None` when `service_id` is blank, an error when it is unknown.
    fn service_of(
        &self,
        row: &Row,
        index: &HashMap<String, usize>,
    ) -> Result<Option<usize>, DirectoryError> {
        let Some(service_id) = self.value(row, "service_id") else {
            return Ok(None);
        };
        match index.get(service_id) {
            Some(position) => Ok(Some(*position)),
            None => Err(DirectoryError::UnknownService {
                file: self.file.to_owned(),
                line: row.line,
                service_id: service_id.to_owned(),
            }),
        }
    }
}

/// The line a record starts on, counted from its byte offset. (The csv crate's own line count
/// is one short after a CRLF line end, and HSDS exports use CRLF.) The offset can point at the
/// line end that closed the previous record, so line ends there are skipped first.
fn line_at(text: &str, position: &csv::Position) -> u64 {
    let bytes = text.as_bytes();
    let mut at = usize::try_from(position.byte())
        .unwrap_or(usize::MAX)
        .min(bytes.len());
    while at < bytes.len() && matches!(bytes[at], b'\r' | b'\n') {
        at += 1;
    }
    let newlines = bytes[..at].iter().filter(|&&b| b == b'\n').count();
    u64::try_from(newlines)
        .unwrap_or(u64::MAX)
        .saturating_add(1)
}

fn row_error(file: HsdsCsvFile<'_>, err: &csv::Error) -> DirectoryError {
    let line = err.position().map_or(0, |at| line_at(file.text, at));
    let message = match err.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => {
            format!("the row has {len} fields but the header has {expected_len}; check for a missing or extra comma")
        }
        _ => err.to_string(),
    };
    DirectoryError::CsvRow {
        file: file.name.to_owned(),
        line,
        message,
    }
}
