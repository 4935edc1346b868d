# The two commands a newcomer needs:  make run   (the whole service)   and   make test   (the whole suite).
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: run test lint openapi bench clean install-dev

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# Reinstall only when pyproject.toml changes.
$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@ $(VENV)/.installed-run

# Local runs are open unless you say otherwise: FACTRECON_AUTH=on make run
install-dev: $(VENV)/.installed-dev

run: $(VENV)/.installed-run
	FACTRECON_AUTH=$${FACTRECON_AUTH:-off} $(BIN)/factrecon up

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint
	$(BIN)/pytest

openapi: $(VENV)/.installed-run
	FLASK_APP='service.app:create_app' $(BIN)/flask openapi write --format=yaml openapi.yaml

bench: $(VENV)/.installed-dev
	$(BIN)/python -m pip install -q -e '.[bench]'
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/accuracy.py

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
