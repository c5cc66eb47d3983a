# listwatch task runner. CI runs `make test` through .ci/run.
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: help venv native demo test lint typecheck check lock snapshot bench eval clean

help:
	@echo "make demo      set up and screen a name against the bundled snapshot"
	@echo "make test      set up and run the whole test suite (PostgreSQL too, when available)"
	@echo "make native    compile name preparation, retrieval and comparison (mypyc)"
	@echo "make check     ruff + mypy"
	@echo "make eval      run the evaluation on ../shared/data/eval"
	@echo "make bench     run the benchmarks"
	@echo "make lock      refresh requirements.lock from pyproject.toml"

$(BIN)/listwatch: pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip uv
	$(BIN)/uv pip install --quiet --compile-bytecode --python $(BIN)/python -r requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	touch $(BIN)/listwatch

venv: $(BIN)/listwatch

# Matching (text, retrieval, comparison) compiled with mypyc for the current code (a no-op when
# built; without a C compiler the Python modules run, only slower: src/listwatch/native.py);
# and the package's bytecode written, for environments that set PYTHONDONTWRITEBYTECODE
# (every command would compile its modules again: a second of each start).
native: venv
	-$(BIN)/python -m listwatch.native_build
	$(BIN)/python -m compileall -q src

demo: native
	$(BIN)/listwatch screen "Nicolas Maduro"

test: native
	bash scripts/test.sh

lint: venv
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts

typecheck: venv
	$(BIN)/mypy

check: lint typecheck

eval: native
	$(BIN)/listwatch eval ../shared/data/eval

bench: native
	$(BIN)/python benchmarks/run_all.py

snapshot: venv
	$(BIN)/python scripts/build_snapshot.py

lock:
	$(BIN)/uv pip compile pyproject.toml --python-version 3.11 --all-extras --quiet -o requirements.lock

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
