# Two commands do all the set-up on a fresh machine with only Python:
#   make demo   - create .venv, install healthlint, check the shipped example article
#   make test   - create .venv, install healthlint with its dev tools, run the test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -U pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

# exit 1 means "findings" (expected for this example); only a real error (2) fails the target
demo: $(STAMP)
	$(BIN)/healthlint check examples/zinc-gut-miracle.md; test $$? -le 1

test: $(STAMP)
	$(BIN)/ruff check src tests bench scripts
	$(BIN)/mypy
	$(BIN)/pytest

# every benchmark, each printing its table (they read ../shared/bench-data/)
bench: $(STAMP)
	for b in throughput abbreviations wrong_expansion claims references offtopic drift corpus; do \
	  echo "== bench/$$b.py"; $(BIN)/python bench/$$b.py || exit 1; done

clean:
	rm -rf $(VENV) dist build
