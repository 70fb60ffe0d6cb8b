"""compile_prefs.artifacts: typed summaries that refuse files of another shape or version, and the one list of reasons."""

import json

import datasets
import pytest

from compile_prefs import layout
from compile_prefs.artifacts import NO_CODE, REASONS, ArtifactError, EvalSummary, MiningSummary
from compile_prefs.evaluate_metric.compile_success import compile_runner


def _eval_summary(**changes) -> EvalSummary:
    return EvalSummary(**{
        "model": "tiny", "stage": "sft", "base_model": "tiny-base", "adapter": "runs/tiny/sft/adapter", "prompt_format": "base",
        "split": "test", "n": 4, "n_good": 1, "compile_success": 0.25, "by_reason": {"error": 2, NO_CODE: 1}, "n_truncated": 0,
        "finish": {"eos": 4}, "mean_new_tokens": 10.0, "decoding": {"strategy": "greedy"}, "generation": {"batch_size": 4},
        "compiler": {"runner_version": compile_runner.RUNNER_VERSION}, "runner_version": compile_runner.RUNNER_VERSION,
        "created_at": "2025-01-01T00:00:00+00:00", **changes,
    })


def test_the_pipelines_reasons_are_the_runners_and_no_code():
    from compile_prefs.training import extract

    assert REASONS == tuple(compile_runner.REASONS) + ("no_code",)
    assert extract.NO_CODE is NO_CODE


def test_a_summary_round_trips_and_keeps_its_field_names(tmp_path):
    summary = _eval_summary()
    path = summary.write(tmp_path)
    assert path == tmp_path / "summary.json"
    data = json.loads(path.read_text())
    assert {"n", "n_good", "compile_success", "by_reason", "compiler", "runner_version"} <= set(data)
    assert EvalSummary.load(tmp_path) == summary
    assert EvalSummary.load(tmp_path / "absent") is None


@pytest.mark.parametrize("change, message", [
    (lambda d: d.pop("runner_version"), r"missing field\(s\) \['runner_version'\]"),   # an older file
    (lambda d: d.update(surprise=1), r"unknown field\(s\) \['surprise'\]"),            # another version's
    (lambda d: d.update(n="4"), r"wrong type: n \(str\)"),
    (lambda d: d.update(n_good=5), "0 <= n_good <= n"),
    (lambda d: d.update(by_reason={"error": 2}), "adds up to 2, not n - n_good = 3"),
    (lambda d: d.update(by_reason={"error": 2, "gremlins": 1}), r"reason\(s\) \['gremlins'\]"),
])
def test_a_foreign_or_old_file_is_a_clear_error(tmp_path, change, message):
    data = _eval_summary().to_dict()
    change(data)
    (tmp_path / "summary.json").write_text(json.dumps(data))
    with pytest.raises(ArtifactError, match=message) as err:
        EvalSummary.load(tmp_path)
    assert str(tmp_path / "summary.json") in str(err.value) and "make eval" in str(err.value)


def test_not_json_and_not_an_object(tmp_path):
    (tmp_path / "mining_summary.json").write_text("[1, 2")
    with pytest.raises(ArtifactError, match="not a readable JSON file"):
        MiningSummary.load(tmp_path)
    (tmp_path / "mining_summary.json").write_text("[1, 2]")
    with pytest.raises(ArtifactError, match="not a mining summary.*make prefs"):
        MiningSummary.load(tmp_path)


def test_an_inconsistent_summary_is_never_written(tmp_path):
    with pytest.raises(ArtifactError, match="refusing to write"):
        _eval_summary(n_good=2).write(tmp_path)  # by_reason says 3 Bad of 4
    assert not (tmp_path / "summary.json").exists()


def test_load_split_names_what_is_missing(tmp_path):
    folder = tmp_path / "data"
    layout.write_config(folder, "completion", {"train": datasets.Dataset.from_dict({"prompt": ["a", "b", "c"]})})
    assert layout.load_split(folder, "completion", "train", limit=2)["prompt"] == ["a", "b"]
    with pytest.raises(FileNotFoundError, match="no config 'preference-tiny'.*completion"):
        layout.load_split(folder, "preference-tiny", "train")
    with pytest.raises(ValueError, match="no split 'validation' \\(it has: train\\)"):
        layout.load_split(folder, "completion", "validation")
    with pytest.raises(ValueError, match=r"lacks column\(s\) \['completion'\]"):
        layout.load_split(folder, "completion", "train", columns=("prompt", "completion"))
    with pytest.raises(FileNotFoundError, match="dataset folder not found"):
        layout.load_split(tmp_path / "nope", "completion", "train")
