// Issues 5 and 17: in the 10x and the 100x case, how long from recording a consent decision, or
// adding a question, to the next frame the browser paints with the change on screen (targets:
// p95 within one frame, 16 ms, in the 10x case; within 50 ms in the 100x case).
//
// The cases are the generated ones (bench/cases.js), imported from an export file on the Vault
// page exactly as a user would.
//   BENCH_SAMPLES     timed samples per interaction (default 30), after BENCH_WARMUPS (default 3)
//
// This is a benchmark, not a timed assertion: it prints the figures and writes them to
// tests/e2e/bench-results/latency.json (10x) and latency-100x.json, and fails only when it could
// not collect every sample.
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { test, expect, openApp, createVault, importCaseFile } from "../fixtures.js";
import { BENCH_CASES } from "./cases.js";
// The budgets are the report's: one place for each.
import { BUDGETS } from "../../../build/bench-report.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
// Each case's target and the file its figures go to.
const CASES = BENCH_CASES.map((benchCase) => ({
  ...benchCase,
  targetP95Ms: BUDGETS.latencyP95Ms[benchCase.scale],
  results: path.resolve(here, `../bench-results/${benchCase.scale === 10 ? "latency" : `latency-${benchCase.scale}x`}.json`),
}));
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 30);
const WARMUPS = Number(process.env.BENCH_WARMUPS ?? 3);
const PURPOSE = "Photographs";
const SPECIALIST = "Victim specialist Ilse Varn";
// Creating the vault and opening the export each derive a key on purpose slowly; the 100x case
// takes a while to import and to analyse.
const SLOW = { timeout: 180_000 };

// ---------------------------------------------------------------------------------------------
// The probe, installed in the page. How one sample is timed:
//
// t0 is the `timeStamp` of the triggering click, read by a capture-phase listener on window,
// which runs before any of the app's own listeners. For an input event the browser stamps the
// time the input arrived, so t0 includes any wait before the page could handle the click (it
// is never later than performance.now() in the listener, which is what is used if it were).
//
// A MutationObserver on document.body then sees the app's DOM update. Yew renders in one
// batch after the handler, so the first mutation batch after t0 is the update; the observer
// notes it, and checks the condition that says the change is on screen (the new status text,
// the new question). From the batch that satisfies it, requestAnimationFrame runs just before
// the next frame's style, layout and paint, and a setTimeout(0) queued from there runs once
// that frame has been produced: performance.now() then is the "next paint" time. This can
// be late by the few tenths of a millisecond a task takes to start, never early.
//
// Recorded per sample: `paint` (t0 to the painted frame that shows the change, the figure
// the issue asks about), `firstPaint` (t0 to the frame after the first DOM change of any
// kind; equal to `paint` when the app updates in one batch), `update` (t0 to the DOM change:
// the handler, the model, the planner and Yew's render), and, when Chromium reports it, the
// Event Timing API's own `duration` for the click (rounded to 8 ms, only for >= 16 ms), a
// check of this method by the browser itself.
function installProbe() {
  if (window.__latencyProbe) return;
  const probe = {
    pending: null,
    results: [],
    eventTimings: [],
    arm(condition) {
      if (probe.pending) throw new Error("a sample is already armed");
      probe.pending = { condition, t0: null, update: null, firstPaint: null, resultSeen: null };
    },
  };
  const holds = ({ selector, exact, differsFrom, startsWith }) => {
    for (const element of document.querySelectorAll(selector)) {
      const text = element.textContent.trim();
      if (exact !== undefined && text === exact) return true;
      if (startsWith !== undefined && text.startsWith(startsWith) && text !== differsFrom) return true;
    }
    return false;
  };
  const afterNextPaint = (then) => requestAnimationFrame(() => setTimeout(() => then(performance.now()), 0));

  window.addEventListener(
    "click",
    (event) => {
      const sample = probe.pending;
      if (!sample || sample.t0 !== null) return;
      sample.t0 = Math.min(event.timeStamp, performance.now());
      // For the profile phase: the trace shows user timing marks on the browser's own clock.
      performance.mark("bench-click");
    },
    { capture: true },
  );
  new MutationObserver(() => {
    const sample = probe.pending;
    if (!sample || sample.t0 === null || sample.resultSeen !== null) return;
    const at = performance.now();
    if (sample.update === null) {
      sample.update = at - sample.t0;
      afterNextPaint((painted) => {
        sample.firstPaint = painted - sample.t0;
      });
    }
    if (holds(sample.condition)) {
      sample.resultSeen = at - sample.t0;
      afterNextPaint((painted) => {
        performance.mark("bench-painted");
        // The first-change frame was queued no later than this one, so it is known by now.
        probe.results.push({
          t0: sample.t0,
          update: sample.update,
          resultSeen: sample.resultSeen,
          firstPaint: sample.firstPaint ?? painted - sample.t0,
          paint: painted - sample.t0,
        });
        probe.pending = null;
      });
    }
  }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === "click") {
          probe.eventTimings.push({
            startTime: entry.startTime,
            duration: entry.duration,
            processing: entry.processingEnd - entry.processingStart,
          });
        }
      }
    }).observe({ type: "event", durationThreshold: 16, buffered: false });
  } catch {
    // No Event Timing API: the cross-check is left out.
  }
  window.__latencyProbe = probe;
}

