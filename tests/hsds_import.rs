//! Import of the support directory from the real Open Referral HSDS 3.0 example files, and its errors.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use tell_once::model::directory::hsds_csv::{import_hsds_csv, HsdsCsvFile, HsdsCsvFiles};
use tell_once::model::directory::hsds_json::import_hsds_json;
use tell_once::model::directory::import::{import_hsds_files, ImportError};
use tell_once::model::directory::{
    Directory, DirectoryError, MergeSummary, Phone, Service, MAX_IMPORT_BYTES,
};
use tell_once::model::ServiceId;

/// A real HSDS example file, kept unmodified in `tests/fixtures/hsds/` (see the README there).
fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/hsds")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("HSDS fixture {path:?}: {e}"))
}

const SERVICE_ID: &str = "ac148810-d857-441c-9679-408f346de14b";
const DESCRIPTION: &str = "Counselling Services provided by trained professionals. Suitable for people with mental health conditions such as anxiety, depression, or eating disorders as well as people experiencing difficult life events and circumstances.";
const PHONE_DESCRIPTION: &str = "Our main reception phone number. The phones will be available from 0800 (8am) until 1800 (6pm) local time. There may be some slight delays in answering your call if we are busy.";
const ELIGIBILITY: &str =
    "This service is intended for all people aged 12 and over who require counselling services in the MyCity area";
const HOURS: &str = "Thursday, Friday: 10:00 to 18:00. The service is available from 10 am to 6pm weekdays. The service is not available on public holidays.";

fn reception_phone() -> Phone {
    Phone {
        number: "+44 1234 234567 ext. 100".to_owned(),
        description: Some(PHONE_DESCRIPTION.to_owned()),
    }
}

fn only(services: Vec<Service>) -> Service {
    assert_eq!(services.len(), 1, "{services:#?}");
    services.into_iter().next().unwrap()
}

fn csv_files<'a>(services: &'a str, phones: &'a str, languages: &'a str) -> HsdsCsvFiles<'a> {
    HsdsCsvFiles {
        phones: Some(HsdsCsvFile::new("phones.csv", phones)),
        languages: Some(HsdsCsvFile::new("languages.csv", languages)),
        ..HsdsCsvFiles::new(HsdsCsvFile::new("services.csv", services))
    }
}

// ---- the real files ----------------------------------------------------------------------

#[test]
fn a_full_service_keeps_every_field_the_tool_shows() {
    let service =
        only(import_hsds_json("service_full.json", &fixture("service_full.json")).unwrap());
    assert_eq!(
        service,
        Service {
            id: ServiceId::new(SERVICE_ID),
            name: "Community Counselling".to_owned(),
            description: DESCRIPTION.to_owned(),
            organization: Some("Example Organization Inc.".to_owned()),
            // The example's taxonomy term is literally named "name".
            categories: vec!["name".to_owned()],
            languages: vec!["Urdu (ur)".to_owned()],
            // The number, its location copy and its contact copy are one phone.
            phones: vec![reception_phone()],
            email: Some("email@example.com".to_owned()),
            url: Some("http://example.com/counselling".to_owned()),
            hours: vec![HOURS.to_owned()],
            eligibility: Some(ELIGIBILITY.to_owned()),
        }
    );
}

#[test]
fn a_page_of_services_reads_its_contents() {
    let service =
        only(import_hsds_json("service_list.json", &fixture("service_list.json")).unwrap());
    assert_eq!(service.id, ServiceId::new(SERVICE_ID));
    assert_eq!(service.name, "Community Counselling");
    assert_eq!(service.description, DESCRIPTION);
    assert_eq!(
        service.organization.as_deref(),
        Some("Example Organization Inc.")
    );
    assert_eq!(service.eligibility.as_deref(), Some(ELIGIBILITY));
    // The list entry carries no phones, languages or schedules.
    assert!(service.phones.is_empty());
    assert!(service.languages.is_empty());
    assert!(service.hours.is_empty());
}

#[test]
fn an_organization_lends_its_name_to_its_services() {
    let service = only(
        import_hsds_json("organization_full.json", &fixture("organization_full.json")).unwrap(),
    );
    assert_eq!(service.name, "Community Counselling");
    assert_eq!(
        service.organization.as_deref(),
        Some("Example Organization Inc.")
    );
    assert_eq!(service.description, DESCRIPTION);
    assert_eq!(service.phones, vec![reception_phone()]);
    assert_eq!(service.languages, vec!["Urdu (ur)"]);
    assert_eq!(service.hours, vec![HOURS]);
}

