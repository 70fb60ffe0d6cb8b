"""Sampling and splits: which submissions of each problem become train, test and validation samples.

Per problem, candidates (rows the reader selected: C++ and Accepted by default) are put in a
seeded order that depends only on (seed, submission_id), never on file or row order:

    order_key(seed, sid) = sha256(f"{seed}\\0{sid}")

Walking that order, each candidate is read, trimmed (`masking.trim_code`) and, unless its code
repeats an earlier candidate of the same problem (`dedup`), compiled under `compile_success`
(the one runner: `CompileRunner.check_many`, parallel and cached). The first
`train_per_problem` that compile go to train, the next `test_per_problem` to test, the next
`validation_per_problem` to validation: data for choosing hyperparameters that is neither trained
on nor the test. Validation is filled last, so train and test are the same submissions with or
without it (the paper's 5 / 2 stay as they are); a problem with too few compiling submissions
fills train first, then test, then validation, and is counted in `problems_short`. Compiling
stops as soon as a problem has what it needs; rounds batch many problems into one
`check_many` call so all cores stay busy. Parallelism cannot change the result: acceptance
is decided in seeded order after each round.

split_by:
    submission  (the paper) every problem gives N train and M test samples. Test programs are
                unseen, but their problems (statements, typical solutions) were trained on: this
                measures memorisation as much as generalisation. The dataset card says so.
    problem     test problems never appear in train. Problems are taken in seeded order
                (order_key(seed, "problem\\0" + pid)); among those with at least one candidate,
                problem number i (0-based) is a test problem when
                floor((i + 1) * f) > floor(i * f), f = test_problem_fraction: exactly every
                1/f-th problem (i = 4, 9, 14, ... for f = 0.2), so any prefix (--max-problems)
                holds the fraction f and the first problem is always train. Problems that
                CodeNet marks identical (derived/duplicates/identical_problem_clusters) share
                one role, so a copy of a test problem cannot leak into train. Train problems
                give `train_per_problem` samples, test problems `test_per_problem`. Validation
                samples come from the train problems (further submissions of them), so under
                split_by=problem validation measures seen problems, as train does.

max_problems takes the first N problems (with at least one candidate) in seeded order: a
reproducible random sample of problems rather than the first N ids (all AIZU).
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter, deque
from dataclasses import dataclass, field
from collections.abc import Iterable

from compile_prefs.builders.codenet import CodeNetReader, Row
from compile_prefs.builders.masking import trim_code

SPLIT_BY = ("submission", "problem")
SPLITS = ("train", "test", "validation")  # the order a problem's compiling submissions fill them
DUPLICATE_CODE = "duplicate_code"


@dataclass
class SplitConfig:
    """How samples are drawn from CodeNet.

    Sampling:
        seed, train_per_problem, test_per_problem, validation_per_problem, dedup
    Splitting:
        split_by, test_problem_fraction, max_problems
    Throughput:
        problems_per_round
    """

    seed: int = field(default=42, metadata={"help": "Seed of the per-problem order (and of the problem order)."})
    train_per_problem: int = field(default=5, metadata={"help": "Compiling submissions per problem for train (paper: 5)."})
    test_per_problem: int = field(default=2, metadata={"help": "Compiling submissions per problem for test (paper: 2)."})
    validation_per_problem: int = field(default=1, metadata={
        "help": "Further compiling submissions per problem for validation (model selection; the paper had none)."})
    split_by: str = field(default="submission", metadata={"help": "submission (paper) or problem (no test problem in train)."})
    test_problem_fraction: float = field(default=0.2, metadata={"help": "split_by=problem: fraction of problems held out for test."})
    max_problems: int | None = field(default=None, metadata={"help": "Use at most this many problems (seeded sample)."})
    dedup: bool = field(default=True, metadata={"help": "Skip a candidate whose code repeats an earlier one of the same problem."})
    problems_per_round: int = field(default=64, metadata={"help": "Problems whose compiles share one check_many batch."})

    def __post_init__(self):
        if self.split_by not in SPLIT_BY:
            raise ValueError(f"split_by must be one of {SPLIT_BY}, got {self.split_by!r}")
        if self.train_per_problem < 0 or self.test_per_problem < 0 or self.validation_per_problem < 0:
            raise ValueError("train_per_problem, test_per_problem and validation_per_problem must be >= 0")
        if self.train_per_problem + self.test_per_problem == 0:
            raise ValueError("train_per_problem + test_per_problem must be > 0")
        if not 0.0 < self.test_problem_fraction < 1.0:
            raise ValueError(f"test_problem_fraction must be in (0, 1), got {self.test_problem_fraction!r}")
        if self.max_problems is not None and self.max_problems <= 0:
            raise ValueError("max_problems must be positive (or None for all)")
        if self.problems_per_round <= 0:
            raise ValueError("problems_per_round must be positive")


@dataclass
class Selected:
    """One compiling submission and the split it went to; `rank` is its place in the seeded order."""

    split: str
    problem_id: str
    submission_id: str
    language: str
    original_language: str
    status: str
    code: str
    rank: int


@dataclass
class SplitReport:
    """What the selection did: problems used, compiles run, failures by reason, samples per split."""

    problems_listed: int = 0
    problems_without_candidates: int = 0
    problems_used: int = 0
    problems_short: int = 0  # had fewer compiling candidates than their role needs
    test_problems: int = 0
    candidates_compiled: int = 0
    compile_good: int = 0
    compile_failures: Counter = field(default_factory=Counter)
    compile_failure_examples: list = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)
    counts: Counter = field(default_factory=Counter)
    per_problem: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "problems_listed": self.problems_listed,
            "problems_without_candidates": self.problems_without_candidates,
            "problems_used": self.problems_used,
            "problems_short": self.problems_short,
            "test_problems": self.test_problems,
            "candidates_compiled": self.candidates_compiled,
            "compile_good": self.compile_good,
            "compile_failures": dict(sorted(self.compile_failures.items())),
            "compile_failure_examples": list(self.compile_failure_examples),
            "skipped": dict(sorted(self.skipped.items())),
            "counts": dict(sorted(self.counts.items())),
            "per_problem": self.per_problem,
        }


def order_key(seed: int, name: str) -> bytes:
    """The seeded sort key of a submission id (or "problem\\0<id>"): stable across machines and runs."""
    return hashlib.sha256(f"{seed}\0{name}".encode()).digest()


def is_test_problem(index: int, fraction: float) -> bool:
    """Whether the index-th problem (0-based, seeded order) is held out under split_by=problem."""
    return math.floor((index + 1) * fraction + 1e-9) > math.floor(index * fraction + 1e-9)


@dataclass
class _Problem:
    problem_id: str
    needs: dict  # split -> how many, in the order they are filled
    queue: deque  # candidate Rows, seeded order, next first
    picked: list = field(default_factory=list)
    seen: set = field(default_factory=set)
    rank: int = 0
    stats: Counter = field(default_factory=Counter)

    def missing(self) -> int:
        return sum(self.needs.values()) - len(self.picked)

    def accept(self, row: Row, code: str, rank: int) -> None:
        filled = Counter(s.split for s in self.picked)
        split = next(s for s, n in self.needs.items() if filled[s] < n)
        self.picked.append(Selected(split, row.problem_id, row.submission_id, row.language,
                                    row.original_language, row.status, code, rank))


def select_splits(
    reader: CodeNetReader,
    runner,
    config: SplitConfig | None = None,
    progress: bool = False,
) -> tuple[dict[str, list[Selected]], SplitReport]:
    """Draw train/test/validation samples from `reader` using `runner.check_many` for the compile verdicts.

    Returns ({"train": [...], "test": [...], "validation": [...]}, report); each list is sorted by
    (problem_id, rank).
    """
    config = config or SplitConfig()
    report = SplitReport()
    problem_ids = reader.problem_ids()
    report.problems_listed = len(problem_ids)
    problem_ids.sort(key=lambda pid: order_key(config.seed, "problem\0" + pid))
    clusters = reader.problem_clusters() if config.split_by == "problem" else {}
    roles: dict[str, str] = {}
    selected: dict[str, list[Selected]] = {split: [] for split in SPLITS}

    bar = _bar(len(problem_ids) if config.max_problems is None else min(config.max_problems, len(problem_ids)), progress)
    batch: list[_Problem] = []
    for pid in problem_ids:
        if config.max_problems is not None and report.problems_used >= config.max_problems:
            break
        rows = list(reader.rows(pid))
        if not rows:
            report.problems_without_candidates += 1
            continue
        report.problems_used += 1
        rows.sort(key=lambda r: order_key(config.seed, r.submission_id))
        batch.append(_Problem(pid, _needs(config, pid, clusters, roles), deque(rows)))
        if len(batch) >= config.problems_per_round:
            _fill(batch, reader, runner, config, report, selected)
            bar.update(len(batch))
            batch = []
    if batch:
        _fill(batch, reader, runner, config, report, selected)
        bar.update(len(batch))
    bar.close()
    report.test_problems = sum(1 for p in report.per_problem.values() if p["role"] == "test")
    wanted = {"train": config.train_per_problem, "test": config.test_per_problem,
              "validation": config.validation_per_problem}
    for split in selected:
        selected[split].sort(key=lambda s: (s.problem_id, s.rank))
        if wanted[split] > 0:
            report.counts[split] = len(selected[split])
    return selected, report


def _needs(config: SplitConfig, pid: str, clusters: dict, roles: dict) -> dict:
    if config.split_by == "submission":
        return {"train": config.train_per_problem, "test": config.test_per_problem,
                "validation": config.validation_per_problem}
    group = clusters.get(pid, pid)
    if group not in roles:
        roles[group] = "test" if is_test_problem(len(roles), config.test_problem_fraction) else "train"
    role = roles[group]
    if role == "train":
        return {"train": config.train_per_problem, "validation": config.validation_per_problem}
    return {"test": config.test_per_problem}


def _fill(problems: list[_Problem], reader, runner, config, report: SplitReport, selected: dict) -> None:
    """Compile candidates of `problems` in rounds until each has what it needs or runs out."""
    while True:
        round_: list[tuple[_Problem, Row, str, int]] = []
        for p in problems:
            wanted = p.missing()
            while wanted > 0 and p.queue:
                row = p.queue.popleft()
                p.rank += 1
                p.stats["candidates_read"] += 1
                sub = reader.read(row)
                if sub is None:  # counted by reason in reader.report
                    continue
                code = trim_code(sub.source)
                if config.dedup:
                    digest = hashlib.sha256(code.encode("utf-8", "surrogateescape")).digest()
                    if digest in p.seen:
                        report.skipped[DUPLICATE_CODE] += 1
                        continue
                    p.seen.add(digest)
                round_.append((p, row, code, p.rank))
                wanted -= 1
        if not round_:
            break
        verdicts = runner.check_many([code for _, _, code, _ in round_])
        report.candidates_compiled += len(round_)
        for (p, row, code, rank), verdict in zip(round_, verdicts):
            p.stats["compiled"] += 1
            if verdict.good:
                report.compile_good += 1
                p.stats["good"] += 1
                p.accept(row, code, rank)
            else:
                report.compile_failures[verdict.reason or "unknown"] += 1
                if len(report.compile_failure_examples) < 20:
                    report.compile_failure_examples.append(
                        {"problem_id": row.problem_id, "submission_id": row.submission_id,
                         "reason": verdict.reason, "diagnostic": verdict.diagnostic})
    for p in problems:
        if p.missing() > 0:
            report.problems_short += 1
        counts = Counter(s.split for s in p.picked)
        report.per_problem[p.problem_id] = {
            "role": "both" if "train" in p.needs and "test" in p.needs else "test" if "test" in p.needs else "train",
            "candidates": p.rank + len(p.queue),
            "read": p.stats["candidates_read"],
            "compiled": p.stats["compiled"],
            "good": p.stats["good"],
            **{split: counts.get(split, 0) for split in p.needs},
        }
        for s in p.picked:
            selected[s.split].append(s)


def _bar(total: int, enabled: bool):
    if enabled:
        from tqdm.auto import tqdm

        return tqdm(total=total, desc="selecting (problems)", unit="problem", dynamic_ncols=True)
    return _NoBar()


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def close(self) -> None:
        pass


def iter_selected(selected: dict[str, list[Selected]]) -> Iterable[Selected]:
    for split in SPLITS:
        yield from selected.get(split, [])
