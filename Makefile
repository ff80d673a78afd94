# Every target bootstraps .venv/ from the pinned requirements on first use (needs only python3 and pip).
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: generate check-generated lint test bench

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
	$(VENV)/bin/ruff check hirehooks tools tests benchmarks
	$(VENV)/bin/ruff format --check hirehooks tools tests benchmarks
	$(VENV)/bin/mypy hirehooks tools

## Lint and type check, then the test suite (which includes the drift check of generated/).
test: lint
	$(PY) -m pytest

## Throughput of the consumer strategies against hypothesis-jsonschema (prints ratios; not part of test).
bench: $(STAMP)
	$(PY) benchmarks/strategies.py
