// After trunk's build: brings in the parts of the app that build/wasm-link.sh cut out of the
// main module (src/ui/parts.rs), each optimised by wasm-opt as trunk does the main module, and
// named by its content hash so that a new build is never served from a stale cache. The loader
// wasm-split-cli wrote (__wasm_split.js) is rewritten to import trunk's hashed bindings and to
// fetch the hashed parts, and named by its own hash.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const fail = (message) => {
  console.error(`wasm-parts: ${message}`);
  process.exit(1);
};

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) fail("TRUNK_STAGING_DIR is not set; run this as a trunk post_build hook.");
const profile = process.env.TRUNK_PROFILE === "release" ? "release" : "debug";
const targetDir = process.env.CARGO_TARGET_DIR ?? join(process.env.TRUNK_SOURCE_DIR ?? ".", "target");
const partsDir = join(targetDir, "wasm32-unknown-unknown", profile, "wasm-split");
const loaderName = "__wasm_split.js";
if (!existsSync(join(partsDir, loaderName))) {
  fail(`no parts in ${partsDir}: the wasm32 linker (build/wasm-link.sh, .cargo/config.toml) did not split the app.`);
}

// The parts must come from the link that made the main module trunk just processed.
const linked = join(targetDir, "wasm32-unknown-unknown", profile, "tell-once.wasm");
const expected = readFileSync(join(partsDir, "main.sha256"), "utf8").trim();
if (!existsSync(linked) || createHash("sha256").update(readFileSync(linked)).digest("hex") !== expected) {
  fail(`the parts in ${partsDir} belong to another build of the main module: build again (cargo clean -p tell-once if it persists).`);
}

const bindings = readdirSync(staging).filter((file) => /^tell-once-[0-9a-f]+\.js$/.test(file));
if (bindings.length !== 1) fail(`expected one tell-once-<hash>.js in ${staging}, found ${bindings.length}.`);
const bindingsSource = readFileSync(join(staging, bindings[0]), "utf8");

// The parts reach the main module's function table through its exports; wasm-bindgen drops
// them unless it runs with --keep-lld-exports (build/bin/wasm-bindgen, first on the Makefile's PATH).
const mainWasm = readdirSync(staging).find((file) => /^tell-once-[0-9a-f]+_bg\.wasm$/.test(file));
const exported = WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(join(staging, mainWasm)))).map((e) => e.name);
if (!exported.includes("__indirect_function_table")) {
  fail("the main module does not export its function table, so no part could run: build with make (it puts build/bin, whose wasm-bindgen keeps it, first on PATH).");
}

const optimised = mkdtempSync(join(tmpdir(), "tell-once-parts-"));
const written = readFileSync(join(partsDir, loaderName), "utf8");
if (!written.includes('from "./tell-once.js"')) fail(`${loaderName} does not import ./tell-once.js: wasm-split-cli's output has changed.`);
let loader = written.replace('from "./tell-once.js"', `from "./${bindings[0]}"`);
for (const file of readdirSync(partsDir).filter((name) => name.endsWith(".wasm"))) {
  const output = join(optimised, file);
  if (profile === "release") {
    execFileSync("wasm-opt", ["-Oz", `--output=${output}`, join(partsDir, file)], { stdio: "inherit" });
  }
  const bytes = readFileSync(profile === "release" ? output : join(partsDir, file));
  const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 16);
  const hashed = file.replace(/\.wasm$/, `-${hash}.wasm`);
  writeFileSync(join(staging, hashed), bytes);
  const reference = `"./${file}"`;
  if (!loader.includes(reference)) fail(`${loaderName} does not fetch ${file}.`);
  loader = loader.replaceAll(reference, `"./${hashed}"`);
}
rmSync(optimised, { recursive: true, force: true });

// The loader is named by its content hash too, and the bindings import it by that name: a stale
// loader from the HTTP cache would pair old parts (or old bindings) with a new main module.
// The bindings' own integrity in index.html is computed again, since their text changes here.
const hashedLoader = `__wasm_split-${createHash("sha256").update(loader).digest("hex").slice(0, 16)}.js`;
writeFileSync(join(staging, hashedLoader), loader);
const importOfLoader = `from "./${loaderName}"`;
const rewritten = bindingsSource.replaceAll(importOfLoader, `from "./${hashedLoader}"`);
if (rewritten === bindingsSource) fail(`${bindings[0]} has no \`${importOfLoader}\`: wasm-bindgen's output has changed.`);
writeFileSync(join(staging, bindings[0]), rewritten);
const indexPath = join(staging, "index.html");
const html = readFileSync(indexPath, "utf8");
const integrity = `sha384-${createHash("sha384").update(rewritten).digest("base64")}`;
const preload = new RegExp(`(href="\\./${bindings[0].replace(/[.]/g, "\\.")}"[^>]*\\bintegrity=")sha384-[^"]+"`);
if (!preload.test(html)) fail(`index.html has no integrity for ${bindings[0]}: trunk's output has changed.`);
writeFileSync(indexPath, html.replace(preload, `$1${integrity}"`));
