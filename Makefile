# compile-prefs: every step of the pipeline is a file-based target that skips finished work.
#   make test                   lint, then the test suite (creates .venv/ on first use)
#   make lint                   ruff and the import-layer contracts (import-linter)
#   make demo                   the whole pipeline on the tiny model and the demo corpus (CPU, minutes)
#   make demo-full              the demo plus the iterated on-policy DPO loop
#   make reproduce MODEL=gemma CODENET=/path   the same pipeline for a real model on a GPU
#   make release MODEL=gemma [NAMESPACE=ns] [DRY_RUN=1]   publish a model's artifacts to the Hub
# Steps: data, tiny-model, sft, prefs, dpo (from SFT), dpo-only (from base), grpo (GRPO from SFT, evaluated),
# iterate ROUNDS=N (iterated on-policy DPO from SFT, evaluated), eval STAGE=base|sft|dpo|sft_dpo|sft_grpo|sft_iterate,
# train STAGE=sft|dpo|sft_dpo|sft_grpo|sft_iterate, report, cards, release.
# MODEL= names a folder of training/recipes/ (gemma, mistral, codellama, tiny); VARIANT=v picks training/recipes/<MODEL>/<stage>-v.yaml
# over <stage>.yaml and trains and evaluates into runs/<MODEL>/<stage>-v/ and runs/<MODEL>/eval/<stage>-v/, beside the default run.
# PROTOCOL=improved|paper: our prompts and parsing, or the paper's (own artifact tree: artifacts-paper/).
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
CLI := $(VENV)/bin/compile-prefs
STAMP := $(VENV)/.installed

MODEL ?= tiny
STAGE ?= base
VARIANT ?=
# improved (ours) or paper (the paper's prompts, parsing and stopping; README "The paper's protocol"). Each
# protocol has its own artifact tree: make skips finished files, so one tree must never serve both.
PROTOCOL ?= improved
ARTIFACTS ?= artifacts$(if $(filter paper,$(PROTOCOL)),-paper)
# DPO from SFT: its reference, sft (the recipe's default, the paper's text) or base (the paper's code).
REFERENCE ?=
CODENET ?= data/demo_corpus
ACCELERATE_CONFIG ?= training/accelerate_configs/$(if $(filter tiny,$(MODEL)),cpu,single_gpu).yaml
NAMESPACE ?=
DRY_RUN ?=
# The report names this stage as the one declared before the test split was scored (chosen on validation).
SELECTED_STAGE ?=
export ARTIFACTS

export TOKENIZERS_PARALLELISM ?= false

.PHONY: help install lint test bench demo demo-full demo-corpus pipeline run-steps run-lanes data tiny-model sft prefs dpo dpo-only grpo iterate train eval report cards release reproduce clean

help:
	@sed -n '2,13p' Makefile

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

# The layers: pyproject.toml [tool.importlinter].
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

# Two test workers on two cores: one torch thread each (oversubscription made torch 30x slower).
test: lint
	OMP_NUM_THREADS=1 HF_HUB_OFFLINE=1 HF_DATASETS_OFFLINE=1 TRANSFORMERS_OFFLINE=1 $(PY) -m pytest -n 2 $(PYTEST_ARGS)

bench: $(STAMP)
	$(PY) bench/compile_bench.py
	$(PY) bench/metadata_bench.py --rows 1000000
	$(PY) bench/generate_bench.py

