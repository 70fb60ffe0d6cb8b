"""`compile-prefs build-data`: CodeNet -> the `completion` config, in a folder laid out like the Hub repo.

    compile-prefs build-data --codenet-root data/demo_corpus --out artifacts/data
    compile-prefs build-data --codenet-root /data/codenet --out artifacts/data --split-by problem --seed 1
    compile-prefs build-data --download --out artifacts/data      # fetch the CodeNet archive (~8 GB)

Writes, via compile_prefs.layout (other configs already in DIR, e.g. preference-*, are kept):
    DIR/completion/{train,test}-00000-of-00001.parquet
    DIR/README.md              dataset card; YAML `configs:` so load_dataset(DIR, "completion") works
    DIR/build_summary.json     counts per split, skipped rows/files by reason, compile failures,
                               compiler description, options (also printed)

The card body written here is a small placeholder used only when the card has no body yet; the
full card is rendered by `compile-prefs cards` (`card_body` is the hook).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from compile_prefs import layout
from compile_prefs.artifacts import BUILD_SUMMARY_FILE as SUMMARY_FILE
from compile_prefs.artifacts import BuildSummary


def add_arguments(parser: argparse.ArgumentParser) -> None:
    src = parser.add_mutually_exclusive_group(required=True)
    src.add_argument("--codenet-root", type=Path, help="CodeNet tree: full release or C++1000 (or a folder holding one)")
    src.add_argument("--download", action="store_true", help="fetch the CodeNet archive through the datasets download manager")
    parser.add_argument("--out", type=Path, default=None, help="dataset folder (default: $ARTIFACTS/data)")
    parser.add_argument("--split-by", choices=("submission", "problem"), default="submission",
                        help="submission: the paper (same problems in train and test); problem: held-out problems")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--train-per-problem", type=int, default=5)
    parser.add_argument("--test-per-problem", type=int, default=2)
    parser.add_argument("--test-problem-fraction", type=float, default=0.2, help="with --split-by problem")
    parser.add_argument("--mask-ratio", type=float, default=0.1)
    parser.add_argument("--cut", choices=("char", "line"), default="char")
    parser.add_argument("--language", action="append", default=None, help="CodeNet `language` to keep (repeatable; default C++)")
    parser.add_argument("--status", action="append", default=None, help="CodeNet `status` to keep (repeatable; default Accepted)")
    parser.add_argument("--max-problems", type=int, default=None, help="use at most N problems (seeded sample)")
    parser.add_argument("--no-dedup", action="store_true", help="keep repeated code within a problem")
    parser.add_argument("--workers", type=int, default=None, help="parallel compiles (default: all cores)")
    parser.add_argument("--compile-cache", type=Path, default=None, help="verdict cache folder (default: the runner's)")
    parser.add_argument("--quiet", action="store_true", help="no progress bars")


def card_body(summary: dict) -> str:
    """A minimal card body; `compile-prefs cards` renders the full one."""
    c, sel = summary["options"], summary["selection"]
    return (
        f"# {layout.DATASET_NAME}\n\n"
        "C++ programs from [Project CodeNet](https://github.com/IBM/Project_CodeNet) (Accepted, compiling under "
        f"`{' '.join(summary['compiler']['flags'][:2])}`), masked for completion: `prompt` is the first "
        f"{1 - c['mask_ratio']:.0%} of the characters, `completion` the rest, `prompt + completion == code`.\n\n"
        f"- split_by: `{c['split_by']}`, seed {c['seed']}, {c['train_per_problem']} train / {c['test_per_problem']} test "
        f"per problem, {sel['problems_used']} problems\n"
        f"- rows: " + ", ".join(f"{k} {v}" for k, v in summary["counts"].items()) + "\n"
        "- license: CDLA-Permissive-2.0 (Project CodeNet)\n"
    )


def _write_card_defaults(folder: Path, summary: dict) -> None:
    metadata, body = layout.read_card_front_matter(folder)
    for key, value in (("license", "cdla-permissive-2.0"), ("pretty_name", layout.DATASET_NAME),
                       ("task_categories", ["text-generation"]), ("tags", ["code", "c++", "codenet", "dpo", "compiler-feedback"]),
                       ("language", ["en"])):
        metadata.setdefault(key, value)
    if not body.strip() or body.strip() == f"# {layout.DATASET_NAME}":
        body = card_body(summary)
    layout.write_card(folder, metadata, body)


def build(args: argparse.Namespace) -> dict:
    """Build and export the completion config; returns the summary (also written to DIR)."""
    from compile_prefs.builders.builder import CodeNetCompilePrefs

    out = Path(args.out) if args.out is not None else layout.data_dir()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="compile-prefs-build-") as cache:
        builder = CodeNetCompilePrefs(
            config_name=layout.COMPLETION_CONFIG,
            data_dir=None if args.download else str(args.codenet_root),
            cache_dir=cache,  # fresh every run: a stale arrow cache must never stand in for new verdicts
            seed=args.seed, split_by=args.split_by,
            train_per_problem=args.train_per_problem, test_per_problem=args.test_per_problem,
            test_problem_fraction=args.test_problem_fraction, max_problems=args.max_problems,
            mask_ratio=args.mask_ratio, cut=args.cut,
            languages=tuple(args.language or ("C++",)), statuses=tuple(args.status or ("Accepted",)),
            dedup=not args.no_dedup, workers=args.workers,
            compile_cache_dir=str(args.compile_cache) if args.compile_cache else None,
            progress=not args.quiet,
        )
        builder.download_and_prepare()
        splits = builder.as_dataset()
        if not sum(len(ds) for ds in splits.values()):
            raise ValueError(f"no compiling submissions selected from {builder.summary['codenet_root']}: "
                             f"read report {builder.summary['read']}, selection {builder.summary['selection']['compile_failures']}")
        written = layout.write_config(out, layout.COMPLETION_CONFIG, dict(splits))
    summary = BuildSummary(
        dataset=layout.DATASET_NAME,
        config_name=layout.COMPLETION_CONFIG,
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        **builder.summary,
        files=[str(p.relative_to(out)) for p in written],
        elapsed_s=round(time.monotonic() - started, 2),
    )
    summary.write(out)
    summary = summary.to_dict()
    _write_card_defaults(out, summary)
    return summary


def _print_summary(summary: dict, out: Path) -> None:
    sel, read = summary["selection"], summary["read"]
    print(f"wrote {out}: " + ", ".join(f"{k}={v}" for k, v in summary["counts"].items())
          + f" from {sel['problems_used']} problems ({summary['layout']} layout, {summary['elapsed_s']} s)")
    print(f"  metadata rows read {read['rows_read']}, selected {read['rows_selected']}, filtered {read['filtered']}")
    print(f"  skipped (bad input): {read['skipped'] or 'none'}; notes: {read['notes'] or 'none'}")
    print(f"  compiled {sel['candidates_compiled']}, good {sel['compile_good']}, failures {sel['compile_failures'] or 'none'}"
          + (f"; duplicates skipped {sel['skipped']}" if sel["skipped"] else ""))
    if sel["problems_short"]:
        print(f"  {sel['problems_short']} problem(s) had fewer compiling submissions than requested")
    print(f"  compiler: {summary['compiler']['compiler']} {' '.join(summary['compiler']['flags'])}")
    print(f"  summary: {out / SUMMARY_FILE}")


def run(args: argparse.Namespace) -> int:
    try:
        summary = build(args)
    except (FileNotFoundError, ValueError) as err:
        print(f"build-data: {err}", file=sys.stderr)
        return 2
    _print_summary(summary, Path(args.out) if args.out is not None else layout.data_dir())
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="compile-prefs build-data", description=__doc__.split("\n")[0])
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
