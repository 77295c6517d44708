# Tell Once: `make run` serves the app, `make test` runs every test layer.
# Every install step checks what is there first, so running them again is cheap.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := run

WASM_TARGET := wasm32-unknown-unknown
WASM_BINDGEN_VERSION := 0.2.130
TRUNK_VERSION := 0.21.14
# wasm-split-cli cuts the app into the parts loaded when first used (build/wasm-link.sh).
WASM_SPLIT_VERSION := 0.2.4
CARGO_FUZZ_VERSION := 0.13.2
GECKODRIVER_VERSION := 0.37.1
# The cross-engine suite runs in each, in this order: WebKit's driver cannot save a download, so
# its run imports the file an earlier engine's run exported (tests/e2e/engines/app.test.mjs).
ENGINES := chromium firefox webkit
ENGINES_PORT ?= 8082
# make fuzz runs every target this long (seconds); 4 targets x 75 s = 5 minutes.
FUZZ_TARGETS := import_content age_file hsds_json hsds_csv
FUZZ_SECONDS ?= 75
E2E := tests/e2e
NPM_STAMP := $(E2E)/node_modules/.tell-once-installed

# trunk finds wasm-opt (npm package binaryen) and wasm-bindgen on PATH.
# build/bin first: its wasm-bindgen keeps the exports the separately loaded parts need.
export PATH := $(CURDIR)/build/bin:$(HOME)/.cargo/bin:$(CURDIR)/$(E2E)/node_modules/.bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
LOGS := target/test-logs
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test tools test-tools engine-tools lint unit browser e2e engines release size bench fuzz fuzz-tools fuzz-corpus clean

## run: install what is missing, build, and serve the app at http://127.0.0.1:8080
run: tools
	trunk serve --release

## test: install what is missing, then lint, native tests, browser tests, end-to-end tests, and
## the cross-engine suite in Chromium, Firefox ESR and WebKitGTK
test: tools test-tools engine-tools lint unit browser e2e engines
	@echo '== summary'
	@build/test-summary.sh $(LOGS)

tools:
	@rustup target list --installed | grep -qx '$(WASM_TARGET)' || rustup target add $(WASM_TARGET)
	@wasm-bindgen --version 2>/dev/null | grep -qF '$(WASM_BINDGEN_VERSION)' \
		|| cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --force
	@trunk --version 2>/dev/null | grep -qF '$(TRUNK_VERSION)' \
		|| cargo install trunk --version $(TRUNK_VERSION) --locked --force
	@cargo install --list | grep -qxF 'wasm_split_cli_support v$(WASM_SPLIT_VERSION):' \
		|| cargo install wasm_split_cli_support --version $(WASM_SPLIT_VERSION) --features build-binary --locked --force
	@$(MAKE) --no-print-directory $(NPM_STAMP)

$(NPM_STAMP): $(E2E)/package.json $(E2E)/package-lock.json
	npm ci --prefix $(E2E) --no-audit --no-fund
	touch $@

# Debian's Chromium and ChromeDriver for the browser tests, age for the interop tests,
# pdftotext (poppler-utils) to read the printed plan and handout, and the Noto fonts for the
# scripts of the survivor handout (Arabic, Cyrillic, Vietnamese; Chinese in fonts-noto-cjk):
# without them Chromium prints those letters as empty boxes, and pdftotext reads nothing back.
TEST_FONTS := fonts-noto-core fonts-noto-cjk
test-tools:
	@if ! [ -x /usr/bin/chromium ] || ! [ -x /usr/bin/chromedriver ] || ! command -v age >/dev/null \
		|| ! command -v pdftotext >/dev/null || ! dpkg -s $(TEST_FONTS) >/dev/null 2>&1; then \
		$(SUDO) apt-get update && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends \
			chromium chromium-driver age poppler-utils $(TEST_FONTS); \
	fi

# Firefox ESR and geckodriver, and WebKitGTK's WebKitWebDriver (it drives MiniBrowser, which
# needs a display: xvfb-run, with xauth), for the cross-engine suite and the unlock benchmark.
# geckodriver's version is matched in its whole output, not with `| grep -q`: grep stops reading
# at the match, geckodriver then exits with 101 writing its licence text to the closed pipe, and
# pipefail took that for a missing geckodriver (a reinstall of several minutes, now and then).
engine-tools: test-tools
	@if ! [ -x /usr/bin/firefox-esr ] || ! [ -x /usr/bin/WebKitWebDriver ] || ! command -v xvfb-run >/dev/null \
		|| ! command -v xauth >/dev/null; then \
		$(SUDO) apt-get update && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends \
			firefox-esr webkit2gtk-driver xvfb xauth; \
	fi
	@case "$$(geckodriver --version 2>/dev/null)" in *'geckodriver $(GECKODRIVER_VERSION)'*) ;; \
		*) cargo install geckodriver --version $(GECKODRIVER_VERSION) --locked --force ;; esac