# ------------------------------------------------------------------------------------------ pipeline
DATA_DIR := $(ARTIFACTS)/data
DATA := $(DATA_DIR)/completion/train-00000-of-00001.parquet
TINY := $(ARTIFACTS)/models/tiny-base/config.json
RUN := $(ARTIFACTS)/runs/$(MODEL)
# training/recipes/<MODEL>/<stage>[-<VARIANT>].yaml (training/recipes/README.md). The recipe stage of a run stage:
# sft_<stage> trains <stage> from the SFT adapter (sft_dpo: dpo.yaml); base is loaded as the sft recipe says.
recipe_stage = $(patsubst sft_%,%,$(patsubst base,sft,$(1)))
recipe = training/recipes/$(MODEL)/$(call recipe_stage,$(1))$(if $(VARIANT),-$(VARIANT)).yaml
# Generation loads the base model as the stage's recipe says; a variant names its recipe explicitly, and its
# file name makes evaluation use the variant's run (compile_prefs.layout.run_name: <stage>-<variant>).
gen_recipe = $(if $(VARIANT),--recipe $(call recipe,$(1)))
run_name = $(1)$(if $(VARIANT),-$(VARIANT))
PREFS := $(DATA_DIR)/preference-$(MODEL)/train-00000-of-00001.parquet
# A run's summary is written last (and removed when a run starts), so it marks a finished adapter.
adapter = $(RUN)/$(call run_name,$(1))/run_summary.json
# The preference pairs come from the default SFT run, whatever the VARIANT (one preference-<MODEL> config).
SFT_DEFAULT := $(RUN)/sft/run_summary.json
# The tiny model is built here; real models come from the Hub through their recipe.
BASE_DEP := $(if $(filter tiny,$(MODEL)),$(TINY))
MODEL_OVERRIDE := $(if $(filter tiny,$(MODEL)),--model_name_or_path $(ARTIFACTS)/models/tiny-base)
# On the CPU config, torch threads as OMP_NUM_THREADS says (else every core), stated so accelerate need not guess.
CPU_THREADS ?= $(or $(OMP_NUM_THREADS),$(shell nproc))
LAUNCH = $(VENV)/bin/accelerate launch --config_file $(ACCELERATE_CONFIG) \
	$(if $(filter %cpu.yaml,$(ACCELERATE_CONFIG)),--num_cpu_threads_per_process $(CPU_THREADS))
# Extra arguments per step, e.g. SFT_ARGS="--max_steps 5" GEN_ARGS="--limit 20" DATA_ARGS="--max-problems 8".
DATA_ARGS ?=
# A fixed step count makes the demo model the same on fast and slow machines; --seconds only caps it.
TINY_ARGS ?= --steps 600 --seconds 900
SFT_ARGS ?=
DPO_ARGS ?=
GEN_ARGS ?=
MINE_ARGS ?=

$(DATA): | $(STAMP)
	$(CLI) build-data --codenet-root $(CODENET) --out $(DATA_DIR) $(DATA_ARGS)
data: $(DATA)

$(TINY): $(DATA)
	$(CLI) tiny-model --corpus $(CODENET) --exclude-split-of $(DATA_DIR) --out $(ARTIFACTS)/models/tiny-base $(TINY_ARGS)
tiny-model: $(TINY)

# The demo corpus is generated by the project (committed); this re-creates it byte for byte.
DEMO_CORPUS_OUT ?= data/demo_corpus
demo-corpus: | $(STAMP)
	$(PY) tools/demo_corpus/demo_corpus.py --out $(DEMO_CORPUS_OUT)

# A missing recipe (e.g. a VARIANT without that stage's file) stops make with "No rule to make target <recipe>".
$(call adapter,sft): $(DATA) $(BASE_DEP) | $(call recipe,sft)
	$(LAUNCH) training/sft.py --config $(call recipe,sft) --stage sft --protocol $(PROTOCOL) $(MODEL_OVERRIDE) $(SFT_ARGS)
sft: $(call adapter,sft)

$(PREFS): $(SFT_DEFAULT)
	$(CLI) generate --model $(MODEL) --stage sft --data $(DATA_DIR) --split train --protocol $(PROTOCOL) $(GEN_ARGS)
	$(CLI) mine-prefs --model $(MODEL) --stage sft --data $(DATA_DIR) $(MINE_ARGS)
prefs: $(PREFS)
ifneq ($(VARIANT),)
$(SFT_DEFAULT):
	@$(MAKE) --no-print-directory sft MODEL=$(MODEL) VARIANT=
endif

# The paper's +SFT+DPO: DPO on the SFT model's failures, with the SFT model as the frozen reference
# (REFERENCE=base: the base model, as the paper's code had it).
$(call adapter,sft_dpo): $(PREFS) | $(call recipe,sft_dpo)
	$(LAUNCH) training/dpo.py --config $(call recipe,sft_dpo) --stage sft_dpo --protocol $(PROTOCOL) \
	  $(if $(REFERENCE),--reference $(REFERENCE)) $(MODEL_OVERRIDE) $(DPO_ARGS)
dpo: $(call adapter,sft_dpo)

# The paper's +DPO only: the same preference set, starting from the base model.
$(call adapter,dpo): $(PREFS) | $(call recipe,dpo)
	$(LAUNCH) training/dpo.py --config $(call recipe,dpo) --stage dpo --protocol $(PROTOCOL) $(MODEL_OVERRIDE) $(DPO_ARGS)