#[test]
fn a_service_at_a_location_gives_its_service() {
    let text = fixture("service_at_location_full.json");
    let service = only(import_hsds_json("service_at_location_full.json", &text).unwrap());
    assert_eq!(service.id, ServiceId::new(SERVICE_ID));
    assert_eq!(service.name, "Community Counselling");
    assert_eq!(service.phones, vec![reception_phone()]);
    assert_eq!(service.languages, vec!["Urdu (ur)"]);
    assert_eq!(service.hours, vec![HOURS]);
    assert_eq!(
        service.organization.as_deref(),
        Some("Example Organization Inc.")
    );
}

#[test]
fn the_csv_form_joins_phones_and_languages_to_the_service() {
    let (services, phones, languages) = (
        fixture("services.csv"),
        fixture("phones.csv"),
        fixture("languages.csv"),
    );
    let service = only(import_hsds_csv(&csv_files(&services, &phones, &languages)).unwrap());
    assert_eq!(service.id, ServiceId::new(SERVICE_ID));
    assert_eq!(service.name, "Community Counselling");
    assert_eq!(service.description, DESCRIPTION);
    assert_eq!(service.phones, vec![reception_phone()]);
    assert_eq!(service.languages, vec!["Urdu (ur)"]);
    assert_eq!(service.email.as_deref(), Some("email@example.com"));
    assert_eq!(
        service.url.as_deref(),
        Some("http://example.com/counselling")
    );
    assert_eq!(service.eligibility.as_deref(), Some(ELIGIBILITY));
    // The example export has no organizations.csv or schedules.csv.
    assert_eq!(service.organization, None);
    assert!(service.hours.is_empty());
}

#[test]
fn the_services_file_alone_is_enough() {
    let services = fixture("services.csv");
    let service = only(
        import_hsds_csv(&HsdsCsvFiles::new(HsdsCsvFile::new(
            "services.csv",
            &services,
        )))
        .unwrap(),
    );
    assert_eq!(service.name, "Community Counselling");
    assert!(service.phones.is_empty());
}

#[test]
fn the_csv_form_reads_schedules_and_organization_names_when_given() {
    let services = fixture("services.csv");
    let organizations = "id,name\nd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610,Example Organization Inc.\n";
    let schedules = format!(
        "id,service_id,freq,byday,opens_at,closes_at,description\n\
         s1,{SERVICE_ID},WEEKLY,\"MO,WE\",09:00:00,12:30:00,\n\
         s2,,WEEKLY,TU,08:00,09:00,A location's schedule\n\
         s3,{SERVICE_ID},DAILY,,,,Call before you come.\n"
    );
    let files = HsdsCsvFiles {
        organizations: Some(HsdsCsvFile::new("organizations.csv", organizations)),
        schedules: Some(HsdsCsvFile::new("schedules.csv", &schedules)),
        ..HsdsCsvFiles::new(HsdsCsvFile::new("services.csv", &services))
    };
    let service = only(import_hsds_csv(&files).unwrap());
    assert_eq!(
        service.organization.as_deref(),
        Some("Example Organization Inc.")
    );
    assert_eq!(
        service.hours,
        vec![
            "Monday, Wednesday: 09:00 to 12:30",
            "Every day. Call before you come."
        ]
    );
}

#[test]
fn the_same_service_from_every_file_merges_into_one_entry() {
    let mut directory = Directory::new();
    for name in [
        "service_full.json",
        "service_list.json",
        "organization_full.json",
        "service_at_location_full.json",
    ] {
        directory.merge(import_hsds_json(name, &fixture(name)).unwrap());
    }
    let (services, phones, languages) = (
        fixture("services.csv"),
        fixture("phones.csv"),
        fixture("languages.csv"),
    );
    directory.merge(import_hsds_csv(&csv_files(&services, &phones, &languages)).unwrap());
    assert_eq!(directory.services().len(), 1);
    // The last import wins: the CSV form, which has no organization name.
    assert_eq!(
        directory
            .get(&ServiceId::new(SERVICE_ID))
            .unwrap()
            .organization,
        None
    );
}

