# Two commands: `make demo` and `make test`. Both create .venv on first use.
# The interpreter for .venv: the distribution's CPython 3.11 when it is there with venv support (Debian
# builds it with profile-guided and link-time optimisation and links it statically: the pipeline runs
# 15-25 % faster on it than on a plain source build such as pyenv's default), else the first python3.
PYTHON ?= $(shell /usr/bin/python3.11 -c 'import ensurepip, venv' >/dev/null 2>&1 && echo /usr/bin/python3.11 || echo python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= examples/demo.db

.PHONY: demo test venv native bench lint eval clean-db

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test,bench]"
	@$(BIN)/python -c "import linimasa; print('linimasa modules:', linimasa.native_status())"
	touch $(STAMP)

venv: $(STAMP)

# Recompile the mypyc modules (setup.py) after editing them; until then they run as pure Python.
native: $(STAMP)
	$(BIN)/pip install --quiet --no-deps -e .
	@$(BIN)/python -c "import linimasa; print('linimasa modules:', linimasa.native_status())"

demo: $(STAMP)
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/linimasa run examples/corpus --db $(DEMO_DB)
	$(BIN)/linimasa articles --db $(DEMO_DB)
	$(BIN)/linimasa timeline --db $(DEMO_DB)
	@echo
	@echo "Open the web app:  $(BIN)/linimasa serve --db $(DEMO_DB)   then visit http://127.0.0.1:8000/"

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python -m bench

lint: $(STAMP)
	$(BIN)/ruff check src tests bench scripts setup.py
	$(BIN)/mypy src

eval: $(STAMP)
	bash eval/run_gates.sh
