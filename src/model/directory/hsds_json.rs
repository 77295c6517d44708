//! HSDS 3.0 JSON documents: a service, a page of services (`contents`), an organization with
//! its `services`, a service at a location, or a bare array of services.
//!
//! The structs below name only the fields this tool keeps. HSDS files carry many more, so
//! unknown fields are ignored (unlike the tool's own records, which deny them), and a `null`
//! list reads as empty. A field that is present with the wrong type is an error.

use super::hours::{opening_line, ScheduleFields};
use super::{
    check_size, eligibility, language_entry, non_blank, phone_number, push_phone, push_unique,
    DirectoryError, Phone, Service,
};
use crate::model::ServiceId;
use serde::{Deserialize, Deserializer};
use serde_json::Value;
use std::collections::HashSet;

/// Reads the services of one HSDS JSON document, detecting which kind of document it is.
///
/// `file_name` only names the file in errors. Syntax errors give the line and column; a field
/// with the wrong type gives the line and column of the value; a blank id or name gives its field path.
pub fn import_hsds_json(file_name: &str, text: &str) -> Result<Vec<Service>, DirectoryError> {
    check_size(file_name, text)?;
    let value: Value = serde_json::from_str(text).map_err(|err| json_error(file_name, &err))?;
    // Each branch parses the text again into its typed shape (not from `value`) so that
    // type errors keep their line and column.
    let mut import = Import::new(file_name);
    match DocumentKind::of(&value) {
        Some(DocumentKind::ServiceList) => {
            let list: ServiceListDoc = parse(file_name, text)?;
            for (index, service) in list.contents.into_iter().enumerate() {
                import.add(service, None, &[], &[], &format!("contents[{index}]."))?;
            }
        }
        Some(DocumentKind::Array) => {
            let list: Vec<ServiceDoc> = parse(file_name, text)?;
            for (index, service) in list.into_iter().enumerate() {
                import.add(service, None, &[], &[], &format!("[{index}]."))?;
            }
        }
        Some(DocumentKind::Organization) => {
            let organization: OrganizationDoc = parse(file_name, text)?;
            let name = non_blank(organization.name.as_deref());
            for (index, service) in organization.services.into_iter().enumerate() {
                import.add(
                    service,
                    name.as_deref(),
                    &[],
                    &[],
                    &format!("services[{index}]."),
                )?;
            }
        }
        Some(DocumentKind::ServiceAtLocation) => {
            let at_location: ServiceAtLocationDoc = parse(file_name, text)?;
            import.add(
                at_location.service,
                None,
                &at_location.phones,
                &at_location.schedules,
                "service.",
            )?;
        }
        Some(DocumentKind::Service) => {
            let service: ServiceDoc = parse(file_name, text)?;
            import.add(service, None, &[], &[], "")?;
        }
        None => {
            return Err(DirectoryError::UnknownJsonDocument {
                file: file_name.to_owned(),
            })
        }
    }
    Ok(import.services)
}

/// Which HSDS document a JSON value is, told by its top-level fields.
enum DocumentKind {
    ServiceList,
    Array,
    Organization,
    ServiceAtLocation,
    Service,
}

/// Fields an HSDS organization has and a service never has.
const ORGANIZATION_ONLY: [&str; 5] = [
    "website",
    "tax_status",
    "legal_status",
    "year_incorporated",
    "organization_identifiers",
];

impl DocumentKind {
    fn of(value: &Value) -> Option<Self> {
        let object = match value {
            Value::Array(_) => return Some(Self::Array),
            Value::Object(object) => object,
            _ => return None,
        };
        if object.contains_key("contents") {
            Some(Self::ServiceList)
        } else if object.contains_key("services")
            || ORGANIZATION_ONLY
                .iter()
                .any(|key| object.contains_key(*key))
        {
            // An organization without services must not pass for a service.
            Some(Self::Organization)
        } else if object.contains_key("service") {
            Some(Self::ServiceAtLocation)
        } else if object.contains_key("name") {
            Some(Self::Service)
        } else {
            None
        }
    }
}

fn parse<'a, T: Deserialize<'a>>(file: &str, text: &'a str) -> Result<T, DirectoryError> {
    serde_json::from_str(text).map_err(|err| json_error(file, &err))
}

