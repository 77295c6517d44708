//! The decrypted content of an import file: a Tell Once export bundle or a single stored case,
//! planned against a vault that already holds one case. Every stored case read on the way goes
//! through the schema decoding and its migrations.
//!
//! Fuzzed after decryption: a mutated age file almost never gets past its MAC, so the JSON
//! behind it is reached only this way (the age layer has its own target, `age_file`).
#![no_main]

use std::collections::BTreeSet;

use libfuzzer_sys::fuzz_target;
use tell_once::model::schema::{decode_case, encode_case};
use tell_once::model::CaseId;
use tell_once::vault::export::read_import_content;

fuzz_target!(|content: &[u8]| {
    let existing = BTreeSet::from([CaseId("case-harbour".to_owned())]);
    // Errors are the expected answer to most inputs; only a panic, a hang or a crash is a finding.
    if let Ok(plan) = read_import_content(content, &existing) {
        for planned in &plan.cases {
            // The plan only holds cases this version reads, under their own id.
            let case = decode_case(planned.document.json_str()).expect("a planned case decodes");
            assert_eq!(&case.id, planned.document.id());
        }
    }
    // Whatever decodes, from any schema version, is written back in the current one and reads
    // back the same: an import never loses or changes what it accepted.
    if let Ok(text) = std::str::from_utf8(content) {
        if let Ok(case) = decode_case(text) {
            let again = decode_case(&encode_case(&case)).expect("an encoded case decodes");
            assert_eq!(
                again, case,
                "a decoded case changes when written and read back"
            );
        }
    }
});