dpo-only: $(call adapter,dpo)

# Beyond the paper: online RL (GRPO) with the compile reward, from the SFT adapter; then evaluated like the others.
GRPO_ARGS ?=
$(call adapter,sft_grpo): $(call adapter,sft) | $(call recipe,sft_grpo)
	$(LAUNCH) training/grpo.py --config $(call recipe,sft_grpo) --stage sft_grpo --protocol $(PROTOCOL) $(MODEL_OVERRIDE) $(GRPO_ARGS)
grpo: $(call adapter,sft_grpo) $(RUN)/eval/$(call run_name,sft_grpo)/summary.json

# Beyond the paper: iterated on-policy DPO (training/iterate.py), ROUNDS rounds of sample -> score -> mine -> DPO,
# each from the previous policy against a frozen copy of it, validation compile rate after every round; the final
# policy is stage sft_iterate, evaluated on test like the others. Re-runs retrain nothing; more ROUNDS add rounds.
ROUNDS ?=
ITERATE_ARGS ?=
ITERATE = $(CLI) iterate $(call recipe,sft_iterate) --protocol $(PROTOCOL) $(MODEL_OVERRIDE) \
	  $(if $(ROUNDS),--rounds $(ROUNDS)) $(ITERATE_ARGS)
$(call adapter,sft_iterate): $(call adapter,sft) $(DATA) | $(call recipe,sft_iterate)
	$(ITERATE)
iterate: $(call adapter,sft) $(DATA) | $(call recipe,sft_iterate)
	$(ITERATE)
	@$(MAKE) --no-print-directory eval STAGE=sft_iterate MODEL=$(MODEL) VARIANT=$(VARIANT)

# One trained stage by name: make train STAGE=sft|dpo|sft_dpo [VARIANT=...].
train:
	@case "$(STAGE)" in sft|dpo|sft_dpo|sft_grpo|sft_iterate) ;; *) echo "make train: STAGE=sft, dpo, sft_dpo, sft_grpo or sft_iterate (got $(STAGE))" >&2; exit 2;; esac
	@$(MAKE) --no-print-directory $(call adapter,$(STAGE)) MODEL=$(MODEL) VARIANT=$(VARIANT)

# The evaluation folder of a run is named like the run (<stage> or <stage>-<VARIANT>); $(stage_of) takes the variant off.
stage_of = $(if $(VARIANT),$(patsubst %-$(VARIANT),%,$(1)),$(1))
$(RUN)/eval/$(call run_name,base)/summary.json: $(DATA) $(BASE_DEP)
	$(CLI) evaluate --model $(MODEL) --stage base --data $(DATA_DIR) --protocol $(PROTOCOL) $(call gen_recipe,base) $(GEN_ARGS)
$(RUN)/eval/%/summary.json: $(RUN)/%/run_summary.json $(DATA)
	$(CLI) evaluate --model $(MODEL) --stage $(call stage_of,$*) --data $(DATA_DIR) --protocol $(PROTOCOL) \
	  $(call gen_recipe,$(call stage_of,$*)) $(GEN_ARGS)
eval: $(RUN)/eval/$(call run_name,$(STAGE))/summary.json

# Where a PROTOCOL=paper tree sits beside ours (<artifacts>-paper), the report shows its models beside ours.
PAPER_BESIDE = $(if $(filter improved,$(PROTOCOL)),$(patsubst %/runs,%,$(wildcard $(ARTIFACTS)-paper/runs)))
report: | $(STAMP)
	$(CLI) report --artifacts $(ARTIFACTS) $(if $(SELECTED_STAGE),--selected_stage $(SELECTED_STAGE)) \
	  $(if $(PAPER_BESIDE),--beside $(PAPER_BESIDE))

cards: | $(STAMP)
	$(CLI) cards --artifacts $(ARTIFACTS) $(if $(NAMESPACE),--namespace $(NAMESPACE))

release: | $(STAMP)
	$(CLI) release --model $(MODEL) --artifacts $(ARTIFACTS) $(if $(NAMESPACE),--namespace $(NAMESPACE)) $(if $(DRY_RUN),--dry-run --verify)