// ---- JSON edge cases ---------------------------------------------------------------------

#[test]
fn a_bare_array_of_services_and_null_lists_are_read() {
    let text = r#"[{"id":"s1","name":"Harbour Safe House","phones":null,"languages":[{"name":"Tigrinya"}],"extra":{"anything":1}}]"#;
    let service = only(import_hsds_json("services.json", text).unwrap());
    assert_eq!(service.name, "Harbour Safe House");
    assert_eq!(service.description, "");
    assert_eq!(service.languages, vec!["Tigrinya"]);
    assert!(service.phones.is_empty());
}

#[test]
fn eligibility_falls_back_to_the_age_limits() {
    let text = r#"{"id":"s1","name":"Youth Drop-in","minimum_age":12,"maximum_age":17}"#;
    let service = only(import_hsds_json("youth.json", text).unwrap());
    assert_eq!(service.eligibility.as_deref(), Some("Ages 12 to 17"));
}

// ---- JSON errors -------------------------------------------------------------------------

#[test]
fn a_file_over_the_limit_is_refused_unread() {
    // Not JSON at all: a parse would fail differently.
    let text = "x".repeat(MAX_IMPORT_BYTES + 1);
    let err = import_hsds_json("huge.json", &text).unwrap_err();
    assert_eq!(
        err,
        DirectoryError::TooLarge {
            file: "huge.json".to_owned(),
            bytes: MAX_IMPORT_BYTES + 1,
            limit: 5 * 1024 * 1024
        }
    );
    assert!(err.to_string().starts_with("huge.json"), "{err}");
    let files = HsdsCsvFiles::new(HsdsCsvFile::new("services.csv", &text));
    assert!(matches!(
        import_hsds_csv(&files),
        Err(DirectoryError::TooLarge { .. })
    ));
    // Exactly at the limit is read (and here fails as the JSON it is not).
    let at_limit = "x".repeat(MAX_IMPORT_BYTES);
    assert!(matches!(
        import_hsds_json("big.json", &at_limit),
        Err(DirectoryError::JsonSyntax { .. })
    ));
}