fn json_error(file: &str, err: &serde_json::Error) -> DirectoryError {
    let (line, column) = (err.line(), err.column());
    let full = err.to_string();
    let message = full
        .strip_suffix(&format!(" at line {line} column {column}"))
        .unwrap_or(&full)
        .to_owned();
    let file = file.to_owned();
    match err.classify() {
        serde_json::error::Category::Data => DirectoryError::JsonShape {
            file,
            line,
            column,
            message,
        },
        _ => DirectoryError::JsonSyntax {
            file,
            line,
            column,
            message,
        },
    }
}

/// The services read so far from one document, checked for repeated ids.
struct Import<'a> {
    file: &'a str,
    seen: HashSet<String>,
    services: Vec<Service>,
}

impl<'a> Import<'a> {
    fn new(file: &'a str) -> Self {
        Self {
            file,
            seen: HashSet::new(),
            services: Vec::new(),
        }
    }

    /// Maps one HSDS service; `place` is its field path prefix (`contents[0].`) for errors.
    fn add(
        &mut self,
        doc: ServiceDoc,
        organization: Option<&str>,
        extra_phones: &[PhoneDoc],
        extra_schedules: &[ScheduleDoc],
        place: &str,
    ) -> Result<(), DirectoryError> {
        let blank = |field: &str| DirectoryError::BlankJsonValue {
            file: self.file.to_owned(),
            place: format!("{place}{field}"),
        };
        let id = non_blank(Some(&doc.id)).ok_or_else(|| blank("id"))?;
        let name = non_blank(Some(&doc.name)).ok_or_else(|| blank("name"))?;
        if !self.seen.insert(id.clone()) {
            return Err(DirectoryError::DuplicateService {
                file: self.file.to_owned(),
                place: format!("{place}id"),
                id: ServiceId::new(id),
            });
        }

        let mut languages = Vec::new();
        for language in &doc.languages {
            if let Some(entry) = language.entry() {
                push_unique(&mut languages, entry);
            }
        }
        // Phones of the service itself, then those of its locations, each with its field path.
        let mut phone_docs: Vec<(String, &PhoneDoc)> = Vec::new();
        for (index, phone) in doc.phones.iter().enumerate() {
            phone_docs.push((format!("{place}phones[{index}]"), phone));
        }
        for (at, link) in doc.service_at_locations.iter().enumerate() {
            for (index, phone) in link.phones.iter().enumerate() {
                phone_docs.push((
                    format!("{place}service_at_locations[{at}].phones[{index}]"),
                    phone,
                ));
            }
        }
        for (index, phone) in extra_phones.iter().enumerate() {
            // The phones of a service-at-location document sit at its top level.
            phone_docs.push((format!("phones[{index}]"), phone));
        }
        let mut phones = Vec::new();
        for (path, phone) in phone_docs {
            let number = phone_number(&phone.number, phone.extension_text().as_deref())
                .ok_or_else(|| DirectoryError::BlankJsonValue {
                    file: self.file.to_owned(),
                    place: format!("{path}.number"),
                })?;
            push_phone(
                &mut phones,
                Phone {
                    number,
                    description: non_blank(phone.description.as_deref()),
                },
            );
            // A language spoken on the service's phone line is a language of the service.
            for language in &phone.languages {
                if let Some(entry) = language.entry() {
                    push_unique(&mut languages, entry);
                }
            }
        }
        let location_schedules = doc.service_at_locations.iter().flat_map(|l| &l.schedules);
        let mut hours = Vec::new();
        for schedule in doc
            .schedules
            .iter()
            .chain(location_schedules)
            .chain(extra_schedules)
        {
            if let Some(line) = opening_line(&schedule.fields()) {
                push_unique(&mut hours, line);
            }
        }
        let mut categories = Vec::new();
        for attribute in &doc.attributes {
            let term = attribute.taxonomy_term.as_ref();
            if let Some(name) = non_blank(term.and_then(|t| t.name.as_deref())) {
                push_unique(&mut categories, name);
            }
        }
        let organization = doc
            .organization
            .as_ref()
            .and_then(|o| non_blank(o.name.as_deref()))
            .or_else(|| non_blank(organization));
        let minimum_age = doc.minimum_age.as_ref().map(ToString::to_string);
        let maximum_age = doc.maximum_age.as_ref().map(ToString::to_string);

        self.services.push(Service {
            id: ServiceId::new(id),
            name,
            description: non_blank(doc.description.as_deref()).unwrap_or_default(),
            organization,
            categories,
            languages,
            phones,
            email: non_blank(doc.email.as_deref()),
            url: non_blank(doc.url.as_deref()),
            hours,
            eligibility: eligibility(
                doc.eligibility_description.as_deref(),
                minimum_age.as_deref(),
                maximum_age.as_deref(),
            ),
        });
        Ok(())
    }
}

