// The unlock time in the browser, in headless Chromium and Firefox: a vault with one case is
// created, then, run after run, the page is reloaded and the vault unlocked; each run is timed
// inside the page from submitting the passphrase to the case list being painted. Writes the
// samples and their median to target/bench/unlock.json (build/bench-report.mjs reads it).
//
// Usage (from tests/e2e): node engines/bench-unlock.mjs [--runs N] [--port P] [--out FILE]
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  PASSPHRASE,
  Page,
  REPO,
  SLOW,
  createVault,
  median,
  openApp,
  serveRelease,
  startEngine,
} from "./webdriver.mjs";

const ENGINES = ["chromium", "firefox"];
const CODE = "TO-BENCH-UNLOCK";

function options(argv) {
  const args = { runs: 7, port: Number(process.env.E2E_PORT ?? 8093), out: path.join(REPO, "target/bench/unlock.json") };
  for (let i = 0; i < argv.length; i += 2) {
    if (argv[i] === "--runs") args.runs = Number(argv[i + 1]);
    else if (argv[i] === "--port") args.port = Number(argv[i + 1]);
    else if (argv[i] === "--out") args.out = path.resolve(argv[i + 1]);
    else throw new Error(`unknown argument ${argv[i]}; usage: node engines/bench-unlock.mjs [--runs N] [--port P] [--out FILE]`);
  }
  if (!(args.runs >= 1)) throw new Error("--runs needs a number of runs, 1 or more");
  return args;
}

// Runs in the page: submits the unlock form and calls back with the milliseconds until the case
// list is in the DOM, and until the frame after it is painted.
const TIMED_UNLOCK = `
  const [code, done] = [arguments[0], arguments[arguments.length - 1]];
  const listed = () => [...document.querySelectorAll("a")].some((a) => a.textContent.trim() === code);
  const button = [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === "Unlock");
  if (!button) return done({ error: "no Unlock button" });
  const start = performance.now();
  const observer = new MutationObserver(() => {
    if (!listed()) return;
    observer.disconnect();
    const inDom = performance.now() - start;
    requestAnimationFrame(() => requestAnimationFrame(() => done({ inDom, painted: performance.now() - start })));
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  button.click();
`;

/**
 * The scrypt work factor that wraps the vault's key: the "-> scrypt <salt> <log2 N>" stanza of
 * the age file in the stored identity record (JSON whose `armored` field is ASCII-armored age).
 */
const WORK_FACTOR = `
  const done = arguments[arguments.length - 1];
  (async () => {
    const request = (r) => new Promise((ok, fail) => { r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
    for (const { name } of await indexedDB.databases()) {
      const db = await request(indexedDB.open(name));
      for (const store of db.objectStoreNames) {
        for (const value of await request(db.transaction(store).objectStore(store).getAll())) {
          const bytes = value instanceof ArrayBuffer || ArrayBuffer.isView(value) ? value : null;
          const text = bytes ? new TextDecoder().decode(bytes) : typeof value === "string" ? value : JSON.stringify(value);
          let armored = null;
          try { armored = JSON.parse(text).armored ?? null; } catch {}
          const header = armored ? atob(armored.split("\\n").filter((l) => l && !l.startsWith("-----")).join("")) : text;
          const found = header.match(/-> scrypt \\S+ (\\d+)/);
          if (found) { db.close(); return Number(found[1]); }
        }
      }
      db.close();
    }
    return null;
  })().then(done, () => done(null));
`;

async function measure(engine, server, runs) {
  const driver = await startEngine(engine);
  try {
    await driver.manage().setTimeouts({ script: SLOW, pageLoad: 60_000 });
    const capabilities = await driver.getCapabilities();
    const page = new Page(driver, server.url);
    await createVault(page);
    await page.fill({ label: "Case code" }, CODE);
    await page.click({ role: "button", name: "Create case" });
    await page.expectVisible({ role: "heading", level: 1, name: `Case ${CODE}` });
    await page.expectVisible({ role: "status", name: /^Saved at/ }, 20_000);
    const workFactor = await driver.executeAsyncScript(WORK_FACTOR);
    const samples = [];
    for (let run = 0; run < runs; run += 1) {
      await driver.navigate().refresh();
      await openApp(page, "#/cases");
      await page.fill({ label: "Passphrase" }, PASSPHRASE);
      const timing = await driver.executeAsyncScript(TIMED_UNLOCK, CODE);
      if (timing.error) throw new Error(`${engine}: ${timing.error}`);
      samples.push(timing);
      console.log(`${engine} run ${run + 1}/${runs}: ${timing.painted.toFixed(0)} ms to the painted case list`);
    }
    const painted = samples.map((s) => s.painted);
    return {
      browser: `${capabilities.get("browserName")} ${capabilities.get("browserVersion")}`,
      workFactor,
      runs,
      samplesMs: painted,
      medianMs: median(painted),
      minMs: Math.min(...painted),
      maxMs: Math.max(...painted),
      medianInDomMs: median(samples.map((s) => s.inDom)),
    };
  } finally {
    await driver.quit();
  }
}

async function main() {
  const args = options(process.argv.slice(2));
  const server = await serveRelease(args.port);
  const loadAverageBefore = os.loadavg();
  const engines = {};
  try {
    for (const engine of ENGINES) engines[engine] = await measure(engine, server, args.runs);
  } finally {
    server.stop();
  }
  const result = {
    date: new Date().toISOString(),
    definition: "from submitting the passphrase (the Unlock button's click) to the frame painted after the case list shows the vault's case, measured inside the page",
    machine: { cpus: os.cpus().length, loadAverageBefore, loadAverageAfter: os.loadavg() },
    engines,
  };
  mkdirSync(path.dirname(args.out), { recursive: true });
  writeFileSync(args.out, `${JSON.stringify(result, null, 2)}\n`);
  for (const [engine, r] of Object.entries(engines)) {
    console.log(`${engine} (${r.browser}), scrypt work factor ${r.workFactor}: median ${r.medianMs.toFixed(0)} ms over ${r.runs} runs (min ${r.minMs.toFixed(0)}, max ${r.maxMs.toFixed(0)})`);
  }
  console.log(`wrote ${args.out}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`bench-unlock: ${error.stack ?? error}`);
    process.exit(1);
  },
);
