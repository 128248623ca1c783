# Hakemus — build, serve, test and bench. Pins and rationale: docs/toolchain.md.
#
#   make tools   install missing / wrong-version tools only (idempotent; prints what it did)
#   make build   release build into dist/ (trunk; skipped when no input changed)
#   make serve   the release build, served on 127.0.0.1:8080 as a static host serves it
#   make test    cargo test (native) → cargo test (wasm, headless Chromium) → build → e2e (node --test)
#   make bench   the performance budgets in headless Chromium (sizes, load, typing, reviewer, memory,
#                Lighthouse); prints a table and writes bench/results.json
#   make clean   remove build outputs (dist/, target/, bench results); distclean also node_modules/

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := test
.DELETE_ON_ERROR:

TRUNK_VERSION        := 0.21.14
WASM_BINDGEN_VERSION := 0.2.130
WASM_OPT_VERSION     := 132
WASM_TARGET          := wasm32-unknown-unknown
APT_PACKAGES         := chromium chromium-driver brotli nginx

# node_modules/.bin first: trunk must find binaryen's wasm-opt 132, never Debian's (108).
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# wasm-bindgen-test-runner (the cargo runner for the wasm target, .cargo/config.toml).
export CHROMEDRIVER ?= /usr/bin/chromedriver
export WASM_BINDGEN_TEST_TIMEOUT ?= 120

# `make test` calls `make build` recursively with SKIP_TOOLS=1 (tools were just checked).
TOOLS_DEP := $(if $(SKIP_TOOLS),,tools)
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
NPM_STAMP := node_modules/.stamp
TRUNK := trunk --skip-version-check

# Everything that can change the release bundle: all tracked / untracked-but-not-ignored files
# except tests, bench, CI and node tooling. The stamp lives inside dist/, so a dist/ rewritten by
# anything else (a `trunk serve` by hand, with live-reload code) is never mistaken for a release build.
BUILD_STAMP  := dist/.release-stamp
BUILD_INPUTS := $(wildcard $(shell git ls-files -co --exclude-standard 2>/dev/null \
	| grep -vE '^(tests/|bench/|\.ci/|node_modules/|package(-lock)?\.json$$|Makefile$$|.*\.md$$)' \
	|| find src style index.html files.html reviewer.html initiatives.html grant.html follow-up.html Cargo.toml Cargo.lock Trunk.toml -type f))

.PHONY: tools build serve test test-native test-wasm test-e2e bench clean distclean

