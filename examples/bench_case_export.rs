//! Writes the generated 10x case as a Tell Once export file, for the browser benchmark
//! (`make bench`, tests/e2e/bench/latency.bench.js), which imports it on the Vault page.
//!
//! Usage: `cargo run --release --example bench_case_export -- <out.age> <passphrase>`
//! (release, or `--profile bench`: the export derives its key with scrypt at the real work
//! factor, which is slow unoptimised).
//!
//! The file is made exactly as the app makes an export: [`export_cases`] with
//! [`WorkFactor::DEFAULT`], holding the case in its stored form ([`encode_case`]). The case is
//! marked fictional and gets the code [`BENCH_CODE`], so that it is recognised wherever it turns up.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use age::secrecy::SecretString;
use tell_once::model::generate::generated_case;
use tell_once::model::schema::encode_case;
use tell_once::model::Timestamp;
use tell_once::vault::crypto::WorkFactor;
use tell_once::vault::export::export_cases;
use tell_once::vault::CaseDocument;

/// The code of the benchmark case, as the browser benchmark looks it up.
const BENCH_CODE: &str = "BENCH-10X";
/// Ten times the 1x case: 100 agencies, 400 prior accounts, 1 500 questions, 30 sessions,
/// 200 consent events and 20 referrals.
const SCALE: usize = 10;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [out, passphrase] = args.as_slice() else {
        eprintln!("usage: bench_case_export <out.age> <passphrase>");
        return ExitCode::from(2);
    };
    match write_export(&PathBuf::from(out), passphrase) {
        Ok(summary) => {
            println!("{summary}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("bench_case_export: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Writes the export and says what is in it.
fn write_export(out: &PathBuf, passphrase: &str) -> Result<String, String> {
    let mut case = generated_case(SCALE);
    case.fictional = true;
    case.code = BENCH_CODE.to_owned();
    let json = encode_case(&case);
    let document = CaseDocument::new(case.id.clone(), json.as_bytes())
        .map_err(|e| format!("the generated case is not a valid document: {e}"))?;
    let passphrase = SecretString::from(passphrase.to_owned());
    let armored = export_cases(&[document], &passphrase, WorkFactor::DEFAULT, wall_clock())
        .map_err(|e| format!("the export could not be made: {e}"))?;
    if let Some(folder) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder)
            .map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    }
    std::fs::write(out, &armored).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    Ok(format!(
        "{}: case {BENCH_CODE} ({SCALE}x): {} agencies, {} prior accounts, {} questions, {} sessions, \
         {} consent events, {} referrals; stored form {} bytes, export file {} bytes",
        out.display(),
        case.agencies.len(),
        case.prior_accounts.len(),
        case.questions.len(),
        case.sessions.len(),
        case.consent.events().len(),
        case.referrals.len(),
        json.len(),
        armored.len(),
    ))
}

/// The export's time stamp: a command-line tool may read the clock (the model never does).
fn wall_clock() -> Timestamp {
    let ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX));
    Timestamp(ms)
}