lint:
	@echo '== lint: rustfmt and clippy (native and wasm32)'
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target $(WASM_TARGET) -- -D warnings
	cargo clippy --all-targets --target $(WASM_TARGET) --features parts -- -D warnings

unit:
	@echo '== native tests: cargo test'
	@mkdir -p $(LOGS)
	cargo test 2>&1 | tee $(LOGS)/native.log

browser:
	@echo '== browser tests: wasm-bindgen-test in headless Chromium'
	@mkdir -p $(LOGS)
	cargo test --target $(WASM_TARGET) --test browser 2>&1 | tee $(LOGS)/browser.log

## release: install what is missing, then build the app for publishing into dist/
release: tools
	trunk build --release

e2e: release
	@echo '== end-to-end tests: Playwright on the release build'
	@mkdir -p $(LOGS)
	@# The generated 10x case, for the long-lists spec; its passphrase is no secret (fictional data).
	export E2E_CASE_10X=$(CURDIR)/target/e2e/case-10x.age E2E_CASE_10X_PASSPHRASE='long lists orchard ten'; \
	mkdir -p target/e2e && cargo run --quiet --example bench_case_export -- "$$E2E_CASE_10X" "$$E2E_CASE_10X_PASSPHRASE" && \
	cd $(E2E) && npx playwright test 2>&1 | tee $(CURDIR)/$(LOGS)/e2e.log

## engines: the cross-engine suite (tests/e2e/engines) on the release build, in every engine;
## each engine's run is logged to target/test-logs/engines-<engine>.log. ENGINES=firefox runs one.
engines: release engine-tools
	@echo '== cross-engine tests: $(ENGINES), through WebDriver on the release build'
	@mkdir -p $(LOGS)
	@failed=; for engine in $(ENGINES); do \
		echo "-- $$engine"; \
		display=; [ "$$engine" != webkit ] || display='xvfb-run -a'; \
		(cd $(E2E) && ENGINE=$$engine E2E_PORT=$(ENGINES_PORT) $$display node --test --test-reporter=tap engines/) \
			> $(LOGS)/engines-$$engine.log 2>&1 || failed="$$failed $$engine"; \
		grep -E '^# (tests|pass|fail|duration_ms) ' $(LOGS)/engines-$$engine.log | tr '\n' ' '; echo; \
	done; \
	if [ -n "$$failed" ]; then \
		for engine in $$failed; do grep -B2 -A12 '^not ok' $(LOGS)/engines-$$engine.log || tail -n 40 $(LOGS)/engines-$$engine.log; done; \
		echo "cross-engine suite failed in:$$failed (logs: $(LOGS)/engines-<engine>.log)"; exit 1; \
	fi

