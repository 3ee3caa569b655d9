# sparta: the two commands a new user runs. Each sets itself up in ./.venv.
#   make run    compile + simulate the bundled hdiff example and the digits MLP (MXFP4 with
#               error diffusion), each checked against its reference
#   make test   run the whole test suite (pytest + lit)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test setup lint typecheck clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(BIN)/sparta-compile examples/hdiff.mlir --simulate --check --report hdiff-report.json
	$(BIN)/sparta-compile examples/mlp.mlir --weights examples/mlp_weights.npz \
	    --inputs examples/mlp_inputs.npz --calibration examples/mlp_calibration.npz \
	    --quantize mxfp4_e2m1 --quant-method ed --simulate --check --report mlp-report.json

test: $(STAMP)
	$(BIN)/python -m pytest -q
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/lit -sv lit_tests

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/python tests/typecheck.py

clean:
	rm -rf $(VENV) build *.egg-info hdiff-report.json mlp-report.json
