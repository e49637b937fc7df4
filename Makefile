# dlde-export: the two commands are `make program` and `make test`.
# Both install what is missing (Debian packages when run as root; otherwise
# they print the exact apt-get line and stop), build, and run.

SWIFT       ?= swift
BIN_RELEASE := .build/release/dlde-export
# Release builds link the Swift runtime and Foundation into the binary
# (--static-swift-stdlib): no symbol of theirs is looked up at start-up or
# called through the dynamic linker's tables, which makes every run faster
# (--version 15 -> 7 ms; `all` at 100 papers 188 -> 163 ms, at 10,000
# papers 6.05 -> 5.54 s: docs/performance.md), and the installed command
# needs no Swift toolchain beside it. Every release build uses the same
# flags, so that none of them rebuilds what another built.
SWIFT_RELEASE := $(SWIFT) build -c release --static-swift-stdlib
WORKSHOP    ?= data/dlde-2021
OUTPUT      ?= output
VENV        := .venv

# Needed to build: cmark-gfm and its GFM extensions (linked as a system library).
BUILD_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config
# Needed to compile the booklet's PDF: XeLaTeX with fontspec, and a font for
# every script (Noto for Latin, Greek, Cyrillic, Hebrew, Devanagari
# and math symbols; Noto CJK; Amiri for Arabic; Symbola for monochrome emoji). About 80 MB to download.
PDF_PACKAGES   := texlive-latex-base texlive-latex-recommended texlive-fonts-recommended texlive-xetex latexmk \
                  fonts-noto-core fonts-noto-mono fonts-noto-cjk fonts-symbola fonts-hosny-amiri
# Converts TeX math to MathML for every HTML output (KaTeX run by Node.js; see docs/math.md).
MATH_PACKAGES  := nodejs katex
# The real consumers the tests hand every output to.
# biber and biblatex (texlive-bibtex-extra) read the .bib as biblatex users do.
# The site: chromium-driver (Selenium drives Chromium for axe-core and the
# width checks) and linkchecker (every internal link and anchor, from file://).
TEST_PACKAGES  := $(PDF_PACKAGES) $(MATH_PACKAGES) biber texlive-bibtex-extra poppler-utils libxml2-utils python3-venv cmark-gfm chromium default-jre-headless man-db bash-completion zsh fish msmtp \
                  chromium-driver linkchecker

# `make install` / `make uninstall` (GNU and Debian conventions: PREFIX, DESTDIR).
PREFIX              ?= /usr/local
DESTDIR             ?=
BINDIR              ?= $(PREFIX)/bin
MAN1DIR             ?= $(PREFIX)/share/man/man1
BASH_COMPLETION_DIR ?= $(PREFIX)/share/bash-completion/completions
ZSH_COMPLETION_DIR  ?= $(PREFIX)/share/zsh/site-functions
FISH_COMPLETION_DIR ?= $(PREFIX)/share/fish/vendor_completions.d
# The binary to install. By default the release build, which `make install`
# builds first; `make install BIN=PATH` installs that binary as it is and
# builds nothing of dlde-export (the tests install the debug build this way).
BIN                 ?= $(BIN_RELEASE)
INSTALLED_FILES     := $(BINDIR)/dlde-export $(MAN1DIR)/dlde-export.1 \
                       $(BASH_COMPLETION_DIR)/dlde-export $(ZSH_COMPLETION_DIR)/_dlde-export \
                       $(FISH_COMPLETION_DIR)/dlde-export.fish
# The man page comes from swift-argument-parser's own generator (the tool
# behind its GenerateManual plugin), built from the resolved checkout in a
# scratch folder of its own and run on $(BIN): the plugin itself
# (`swift package plugin generate-manual`) builds every product again and
# cannot run inside `swift test`, which holds the lock of .build. The page is
# dated by SOURCE_DATE_EPOCH, else the last commit, so that it is the same on
# every build of a commit.
ARGUMENT_PARSER     := .build/checkouts/swift-argument-parser
GENERATE_MANUAL     := .build/generate-manual/debug/generate-manual
MAN_DATE            ?= $(shell if [ -n "$$SOURCE_DATE_EPOCH" ]; then date -u -d "@$$SOURCE_DATE_EPOCH" +%F; \
                         else git log -1 --format=%cs 2>/dev/null || date -u +%F; fi)

.PHONY: program test build release deps-build deps-pdf deps-math deps-test bench clean check-swift templates fuzz \
        install uninstall release-binary manual-tool

program: check-swift deps-build deps-pdf deps-math release
	$(BIN_RELEASE) all --pdf --workshop $(WORKSHOP) --output $(OUTPUT)

