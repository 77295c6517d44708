//! Export and import: bundle shape, every refusal, the import plan, and interop with `age`.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::Path;
use std::process::Command;

mod common;

use age::secrecy::SecretString;
use futures::executor::block_on;

use serde_json::json;
use tell_once::model::case::{Case, LocationKind, SessionPlan};
use tell_once::model::schema::{decode_case, encode_case, SchemaError, CURRENT_SCHEMA};
use tell_once::model::{CaseId, LanguageTag, SessionId, Timestamp};
use tell_once::vault::crypto::{
    open_with_passphrase, seal_with_passphrase, OpenError, WorkFactor, MAX_WORK_FACTOR,
};
use tell_once::vault::export::{
    apply, export_cases, export_cases_by, read_import, read_import_by, read_import_content,
    ApplyError, CasePart, ExportError, ExportSelection, ImportChoice, ImportError, ImportSource,
    ImportStatus, MAX_IMPORT_BYTES, MAX_IMPORT_WORK_FACTOR,
};
use tell_once::vault::store::{MemoryStore, Shelf};
use tell_once::vault::{CaseDocument, UnlockedVault, Vault};

const VAULT_PASSPHRASE: &str = "quiet harbour lantern 42";
const EXPORT_PASSPHRASE: &str = "pebble orchard compass 7";

/// A fictional case in its stored form (the schema envelope), as the vault keeps it.
fn stored(id: &str, code: &str, language: &str) -> String {
    let mut case = Case::new(CaseId::new(id), code, LanguageTag::new(language));
    case.fictional = true;
    encode_case(&case)
}

fn harbour() -> String {
    stored("case-harbour", "HB-17", "qu")
}

fn orchard() -> String {
    stored("case-orchard", "OR-03", "ro")
}

fn secret(s: &str) -> SecretString {
    SecretString::from(s.to_owned())
}

fn fast() -> WorkFactor {
    WorkFactor::insecure_for_tests(10)
}

fn id(s: &str) -> CaseId {
    CaseId::new(s)
}

fn doc(case: &str, json: &str) -> CaseDocument {
    CaseDocument::new(id(case), json.as_bytes()).unwrap()
}

fn vault_with(cases: &[(&str, &str)]) -> (MemoryStore, UnlockedVault<MemoryStore>) {
    let store = MemoryStore::new();
    let vault =
        block_on(Vault::new(store.clone()).create(&secret(VAULT_PASSPHRASE), fast(), Timestamp(1)))
            .unwrap();
    for (case, json) in cases {
        block_on(vault.save_case(&id(case), json.as_bytes())).unwrap();
    }
    (store, vault)
}

fn both_cases() -> Vec<CaseDocument> {
    vec![
        doc("case-harbour", &harbour()),
        doc("case-orchard", &orchard()),
    ]
}

fn exported() -> String {
    export_cases(
        &both_cases(),
        &secret(EXPORT_PASSPHRASE),
        fast(),
        Timestamp(1_720_000_000_000),
    )
    .unwrap()
}

fn no_cases() -> BTreeSet<CaseId> {
    BTreeSet::new()
}

fn import_err(file: &[u8]) -> ImportError {
    read_import(file, &secret(EXPORT_PASSPHRASE), &no_cases()).unwrap_err()
}

fn dearmor(armored: &str) -> Vec<u8> {
    let mut out = Vec::new();
    age::armor::ArmoredReader::new(armored.as_bytes())
        .read_to_end(&mut out)
        .unwrap();
    out
}