## size: raw and gzip sizes of what a browser downloads: for the first screen, and later
# Later: the parts of the app (split_*, chunk_*), the texts (locales/), the service worker.
# `make bench` weighs the first screen by what the cold start really fetched.
# The table goes to $(CURDIR)/target/size.txt: the loop runs in dist/, where target/ is no path.
size: release
	@mkdir -p target
	@printf '%-45s %10s %10s  %s\n' file raw gzip when
	@cd dist && find . -type f ! -name '*.map' ! -name '*.br' ! -name '*.gz' | sed 's|^\./||' | sort | while read -r f; do \
		case "$$f" in split_*|chunk_*|locales/*|worker*|sw.js|manifest.webmanifest|icon.svg) when=later ;; *) when=first ;; esac; \
		printf '%-45s %10d %10d  %s\n' "$$f" "$$(wc -c < "$$f")" "$$(gzip -9 -c "$$f" | wc -c)" "$$when"; \
	done | tee $(CURDIR)/target/size.txt
	@awk '{ t[$$4] += $$3; all += $$3 } END { printf "first screen %d B gzip, later %d B, total %d B\n", t["first"], t["later"], all }' target/size.txt

## bench: every benchmark, the fuzz run, and bench/report.md with the figures (about an hour)
bench: tools test-tools engine-tools
	@mkdir -p target/bench
	@echo '== native benchmarks: cargo bench (planner, vault)'
	cargo bench
	@echo '== release build (sizes, cold start, latency)'
	trunk build --release
	@echo '== the bare Yew app the cold start is compared with (bench/bare-yew), same release profile'
	cd bench/bare-yew && CARGO_TARGET_DIR=$(CURDIR)/target/bare-yew trunk build --release --dist $(CURDIR)/target/bare-yew/dist
	@echo '== browser benchmarks: cold start of the app and of the bare Yew app; in the 10x and 100x cases, time from a consent decision or a new question to the next paint; long tasks and Quick exit during unlock and in the 10x and 100x cases'
	@# The passphrase is no secret: the file holds only the generated, fictional 10x case.
	export BENCH_EXPORT=$(CURDIR)/target/bench/case-10x.age BENCH_PASSPHRASE='bench orchard lantern ten' \
		BENCH_EXPORT_100X=$(CURDIR)/target/bench/case-100x.age BENCH_PASSPHRASE_100X='bench orchard lantern hundred' \
		BENCH_BARE_DIST=$(CURDIR)/target/bare-yew/dist; \
	cargo run --profile bench --example bench_case_export -- "$$BENCH_EXPORT" "$$BENCH_PASSPHRASE"; \
	cargo run --profile bench --example bench_case_export -- "$$BENCH_EXPORT_100X" "$$BENCH_PASSPHRASE_100X" 100; \
	cd $(E2E) && npx playwright test --config playwright.bench.config.js
	@echo '== unlock time in headless Chromium and Firefox: tests/e2e/engines/bench-unlock.mjs'
	cd $(E2E) && E2E_PORT=$(ENGINES_PORT) node engines/bench-unlock.mjs --out $(CURDIR)/target/bench/unlock.json
	@echo '== analyze in Chromium: tests/wasm_bench.rs'
	WASM_BINDGEN_TEST_TIMEOUT=600 cargo test --release --target $(WASM_TARGET) --test wasm_bench -- --nocapture \
		2>&1 | tee target/bench/wasm-bench.log
	@$(MAKE) --no-print-directory fuzz
	@echo '== report'
	node --test build/
	node build/bench-report.mjs

fuzz-tools:
	@rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
	@cargo fuzz --version 2>/dev/null | grep -qF '$(CARGO_FUZZ_VERSION)' \
		|| cargo install cargo-fuzz --version $(CARGO_FUZZ_VERSION) --locked --force

## fuzz: each target of fuzz/ for FUZZ_SECONDS from its seeds and kept corpus; stops at the first crash
# New inputs go to target/fuzz-corpus, so the kept corpus (fuzz/corpus) changes only by
# `make fuzz-corpus`. libFuzzer's log of each target is in target/bench/fuzz/.
fuzz: fuzz-tools
	@echo '== fuzzing: $(FUZZ_TARGETS), $(FUZZ_SECONDS) s each'
	cargo +nightly fuzz build
	@mkdir -p target/bench/fuzz
	@for t in $(FUZZ_TARGETS); do \
		mkdir -p target/fuzz-corpus/$$t fuzz/corpus/$$t; \
		echo "-- $$t"; \
		if ! cargo +nightly fuzz run $$t target/fuzz-corpus/$$t fuzz/corpus/$$t fuzz/seeds/$$t -- \
			-max_total_time=$(FUZZ_SECONDS) -timeout=10 -print_final_stats=1 > target/bench/fuzz/$$t.log 2>&1; then \
			tail -n 60 target/bench/fuzz/$$t.log; \
			echo "fuzz target $$t failed: see target/bench/fuzz/$$t.log and fuzz/artifacts/$$t/"; exit 1; \
		fi; \
		grep -E '^#[0-9]+[[:space:]]+DONE|^Done [0-9]+ runs' target/bench/fuzz/$$t.log; \
	done

## fuzz-corpus: keeps in fuzz/corpus what the fuzz runs found that the seeds do not cover (to commit)
# A set-cover merge over edge coverage, seeds first, of the inputs up to FUZZ_KEEP_MAX_BYTES:
# plain `cargo fuzz cmin` keeps every mutant of the large seeds that adds a hit-count feature,
# megabytes of near-copies of the HSDS fixtures.
FUZZ_KEEP_MAX_BYTES := 4096
fuzz-corpus: fuzz-tools
	@mkdir -p target/bench/fuzz
	@for t in $(FUZZ_TARGETS); do \
		rm -rf target/fuzz-merge/$$t target/fuzz-found/$$t; \
		mkdir -p target/fuzz-merge/$$t target/fuzz-found/$$t fuzz/corpus/$$t target/fuzz-corpus/$$t; \
		cp fuzz/seeds/$$t/* target/fuzz-merge/$$t/; \
		find fuzz/corpus/$$t target/fuzz-corpus/$$t -type f -size -$$(( $(FUZZ_KEEP_MAX_BYTES) + 1 ))c \
			-exec cp -n {} target/fuzz-found/$$t/ \; ; \
		cargo +nightly fuzz run $$t target/fuzz-merge/$$t target/fuzz-found/$$t -- \
			-merge=1 -set_cover_merge=1 -use_counters=0 > target/bench/fuzz/$$t-merge.log 2>&1; \
		rm -rf fuzz/corpus/$$t; mkdir -p fuzz/corpus/$$t; \
		for f in target/fuzz-merge/$$t/*; do \
			[ -e fuzz/seeds/$$t/$$(basename $$f) ] || cp $$f fuzz/corpus/$$t/; \
		done; \
		echo "$$t: $$(ls fuzz/corpus/$$t | wc -l) inputs kept besides $$(ls fuzz/seeds/$$t | wc -l) seeds"; \
	done
	@du -sh --apparent-size fuzz/seeds fuzz/corpus

clean:
	cargo clean
	rm -rf dist $(E2E)/test-results $(E2E)/node_modules
