"""The files the pipeline leaves behind, as typed records: one class per summary, one list of reasons.

    BuildSummary    <data>/build_summary.json                 build-data: how the completion config was made
    RunSummary      runs/<model>/<stage>/run_summary.json     SFT or DPO: what was trained, on what, how it went
    EvalSummary     runs/<model>/eval/<stage>/summary.json    evaluate: compile rate of one stage on a split
    MiningSummary   runs/<model>/prefs/mining_summary.json    mine-prefs: the preference set and its distances

(the folders come from compile_prefs.layout). Producers write through these classes and readers
(report, cards, release, the tests' fixtures) read and build through them, so a field exists in
one place. `from_json` accepts exactly the fields of the class: a file from another version of
compile-prefs, or another kind of file, is refused with an error that names the file, what is
wrong with it and the make target that writes it again.

REASONS: why a sample is Bad, for the whole pipeline: the compile runner's own reasons (the
runner imports nothing of ours, so it keeps its tuple) and `no_code`, a model answer with no code
to compile (from extraction).
"""

from __future__ import annotations

import dataclasses
import json
import os
import types
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from compile_prefs.evaluate_metric.compile_success.compile_runner import REASONS as RUNNER_REASONS

NO_CODE = "no_code"  # the answer holds no code: Bad without compiling
REASONS: tuple[str, ...] = tuple(RUNNER_REASONS) + (NO_CODE,)

BUILD_SUMMARY_FILE = "build_summary.json"
RUN_SUMMARY_FILE = "run_summary.json"
METRICS_FILE = "metrics.json"
RESOLVED_CONFIG_FILE = "resolved_config.yaml"
EVAL_SUMMARY_FILE = "summary.json"
VERDICTS_FILE = "verdicts.jsonl"
GENERATIONS_FILE = "generations.jsonl"
MINING_SUMMARY_FILE = "mining_summary.json"


class ArtifactError(ValueError):
    """A summary file that is not what its reader expects; the message names the file and the fix."""


def _type_ok(value, annotation) -> bool:
    """A shallow check of `value` against a field annotation (containers: the outer type only)."""
    if annotation is Any:
        return True
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        return any(_type_ok(value, arm) for arm in typing.get_args(annotation))
    if annotation is type(None):
        return value is None
    outer = origin or annotation
    if outer is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if outer is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if outer in (list, tuple):
        return isinstance(value, list)
    return isinstance(value, outer)


class Artifact:
    """What every summary class shares: JSON in and out, strict about its fields."""

    FILE: ClassVar[str]
    KIND: ClassVar[str]  # what the file is, for messages
    MAKE: ClassVar[str]  # how to write it again

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2) + "\n"

    @classmethod
    def _fault(cls, data) -> str | None:
        """What keeps `data` from being a record of this class; None when it is one."""
        if not isinstance(data, dict):
            return f"not a {cls.KIND} (expected a JSON object, got {type(data).__name__})"
        fields = {f.name: f for f in dataclasses.fields(cls)}
        hints = typing.get_type_hints(cls)
        required = [n for n, f in fields.items()
                    if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING]
        missing = [n for n in required if n not in data]
        unknown = sorted(k for k in data if k not in fields)
        if missing or unknown:
            parts = ([f"missing field(s) {missing}"] if missing else []) + ([f"unknown field(s) {unknown}"] if unknown else [])
            return f"not a {cls.KIND} of this version of compile-prefs ({'; '.join(parts)})"
        wrong = [f"{n} ({type(v).__name__})" for n, v in data.items() if not _type_ok(v, hints[n])]
        if wrong:
            return f"{cls.KIND} with field(s) of the wrong type: {', '.join(wrong)}"
        return cls(**data).problem()

    @classmethod
    def from_dict(cls, data, source: str = "<dict>"):
        fault = cls._fault(data)
        if fault:
            raise ArtifactError(f"{source}: {fault}; write it again with `{cls.MAKE}`")
        return cls(**data)

    @classmethod
    def from_json(cls, text: str, source: str = "<json>"):
        try:
            data = json.loads(text)
        except ValueError as err:
            raise ArtifactError(f"{source}: not a readable JSON file ({err})") from None
        return cls.from_dict(data, source)

    def problem(self) -> str | None:
        """What makes this record inconsistent (checked on reading and writing); None when it is sound."""
        return None

    # ---------------------------------------------------------------- files
    def save(self, path: str | os.PathLike) -> Path:
        """Write the record to `path`, after checking it as a reader would."""
        path = Path(path)
        fault = self._fault(self.to_dict())
        if fault:
            raise ArtifactError(f"refusing to write {path}: {fault}")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(self.to_json(), encoding="utf-8")
        return path

    def write(self, folder: str | os.PathLike) -> Path:
        """Write the record to folder/FILE, its place in the artifact tree."""
        return self.save(Path(folder) / self.FILE)

    @classmethod
    def load(cls, folder: str | os.PathLike):
        """The record in folder/FILE; None when the file does not exist."""
        path = Path(folder) / cls.FILE
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as err:
            raise ArtifactError(f"{path}: cannot read it ({err})") from None
        return cls.from_json(text, str(path))


