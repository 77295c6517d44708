// Trunk writes its wasm loader as an inline <script>. The Content Security Policy forbids
// inline scripts, so this post-build hook moves the loader into a file of its own, named by
// its content hash so that a new build is never served from a stale cache.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("extract-loader: TRUNK_STAGING_DIR is not set; run this as a trunk post_build hook.");
  process.exit(1);
}
const indexPath = join(staging, "index.html");
const html = readFileSync(indexPath, "utf8");
const inline = /<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;
let count = 0;
const rewritten = html.replace(inline, (_whole, attributes, body) => {
  count += 1;
  const hash = createHash("sha256").update(body).digest("hex").slice(0, 16);
  const file = `start-${hash}.js`;
  writeFileSync(join(staging, file), body.trim() + "\n");
  const kept = attributes.replace(/\s(nonce|integrity)="[^"]*"/g, "");
  return `<script${kept} src="./${file}"></script>`;
});
if (count === 0) {
  console.error("extract-loader: no inline script found in index.html; trunk's output has changed.");
  process.exit(1);
}
writeFileSync(indexPath, rewritten);
