"""The statistics of compile rates: an interval for one rate, a paired test for two systems.

    wilson(k, n)                  95% Wilson score interval of the proportion k/n
    mcnemar(a, b)                 exact McNemar test on per-prompt verdicts of two systems
    compare(a, b)                 the difference of two systems on the same prompts, with that test

Two systems scored on the same prompts are paired: their verdicts agree on most prompts, and only
the prompts where they disagree (the discordant pairs) carry evidence of a difference. The exact
McNemar test asks whether those split evenly: under "no difference" the number of prompts that
only `b` gets right is Binomial(discordant, 1/2). Comparing the two Wilson intervals instead
would throw the pairing away and miss real differences.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval of a proportion k/n; (0, 0) for n = 0."""
    if n == 0:
        return (0.0, 0.0)
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


def binomial_two_sided(k: int, n: int) -> float:
    """Exact two-sided p-value of k successes in n fair coin flips: twice the smaller tail, at most 1."""
    if n == 0:
        return 1.0
    tail = sum(math.comb(n, i) for i in range(min(k, n - k) + 1)) / 2**n
    return min(1.0, 2 * tail)


@dataclass(frozen=True)
class McNemar:
    """Discordant pairs of two systems on the same prompts and the exact test on them.

    only_a: prompts `a` gets right and `b` does not; only_b: the reverse.
    """

    only_a: int
    only_b: int
    p_value: float

    @property
    def discordant(self) -> int:
        return self.only_a + self.only_b


def mcnemar(a: Sequence[bool], b: Sequence[bool]) -> McNemar:
    """Exact (binomial) two-sided McNemar test of per-prompt verdicts a[i], b[i] (True = Good)."""
    if len(a) != len(b):
        raise ValueError(f"paired verdicts need the same prompts: {len(a)} against {len(b)}")
    only_a = sum(1 for x, y in zip(a, b) if x and not y)
    only_b = sum(1 for x, y in zip(a, b) if y and not x)
    return McNemar(only_a, only_b, binomial_two_sided(only_b, only_a + only_b))


@dataclass(frozen=True)
class Comparison:
    """`b` against `a` on the same n prompts: rates, the difference, and the paired test."""

    n: int
    rate_a: float
    rate_b: float
    abs_pp: float  # percentage points, b - a
    rel_pct: float | None  # relative change in percent; None when a's rate is 0
    only_a: int
    only_b: int
    p_value: float

    def to_dict(self) -> dict:
        return asdict(self)


def compare(a: Sequence[bool], b: Sequence[bool]) -> Comparison:
    """The change from system `a` to system `b` on the same prompts, with its exact McNemar test."""
    test = mcnemar(a, b)
    n = len(a)
    rate_a = sum(map(bool, a)) / n if n else 0.0
    rate_b = sum(map(bool, b)) / n if n else 0.0
    return Comparison(
        n=n, rate_a=rate_a, rate_b=rate_b,
        abs_pp=100 * (rate_b - rate_a),
        rel_pct=100 * (rate_b - rate_a) / rate_a if rate_a > 0 else None,
        only_a=test.only_a, only_b=test.only_b, p_value=test.p_value,
    )
