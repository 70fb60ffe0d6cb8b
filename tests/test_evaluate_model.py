"""`compile-prefs evaluate`: verdicts.jsonl and summary.json in the format the report and cards read."""

import json

from compile_prefs.cli import main

SUMMARY_KEYS = {"model", "stage", "base_model", "adapter", "prompt_format", "split", "n", "n_good",
                "compile_success", "by_reason", "decoding", "compiler", "created_at"}
VERDICT_KEYS = {"id", "problem_id", "prompt", "completion", "program", "verdict", "reason", "diagnostic", "truncated"}


def test_evaluate_tiny_model(tmp_path, tiny_model_dir, tiny_data_dir, capsys):
    out = tmp_path / "eval"
    args = ["evaluate", "--model", str(tiny_model_dir), "--model-name", "tiny", "--stage", "base",
            "--data", str(tiny_data_dir), "--out", str(out), "--max-new-tokens", "40", "--no-progress"]
    assert main(args) == 0
    summary = json.loads((out / "summary.json").read_text())
    assert SUMMARY_KEYS <= set(summary)
    assert (summary["model"], summary["stage"], summary["split"], summary["prompt_format"]) == ("tiny", "base", "test", "base")
    assert summary["adapter"] is None and summary["base_model"] == str(tiny_model_dir)
    verdicts = [json.loads(line) for line in (out / "verdicts.jsonl").read_text().splitlines()]
    assert len(verdicts) == summary["n"] == 8
    assert all(VERDICT_KEYS <= set(v) for v in verdicts)
    n_good = sum(v["verdict"] == "Good" for v in verdicts)
    assert summary["n_good"] == n_good and summary["compile_success"] == n_good / 8
    assert sum(summary["by_reason"].values()) == 8 - n_good
    assert summary["compiler"]["std"] == "c++17" and summary["decoding"]["strategy"] == "greedy"
    assert f"{n_good}/8 compile" in capsys.readouterr().out
    # a finished evaluation is reused, not redone
    assert main(args) == 0
    assert "skipping" in capsys.readouterr().out


def test_baseline_rows(tmp_path, tiny_data_dir, monkeypatch):
    monkeypatch.setenv("ARTIFACTS", str(tmp_path / "artifacts"))
    for kind in ("braces", "prefix"):
        assert main(["evaluate", "--model", f"baseline:{kind}", "--data", str(tiny_data_dir), "--no-progress"]) == 0
        from compile_prefs import layout

        summary = json.loads((layout.eval_dir(kind, "base") / "summary.json").read_text())
        assert summary["model"] == kind and summary["n"] == 8
        if kind == "prefix":
            # the prefix alone never compiles: the masked tail always holds main's closing brace
            assert summary["n_good"] == 0 and summary["by_reason"]