#[test]
fn truncated_json_names_the_file_line_and_column() {
    let full = fixture("service_full.json");
    let cut = &full[..full.len() / 2];
    let last_line = line_at(cut, cut.len());
    match import_hsds_json("service_full.json", cut).unwrap_err() {
        DirectoryError::JsonSyntax {
            file,
            line,
            message,
            ..
        } => {
            assert_eq!(file, "service_full.json");
            assert_eq!(line, last_line);
            assert!(message.contains("EOF"), "{message}");
        }
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

/// The 1-based line of the first occurrence of `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    line_at(text, text.find(needle).expect("needle in text"))
}

/// The 1-based line of byte `at`.
fn line_at(text: &str, at: usize) -> usize {
    text[..at].matches('\n').count() + 1
}

#[test]
fn a_wrong_type_names_the_line_and_column_of_the_value() {
    let text = fixture("service_full.json").replacen(
        "\"name\": \"Community Counselling\"",
        "\"name\": 42",
        1,
    );
    let expected_line = line_of(&text, "\"name\": 42");
    let err = import_hsds_json("service_full.json", &text).unwrap_err();
    match &err {
        DirectoryError::JsonShape {
            file,
            line,
            column,
            message,
        } => {
            assert_eq!(file, "service_full.json");
            assert_eq!(*line, expected_line);
            assert!(*column > 10, "column {column}");
            assert!(message.contains("invalid type: integer `42`"), "{message}");
        }
        other => panic!("expected a shape error, got {other:?}"),
    }
    assert!(
        err.to_string().contains(&format!("line {expected_line}")),
        "{err}"
    );
}

#[test]
fn a_wrong_type_deep_inside_is_found_too() {
    let text = fixture("organization_full.json");
    // The first phone number inside the nested service.
    let services_at = text.find("\"services\"").unwrap();
    let number_at = services_at
        + text[services_at..]
            .find("\"number\": \"\\\"+44 1234 234567\\\"\"")
            .unwrap();
    let broken = format!(
        "{}\"number\": true{}",
        &text[..number_at],
        &text[number_at + "\"number\": \"\\\"+44 1234 234567\\\"\"".len()..]
    );
    let expected_line = line_at(&text, number_at);
    match import_hsds_json("organization_full.json", &broken).unwrap_err() {
        DirectoryError::JsonShape { line, message, .. } => {
            assert_eq!(line, expected_line);
            assert!(
                message.contains("invalid type: boolean `true`"),
                "{message}"
            );
        }
        other => panic!("expected a shape error, got {other:?}"),
    }
}

#[test]
fn a_missing_name_is_a_shape_error_and_a_blank_one_names_its_path() {
    let missing = r#"{"contents":[{"id":"s1","description":"No name here"}]}"#;
    assert!(matches!(
        import_hsds_json("list.json", missing),
        Err(DirectoryError::JsonShape { ref message, .. }) if message.contains("missing field `name`")
    ));
    let blank = r#"{"contents":[{"id":"s1","name":"Harbour Safe House"},{"id":"s2","name":"  "}]}"#;
    assert_eq!(
        import_hsds_json("list.json", blank).unwrap_err(),
        DirectoryError::BlankJsonValue {
            file: "list.json".to_owned(),
            place: "contents[1].name".to_owned()
        }
    );
    let blank_number = r#"{"id":"s1","name":"Harbour Safe House","phones":[{"number":"\"\""}]}"#;
    assert_eq!(
        import_hsds_json("one.json", blank_number).unwrap_err(),
        DirectoryError::BlankJsonValue {
            file: "one.json".to_owned(),
            place: "phones[0].number".to_owned()
        }
    );
}

#[test]
fn a_document_that_is_no_hsds_kind_is_refused() {
    for text in [r#"{"title":"Not a directory"}"#, "42", "\"text\""] {
        assert_eq!(
            import_hsds_json("other.json", text).unwrap_err(),
            DirectoryError::UnknownJsonDocument {
                file: "other.json".to_owned()
            }
        );
    }
}

#[test]
fn a_service_twice_in_one_document_is_refused() {
    let text = r#"{"contents":[{"id":"s1","name":"Harbour Safe House"},{"id":"s1","name":"Harbour Safe House"}]}"#;
    assert_eq!(
        import_hsds_json("list.json", text).unwrap_err(),
        DirectoryError::DuplicateService {
            file: "list.json".to_owned(),
            place: "contents[1].id".to_owned(),
            id: ServiceId::new("s1"),
        }
    );
}

// ---- CSV errors --------------------------------------------------------------------------

#[test]
fn a_missing_required_column_is_named() {
    let services = "id,description\ns1,A shelter\n";
    let err = import_hsds_csv(&HsdsCsvFiles::new(HsdsCsvFile::new(
        "services.csv",
        services,
    )))
    .unwrap_err();
    assert_eq!(
        err,
        DirectoryError::CsvMissingColumn {
            file: "services.csv".to_owned(),
            column: "name".to_owned()
        }
    );
    assert!(
        err.to_string()
            .contains("services.csv has no column 'name'"),
        "{err}"
    );

    let services = fixture("services.csv");
    let phones = "id,service_id,phone\np1,x,+00 555 0100\n";
    let files = HsdsCsvFiles {
        phones: Some(HsdsCsvFile::new("phones.csv", phones)),
        ..HsdsCsvFiles::new(HsdsCsvFile::new("services.csv", &services))
    };
    assert_eq!(
        import_hsds_csv(&files).unwrap_err(),
        DirectoryError::CsvMissingColumn {
            file: "phones.csv".to_owned(),
            column: "number".to_owned()
        }
    );

    let languages = "id,service_id,note\nl1,x,none\n";
    let files = HsdsCsvFiles {
        languages: Some(HsdsCsvFile::new("languages.csv", languages)),
        ..HsdsCsvFiles::new(HsdsCsvFile::new("services.csv", &services))
    };
    assert!(matches!(
        import_hsds_csv(&files),
        Err(DirectoryError::CsvMissingColumn { .. })
    ));
}

#[test]
fn a_phone_of_an_unknown_service_names_its_line() {
    let services = fixture("services.csv");
    let mut phones = fixture("phones.csv");
    phones.push_str("p2,,no-such-service,,,,+00 555 0199,,voice,Night line\n");
    let languages = fixture("languages.csv");
    let err = import_hsds_csv(&csv_files(&services, &phones, &languages)).unwrap_err();
    assert_eq!(
        err,
        DirectoryError::UnknownService {
            file: "phones.csv".to_owned(),
            line: 3,
            service_id: "no-such-service".to_owned()
        }
    );
    assert!(err.to_string().starts_with("phones.csv, line 3"), "{err}");
}

#[test]
fn rows_of_other_entities_are_skipped_and_languages_find_their_phone() {
    let services = fixture("services.csv");
    let phones = format!(
        "{}p9,loc-1,,,,,+00 555 0123,,voice,A location's own line\n",
        fixture("phones.csv")
    );
    let languages = "id,service_id,phone_id,name,code\n\
                     l1,,1554f2e2-a373-45db-a3fa-9fc48a61c15e,Polish,pl\n\
                     l2,,,Slovak,sk\n";
    let service = only(import_hsds_csv(&csv_files(&services, &phones, languages)).unwrap());
    assert_eq!(service.phones, vec![reception_phone()]);
    assert_eq!(service.languages, vec!["Polish (pl)"]);
}

#[test]
fn a_row_with_the_wrong_number_of_fields_names_its_line() {
    let services = "id,name,description\ns1,Harbour Safe House,Shelter\ns2,Legal Aid East\n";
    match import_hsds_csv(&HsdsCsvFiles::new(HsdsCsvFile::new(
        "services.csv",
        services,
    )))
    .unwrap_err()
    {
        DirectoryError::CsvRow {
            file,
            line,
            message,
        } => {
            assert_eq!(file, "services.csv");
            assert_eq!(line, 3);
            assert!(
                message.contains("2 fields but the header has 3"),
                "{message}"
            );
        }
        other => panic!("expected a row error, got {other:?}"),
    }
}

#[test]
fn a_blank_required_value_and_a_repeated_service_name_their_line() {
    let blank = "id,name\ns1,Harbour Safe House\n,Legal Aid East\n";
    assert_eq!(
        import_hsds_csv(&HsdsCsvFiles::new(HsdsCsvFile::new("services.csv", blank))).unwrap_err(),
        DirectoryError::CsvBlankValue {
            file: "services.csv".to_owned(),
            line: 3,
            column: "id".to_owned()
        }
    );
    let twice = "id,name\ns1,Harbour Safe House\n\"s1\",Harbour Safe House\n";
    assert_eq!(
        import_hsds_csv(&HsdsCsvFiles::new(HsdsCsvFile::new("services.csv", twice))).unwrap_err(),
        DirectoryError::DuplicateService {
            file: "services.csv".to_owned(),
            place: "line 3".to_owned(),
            id: ServiceId::new("s1")
        }
    );
    let empty = "";
    assert!(matches!(
        import_hsds_csv(&HsdsCsvFiles::new(HsdsCsvFile::new("services.csv", empty))),
        Err(DirectoryError::CsvMissingColumn { .. })
    ));
}

// ---- a set of chosen files ---------------------------------------------------------------

/// A fixture as a chosen file: its name and its text.
fn chosen(name: &str) -> (String, String) {
    (name.to_owned(), fixture(name))
}

#[test]
fn nothing_chosen_is_its_own_error() {
    let none: [(&str, &str); 0] = [];
    assert_eq!(import_hsds_files(&none), Err(ImportError::NothingChosen));
}

#[test]
fn chosen_csv_tables_are_joined_by_their_hsds_names_whatever_the_order_or_case() {
    let (_, phones) = chosen("phones.csv");
    let services = import_hsds_files(&[
        chosen("languages.csv"),
        ("exports/PHONES.CSV".to_owned(), phones),
        chosen("services.csv"),
    ])
    .expect("the real CSV export imports");
    let service = only(services);
    assert_eq!(service.name, "Community Counselling");
    assert_eq!(service.languages, ["Urdu (ur)"]);
    assert_eq!(service.phones, [reception_phone()], "phones.csv was joined");
}

#[test]
fn a_chosen_json_file_and_a_csv_export_import_together() {
    let services = import_hsds_files(&[chosen("service_full.json"), chosen("services.csv")])
        .expect("both import");
    // The same service from two files: the directory's merge keeps one.
    assert_eq!(services.len(), 2);
    assert_eq!(
        services[0].organization.as_deref(),
        Some("Example Organization Inc.")
    );
    assert_eq!(services[1].organization, None, "the CSV export comes after");
    let mut directory = Directory::new();
    let summary = directory.merge(services);
    assert_eq!(directory.services().len(), 1);
    assert_eq!(summary.added, 1);
    assert_eq!(summary.updated, 1);
}

#[test]
fn chosen_csv_tables_without_services_csv_are_refused() {
    assert_eq!(
        import_hsds_files(&[chosen("phones.csv")]),
        Err(ImportError::NoServicesCsv)
    );
    // JSON files alone need no services.csv.
    assert_eq!(
        import_hsds_files(&[chosen("service_full.json")]).map(|s| s.len()),
        Ok(1)
    );
}

#[test]
fn a_chosen_file_of_another_kind_is_refused_by_name() {
    let result = import_hsds_files(&[
        chosen("service_full.json"),
        ("contacts.xlsx".to_owned(), String::new()),
    ]);
    assert_eq!(
        result,
        Err(ImportError::UnknownFile {
            name: "contacts.xlsx".to_owned()
        })
    );
    let message = result.unwrap_err().to_string();
    assert!(message.starts_with("contacts.xlsx"), "{message}");
}

#[test]
fn the_reader_error_of_a_chosen_file_names_it_as_chosen() {
    let cut = &fixture("service_full.json")[..200];
    match import_hsds_files(&[("Downloads/Service_Full.JSON", cut)]) {
        Err(ImportError::Directory(DirectoryError::JsonSyntax { file, line, .. })) => {
            assert_eq!(file, "Downloads/Service_Full.JSON");
            assert!(line > 1);
        }
        other => panic!("{other:?}"),
    }
    let (_, languages) = chosen("languages.csv");
    let broken_services = "id,name\ns1,\n";
    assert!(matches!(
        import_hsds_files(&[("Export/Services.csv", broken_services), ("languages.csv", &languages)]),
        Err(ImportError::Directory(DirectoryError::CsvBlankValue { file, .. })) if file == "Export/Services.csv"
    ));
}

#[test]
fn a_table_chosen_twice_counts_once_the_last_time() {
    let (_, phones) = chosen("phones.csv");
    let services = import_hsds_files(&[
        chosen("services.csv"),
        ("phones.csv".to_owned(), "id,service_id,number\n".to_owned()),
        ("Phones.csv".to_owned(), phones),
    ])
    .expect("imports");
    assert_eq!(only(services).phones, [reception_phone()]);
}

// ---- the directory -----------------------------------------------------------------------

fn service(id: &str, name: &str, categories: &[&str], languages: &[&str]) -> Service {
    Service {
        id: ServiceId::new(id),
        name: name.to_owned(),
        description: String::new(),
        organization: None,
        categories: categories.iter().map(|c| (*c).to_owned()).collect(),
        languages: languages.iter().map(|l| (*l).to_owned()).collect(),
        phones: Vec::new(),
        email: None,
        url: None,
        hours: Vec::new(),
        eligibility: None,
    }
}

fn sample_directory() -> Directory {
    let mut directory = Directory::new();
    directory.merge(vec![
        service(
            "s1",
            "Harbour Safe House",
            &["Shelter"],
            &["Urdu (ur)", "English (en)"],
        ),
        service("s2", "Legal Aid East", &["Legal aid"], &["pt", "Tigrinya"]),
        service("s3", "Northside Clinic", &["Medical", "Shelter"], &[]),
    ]);
    directory
}

fn names(found: Vec<&Service>) -> Vec<&str> {
    found.into_iter().map(|s| s.name.as_str()).collect()
}

#[test]
fn search_by_category_ignores_case() {
    let directory = sample_directory();
    assert_eq!(
        names(directory.search(Some("shelter"), None)),
        vec!["Harbour Safe House", "Northside Clinic"]
    );
    assert_eq!(
        names(directory.search(Some("LEGAL AID"), None)),
        vec!["Legal Aid East"]
    );
    assert!(directory.search(Some("Legal"), None).is_empty());
    assert_eq!(directory.search(None, None).len(), 3);
}

#[test]
fn search_by_a_language_and_its_names_finds_a_service_that_lists_any_of_them() {
    let directory = sample_directory();
    // Picked as a tag, with its names: a directory may list the code or the name.
    assert_eq!(
        names(directory.search_speaking(None, &["ti", "Tigrinya", "ትግርኛ"])),
        vec!["Legal Aid East"]
    );
    assert_eq!(
        names(directory.search_speaking(None, &["ur", "Urdu", "اردو"])),
        vec!["Harbour Safe House"]
    );
    assert_eq!(
        names(directory.search_speaking(Some("shelter"), &["en", "English"])),
        vec!["Harbour Safe House"]
    );
    assert!(directory
        .search_speaking(None, &["sq", "Albanian", "shqip"])
        .is_empty());
    assert_eq!(directory.search_speaking(None, &[]).len(), 3);
}

#[test]
fn search_by_language_matches_a_code_or_a_name() {
    let directory = sample_directory();
    assert_eq!(
        names(directory.search(None, Some("UR"))),
        vec!["Harbour Safe House"]
    );
    assert_eq!(
        names(directory.search(None, Some("urdu"))),
        vec!["Harbour Safe House"]
    );
    assert_eq!(
        names(directory.search(None, Some("ur-PK"))),
        vec!["Harbour Safe House"]
    );
    assert_eq!(
        names(directory.search(None, Some("pt-BR"))),
        vec!["Legal Aid East"]
    );
    assert_eq!(
        names(directory.search(None, Some("tigrinya"))),
        vec!["Legal Aid East"]
    );
    assert!(directory.search(None, Some("u")).is_empty());
    assert!(directory.search(None, Some("")).is_empty());
    assert!(directory.search(None, Some("fr")).is_empty());
    assert_eq!(
        names(directory.search(Some("shelter"), Some("en"))),
        vec!["Harbour Safe House"]
    );
    assert!(directory.search(Some("medical"), Some("en")).is_empty());
}

#[test]
fn merge_updates_by_id_and_never_duplicates() {
    let mut directory = sample_directory();
    let again = directory.services().to_vec();
    assert_eq!(
        directory.merge(again),
        MergeSummary {
            added: 0,
            updated: 0,
            unchanged: 3
        }
    );
    let renamed = service("s2", "Legal Aid East and North", &["Legal aid"], &["pt"]);
    let new = service("s4", "River Counselling", &["Counselling"], &["es"]);
    assert_eq!(
        directory.merge(vec![renamed.clone(), new]),
        MergeSummary {
            added: 1,
            updated: 1,
            unchanged: 0
        }
    );
    let ids: Vec<&str> = directory.services().iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, vec!["s1", "s2", "s3", "s4"]);
    assert_eq!(directory.get(&ServiceId::new("s2")), Some(&renamed));
}