/// Reads `null` as the empty value, as HSDS producers write `null` for an empty list.
fn null_as_empty<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}

#[derive(Deserialize)]
struct ServiceListDoc {
    #[serde(deserialize_with = "null_as_empty")]
    contents: Vec<ServiceDoc>,
}

#[derive(Deserialize)]
struct OrganizationDoc {
    #[serde(default)]
    name: Option<String>,
    #[serde(default, deserialize_with = "null_as_empty")]
    services: Vec<ServiceDoc>,
}

#[derive(Deserialize)]
struct ServiceAtLocationDoc {
    service: ServiceDoc,
    #[serde(default, deserialize_with = "null_as_empty")]
    phones: Vec<PhoneDoc>,
    #[serde(default, deserialize_with = "null_as_empty")]
    schedules: Vec<ScheduleDoc>,
}

#[derive(Deserialize)]
struct ServiceDoc {
    id: String,
    name: String,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    email: Option<String>,
    #[serde(default)]
    eligibility_description: Option<String>,
    #[serde(default)]
    minimum_age: Option<serde_json::Number>,
    #[serde(default)]
    maximum_age: Option<serde_json::Number>,
    #[serde(default)]
    organization: Option<OrganizationRefDoc>,
    #[serde(default, deserialize_with = "null_as_empty")]
    phones: Vec<PhoneDoc>,
    #[serde(default, deserialize_with = "null_as_empty")]
    languages: Vec<LanguageDoc>,
    #[serde(default, deserialize_with = "null_as_empty")]
    schedules: Vec<ScheduleDoc>,
    #[serde(default, deserialize_with = "null_as_empty")]
    service_at_locations: Vec<LocationLinkDoc>,
    #[serde(default, deserialize_with = "null_as_empty")]
    attributes: Vec<AttributeDoc>,
}

#[derive(Deserialize)]
struct OrganizationRefDoc {
    #[serde(default)]
    name: Option<String>,
}

/// A service-at-location nested in a service: only its phones and schedules are kept.
#[derive(Deserialize)]
struct LocationLinkDoc {
    #[serde(default, deserialize_with = "null_as_empty")]
    phones: Vec<PhoneDoc>,
    #[serde(default, deserialize_with = "null_as_empty")]
    schedules: Vec<ScheduleDoc>,
}

#[derive(Deserialize)]
struct PhoneDoc {
    number: String,
    /// A number in HSDS 3.0, a string in some exports.
    #[serde(default)]
    extension: Option<Value>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default, deserialize_with = "null_as_empty")]
    languages: Vec<LanguageDoc>,
}

impl PhoneDoc {
    fn extension_text(&self) -> Option<String> {
        match &self.extension {
            Some(Value::String(text)) => Some(text.clone()),
            Some(Value::Number(number)) => Some(number.to_string()),
            _ => None,
        }
    }
}

#[derive(Deserialize)]
struct LanguageDoc {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    code: Option<String>,
}

impl LanguageDoc {
    fn entry(&self) -> Option<String> {
        language_entry(self.name.as_deref(), self.code.as_deref())
    }
}

#[derive(Deserialize)]
struct ScheduleDoc {
    #[serde(default)]
    freq: Option<String>,
    #[serde(default)]
    byday: Option<String>,
    #[serde(default)]
    opens_at: Option<String>,
    #[serde(default)]
    closes_at: Option<String>,
    #[serde(default)]
    description: Option<String>,
}

impl ScheduleDoc {
    fn fields(&self) -> ScheduleFields<'_> {
        ScheduleFields {
            freq: self.freq.as_deref(),
            byday: self.byday.as_deref(),
            opens_at: self.opens_at.as_deref(),
            closes_at: self.closes_at.as_deref(),
            description: self.description.as_deref(),
        }
    }
}

#[derive(Deserialize)]
struct AttributeDoc {
    #[serde(default)]
    taxonomy_term: Option<TaxonomyTermDoc>,
}

#[derive(Deserialize)]
struct TaxonomyTermDoc {
    #[serde(default)]
    name: Option<String>,
}
