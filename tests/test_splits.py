"""Sampling and splits with real g++: counts, determinism, no leakage between splits."""

import random
import shutil

import pytest

from compile_prefs.builders.codenet import CodeNetReader
from compile_prefs.builders.splits import SplitConfig, is_test_problem, order_key, select_splits
from fixtures_builders import bad_program, clean_tree, good_program, write_full_tree


def _ids(selected):
    return {split: [(s.problem_id, s.submission_id) for s in rows] for split, rows in selected.items()}


def test_test_problem_stride_holds_the_fraction_in_every_prefix():
    held = [i for i in range(20) if is_test_problem(i, 0.2)]
    assert held == [4, 9, 14, 19]
    for n in range(1, 200):
        assert sum(is_test_problem(i, 0.25) for i in range(n)) == n // 4
    assert not is_test_problem(0, 0.5) and is_test_problem(1, 0.5)
    assert order_key(1, "s1") == order_key(1, "s1") != order_key(2, "s1")


def test_clean_tree_counts_and_every_sample_compiles(tmp_path, builders_runner):
    reader = CodeNetReader(clean_tree(tmp_path, n_problems=6))
    selected, report = select_splits(reader, builders_runner, SplitConfig(seed=3))
    assert report.counts == {"train": 30, "test": 12, "validation": 6}
    assert report.problems_used == 6 and report.problems_short == 0
    assert sum(report.compile_failures.values()) == report.candidates_compiled - 48 > 0
    assert set(report.compile_failures) <= {"error", "warning"}
    train, test = _ids(selected)["train"], _ids(selected)["test"]
    assert not set(train) & set(test)
    for pid in {p for p, _ in train}:
        assert sum(p == pid for p, _ in train) == 5 and sum(p == pid for p, _ in test) == 2
    everything = selected["train"] + selected["test"]
    assert all(v.good for v in builders_runner.check_many([s.code for s in everything]))
    # Train takes the first compiling candidates in seeded order, test the next ones.
    for pid in {p for p, _ in train}:
        tr = [s.rank for s in selected["train"] if s.problem_id == pid]
        te = [s.rank for s in selected["test"] if s.problem_id == pid]
        assert max(tr) < min(te)


def test_selection_is_deterministic_and_independent_of_row_order(tmp_path, builders_runner):
    tree = clean_tree(tmp_path / "a", n_problems=4)
    first, _ = select_splits(CodeNetReader(tree), builders_runner, SplitConfig(seed=7))
    again, _ = select_splits(CodeNetReader(tree), builders_runner, SplitConfig(seed=7))
    assert _ids(first) == _ids(again)
    # Same data, metadata rows shuffled and problem_list reversed: same selection.
    shuffled = shutil.copytree(tree, tmp_path / "b")
    meta = shuffled / "Project_CodeNet" / "metadata"
    rng = random.Random(0)
    for csv_file in meta.glob("p*.csv"):
        header, *rows = csv_file.read_text().splitlines()
        rng.shuffle(rows)
        csv_file.write_text("\n".join([header, *rows]) + "\n")
    header, *rows = (meta / "problem_list.csv").read_text().splitlines()
    (meta / "problem_list.csv").write_text("\n".join([header, *reversed(rows)]) + "\n")
    moved, _ = select_splits(CodeNetReader(shuffled), builders_runner, SplitConfig(seed=7))
    assert _ids(moved) == _ids(first)
    other_seed, _ = select_splits(CodeNetReader(tree), builders_runner, SplitConfig(seed=8))
    assert _ids(other_seed) != _ids(first)


def test_split_by_problem_keeps_test_problems_out_of_train(tmp_path, builders_runner):
    problems = {f"p{p:05d}": [(f"s{p:03d}{k:06d}", "Accepted", good_program(p, k)) for k in range(6)] for p in range(1, 11)}
    tree = write_full_tree(tmp_path, problems, clusters=[["p00001", "p00002", "p00003"]])
    config = SplitConfig(seed=1, split_by="problem", test_problem_fraction=0.25)
    selected, report = select_splits(CodeNetReader(tree), builders_runner, config)
    train_problems = {s.problem_id for s in selected["train"]}
    test_problems = {s.problem_id for s in selected["test"]}
    assert train_problems and test_problems and not train_problems & test_problems
    assert train_problems | test_problems == set(problems)
    assert report.test_problems == len(test_problems)
    # Identical problems (one CodeNet cluster) share a role.
    cluster_roles = {("test" if p in test_problems else "train") for p in ("p00001", "p00002", "p00003")}
    assert len(cluster_roles) == 1
    for pid in train_problems:
        assert sum(s.problem_id == pid for s in selected["train"]) == 5
    for pid in test_problems:
        assert sum(s.problem_id == pid for s in selected["test"]) == 2
    again, _ = select_splits(CodeNetReader(tree), builders_runner, config)
    assert _ids(again) == _ids(selected)


def test_short_problems_duplicates_and_max_problems(tmp_path, builders_runner):
    dup = good_program(1, 0)
    problems = {
        "p00001": [("s1", "Accepted", dup), ("s2", "Accepted", dup), ("s3", "Accepted", good_program(1, 3)),
                   ("s4", "Accepted", bad_program(1, 4)), ("s5", "Accepted", good_program(1, 5))],
        "p00002": [("s6", "Wrong Answer", good_program(2, 1))],  # no candidate at all
        "p00003": [(f"s3{k}", "Accepted", good_program(3, k)) for k in range(8)],
    }
    tree = write_full_tree(tmp_path, problems)
    selected, report = select_splits(CodeNetReader(tree), builders_runner, SplitConfig(seed=0))
    p1 = [s for s in selected["train"] + selected["test"] if s.problem_id == "p00001"]
    assert len(p1) == 3 and {s.split for s in p1} == {"train"}
    assert report.skipped == {"duplicate_code": 1}
    assert report.problems_short == 1 and report.problems_without_candidates == 1
    assert report.per_problem["p00001"] == {"role": "both", "candidates": 5, "read": 5, "compiled": 4, "good": 3,
                                           "train": 3, "test": 0, "validation": 0}
    one, report_one = select_splits(CodeNetReader(tree), builders_runner, SplitConfig(seed=0, max_problems=1))
    assert report_one.problems_used == 1 and len({s.problem_id for s in one["train"]}) == 1


@pytest.mark.parametrize("kwargs", [{"split_by": "user"}, {"train_per_problem": -1},
                                    {"train_per_problem": 0, "test_per_problem": 0},
                                    {"test_problem_fraction": 1.0}, {"max_problems": 0}])
def test_config_validation(kwargs):
    with pytest.raises(ValueError):
        SplitConfig(**kwargs)


def test_real_sample_selection(codenet_sample, builders_runner):
    reader = CodeNetReader(codenet_sample)
    selected, report = select_splits(reader, builders_runner, SplitConfig(seed=42))
    for pid in ("p00002", "p02256", "p04030"):  # 100+ Accepted each: always enough that compile
        assert sum(s.problem_id == pid for s in selected["train"]) == 5
        assert sum(s.problem_id == pid for s in selected["test"]) == 2
    train = {s.submission_id for s in selected["train"]}
    assert not train & {s.submission_id for s in selected["test"]}
    # The 14 single-submission problems can give at most one (train) sample.
    assert report.counts["test"] == 6 and 15 <= report.counts["train"] <= 29
    assert all(v.good for v in builders_runner.check_many([s.code for s in selected["train"] + selected["test"]]))
    again, _ = select_splits(CodeNetReader(codenet_sample), builders_runner, SplitConfig(seed=42))
    assert _ids(again) == _ids(selected)
