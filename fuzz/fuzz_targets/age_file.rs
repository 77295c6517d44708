//! An import file as the user picks it: an age file (armored or binary) opened with a
//! passphrase, and its content planned like `read_import` does.
//!
//! The importer allows scrypt work factors up to 22, seconds of work per attempt; here the
//! limit is 2, so that a file asking for more is refused before any work (the same refusal a
//! hostile file meets in the app) and the seed files, made at work factor 1 or 2, decrypt in
//! microseconds.
#![no_main]

use std::collections::BTreeSet;

use age::secrecy::SecretString;
use libfuzzer_sys::fuzz_target;
use tell_once::vault::crypto::open_with_passphrase;
use tell_once::vault::export::{read_import_content, MAX_IMPORT_BYTES};

/// The passphrase of the seed files in fuzz/seeds/age_file (fictional, protects nothing).
const PASSPHRASE: &str = "fuzzing orchard lantern";
const MAX_FUZZ_WORK_FACTOR: u8 = 2;

fuzz_target!(|file: &[u8]| {
    if file.len() > MAX_IMPORT_BYTES {
        return;
    }
    let passphrase = SecretString::from(PASSPHRASE.to_owned());
    if let Ok(plaintext) = open_with_passphrase(file, &passphrase, MAX_FUZZ_WORK_FACTOR) {
        let _ = read_import_content(&plaintext, &BTreeSet::new());
    }
});
