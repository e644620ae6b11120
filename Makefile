# The two commands of the README: `make demo` and `make test`. Everything else is set-up they need.
VENV   ?= .venv
PYTHON ?= python3
STAMP  := $(VENV)/.installed-stamp

.PHONY: demo test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	bash scripts/demo.sh

test: $(STAMP)
	bash scripts/test.sh

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy states policies ledger engine notifications flows sanshen

bench: $(STAMP)
	$(VENV)/bin/python bench/transitions.py --quick

clean:
	rm -rf var/demo