/** Arms the probe, runs `trigger` (which must click), and returns the sample once painted. */
async function timed(page, condition, trigger) {
  const before = await page.evaluate((c) => {
    window.__latencyProbe.arm(c);
    return window.__latencyProbe.results.length;
  }, condition);
  await trigger();
  try {
    await expect
      .poll(() => page.evaluate(() => window.__latencyProbe.results.length), { timeout: 30_000 })
      .toBe(before + 1);
  } catch (error) {
    const pending = await page.evaluate(() => JSON.stringify({ ...window.__latencyProbe.pending, now: [...document.querySelectorAll(window.__latencyProbe.pending.condition.selector)].map((e) => e.textContent) }));
    throw new Error(`the change was not seen on screen; the probe's sample: ${pending}`, { cause: error });
  }
  return page.evaluate(() => window.__latencyProbe.results.at(-1));
}

/** Adds the Event Timing entry of each sample's click, if the browser reported one (they come late). */
async function withEventTiming(page, samples) {
  const timings = await page.evaluate(() => window.__latencyProbe.eventTimings);
  return samples.map((sample) => {
    const timing = timings.find((e) => Math.abs(e.startTime - sample.t0) < 1);
    return { ...sample, eventTiming: timing ? timing.duration : null, processing: timing ? timing.processing : null };
  });
}

/** Waits for two frames and a little more, so that what the last step changed is painted. */
async function quiet(page) {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))));
}

/**
 * Waits until the autosave of the last change is done (it starts after a second of quiet), so
 * that no save runs during the next sample. Saving the 10x case can take longer than the
 * shared fixture's expectSaved allows when the machine is busy.
 */
async function settle(page) {
  await expect(page.getByRole("status").filter({ hasText: /^Saved at/ })).toBeVisible({ timeout: 90_000 });
  await quiet(page);
}

// ---------------------------------------------------------------------------------------------
// Statistics.

