//! Writes the seeds of the fuzz targets (fuzz/fuzz_targets): small valid inputs from which the
//! fuzzer mutates. Run once, from the repository root, when the formats change:
//!
//! `cargo run --example fuzz_seed_corpus -- fuzz/seeds`
//!
//! The seeds: the fictional sample case in its stored form, the same case as a schema 1
//! document (the first prototype's field names, migrated on import) and inside an export
//! bundle; age files of a small bundle made at scrypt work factors 1 and 2 (the fuzz target
//! opens them with the passphrase below) and one at the real work factor, which the target
//! refuses unopened; the HSDS fixtures of tests/fixtures/hsds. `make fuzz` starts from them and
//! from fuzz/corpus, and `make fuzz-corpus` keeps there the inputs found that add coverage.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    match seeds::write_all() {
        Ok(count) => {
            println!("wrote {count} seed files");
            std::process::ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("fuzz_seed_corpus: {message}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod seeds {
    use std::path::{Path, PathBuf};

    use age::secrecy::SecretString;
    use serde_json::{json, Value};
    use tell_once::model::sample::sample_case;
    use tell_once::model::schema::encode_case;
    use tell_once::model::Timestamp;
    use tell_once::vault::crypto::{seal_with_passphrase, WorkFactor};
    use tell_once::vault::export::export_cases;
    use tell_once::vault::CaseDocument;

    /// The passphrase the `age_file` target opens its inputs with (fictional, protects nothing).
    const PASSPHRASE: &str = "fuzzing orchard lantern";
    const HSDS: &str = "tests/fixtures/hsds";

    /// Writes every seed under the folder given on the command line; the number written.
    pub fn write_all() -> Result<usize, String> {
        let root = std::env::args()
            .nth(1)
            .map(PathBuf::from)
            .ok_or("usage: fuzz_seed_corpus <corpus folder>")?;
        let mut count = 0;
        let mut write = |target: &str, name: &str, bytes: &[u8]| -> Result<(), String> {
            let folder = root.join(target);
            std::fs::create_dir_all(&folder)
                .map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
            let path = folder.join(name);
            std::fs::write(&path, bytes)
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            count += 1;
            Ok(())
        };

        let case = sample_case();
        let stored = encode_case(&case);
        let bundle = |document: &str| {
            format!(
                r#"{{"format":"tell-once-export","schema":1,"exported_at":1767225600000,"cases":[{{"id":"{}","document":{document}}}]}}"#,
                case.id
            )
        };
        write("import_content", "sample-case-v2.json", stored.as_bytes())?;
        write(
            "import_content",
            "sample-case-v1.json",
            version_one(&stored)?.as_bytes(),
        )?;
        write("import_content", "bundle.json", bundle(&stored).as_bytes())?;

        // The age seeds hold a small case, so that a decrypted mutation is cheap to plan.
        let mut small = case.clone();
        small.questions.truncate(2);
        small.prior_accounts.truncate(1);
        let small = encode_case(&small);
        let document = CaseDocument::new(case.id.clone(), small.as_bytes())
            .map_err(|e| format!("the small case is not a document: {e}"))?;
        let passphrase = SecretString::from(PASSPHRASE.to_owned());
        for log_n in [1, 2] {
            let armored = export_cases(
                std::slice::from_ref(&document),
                &passphrase,
                WorkFactor::insecure_for_tests(log_n),
                Timestamp(1_767_225_600_000),
            )
            .map_err(|e| format!("export failed: {e}"))?;
            write(
                "age_file",
                &format!("bundle-wf{log_n}.age"),
                armored.as_bytes(),
            )?;
        }
        let single = seal_with_passphrase(
            small.as_bytes(),
            &passphrase,
            WorkFactor::insecure_for_tests(1),
        )
        .map_err(|e| format!("sealing failed: {e}"))?;
        write("age_file", "single-case-wf1.age", single.as_bytes())?;
        let costly = seal_with_passphrase(b"{}", &passphrase, WorkFactor::DEFAULT)
            .map_err(|e| format!("sealing failed: {e}"))?;
        write("age_file", "work-factor-17.age", costly.as_bytes())?;

        for name in [
            "service_full.json",
            "service_list.json",
            "organization_full.json",
            "service_at_location_full.json",
        ] {
            write("hsds_json", name, &read(&Path::new(HSDS).join(name))?)?;
        }
        let csv = |name: &str| read(&Path::new(HSDS).join(name));
        let services = csv("services.csv")?;
        write("hsds_csv", "services.csv", &services)?;
        let joined = [services, csv("phones.csv")?, csv("languages.csv")?].join(&b'\0');
        write("hsds_csv", "services-phones-languages.csv", &joined)?;
        Ok(count)
    }

    fn read(path: &Path) -> Result<Vec<u8>, String> {
        std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
    }

    /// The stored case rewritten with the schema 1 names (see `model::schema`).
    fn version_one(stored: &str) -> Result<String, String> {
        let mut document: Value =
            serde_json::from_str(stored).map_err(|e| format!("stored case: {e}"))?;
        document["schema"] = json!(1);
        let case = document["case"]
            .as_object_mut()
            .ok_or("the stored case has no case object")?;
        case.remove("accepted");
        if let Some(profile) = case.remove("profile") {
            case.insert("survivor".to_owned(), profile);
        }
        for question in case
            .get_mut("questions")
            .and_then(Value::as_array_mut)
            .into_iter()
            .flatten()
        {
            let question = question
                .as_object_mut()
                .ok_or("a question is not an object")?;
            question.remove("credited_to");
            question.remove("set_aside");
            question.insert("answered_by_record".to_owned(), Value::Null);
            if let Some(agency) = question.remove("agency") {
                question.insert("asked_by".to_owned(), agency);
            }
        }
        Ok(document.to_string())
    }
}
