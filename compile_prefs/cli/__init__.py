"""The `compile-prefs` command line: one entry point, one subcommand per pipeline step.

Each subcommand lives in the module that owns the concern. Its options come from one of:
  * `ARGUMENTS`, a tuple of config dataclasses, and `run(*configs) -> int`: compile_prefs.command.run_command
    derives the options from the dataclasses (HfArgumentParser) and runs;
  * `parse_args(argv)` (the training scripts, which read a recipe the TRL way), then `run(*parsed) -> int`;
  * `add_arguments(parser)`, then `run(args) -> int` (score: the metric imports nothing of ours).
Modules are imported only when their subcommand runs, so `compile-prefs score` never pays for importing torch.

    compile-prefs score PATH... [--json]
    compile-prefs build-data --codenet-root PATH --out DIR
    compile-prefs tiny-model --corpus DIR --out DIR
    compile-prefs sft training/recipes/tiny/sft.yaml [--max_steps 20 ...]    (= accelerate launch training/sft.py)
    compile-prefs dpo training/recipes/tiny/dpo.yaml [--stage dpo ...]       (= accelerate launch training/dpo.py)
    compile-prefs iterate training/recipes/tiny/iterate.yaml [--rounds 3 ...]  (iterated on-policy DPO)
    compile-prefs generate / evaluate / mine-prefs / mine-onpolicy ...
    compile-prefs report / cards / release ...
"""

from __future__ import annotations

import argparse
import sys
from types import ModuleType

from compile_prefs.command import run_command

# name -> one-line help. `subcommand_module` names the module that owns the arguments and the work.
SUBCOMMANDS: dict[str, str] = {
    "score": "compile C++ files and print the compile-success rate",
    "build-data": "build the completion dataset (Hub-layout folder) from CodeNet",
    "tiny-model": "build and briefly pretrain the tiny demo model on a corpus",
    "sft": "supervised fine-tuning from a recipe (LoRA; QLoRA on a GPU), in this process",
    "dpo": "DPO (or DPOP) on compiler-feedback pairs from a recipe, in this process",
    "grpo": "GRPO with the compile reward from the SFT adapter, from a recipe, in this process",
    "generate": "generate completions for a dataset split and score them",
    "evaluate": "evaluate a model (+adapter) on a split: verdicts and a summary",
    "mine-prefs": "turn Bad generations into a DPO preference config",
    "mine-onpolicy": "on-policy (or graded) pairs from k sampled completions per prompt",
    "iterate": "iterated on-policy DPO from the SFT adapter, from a recipe, in this process",
    "report": "collect evaluation summaries into tables and a chart",
    "cards": "render dataset, model and metric cards",
    "release": "publish datasets, adapters and the metric to the Hub",
    "preflight": "check GPU, disk, CodeNet and Hub access before a real run",
}


def subcommand_module(name: str) -> ModuleType:
    """The module of a subcommand, imported now. Written as import statements, not module names in
    strings, so that the import graph the layer contracts check (`make lint`) sees every one."""
    if name == "score":
        from compile_prefs.evaluate_metric.compile_success import score_cli as module
    elif name == "build-data":
        from compile_prefs.builders import build_data as module
    elif name == "tiny-model":
        from compile_prefs.training import tiny_model as module
    elif name == "sft":
        from compile_prefs.training import sft as module
    elif name == "dpo":
        from compile_prefs.training import dpo as module
    elif name == "grpo":
        from compile_prefs.training import grpo as module
    elif name == "generate":
        from compile_prefs.training import generate as module
    elif name == "evaluate":
        from compile_prefs.training import evaluate_model as module
    elif name == "mine-prefs":
        from compile_prefs.training import preference as module
    elif name == "mine-onpolicy":
        from compile_prefs.training import onpolicy as module
    elif name == "iterate":
        from compile_prefs.training import iterate as module
    elif name == "report":
        from compile_prefs.cards import report as module
    elif name == "cards":
        from compile_prefs.cards import render as module
    elif name == "release":
        from compile_prefs.cards import release as module
    elif name == "preflight":
        from compile_prefs.cli import preflight as module
    else:
        raise KeyError(f"unknown command {name!r}")
    return module


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="compile-prefs", description=__doc__.split("\n")[0])
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, help_text in SUBCOMMANDS.items():
        subparsers.add_parser(name, help=help_text, add_help=False)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in SUBCOMMANDS:
        parser = build_parser()
        if argv and argv[0] not in ("-h", "--help"):
            parser.error(f"unknown command {argv[0]!r}; choose one of: {', '.join(SUBCOMMANDS)}")
        parser.print_help()
        return 0 if argv else 2
    name, rest = argv[0], argv[1:]
    module = subcommand_module(name)
    prog = f"compile-prefs {name}"
    if hasattr(module, "ARGUMENTS"):
        return run_command(module.ARGUMENTS, module.run, rest, prog=prog, description=SUBCOMMANDS[name])
    if hasattr(module, "parse_args"):
        return int(module.run(*module.parse_args(rest, prog=prog)) or 0)
    sub = argparse.ArgumentParser(prog=prog, description=SUBCOMMANDS[name])
    module.add_arguments(sub)
    return int(module.run(sub.parse_args(rest)) or 0)
