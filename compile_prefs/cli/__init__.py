"""The `compile-prefs` command line: one entry point, one subcommand per pipeline step.

Each subcommand lives in the module that owns the concern; that module exposes
`add_arguments(parser)` and `run(args) -> int`. Modules are imported only when
their subcommand runs, so `compile-prefs score` never pays for importing torch.

    compile-prefs score PATH... [--json]
    compile-prefs build-data --codenet-root PATH --out DIR
    compile-prefs tiny-model --corpus DIR --out DIR
    compile-prefs generate / evaluate / mine-prefs ...
    compile-prefs report / release ...
"""

from __future__ import annotations

import argparse
import importlib
import sys

# name -> (module, one-line help). The module owns the arguments and the work.
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "score": ("compile_prefs.evaluate_metric.compile_success.score_cli", "compile C++ files and print the compile-success rate"),
    "build-data": ("compile_prefs.builders.build_data", "build the completion dataset (Hub-layout folder) from CodeNet"),
    "tiny-model": ("compile_prefs.training.tiny_model", "build and briefly pretrain the tiny demo model on a corpus"),
    "generate": ("compile_prefs.training.generate", "generate completions for a dataset split and score them"),
    "evaluate": ("compile_prefs.training.evaluate_model", "evaluate a model (+adapter) on a split: verdicts and a summary"),
    "mine-prefs": ("compile_prefs.builders.preference", "turn Bad generations into a DPO preference config"),
    "report": ("compile_prefs.cards.report", "collect evaluation summaries into tables and a chart"),
    "cards": ("compile_prefs.cards.render", "render dataset, model and metric cards"),
    "release": ("compile_prefs.cards.release", "publish datasets, adapters and the metric to the Hub"),
    "preflight": ("compile_prefs.cli.preflight", "check GPU, disk, CodeNet and Hub access before a real run"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="compile-prefs", description=__doc__.split("\n")[0])
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module, help_text) in SUBCOMMANDS.items():
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
    module_name, help_text = SUBCOMMANDS[name]
    module = importlib.import_module(module_name)
    sub = argparse.ArgumentParser(prog=f"compile-prefs {name}", description=help_text)
    module.add_arguments(sub)
    args = sub.parse_args(rest)
    return int(module.run(args) or 0)

