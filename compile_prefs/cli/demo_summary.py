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
    # The paper's stages always (a missing one is reported); stages beyond it where they were trained.
    stages = [s for s in layout.TRAINED_STAGES
              if s in layout.PAPER_TRAINED_STAGES or layout.adapter_dir(model, s, root).exists()]
    rows = [
        ("dataset (Hub layout)", layout.data_dir(root)),
        ("tiny base model", layout.tiny_model_dir(root)),
        *[(f"{stage} adapter", layout.adapter_dir(model, stage, root)) for stage in stages],
        *[(f"eval {stage}", layout.eval_dir(model, stage, root)) for stage in ("base", *stages)],
        ("preference mining", layout.prefs_dir(model, root)),
        ("report", layout.report_dir(root) / "results.md"),
        ("chart", layout.report_dir(root) / "compile_success.png"),
        ("cards", layout.report_dir(root) / "cards"),
        ("release dry run", layout.release_dir(root)),
    ]
    return [(name, str(path) + ("" if path.exists() else "  (missing)")) for name, path in rows]


# What the demo sets out to show: the selected stage clearly above base (paired), and above closing the braces.
GOAL_PROMPTS, GOAL_GAIN_PP, GOAL_P = 200, 10.0, 0.01


def goal_verdict(selected: dict) -> str:
    """Whether the selected stage met the demo's goal, and which part it missed."""
    if not selected.get("evaluated"):
        return "goal not met: the selected stage was not evaluated"
    vs_base, vs_braces = selected.get("vs_base") or {}, selected.get("vs_closed_braces") or {}
    missed = []
    if selected["n"] < GOAL_PROMPTS:
        missed.append(f"{selected['n']} test prompts < {GOAL_PROMPTS}")
    if vs_base.get("abs_pp") is None or vs_base["abs_pp"] < GOAL_GAIN_PP:
        missed.append(f"gain over base {vs_base.get('abs_pp')} pp < {GOAL_GAIN_PP:g}")
    if vs_base.get("p_value") is None or vs_base["p_value"] >= GOAL_P:
        missed.append(f"McNemar p vs base {vs_base.get('p_value')} >= {GOAL_P}")
    if vs_braces.get("abs_pp") is None or vs_braces["abs_pp"] <= 0:
        missed.append("not above prefix + closing braces")
    goal = (f"goal (>= base + {GOAL_GAIN_PP:g} points, McNemar p < {GOAL_P} on >= {GOAL_PROMPTS} test prompts, "
            "above prefix + closing braces)")
    return f"{goal}: met" if not missed else f"{goal}: NOT met ({'; '.join(missed)})"


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
    selected = report_mod.table_selected(report)
    if selected:
        print("\n== the selected stage: chosen on the validation split, declared before the test split was scored ==")
        print(selected)
        for model, res in report["models"].items():
            if res.get("selected"):
                print(f"  {model}: {goal_verdict(res['selected'])}")
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
