"""The compiler as a reward for online RL: a reward function with TRL's `reward_funcs` signature.

    from compile_prefs.training.reward import CompileReward, RewardConfig
    reward = CompileReward(get_format("base"))                      # binary: Good 1.0, anything else 0.0
    GRPOTrainer(model, reward_funcs=[reward], train_dataset=ds, ...)

Each completion becomes a program exactly as evaluation makes one: the prompt format extracts the
completion from the raw text and appends it to the masked program (`PromptFormat.extract`); a
completion without code is Bad (`no_code`) without compiling. Programs are scored in parallel by the
one compile runner, through its cache, so a completion sampled twice compiles once.

The masked program comes from a `prefix` column when the dataset has one, else from the prompt itself:
the prompt string in the base format, the last user turn in the chat format (`ChatFormat.prefix_of`).

Rewards:
    Good                                   `good` (1.0)
    refused by the runner (rejected_input) `hack_penalty` (0.0 by default; a negative value punishes attempts)
    only allow-listed warnings (graded)    `warning_reward`, see below
    anything else                          0.0

A middle value for "compiles with warnings" is itself a reward hack: garbage output triggers some
default-on warnings (`-Wmultichar` for 'abc', `-Woverflow`, unterminated literals) far more easily than it
compiles, and a policy trained with such a tier learns to emit it. So the graded tier is off by default
and, when on, pays only for warnings from `allowed_warnings`, options that garbage cannot trigger
(`-Wreturn-type`: control reaches the end of a non-void function). It is decided on the runner's full
diagnostic list (`Verdict.has_error`, `Verdict.warning_options`), never on the first line, and
confirmed by compiling the program with warnings allowed, so that a link error that `-Werror` stopped
before the link still counts as an error.

Per call the reward logs, through TRL's reward-function hooks, the compile rate, the share of each
reason and the share of hacking attempts (`log_metric`), and per completion the verdict and reason
(`log_extra`, the completions table).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass, field
from collections.abc import Callable, Sequence
from typing import Any

from compile_prefs.evaluate_metric.compile_success.compile_runner import (
    UNTAGGED_WARNING,
    CompileRunner,
)
from compile_prefs.artifacts import REASONS
from compile_prefs.training.extract import NO_CODE
from compile_prefs.training.formats import PromptFormat

REJECTED_INPUT = "rejected_input"


@dataclass
class RewardConfig:
    """How a compile verdict becomes a reward.

    Values:
        good, hack_penalty
    The graded tier (off by default):
        graded, warning_reward, allowed_warnings
    """

    good: float = field(default=1.0, metadata={"help": "Reward of a program that compiles cleanly (Good)."})
    hack_penalty: float = field(default=0.0, metadata={
        "help": "Reward of a program the runner refuses (rejected_input: diagnostic control, file reads). "
                "0 keeps the reward binary; a negative value punishes attempts."})
    graded: bool = field(default=False, metadata={
        "help": "Pay `warning_reward` for programs whose only diagnostics are allow-listed warnings."})
    warning_reward: float = field(default=0.5, metadata={"help": "Reward of the graded tier; between 0 and `good`."})
    allowed_warnings: tuple[str, ...] = field(default=("-Wreturn-type",), metadata={
        "help": "Warning options the graded tier pays for: only ones that garbage output cannot trigger."})

    def __post_init__(self):
        if isinstance(self.allowed_warnings, str):
            raise TypeError("allowed_warnings must be a sequence of options such as ('-Wreturn-type',)")
        self.allowed_warnings = tuple(self.allowed_warnings)
        if self.hack_penalty > 0:
            raise ValueError("hack_penalty must be <= 0: a refused program must never earn a reward")
        if self.graded and not 0 < self.warning_reward < self.good:
            raise ValueError("warning_reward must lie strictly between 0 and good")
        bad = [w for w in self.allowed_warnings if not w.startswith("-W") or w.startswith("-Werror") or w == UNTAGGED_WARNING]
        if bad:
            raise ValueError(f"allowed_warnings must be -W<option> names, got {bad}")


def warnings_only_candidate(reason: str | None, has_error: bool | None, warning_options, allowed) -> bool:
    """A Bad verdict whose whole diagnostic list is warnings, every one on the allow-list; still to be confirmed
    with warnings allowed (`compiles_with_warnings`) before it counts as warnings only."""
    return (reason == "warning" and not has_error and bool(warning_options)
            and set(warning_options) <= set(allowed))


def lenient_runner(runner: CompileRunner) -> CompileRunner:
    """The same runner (cache, workers) judging with warnings allowed."""
    lenient = dataclasses.replace(runner.config, warnings_as_errors=False)
    return CompileRunner(lenient, workers=runner.workers, cache_dir=runner.cache_dir)


def compiles_with_warnings(programs: Sequence[str], lenient: CompileRunner) -> list[bool]:
    """Whether each program compiles and links with warnings allowed and no error anywhere: what confirms a
    warnings-only verdict (an error that -Werror stopped before the link, e.g., would show here)."""
    if lenient.config.warnings_as_errors:
        raise ValueError("confirming warnings-only verdicts needs a runner that allows warnings (lenient_runner)")
    return [v.good and not v.has_error for v in lenient.check_many(list(programs))] if programs else []


@dataclass
class Scored:
    """One completion's reward and why."""

    reward: float
    verdict: str
    reason: str | None
    warning_options: tuple[str, ...] = ()
    tier: str = "bad"  # good, warnings, hack, bad


