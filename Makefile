# Omigjen POS developer commands. The README's quick start uses `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP_APP  := $(VENV)/.installed-app
STAMP_TEST := $(VENV)/.installed-test
STAMP_BUNDLE := $(VENV)/.installed-bundle
TS_FILES := resources/translations/omigjen_pos_nb.ts
UI_SOURCES := $(shell find omigjen_pos/ui -name '*.py') omigjen_pos/app.py

.PHONY: run test lint bundle bench bench-quick bench-clean translations screenshots clean-venv

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_APP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	touch $@

$(STAMP_TEST): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@ $(STAMP_APP)

$(STAMP_BUNDLE): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e ".[bundle]"
	touch $@ $(STAMP_APP)

## Install (first time only) and start the app on the default SQLite store with the demo centre.
run: $(STAMP_APP)
	$(BIN)/omigjen-pos $(ARGS)

## Install the test extras and run the whole suite (SQLite and PostgreSQL).
test: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

## Build the self-contained app folder dist/omigjen-pos/ (PyInstaller) and run its --self-test.
bundle: $(STAMP_BUNDLE)
	$(BIN)/python packaging/build.py $(BUNDLE_ARGS)

## Benchmarks against the physical floor (docs/performance.md): 10k and 1M items on SQLite
## and PostgreSQL; generated stores are cached in bench/.cache and omigjen_bench_* databases.
bench: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.run $(BENCH_ARGS)

## The same at 10k and 100k items with fewer rounds: a few minutes once the stores are cached.
bench-quick: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.run --quick $(BENCH_ARGS)

## Remove the cached benchmark stores: bench/.cache and the omigjen_bench_* databases.
bench-clean: $(STAMP_TEST)
	$(BIN)/python -m bench.generate --clean

lint: $(STAMP_TEST)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## Every picture of the guides and docs again, from the running app on the demo data
## (bokmål and English; docs/images/make_screenshots.py). About a minute.
screenshots: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/images/make_screenshots.py --lang both $(SCREENSHOT_ARGS)

## Refresh the .ts sources from the code, then build the .qm files the app loads.
translations: $(STAMP_APP)
	$(BIN)/pyside6-lupdate -no-obsolete $(UI_SOURCES) -ts $(TS_FILES)
	$(BIN)/pyside6-lrelease $(TS_FILES)

clean-venv:
	rm -rf $(VENV)
