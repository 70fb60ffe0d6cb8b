"""Cards: rendered from local artifacts, parsed back by huggingface_hub, no network (HF_HUB_OFFLINE=1)."""

import json
import shutil

import pytest
from huggingface_hub import DatasetCard, ModelCard, SpaceCard

from compile_prefs.cards import render, report
from compile_prefs import layout


@pytest.fixture(scope="module")
def results(release_artifacts):
    # without the baseline: these tests are about the cards, test_report scores the baseline
    return report.model_results("tiny", release_artifacts, baseline=False)


def test_dataset_card(release_artifacts):
    import pyarrow.parquet as pq

    data = layout.data_dir(release_artifacts)
    text = render.render_dataset_card(data, "alice", root=release_artifacts)
    card = DatasetCard(text)
    assert card.data.license == "cdla-permissive-2.0"
    configs = card.data.to_dict()["configs"]
    assert [c["config_name"] for c in configs] == ["completion", "preference-tiny"]
    assert configs == layout.read_card_front_matter(data)[0]["configs"]  # the loadable layout is kept
    n_train = len(pq.read_table(layout.parquet_path(data, "completion", "train")))
    assert f"| `completion` | train | {n_train} |" in text and "| `completion` | test | 8 |" in text
    assert 'load_dataset("alice/codenet-cpp-compile-prefs", "preference-tiny", split="train")' in text
    assert "**same problems**" in text  # split_by: submission -> the leakage note
    assert "Seed**: 42" in text and "last 10% of each program's characters" in text
    # pairs: rejected is the first half of chosen, so each distance is len(chosen) - len(chosen) // 2
    chosen = pq.read_table(layout.parquet_path(data, "preference-tiny", "train")).column("chosen").to_pylist()
    dists = sorted(len(c) - len(c) // 2 for c in chosen)
    assert f"| `preference-tiny` | 12 | {dists[0]} |" in text and f"| {dists[-1]} |" in text
    for needle in ("CodeNet: A Large-Scale AI for Code", "Direct Preference Optimisation with Compiler Feedback",
                   "Rafailov", "CDLA-Permissive-2.0"):
        assert needle in text
    assert str(release_artifacts) not in text and "/data/Project_CodeNet" not in text
    assert "g++ (test), `-std=c++17 -Werror`" in text


def test_edit_distances_prefer_the_miners_column(tmp_path):
    from datasets import Dataset

    path = tmp_path / "p.parquet"
    Dataset.from_dict({"chosen": ["abcd", "x"], "rejected": ["", "y"], "levenshtein": [100, 300]}).to_parquet(str(path))
    stats = render.edit_distance_stats([path])
    assert stats["pairs"] == 2 and stats["dist"]["min"] == "100" and stats["dist"]["mean"] == "200"
    path.unlink()
    Dataset.from_dict({"chosen": ["abcd", "x"], "rejected": ["", "y"]}).to_parquet(str(path))
    assert render.edit_distance_stats([path])["dist"] == {"min": "1", "p25": "1.8", "median": "2.5", "p75": "3.2",
                                                              "max": "4", "mean": "2.5"}


def test_dataset_card_without_a_build_summary_and_with_a_foreign_one(release_artifacts, tmp_path):
    from compile_prefs.artifacts import ArtifactError, BuildSummary

    data = tmp_path / "data"
    shutil.copytree(layout.data_dir(release_artifacts), data)
    summary = BuildSummary.load(data)
    (data / "build_summary.json").unlink()
    text = render.render_dataset_card(data, "alice")
    assert "not recorded" in text and "last 10%" in text  # the ratio falls back to the mask_ratio column
    summary.options = {**summary.options, "split_by": "problem", "seed": 7}
    summary.codenet_root = "/home/someone/CodeNet"
    summary.write(data)
    text = render.render_dataset_card(data, "alice")
    assert "no test problem appears in training" in text and "Seed**: 7" in text
    assert "/home/someone" not in text
    # a file of another shape (or version) is named, not rendered around
    (data / "build_summary.json").write_text(json.dumps({"split": {"split_by": "problem", "seed": 7}}))
    with pytest.raises(ArtifactError, match="build_summary.json: not a build summary.*make data"):
        render.render_dataset_card(data, "alice")
    (data / "build_summary.json").write_text("[1, 2")  # not JSON
    with pytest.raises(ArtifactError, match="not a readable JSON file"):
        render.render_dataset_card(data, "alice")
    summary.write(data)
    with pytest.raises(FileNotFoundError):
        render.render_dataset_card(data, "alice", configs=["preference-gemma"])


def test_dataset_card_describes_the_corpus_it_was_built_from(release_artifacts, tmp_path):
    from compile_prefs.artifacts import BuildSummary

    data = tmp_path / "data"
    shutil.copytree(layout.data_dir(release_artifacts), data)
    summary = BuildSummary.load(data)
    summary.corpus = {"name": "the compile-prefs demo corpus", "license": "apache-2.0", "problems": 50, "programs": 400}
    summary.write(data)
    text = render.render_dataset_card(data, "alice")
    assert DatasetCard(text).data.license == "apache-2.0"
    assert "**Source**: the compile-prefs demo corpus: 50 problems, 400 programs (license: apache-2.0)" in text
    assert "CDLA-Permissive-2.0" not in text.split("## License")[1].split("## Citation")[0]


def test_model_card_round_trips_model_index(release_artifacts, results):
    text = render.render_model_card("tiny", "sft", "alice", release_artifacts, results)
    card = ModelCard(text)
    assert card.data.library_name == "peft" and card.data.pipeline_tag == "text-generation"
    assert card.data.datasets == ["alice/codenet-cpp-compile-prefs"]
    assert card.data.base_model is None  # the tiny base is a local folder, not a Hub model
    (result,) = card.data.eval_results
    assert (result.metric_type, result.metric_value, result.dataset_split) == ("compile_success", 0.5, "test")
    assert "| **+SFT** | 50.0% | 4 / 8 |" in text and "| +SFT+DPO | 62.5% | 5 / 8 |" in text
    assert "![compile success per stage](compile_success.png)" in text
    assert 'PeftModel.from_pretrained(base, "alice/compile-prefs-tiny-sft")' in text
    assert "| `lora_r` | 4 |" in text and "`training/recipes/tiny/sft.yaml`" in text
    from compile_prefs.evaluate_metric.compile_success.compile_runner import RUNNER_VERSION

    assert f"compile runner version {RUNNER_VERSION}" in text  # whose verdicts these are
    assert str(release_artifacts) not in text and "output_dir" not in text


def test_model_card_with_a_hub_base_model(release_artifacts, results, tmp_path):
    root = tmp_path / "art"
    shutil.copytree(release_artifacts / "runs", root / "runs")
    summary = root / "runs/tiny/sft_dpo/run_summary.json"
    run = json.loads(summary.read_text())
    summary.write_text(json.dumps({**run, "base_model": "google/gemma-7b"}))
    text = render.render_model_card("tiny", "sft_dpo", "alice", root, results, chart=None)
    card = ModelCard(text)
    assert card.data.base_model == "google/gemma-7b"
    assert card.data.eval_results[0].metric_value == 0.625
    assert "Trained on the tiny demo model" not in text and "compile_success.png" not in text
    assert "`alice/compile-prefs-tiny-sft`" in text  # DPO started from the SFT adapter


def test_space_card_comes_from_the_metric_folder(tmp_path):
    text = render.render_space_card(render.METRIC_DIR, "alice")
    card = SpaceCard(text)
    data = card.data.to_dict()
    assert data["sdk"] == "gradio" and data["app_file"] == "app.py"
    assert {"evaluate", "metric"} <= set(data["tags"])
    _, body = layout.read_card_front_matter(render.METRIC_DIR)
    assert body.splitlines()[1] in text  # the metric card's own text
    folder = tmp_path / "metric"
    folder.mkdir()
    (folder / "README.md").write_text('# compile_success\n\n```python\nevaluate.load("compile_success")\n```\n')
    text = render.render_space_card(folder, "alice")
    assert 'evaluate.load("alice/compile_success")' in text
    assert SpaceCard(text).data.to_dict()["title"] == "compile_success"


def test_cards_cli(release_artifacts, cards_compile_cache, tmp_path, monkeypatch, capsys):
    from compile_prefs.cli import main

    monkeypatch.setenv("COMPILE_PREFS_CACHE", str(cards_compile_cache))
    out = tmp_path / "cards"
    assert main(["cards", "--artifacts", str(release_artifacts), "--namespace", "alice", "--out", str(out)]) == 0
    names = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert names == [
        "codenet-cpp-compile-prefs/README.md",
        "compile-prefs-tiny-dpo/README.md", "compile-prefs-tiny-dpo/compile_success.png",
        "compile-prefs-tiny-sft/README.md", "compile-prefs-tiny-sft/compile_success.png",
        "compile-prefs-tiny-sft_dpo/README.md", "compile-prefs-tiny-sft_dpo/compile_success.png",
        "compile_success/README.md",
    ]
    assert "no model: prefix + closing braces" in (out / "compile-prefs-tiny-sft/README.md").read_text()
