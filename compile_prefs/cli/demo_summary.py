"""The last words of `make demo`: the results tables and where every artifact is.

    python -m compile_prefs.cli.demo_summary [--artifacts DIR] [--model tiny]
"""

from __future__ import annotations

import argparse
import json
import sys

from compile_prefs.cards import report as report_mod
from compile_prefs import layout


def where_things_are(root, model: str) -> list[tuple[str, str]]:
    rows = [
        ("dataset (Hub layout)", layout.data_dir(root)),
        ("tiny base model", layout.tiny_model_dir(root)),
        *[(f"{stage} adapter", layout.adapter_dir(model, stage, root)) for stage in layout.PAPER_TRAINED_STAGES],
        *[(f"eval {stage}", layout.eval_dir(model, stage, root)) for stage in ("base", *layout.PAPER_TRAINED_STAGES)],
        ("preference mining", layout.prefs_dir(model, root)),
        ("report", layout.report_dir(root) / "results.md"),
        ("chart", layout.report_dir(root) / "compile_success.png"),
        ("cards", layout.report_dir(root) / "cards"),
        ("release dry run", layout.release_dir(root)),
    ]
    return [(name, str(path) + ("" if path.exists() else "  (missing)")) for name, path in rows]


def _duration(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes} min {secs:02d} s" if minutes else f"{secs} s"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--artifacts", default=None)
    parser.add_argument("--model", default="tiny")
    parser.add_argument("--install-seconds", type=float, default=None, help="time `make install` took (printed)")
    parser.add_argument("--pipeline-seconds", type=float, default=None, help="time the pipeline took (printed)")
    args = parser.parse_args(argv)
    results = layout.report_dir(args.artifacts) / "results.json"
    if not results.exists():
        print(f"no report at {results}: run `make report`", file=sys.stderr)
        return 2
    report = json.loads(results.read_text())
    print("\n== compile success on the test split (Table 1 layout) ==")
    print(report_mod.table1(report))
    print("\n== the best approach against base and +SFT (Table 2 layout) ==")
    print(report_mod.table2(report))
    print("\n== every comparison, with the exact McNemar test ==")
    print(report_mod.table_comparisons(report))
    print("\n== where everything is ==")
    for name, path in where_things_are(args.artifacts, args.model):
        print(f"  {name:<22} {path}")
    if args.pipeline_seconds is not None:
        install = "" if args.install_seconds is None else f"; install (apart): {_duration(args.install_seconds)}"
        print(f"\n== time: pipeline {_duration(args.pipeline_seconds)}{install}")
    missing = [name for name, path in where_things_are(args.artifacts, args.model) if path.endswith("(missing)")]
    if missing:
        print(f"\nmissing: {', '.join(missing)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
