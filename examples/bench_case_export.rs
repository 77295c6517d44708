//! Writes the generated 10x case as a Tell Once export file, for the browser benchmark
//! (`make bench`, tests/e2e/bench/latency.bench.js), which imports it on the Vault page.
//!
//! Usage: `cargo run --release --example bench_case_export -- <out.age> <passphrase> [scale]`
//! (scale 10 by default: the 10x case; 100 makes the 100x case, coded `BENCH-100X`)
//! (release, or `--profile bench`: the export derives its key with scrypt at the real work
//! factor, which is slow unoptimised).
//!
//! The file is made exactly as the app makes an export: [`export_cases`] with
//! [`WorkFactor::DEFAULT`], holding the case in its stored form ([`encode_case`]). The case is
//! marked fictional and gets the code `BENCH-<scale>X`, so that it is recognised wherever it turns up.

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

/// The scale by default: ten times the 1x case, 100 agencies, 400 prior accounts, 1 500
/// questions, 30 sessions, 200 consent events and 20 referrals.
const SCALE: usize = 10;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (out, passphrase, scale) = match args.as_slice() {
        [out, passphrase] => (out, passphrase, SCALE),
        [out, passphrase, scale] => match scale.parse::<usize>() {
            Ok(scale) if scale > 0 => (out, passphrase, scale),
            _ => {
                eprintln!(
                    "bench_case_export: the scale is a whole number above 0, such as 10 or 100"
                );
                return ExitCode::from(2);
            }
        },
        _ => {
            eprintln!("usage: bench_case_export <out.age> <passphrase> [scale]");
            return ExitCode::from(2);
        }
    };
    match write_export(&PathBuf::from(out), passphrase, scale) {
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
fn write_export(out: &PathBuf, passphrase: &str, scale: usize) -> Result<String, String> {
    let mut case = generated_case(scale);
    case.fictional = true;
    // The code the browser benchmarks look the case up by.
    let code = format!("BENCH-{scale}X");
    case.code = code.clone();
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
        "{}: case {code} ({scale}x): {} agencies, {} prior accounts, {} questions, {} sessions, \
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
