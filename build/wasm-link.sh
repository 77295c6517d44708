#!/bin/sh
# The linker for wasm32 (set in .cargo/config.toml): rust-lld, as rustc would call it, keeping
# the relocations (--emit-relocs) that wasm-split-cli needs. For the app's own binary it then
# cuts the module at the `wasm_split` points of src/ui/parts.rs: the main module replaces the
# linker's output (trunk runs wasm-bindgen on it as usual) and the parts loaded later go to
# wasm-split/ beside it, where build/wasm-parts.mjs picks them up after the build.
set -eu
sysroot=$(rustc --print sysroot)
host=$(rustc -vV | sed -n 's/^host: //p')
# Only the app has cut points: another binary (the worker, src/bin/worker.rs) is linked
# without relocations, which would only stop wasm-opt from shrinking it.
if [ "${CARGO_BIN_NAME:-}" != tell-once ]; then
    exec "$sysroot/lib/rustlib/$host/bin/rust-lld" "$@"
fi
"$sysroot/lib/rustlib/$host/bin/rust-lld" "$@" --emit-relocs

# Only the app built with its feature `parts` has cut points (trunk builds it so).
out=
previous=
for arg in "$@"; do
    [ "$previous" = -o ] && out=$arg
    previous=$arg
done
[ -n "$out" ] || { echo "wasm-link: no -o in the linker's arguments" >&2; exit 1; }
grep -qF __wasm_split_unstable "$out" || exit 0
parts=$(dirname "$out")/../wasm-split
rm -rf "$parts"
wasm-split-cli "$out" "$parts" --target web --out-name tell-once
mv "$parts/tell-once.wasm" "$out"
# Which main module these parts belong to: build/wasm-parts.mjs refuses parts of another build.
sha256sum "$out" | cut -d' ' -f1 > "$parts/main.sha256"
