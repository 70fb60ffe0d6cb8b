# compile-prefs: every step of the pipeline is a file-based target that skips finished work.
#   make test                   the test suite (creates .venv/ on first use)
#   make demo                   the whole pipeline on the tiny model and the demo corpus
#   make release MODEL=gemma    publish a model's artifacts to the Hub (DRY_RUN=1: local folder only)
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
CLI := $(VENV)/bin/compile-prefs
STAMP := $(VENV)/.installed

MODEL ?= tiny
STAGE ?= base
ARTIFACTS ?= artifacts
CODENET ?= data/demo_corpus
NAMESPACE ?=
DRY_RUN ?=
export ARTIFACTS

# Thread oversubscription on small machines made torch 30x slower; pin it.
export OMP_NUM_THREADS ?= 1
export TOKENIZERS_PARALLELISM ?= false

.PHONY: help install test bench demo data tiny-model sft prefs dpo eval report cards release reproduce clean

help:
	@sed -n '2,5p' Makefile

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[test]"
	@# bubblewrap is the compile sandbox; without it compile_success falls back to input screening.
	@command -v bwrap >/dev/null || (command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ] && \
	  (apt-get install -y -q bubblewrap >/dev/null 2>&1 || (apt-get update -q >/dev/null 2>&1 && apt-get install -y -q bubblewrap >/dev/null 2>&1))) || \
	  echo "note: bubblewrap not installed; compiles use the screening sandbox"
	@touch $(STAMP)

install: $(STAMP)

test: $(STAMP)
	HF_HUB_OFFLINE=1 HF_DATASETS_OFFLINE=1 TRANSFORMERS_OFFLINE=1 $(PY) -m pytest -n 2 $(PYTEST_ARGS)

bench: $(STAMP)
	$(PY) bench/compile_bench.py

clean:
	rm -rf $(ARTIFACTS)