# ---------------------------------------------------------------------- build-data
@dataclass
class BuildSummary(Artifact):
    """How `compile-prefs build-data` made the completion config (written beside it)."""

    FILE: ClassVar[str] = BUILD_SUMMARY_FILE
    KIND: ClassVar[str] = "build summary"
    MAKE: ClassVar[str] = "make data"

    dataset: str
    config_name: str
    created_at: str
    codenet_root: str
    layout: str  # the CodeNet tree's layout: full or C++1000
    options: dict  # seed, split_by, per-problem counts, mask_ratio, cut, languages, statuses, ...
    counts: dict[str, int]  # rows per split
    read: dict  # the reader's report: rows read, selected, filtered, skipped by reason
    selection: dict  # compile checks of the candidates: problems used, failures by reason
    compiler: dict  # the runner's describe()
    files: list[str]  # parquet files, relative to the dataset folder
    elapsed_s: float
    # The corpus the data came from, for the dataset card: name, license (a Hub license id), problems,
    # programs; None: Project CodeNet under CDLA-Permissive-2.0.
    corpus: dict | None = None
    # Set when build-data took a seeded sample of a full CodeNet release (not the paper's C++1000 set).
    problem_sample: dict | str | None = None

    def problem(self) -> str | None:
        if any(not isinstance(v, int) or v < 0 for v in self.counts.values()):
            return f"counts must be non-negative integers, got {self.counts}"
        return None


# ---------------------------------------------------------------------- training
@dataclass
class RunSummary(Artifact):
    """One SFT or DPO run (training/runs.py finish_run writes it last: it marks a finished run)."""

    FILE: ClassVar[str] = RUN_SUMMARY_FILE
    KIND: ClassVar[str] = "run summary"
    MAKE: ClassVar[str] = "make sft / make dpo / make dpo-only"

    model: str
    stage: str
    base_model: str
    init_adapter: str | None
    recipe: str | None
    prompt_format: str
    loss_type: str | list
    train_samples: int
    skipped_invalid: int
    dropped_too_long: int
    truncated_prompts: int
    runtime_s: float
    eval: dict | None
    backend: str
    quantization: str | None  # "nf4"/"fp4" when 4-bit, else None
    learning_rate: float
    optim: str
    num_train_epochs: float
    max_steps: int
    max_length: int | None
    versions: dict[str, str | None]
    train_loss_first: float | None
    train_loss_last: float | None
    train_loss_mean: float | None
    lora: dict | None  # r, alpha, dropout, target_modules of the adapter that was trained
    global_step: int
    adapter: str
    created_at: str
    # DPO only
    reference: str | None = None
    reference_model: str | None = None  # what the reference is, in words
    protocol: str | None = None  # improved or paper (training/formats.py)
    beta: float | None = None
    dpop_lambda: float | None = None
    # GRPO (training/grpo.py): the group size, the reward's settings, the sampled compile rate at the first and last log
    num_generations: int | None = None
    reward: dict | None = None
    sampled_compile_success_first: float | None = None
    sampled_compile_success_last: float | None = None


