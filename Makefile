# The two commands of the README: `make demo` and `make test`. Everything else is set-up they need.
VENV   ?= .venv
PYTHON ?= python3
STAMP  := $(VENV)/.installed-stamp

.PHONY: demo test lint bench clean

PIP := PYTHONWARNINGS=ignore PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore PIP_NO_INPUT=1 $(VENV)/bin/pip

$(STAMP): pyproject.toml
	@echo "Installing sanshen and its dependencies into $(VENV) (a few minutes the first time) ..."
	@$(PYTHON) -m venv $(VENV)
	@$(PIP) install --quiet --upgrade pip
	@$(PIP) install --quiet -e '.[dev]'
	@touch $(STAMP)
	@echo "Installed: $(VENV)/bin/sanshen"

demo: $(STAMP)
	bash scripts/demo.sh

test: $(STAMP)
	bash scripts/test.sh

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy states policies ledger engine notifications flows sanshen

bench: $(STAMP)
	$(VENV)/bin/python -P bench/transitions.py --quick

clean:
	rm -rf var/demo
