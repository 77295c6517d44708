// The generated cases the browser benchmarks import (examples/bench_case_export.rs), as
// `make bench` passes them in: each export file and its passphrase.
//   BENCH_EXPORT, BENCH_PASSPHRASE            the 10x case
//   BENCH_EXPORT_100X, BENCH_PASSPHRASE_100X  the 100x case
export const BENCH_CASES = [
  { scale: 10, code: "BENCH-10X", file: process.env.BENCH_EXPORT, passphrase: process.env.BENCH_PASSPHRASE },
  { scale: 100, code: "BENCH-100X", file: process.env.BENCH_EXPORT_100X, passphrase: process.env.BENCH_PASSPHRASE_100X },
];