#[test]
fn export_is_an_armored_bundle_with_raw_json_documents() {
    let armored = exported();
    assert!(armored.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"));
    assert!(armored
        .trim_end()
        .ends_with("-----END AGE ENCRYPTED FILE-----"));
    assert!(!armored.contains("HB-17"));
    let plaintext = open_with_passphrase(
        armored.as_bytes(),
        &secret(EXPORT_PASSPHRASE),
        MAX_WORK_FACTOR,
    )
    .unwrap();
    let bundle: serde_json::Value = serde_json::from_slice(&plaintext).unwrap();
    assert_eq!(bundle["format"], "tell-once-export");
    assert_eq!(bundle["schema"], 1);
    assert_eq!(bundle["exported_at"], 1_720_000_000_000_i64);
    assert_eq!(bundle["cases"][0]["id"], "case-harbour");
    assert!(
        bundle["cases"][0]["document"].is_object(),
        "embedded as JSON, not a string"
    );
    assert_eq!(bundle["cases"][1]["document"]["schema"], CURRENT_SCHEMA);
    assert_eq!(bundle["cases"][1]["document"]["case"]["code"], "OR-03");
}

#[test]
fn export_refuses_a_weak_passphrase_or_nothing() {
    assert!(matches!(
        export_cases(&both_cases(), &secret("short"), fast(), Timestamp(0)),
        Err(ExportError::WeakPassphrase(_))
    ));
    assert_eq!(
        export_cases(&[], &secret(EXPORT_PASSPHRASE), fast(), Timestamp(0)),
        Err(ExportError::NothingToExport)
    );
}

#[test]
fn export_and_import_round_trip_between_vaults() {
    let (_, source) = vault_with(&[
        ("case-harbour", harbour().as_str()),
        ("case-orchard", orchard().as_str()),
    ]);
    let file = block_on(source.export(
        &ExportSelection::All,
        &secret(EXPORT_PASSPHRASE),
        fast(),
        Timestamp(9_000),
    ))
    .unwrap();
    assert_eq!(file.exported, [id("case-harbour"), id("case-orchard")]);
    assert!(file.skipped.is_empty());
    assert_eq!(source.meta().last_export_at, Some(Timestamp(9_000)));

    let (_, target) = vault_with(&[]);
    let plan =
        block_on(target.plan_import(file.armored.as_bytes(), &secret(EXPORT_PASSPHRASE))).unwrap();
    assert_eq!(plan.source, ImportSource::Bundle);
    assert_eq!(plan.exported_at, Some(Timestamp(9_000)));
    assert!(plan.cases.iter().all(|c| c.status == ImportStatus::New));
    let writes = apply(&plan, &BTreeMap::new()).unwrap();
    let report = block_on(target.import(&writes));
    assert_eq!(report.saved, [id("case-harbour"), id("case-orchard")]);
    assert!(report.failed.is_empty());
    assert_eq!(
        block_on(target.load_case(&id("case-orchard")))
            .unwrap()
            .json_str(),
        orchard()
    );
}

#[test]
fn export_of_selected_cases_skips_unreadable_ones() {
    let (store, vault) = vault_with(&[
        ("case-harbour", harbour().as_str()),
        ("case-orchard", orchard().as_str()),
    ]);
    let orchard_key = vault.storage_key(&id("case-orchard")).expect("stored");
    store.set_raw(Shelf::Cases, &orchard_key, b"damaged".to_vec());
    let file = block_on(vault.export(
        &ExportSelection::Cases(vec![id("case-harbour"), id("case-orchard")]),
        &secret(EXPORT_PASSPHRASE),
        fast(),
        Timestamp(3),
    ))
    .unwrap();
    assert_eq!(file.exported, [id("case-harbour")]);
    assert_eq!(file.skipped.len(), 1);
    assert_eq!(file.skipped[0].0, id("case-orchard"));
    let plan = read_import(
        file.armored.as_bytes(),
        &secret(EXPORT_PASSPHRASE),
        &no_cases(),
    )
    .unwrap();
    assert_eq!(plan.cases.len(), 1);
}

#[test]
fn import_refusals_are_distinct() {
    let armored = exported();

    assert_eq!(
        read_import(
            armored.as_bytes(),
            &secret("the wrong passphrase"),
            &no_cases()
        )
        .unwrap_err(),
        ImportError::File(OpenError::WrongPassphrase)
    );

    // Cut short: an armored file without its end, and a binary one inside its header.
    let half = &armored.as_bytes()[..armored.len() / 2];
    assert_eq!(import_err(half), ImportError::File(OpenError::Truncated));
    let binary = dearmor(&armored);
    assert_eq!(
        import_err(&binary[..30]),
        ImportError::File(OpenError::Truncated)
    );
    assert_eq!(
        import_err(&binary[..8]),
        ImportError::File(OpenError::Truncated)
    );

    // Not age at all.
    assert_eq!(
        import_err(harbour().as_bytes()),
        ImportError::File(OpenError::NotAgeFile)
    );
    assert_eq!(import_err(b""), ImportError::File(OpenError::NotAgeFile));
    assert_eq!(
        import_err(b"PK\x03\x04 a zip file"),
        ImportError::File(OpenError::NotAgeFile)
    );

    // Altered after it was made.
    let mut altered = binary.clone();
    let last = altered.len() - 3;
    altered[last] ^= 0x10;
    assert_eq!(
        import_err(&altered),
        ImportError::File(OpenError::Corrupted)
    );

    // Encrypted to a key instead of a passphrase.
    let key = age::x25519::Identity::generate();
    let to_key = age::encrypt(&key.to_public(), harbour().as_bytes()).unwrap();
    assert_eq!(
        import_err(&to_key),
        ImportError::File(OpenError::NotPassphraseProtected)
    );
}

#[test]
fn oversized_files_are_refused_before_decryption() {
    let huge = vec![b'x'; MAX_IMPORT_BYTES + 1];
    assert_eq!(
        import_err(&huge),
        ImportError::TooLarge {
            size: MAX_IMPORT_BYTES + 1,
            max: MAX_IMPORT_BYTES
        }
    );
}

/// The export, as a binary age file whose scrypt stanza asks for `log_n` instead of 10.
fn with_work_factor(log_n: u8) -> Vec<u8> {
    let binary = dearmor(&exported());
    let text = String::from_utf8_lossy(&binary).into_owned();
    let stanza_line = text.lines().nth(1).unwrap().to_owned();
    assert!(
        stanza_line.starts_with("-> scrypt ") && stanza_line.ends_with(" 10"),
        "{stanza_line}"
    );
    let greedy_line = format!("{} {log_n}", &stanza_line[..stanza_line.len() - 3]);
    let mut greedy = Vec::new();
    let at = binary
        .windows(stanza_line.len())
        .position(|w| w == stanza_line.as_bytes())
        .unwrap();
    greedy.extend_from_slice(&binary[..at]);
    greedy.extend_from_slice(greedy_line.as_bytes());
    greedy.extend_from_slice(&binary[at + stanza_line.len()..]);
    greedy
}

#[test]
fn excessive_work_factor_is_refused_before_any_work() {
    // 2^30 scrypt would take many minutes and 128 GiB; the refusal computes nothing.
    assert_eq!(
        import_err(&with_work_factor(30)),
        ImportError::File(OpenError::ExcessiveWorkFactor {
            required: 30,
            max: MAX_IMPORT_WORK_FACTOR
        })
    );
}

#[test]
fn imports_are_capped_at_work_factor_20_below_the_vaults_own_limit() {
    assert_eq!(MAX_IMPORT_WORK_FACTOR, 20);
    const { assert!(MAX_IMPORT_WORK_FACTOR < MAX_WORK_FACTOR) };
    // 21 needs 2 GiB: refused before scrypt runs.
    let err = import_err(&with_work_factor(21));
    assert_eq!(
        err,
        ImportError::File(OpenError::ExcessiveWorkFactor {
            required: 21,
            max: 20
        })
    );
    // The message states the file's factor, the limit and what to do, not "21 above 21".
    let message = err.to_string();
    assert!(
        message.contains("work factor is 21")
            && message.contains("up to work factor 20")
            && message.contains("age -p"),
        "{message}"
    );
}

#[test]
fn a_file_at_work_factor_20_is_opened_not_refused_by_the_limit() {
    // The altered stanza makes scrypt run at 2^20 (once, about a second) and derive another
    // key, so the file key does not unwrap: the passphrase check ran, the limit let it through.
    assert_eq!(
        import_err(&with_work_factor(20)),
        ImportError::File(OpenError::WrongPassphrase)
    );
}

#[test]
fn an_armored_export_after_a_byte_order_mark_imports() {
    let mut file = "\u{FEFF}".as_bytes().to_vec();
    file.extend_from_slice(exported().as_bytes());
    let plan = read_import(&file, &secret(EXPORT_PASSPHRASE), &no_cases()).unwrap();
    assert_eq!(plan.cases.len(), 2);
    // Only before armor: a binary file with a mark before it is not an age file.
    let mut binary = "\u{FEFF}".as_bytes().to_vec();
    binary.extend_from_slice(&dearmor(&exported()));
    assert_eq!(
        import_err(&binary),
        ImportError::File(OpenError::NotAgeFile)
    );
}

#[test]
fn a_case_above_an_import_limit_is_refused_naming_the_case_and_the_limit() {
    let limit = CasePart::Sessions.limit();
    let mut case = Case::new(id("case-harbour"), "HB-17", LanguageTag::new("qu"));
    case.fictional = true;
    case.sessions = (0..=limit)
        .map(|n| {
            SessionPlan::new(
                SessionId::new(format!("s{n}")),
                Timestamp(1_772_366_400_000),
                LocationKind::NeutralRoom,
                LanguageTag::new("qu"),
                60,
            )
        })
        .collect();
    let file = sealed_bundle(&[
        ("case-orchard", value(&orchard())),
        ("case-harbour", value(&encode_case(&case))),
    ]);
    let (_, vault) = vault_with(&[]);
    let err = block_on(vault.plan_import(file.as_bytes(), &secret(EXPORT_PASSPHRASE))).unwrap_err();
    assert_eq!(
        err,
        ImportError::CaseTooLarge {
            code: "HB-17".into(),
            part: CasePart::Sessions,
            count: limit + 1,
            max: limit,
        }
    );
    let message = err.to_string();
    assert!(
        message.contains("HB-17") && message.contains(&format!("limit of {limit}")),
        "{message}"
    );
    // Nothing was stored, not even the case before it.
    assert!(block_on(vault.case_ids()).unwrap().is_empty());
    // At the limit, the case imports.
    case.sessions.pop();
    let file = sealed_bundle(&[("case-harbour", value(&encode_case(&case)))]);
    assert!(read_import(file.as_bytes(), &secret(EXPORT_PASSPHRASE), &no_cases()).is_ok());
}

#[test]
fn an_imported_case_keeps_its_fictional_mark() {
    let mut real = Case::new(id("case-real"), "RL-01", LanguageTag::new("en"));
    real.fictional = false;
    let file = sealed_bundle(&[
        ("case-real", value(&encode_case(&real))),
        ("case-harbour", value(&harbour())),
    ]);
    let plan = read_import(file.as_bytes(), &secret(EXPORT_PASSPHRASE), &no_cases()).unwrap();
    let marks: Vec<bool> = plan
        .cases
        .iter()
        .map(|c| decode_case(c.document.json_str()).unwrap().fictional)
        .collect();
    assert_eq!(marks, [false, true]);
}

#[test]
fn age_files_that_are_not_tell_once_exports_are_refused() {
    let seal = |content: &str| {
        seal_with_passphrase(content.as_bytes(), &secret(EXPORT_PASSPHRASE), fast()).unwrap()
    };
    for content in [
        "just some text",
        "[1, 2, 3]",
        r#"{"format":"someone-elses-backup","schema":1}"#,
        r#"{"name":"no case id here"}"#,
        r#"{"id":"case-bare","code":"BR-01"}"#,
        r#"{"format":"tell-once-export","cases":[]}"#,
        r#"{"format":"tell-once-export","schema":1,"cases":"not a list"}"#,
    ] {
        let err = import_err(seal(content).as_bytes());
        assert!(
            matches!(err, ImportError::NotTellOnceExport { .. }),
            "{content}: {err:?}"
        );
    }
    let newer = seal(r#"{"format":"tell-once-export","schema":2,"exported_at":5,"cases":[]}"#);
    assert_eq!(
        import_err(newer.as_bytes()),
        ImportError::NewerExportSchema {
            found: 2,
            supported: 1
        }
    );
    let harbour = harbour();
    let twice = seal(&format!(
        r#"{{"format":"tell-once-export","schema":1,"cases":[{{"id":"case-harbour","document":{harbour}}},{{"id":"case-harbour","document":{harbour}}}]}}"#
    ));
    assert_eq!(
        import_err(twice.as_bytes()),
        ImportError::DuplicateCaseInFile(id("case-harbour"))
    );
}

#[test]
fn a_single_case_document_is_accepted() {
    let file =
        seal_with_passphrase(harbour().as_bytes(), &secret(EXPORT_PASSPHRASE), fast()).unwrap();
    let plan = read_import(file.as_bytes(), &secret(EXPORT_PASSPHRASE), &no_cases()).unwrap();
    assert_eq!(plan.source, ImportSource::SingleDocument);
    assert_eq!(plan.exported_at, None);
    assert_eq!(plan.cases.len(), 1);
    assert_eq!(plan.cases[0].document.id(), &id("case-harbour"));
    assert_eq!(plan.cases[0].document.json_str(), harbour());
}

#[test]
fn the_decrypted_content_plans_as_the_file_does() {
    let file = exported();
    let existing = BTreeSet::from([id("case-orchard")]);
    let from_file = read_import(file.as_bytes(), &secret(EXPORT_PASSPHRASE), &existing).unwrap();
    let plaintext =
        open_with_passphrase(file.as_bytes(), &secret(EXPORT_PASSPHRASE), MAX_WORK_FACTOR).unwrap();
    assert_eq!(read_import_content(&plaintext, &existing), Ok(from_file));
    // Content is never taken for a file: age framing is the caller's business.
    assert!(matches!(
        read_import_content(file.as_bytes(), &existing),
        Err(ImportError::NotTellOnceExport { .. })
    ));
}

/// A bundle of `(listed id, document)` entries, sealed with the export passphrase.
fn sealed_bundle(entries: &[(&str, serde_json::Value)]) -> String {
    let cases: Vec<serde_json::Value> = entries
        .iter()
        .map(|(listed, document)| json!({ "id": listed, "document": document }))
        .collect();
    let bundle =
        json!({ "format": "tell-once-export", "schema": 1, "exported_at": 5, "cases": cases });
    seal_with_passphrase(
        bundle.to_string().as_bytes(),
        &secret(EXPORT_PASSPHRASE),
        fast(),
    )
    .unwrap()
}

fn value(json: &str) -> serde_json::Value {
    serde_json::from_str(json).unwrap()
}

#[test]
fn a_case_saved_by_a_newer_version_refuses_the_file_before_anything_is_written() {
    let mut newer = value(&orchard());
    newer["schema"] = json!(CURRENT_SCHEMA + 1);
    let file = sealed_bundle(&[("case-harbour", value(&harbour())), ("case-orchard", newer)]);
    let (_, vault) = vault_with(&[]);
    let err = block_on(vault.plan_import(file.as_bytes(), &secret(EXPORT_PASSPHRASE))).unwrap_err();
    assert_eq!(
        err,
        ImportError::InvalidCase {
            id: id("case-orchard"),
            error: SchemaError::Newer {
                found: u64::from(CURRENT_SCHEMA) + 1,
                supported: CURRENT_SCHEMA
            }
        }
    );
    let message = err.to_string();
    assert!(
        message.contains("case-orchard") && message.contains("version 4"),
        "{message}"
    );
    // The valid case before it was not written either.
    assert!(block_on(vault.case_ids()).unwrap().is_empty());
}

#[test]
fn a_malformed_case_refuses_the_file_naming_the_case() {
    let mut unknown = value(&harbour());
    unknown["case"]["profile"]["real_name"] = json!("not allowed");
    let err = import_err(sealed_bundle(&[("case-harbour", unknown)]).as_bytes());
    match &err {
        ImportError::InvalidCase {
            id: case,
            error: SchemaError::UnknownField { field, .. },
        } => {
            assert_eq!(case, &id("case-harbour"));
            assert_eq!(field, "real_name");
        }
        other => panic!("expected an unknown field in case-harbour, got {other:?}"),
    }
    assert!(err.to_string().contains("case-harbour"));

    let mut missing = value(&orchard());
    missing["case"].as_object_mut().unwrap().remove("questions");
    assert!(matches!(
        import_err(sealed_bundle(&[("case-orchard", missing)]).as_bytes()),
        ImportError::InvalidCase {
            error: SchemaError::Invalid { .. },
            ..
        }
    ));

    // Not a stored case at all: a bare case object without the schema envelope.
    let bare = value(&harbour())["case"].clone();
    let err = import_err(sealed_bundle(&[("case-harbour", bare)]).as_bytes());
    assert!(
        matches!(&err, ImportError::InvalidCase { id: case, .. } if case == &id("case-harbour")),
        "{err:?}"
    );
}

#[test]
fn a_bundle_entry_must_hold_the_case_it_lists() {
    let err = import_err(sealed_bundle(&[("case-orchard", value(&harbour()))]).as_bytes());
    assert_eq!(
        err,
        ImportError::CaseIdMismatch {
            listed: id("case-orchard"),
            inside: id("case-harbour"),
        }
    );
}

#[test]
fn a_single_stored_case_is_checked_too() {
    let mut newer = value(&harbour());
    newer["schema"] = json!(7);
    let file = seal_with_passphrase(
        newer.to_string().as_bytes(),
        &secret(EXPORT_PASSPHRASE),
        fast(),
    )
    .unwrap();
    assert_eq!(
        import_err(file.as_bytes()),
        ImportError::InvalidCase {
            id: id("case-harbour"),
            error: SchemaError::Newer {
                found: 7,
                supported: CURRENT_SCHEMA
            }
        }
    );
}

#[test]
fn a_case_of_an_older_schema_imports_as_it_was_saved() {
    // Version 1 called the profile `survivor` and had no accepted suggestions.
    let mut old = value(&harbour());
    old["schema"] = json!(1);
    let case = old["case"].as_object_mut().unwrap();
    let profile = case.remove("profile").unwrap();
    case.insert("survivor".to_owned(), profile);
    case.remove("accepted");
    let old = old.to_string();
    let file = seal_with_passphrase(old.as_bytes(), &secret(EXPORT_PASSPHRASE), fast()).unwrap();
    let plan = read_import(file.as_bytes(), &secret(EXPORT_PASSPHRASE), &no_cases()).unwrap();
    assert_eq!(plan.cases[0].document.id(), &id("case-harbour"));
    assert_eq!(plan.cases[0].document.json_str(), old);
}

#[test]
fn existing_cases_are_never_overwritten_silently() {
    let (_, vault) = vault_with(&[("case-harbour", harbour().as_str())]);
    let plan =
        block_on(vault.plan_import(exported().as_bytes(), &secret(EXPORT_PASSPHRASE))).unwrap();
    let status: Vec<_> = plan.cases.iter().map(|c| c.status).collect();
    assert_eq!(status, [ImportStatus::AlreadyExists, ImportStatus::New]);

    let choose = |choice: ImportChoice| BTreeMap::from([(id("case-harbour"), choice)]);
    assert_eq!(
        apply(&plan, &BTreeMap::new()),
        Err(ApplyError::ChoiceNeeded(id("case-harbour")))
    );
    assert_eq!(
        apply(&plan, &choose(ImportChoice::Import)),
        Err(ApplyError::ChoiceNeeded(id("case-harbour")))
    );
    assert_eq!(
        apply(&plan, &choose(ImportChoice::Replace { confirmed: false })),
        Err(ApplyError::ReplaceNotConfirmed(id("case-harbour")))
    );
    for taken in ["case-harbour", "case-orchard"] {
        assert_eq!(
            apply(&plan, &choose(ImportChoice::KeepBoth { new_id: id(taken) })),
            Err(ApplyError::NewIdTaken(id(taken)))
        );
    }
    assert_eq!(
        apply(
            &plan,
            &BTreeMap::from([(id("case-elsewhere"), ImportChoice::Skip)])
        ),
        Err(ApplyError::UnknownCase(id("case-elsewhere")))
    );

    // Skip: only the new case is written.
    let writes = apply(&plan, &choose(ImportChoice::Skip)).unwrap();
    assert_eq!(writes.len(), 1);
    assert_eq!(writes[0].document.id(), &id("case-orchard"));

    // Keep both: the file's case goes under the new id; the vault's stays.
    let writes = apply(
        &plan,
        &choose(ImportChoice::KeepBoth {
            new_id: id("case-harbour-2"),
        }),
    )
    .unwrap();
    assert_eq!(writes[0].document.id(), &id("case-harbour-2"));
    assert_eq!(writes[0].renamed_from, Some(id("case-harbour")));
    assert!(!writes[0].replaces_existing);
    let report = block_on(vault.import(&writes));
    assert_eq!(report.saved, [id("case-harbour-2"), id("case-orchard")]);
    assert_eq!(
        block_on(vault.case_ids()).unwrap(),
        [id("case-harbour"), id("case-harbour-2"), id("case-orchard")]
    );

    // Replace, confirmed.
    let changed = stored("case-harbour", "HB-18", "qu");
    let file =
        seal_with_passphrase(changed.as_bytes(), &secret(EXPORT_PASSPHRASE), fast()).unwrap();
    let plan = block_on(vault.plan_import(file.as_bytes(), &secret(EXPORT_PASSPHRASE))).unwrap();
    let writes = apply(&plan, &choose(ImportChoice::Replace { confirmed: true })).unwrap();
    assert!(writes[0].replaces_existing);
    block_on(vault.import(&writes));
    assert_eq!(
        block_on(vault.load_case(&id("case-harbour")))
            .unwrap()
            .json_str(),
        changed
    );
}

// ---------------------------------------------------------------------------------------------
// Interop with the standard `age` command-line tool.
//
// `age -p` and `age -d` read passphrases from the terminal, not from standard input, and
// Debian's age has no passphrase variable; `script` (util-linux) gives them a terminal whose
// input is our standard input.

const AGE: &str = "/usr/bin/age";
const SCRIPT: &str = "/usr/bin/script";

/// Whether to run the interop tests; fails instead of skipping where they are required.
fn age_cli_available() -> bool {
    let present = Path::new(AGE).exists() && Path::new(SCRIPT).exists();
    let required =
        std::env::var_os("CI").is_some() || std::env::var_os("TELL_ONCE_REQUIRE_AGE").is_some();
    if !present {
        assert!(
            !required,
            "the age CLI interop test needs {AGE} and {SCRIPT} (apt-get install age util-linux)"
        );
        eprintln!("skipped: {AGE} or {SCRIPT} is missing");
    }
    present
}

/// Runs `age` with `args` under a pseudo-terminal, typing `typed` lines at it.
fn run_age(dir: &Path, args: &str, typed: &str) -> std::process::Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(SCRIPT)
        .args(["-q", "-e", "-c", &format!("{AGE} {args}"), "/dev/null"])
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start script");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(typed.as_bytes())
        .unwrap();
    child.wait_with_output().expect("age finished")
}

fn scratch_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("tell-once-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn age_cli_decrypts_an_app_export() {
    if !age_cli_available() {
        return;
    }
    let dir = scratch_dir("age-d");
    let export = export_cases(
        &both_cases(),
        &secret(EXPORT_PASSPHRASE),
        WorkFactor::insecure_for_tests(12),
        Timestamp(42),
    )
    .unwrap();
    std::fs::write(dir.join("cases.age"), &export).unwrap();
    let out = run_age(
        &dir,
        "-d -o cases.json cases.age",
        &format!("{EXPORT_PASSPHRASE}\n"),
    );
    assert!(
        out.status.success(),
        "age -d failed: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    let bundle: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("cases.json")).unwrap()).unwrap();
    assert_eq!(bundle["format"], "tell-once-export");
    assert_eq!(bundle["cases"][0]["document"]["case"]["code"], "HB-17");

    // And age refuses a wrong passphrase, like the app does.
    let out = run_age(
        &dir,
        "-d -o wrong.json cases.age",
        "not the passphrase at all\n",
    );
    assert!(!out.status.success());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn app_imports_a_file_made_with_age_p() {
    if !age_cli_available() {
        return;
    }
    let dir = scratch_dir("age-p");
    std::fs::write(dir.join("case.json"), orchard()).unwrap();
    // Armored (-a), as a user might make it; age asks for the passphrase twice.
    let typed = format!("{EXPORT_PASSPHRASE}\n{EXPORT_PASSPHRASE}\n");
    let out = run_age(&dir, "-p -a -o case.age case.json", &typed);
    assert!(
        out.status.success(),
        "age -p failed: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    let file = std::fs::read(dir.join("case.age")).unwrap();

    let (_, vault) = vault_with(&[]);
    let plan = block_on(vault.plan_import(&file, &secret(EXPORT_PASSPHRASE))).unwrap();
    assert_eq!(plan.source, ImportSource::SingleDocument);
    assert_eq!(plan.cases[0].document.id(), &id("case-orchard"));
    assert_eq!(plan.cases[0].document.json_str(), orchard());
    let writes = apply(&plan, &BTreeMap::new()).unwrap();
    assert_eq!(block_on(vault.import(&writes)).saved, [id("case-orchard")]);
    assert_eq!(
        block_on(vault.load_case(&id("case-orchard")))
            .unwrap()
            .json_str(),
        orchard()
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_export_and_an_import_done_by_the_worker_are_the_same_files_as_on_the_page() {
    let work = common::CountingWork::default();
    let now = Timestamp(1_772_366_400_000);
    let armored = block_on(export_cases_by(
        &work,
        &[doc("case-harbour", &harbour())],
        &secret(EXPORT_PASSPHRASE),
        fast(),
        now,
    ))
    .unwrap();
    assert_eq!(work.counts(), (1, 0));
    // Read on the page as before, and by the worker.
    let here = read_import(
        armored.as_bytes(),
        &secret(EXPORT_PASSPHRASE),
        &BTreeSet::new(),
    )
    .unwrap();
    let turns = common::NotingStore::default();
    let there = block_on(read_import_by(
        &work,
        armored.as_bytes(),
        &secret(EXPORT_PASSPHRASE),
        &BTreeSet::new(),
        &turns,
    ))
    .unwrap();
    assert_eq!(work.counts(), (1, 1));
    assert_eq!(here, there);
    // A turn for the page once the file is opened, and before its case is read.
    assert_eq!(turns.pauses(), 2);
    // Refusals before any work: a weak passphrase, a file over the limit.
    assert!(matches!(
        block_on(export_cases_by(
            &work,
            &[doc("case-harbour", &harbour())],
            &secret("short"),
            fast(),
            now
        )),
        Err(ExportError::WeakPassphrase(_))
    ));
    let too_large = vec![b'a'; MAX_IMPORT_BYTES + 1];
    assert!(matches!(
        block_on(read_import_by(
            &work,
            &too_large,
            &secret(EXPORT_PASSPHRASE),
            &BTreeSet::new(),
            &turns,
        )),
        Err(ImportError::TooLarge { .. })
    ));
    assert_eq!(work.counts(), (1, 1), "no work for what is refused first");
    assert_eq!(
        block_on(read_import_by(
            &work,
            armored.as_bytes(),
            &secret("pebble orchard compass 8"),
            &BTreeSet::new(),
            &turns,
        )),
        Err(ImportError::File(OpenError::WrongPassphrase))
    );
}
