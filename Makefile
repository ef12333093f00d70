# The two commands a newcomer needs (see README): `make serve` and `make test`.
# Each first installs whatever is missing (scripts/setup, idempotent).
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)

.PHONY: setup serve test build bench fuzz

setup:
	@scripts/setup

## Build the page and serve it on http://127.0.0.1:8080
serve: setup
	trunk serve --release

## Every check: format, lints (native and wasm32), native tests, browser tests, end-to-end tests
test: setup
	@scripts/test

## Release build of the page into dist/, with its size report
build: setup
	@scripts/build

## Benchmarks against jsdiff, diff-match-patch and CollateX; writes bench/RESULTS.md
bench: build
	@python3 -c "import collatex" 2>/dev/null || pip install -q collatex==2.3 python-Levenshtein
	node bench/run.mjs

## Fuzz compare, compare_versions and the word diff for FUZZ_SECONDS each (default 600; nightly)
fuzz:
	@scripts/fuzz $(FUZZ_SECONDS)
