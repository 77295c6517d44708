// Trunk post-build hook: writes sw.js from build/service-worker.js with the list of every file
// of this build and a version made from their contents, so that a new build is a new service
// worker and the browser offers it as an update. Runs after extract-loader.mjs.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("service-worker: TRUNK_STAGING_DIR is not set; run this as a trunk post_build hook.");
  process.exit(1);
}
// Every file, in subdirectories too (locales/<language>/<file>.ftl), by its path in the build.
const files = readdirSync(staging, { withFileTypes: true, recursive: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(staging, join(entry.parentPath, entry.name)).split(sep).join("/"))
  // The precompressed copies are for the host to serve in place of the originals.
  .filter((name) => name !== "sw.js" && !/\.(br|gz)$/.test(name))
  .sort();
if (!files.includes("index.html") || !files.some((name) => name.endsWith(".wasm"))) {
  console.error(`service-worker: index.html or the wasm is missing from ${staging}; trunk's output has changed.`);
  process.exit(1);
}
const version = createHash("sha256");
for (const name of files) version.update(name).update(readFileSync(join(staging, name)));
// "./" is the page itself, as a browser asks for it; index.html is the same file by name.
const precache = ["./", ...files.map((name) => `./${name}`)];
const template = readFileSync(new URL("./service-worker.js", import.meta.url), "utf8");
const worker = template
  .replace("__TELL_ONCE_VERSION__", version.digest("hex").slice(0, 16))
  .replace("__TELL_ONCE_FILES__", JSON.stringify(precache, null, 2));
writeFileSync(join(staging, "sw.js"), worker);