# ---------------------------------------------------------------------- evaluation
@dataclass
class EvalSummary(Artifact):
    """The compile rate of one model stage on one split (beside its verdicts.jsonl)."""

    FILE: ClassVar[str] = EVAL_SUMMARY_FILE
    KIND: ClassVar[str] = "evaluation summary"
    MAKE: ClassVar[str] = "make eval MODEL=... STAGE=..."

    model: str
    stage: str | None
    base_model: str
    adapter: str | None
    prompt_format: str | None
    split: str
    n: int
    n_good: int
    compile_success: float
    by_reason: dict[str, int]  # Bad samples by reason (keys from REASONS); they add up to n - n_good
    n_truncated: int
    finish: dict
    mean_new_tokens: float
    decoding: dict
    generation: dict
    compiler: dict  # the runner's describe()
    runner_version: int  # the compile runner's RUNNER_VERSION: verdicts of different versions do not compare
    created_at: str
    protocol: str = "improved"  # improved or paper (training/formats.py)
    hit_max_new_tokens: float = 0.0  # share of samples that stopped at the generation budget
    generation_budget: dict | None = None  # how max_new_tokens was set (training/budget.py)

    def problem(self) -> str | None:
        if self.n < 0 or not 0 <= self.n_good <= self.n:
            return f"'n' and 'n_good' must be integers with 0 <= n_good <= n (got n={self.n}, n_good={self.n_good})"
        unknown = sorted(set(self.by_reason) - set(REASONS))
        if unknown:
            return f"by_reason has reason(s) {unknown} outside {REASONS}"
        bad = sum(self.by_reason.values())
        if bad != self.n - self.n_good:
            return f"by_reason adds up to {bad}, not n - n_good = {self.n - self.n_good}"
        if self.compiler.get("runner_version", self.runner_version) != self.runner_version:
            return (f"runner_version {self.runner_version} differs from the compiler's "
                    f"{self.compiler.get('runner_version')}")
        return None


# ---------------------------------------------------------------------- mining
@dataclass
class MiningSummary(Artifact):
    """The preference set mined from one model's generations on the train split."""

    FILE: ClassVar[str] = MINING_SUMMARY_FILE
    KIND: ClassVar[str] = "mining summary"
    MAKE: ClassVar[str] = "make prefs MODEL=..."

    model: str
    generations: str  # the generations file the pairs came from
    data: str  # the dataset folder
    created_at: str
    n_generations: int
    n_bad: int
    n_candidates: int
    n_pairs: int
    skipped: dict[str, int]
    filters: dict
    by_reason: dict[str, int]
    # Levenshtein distance chosen <-> rejected: distribution() of training/preference.py (n, mean, median, ...)
    levenshtein: dict
    levenshtein_normalized: dict
    levenshtein_all: dict  # before the filters
    levenshtein_normalized_all: dict
    written: dict | None = None  # configs written and their row counts; None when no pair was found
    # Surface features that could tell chosen from rejected (training/preference.py shortcut_report)
    shortcuts: dict | None = None
    # On-policy mining from k samples per prompt (training/onpolicy.py); None for the offline miner.
    n_prompts: int | None = None
    num_samples: int | None = None  # k: samples per prompt (the most any prompt had)
    sample_compile_success: float | None = None  # Good samples / scored samples
    chosen_source: dict | None = None  # pairs whose chosen is an on_policy sample or the original; prompts with a Good sample
    pairs_per_prompt: dict | None = None  # distribution() over the prompts
    kinds: dict | None = None  # pairs of each kind: good>bad (binary); good>warnings, good>bad, warnings>bad (graded)
    tiers: dict | None = None  # samples with code in each tier: good, warnings (graded), bad

    def distance(self, stat: str) -> float | None:
        """A statistic (mean, median, ...) of the kept pairs' distances; None without pairs."""
        value = self.levenshtein.get(stat) if self.levenshtein.get("n") else None
        return float(value) if isinstance(value, (int, float)) else None


