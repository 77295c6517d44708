// Tests of the report generator: `node --test build/` (make bench runs them before the report).
// The inputs are small made-up results in a temporary folder, never a committed report.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { FUZZ_TARGETS } from "./bench-report.mjs";

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), "bench-report.mjs");

function put(root, file, content) {
  const full = path.join(root, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, typeof content === "string" ? content : JSON.stringify(content));
}

const stats = (median) => ({ n: 10, min: median - 1, median, p95: median + 2, max: median + 3 });

function criterionResult(root, fullId, medianNs, throughput = null) {
  const dir = `target/criterion/${fullId}/new`;
  put(root, `${dir}/benchmark.json`, { full_id: fullId, throughput });
  put(root, `${dir}/estimates.json`, {
    median: { point_estimate: medianNs, confidence_interval: { lower_bound: medianNs, upper_bound: medianNs } },
    mean: { point_estimate: medianNs },
  });
}

/** A repository root holding one of every input, with figures chosen by the test. */
function fakeRoot() {
  const root = mkdtempSync(path.join(os.tmpdir(), "bench-report-"));
  put(root, "dist/index.html", "<!doctype html><title>x</title>");
  put(root, "dist/app-1.wasm", "\0asm" + "a".repeat(5000));
  put(root, "dist/app-1.js", "export {};");
  const machine = { browser: "Chromium 1.2", cpus: 2, loadAverageBefore: [1, 1, 1], loadAverageAfter: [1, 1, 1] };
  put(root, "tests/e2e/bench-results/cold-start.json", {
    date: "2026-01-01T00:00:00Z",
    definition: "test definition",
    runs: 10,
    machine,
    stats: { interactive: stats(321.5), rendered: stats(300) },
    firstScreenFiles: ["app-1.js", "app-1.wasm", "index.html"],
  });
  put(root, "dist/part-2.wasm", "\0asm" + "b".repeat(3000));
  put(root, "tests/e2e/bench-results/latency.json", {
    date: "2026-01-01T00:00:00Z",
    targetP95Ms: 50,
    case: { code: "BENCH-10X", scale: 10, agencies: 100, questions: 1500 },
    machine,
    interactions: { "add a question": { stats: { paint: stats(40) } }, "record a consent decision": { stats: { paint: stats(70) } } },
  });
  put(root, "tests/e2e/bench-results/responsiveness.json", {
    measuredAt: "2026-01-01T00:00:00Z",
    longTasks: { unlock: { count: 0, longestMs: 0, durationsMs: [] }, "open the 100x case": { count: 2, longestMs: 71, durationsMs: [71, 55] } },
    quickExitMs: { "during an unlock": 12 },
  });
  for (const [scale, ns] of [[1, 5e5], [10, 1e7], [100, 1e8]]) {
    criterionResult(root, `analyze/${scale}x`, ns);
    for (const f of ["save (encrypt, write, read back, verify)", "encode", "decode"]) {
      criterionResult(root, `case/${f}/${scale}x`, ns / 10, { Bytes: scale * 1000 });
    }
  }
  criterionResult(root, "vault/unlock (work factor 17)", 6e8);
  put(
    root,
    "target/bench/wasm-bench.log",
    [1, 10, 100]
      .map((scale) => `WASM_BENCH ${JSON.stringify({ bench: "analyze", scale, questions: 150 * scale, median_ms: scale * 1.5, min_ms: scale, p95_ms: scale * 2, samples: 10, calls_per_sample: 1 })}`)
      .join("\nother output\n"),
  );
  const unlockIn = (browser, medianMs) => ({ browser, workFactor: 18, runs: 7, samplesMs: [], medianMs, minMs: medianMs - 50, maxMs: medianMs + 80 });
  put(root, "target/bench/unlock.json", {
    date: "2026-01-01T00:00:00Z",
    definition: "from submitting to the painted case list",
    machine: { cpus: 2, loadAverageBefore: [1, 1, 1], loadAverageAfter: [2, 1, 1] },
    engines: { chromium: unlockIn("chrome 140.0", 812.4), firefox: unlockIn("firefox 140.5.0", 1490) },
  });
  for (const target of FUZZ_TARGETS) {
    put(root, `target/bench/fuzz/${target}.log`, "#1 INITED\n#4242\tDONE   cov: 987 ft: 3210 corp: 55/12Kb lim: 4096 exec/s: 56 rss: 80Mb\nDone 4242 runs in 76 second(s)\n");
    put(root, `fuzz/seeds/${target}/seed`, "{}");
    put(root, `fuzz/corpus/${target}/found`, "[]");
  }
  return root;
}

function run(root) {
  const out = path.join(root, "bench/report.md");
  const result = spawnSync(process.execPath, [SCRIPT, "--root", root, "--out", out], { encoding: "utf8" });
  return { ...result, out };
}

