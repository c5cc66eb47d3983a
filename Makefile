# listwatch task runner. CI runs `make test` through .ci/run.
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: help venv demo test lint typecheck check lock snapshot bench eval clean

help:
	@echo "make demo      set up and screen a name against the bundled snapshot"
	@echo "make test      set up and run the whole test suite (PostgreSQL too, when available)"
	@echo "make check     ruff + mypy"
	@echo "make eval      run the evaluation on ../shared/data/eval"
	@echo "make bench     run the benchmarks"
	@echo "make lock      refresh requirements.lock from pyproject.toml"

$(BIN)/listwatch: pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip uv
	$(BIN)/uv pip install --quiet --python $(BIN)/python -r requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	touch $(BIN)/listwatch

venv: $(BIN)/listwatch

demo: venv
	$(BIN)/listwatch screen "Nicolas Maduro"

test: venv
	bash scripts/test.sh

lint: venv
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts

typecheck: venv
	$(BIN)/mypy

check: lint typecheck

eval: venv
	$(BIN)/listwatch eval ../shared/data/eval

bench: venv
	$(BIN)/python benchmarks/run_all.py

snapshot: venv
	$(BIN)/python scripts/build_snapshot.py

lock:
	$(BIN)/uv pip compile pyproject.toml --python-version 3.11 --all-extras --quiet -o requirements.lock

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
