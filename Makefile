# Two commands on a fresh machine:
#   make demo   create .venv, install claimgraph + the spaCy model, build the bundled demo corpus,
#               print the report and write demo-report.html
#   make test   install the dev dependencies and Debian's chromium, then run the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
PIP    := $(PY) -m pip

.PHONY: demo test install install-dev browser clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.stamp-install: pyproject.toml | $(BIN)/python
	$(PIP) install --quiet -e .
	touch $@

$(VENV)/.stamp-dev: pyproject.toml $(VENV)/.stamp-install
	$(PIP) install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.stamp-install
install-dev: $(VENV)/.stamp-dev

# Debian's chromium drives the browser tests (Playwright never downloads a browser here).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

demo: install
	$(BIN)/claimgraph demo --store demo.duckdb --html demo-report.html
	@echo
	@echo "Explore it in the browser:  $(BIN)/claimgraph serve --store demo.duckdb"

test: install-dev browser
	$(PY) -m pytest -q -p no:cacheprovider

bench: install-dev
	$(PY) bench/throughput.py
	$(PY) bench/scale.py

clean:
	rm -rf $(VENV) demo.duckdb demo-report.html .pytest_cache
