# Every target bootstraps .venv/ from the pinned requirements on first use (needs only python3 and pip).
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: generate check-generated lint test test-long bench fuzz

$(STAMP): requirements-dev.txt pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

## Regenerate generated/ from schemas/, then check every example against its schema.
generate: $(STAMP)
	$(PY) -m tools.generate
	$(PY) -m tools.check_examples

## Fail when generated/ differs from what the schemas produce (the test suite checks this too).
check-generated: $(STAMP)
	$(PY) -m tools.generate --check

lint: $(STAMP)
	$(VENV)/bin/ruff check hirehooks tools tests benchmarks fuzz
	$(VENV)/bin/ruff format --check hirehooks tools tests benchmarks fuzz
	$(VENV)/bin/mypy hirehooks tools

## Lint and type check, then the test suite (bounded Hypothesis profile; includes the drift check of generated/).
test: lint
	$(PY) -m pytest

## The same suite with the long Hypothesis profile (300 examples a property, no deadline).
test-long: lint
	HYPOTHESIS_PROFILE=long $(PY) -m pytest

## Speed against the reference libraries, as ratios measured in the same run (not part of test).
bench: $(STAMP)
	$(PY) benchmarks/validation.py
	$(PY) benchmarks/strategies.py
	$(PY) benchmarks/receiver_load.py
	$(PY) benchmarks/drift.py

## Coverage-guided fuzzing of the body path (atheris): FUZZ_RUNS inputs, a million by default.
FUZZ_RUNS ?= 1000000
fuzz: $(STAMP)
	$(PY) fuzz/seed_corpus.py .fuzz-corpus
	$(PY) fuzz/fuzz_bodies.py -runs=$(FUZZ_RUNS) -max_len=20000 .fuzz-corpus