/** The p-th percentile by the nearest-rank method: the smallest sample with p % at or below it. */
function percentile(sorted, p) {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summary(values) {
  const sorted = values.filter((v) => v !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return {
    n: sorted.length,
    min: sorted[0],
    median: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1),
  };
}

const ms = (value) => (value === null || value === undefined ? "-" : value.toFixed(1));

function table(results) {
  const rows = [["interaction", "measure", "n", "min", "median", "p95", "max"]];
  for (const [name, result] of Object.entries(results)) {
    for (const [measure, label] of [
      ["paint", "click to painted change"],
      ["firstPaint", "click to first painted DOM change"],
      ["update", "click to DOM updated (script)"],
      ["eventTiming", "Event Timing duration (>= 16 ms only)"],
    ]) {
      const s = result.stats[measure];
      rows.push([name, label, s ? String(s.n) : "0", ...(s ? [s.min, s.median, s.p95, s.max].map(ms) : ["-", "-", "-", "-"])]);
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ")).join("\n");
}

// ---------------------------------------------------------------------------------------------
// Where the time goes: after the timed samples, a few more are run with Chromium's tracing and
// its JavaScript/WebAssembly sampling profiler on (both slow the page a little, so these samples
// are not timed figures). Each sample's window runs from the probe's "bench-click" mark to its
// "bench-painted" mark, on the browser's own clock.

const PROFILE_SAMPLES = Number(process.env.BENCH_PROFILE_SAMPLES ?? 5);
const TRACE_CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "blink.user_timing",
  "v8",
  "v8.execute",
];

/** What the browser's main thread did, by trace event name, as DevTools groups them. */
function traceGroup(name) {
  if (/GC|Garbage|Sweep|Scavenge|Mark-Compact/i.test(name)) return "garbage collection";
  if (/^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation|ParseAuthorStyleSheet|InvalidateLayout|StyleInvalidatorInvalidationTracking)$/.test(name)) return "style";
  if (/^(Layout|LayoutShift|UpdateLayer|IntersectionObserverController::computeIntersections|HitTest)$/.test(name)) return "layout";
  if (/^(PrePaint|Paint|PaintImage|Layerize|UpdateLayerTree|CompositeLayers|Commit|Animation|ActivateLayerTree|DrawFrame|BeginMainThreadFrame|BeginFrame)$/.test(name)) return "paint and composite";
  if (/^(EventDispatch|FunctionCall|TimerFire|FireAnimationFrame|RunMicrotasks|EvaluateScript|v8\.|V8\.|MutationObserver|XHR|FireIdleCallback)/.test(name)) return "script (the app, its glue, the probe)";
  return "other browser work";
}

/** Self time of each main-thread trace event inside [start, end] (µs), summed by group, in ms. */
function mainThreadBreakdown(events, start, end) {
  const inWindow = events
    .filter((e) => e.ts < end && e.ts + e.dur > start)
    .map((e) => ({ name: e.name, from: Math.max(e.ts, start), to: Math.min(e.ts + e.dur, end) }))
    .sort((a, b) => a.from - b.from || b.to - a.to);
  const totals = {};
  const stack = [];
  const close = (upTo) => {
    while (stack.length && stack.at(-1).to <= upTo) {
      const done = stack.pop();
      totals[traceGroup(done.name)] = (totals[traceGroup(done.name)] ?? 0) + (done.to - done.from - done.children);
    }
  };
  for (const event of inWindow) {
    close(event.from);
    if (stack.length) stack.at(-1).children += event.to - event.from;
    stack.push({ ...event, children: 0 });
  }
  close(Infinity);
  const busy = Object.values(totals).reduce((a, b) => a + b, 0);
  totals["main thread idle (waiting for the frame)"] = Math.max(0, end - start - busy);
  return Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, v / 1000]));
}

/** Self time of the profiler's samples inside [start, end] (µs), by kind of code, in ms. */
function scriptBreakdown(profile, start, end) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const kind = ({ functionName, url }) => {
    if (functionName === "(idle)") return null;
    if (functionName === "(program)") return "browser outside script (style, layout, paint, tasks)";
    if (functionName === "(garbage collector)") return "garbage collection";
    // The release build has no name section: its WebAssembly functions are only numbered. A
    // build that keeps the names (E2E_DIST) is broken down by function.
    if (url.startsWith("wasm://") || url.endsWith(".wasm")) {
      return /^\$?func\d+$|^wasm-function\[\d+\]$|^$/.test(functionName)
        ? "WebAssembly: the app (model, planner, Yew render and diff)"
        : `WebAssembly: ${functionName}`;
    }
    // Date formatting: the glue's calls of Date's locale methods, or the counting wrapper around them.
    if (/^(__wbg_toLocale\w*String_[0-9a-f]+|benchCountedDateFormatting)$/.test(functionName)) {
      return "date formatting (Date.toLocale...String via the glue)";
    }
    if (/tell-once-[0-9a-f]+\.js$/.test(url)) return `JS glue (wasm-bindgen): ${functionName.replace(/_[0-9a-f]{16}$/, "")}`;
    if (url === "") return `browser built-in: ${functionName || "(anonymous)"}`;
    return "other scripts (benchmark probe, Playwright)";
  };
  // With function names, also the time inside each named WebAssembly function and its callees.
  const parents = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const named = (frame) => (frame.url.startsWith("wasm://") || frame.url.endsWith(".wasm")) && !/^\$?func\d+$|^wasm-function\[\d+\]$|^$/.test(frame.functionName);
  const totals = {};
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i];
    const next = i + 1 < profile.timeDeltas.length ? profile.timeDeltas[i + 1] : 0;
    if (at < start || at >= end) continue;
    const k = kind(nodes.get(profile.samples[i]));
    if (k) totals[k] = (totals[k] ?? 0) + next / 1000;
    const onStack = new Set();
    for (let id = profile.samples[i]; id !== undefined; id = parents.get(id)) {
      if (named(nodes.get(id))) onStack.add(`WebAssembly, with callees: ${nodes.get(id).functionName}`);
    }
    for (const name of onStack) totals[name] = (totals[name] ?? 0) + next / 1000;
  }
  return totals;
}

