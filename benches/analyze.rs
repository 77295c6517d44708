//! How long the planner takes over generated cases at 1x, 10x and 100x
//! (1x: 10 agencies, 40 prior accounts, 150 questions).
//!
//! Criterion is a native-only dev-dependency: on wasm32 this bench is an empty program.

#[cfg(not(target_arch = "wasm32"))]
mod planner {
    use criterion::{criterion_group, BenchmarkId, Criterion, Throughput};
    use std::hint::black_box;
    use tell_once::model::generate::generated_case;
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

    criterion_group!(benches, analyze_at_scales);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(planner::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
