// After trunk's build: brings in the parts of the app that build/wasm-link.sh cut out of the
// main module (src/ui/parts.rs), each optimised by wasm-opt as trunk does the main module, and
// named by its content hash so that a new build is never served from a stale cache. The loader
// wasm-split-cli wrote (__wasm_split.js) is rewritten to import trunk's hashed bindings and to
// fetch the hashed parts.
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

const bindings = readdirSync(staging).filter((file) => /^tell-once-[0-9a-f]+\.js$/.test(file));
if (bindings.length !== 1) fail(`expected one tell-once-<hash>.js in ${staging}, found ${bindings.length}.`);
const bindingsSource = readFileSync(join(staging, bindings[0]), "utf8");
if (!bindingsSource.includes(`"./${loaderName}"`) && !bindingsSource.includes(`'./${loaderName}'`)) {
  fail(`${bindings[0]} does not import ./${loaderName}: the main module and the parts are from different builds.`);
}

const optimised = mkdtempSync(join(tmpdir(), "tell-once-parts-"));
let loader = readFileSync(join(partsDir, loaderName), "utf8").replace(
  /from "\.\/tell-once\.js"/,
  `from "./${bindings[0]}"`,
);
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
writeFileSync(join(staging, loaderName), loader);
