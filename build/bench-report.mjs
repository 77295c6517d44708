// Writes bench/report.md from what `make bench` measured. Node only, no dependencies.
//
// Usage: node build/bench-report.mjs [--root DIR] [--out FILE]
//   --root  the repository whose results are read (default: this script's repository)
//   --out   the report to write (default: <root>/bench/report.md)
//
// It reads, all relative to the root:
//   dist/                                   the release build: every file, raw and gzip -9
//   tests/e2e/bench-results/cold-start.json tests/e2e/bench/cold-start.bench.js: the app's cold start
//                                           and, in the same run, the bare Yew app's (bench/bare-yew)
//   tests/e2e/bench-results/latency.json    tests/e2e/bench/latency.bench.js, the 10x case
//   tests/e2e/bench-results/latency-100x.json   the same benchmark, the 100x case
//   tests/e2e/bench-results/responsiveness.json tests/e2e/bench/responsiveness.bench.js
//   target/criterion/**/new/{benchmark,estimates}.json   cargo bench (benches/analyze.rs, benches/vault.rs),
//                                           issue 17's worst case (analyze/near-identical-30010) included
//   target/bench/wasm-bench.log             tests/wasm_bench.rs in Chromium (WASM_BENCH lines)
//   target/bench/unlock.json                tests/e2e/engines/bench-unlock.mjs (Chromium and Firefox)
//   target/bench/fuzz/<target>.log          make fuzz (libFuzzer's last status lines)
//   fuzz/seeds/<target>/, fuzz/corpus/<target>/   the kept corpus: seeds, and what the fuzzer found
// Every input is required: when one is missing or malformed the script names it, exits with
// status 1 and writes nothing, so that a report never mixes fresh and absent figures.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const KB = 1000;
export const BUDGETS = {
  // Issue 17: the first screen within 300 KB gzip, and a cold start within twice a bare Yew app's
  // (medians of the same run, so that the machine's speed cancels out).
  transferGzipBytes: 300 * KB,
  coldStartRatio: 2,
  // Issue 17: p95 from a change to its paint, by the case's scale: one frame at 10x, 50 ms at 100x.
  latencyP95Ms: { 10: 16, 100: 50 },
  // Issue 17: analyze over 30,010 near-identical questions within a second, natively.
  worstCaseAnalyzeMs: 1000,
  // Issue 17: no task of the page's thread over 50 ms, and Quick exit within 100 ms, whatever runs.
  longTaskMs: 50,
  quickExitMs: 100,
};
const SCALES = [1, 10, 100];
/** The latency benchmark's cases, each in a file of its own. */
const LATENCY_RUNS = [
  { scale: 10, file: "tests/e2e/bench-results/latency.json" },
  { scale: 100, file: "tests/e2e/bench-results/latency-100x.json" },
];
const WORST_CASE = "analyze/near-identical-30010";
export const FUZZ_TARGETS = ["import_content", "age_file", "hsds_json", "hsds_csv"];
export const UNLOCK_ENGINES = ["chromium", "firefox"];

/** The exact commands `make bench` runs, in order (keep in step with the Makefile). */
const COMMANDS = [
  ["native benchmarks (analyze; vault unlock, save, encode, decode)", "cargo bench"],
  ["release build measured for sizes, cold start and latency", "trunk build --release"],
  [
    "the bare Yew app the cold start is compared with (bench/bare-yew), same release profile",
    "cd bench/bare-yew && CARGO_TARGET_DIR=../../target/bare-yew trunk build --release --dist ../../target/bare-yew/dist",
  ],
  [
    "the 10x export file the latency benchmark imports",
    "cargo run --profile bench --example bench_case_export -- target/bench/case-10x.age 'bench orchard lantern ten'",
  ],
  [
    "the 100x export file the latency benchmark imports",
    "cargo run --profile bench --example bench_case_export -- target/bench/case-100x.age 'bench orchard lantern hundred' 100",
  ],
  [
    "cold start of the app and of the bare Yew app, interaction latency in the 10x and 100x cases, long tasks and Quick exit, in Chromium",
    "cd tests/e2e && BENCH_EXPORT=… BENCH_PASSPHRASE=… BENCH_EXPORT_100X=… BENCH_PASSPHRASE_100X=… BENCH_BARE_DIST=../../target/bare-yew/dist npx playwright test --config playwright.bench.config.js",
  ],
  ["unlock time in headless Chromium and Firefox", "cd tests/e2e && node engines/bench-unlock.mjs --out ../../target/bench/unlock.json"],
  [
    "analyze in Chromium",
    "WASM_BINDGEN_TEST_TIMEOUT=600 cargo test --release --target wasm32-unknown-unknown --test wasm_bench -- --nocapture",
  ],
  ["fuzzing, per target (make fuzz)", "cargo +nightly fuzz run <target> target/fuzz-corpus/<target> fuzz/corpus/<target> fuzz/seeds/<target> -- -max_total_time=75 -timeout=10 -print_final_stats=1"],
  ["this report", "node build/bench-report.mjs"],
];