#[test]
fn a_directory_reads_back_from_storage() {
    let directory = sample_directory();
    let json = serde_json::to_string(&directory).unwrap();
    assert_eq!(serde_json::from_str::<Directory>(&json).unwrap(), directory);
}

#[test]
fn line_numbers_hold_for_crlf_files_and_quoted_line_breaks() {
    // The HSDS example CSV files end their lines with CRLF.
    let crlf = "id,name\r\ns1,Harbour Safe House\r\n,Legal Aid East\r\n";
    assert!(matches!(
        import_hsds_csv(&HsdsCsvFiles::new(HsdsCsvFile::new("services.csv", crlf))),
        Err(DirectoryError::CsvBlankValue { line: 3, .. })
    ));
    let short_row = "id,name,description\r\ns1,Harbour Safe House,Shelter\r\ns2,Legal Aid East\r\n";
    assert!(matches!(
        import_hsds_csv(&HsdsCsvFiles::new(HsdsCsvFile::new(
            "services.csv",
            short_row
        ))),
        Err(DirectoryError::CsvRow { line: 3, .. })
    ));
    let quoted = "id,name,description\ns1,Harbour Safe House,\"Two\nlines\"\n,Legal Aid East,x\n";
    assert!(matches!(
        import_hsds_csv(&HsdsCsvFiles::new(HsdsCsvFile::new("services.csv", quoted))),
        Err(DirectoryError::CsvBlankValue { line: 4, .. })
    ));
}

#[test]
fn an_organization_without_services_gives_no_service() {
    let text = r#"{"id":"o1","name":"Harbour Aid Trust","website":"http://example.com"}"#;
    assert_eq!(
        import_hsds_json("org.json", text).unwrap(),
        Vec::<Service>::new()
    );
}
