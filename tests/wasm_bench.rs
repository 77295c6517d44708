//! How long the planner takes in the browser: `analyze` over the generated 1x, 10x and 100x
//! cases in headless Chromium, the same cases that benches/analyze.rs times natively.
//!
//! Run by `make bench`:
//! `cargo test --release --target wasm32-unknown-unknown --test wasm_bench -- --nocapture`
//! (release: the code generation the app ships, before wasm-opt). Each scale prints one line
//! `WASM_BENCH {json}` that build/bench-report.mjs reads: the time per call in ms (median, mean,
//! p95, min, max over the samples), the samples and the calls per sample.
//!
//! Timing: `performance.now()`, which Chromium coarsens (to 0.1 ms without cross-origin
//! isolation), so each sample times a batch of calls lasting at least `MIN_SAMPLE_MS` and
//! divides. Warm-up calls first, so that the engine has compiled the optimised tier.
#![cfg(target_arch = "wasm32")]

use std::hint::black_box;

use tell_once::model::generate::generated_case;
use tell_once::model::planner::analyze;
use wasm_bindgen::prelude::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen]
extern "C" {
    /// The page's monotonic clock, in ms since the page's time origin.
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    fn performance_now() -> f64;
}

const WARMUP_CALLS: usize = 3;
const MIN_SAMPLE_MS: f64 = 20.0;

/// The p-th percentile by the nearest-rank method, of sorted values.
fn percentile(sorted: &[f64], p: f64) -> f64 {
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.saturating_sub(1).min(sorted.len() - 1)]
}

#[wasm_bindgen_test]
fn analyze_at_scales() {
    for (scale, samples) in [(1usize, 30usize), (10, 20), (100, 10)] {
        let case = generated_case(scale);
        let started = performance_now();
        for _ in 0..WARMUP_CALLS {
            black_box(analyze(black_box(&case)));
        }
        let per_call = (performance_now() - started) / WARMUP_CALLS as f64;
        let calls = ((MIN_SAMPLE_MS / per_call.max(0.001)).ceil() as usize).max(1);
        let mut times: Vec<f64> = (0..samples)
            .map(|_| {
                let start = performance_now();
                for _ in 0..calls {
                    black_box(analyze(black_box(&case)));
                }
                (performance_now() - start) / calls as f64
            })
            .collect();
        let samples_ms = times.clone();
        times.sort_by(f64::total_cmp);
        let mean = times.iter().sum::<f64>() / times.len() as f64;
        assert!(
            times[0] > 0.0,
            "the clock did not advance over {calls} calls"
        );
        let line = serde_json::json!({
            "bench": "analyze",
            "scale": scale,
            "questions": case.questions.len(),
            "calls_per_sample": calls,
            "samples": samples,
            "median_ms": percentile(&times, 50.0),
            "mean_ms": mean,
            "p95_ms": percentile(&times, 95.0),
            "min_ms": times[0],
            "max_ms": times[times.len() - 1],
            "samples_ms": samples_ms,
        });
        console_log!("WASM_BENCH {line}");
    }
}
