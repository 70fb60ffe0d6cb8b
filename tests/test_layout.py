"""The one module that knows the Hub layout and the artifact tree."""

import time

import datasets
import pytest

from compile_prefs import layout


def test_repo_ids_and_names():
    assert layout.dataset_repo_id("org") == "org/codenet-cpp-compile-prefs"
    assert layout.adapter_repo_id("org", "gemma", "sft_dpo") == "org/compile-prefs-gemma-sft_dpo"
    assert layout.metric_space_id("org") == "org/compile_success"
    assert layout.preference_config_name("mistral") == "preference-mistral"
    with pytest.raises(ValueError, match="no adapter"):
        layout.adapter_repo_id("org", "gemma", "base")
    with pytest.raises(ValueError, match="invalid namespace"):
        layout.dataset_repo_id("../evil")


def test_artifact_paths_follow_artifacts_root(tmp_path, monkeypatch):
    monkeypatch.setenv("ARTIFACTS", str(tmp_path))
    assert layout.data_dir() == tmp_path / "data"
    assert layout.adapter_dir("tiny", "sft") == tmp_path / "runs" / "tiny" / "sft" / "adapter"
    assert layout.eval_dir("tiny", "base") == tmp_path / "runs" / "tiny" / "eval" / "base"
    with pytest.raises(ValueError, match="unknown evaluation stage"):
        layout.eval_dir("tiny", "final")


def test_write_config_keeps_other_configs_and_loads_like_the_hub(tmp_path):
    folder = tmp_path / "data"
    layout.write_config(folder, "completion", {"train": datasets.Dataset.from_dict({"x": [1, 2]}),
                                               "test": datasets.Dataset.from_dict({"x": [3]})})
    layout.write_config(folder, "preference-tiny", {"train": datasets.Dataset.from_dict({"y": ["a"]})})
    assert layout.list_configs(folder) == ["completion", "preference-tiny"]
    loaded = layout.load_split(folder, "completion")
    assert loaded["train"]["x"] == [1, 2] and loaded["test"]["x"] == [3]
    plain = datasets.load_dataset(str(folder), "preference-tiny", split="train")
    assert plain["y"] == ["a"]


def test_load_split_sees_rebuilt_and_same_named_folders(tmp_path):
    """datasets caches local folders by name; a rebuilt or same-named folder must not return old rows."""
    a, b = tmp_path / "a" / "data", tmp_path / "b" / "data"
    layout.write_config(a, "completion", {"train": datasets.Dataset.from_dict({"x": [1, 2, 3]})})
    layout.write_config(b, "completion", {"train": datasets.Dataset.from_dict({"x": [1, 2, 3, 4, 5]})})
    assert len(layout.load_split(a, "completion", split="train")) == 3
    assert len(layout.load_split(b, "completion", split="train")) == 5
    time.sleep(0.01)
    layout.write_config(a, "completion", {"train": datasets.Dataset.from_dict({"x": list(range(7))})})
    assert len(layout.load_split(a, "completion", split="train")) == 7