# ------------------------------------------------------------------------------------ whole runs
evaluated = $(RUN)/eval/$(call run_name,$(1))/summary.json
# The paper's stages in order, as "label:target" steps (labels are what a person reads while it runs).
PAPER_STEPS = build-data:$(DATA) $(if $(BASE_DEP),pretrain-tiny-model:$(TINY)) \
	eval-base:$(call evaluated,base) sft:$(call adapter,sft) eval-sft:$(call evaluated,sft) \
	mine-preferences:$(PREFS) dpo-from-sft:$(call adapter,sft_dpo) eval-sft_dpo:$(call evaluated,sft_dpo) \
	dpo-from-base:$(call adapter,dpo) eval-dpo:$(call evaluated,dpo)
# The demo adds one improved stage, declared before the test split is scored: the configuration chosen on the
# validation split (README "How the demo's values were chosen"), named in the report as the selected stage.
# After SFT the demo runs two lanes at once, each with half the cores: alone, GRPO keeps about one core of two
# busy (it waits for its samples, then for their compiles). Lane 2 starts with the report's two no-model rows,
# scored on test like a stage (the report reads their verdicts back from the compile cache).
# `make demo-full` also runs the iterated on-policy DPO loop, which does not fit the demo's ten minutes.
DEMO_SELECTED_STAGE := sft_grpo
BASELINES := $(ARTIFACTS)/baselines/braces/summary.json
DEMO_STEPS = build-data:$(DATA) pretrain-tiny-model:$(TINY) sft:$(call adapter,sft)
DEMO_LANE_1 = grpo-from-sft:$(call adapter,sft_grpo) eval-sft_grpo:$(call evaluated,sft_grpo)
DEMO_LANE_2 = score-baselines:$(BASELINES) eval-base:$(call evaluated,base) eval-sft:$(call evaluated,sft) \
	mine-preferences:$(PREFS) dpo-from-sft:$(call adapter,sft_dpo) eval-sft_dpo:$(call evaluated,sft_dpo) \
	dpo-from-base:$(call adapter,dpo) eval-dpo:$(call evaluated,dpo)
DEMO_FULL_LANE_1 = $(DEMO_LANE_1) iterated-on-policy-dpo:$(call adapter,sft_iterate) eval-sft_iterate:$(call evaluated,sft_iterate)
STEPS ?= $(PAPER_STEPS)
LANE_1 ?=
LANE_2 ?=

$(BASELINES): $(DATA)
	$(CLI) evaluate --model baseline:prefix --model-name prefix --data $(DATA_DIR) --out $(ARTIFACTS)/baselines/prefix
	$(CLI) evaluate --model baseline:braces --model-name braces --data $(DATA_DIR) --out $(ARTIFACTS)/baselines/braces