class CompileReward:
    """`reward(prompts, completions, **columns) -> list[float]`, TRL's reward-function signature."""

    __name__ = "compile_reward"  # TRL names the reward's metrics after it

    def __init__(self, fmt: PromptFormat, config: RewardConfig | None = None, runner: CompileRunner | None = None):
        self.fmt = fmt
        self.config = config or RewardConfig()
        self.runner = runner or CompileRunner()
        if not self.runner.config.warnings_as_errors:
            raise ValueError("the reward's runner must judge with warnings as errors (the paper's verdict)")
        self._lenient: CompileRunner | None = None

    # ------------------------------------------------------------ programs
    def prefix_of(self, prompt: Any, prefix: str | None) -> str:
        if isinstance(prefix, str):
            return prefix
        if isinstance(prompt, str):
            return prompt
        prefix_of = getattr(self.fmt, "prefix_of", None)
        if prefix_of is None:
            raise ValueError(f"a conversational prompt needs a `prefix` column with the {self.fmt.name} format")
        return prefix_of(prompt)

    @staticmethod
    def text_of(completion: Any) -> str:
        if isinstance(completion, str):
            return completion
        if isinstance(completion, list) and completion and isinstance(completion[-1], dict):
            return str(completion[-1].get("content") or "")
        raise TypeError(f"a completion must be a string or a list of messages, got {type(completion).__name__}")

    def programs(self, prompts: Sequence[Any], completions: Sequence[Any], prefixes: Sequence[str | None] | None = None):
        """The program each completion makes (None where it holds no code), as evaluation makes it."""
        prefixes = prefixes if prefixes is not None else [None] * len(prompts)
        out = []
        for prompt, completion, prefix in zip(prompts, completions, prefixes):
            extraction = self.fmt.extract(self.prefix_of(prompt, prefix), self.text_of(completion))
            out.append(extraction.program)
        return out

    # -------------------------------------------------------------- scoring
    def score(self, programs: Sequence[str | None]) -> list[Scored]:
        c = self.config
        verdicts = iter(self.runner.check_many([p for p in programs if p is not None]))
        scored = []
        for program in programs:
            if program is None:
                scored.append(Scored(0.0, "Bad", NO_CODE))
                continue
            v = next(verdicts)
            if v.good:
                scored.append(Scored(c.good, v.verdict, None, v.warning_options, "good"))
            elif v.reason == REJECTED_INPUT:
                scored.append(Scored(c.hack_penalty, v.verdict, v.reason, (), "hack"))
            else:
                scored.append(Scored(0.0, v.verdict, v.reason, v.warning_options))
        if c.graded:
            self._grade(programs, scored)
        return scored

    def _grade(self, programs: Sequence[str | None], scored: list[Scored]) -> None:
        """Promote programs whose whole diagnostic list is allow-listed warnings, once the same program is
        confirmed Good with warnings allowed (no error hidden behind -Werror, e.g. at link time)."""
        candidates = [i for i, s in enumerate(scored)
                      if s.tier == "bad" and warnings_only_candidate(s.reason, False, s.warning_options,
                                                                     self.config.allowed_warnings)]
        if not candidates:
            return
        if self._lenient is None:
            self._lenient = lenient_runner(self.runner)
        confirmed = compiles_with_warnings([programs[i] for i in candidates], self._lenient)
        for i, ok in zip(candidates, confirmed):
            if ok:
                scored[i].reward, scored[i].tier = self.config.warning_reward, "warnings"

    # ----------------------------------------------------------------- TRL
    def __call__(self, prompts: Sequence[Any], completions: Sequence[Any], completion_ids=None, *,
                 prefix: Sequence[str] | None = None, log_metric: Callable[[str, float], None] | None = None,
                 log_extra: Callable[[str, list], None] | None = None, **columns) -> list[float]:
        scored = self.score(self.programs(prompts, completions, prefix))
        if log_metric is not None:
            for name, value in self.metrics(scored).items():
                log_metric(name, value)
        if log_extra is not None:
            log_extra("compile_verdict", [s.verdict for s in scored])
            log_extra("compile_reason", [s.reason or "" for s in scored])
        return [s.reward for s in scored]

    @staticmethod
    def metrics(scored: Sequence[Scored]) -> dict[str, float]:
        """Compile rate, share of each reason and of each tier, for TRL's metric log."""
        n = max(1, len(scored))
        out = {"compile/success": sum(s.tier == "good" for s in scored) / n,
               "compile/hacking": sum(s.tier == "hack" for s in scored) / n,
               "compile/warnings_tier": sum(s.tier == "warnings" for s in scored) / n}
        # Every reason on every call, zeros included: TRL averages a metric over the calls that logged it.
        counts = Counter(s.reason for s in scored if s.reason)
        for reason in REASONS:
            out[f"compile/reason/{reason}"] = counts[reason] / n
        return out