class MissingInput extends Error {}

function fail(file, why) {
  throw new MissingInput(`${file}: ${why}`);
}

function readJson(root, file, what) {
  const full = path.join(root, file);
  if (!existsSync(full)) fail(file, `missing (${what})`);
  try {
    return JSON.parse(readFileSync(full, "utf8"));
  } catch (error) {
    return fail(file, `not valid JSON (${error.message})`);
  }
}

function need(value, file, field) {
  if (typeof value !== "number" || !Number.isFinite(value)) fail(file, `has no number at ${field}`);
  return value;
}

// ---------------------------------------------------------------------------------------------
// Inputs

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

export function bundleSizes(root) {
  const dist = path.join(root, "dist");
  if (!existsSync(dist)) fail("dist/", "missing (the release build: trunk build --release)");
  // The .br and .gz copies (build/precompress.mjs) are the same files again, for hosts.
  const files = filesUnder(dist)
    .filter((full) => !/\.(br|gz)$/.test(full))
    .sort()
    .map((full) => {
      const bytes = readFileSync(full);
      return { file: path.relative(dist, full), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
  if (!files.some((f) => f.file.endsWith(".wasm"))) fail("dist/", "holds no .wasm file (the release build is incomplete)");
  return {
    files,
    totalRaw: files.reduce((s, f) => s + f.raw, 0),
    totalGzip: files.reduce((s, f) => s + f.gzip, 0),
  };
}

export function coldStart(root) {
  const file = "tests/e2e/bench-results/cold-start.json";
  const json = readJson(root, file, "tests/e2e/bench/cold-start.bench.js writes it");
  const s = json.stats?.interactive;
  for (const k of ["median", "p95", "min", "max", "n"]) need(s?.[k], file, `stats.interactive.${k}`);
  need(json.firstScreenFiles?.length, file, "firstScreenFiles");
  // The budget is a ratio to the bare Yew app: without its figures there is nothing to judge.
  if (!json.bare) fail(file, "has no bare (the bare Yew app's cold start: the benchmark ran without BENCH_BARE_DIST)");
  for (const k of ["median", "n"]) need(json.bare.stats?.interactive?.[k], file, `bare.stats.interactive.${k}`);
  return json;
}

/** What the first screen needed (the files the cold start fetched), weighed with the build's sizes. */
export function firstScreen(bundle, cold) {
  const byName = new Map(bundle.files.map((f) => [f.file, f]));
  const files = cold.firstScreenFiles.map((name) => {
    const file = byName.get(name);
    if (!file) fail("tests/e2e/bench-results/cold-start.json", `names ${name}, which dist/ does not hold (the cold start measured another build)`);
    return file;
  });
  const later = bundle.files.filter((f) => !cold.firstScreenFiles.includes(f.file));
  const sum = (list, key) => list.reduce((s, f) => s + f[key], 0);
  return { files, later, gzip: sum(files, "gzip"), raw: sum(files, "raw"), laterGzip: sum(later, "gzip") };
}

/** The latency benchmark's runs, 10x first; each judged against its own case's target. */
export function latency(root) {
  return LATENCY_RUNS.map(({ scale, file }) => {
    const json = readJson(root, file, "tests/e2e/bench/latency.bench.js writes it");
    // A file holding another case's figures would be judged against the wrong budget.
    if (need(json.case?.scale, file, "case.scale") !== scale) fail(file, `holds the ${json.case.scale}x case, not the ${scale}x`);
    const interactions = Object.entries(json.interactions ?? {});
    if (interactions.length === 0) fail(file, "has no interactions");
    for (const [name, r] of interactions) {
      for (const k of ["median", "p95", "max", "n"]) need(r.stats?.paint?.[k], file, `interactions["${name}"].stats.paint.${k}`);
    }
    return json;
  });
}

/** The p95 a latency run is judged against: the one its benchmark aimed at, else the budget of its scale. */
const latencyTarget = (run) => run.targetP95Ms ?? BUDGETS.latencyP95Ms[run.case.scale];

/** Long tasks on the page's thread and Quick exit's time, tests/e2e/bench/responsiveness.bench.js. */
export function responsiveness(root) {
  const file = "tests/e2e/bench-results/responsiveness.json";
  const json = readJson(root, file, "tests/e2e/bench/responsiveness.bench.js writes it");
  const flows = Object.entries(json.longTasks ?? {});
  if (flows.length === 0) fail(file, "has no flows");
  for (const [name, r] of flows) {
    need(r.count, file, `longTasks["${name}"].count`);
    need(r.longestMs, file, `longTasks["${name}"].longestMs`);
  }
  const exits = Object.entries(json.quickExitMs ?? {});
  if (exits.length === 0) fail(file, "has no Quick exit times");
  for (const [name, value] of exits) need(value, file, `quickExitMs["${name}"]`);
  return json;
}

/** Criterion results by full id ("analyze/10x"), in ns. */
export function criterion(root) {
  const dir = path.join(root, "target/criterion");
  if (!existsSync(dir)) fail("target/criterion/", "missing (cargo bench writes it)");
  const results = {};
  for (const full of filesUnder(dir).filter((f) => f.endsWith(`${path.sep}new${path.sep}benchmark.json`))) {
    const rel = path.relative(root, full);
    const benchmark = JSON.parse(readFileSync(full, "utf8"));
    const estimatesFile = path.join(path.dirname(full), "estimates.json");
    if (!existsSync(estimatesFile)) fail(path.relative(root, estimatesFile), "missing beside its benchmark.json");
    const estimates = JSON.parse(readFileSync(estimatesFile, "utf8"));
    results[benchmark.full_id] = {
      medianNs: need(estimates.median?.point_estimate, rel, "median.point_estimate"),
      meanNs: need(estimates.mean?.point_estimate, rel, "mean.point_estimate"),
      low: estimates.median.confidence_interval?.lower_bound,
      high: estimates.median.confidence_interval?.upper_bound,
      throughput: benchmark.throughput,
      measuredAt: statSync(estimatesFile).mtime,
    };
  }
  const required = [
    ...SCALES.map((s) => `analyze/${s}x`),
    WORST_CASE,
    "vault/unlock (work factor 17)",
    ...SCALES.flatMap((s) => ["save (encrypt, write, read back, verify)", "encode", "decode"].map((f) => `case/${f}/${s}x`)),
  ];
  for (const id of required) {
    if (!results[id]) fail(`target/criterion/${id}/new/estimates.json`, "missing (cargo bench writes it)");
  }
  return results;
}

export function wasmAnalyze(root) {
  const file = "target/bench/wasm-bench.log";
  const full = path.join(root, file);
  if (!existsSync(full)) fail(file, "missing (the output of cargo test --test wasm_bench in Chromium)");
  const lines = readFileSync(full, "utf8")
    .split("\n")
    .map((line) => line.match(/WASM_BENCH (\{.*\})\s*$/))
    .filter(Boolean)
    .map((m) => JSON.parse(m[1]));
  const byScale = {};
  for (const scale of SCALES) {
    const line = lines.find((l) => l.bench === "analyze" && l.scale === scale);
    if (!line) fail(file, `has no WASM_BENCH line for analyze at ${scale}x`);
    for (const k of ["median_ms", "min_ms", "p95_ms", "samples", "calls_per_sample"]) need(line[k], file, `analyze ${scale}x ${k}`);
    byScale[scale] = { ...line, measuredAt: statSync(full).mtime };
  }
  return byScale;
}

/** The unlock time in each browser: tests/e2e/engines/bench-unlock.mjs. */
export function unlockInBrowsers(root) {
  const file = "target/bench/unlock.json";
  const json = readJson(root, file, "tests/e2e/engines/bench-unlock.mjs writes it");
  for (const engine of UNLOCK_ENGINES) {
    const r = json.engines?.[engine];
    if (!r) fail(file, `has no figures for ${engine}`);
    for (const k of ["medianMs", "minMs", "maxMs", "runs"]) need(r[k], file, `engines.${engine}.${k}`);
  }
  return json;
}

/** libFuzzer's own summary of each run, and the kept corpus. */
export function fuzzing(root) {
  return FUZZ_TARGETS.map((target) => {
    const file = `target/bench/fuzz/${target}.log`;
    const full = path.join(root, file);
    if (!existsSync(full)) fail(file, "missing (make fuzz writes it)");
    const log = readFileSync(full, "utf8");
    const done = log.match(/Done (\d+) runs in (\d+) second/);
    if (!done) fail(file, "has no 'Done N runs in S second(s)' line: the run did not finish");
    const status = [...log.matchAll(/^#\d+\s+DONE\s+(.*)$/gm)].at(-1)?.[1] ?? "";
    const field = (name) => status.match(new RegExp(`${name}: (\\S+)`))?.[1] ?? null;
    const kept = ["fuzz/seeds", "fuzz/corpus"].flatMap((folder) => {
      const dir = path.join(root, folder, target);
      if (!existsSync(dir)) fail(`${folder}/${target}/`, "missing (the kept corpus: seeds and what the fuzzer found)");
      return filesUnder(dir);
    });
    return {
      target,
      runs: Number(done[1]),
      seconds: Number(done[2]),
      cov: field("cov"),
      ft: field("ft"),
      corpus: field("corp"),
      execPerSecond: field("exec/s"),
      rss: field("rss"),
      crashes: (log.match(/==\d+==\s*ERROR: libFuzzer|deadly signal|SUMMARY: AddressSanitizer/g) ?? []).length,
      measuredAt: statSync(full).mtime,
      keptFiles: kept.length,
      keptBytes: kept.reduce((s, f) => s + statSync(f).size, 0),
    };
  });
}

function command(cmd, args) {
  try {
    return execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 20_000 }).trim();
  } catch {
    return null;
  }
}

/** The commit the figures were measured at, marked when the working tree had changes (other
 *  than this report itself, which is written again before it is committed). */
function commitOf(root) {
  const head = command("git", ["-C", root, "rev-parse", "--short", "HEAD"]);
  if (!head) return "unknown (not a git checkout)";
  const dirty = command("git", ["-C", root, "status", "--porcelain", "--untracked-files=no", "--", ".", ":(exclude)bench/report.md"]);
  return dirty ? `${head} with uncommitted changes` : head;
}

export function machine(root, chromiumFromResults) {
  const cpuinfo = existsSync("/proc/cpuinfo") ? readFileSync("/proc/cpuinfo", "utf8") : "";
  const osRelease = existsSync("/etc/os-release") ? readFileSync("/etc/os-release", "utf8") : "";
  return {
    cpu: cpuinfo.match(/^model name\s*:\s*(.*)$/m)?.[1] ?? os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    memoryGiB: os.totalmem() / 1024 ** 3,
    os: `${osRelease.match(/^PRETTY_NAME="?([^"\n]*)"?$/m)?.[1] ?? os.type()}, kernel ${os.release()}`,
    rustc: command("rustc", ["--version"]) ?? "unknown",
    chromium: command("/usr/bin/chromium", ["--version"]) ?? chromiumFromResults ?? "unknown",
    node: process.version,
    commit: commitOf(root),
    load: os.loadavg(),
  };
}

// ---------------------------------------------------------------------------------------------
// Formatting

const ms = (v, digits = 1) => (v === null || v === undefined ? "–" : `${v.toFixed(digits)} ms`);
const nsToMs = (ns) => ns / 1e6;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const times = (a, b) => `×${(b / a).toFixed(1)}`;
const loads = (machine) => `${machine.loadAverageBefore.map((l) => l.toFixed(2)).join(" ")} / ${machine.loadAverageAfter.map((l) => l.toFixed(2)).join(" ")}`;
const verdict = (ok) => (ok ? "pass" : "**FAIL**");

const COLD_MILESTONES = [
  ["first interactive screen (painted)", "interactive"],
  ["screen complete in the DOM", "rendered"],
  ["wasm fetched", "wasmFetched"],
  ["DOMContentLoaded", "domContentLoaded"],
  ["HTML received", "responseEnd"],
];

function table(header, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

export function render(inputs) {
  const { bundle, cold, lat, crit, wasm, unlockBrowsers, fuzz, host, date, resp } = inputs;
  const coldS = cold.stats.interactive;
  const bareS = cold.bare.stats.interactive;
  const coldRatio = coldS.median / bareS.median;
  const first = firstScreen(bundle, cold);
  const analyzeNative = Object.fromEntries(SCALES.map((s) => [s, nsToMs(crit[`analyze/${s}x`].medianNs)]));
  const unlock = nsToMs(crit["vault/unlock (work factor 17)"].medianNs);
  const caseFig = (f, s) => nsToMs(crit[`case/${f}/${s}x`].medianNs);
  const SAVE = "save (encrypt, write, read back, verify)";
  const worstCase = nsToMs(crit[WORST_CASE].medianNs);
  const worstCaseOk = worstCase <= BUDGETS.worstCaseAnalyzeMs;

  const summary = [
    ["Transfer for the first screen, gzip -9 (every file the cold start fetched)", kb(first.gzip), `≤ ${kb(BUDGETS.transferGzipBytes)}`, verdict(first.gzip <= BUDGETS.transferGzipBytes)],
    ["Loaded later: the parts and texts fetched when first used, the service worker", kb(first.laterGzip), "no budget", "–"],
    ["Whole release, every file of dist/ (the service worker keeps all of it after the first visit)", kb(bundle.totalGzip), "no budget", "–"],
    [
      `Cold start to the first interactive screen, median of ${coldS.n === bareS.n ? coldS.n : `${coldS.n} / ${bareS.n}`}: the app / the bare Yew app`,
      `${ms(coldS.median)} / ${ms(bareS.median)} (×${coldRatio.toFixed(2)})`,
      `≤ ${BUDGETS.coldStartRatio}× the bare Yew app`,
      verdict(coldRatio <= BUDGETS.coldStartRatio),
    ],
    ...lat.flatMap((run) =>
      Object.entries(run.interactions).map(([name, r]) => [
        `Interaction latency p95 (${run.case.scale}x case): ${name}`,
        ms(r.stats.paint.p95),
        `≤ ${latencyTarget(run)} ms`,
        verdict(r.stats.paint.p95 <= latencyTarget(run)),
      ]),
    ),
    ...SCALES.map((s) => [`analyze ${s}x: native / Chromium`, `${ms(analyzeNative[s], 2)} / ${ms(wasm[s].median_ms, 2)}`, "no budget", "–"]),
    ["analyze over the 30,010 near-identical questions (issue 17's worst case), native", ms(worstCase, 1), `≤ ${BUDGETS.worstCaseAnalyzeMs} ms`, verdict(worstCaseOk)],
    ["Vault unlock (scrypt 2^17), native", ms(unlock, 0), "no budget", "–"],
    ...UNLOCK_ENGINES.map((engine) => {
      const r = unlockBrowsers.engines[engine];
      return [`Vault unlock in ${r.browser} (scrypt 2^${r.workFactor ?? "?"}), median of ${r.runs}`, ms(r.medianMs, 0), "no budget", "–"];
    }),
    ...SCALES.map((s) => [`Save ${s}x (encrypt, write, read back, verify), native`, ms(caseFig(SAVE, s), 2), "no budget", "–"]),
    ...Object.entries(resp.longTasks).map(([flow, r]) => [
      `Longest task on the page's thread: ${flow}`,
      ms(r.longestMs, 0),
      `≤ ${BUDGETS.longTaskMs} ms`,
      verdict(r.longestMs <= BUDGETS.longTaskMs),
    ]),
    ...Object.entries(resp.quickExitMs).map(([when, value]) => [
      `Quick exit to the neutral page, ${when}`,
      ms(value, 0),
      `≤ ${BUDGETS.quickExitMs} ms`,
      verdict(value <= BUDGETS.quickExitMs),
    ]),
  ];

  const out = [];
  out.push("# Tell Once: benchmark report", "");
  out.push(`Written by \`make bench\` (build/bench-report.mjs) on ${date.toISOString()}, from commit ${host.commit}.`);
  out.push(
    `Inputs measured: criterion ${crit["analyze/1x"].measuredAt.toISOString()}, cold start ${cold.date}, latency ${lat.map((run) => `${run.case.scale}x ${run.date}`).join(" and ")}, ` +
      `analyze in Chromium ${wasm[1].measuredAt.toISOString()}, unlock in the browsers ${unlockBrowsers.date}, fuzzing ${fuzz[0].measuredAt.toISOString()}.`,
    "",
  );
  out.push("## Machine", "");
  out.push(
    table(
      ["", ""],
      [
        ["CPU", host.cpu],
        ["Cores (logical)", String(host.cores)],
        ["Memory", `${host.memoryGiB.toFixed(1)} GiB`],
        ["OS", host.os],
        ["rustc", host.rustc],
        ["Chromium", host.chromium],
        ["Node", host.node],
        ["Load average (1, 5, 15 min) when the report was written", host.load.map((l) => l.toFixed(2)).join(", ")],
      ],
    ),
    "",
    "The machine is shared (other builds may run beside the benchmarks); the load averages each browser benchmark saw are in its section.",
    "",
  );

  out.push("## Summary", "", table(["figure", "measured", "budget", "verdict"], summary), "");

  out.push("## Bundle sizes", "");
  out.push(
    "Every file of the release build (`dist/`), as a browser downloads it: raw, and compressed with gzip -9 (zlib level 9, no file name header). KB = 1000 bytes.",
    "The first screen is what opening the app fetches before its home page is interactive: every file that any run of the cold start benchmark requested before then. " +
      "The rest is fetched when first used (the workspace, practice mode, the vault page and its gate, each a WebAssembly module of its own cut out by wasm-split-cli, and the texts of each language and part), " +
      "and the service worker fetches all of it in the background after the first visit, so that the app works offline.",
    "",
    table(
      ["file", "raw", "gzip -9", "when"],
      [
        ...bundle.files.map((f) => [`\`${f.file}\``, `${f.raw} B`, `${f.gzip} B`, first.files.includes(f) ? "first screen" : "later"]),
        ["**first screen**", `**${first.raw} B** (${kb(first.raw)})`, `**${first.gzip} B** (${kb(first.gzip)})`, ""],
        ["**total**", `**${bundle.totalRaw} B** (${kb(bundle.totalRaw)})`, `**${bundle.totalGzip} B** (${kb(bundle.totalGzip)})`, ""],
      ],
    ),
    "",
  );

  out.push("## Cold start", "");
  out.push(
    `${cold.runs} runs, each in a new browser context (empty cache, no service worker, no storage), the release build served on loopback, headless ${cold.machine.browser}.`,
    `Measured inside the page from the navigation's start: ${cold.definition}.`,
    `Load average before / after: ${loads(cold.machine)}.`,
    "",
    "The app:",
    "",
    table(
      ["milestone", "median", "p95", "min", "max"],
      COLD_MILESTONES.filter(([, k]) => cold.stats[k]).map(([label, k]) => [k === "interactive" ? `${label} — budgeted, as a ratio to the bare app's` : label, ms(cold.stats[k].median), ms(cold.stats[k].p95), ms(cold.stats[k].min), ms(cold.stats[k].max)]),
    ),
    "",
    `The bare Yew app (\`bench/bare-yew\`, served from \`${cold.bare.dist ?? "?"}\`): Yew 0.23 built with the app's release profile, rendering the same first screen (an h1 "Tell Once" and a Quick exit button) and nothing else. ` +
      "It is measured in the same run, its runs taking turns with the app's, so that the ratio of the medians leaves out the machine's speed and load and keeps what the app adds to Yew's own start.",
    "",
    table(
      ["milestone", "median", "p95", "min", "max", "the app / the bare app (medians)"],
      COLD_MILESTONES.filter(([, k]) => cold.bare.stats[k]).map(([label, k]) => {
        const b = cold.bare.stats[k];
        return [label, ms(b.median), ms(b.p95), ms(b.min), ms(b.max), cold.stats[k] ? `×${(cold.stats[k].median / b.median).toFixed(2)}` : "–"];
      }),
    ),
    "",
  );

  out.push("## The planner: `analyze`", "");
  out.push(
    "Generated cases (`model::generate::generated_case`): 1x is 10 agencies, 40 prior accounts, 150 questions.",
    "Native: criterion median (`benches/analyze.rs`, bench profile: opt-level 3, thin LTO).",
    "Chromium: `tests/wasm_bench.rs` in headless Chromium, median of the samples after warm-up (release profile: opt-level z, fat LTO, the app's code generation, without wasm-opt).",
    "",
    table(
      ["scale", "questions", "native (median)", "Chromium (median; min, p95)", "wasm / native (medians)", "growth native", "growth Chromium"],
      SCALES.map((s, i) => [
        `${s}x`,
        String(wasm[s].questions),
        ms(analyzeNative[s], 3),
        `${ms(wasm[s].median_ms, 3)} (min ${ms(wasm[s].min_ms, 3)}, p95 ${ms(wasm[s].p95_ms, 3)})`,
        `${(wasm[s].median_ms / analyzeNative[s]).toFixed(2)}`,
        i === 0 ? "–" : `${times(analyzeNative[SCALES[i - 1]], analyzeNative[s])} from ${SCALES[i - 1]}x`,
        i === 0 ? "–" : `${times(wasm[SCALES[i - 1]].median_ms, wasm[s].median_ms)} from ${SCALES[i - 1]}x`,
      ]),
    ),
    "",
    `Chromium samples: ${SCALES.map((s) => `${s}x ${wasm[s].samples} samples of ${wasm[s].calls_per_sample} call(s)`).join(", ")}.`,
    "",
    `Issue 17's worst case, 30,010 questions (\`model::generate::near_identical_case\`: the 1x case's, and the rest alike but for a house number), natively: ` +
      `median ${ms(worstCase, 1)} against a budget of ${BUDGETS.worstCaseAnalyzeMs} ms, ${worstCaseOk ? "within it" : "**over it (FAIL)**"}.`,
    "",
  );

  out.push("## The vault", "");
  out.push(
    `Unlock (derive the key with scrypt at work factor 17 and unwrap the identity), native: median ${ms(unlock, 0)}. It does not depend on the cases.`,
    "",
    `In the browser (\`tests/e2e/engines/bench-unlock.mjs\`, the release build, headless): ${unlockBrowsers.definition}; a vault with one case, the page reloaded before each run. Load average before / after: ${unlockBrowsers.machine.loadAverageBefore.map((l) => l.toFixed(2)).join(" ")} / ${unlockBrowsers.machine.loadAverageAfter.map((l) => l.toFixed(2)).join(" ")}.`,
    "",
    table(
      ["browser", "scrypt work factor", "runs", "median", "min", "max"],
      UNLOCK_ENGINES.map((engine) => {
        const r = unlockBrowsers.engines[engine];
        return [r.browser, r.workFactor === null || r.workFactor === undefined ? "–" : String(r.workFactor), String(r.runs), ms(r.medianMs, 0), ms(r.minMs, 0), ms(r.maxMs, 0)];
      }),
    ),
    "",
    "Save, encode and decode a case of each scale, native (criterion median, `benches/vault.rs`, an in-memory store):",
    "",
    table(
      ["scale", "stored size", "save (encrypt, write, read back, verify)", "encode", "decode"],
      SCALES.map((s, i) => {
        const bytes = crit[`case/encode/${s}x`].throughput?.Bytes;
        const cell = (f) => ms(caseFig(f, s), 3) + (i === 0 ? "" : ` (${times(caseFig(f, SCALES[i - 1]), caseFig(f, s))})`);
        return [`${s}x`, bytes ? kb(bytes) : "–", cell(SAVE), cell("encode"), cell("decode")];
      }),
    ),
    "",
  );

  out.push("## Interaction latency", "");
  out.push("From a click to the next painted frame that shows the change, in each case imported from an export file.", "");
  for (const run of lat) {
    const target = latencyTarget(run);
    out.push(
      `### The ${run.case.scale}x case`,
      "",
      `${run.case.code} (${run.case.agencies} agencies, ${run.case.questions} questions); ${run.machine.browser}, load average before / after ${loads(run.machine)}.`,
      "",
      table(
        ["interaction", "samples", "median", "p95", "max", "target p95", "verdict"],
        Object.entries(run.interactions).map(([name, r]) => [name, String(r.stats.paint.n), ms(r.stats.paint.median), ms(r.stats.paint.p95), ms(r.stats.paint.max), `${target} ms`, verdict(r.stats.paint.p95 <= target)]),
      ),
      "",
    );
  }

  out.push("## The page's thread", "");
  out.push(
    "Long tasks (PerformanceObserver `longtask`: a task of the page's thread over 50 ms, while nothing else can run, Quick exit included) during each flow, in Chromium; the planner's analysis and the key derivation run in a worker, off that thread. Quick exit is timed from the click's own time stamp to the neutral page's request.",
    "",
    table(
      ["flow", "long tasks", "longest", "each (ms)"],
      Object.entries(resp.longTasks).map(([flow, r]) => [flow, String(r.count), ms(r.longestMs, 0), r.durationsMs?.length ? r.durationsMs.join(", ") : "–"]),
    ),
    "",
    table(
      ["Quick exit", "to the neutral page"],
      Object.entries(resp.quickExitMs).map(([when, value]) => [when, ms(value, 0)]),
    ),
    "",
  );

  out.push("## Fuzzing", "");
  out.push(
    "cargo-fuzz (libFuzzer, AddressSanitizer) on the nightly toolchain, each target from its kept corpus (the seeds in `fuzz/seeds/<target>` and what earlier runs found, `fuzz/corpus/<target>`); figures are libFuzzer's last status line. A crash stops `make bench`, so a report exists only when every target ran its time without one.",
    "",
    table(
      ["target", "time", "executions", "exec/s", "coverage (edges)", "features", "corpus after the run", "kept corpus", "crashes"],
      fuzz.map((f) => [f.target, `${f.seconds} s`, String(f.runs), f.execPerSecond ?? "–", f.cov ?? "–", f.ft ?? "–", f.corpus ?? "–", `${f.keptFiles} files, ${kb(f.keptBytes)}`, String(f.crashes)]),
    ),
    "",
    `Total: ${fuzz.reduce((s, f) => s + f.seconds, 0)} s, ${fuzz.reduce((s, f) => s + f.runs, 0)} executions, ${fuzz.reduce((s, f) => s + f.crashes, 0)} crashes.`,
    "",
  );

  const grow = (a) => `${times(a[0], a[1])} from 1x to 10x, ${times(a[1], a[2])} from 10x to 100x`;
  const [lat10, lat100] = lat;
  const latencyGrowth = Object.keys(lat10.interactions)
    .filter((name) => lat100.interactions[name])
    .map((name) => `${name} ${times(lat10.interactions[name].stats.paint.p95, lat100.interactions[name].stats.paint.p95)}`)
    .join(", ");
  out.push("## How the figures grow with the case", "");
  out.push(
    `- \`analyze\`: natively ${grow(SCALES.map((s) => analyzeNative[s]))}; in Chromium ${grow(SCALES.map((s) => wasm[s].median_ms))} (each scale has 10 times the agencies, accounts and questions of the one before).`,
    `- Save: ${grow(SCALES.map((s) => caseFig(SAVE, s)))}; encode: ${grow(SCALES.map((s) => caseFig("encode", s)))}; decode: ${grow(SCALES.map((s) => caseFig("decode", s)))}.`,
    `- Interaction latency is measured in both the 10x and the 100x case (p95 targets of ${lat.map((run) => `${latencyTarget(run)} ms`).join(" and ")} at p95)${latencyGrowth ? `; p95 from 10x to 100x: ${latencyGrowth}` : ""}. Cold start, the bundle and unlock do not depend on the case.`,
    "",
  );

  out.push("## Commands", "");
  out.push("Run from the repository root by `make bench` (which first installs what is missing), in this order:", "");
  for (const [what, cmd] of COMMANDS) out.push(`- ${what}: \`${cmd}\``);
  out.push("");
  return out.join("\n");
}

/** Reads every input (throwing MissingInput on the first one missing) and renders the report. */
export function buildReport(root, date = new Date()) {
  const bundle = bundleSizes(root);
  const cold = coldStart(root);
  const lat = latency(root);
  const crit = criterion(root);
  const wasm = wasmAnalyze(root);
  const unlockBrowsers = unlockInBrowsers(root);
  const fuzz = fuzzing(root);
  const resp = responsiveness(root);
  const host = machine(root, cold.machine?.browser);
  return render({ bundle, cold, lat, crit, wasm, unlockBrowsers, fuzz, host, date, resp });
}

function main(argv) {
  const args = { root: path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..") };
  for (let i = 0; i < argv.length; i += 2) {
    if (argv[i] === "--root") args.root = path.resolve(argv[i + 1]);
    else if (argv[i] === "--out") args.out = path.resolve(argv[i + 1]);
    else {
      console.error(`bench-report: unknown argument ${argv[i]}; usage: node build/bench-report.mjs [--root DIR] [--out FILE]`);
      return 2;
    }
  }
  const out = args.out ?? path.join(args.root, "bench/report.md");
  let report;
  try {
    report = buildReport(args.root);
  } catch (error) {
    if (!(error instanceof MissingInput)) throw error;
    console.error(`bench-report: ${error.message}. No report written; run \`make bench\` to produce every input.`);
    return 1;
  }
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, report);
  console.log(`bench-report: wrote ${path.relative(process.cwd(), out) || out}`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
