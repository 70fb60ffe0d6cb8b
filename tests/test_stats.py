"""compile_prefs.stats: the Wilson interval and the exact McNemar test, against values worked out by hand."""

import pytest

from compile_prefs.stats import binomial_two_sided, compare, mcnemar, wilson


def test_wilson_interval():
    lo, hi = wilson(0, 8)
    assert lo == 0.0 and hi == pytest.approx(0.3244, abs=1e-3)
    lo, hi = wilson(4, 8)
    assert lo == pytest.approx(0.2152, abs=1e-3) and hi == pytest.approx(0.7848, abs=1e-3)
    assert wilson(0, 0) == (0.0, 0.0)


def _pairs(both: int, only_a: int, only_b: int, neither: int) -> tuple[list[bool], list[bool]]:
    a = [True] * both + [True] * only_a + [False] * only_b + [False] * neither
    b = [True] * both + [False] * only_a + [True] * only_b + [False] * neither
    return a, b


@pytest.mark.parametrize("only_a, only_b, p", [
    (0, 0, 1.0),                     # no discordant prompt: no evidence either way
    (0, 2, 0.5),                     # 2 * (1/2)^2
    (1, 6, 0.125),                   # 2 * (C(7,0) + C(7,1)) / 2^7 = 2 * 8 / 128
    (6, 1, 0.125),                   # two-sided: the direction does not matter
    (2, 8, 0.109375),                # 2 * (1 + 10 + 45) / 1024
    (0, 10, 0.001953125),            # 2 / 1024
    (5, 5, 1.0),                     # an even split; twice the tail exceeds 1 and is capped
])
def test_exact_mcnemar_by_hand(only_a, only_b, p):
    a, b = _pairs(both=7, only_a=only_a, only_b=only_b, neither=3)
    test = mcnemar(a, b)
    assert (test.only_a, test.only_b, test.discordant) == (only_a, only_b, only_a + only_b)
    assert test.p_value == pytest.approx(p, abs=1e-12)
    assert binomial_two_sided(only_b, only_a + only_b) == pytest.approx(p, abs=1e-12)


def test_concordant_prompts_do_not_change_the_test():
    """Only the prompts where the two systems disagree carry evidence."""
    assert mcnemar(*_pairs(0, 2, 8, 0)).p_value == mcnemar(*_pairs(500, 2, 8, 500)).p_value


def test_compare_reports_the_difference_beside_the_test():
    a, b = _pairs(both=2, only_a=0, only_b=3, neither=3)  # 2/8 -> 5/8
    c = compare(a, b)
    assert (c.n, c.rate_a, c.rate_b, c.only_a, c.only_b) == (8, 0.25, 0.625, 0, 3)
    assert c.abs_pp == pytest.approx(37.5) and c.rel_pct == pytest.approx(150.0) and c.p_value == pytest.approx(0.25)
    assert compare([False, False], [True, False]).rel_pct is None  # from 0: no relative change
    with pytest.raises(ValueError, match="same prompts"):
        mcnemar([True], [True, False])
