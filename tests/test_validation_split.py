"""The completion config's validation split (data for choosing hyperparameters: neither train nor test), the
default config, and the corpus the build summary and the dataset card describe."""

import json
import shutil
from pathlib import Path

import datasets
import pytest

from compile_prefs import layout
from compile_prefs.builders import build_data
from compile_prefs.builders.codenet import CodeNetReader, describe_corpus
from compile_prefs.builders.splits import SplitConfig, select_splits
from fixtures_builders import clean_tree, good_program, write_full_tree


def _ids(selected):
    return {split: [(s.problem_id, s.submission_id) for s in rows] for split, rows in selected.items()}


def test_validation_sizes_disjoint_and_train_test_unchanged(tmp_path, builders_runner):
    tree = clean_tree(tmp_path, n_problems=5)
    selected, report = select_splits(CodeNetReader(tree), builders_runner, SplitConfig(seed=3))
    assert report.counts == {"train": 25, "test": 10, "validation": 5} and report.problems_short == 0
    ids = _ids(selected)
    for pid in {p for p, _ in ids["train"]}:
        assert [sum(p == pid for p, _ in ids[s]) for s in ("train", "test", "validation")] == [5, 2, 1]
    train, test, validation = (set(ids[s]) for s in ("train", "test", "validation"))
    assert not validation & train and not validation & test and not train & test
    assert all(v.good for v in builders_runner.check_many([s.code for s in selected["validation"]]))
    # Validation is drawn after test: the paper's 5 train / 2 test are the same submissions without it.
    without, report0 = select_splits(CodeNetReader(tree), builders_runner, SplitConfig(seed=3, validation_per_problem=0))
    assert (_ids(without)["train"], _ids(without)["test"]) == (ids["train"], ids["test"])
    assert _ids(without)["validation"] == [] and report0.counts == {"train": 25, "test": 10}
    for pid in {p for p, _ in ids["train"]}:
        ranks = {s: [x.rank for x in selected[s] if x.problem_id == pid] for s in ("test", "validation")}
        assert max(ranks["test"]) < min(ranks["validation"])


def test_validation_is_deterministic_by_seed(tmp_path, builders_runner):
    tree = clean_tree(tmp_path, n_problems=4, good=10)
    first, _ = select_splits(CodeNetReader(tree), builders_runner, SplitConfig(seed=11, validation_per_problem=2))
    again, _ = select_splits(CodeNetReader(tree), builders_runner, SplitConfig(seed=11, validation_per_problem=2))
    other, _ = select_splits(CodeNetReader(tree), builders_runner, SplitConfig(seed=12, validation_per_problem=2))
    assert _ids(first)["validation"] == _ids(again)["validation"] and len(_ids(first)["validation"]) == 8
    assert _ids(first)["validation"] != _ids(other)["validation"]


def test_too_few_programs_fill_train_then_test_then_validation(tmp_path, builders_runner):
    problems = {"p00001": [(f"s1{k}", "Accepted", good_program(1, k)) for k in range(6)],   # 5 + 1, no validation
                "p00002": [(f"s2{k}", "Accepted", good_program(2, k)) for k in range(8)]}   # 5 + 2 + 1
    selected, report = select_splits(CodeNetReader(write_full_tree(tmp_path, problems)), builders_runner,
                                     SplitConfig(seed=0))
    assert report.problems_short == 1
    assert report.per_problem["p00001"] == {"role": "both", "candidates": 6, "read": 6, "compiled": 6,
                                                 "good": 6, "train": 5, "test": 1, "validation": 0}
    assert report.per_problem["p00002"]["validation"] == 1
    assert [s.problem_id for s in selected["validation"]] == ["p00002"]


def test_split_by_problem_takes_validation_from_train_problems(tmp_path, builders_runner):
    problems = {f"p{p:05d}": [(f"s{p:03d}{k:06d}", "Accepted", good_program(p, k)) for k in range(7)] for p in range(1, 6)}
    config = SplitConfig(seed=1, split_by="problem", test_problem_fraction=0.4)
    selected, _ = select_splits(CodeNetReader(write_full_tree(tmp_path, problems)), builders_runner, config)
    train_problems = {s.problem_id for s in selected["train"]}
    assert {s.problem_id for s in selected["validation"]} == train_problems
    assert not train_problems & {s.problem_id for s in selected["test"]}
    assert not {s.submission_id for s in selected["validation"]} & {s.submission_id for s in selected["train"]}


def test_config_rejects_a_negative_validation_size():
    with pytest.raises(ValueError, match="validation_per_problem"):
        SplitConfig(validation_per_problem=-1)


