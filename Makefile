# Corridor Desk — developer entry points. `make run` starts the app on the embedded sandbox; `make test` runs
# lint and the whole test suite. Both create or refresh the project's own virtualenv first.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench venv schemas clean screenshots i18n dist

QM := $(patsubst %.ts,%.qm,$(wildcard i18n/*.ts))

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

# Compiled catalogues are rebuilt whenever a .ts source is newer: the app never runs a stale one.
i18n/%.qm: i18n/%.ts $(STAMP)
	$(PY) i18n/build.py release

i18n: $(QM)

run: $(STAMP) i18n
	$(PY) -m desktop

lint: $(STAMP)
	$(PY) -m ruff check desktop tests
	$(PY) -m mypy desktop

test: lint i18n
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q tests

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.benchmarks

schemas: $(STAMP)
	$(PY) -m desktop.core.model.schemagen

# Each main screen in each language: build/screenshots/<lang>/NN-name.png
screenshots: $(STAMP) i18n
	QT_QPA_PLATFORM=offscreen $(PY) -m desktop.ui.screenshots build/screenshots
	QT_QPA_PLATFORM=offscreen $(PY) -m desktop.ui.trainer.screenshots build/screenshots

# The frozen onedir bundle in dist/corridor-desk/, then its own --self-test (offscreen); fails if that fails.
dist: $(STAMP) i18n
	nice -n 10 $(PY) packaging/build.py --minimal

clean:
	rm -rf build dist $(VENV) *.egg-info