/** Runs `run` for PROFILE_SAMPLES samples under tracing and profiling; the mean breakdown per sample. */
async function profiled(page, browser, run) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  const profiles = [];
  // Counts the calls of the date formatting the app uses (Date's locale methods), which the
  // profile shows as expensive; counted only here, not in the timed samples.
  await page.evaluate(() => {
    window.__dateCalls = {};
    for (const method of ["toLocaleDateString", "toLocaleString", "toLocaleTimeString"]) {
      const original = Date.prototype[method];
      window.__dateCalls[method] = { original, count: 0 };
      Date.prototype[method] = function benchCountedDateFormatting(...args) {
        window.__dateCalls[method].count++;
        return original.apply(this, args);
      };
    }
  });
  const countsBefore = () => page.evaluate(() => Object.fromEntries(Object.entries(window.__dateCalls).map(([k, v]) => [k, v.count])));
  const calls = [];
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  let trace;
  try {
    await run(page, PROFILE_SAMPLES, async (condition, trigger) => {
      const before = await countsBefore();
      await cdp.send("Profiler.start");
      const sample = await timed(page, condition, trigger);
      profiles.push((await cdp.send("Profiler.stop")).profile);
      const after = await countsBefore();
      calls.push(Object.fromEntries(Object.keys(after).map((k) => [`Date.${k}`, after[k] - before[k]])));
      return sample;
    });
  } finally {
    trace = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    await cdp.detach();
    await page.evaluate(() => {
      for (const [method, { original }] of Object.entries(window.__dateCalls)) Date.prototype[method] = original;
    });
  }
  const marks = (name) => trace.filter((e) => e.name === name && e.cat.includes("blink.user_timing"));
  const clicks = marks("bench-click");
  const painted = marks("bench-painted");
  // The samples of this run are the last ones marked (the timed runs before left marks too, but
  // they were not traced).
  const windows = clicks.slice(-PROFILE_SAMPLES).map((click, i) => ({
    start: click.ts,
    end: painted.slice(-PROFILE_SAMPLES)[i].ts,
    pid: click.pid,
    tid: click.tid,
  }));
  expect(windows.length, "profiled samples found in the trace").toBe(PROFILE_SAMPLES);
  const { pid, tid } = windows[0];
  const mainThread = trace.filter((e) => e.pid === pid && e.tid === tid && e.ph === "X" && e.dur !== undefined);
  const mean = (maps) => {
    const sum = {};
    for (const m of maps) for (const [k, v] of Object.entries(m)) sum[k] = (sum[k] ?? 0) + v;
    return Object.fromEntries(Object.entries(sum).map(([k, v]) => [k, v / maps.length]).sort((a, b) => b[1] - a[1]));
  };
  return {
    samples: PROFILE_SAMPLES,
    windowMs: mean(windows.map((w) => ({ total: (w.end - w.start) / 1000 }))).total,
    mainThreadMs: mean(windows.map((w) => mainThreadBreakdown(mainThread, w.start, w.end))),
    cpuProfileMs: mean(windows.map((w, i) => scriptBreakdown(profiles[i], w.start, w.end))),
    callsPerChange: mean(calls),
  };
}