def _args(root, out, cache, *extra):
    return ["--codenet-root", str(root), "--out", str(out), "--workers", "2", "--compile-cache", str(cache), "--quiet", *extra]


def test_build_data_writes_validation_and_completion_is_the_default_config(tmp_path, builders_compile_cache):
    tree = clean_tree(tmp_path / "tree", n_problems=3)
    out = tmp_path / "data"
    assert build_data.main(_args(tree, out, builders_compile_cache)) == 0
    summary = json.loads((out / build_data.SUMMARY_FILE).read_text())
    assert summary["counts"] == {"train": 15, "test": 6, "validation": 3}
    assert summary["options"]["validation_per_problem"] == 1
    assert layout.parquet_path(out, "completion", "validation").is_file()
    # Another config beside it, so that load_dataset must pick one: without a name it is `completion`.
    layout.write_config(out, layout.preference_config_name("tiny"), {"train": datasets.Dataset.from_list([
        {"prompt": "int main() {", "chosen": " return 0; }", "rejected": " return 0;"}])})
    ds = datasets.load_dataset(str(out), cache_dir=str(tmp_path / "cache"))
    assert {s: ds[s].num_rows for s in ds} == summary["counts"]
    assert "code" in ds["validation"].column_names
    assert not set(ds["validation"]["submission_id"]) & (set(ds["train"]["submission_id"]) | set(ds["test"]["submission_id"]))

    none = tmp_path / "none"
    assert build_data.main(_args(tree, none, builders_compile_cache, "--validation-per-problem", "0")) == 0
    assert json.loads((none / build_data.SUMMARY_FILE).read_text())["counts"] == {"train": 15, "test": 6}
    assert not layout.parquet_path(none, "completion", "validation").exists()


def test_build_summary_and_card_describe_the_corpus(tmp_path, builders_compile_cache):
    from compile_prefs.cards.render import render_dataset_card

    codenet = clean_tree(tmp_path / "codenet", n_problems=2)
    assert describe_corpus(codenet)["name"] == "Project CodeNet"
    assert describe_corpus(codenet)["license"] == "CDLA-Permissive-2.0"

    own = shutil.copytree(codenet, tmp_path / "own")
    (own / "README.md").write_text("# A teaching corpus\n\nLaid out like Project CodeNet.\n\nLicense: MIT.\n")
    assert (describe_corpus(own)["name"], describe_corpus(own)["license"]) == ("A teaching corpus", "MIT")
    assert describe_corpus(own / "Project_CodeNet")["name"] == "A teaching corpus"

    out = tmp_path / "data"
    assert build_data.main(_args(own, out, builders_compile_cache)) == 0
    corpus = json.loads((out / build_data.SUMMARY_FILE).read_text())["corpus"]
    assert corpus["name"] == "A teaching corpus" and corpus["license"] == "MIT"
    assert (corpus["problems"], corpus["problems_read"]) == (2, 2)
    assert corpus["programs_selected"] == 2 * (8 + 3 * 2) and corpus["programs_read"] == corpus["programs_selected"] + 3 * 2
    metadata, body = layout.read_card_front_matter(out)
    assert metadata["license"] == "mit" and "A teaching corpus" in body and "CodeNet" not in body.split("##")[0]

    card = render_dataset_card(out, "your-org")
    intro = card.split("## Configs")[0]
    assert "A teaching corpus" in intro and "Project CodeNet" not in intro and "license: mit" in card
    licence = card.split("## License")[1].split("## Citation")[0]
    assert "MIT" in licence and "CDLA" not in licence
    assert "| `completion` | validation | 2 |" in card


def test_demo_corpus_is_described_by_its_readme():
    corpus = describe_corpus(Path(__file__).resolve().parent.parent / "data" / "demo_corpus")
    assert (corpus["name"], corpus["license"]) == ("compile-prefs demo corpus", "Apache-2.0")
    assert corpus["homepage"] is None


def test_release_publishes_the_validation_split(release_artifacts, tmp_path):
    from compile_prefs.cards.release import plan_release

    root = shutil.copytree(release_artifacts, tmp_path / "artifacts")
    data = layout.data_dir(root)
    splits = {s: datasets.Dataset.from_parquet(str(layout.parquet_path(data, "completion", s))) for s in ("train", "test")}
    splits["validation"] = splits["test"].select(range(2))
    layout.write_config(data, "completion", splits)
    plans = plan_release("tiny", "your-org", root=root)
    dataset = next(p for p in plans if p.repo_type == "dataset")
    assert "completion/validation-00000-of-00001.parquet" in dataset.files
    assert "| `completion` | validation | 2 |" in dataset.files["README.md"].decode()