# Runs the STEPS in order: says which step it is, how long it took, or that a finished file was reused.
# STEP_LOGS=DIR sends each step's output to DIR/<label>.log (the terminal gets its start and end, each on a line
# of its own: another lane's progress bar may be drawing on the current one);
# STEP_FIRST and STEP_TOTAL number the steps within a longer run; LANE names the lane in each line.
run-steps:
	@steps=($(STEPS)); total=$(or $(STEP_TOTAL),$${#steps[@]}); i=$(or $(STEP_FIRST),0); \
	  lane="$(if $(LANE), ($(LANE)))"; logs="$(STEP_LOGS)"; \
	  for step in "$${steps[@]}"; do i=$$((i + 1)); label=$${step%%:*}; target=$${step#*:}; name="[$$i/$$total] $$label$$lane"; \
	  if [ -e "$$target" ] && $(MAKE) -q --no-print-directory "$$target" MODEL=$(MODEL) 2>/dev/null; then \
	    echo "== $$name: done already ($$target)"; continue; fi; \
	  start=$$(date +%s); \
	  if [ -z "$$logs" ]; then printf '\n== %s\n' "$$name"; \
	    $(MAKE) --no-print-directory "$$target" MODEL=$(MODEL) || exit $$?; \
	  else log=$$logs/$$label.log; printf '\n== %s: started, output in %s\n' "$$name" $$log; \
	    $(MAKE) --no-print-directory "$$target" MODEL=$(MODEL) >$$log 2>&1 || { rc=$$?; tail -n 15 $$log; \
	      printf '\n== %s: failed (output in %s)\n' "$$name" $$log; exit $$rc; }; fi; \
	  printf "$${logs:+\n}== %s: %d s\n" "$$name" $$(( $$(date +%s) - start )); done

# LANE_1 and LANE_2 at the same time, each with half the cores (torch threads; compile workers stay per process);
# lane 2's steps write to $(ARTIFACTS)/logs. Ctrl-C stops both; a failed lane fails the run once the other ends.
HALF_CORES = $(shell n=$$(nproc); echo $$(( n > 1 ? n / 2 : 1 )))
LANES_TOTAL = $(shell echo $$(( $(or $(STEP_FIRST),0) + $(words $(LANE_1) $(LANE_2)) )))
run-lanes:
	@mkdir -p $(ARTIFACTS)/logs; \
	  OMP_NUM_THREADS=$(HALF_CORES) setsid $(MAKE) --no-print-directory run-steps MODEL=$(MODEL) STEPS="$(LANE_2)" \
	    LANE="lane 2" STEP_LOGS=$(ARTIFACTS)/logs STEP_FIRST=$$(( $(or $(STEP_FIRST),0) + $(words $(LANE_1)) )) \
	    STEP_TOTAL=$(LANES_TOTAL) & side=$$!; \
	  trap 'kill -TERM -- -$$side 2>/dev/null; exit 130' INT TERM; \
	  OMP_NUM_THREADS=$(HALF_CORES) $(MAKE) --no-print-directory run-steps MODEL=$(MODEL) STEPS="$(LANE_1)" \
	    LANE="lane 1" STEP_FIRST=$(or $(STEP_FIRST),0) STEP_TOTAL=$(LANES_TOTAL); one=$$?; \
	  [ $$one -le 128 ] || kill -TERM -- -$$side 2>/dev/null; \
	  wait $$side; two=$$?; trap - INT TERM; \
	  [ $$one -eq 0 ] || { echo "lane 1 failed" >&2; exit $$one; }; \
	  [ $$two -eq 0 ] || { echo "lane 2 failed (its step's output is in $(ARTIFACTS)/logs)" >&2; exit $$two; }

# Library deprecation notices and optional-kernel messages say nothing about the run: kept off the terminal.
demo pipeline reproduce: export PYTHONWARNINGS = ignore::FutureWarning,ignore::DeprecationWarning
demo pipeline reproduce: export HF_DATASETS_DISABLE_PROGRESS_BARS = 1

# The whole paper on the demo corpus and the tiny model, offline on a CPU. Re-runs reuse finished steps.
# The install is timed apart from the pipeline: it depends on the network and the package cache, not on the method.
demo:
	@start=$$(date +%s); $(MAKE) --no-print-directory install || exit $$?; install=$$(( $$(date +%s) - start )); \
	  start=$$(date +%s); \
	  $(MAKE) --no-print-directory pipeline MODEL=tiny STEPS="$(DEMO_STEPS)" LANE_1="$(DEMO_LANE_1)" LANE_2="$(DEMO_LANE_2)" \
	    SELECTED_STAGE=$(DEMO_SELECTED_STAGE) && \
	  $(MAKE) --no-print-directory release MODEL=tiny DRY_RUN=1 && \
	  $(PY) -m compile_prefs.cli.demo_summary --artifacts $(ARTIFACTS) --model tiny \
	    --install-seconds $$install --pipeline-seconds $$(( $$(date +%s) - start ))

demo-full:
	@$(MAKE) --no-print-directory demo DEMO_LANE_1="$(DEMO_FULL_LANE_1)"

pipeline: | $(STAMP)
	@$(MAKE) --no-print-directory run-steps MODEL=$(MODEL) STEPS="$(STEPS)" STEP_TOTAL=$(words $(STEPS) $(LANE_1) $(LANE_2))
	@$(if $(LANE_1)$(LANE_2),$(MAKE) --no-print-directory run-lanes MODEL=$(MODEL) LANE_1="$(LANE_1)" LANE_2="$(LANE_2)" \
	  STEP_FIRST=$(words $(STEPS)),:)
	@$(MAKE) --no-print-directory report cards MODEL=$(MODEL)

# The same pipeline for a real model on a GPU with the real CodeNet; checks its prerequisites first.
reproduce: $(STAMP)
	$(CLI) preflight --model $(MODEL) --codenet "$(if $(filter data/demo_corpus,$(CODENET)),,$(CODENET))"
	@$(MAKE) --no-print-directory pipeline MODEL=$(MODEL) CODENET=$(CODENET)

clean:
	rm -rf $(ARTIFACTS)
