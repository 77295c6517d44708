// The Makefile's targets that the README names work on a fresh clone: each installs what it needs
// first (checked with `make -n`, which prints the steps without running them, on a tree whose
// node_modules are missing), and `make size` writes its table and totals.
// Run: node --test build/
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** What `make -n target` would run, as if tests/e2e/node_modules had never been installed. */
function dryRun(target) {
  const missingStamp = path.join(mkdtempSync(path.join(os.tmpdir(), "tell-once-make-")), "never-installed");
  return execFileSync("make", ["-n", "--no-print-directory", "-C", root, target, `NPM_STAMP=${missingStamp}`], {
    encoding: "utf8",
    env: { ...process.env, MAKEFLAGS: "" },
  });
}

// The step of each install target that checks for what it installs.
const INSTALLS = {
  "the wasm target, wasm-bindgen, trunk and wasm-split (tools)": "rustup target list --installed",
  "wasm-opt and the test libraries from npm (tools)": "npm ci --prefix tests/e2e",
  "Chromium, ChromeDriver, age, pdftotext and the Noto fonts (test-tools)": "chromium chromium-driver age poppler-utils fonts-noto-core fonts-noto-cjk",
  "Firefox ESR, WebKitWebDriver and Xvfb (engine-tools)": "firefox-esr webkit2gtk-driver xvfb xauth",
  "geckodriver (engine-tools)": "cargo install geckodriver --version",
  "the nightly toolchain and cargo-fuzz (fuzz-tools)": "cargo fuzz --version",
};

const NEEDS = {
  release: ["the wasm target, wasm-bindgen, trunk and wasm-split (tools)", "wasm-opt and the test libraries from npm (tools)"],
  size: ["the wasm target, wasm-bindgen, trunk and wasm-split (tools)", "wasm-opt and the test libraries from npm (tools)"],
  bench: Object.keys(INSTALLS),
  fuzz: ["the nightly toolchain and cargo-fuzz (fuzz-tools)"],
};

for (const [target, needs] of Object.entries(NEEDS)) {
  test(`make ${target} installs what it needs before it builds`, () => {
    const steps = dryRun(target);
    for (const need of needs) {
      assert.ok(steps.includes(INSTALLS[need]), `make ${target} does not install ${need}: no "${INSTALLS[need]}" in\n${steps}`);
    }
  });
}

test("make release installs before it builds: trunk runs after the npm install that brings wasm-opt", () => {
  const steps = dryRun("release");
  const install = steps.indexOf(INSTALLS["wasm-opt and the test libraries from npm (tools)"]);
  const build = steps.indexOf("trunk build --release");
  assert.ok(install >= 0 && build > install, steps);
});

test("make size prints each file of dist/, and the totals, from a table under target/", () => {
  const tree = mkdtempSync(path.join(os.tmpdir(), "tell-once-size-"));
  copyFileSync(path.join(root, "Makefile"), path.join(tree, "Makefile"));
  mkdirSync(path.join(tree, "dist/locales/es"), { recursive: true });
  writeFileSync(path.join(tree, "dist/index.html"), "<!doctype html><title>Tell Once</title>\n");
  writeFileSync(path.join(tree, "dist/tell-once_bg.wasm"), Buffer.alloc(4096, 7));
  writeFileSync(path.join(tree, "dist/locales/es/main.ftl"), "app-name = Tell Once\n");
  // -o release: the release build is taken as it is (here the small dist/ above).
  const out = execFileSync("make", ["--no-print-directory", "-C", tree, "-o", "release", "size"], {
    encoding: "utf8",
    env: { ...process.env, MAKEFLAGS: "" },
  });
  const table = readFileSync(path.join(tree, "target/size.txt"), "utf8");
  assert.match(table, /^locales\/es\/main\.ftl +21 +\d+ +later$/m);
  assert.match(table, /^tell-once_bg\.wasm +4096 +\d+ +first$/m);
  const gzip = (file) => Number(table.match(new RegExp(`^${file.replace(/[.]/g, "\\.")} +\\d+ +(\\d+)`, "m"))[1]);
  const first = gzip("index.html") + gzip("tell-once_bg.wasm");
  const later = gzip("locales/es/main.ftl");
  assert.match(out, new RegExp(`^first screen ${first} B gzip, later ${later} B, total ${first + later} B$`, "m"));
});
