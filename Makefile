# Tell Once: `make run` serves the app, `make test` runs every test layer.
# Every install step checks what is there first, so running them again is cheap.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := run

WASM_TARGET := wasm32-unknown-unknown
WASM_BINDGEN_VERSION := 0.2.130
TRUNK_VERSION := 0.21.14
E2E := tests/e2e
NPM_STAMP := $(E2E)/node_modules/.tell-once-installed

# trunk finds wasm-opt (npm package binaryen) and wasm-bindgen on PATH.
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/$(E2E)/node_modules/.bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
LOGS := target/test-logs
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test tools test-tools lint unit browser e2e release size bench clean

## run: install what is missing, build, and serve the app at http://127.0.0.1:8080
run: tools
	trunk serve --release

## test: install what is missing, then lint, native tests, browser tests, end-to-end tests
test: tools test-tools lint unit browser e2e
	@echo '== summary'
	@build/test-summary.sh $(LOGS)

tools:
	@rustup target list --installed | grep -qx '$(WASM_TARGET)' || rustup target add $(WASM_TARGET)
	@wasm-bindgen --version 2>/dev/null | grep -qF '$(WASM_BINDGEN_VERSION)' \
		|| cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --force
	@trunk --version 2>/dev/null | grep -qF '$(TRUNK_VERSION)' \
		|| cargo install trunk --version $(TRUNK_VERSION) --locked --force
	@$(MAKE) --no-print-directory $(NPM_STAMP)

$(NPM_STAMP): $(E2E)/package.json $(E2E)/package-lock.json
	npm ci --prefix $(E2E) --no-audit --no-fund
	touch $@

# Debian's Chromium and ChromeDriver for the browser tests, age for the interop tests, and
# pdftotext (poppler-utils) to read the printed plan and handout.
test-tools:
	@if ! [ -x /usr/bin/chromium ] || ! [ -x /usr/bin/chromedriver ] || ! command -v age >/dev/null \
		|| ! command -v pdftotext >/dev/null; then \
		$(SUDO) apt-get update && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends \
			chromium chromium-driver age poppler-utils; \
	fi

lint:
	@echo '== lint: rustfmt and clippy (native and wasm32)'
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target $(WASM_TARGET) -- -D warnings

unit:
	@echo '== native tests: cargo test'
	@mkdir -p $(LOGS)
	cargo test 2>&1 | tee $(LOGS)/native.log

browser:
	@echo '== browser tests: wasm-bindgen-test in headless Chromium'
	@mkdir -p $(LOGS)
	cargo test --target $(WASM_TARGET) --test browser 2>&1 | tee $(LOGS)/browser.log

release:
	trunk build --release

e2e: release
	@echo '== end-to-end tests: Playwright on the release build'
	@mkdir -p $(LOGS)
	cd $(E2E) && npx playwright test 2>&1 | tee $(CURDIR)/$(LOGS)/e2e.log

## size: raw and gzip sizes of what a browser downloads
size: release
	@printf '%-40s %10s %10s\n' file raw gzip
	@for f in dist/*.wasm dist/*.js dist/*.css; do \
		printf '%-40s %10d %10d\n' "$$(basename $$f)" "$$(wc -c < $$f)" "$$(gzip -9 -c $$f | wc -c)"; \
	done
	@printf '%-40s %10d %10d\n' total \
		"$$(cat dist/*.wasm dist/*.js dist/*.css | wc -c)" \
		"$$(for f in dist/*.wasm dist/*.js dist/*.css; do gzip -9 -c $$f | wc -c; done | awk '{ s += $$1 } END { print s }')"

bench:
	@echo '== native benchmarks: cargo bench (planner, vault)'
	cargo bench
	@echo '== browser benchmark: in the 10x case, time from a consent decision or a new question to the next paint'
	@$(MAKE) --no-print-directory tools
	trunk build --release
	@# The passphrase is no secret: the file holds only the generated, fictional 10x case.
	export BENCH_EXPORT=$(CURDIR)/target/bench/case-10x.age BENCH_PASSPHRASE='bench orchard lantern ten'; \
	cargo run --profile bench --example bench_case_export -- "$$BENCH_EXPORT" "$$BENCH_PASSPHRASE"; \
	cd $(E2E) && npx playwright test --config playwright.bench.config.js

clean:
	cargo clean
	rm -rf dist $(E2E)/test-results $(E2E)/node_modules
