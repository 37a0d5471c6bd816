# Two commands matter: `make run` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
EVAL   ?= $(wildcard eval/*.jsonl eval/heldout/*.jsonl)
STAMP  := $(VENV)/.installed

.PHONY: install browser chromium run test lint typecheck eval bench stress clean clean-data help

help:  ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	@# torch first and pinned: an unpinned torch resolves to a multi-GB CUDA build.
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@# the serving embedder: ONNX Runtime over the same verified weights, exported once
	$(BIN)/triage model export
	@# the console's browser tests drive Debian's Chromium: Playwright's own browser download needs the internet
	touch $(STAMP)
	@$(MAKE) --no-print-directory browser

browser:  ## make sure Debian's chromium is there for the console's browser tests (Playwright's download needs the internet)
	@command -v chromium >/dev/null 2>&1 || $(MAKE) --no-print-directory chromium

chromium:  ## install Debian's chromium for the console's browser tests (needs root or sudo)
	@SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	export DEBIAN_FRONTEND=noninteractive; \
	$$SUDO apt-get install -y --no-install-recommends chromium \
	  || { $$SUDO apt-get update && $$SUDO apt-get install -y --no-install-recommends chromium; }

install: $(STAMP)  ## create .venv and install the project

run: install  ## ingest the bundled knowledge base, then start the bot (or the local console)
	$(BIN)/triage kb ingest
	$(BIN)/triage serve

lint: install  ## ruff lint + format check
	$(BIN)/ruff check bot tests bench
	$(BIN)/ruff format --check bot tests bench

typecheck: install  ## mypy --strict on bot/
	$(BIN)/mypy

test: lint typecheck browser  ## lint, type-check, then the whole test suite
	$(BIN)/pytest -q

eval: install  ## score knowledge/ on a labelled file (EVAL=path) in a throw-away data dir: the bot's own is untouched
	@scratch=$$(mktemp -d) && trap 'rm -rf "$$scratch"' EXIT && \
	env -u TRIAGE_DATABASE_URL -u TRIAGE_CHROMA_URL TRIAGE_DATA_DIR="$$scratch" $(BIN)/triage kb ingest --quiet && \
	env -u TRIAGE_DATABASE_URL -u TRIAGE_CHROMA_URL TRIAGE_DATA_DIR="$$scratch" $(BIN)/triage eval $(EVAL)

bench: install  ## benchmarks (results in bench/results.json and bench/RESULTS.md)
	$(BIN)/python -m bench

stress: install  ## 200 concurrent questions over HTTP, then the same with the server SIGKILLed mid-load
	$(BIN)/pytest -q -s -m stress tests/stress

clean:  ## remove the venv (the log and keys in data/ stay: see clean-data)
	rm -rf $(VENV)

clean-data:  ## delete data/ (the query log, KB versions, subject key) after typing its name to confirm
	@test -d data || { echo "no data/ here"; exit 0; }; \
	printf 'This deletes the query log, every KB version and the subject key in %s.\nType "delete data" to go on: ' "$$(pwd)/data"; \
	read answer && [ "$$answer" = "delete data" ] && rm -rf data && echo "data/ deleted" || { echo "kept data/"; exit 1; }
