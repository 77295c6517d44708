//! An Open Referral HSDS CSV export imported into the service directory.
//!
//! One input holds up to five files separated by NUL characters, in this order: services,
//! phones, languages, schedules, organizations; an empty part is a file left out. One target
//! for the set (rather than one per file) because the tables are joined by `service_id`: only
//! an input that holds several files reaches the joins.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tell_once::model::directory::hsds_csv::{import_hsds_csv, HsdsCsvFile, HsdsCsvFiles};

fuzz_target!(|text: &str| {
    let mut parts = text.split('\0');
    let services = HsdsCsvFile::new("services.csv", parts.next().unwrap_or_default());
    let mut optional = |name: &'static str| {
        parts
            .next()
            .filter(|part| !part.is_empty())
            .map(|part| HsdsCsvFile::new(name, part))
    };
    let files = HsdsCsvFiles {
        services,
        phones: optional("phones.csv"),
        languages: optional("languages.csv"),
        schedules: optional("schedules.csv"),
        organizations: optional("organizations.csv"),
    };
    let _ = import_hsds_csv(&files);
});