/** Spoils a complete set of inputs with `spoil`, expects the script to refuse it without writing; its stderr. */
function refused(spoil) {
  const root = fakeRoot();
  try {
    spoil(root);
    const { status, stderr, out } = run(root);
    assert.equal(status, 1, `exit status; stderr: ${stderr}`);
    assert.equal(existsSync(out), false, "no partial report");
    return stderr;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test("a report with every figure, its budget and verdict", () => {
  const root = fakeRoot();
  try {
    const { status, stderr, out } = run(root);
    assert.equal(status, 0, stderr);
    const report = readFileSync(out, "utf8");
    assert.match(report, /## Machine/);
    assert.match(report, /Cold start to the first interactive screen, median of 10 \| 321\.5 ms \| ≤ 500 ms \| pass/);
    assert.match(report, /p95 \(10x case\): record a consent decision \| 72\.0 ms \| ≤ 50 ms \| \*\*FAIL\*\*/);
    assert.match(report, /p95 \(10x case\): add a question \| 42\.0 ms \| ≤ 50 ms \| pass/);
    // analyze 10x: 10 ms native, 15 ms in Chromium: a ratio of 1.50, growth ×20.0 from 1x natively.
    assert.match(report, /\| 10x \| 1500 \| 10\.000 ms \| 15\.000 ms \(min 10\.000 ms, p95 20\.000 ms\) \| 1\.50 \| ×20\.0 from 1x \| ×10\.0 from 1x \|/);
    assert.match(report, /Unlock .*median 600 ms/);
    assert.match(report, /Vault unlock in chrome 140\.0 \(scrypt 2\^18\), median of 7 \| 812 ms \|/);
    assert.match(report, /\| firefox 140\.5\.0 \| 18 \| 7 \| 1490 ms \| 1440 ms \| 1570 ms \|/);
    assert.match(report, /\| age_file \| 76 s \| 4242 \| 56 \| 987 \| 3210 \| 55\/12Kb \| 2 files, 0\.0 KB \| 0 \|/);
    assert.match(report, /`app-1\.wasm` \| 5004 B \| \d+ B \| first screen \|/);
    assert.match(report, /`part-2\.wasm` \| 3004 B \| \d+ B \| later \|/);
    assert.match(report, /Transfer for the first screen, gzip -9 \(every file the cold start fetched\) \| 0\.\d KB \| ≤ 450\.0 KB \| pass/);
    assert.match(report, /Total: 304 s, 16968 executions, 0 crashes/);
    assert.match(report, /Longest task on the page's thread: open the 100x case \| 71 ms \| ≤ 50 ms \| \*\*FAIL\*\*/);
    assert.match(report, /Quick exit to the neutral page, during an unlock \| 12 ms \| ≤ 100 ms \| pass/);
    assert.match(report, /\| open the 100x case \| 2 \| 71 ms \| 71, 55 \|/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

for (const [missing, named] of [
  ["dist", "dist/"],
  ["tests/e2e/bench-results/cold-start.json", "tests/e2e/bench-results/cold-start.json"],
  ["tests/e2e/bench-results/latency.json", "tests/e2e/bench-results/latency.json"],
  ["tests/e2e/bench-results/responsiveness.json", "tests/e2e/bench-results/responsiveness.json"],
  ["target/criterion", "target/criterion/"],
  ["target/criterion/analyze/100x", "target/criterion/analyze/100x/new/estimates.json"],
  ["target/criterion/case/decode/10x", "target/criterion/case/decode/10x/new/estimates.json"],
  ["target/bench/wasm-bench.log", "target/bench/wasm-bench.log"],
  ["target/bench/unlock.json", "target/bench/unlock.json"],
  ["target/bench/fuzz/hsds_csv.log", "target/bench/fuzz/hsds_csv.log"],
  ["fuzz/corpus/age_file", "fuzz/corpus/age_file/"],
  ["fuzz/seeds/hsds_json", "fuzz/seeds/hsds_json/"],
]) {
  test(`without ${missing}, no report and an error naming it`, () => {
    const stderr = refused((root) => rmSync(path.join(root, missing), { recursive: true, force: true }));
    assert.ok(stderr.includes(named), `stderr names ${named}: ${stderr}`);
  });
}

test("a cold start that fetched a file the build does not hold is refused", () => {
  const stderr = refused((root) => rmSync(path.join(root, "dist/app-1.js")));
  assert.match(stderr, /cold-start\.json.*app-1\.js, which dist\/ does not hold/);
});

test("a truncated input is refused like a missing one", () => {
  const stderr = refused((root) =>
    put(root, "target/bench/wasm-bench.log", 'WASM_BENCH {"bench":"analyze","scale":1,"median_ms":1,"min_ms":1,"p95_ms":1,"samples":3,"calls_per_sample":1}\n'),
  );
  assert.match(stderr, /wasm-bench\.log: has no WASM_BENCH line for analyze at 10x/);
});

test("a fuzz run that did not finish is refused", () => {
  const stderr = refused((root) => put(root, "target/bench/fuzz/age_file.log", "#1 INITED\n==123== ERROR: libFuzzer: deadly signal\n"));
  assert.match(stderr, /target\/bench\/fuzz\/age_file\.log: has no 'Done N runs/);
});

test("an unlock benchmark without one of the browsers is refused", () => {
  const stderr = refused((root) => {
    const file = path.join(root, "target/bench/unlock.json");
    const json = JSON.parse(readFileSync(file, "utf8"));
    delete json.engines.firefox;
    writeFileSync(file, JSON.stringify(json));
  });
  assert.match(stderr, /target\/bench\/unlock\.json: has no figures for firefox/);
});
