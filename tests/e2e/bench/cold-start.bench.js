// Issues 7 and 17: cold start, from navigation to the first interactive screen, in headless
// Chromium on loopback, of the app and, in the same run, of a bare Yew 0.23 app built with the
// same profile (bench/bare-yew, served when BENCH_BARE_DIST names its build): the report judges
// the ratio of their medians.
//
// Each run opens the home page in a new browser context: an empty HTTP cache, no service
// worker, no storage, so every byte is fetched and compiled again. "First interactive screen"
// means, all at once:
//   - the home page's main heading (h1) shows the app's name, translated ("Tell Once"), so the
//     WebAssembly module was fetched, instantiated and started, and Yew rendered the page;
//   - the Quick exit button (the one control every screen has, the one that must work first)
//     is in the page and enabled; Yew attaches its listener in the same render;
//   - and the browser has painted that frame.
// Times are read inside the page, on its own clock: performance.now() counts from the
// navigation's start (the time origin of the document), so node's and Playwright's own delays
// are not counted. A MutationObserver installed before any script of the page notes the first
// DOM change at which the screen is complete (`rendered`); a requestAnimationFrame callback then
// queues a task that runs once that frame is produced (`interactive`, the figure budgeted).
//
// Writes tests/e2e/bench-results/cold-start.json: every sample, median and p95 of each app; it
// fails only when a run never reaches the screen, never on a slow figure (the report judges).
//   BENCH_COLD_RUNS  runs (default 10)
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { test, expect } from "../fixtures.js";
import { barePort } from "../playwright.bench.config.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const RESULTS = path.resolve(here, "../bench-results/cold-start.json");
const RUNS = Number(process.env.BENCH_COLD_RUNS ?? 10);
const APP_NAME = "Tell Once";
const QUICK_EXIT = "Quick exit";

/** Installed before the page's own scripts: notes when the first interactive screen is there. */
function coldStartProbe({ appName, quickExit }) {
  const probe = { rendered: null, interactive: null };
  window.__coldStart = probe;
  const ready = () => {
    const heading = document.querySelector("h1");
    if (!heading || heading.textContent.trim() !== appName) return false;
    if (heading.getBoundingClientRect().height === 0) return false;
    return [...document.querySelectorAll("button")].some((b) => b.textContent.trim().startsWith(quickExit) && !b.disabled);
  };
  const observer = new MutationObserver(() => {
    if (probe.rendered !== null || !ready()) return;
    probe.rendered = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (probe.interactive = performance.now()), 0));
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
}

function percentile(sorted, p) {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summary(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { n: sorted.length, min: sorted[0], median: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) };
}

/** One cold start of the page at `url`, in a new context; its figures, or a failed expectation. */
async function coldStart(browser, url, run) {
  const context = await browser.newContext({ baseURL: url });
  const problems = [];
  try {
    const own = new URL(url).origin;
    context.on("request", (request) => {
      const address = request.url();
      if (!address.startsWith("data:") && !address.startsWith("blob:") && new URL(address).origin !== own) problems.push(`request to another origin: ${address}`);
    });
    const page = await context.newPage();
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    await page.addInitScript(coldStartProbe, { appName: APP_NAME, quickExit: QUICK_EXIT });
    await page.goto("./");
    await expect
      .poll(() => page.evaluate(() => window.__coldStart.interactive), { timeout: 30_000, message: `${url}, run ${run + 1}: the first interactive screen` })
      .not.toBeNull();
    // The same screen, as a user would find it.
    await expect(page.getByRole("heading", { level: 1, name: APP_NAME })).toBeVisible();
    await expect(page.getByRole("button", { name: QUICK_EXIT })).toBeEnabled();
    const sample = await page.evaluate(() => {
      const [nav] = performance.getEntriesByType("navigation");
      const resources = performance.getEntriesByType("resource");
      // What the first screen needed: the page and every file whose fetch began before it
      // was interactive, by path in the build ("" is the page itself, index.html).
      const base = new URL("./", nav.name);
      const firstScreenFiles = [
        "index.html",
        ...resources
          .filter((r) => r.startTime <= window.__coldStart.interactive && r.name.startsWith(base.href))
          .map((r) => decodeURIComponent(new URL(r.name).pathname.slice(base.pathname.length)) || "index.html"),
      ];
      const wasm = resources.find((r) => r.name.endsWith(".wasm"));
      return {
        interactive: window.__coldStart.interactive,
        rendered: window.__coldStart.rendered,
        responseEnd: nav.responseEnd,
        domContentLoaded: nav.domContentLoadedEventEnd,
        wasmFetched: wasm ? wasm.responseEnd : null,
        transferBytes: nav.transferSize + resources.reduce((sum, r) => sum + r.transferSize, 0),
        requests: 1 + resources.length,
        firstScreenFiles: [...new Set(firstScreenFiles)].sort(),
      };
    });
    expect(problems, `${url}, run ${run + 1}: page errors and foreign requests`).toEqual([]);
    return sample;
  } finally {
    await context.close();
  }
}

const MILESTONES = ["interactive", "rendered", "responseEnd", "domContentLoaded", "wasmFetched"];

function statsOf(samples) {
  return Object.fromEntries(MILESTONES.map((m) => [m, summary(samples.map((s) => s[m]).filter((v) => v !== null))]));
}

test("cold start: navigation to the first interactive screen, the app and a bare Yew app", async ({ browser, baseURL }) => {
  const bareURL = process.env.BENCH_BARE_DIST ? `http://127.0.0.1:${barePort}/` : null;
  const loadBefore = os.loadavg();
  const samples = [];
  const bareSamples = [];
  // Turn about, so that whatever else the machine does weighs on both alike.
  for (let run = 0; run < RUNS; run++) {
    samples.push(await coldStart(browser, baseURL, run));
    if (bareURL) bareSamples.push(await coldStart(browser, bareURL, run));
  }

  const report = {
    date: new Date().toISOString(),
    definition:
      "navigation start to the first painted frame in which the home page's h1 reads 'Tell Once' and the Quick exit button is enabled; new browser context per run (cold cache)",
    runs: RUNS,
    // Every file any run requested before its screen was interactive (the favicon, say, is
    // early in some runs only): bench-report.mjs weighs them all against the transfer budget.
    firstScreenFiles: [...new Set(samples.flatMap((sample) => sample.firstScreenFiles))].sort(),
    machine: { browser: `Chromium ${browser.version()}`, cpus: os.cpus().length, loadAverageBefore: loadBefore, loadAverageAfter: os.loadavg() },
    stats: statsOf(samples),
    samples,
    // The bare Yew 0.23 app (bench/bare-yew), same release profile, same screen, same run.
    bare: bareURL ? { dist: process.env.BENCH_BARE_DIST, stats: statsOf(bareSamples), samples: bareSamples } : null,
  };
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, JSON.stringify(report, null, 2));
  const s = report.stats.interactive;
  const bare = report.bare?.stats.interactive;
  console.log(
    `\nCold start to the first interactive screen, ${RUNS} runs (${report.machine.browser}): ` +
      `median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, min ${s.min.toFixed(1)}, max ${s.max.toFixed(1)}` +
      (bare ? `; the bare Yew app: median ${bare.median.toFixed(1)} ms, ratio ${(s.median / bare.median).toFixed(2)}` : "; no bare Yew app (BENCH_BARE_DIST unset)") +
      `\nWritten to ${path.relative(process.cwd(), RESULTS)}\n`,
  );
  expect(samples.length).toBe(RUNS);
  if (bareURL) expect(bareSamples.length).toBe(RUNS);
});
