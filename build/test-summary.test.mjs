// build/test-summary.sh counts every layer of `make test`, each engine of the cross-engine suite
// on a line of its own. Run: node --test build/
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), "test-summary.sh");

/** node --test's TAP summary, as `make engines` logs it. */
const tap = (pass, fail) => `TAP version 13\nok 1 - a vault is created\n1..${pass + fail}\n# tests ${pass + fail}\n# suites 0\n# pass ${pass}\n# fail ${fail}\n# cancelled 0\n`;

function summary(engineLogs) {
  const logs = mkdtempSync(path.join(os.tmpdir(), "test-summary-"));
  try {
    writeFileSync(path.join(logs, "native.log"), "test result: ok. 40 passed; 0 failed; 0 ignored\ntest result: ok. 2 passed; 0 failed; 0 ignored\n");
    writeFileSync(path.join(logs, "browser.log"), "test result: ok. 7 passed; 0 failed; 0 ignored\n");
    writeFileSync(path.join(logs, "e2e.log"), "  ✓ 1 a test\n\n  95 passed (4.1m)\n");
    for (const [engine, log] of Object.entries(engineLogs)) writeFileSync(path.join(logs, `engines-${engine}.log`), log);
    return spawnSync("bash", [SCRIPT, logs], { encoding: "utf8" });
  } finally {
    rmSync(logs, { recursive: true, force: true });
  }
}

test("each engine's tests are counted on a line of their own and in the total", () => {
  const { status, stdout, stderr } = summary({ chromium: tap(8, 0), firefox: tap(8, 0), webkit: tap(7, 0) });
  assert.equal(status, 0, stderr);
  assert.match(stdout, /^native: +42 passed, 0 failed$/m);
  assert.match(stdout, /^e2e: +95 passed, 0 failed$/m);
  assert.match(stdout, /^engines-chromium: +8 passed, 0 failed$/m);
  assert.match(stdout, /^engines-firefox: +8 passed, 0 failed$/m);
  assert.match(stdout, /^engines-webkit: +7 passed, 0 failed$/m);
  assert.match(stdout, /^total: 167 passed, 0 failed$/m);
});

test("a failure in one engine fails the summary", () => {
  const { status, stdout } = summary({ chromium: tap(8, 0), firefox: tap(6, 2), webkit: tap(8, 0) });
  assert.equal(status, 1);
  assert.match(stdout, /^engines-firefox: +6 passed, 2 failed$/m);
  assert.match(stdout, /^total: 166 passed, 2 failed$/m);
});

test("an engine whose suite did not run is named", () => {
  const { status, stderr } = summary({ chromium: tap(8, 0), firefox: tap(8, 0) });
  assert.equal(status, 1);
  assert.match(stderr, /engines-webkit: no log at/);
});
