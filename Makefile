# dlde-export: the two commands are `make program` and `make test`.
# Both install what is missing (Debian packages when run as root; otherwise
# they print the exact apt-get line and stop), build, and run.

SWIFT       ?= swift
BIN_RELEASE := .build/release/dlde-export
WORKSHOP    ?= data/dlde-2021
OUTPUT      ?= output
VENV        := .venv

# Needed to build: cmark-gfm and its GFM extensions (linked as a system library).
BUILD_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config
# Needed to compile the booklet's PDF (from texlive-latex-base, -recommended, -fonts-recommended).
PDF_PACKAGES   := texlive-latex-base texlive-latex-recommended texlive-fonts-recommended latexmk
# Converts TeX math to MathML for every HTML output (KaTeX run by Node.js; see docs/math.md).
MATH_PACKAGES  := nodejs katex
# The real consumers the tests hand every output to.
TEST_PACKAGES  := $(PDF_PACKAGES) $(MATH_PACKAGES) poppler-utils libxml2-utils python3-venv cmark-gfm chromium default-jre-headless

.PHONY: program test build release deps-build deps-pdf deps-math deps-test bench clean check-swift templates fuzz

program: check-swift deps-build deps-pdf deps-math release
	$(BIN_RELEASE) all --pdf --workshop $(WORKSHOP) --output $(OUTPUT)

test: check-swift deps-build deps-test templates
	$(SWIFT) build
	$(SWIFT) test

build: check-swift deps-build templates
	$(SWIFT) build

release: check-swift deps-build templates
	$(SWIFT) build -c release

# The binary embeds templates/ (see scripts/embed-templates).
templates:
	@scripts/embed-templates

check-swift:
	@command -v $(SWIFT) >/dev/null 2>&1 || { echo "error: the Swift toolchain (swift 6.0 or newer) is not on PATH; install it from swift.org first." >&2; exit 69; }

deps-build:
	@scripts/ensure-apt-packages $(BUILD_PACKAGES)

deps-pdf:
	@scripts/ensure-apt-packages $(PDF_PACKAGES)

deps-math:
	@scripts/ensure-apt-packages $(MATH_PACKAGES)

deps-test:
	@scripts/ensure-apt-packages $(TEST_PACKAGES)
	@scripts/ensure-python-venv $(VENV) tests/requirements.txt

# Speed and memory against cmark-gfm itself: see docs/benchmarks.md.
bench: check-swift deps-build release
	@scripts/ensure-apt-packages cmark-gfm time
	$(SWIFT) build -c release --product dlde-synth
	scripts/bench.py

clean:
	rm -rf $(OUTPUT)/* .build

# Fuzzing (libFuzzer + AddressSanitizer) on inputs mutated from fuzz/seeds: one
# run per target (the loader and checker alone, then each writer after them),
# FUZZ_SECONDS each, one after the other; findings go to .fuzz/<target>-*
# (add the input to fuzz/regressions/ once fixed: the tests replay them).
FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?= loader json program bibtex feed announce calendar
fuzz: check-swift deps-build templates
	$(SWIFT) build -c release --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING --product dlde-fuzz
	for target in $(FUZZ_TARGETS); do \
	  echo "== fuzz target $$target, $(FUZZ_SECONDS) s"; \
	  mkdir -p .fuzz/corpus-$$target; \
	  DLDE_FUZZ_TARGET=$$target .build-fuzz/release/dlde-fuzz -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=4096 \
	    -dict=fuzz/yaml.dict -artifact_prefix=.fuzz/$$target- -print_final_stats=1 .fuzz/corpus-$$target fuzz/seeds || exit 1; \
	done