test: check-swift deps-build deps-test templates
	$(SWIFT) build
	$(MAKE) --no-print-directory manual-tool
	$(SWIFT) test

build: check-swift deps-build templates
	$(SWIFT) build

release: check-swift deps-build templates
	$(SWIFT_RELEASE)

# Only the command, for `make install`.
release-binary: check-swift deps-build templates
	$(SWIFT_RELEASE) --product dlde-export

# Installs the binary, its man page and its bash, zsh and fish completions; the
# page and the completions are generated from $(BIN)'s own command definitions.
install: $(if $(filter command line,$(origin BIN)),,release-binary) manual-tool
	@test -x "$(BIN)" || { echo "error: $(BIN) is not an executable: build it, or leave BIN out to install the release build" >&2; exit 66; }
	set -e; stage=$$(mktemp -d); trap 'rm -rf "$$stage"' EXIT; \
	"$(BIN)" --generate-completion-script bash > "$$stage/dlde-export.bash"; \
	"$(BIN)" --generate-completion-script zsh > "$$stage/_dlde-export"; \
	"$(BIN)" --generate-completion-script fish > "$$stage/dlde-export.fish"; \
	"$(GENERATE_MANUAL)" "$(BIN)" --date "$(MAN_DATE)" --output-directory "$$stage"; \
	version=$$("$(BIN)" --version); sed -i "s/^\.Os$$/.Os $$version/" "$$stage/dlde-export.1"; \
	install -d "$(DESTDIR)$(BINDIR)" "$(DESTDIR)$(MAN1DIR)" "$(DESTDIR)$(BASH_COMPLETION_DIR)" \
	  "$(DESTDIR)$(ZSH_COMPLETION_DIR)" "$(DESTDIR)$(FISH_COMPLETION_DIR)"; \
	install -m 0755 "$(BIN)" "$(DESTDIR)$(BINDIR)/dlde-export"; \
	install -m 0644 "$$stage/dlde-export.1" "$(DESTDIR)$(MAN1DIR)/dlde-export.1"; \
	install -m 0644 "$$stage/dlde-export.bash" "$(DESTDIR)$(BASH_COMPLETION_DIR)/dlde-export"; \
	install -m 0644 "$$stage/_dlde-export" "$(DESTDIR)$(ZSH_COMPLETION_DIR)/_dlde-export"; \
	install -m 0644 "$$stage/dlde-export.fish" "$(DESTDIR)$(FISH_COMPLETION_DIR)/dlde-export.fish"

# Removes exactly the files `make install` put in place (folders stay).
uninstall:
	rm -f $(addprefix "$(DESTDIR),$(addsuffix ",$(INSTALLED_FILES)))

manual-tool: check-swift
	@test -d $(ARGUMENT_PARSER) || $(SWIFT) package resolve
	$(SWIFT) build --package-path $(ARGUMENT_PARSER) --scratch-path .build/generate-manual --product generate-manual

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

# Speed and memory against cmark-gfm itself, and the site against Hugo: see docs/benchmarks.md.
bench: check-swift deps-build release
	@scripts/ensure-apt-packages cmark-gfm time hugo
	$(SWIFT_RELEASE) --product dlde-synth
	scripts/bench.py

clean:
	rm -rf $(OUTPUT)/* .build

# Fuzzing (libFuzzer + AddressSanitizer) on inputs mutated from fuzz/seeds: one
# run per target (the loader and checker alone, then each writer after them),
# FUZZ_SECONDS each, one after the other; findings go to .fuzz/<target>-*
# (add the input to fuzz/regressions/ once fixed: the tests replay them).
FUZZ_SECONDS ?= 600
# The templates target mutates templates (seeds: templates/), the others YAML.
FUZZ_TARGETS ?= loader json program bibtex feed announce calendar templates
fuzz: check-swift deps-build templates
	$(SWIFT) build -c release --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING --product dlde-fuzz
	for target in $(FUZZ_TARGETS); do \
	  echo "== fuzz target $$target, $(FUZZ_SECONDS) s"; \
	  mkdir -p .fuzz/corpus-$$target; \
	  seeds=fuzz/seeds; dict=fuzz/yaml.dict; \
	  if [ $$target = templates ]; then seeds=templates; dict=fuzz/mustache.dict; fi; \
	  DLDE_FUZZ_TARGET=$$target .build-fuzz/release/dlde-fuzz -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=4096 \
	    -dict=$$dict -artifact_prefix=.fuzz/$$target- -print_final_stats=1 .fuzz/corpus-$$target $$seeds || exit 1; \
	done
