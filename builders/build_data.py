"""`compile-prefs build-data`: CodeNet -> the `completion` config, in a folder laid out like the Hub repo.

    compile-prefs build-data --codenet-root data/demo_corpus --out artifacts/data
    compile-prefs build-data --codenet-root /data/codenet --out artifacts/data --split-by problem --seed 1
    compile-prefs build-data --download --out artifacts/data      # fetch the CodeNet archive (~8 GB)

Writes, via compile_prefs.layout (other configs already in DIR, e.g. preference-*, are kept):
    DIR/completion/{train,test,validation}-00000-of-00001.parquet
    DIR/README.md              dataset card; YAML `configs:` so load_dataset(DIR, "completion") works
    DIR/build_summary.json     counts per split, skipped rows/files by reason, compile failures,
                               compiler description, options (also printed)

The card body written here is a small placeholder used only when the card has no body yet; the
full card is rendered by `compile-prefs cards` (`card_body` is the hook).
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from compile_prefs import layout
from compile_prefs.artifacts import BUILD_SUMMARY_FILE as SUMMARY_FILE
from compile_prefs.artifacts import BuildSummary
from compile_prefs.command import run_command


@dataclass
class BuildDataConfig:
    """Settings of `compile-prefs build-data` (every field is an option): where CodeNet is, how it is split and
    masked, and where the dataset folder goes."""

    codenet_root: Path | None = field(
        default=None, metadata={"help": "CodeNet tree: full release or C++1000 (or a folder holding one)."})
    download: bool = field(
        default=False, metadata={"help": "Fetch the CodeNet archive through the datasets download manager."})
    out: Path | None = field(default=None, metadata={"help": "Dataset folder (default: $ARTIFACTS/data)."})
    split_by: str = field(
        default="submission",
        metadata={"help": "submission: the paper (same problems in train and test); problem: held-out problems.",
                  "choices": ["submission", "problem"]})
    seed: int = field(default=42, metadata={"help": "Seed of the problem sample and the splits."})
    train_per_problem: int = field(default=5, metadata={"help": "Train submissions per problem."})
    test_per_problem: int = field(default=2, metadata={"help": "Test submissions per problem."})
    validation_per_problem: int = field(
        default=1, metadata={"help": "Further compiling submissions per problem for the validation split (0: none)."})
    test_problem_fraction: float = field(default=0.2, metadata={"help": "Held-out problems, with --split-by problem."})
    mask_ratio: float = field(default=0.1, metadata={"help": "Fraction of each program removed from its end."})
    cut: str = field(default="char", metadata={"help": "Where the mask may cut.", "choices": ["char", "line"]})
    language: list[str] | None = field(
        default=None, metadata={"help": "CodeNet `language` values to keep (default: C++)."})
    status: list[str] | None = field(
        default=None, metadata={"help": "CodeNet `status` values to keep (default: Accepted)."})
    max_problems: int | None = field(
        default=None,
        metadata={"help": "Use at most N problems (seeded sample; default on the full release: 1000, as the paper)."})
    all_problems: bool = field(default=False, metadata={"help": "On the full release, take every problem."})
    dedup: bool = field(default=True, metadata={"help": "Skip repeated code within a problem (--no-dedup keeps it)."})
    workers: int | None = field(default=None, metadata={"help": "Parallel compiles (default: all cores)."})
    compile_cache: Path | None = field(
        default=None, metadata={"help": "Verdict cache folder (default: the runner's)."})
    quiet: bool = field(default=False, metadata={"help": "No progress bars."})

    def __post_init__(self):
        if (self.codenet_root is None) == (not self.download):
            raise ValueError("give one of --codenet-root PATH or --download")
        for name in ("codenet_root", "out", "compile_cache"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, Path):
                setattr(self, name, Path(value))


ARGUMENTS = (BuildDataConfig,)  # `compile-prefs build-data` parses its options from these dataclasses


def card_body(summary: dict) -> str:
    """A minimal card body; `compile-prefs cards` renders the full one."""
    c, sel, corpus = summary["options"], summary["selection"], summary["corpus"]
    return (
        f"# {layout.DATASET_NAME}\n\n"
        f"C++ programs from {corpus['name']} (Accepted, compiling under "
        f"`{' '.join(summary['compiler']['flags'][:2])}`), masked for completion: `prompt` is the first "
        f"{1 - c['mask_ratio']:.0%} of the characters, `completion` the rest, `prompt + completion == code`.\n\n"
        f"- split_by: `{c['split_by']}`, seed {c['seed']}, {c['train_per_problem']} train / {c['test_per_problem']} test "
        f"/ {c['validation_per_problem']} validation per problem, {sel['problems_used']} problems\n"
        f"- rows: " + ", ".join(f"{k} {v}" for k, v in summary["counts"].items()) + "\n"
        f"- license: {corpus['license']} ({corpus['name']})\n"
    )


def _write_card_defaults(folder: Path, summary: dict) -> None:
    metadata, body = layout.read_card_front_matter(folder)
    for key, value in (("license", summary["corpus"]["license"].lower()), ("pretty_name", layout.DATASET_NAME),
                       ("task_categories", ["text-generation"]), ("tags", ["code", "c++", "codenet", "dpo", "compiler-feedback"]),
                       ("language", ["en"])):
        metadata.setdefault(key, value)
    if not body.strip() or body.strip() == f"# {layout.DATASET_NAME}":
        body = card_body(summary)
    layout.write_card(folder, metadata, body)


def build(args: BuildDataConfig) -> dict:
    """Build and export the completion config; returns the summary (also written to DIR)."""
    from compile_prefs.builders.builder import CodeNetCompilePrefs

    from compile_prefs.builders.full_release import problem_cap

    out = Path(args.out) if args.out is not None else layout.data_dir()
    started = time.monotonic()
    max_problems, problem_note = problem_cap(None if args.download else args.codenet_root, args.max_problems,
                                             args.all_problems)
    if problem_note:
        print(f"build-data: {problem_note['note']}", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="compile-prefs-build-") as cache:
        builder = CodeNetCompilePrefs(
            config_name=layout.COMPLETION_CONFIG,
            data_dir=None if args.download else str(args.codenet_root),
            cache_dir=cache,  # fresh every run: a stale arrow cache must never stand in for new verdicts
            seed=args.seed, split_by=args.split_by,
            train_per_problem=args.train_per_problem, test_per_problem=args.test_per_problem,
            validation_per_problem=args.validation_per_problem,
            test_problem_fraction=args.test_problem_fraction, max_problems=max_problems,
            mask_ratio=args.mask_ratio, cut=args.cut,
            languages=tuple(args.language or ("C++",)), statuses=tuple(args.status or ("Accepted",)),
            dedup=args.dedup, workers=args.workers,
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
        problem_sample=problem_note,
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
    if summary.get("problem_sample"):
        print(f"  note: {summary['problem_sample']['note']}")
    if sel["problems_short"]:
        print(f"  {sel['problems_short']} problem(s) had fewer compiling submissions than requested")
    print(f"  compiler: {summary['compiler']['compiler']} {' '.join(summary['compiler']['flags'])}")
    print(f"  summary: {out / SUMMARY_FILE}")


def run(args: BuildDataConfig) -> int:
    try:
        summary = build(args)
    except (FileNotFoundError, ValueError) as err:
        print(f"build-data: {err}", file=sys.stderr)
        return 2
    _print_summary(summary, Path(args.out) if args.out is not None else layout.data_dir())
    return 0


def main(argv: list[str] | None = None) -> int:
    return run_command(ARGUMENTS, run, argv, prog="compile-prefs build-data", description=__doc__)


if __name__ == "__main__":
    sys.exit(main())
