//! How long the planner takes over generated cases at 1x, 10x and 100x
//! (1x: 10 agencies, 40 prior accounts, 150 questions), and over issue 17's worst case: 30,010
//! near-identical questions, which the all-pairs duplicate rule took 35 s over.
//!
//! Criterion is a native-only dev-dependency: on wasm32 this bench is an empty program.

#[cfg(not(target_arch = "wasm32"))]
mod planner {
    use criterion::{criterion_group, BenchmarkId, Criterion, Throughput};
    use std::hint::black_box;
    use tell_once::model::generate::{generated_case, near_identical_case};
    use tell_once::model::planner::analyze;

    fn analyze_at_scales(c: &mut Criterion) {
        let mut group = c.benchmark_group("analyze");
        for scale in [1usize, 10, 100] {
            let case = generated_case(scale);
            group.throughput(Throughput::Elements(case.questions.len() as u64));
            group.bench_with_input(
                BenchmarkId::from_parameter(format!("{scale}x")),
                &case,
                |b, case| b.iter(|| analyze(black_box(case))),
            );
        }
        group.finish();
    }

    /// The id `analyze/near-identical-30010` is what build/bench-report.mjs reads.
    fn analyze_near_identical(c: &mut Criterion) {
        let mut group = c.benchmark_group("analyze");
        // Hundreds of milliseconds a run: ten samples are enough for a median.
        group.sample_size(10);
        let case = near_identical_case(30_010);
        group.throughput(Throughput::Elements(case.questions.len() as u64));
        group.bench_with_input(
            BenchmarkId::from_parameter("near-identical-30010"),
            &case,
            |b, case| b.iter(|| analyze(black_box(case))),
        );
        group.finish();
    }

    criterion_group!(benches, analyze_at_scales, analyze_near_identical);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(planner::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