# ---------------------------------------------------------------------- iterated on-policy DPO
ROUND_SUMMARY_FILE = "round_summary.json"
ITERATE_SUMMARY_FILE = "iterate_summary.json"


@dataclass
class IterateRound(Artifact):
    """One round of the iterated loop (training/iterate.py): sample from the previous policy, mine, DPO, validate."""

    FILE: ClassVar[str] = ROUND_SUMMARY_FILE
    KIND: ClassVar[str] = "iterate round summary"
    MAKE: ClassVar[str] = "make iterate MODEL=..."

    round: int
    policy: str  # the adapter the samples came from (and DPO started from, with a frozen copy as reference)
    adapter: str  # the adapter this round trained
    n_prompts: int
    n_samples: int
    train_sample_compile_success: float  # Good samples / samples, on the train prompts
    n_pairs: int
    chosen_on_policy: int  # pairs whose chosen is one of the policy's Good samples
    chosen_original: int  # pairs whose chosen is the dataset's original completion
    pairs_per_prompt_mean: float
    kinds: dict[str, int]  # pairs of each kind (training/onpolicy.KINDS)
    by_reason: dict[str, int]  # pairs by the rejected sample's reason
    levenshtein_mean: float | None
    train_loss_first: float | None
    train_loss_last: float | None
    validation_n: int
    validation_n_good: int
    validation_compile_success: float  # greedy, on the validation split, after this round
    seconds: dict[str, float]  # generate, mine, dpo, validate, total (the time each step took when it ran)

    def problem(self) -> str | None:
        if self.round < 1 or self.chosen_on_policy + self.chosen_original != self.n_pairs:
            return (f"round must be >= 1 and chosen_on_policy + chosen_original = n_pairs (got round {self.round}, "
                    f"{self.chosen_on_policy} + {self.chosen_original} vs {self.n_pairs})")
        if not 0 <= self.validation_n_good <= self.validation_n:
            return f"validation_n_good {self.validation_n_good} outside 0..{self.validation_n}"
        return None


@dataclass
class IterateSummary(Artifact):
    """The iterated loop as a whole (runs/<model>/sft_iterate/iterate_summary.json): where it started, each round,
    and which round's policy is the stage's adapter."""

    FILE: ClassVar[str] = ITERATE_SUMMARY_FILE
    KIND: ClassVar[str] = "iterate summary"
    MAKE: ClassVar[str] = "make iterate MODEL=..."

    model: str
    stage: str
    recipe: str | None
    base_model: str
    start_adapter: str  # the SFT adapter round 1 samples from
    start_created_at: str  # its run summary's time: a retrained SFT adapter makes the rounds stale
    settings: dict  # the values that shape the rounds (k, sampling, pairs, loss, beta, ...): a change makes them stale
    validation_split: str
    start_validation: dict  # n, n_good, compile_success of the SFT policy on the validation split
    rounds: list[dict]  # IterateRound records, round 1..final_round
    final_round: int
    final_adapter: str  # the stage's adapter: a copy of the final round's
    final_source_created_at: str  # the final round's run summary time, to tell when the copy is out of date
    created_at: str

    def problem(self) -> str | None:
        for i, record in enumerate(self.rounds, 1):
            fault = IterateRound._fault(record)
            if fault:
                return f"round {i}: {fault}"
            if record["round"] != i:
                return f"rounds must be numbered 1..{len(self.rounds)}, got {record['round']} at place {i}"
        if self.final_round != len(self.rounds):
            return f"final_round {self.final_round} but {len(self.rounds)} round(s) recorded"
        return None

    def round_records(self) -> list[IterateRound]:
        return [IterateRound(**r) for r in self.rounds]
