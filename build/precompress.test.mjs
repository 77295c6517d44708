// build/precompress.mjs: a .br and a .gz copy beside each file that compresses, each the same
// bytes once decompressed, and none for a file that does not compress or is not of the build's kinds.
// Run: node --test build/
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync, gunzipSync } from "node:zlib";

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), "precompress.mjs");

test("every compressible file gets a .br and a .gz copy that decompress to it", () => {
  const staging = mkdtempSync(path.join(os.tmpdir(), "tell-once-precompress-"));
  mkdirSync(path.join(staging, "locales", "fr"), { recursive: true });
  const text = "planner-checking = Vérification du plan.\n".repeat(200);
  writeFileSync(path.join(staging, "locales", "fr", "main.ftl"), text);
  writeFileSync(path.join(staging, "index.html"), "<!doctype html>" + "<p>Tell Once</p>".repeat(100));
  // Random bytes do not compress: no copy is worth writing.
  const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24));
  writeFileSync(path.join(staging, "app_bg.wasm"), noise);
  writeFileSync(path.join(staging, "photo.png"), "not compressed by the build");
  execFileSync("node", [script], { env: { ...process.env, TRUNK_STAGING_DIR: staging } });

  for (const name of ["locales/fr/main.ftl", "index.html"]) {
    const original = readFileSync(path.join(staging, name));
    assert.deepEqual(brotliDecompressSync(readFileSync(path.join(staging, `${name}.br`))), original, `${name}.br`);
    assert.deepEqual(gunzipSync(readFileSync(path.join(staging, `${name}.gz`))), original, `${name}.gz`);
  }
  assert.equal(existsSync(path.join(staging, "photo.png.br")), false, "a kind the build does not compress");
  const wasmCopies = ["br", "gz"].filter((ext) => existsSync(path.join(staging, `app_bg.wasm.${ext}`)));
  for (const ext of wasmCopies) {
    assert.ok(readFileSync(path.join(staging, `app_bg.wasm.${ext}`)).length < noise.length, `a .${ext} copy is smaller`);
  }
});

test("outside a trunk build it refuses and says why", () => {
  const env = { ...process.env };
  delete env.TRUNK_STAGING_DIR;
  assert.throws(() => execFileSync("node", [script], { env, stdio: "pipe" }), /TRUNK_STAGING_DIR is not set/);
});
