//! How long the planner takes over the worst case of issue 17: up to 30,010 near-identical
//! questions. Ignored, so that `make test` never runs it; run it in release and read the figures:
//!
//! `cargo test --release --test planner_scale -- --ignored --nocapture`
//!
//! It prints times and asserts none of them.
#![cfg(not(target_arch = "wasm32"))]

use std::time::{Duration, Instant};
use tell_once::model::case::Case;
use tell_once::model::generate::near_identical_case;
use tell_once::model::planner::{
    achieved_retelling, already_told, analyze, coach_remarks, consent_gate, corroboration,
    corroboration_summary, coverage_columns, duplicates, latest_consent_time,
    questions_not_carried_over, retelling_load, retold_topics, roles, sessions_not_recorded,
    wellbeing,
};

fn timed<T>(what: &str, run: impl FnOnce() -> T) -> (T, Duration) {
    let start = Instant::now();
    let out = run();
    let took = start.elapsed();
    println!("  {what:<28} {:>10.1} ms", took.as_secs_f64() * 1e3);
    (out, took)
}

fn each_rule(case: &Case) {
    let as_of = latest_consent_time(case);
    timed("achieved_retelling", || achieved_retelling(case));
    timed("sessions_not_recorded", || {
        sessions_not_recorded(case, as_of)
    });
    timed("questions_not_carried_over", || {
        questions_not_carried_over(case)
    });
    timed("already_told", || already_told(case, as_of));
    timed("duplicates", || duplicates(case));
    let (load, _) = timed("retelling_load", || retelling_load(case));
    timed("retold_topics", || retold_topics(&load));
    timed("consent_gate", || consent_gate(case, as_of));
    timed("wellbeing", || wellbeing(case));
    timed("roles", || roles(case));
    timed("coach_remarks", || coach_remarks(case));
    timed("corroboration", || corroboration(case, as_of));
    timed("corroboration_summary", || corroboration_summary(case));
    timed("coverage_columns", || coverage_columns(case));
}

#[test]
#[ignore = "a timing to read, not a check: run in release with --ignored --nocapture"]
fn analyze_near_identical_questions() {
    for questions in [10_000, 30_010] {
        let case = near_identical_case(questions);
        println!("{questions} questions, each rule:");
        each_rule(&case);
        let (analysis, took) = timed("analyze", || analyze(&case));
        println!(
            "analyze over {questions} near-identical questions: {:.1} ms ({} findings)",
            took.as_secs_f64() * 1e3,
            analysis.findings.len()
        );
    }
}