function breakdownText(name, b) {
  const lines = [`${name}: ${b.windowMs.toFixed(1)} ms from click to painted (mean of ${b.samples} profiled samples)`];
  lines.push("  main thread, by trace events (self time, ms):");
  for (const [k, v] of Object.entries(b.mainThreadMs)) lines.push(`    ${v.toFixed(1).padStart(7)}  ${k}`);
  lines.push("  by the sampling profiler (self time, ms):");
  let rest = 0;
  for (const [k, v] of Object.entries(b.cpuProfileMs)) {
    if (v < 0.5) rest += v;
    else lines.push(`    ${v.toFixed(1).padStart(7)}  ${k}`);
  }
  lines.push(`    ${rest.toFixed(1).padStart(7)}  everything else (each under 0.5 ms)`);
  lines.push(`  calls per change: ${Object.entries(b.callsPerChange).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(", ")}`);
  return lines.join("\n");
}

// ---------------------------------------------------------------------------------------------
// The interactions.

function section(page, name) {
  return page.getByRole("navigation", { name: "Case sections" }).getByRole("link", { name, exact: true }).click();
}

// Counters across runs (timed, then profiled), so that decisions keep alternating and texts stay new.
let decisionsRecorded = 0;
let questionsAdded = 0;

/** Records a decision on one purpose, alternately given and withdrawn; `measure` times each one. */
async function consentSamples(page, count, measure) {
  await section(page, "Consent");
  await expect(page.getByRole("heading", { level: 2, name: "Consent" })).toBeVisible(SLOW);
  const form = page.getByRole("region", { name: "Record a decision" });
  await form.getByLabel("Purpose").selectOption({ label: PURPOSE });
  await form.getByLabel("Recorded by").fill(SPECIALIST);
  const status = form.getByRole("status");
  const samples = [];
  for (let i = 0; i < count; i++) {
    const decision = decisionsRecorded++ % 2 === 0 ? "Given: they agree" : "Withdrawn: they take back a consent they gave";
    // Kept by the form after each decision, but set every time so that each sample is the same.
    await form.getByLabel("Purpose").selectOption({ label: PURPOSE });
    await form.getByLabel(decision).check();
    await form.getByLabel("The survivor understood what they decided").check();
    const before = (await status.count()) ? (await status.textContent()).trim() : "";
    await quiet(page);
    const sample = await measure(
      { selector: 'section[aria-labelledby="consent-record-heading"] p[role=status]', startsWith: `Recorded. ${PURPOSE}:`, differsFrom: before },
      () => form.getByRole("button", { name: "Record decision" }).click(),
    );
    await expect(form.getByRole("alert")).toHaveCount(0);
    await expect(status).not.toHaveText(before);
    samples.push(sample);
    await settle(page);
  }
  return samples;
}

/** Adds a question to the first agency, with a new text each time; `measure` times each one. */
async function questionSamples(page, count, measure) {
  await section(page, "Questions");
  const questions = page.getByRole("region", { name: "Questions", exact: true });
  await expect(questions).toBeVisible(SLOW);
  // The first agency's group, by its heading id: its add button gives way to the form while it is open.
  const groupHeading = await questions
    .getByRole("button", { name: /^Add a question for / })
    .first()
    .locator("xpath=ancestor::section[1]")
    .getAttribute("aria-labelledby");
  const group = questions.locator(`section[aria-labelledby="${groupHeading}"]`);
  const add = group.getByRole("button", { name: /^Add a question for / });
  const samples = [];
  for (let i = 0; i < count; i++) {
    const text = `Tell me about the benchmark morning number ${++questionsAdded}.`;
    await add.click();
    await questions.getByLabel("Question", { exact: true }).fill(text);
    await quiet(page);
    const sample = await measure(
      { selector: `section[aria-labelledby="${groupHeading}"] h4.question-text`, exact: text },
      () => questions.getByRole("button", { name: "Save question" }).click(),
    );
    await expect(group.getByRole("heading", { level: 4, name: text, exact: true })).toBeVisible();
    samples.push(sample);
    await settle(page);
  }
  return samples;
}

// ---------------------------------------------------------------------------------------------

