// After the build (and after the service worker, which lists only the originals): writes a
// Brotli (.br) and a gzip (.gz) copy beside each file that compresses, for hosts that serve a
// precompressed file when the browser accepts it (nginx gzip_static and brotli_static, Caddy's
// precompressed, Netlify and others). The originals stay, for hosts that do not.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("precompress: TRUNK_STAGING_DIR is not set; run this as a trunk post_build hook.");
  process.exit(1);
}
// Text and wasm compress well; images (icon.svg is text and included) rarely need it.
const compressible = /\.(html|js|mjs|css|wasm|ftl|svg|webmanifest|json)$/;
let written = 0;
for (const name of readdirSync(staging, { recursive: true })) {
  if (!compressible.test(name)) continue;
  const path = join(staging, name);
  const bytes = readFileSync(path);
  const brotli = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  const gzip = gzipSync(bytes, { level: 9 });
  // A copy no smaller than the original would only cost the host a choice.
  if (gzip.length < bytes.length) {
    writeFileSync(`${path}.gz`, gzip);
    written += 1;
  }
  if (brotli.length < bytes.length) {
    writeFileSync(`${path}.br`, brotli);
    written += 1;
  }
}
console.log(`precompress: ${written} .br and .gz files beside the originals`);