## tools ---------------------------------------------------------------------------------------
# Each tool is checked by version and installed only when missing or wrong.
tools:
	@installed=(); \
	if rustup target list --installed | grep -qx '$(WASM_TARGET)'; then \
	  echo "tools: rustup target $(WASM_TARGET): present"; \
	else \
	  echo "tools: rustup target $(WASM_TARGET): missing -> installing"; \
	  rustup target add $(WASM_TARGET); installed+=("$(WASM_TARGET)"); \
	fi; \
	if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && command -v brotli >/dev/null && [ -x /usr/sbin/nginx ]; then \
	  echo "tools: chromium, chromedriver, brotli, nginx: present"; \
	else \
	  echo "tools: apt packages $(APT_PACKAGES): something missing -> installing"; \
	  $(SUDO) apt-get update; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $(APT_PACKAGES); \
	  installed+=($(APT_PACKAGES)); \
	fi; \
	have=$$(trunk --version 2>/dev/null | awk '{print $$2}' || true); \
	if [ "$$have" = '$(TRUNK_VERSION)' ]; then \
	  echo "tools: trunk $(TRUNK_VERSION): present"; \
	else \
	  echo "tools: trunk: found '$${have:-none}', want $(TRUNK_VERSION) -> installing"; \
	  cargo install trunk --version $(TRUNK_VERSION) --locked --force; installed+=(trunk); \
	fi; \
	have=$$(wasm-bindgen --version 2>/dev/null | awk '{print $$2}' || true); \
	have_runner=$$(wasm-bindgen-test-runner --version 2>/dev/null | awk '{print $$2}' || true); \
	if [ "$$have" = '$(WASM_BINDGEN_VERSION)' ] && [ "$$have_runner" = '$(WASM_BINDGEN_VERSION)' ]; then \
	  echo "tools: wasm-bindgen + wasm-bindgen-test-runner $(WASM_BINDGEN_VERSION): present"; \
	else \
	  echo "tools: wasm-bindgen: found '$${have:-none}' (test runner '$${have_runner:-none}'), want $(WASM_BINDGEN_VERSION) -> installing"; \
	  cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --force; installed+=(wasm-bindgen-cli); \
	fi; \
	if [ -f $(NPM_STAMP) ] && [ ! package-lock.json -nt $(NPM_STAMP) ] && [ ! package.json -nt $(NPM_STAMP) ]; then \
	  echo "tools: node_modules (package-lock.json): up to date"; \
	else \
	  echo "tools: node_modules missing or older than package-lock.json -> npm ci"; \
	  npm ci --no-audit --no-fund; touch $(NPM_STAMP); installed+=(node_modules); \
	fi; \
	have=$$(wasm-opt --version 2>/dev/null || true); \
	case "$$(command -v wasm-opt || true):$$have" in \
	  $(CURDIR)/node_modules/.bin/wasm-opt:*'version $(WASM_OPT_VERSION) '*) ;; \
	  *) echo "tools: ERROR: wasm-opt on PATH is '$$(command -v wasm-opt || echo none)' ($$have), want binaryen $(WASM_OPT_VERSION) from node_modules/.bin" >&2; exit 1 ;; \
	esac; \
	if [ $${#installed[@]} -eq 0 ]; then \
	  echo "tools: nothing installed — all tools present at the pinned versions"; \
	else \
	  echo "tools: installed: $${installed[*]}"; \
	fi

## build / serve -------------------------------------------------------------------------------
build: $(BUILD_STAMP)

# The Suomi.fi design tokens as CSS custom properties, generated from the npm package.
TOKENS_CSS := style/tokens.css
$(TOKENS_CSS): style/tokens.js package-lock.json | $(TOOLS_DEP)
	node style/tokens.js > $@

# Six apps from one library, each its own Trunk build (Trunk 0.21 builds one HTML entry per run):
# the drafter's (index.html) into dist/, the files app's (files.html: the drafts page), the
# reviewer's (reviewer.html), the first phase's (initiatives.html: initiatives, interests, the
# workshop), the grant's (grant.html: the granted project, its accounts and reports) and the
# ministry's follow-up (follow-up.html: the grants followed after the decision) each into a
# directory of its own and then beside it, then the service worker that precaches all six
# (src/sw/precache.js). Hashed file names do not collide.
FILES_DIST       := target/dist-files
REVIEWER_DIST    := target/dist-reviewer
INITIATIVES_DIST := target/dist-initiatives
GRANT_DIST       := target/dist-grant
FOLLOW_UP_DIST   := target/dist-follow-up
$(BUILD_STAMP): $(BUILD_INPUTS) $(TOKENS_CSS) | $(TOOLS_DEP)
	$(TRUNK) build --release
	$(TRUNK) build files.html --release --dist $(FILES_DIST) --html-output files.html
	$(TRUNK) build reviewer.html --release --dist $(REVIEWER_DIST) --html-output reviewer.html
	$(TRUNK) build initiatives.html --release --dist $(INITIATIVES_DIST) --html-output initiatives.html
	$(TRUNK) build grant.html --release --dist $(GRANT_DIST) --html-output grant.html
	$(TRUNK) build follow-up.html --release --dist $(FOLLOW_UP_DIST) --html-output follow-up.html
	cp -R $(FILES_DIST)/. $(REVIEWER_DIST)/. $(INITIATIVES_DIST)/. $(GRANT_DIST)/. $(FOLLOW_UP_DIST)/. dist/
	node src/sw/precache.js dist
	@touch $@

# The release build served as a static host must serve it: a path of the reviewer's app gets
# reviewer.html, the drafts page files.html, /initiatives and below initiatives.html, /grant and
# below grant.html, /follow-up and below follow-up.html, any other page
# index.html (tests/e2e/support.js, which
# the tests serve it with).
# A build for another feedback contact (HAKEMUS_FEEDBACK_CONTACT, README) is a new build.
serve: $(TOOLS_DEP)
	$(if $(HAKEMUS_FEEDBACK_CONTACT),@rm -f $(BUILD_STAMP))
	@$(MAKE) --no-print-directory build SKIP_TOOLS=1
	node tests/e2e/support.js serve dist 8080

## test ----------------------------------------------------------------------------------------
# The suites run a second time on Debian's nginx with the site the repository ships (README, "How
# to host"; tests/e2e/support.js starts it on a loopback port as this user).
NGINX_SUITES := tests/e2e/offline.test.js tests/e2e/shell.test.js tests/e2e/languages.test.js tests/e2e/reviewer.test.js
# All suites run even if an earlier one fails (CI sees every summary); the exit status is non-zero
# if any failed. The e2e tests need the build, so they are skipped if it fails.
test: tools
	@failed=(); \
	echo "==> cargo test (native)"; \
	cargo test || failed+=("cargo test (native)"); \
	echo "==> cargo test --target $(WASM_TARGET) (headless Chromium)"; \
	cargo test --target $(WASM_TARGET) || failed+=("cargo test (wasm)"); \
	echo "==> release build"; \
	if $(MAKE) --no-print-directory build SKIP_TOOLS=1; then \
	  echo "==> end-to-end tests (node --test)"; \
	  node --test tests/e2e/*.test.js || failed+=("e2e"); \
	  echo "==> end-to-end tests on nginx with the shipped site (deploy/nginx.conf)"; \
	  HAKEMUS_SERVER=nginx node --test $(NGINX_SUITES) || failed+=("e2e on nginx"); \
	else \
	  failed+=("build (e2e skipped)"); \
	fi; \
	if [ $${#failed[@]} -eq 0 ]; then echo "==> make test: all suites passed"; \
	else \
	  echo "==> disk and memory at the end (a build that fails at once is often a full disk):"; \
	  df -h . "$${CARGO_TARGET_DIR:-target}" 2>/dev/null || true; free -m || true; \
	  du -sh "$${CARGO_TARGET_DIR:-target}" 2>/dev/null || true; \
	  (IFS=','; echo "==> make test: FAILED: $${failed[*]}"); exit 1; fi

# Single suites, for local iteration.
test-native: tools
	cargo test
test-wasm: tools
	cargo test --target $(WASM_TARGET)
test-e2e: build
	node --test tests/e2e/*.test.js

## bench ---------------------------------------------------------------------------------------
# The performance budgets of issue 18 (bench/run.js; the levers measured: bench/levers.json): sizes, cold load, keystroke to screen at 50 /
# 500 / 2 000 budget lines (1x and 4x CPU), 100 reviewer files, memory, Lighthouse. Several minutes;
# `make test` runs its --smoke mode (tests/e2e/bench.test.js). The example application it varies
# is committed (tests/fixtures/exchange/complete.json).
bench: build
	node bench/run.js

## clean ---------------------------------------------------------------------------------------
clean:
	rm -rf dist bench/results.json test-results $(TOKENS_CSS)
	cargo clean

distclean: clean
	rm -rf node_modules