for (const { scale, code: CASE_CODE, file: EXPORT_FILE, passphrase: EXPORT_PASSPHRASE, targetP95Ms: TARGET_P95_MS, results: RESULTS } of CASES) {
  test(`time from a change to the next paint in the ${scale}x case`, async ({ page, browser }) => {
    expect(EXPORT_FILE, `the ${scale}x export file (make bench makes it)`).toBeTruthy();
    expect(EXPORT_PASSPHRASE, `the ${scale}x export file's passphrase`).toBeTruthy();
    const loadBefore = os.loadavg();

    await openApp(page);
    await createVault(page);
    await importCaseFile(page, { file: EXPORT_FILE, passphrase: EXPORT_PASSPHRASE, code: CASE_CODE }, SLOW);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cases" }).click();
    await page.getByRole("link", { name: CASE_CODE, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Case ${CASE_CODE}` })).toBeVisible(SLOW);
    await page.evaluate(installProbe);

    // The size of what is measured, as the app shows it.
    await section(page, "Questions");
    const questionsRegion = page.getByRole("region", { name: "Questions", exact: true });
    await expect(questionsRegion.locator("h4.question-text").first()).toBeVisible(SLOW);
    // The agencies' groups are shown ten at a time: "Showing 1–10 of 100" counts them all.
    const groupsShown = await questionsRegion.getByText(/^Showing 1–\d+ of \d+$/).first().textContent();
    const caseSize = {
      agencies: Number(groupsShown.match(/of (\d+)$/)[1]),
      // The generated case has 150 questions per 1x (model::generate::GeneratorSettings::at_scale).
      questions: 150 * scale,
      agencyGroupsOnScreen: await questionsRegion.getByRole("button", { name: /^Add a question for / }).count(),
      questionsOnScreen: await questionsRegion.locator("h4.question-text").count(),
      domElementsOnQuestionsPage: await page.evaluate(() => document.getElementsByTagName("*").length),
      exportFileBytes: statSync(EXPORT_FILE).size,
    };
    expect(caseSize.agencies, `the ${scale}x case has been imported`).toBe(10 * scale);

    const results = {};
    for (const [name, run] of [
      ["record a consent decision", consentSamples],
      ["add a question", questionSamples],
    ]) {
      const all = await run(page, WARMUPS + SAMPLES, (condition, trigger) => timed(page, condition, trigger));
      const samples = await withEventTiming(page, all.slice(WARMUPS));
      // Fewer samples than asked for means the figures do not mean what they say.
      expect(samples.length, `${name}: timed samples`).toBe(SAMPLES);
      results[name] = {
        warmups: WARMUPS,
        profile: PROFILE_SAMPLES > 0 ? await profiled(page, browser, run) : null,
        stats: Object.fromEntries(
          ["paint", "firstPaint", "update", "eventTiming", "processing"].map((m) => [m, summary(samples.map((s) => s[m]))]),
        ),
        samples,
      };
    }

    const report = {
      date: new Date().toISOString(),
      targetP95Ms: TARGET_P95_MS,
      case: { code: CASE_CODE, scale, ...caseSize },
      machine: {
        browser: `Chromium ${browser.version()}`,
        cpus: os.cpus().length,
        loadAverageBefore: loadBefore,
        loadAverageAfter: os.loadavg(),
      },
      interactions: results,
    };
    mkdirSync(path.dirname(RESULTS), { recursive: true });
    writeFileSync(RESULTS, JSON.stringify(report, null, 2));

    const verdicts = Object.entries(results).map(([name, r]) => {
      const p95 = r.stats.paint.p95;
      return `${name}: p95 ${ms(p95)} ms, ${p95 <= TARGET_P95_MS ? "within" : "ABOVE"} the ${TARGET_P95_MS} ms target`;
    });
    console.log(
      [
        "",
        `Latency to the next paint, ${scale}x case ${CASE_CODE}: ${caseSize.agencies} agencies, ${caseSize.questions} questions` +
          ` (${SAMPLES} samples each after ${WARMUPS} warm-ups; ms; ${report.machine.browser},` +
          ` ${report.machine.cpus} CPUs, load ${loadBefore.map((l) => l.toFixed(2)).join(" ")})`,
        table(results),
        ...verdicts,
        "",
        "Where the time goes:",
        ...Object.entries(results)
          .filter(([, r]) => r.profile)
          .map(([name, r]) => breakdownText(name, r.profile)),
        `Written to ${path.relative(process.cwd(), RESULTS)}`,
        "",
      ].join("\n"),
    );
  });
}
