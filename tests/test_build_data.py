"""`compile-prefs build-data`: the Hub-layout folder, its summary, and the load_dataset round trip."""

import json

import datasets

from compile_prefs.builders import build_data
from compile_prefs.builders.builder import build_preference_dataset
from compile_prefs import cli, layout
from fixtures_builders import clean_tree, messy_tree


def _args(root, out, cache, *extra):
    return ["--codenet-root", str(root), "--out", str(out), "--workers", "2", "--compile-cache", str(cache), "--quiet", *extra]


def test_real_sample_round_trip_through_load_dataset(codenet_sample, tmp_path, builders_compile_cache, capsys):
    out = tmp_path / "data"
    assert cli.main(["build-data", *_args(codenet_sample, out, builders_compile_cache)]) == 0
    printed = capsys.readouterr().out
    assert "train=" in printed and "compiled" in printed and "build_summary.json" in printed
    summary = json.loads((out / build_data.SUMMARY_FILE).read_text())
    assert summary["counts"]["test"] == 6 and summary["layout"] == "full"
    assert summary["read"]["rows_read"] == 614 and summary["read"]["skipped"] == {}
    assert summary["compiler"]["flags"][0] == "-std=c++17"
    assert summary["options"]["split_by"] == "submission" and summary["options"]["seed"] == 42
    assert layout.list_configs(out) == ["completion"]
    assert layout.parquet_path(out, "completion", "train").is_file()

    ds = datasets.load_dataset(str(out), "completion")
    assert {s: ds[s].num_rows for s in ds} == summary["counts"]
    assert not set(ds["train"]["submission_id"]) & set(ds["test"]["submission_id"])
    for split in ds.values():
        assert all(r["prompt"] + r["completion"] == r["code"] for r in split)
    assert set(ds["test"]["problem_id"]) == {"p00002", "p02256", "p04030"}
    metadata, body = layout.read_card_front_matter(out)
    assert metadata["license"] == "cdla-permissive-2.0" and "prompt + completion == code" in body

    # Same options, same bytes of data: the build is reproducible.
    again = tmp_path / "again"
    assert build_data.main(_args(codenet_sample, again, builders_compile_cache)) == 0
    reloaded = datasets.load_dataset(str(again), "completion")
    assert reloaded["train"]["submission_id"] == ds["train"]["submission_id"]
    assert reloaded["test"]["code"] == ds["test"]["code"]


def test_rerun_keeps_other_configs_and_card_body(tmp_path, builders_compile_cache):
    tree = clean_tree(tmp_path / "tree", n_problems=5)
    out = tmp_path / "data"
    assert build_data.main(_args(tree, out, builders_compile_cache)) == 0
    pairs = build_preference_dataset([{"prompt": "int main() {", "chosen": " return 0; }", "rejected": " return 0;",
                                       "problem_id": "p00001", "submission_id": "s1", "model": "tiny", "stage": "sft"}])
    layout.write_config(out, layout.preference_config_name("tiny"), {"train": pairs})
    metadata, _ = layout.read_card_front_matter(out)
    layout.write_card(out, metadata, "# A rendered card\n\nkept across builds\n")

    assert build_data.main(_args(tree, out, builders_compile_cache, "--split-by", "problem", "--seed", "3")) == 0
    assert layout.list_configs(out) == ["completion", "preference-tiny"]
    assert "kept across builds" in layout.read_card_front_matter(out)[1]
    ds = datasets.load_dataset(str(out), "completion")
    assert not set(ds["train"]["problem_id"]) & set(ds["test"]["problem_id"])
    assert set(ds["train"]["split_by"]) == {"problem"} and set(ds["train"]["seed"]) == {3}
    prefs = datasets.load_dataset(str(out), "preference-tiny", split="train")
    assert prefs[0]["chosen"] == " return 0; }"


def test_bad_input_is_counted_in_the_summary(tmp_path, builders_compile_cache, capsys):
    out = tmp_path / "data"
    assert build_data.main(_args(messy_tree(tmp_path / "tree"), out, builders_compile_cache,
                                 "--train-per-problem", "3", "--test-per-problem", "1")) == 0
    summary = json.loads((out / build_data.SUMMARY_FILE).read_text())
    skipped = summary["read"]["skipped"]
    for reason in ("missing_file", "empty_file", "undecodable_file", "wrong_column_count", "malformed_row",
                   "missing_metadata", "duplicate_submission"):
        assert skipped[reason] >= 1, reason
    assert summary["read"]["notes"]["crlf_normalised"] == 1
    assert summary["counts"] == {"train": 5, "test": 1}
    assert "missing_file" in capsys.readouterr().out


def test_missing_root_is_a_clear_error(tmp_path, capsys):
    assert build_data.main(["--codenet-root", str(tmp_path / "nowhere"), "--out", str(tmp_path / "o"), "--quiet"]) == 2
    assert "no CodeNet tree" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()
