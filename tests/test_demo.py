"""`make demo`, reduced (fewer problems and steps): every stage makes its artifact and they load back."""

import json
import os
import subprocess
import time

import pytest

REDUCED = {
    "MODEL": "tiny",
    "DATA_ARGS": "--max-problems 6 --quiet",
    "TINY_ARGS": "--steps 30 --seconds 60",
    "SFT_ARGS": "--max_steps 4 --logging_steps 1",
    "DPO_ARGS": "--max_steps 2 --logging_steps 1",
    "GEN_ARGS": "--max-new-tokens 48 --batch-size 16",
    "GRPO_ARGS": "--max_steps 2 --logging_steps 1 --num_generations 2 --per_device_train_batch_size 4 "
                 "--max_completion_length 24",
}


def _make(repo_root, artifacts, stamp, *targets):
    args = ["make", "--no-print-directory", *targets, f"ARTIFACTS={artifacts}", f"STAMP={stamp}",
            *(f"{k}={v}" for k, v in REDUCED.items())]
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONUNBUFFERED": "1"}
    return subprocess.run(args, cwd=repo_root, capture_output=True, text=True, env=env, timeout=1200)


@pytest.mark.slow
def test_reduced_demo_runs_every_stage_and_artifacts_load_back(repo_root, demo_corpus, tmp_path):
    artifacts = tmp_path / "artifacts"
    stamp = tmp_path / "installed.stamp"  # the environment is the one running these tests
    stamp.touch()
    first = _make(repo_root, artifacts, stamp, "demo")
    assert first.returncode == 0, first.stdout[-4000:] + first.stderr[-4000:]

    data = artifacts / "data"
    for path in [
        data / "completion" / "train-00000-of-00001.parquet",
        data / "completion" / "test-00000-of-00001.parquet",
        data / "preference-tiny" / "train-00000-of-00001.parquet",
        data / "build_summary.json",
        artifacts / "models" / "tiny-base" / "config.json",
        artifacts / "runs" / "tiny" / "prefs" / "mining_summary.json",
        *[artifacts / "runs" / "tiny" / s / "adapter" / "adapter_config.json" for s in ("sft", "dpo", "sft_dpo", "sft_grpo")],
        *[artifacts / "runs" / "tiny" / "eval" / s / "summary.json"
          for s in ("base", "sft", "dpo", "sft_dpo", "sft_grpo")],
        artifacts / "report" / "results.md",
        artifacts / "report" / "results.json",
        artifacts / "report" / "compile_success.png",
        artifacts / "release" / "release_plan.json",
    ]:
        assert path.is_file(), f"missing {path}"
    # The closing output is the results table, baseline row included, and where things are.
    assert "prefix + closing braces" in first.stdout and "+SFT+DPO" in first.stdout
    assert "where everything is" in first.stdout
    # Steps are named as they run, the selected stage is declared and judged, and both times are printed.
    assert "== [1/13] build-data" in first.stdout and "grpo-from-sft (lane 1)" in first.stdout
    # The second lane ran beside the first: its steps say where their output went, and it is there.
    assert "== [6/13] score-baselines (lane 2): started, output in" in first.stdout
    assert "compile-prefs evaluate" in (artifacts / "logs" / "eval-dpo.log").read_text()
    assert (artifacts / "baselines" / "braces" / "summary.json").is_file()
    assert "the selected stage" in first.stdout and "+SFT+GRPO" in first.stdout
    assert "== time: pipeline" in first.stdout and "install (apart)" in first.stdout

    summaries = {s: json.loads((artifacts / "runs/tiny/eval" / s / "summary.json").read_text())
                 for s in ("base", "sft", "dpo", "sft_dpo", "sft_grpo")}
    for stage, summary in summaries.items():
        assert summary["stage"] == stage and summary["n"] == 12 and 0 <= summary["n_good"] <= 12
    report = json.loads((artifacts / "report" / "results.json").read_text())
    systems = {row["system"] for row in report["models"]["tiny"]["rows"]}
    assert {"base", "sft", "dpo", "sft_dpo", "sft_grpo", "closed_braces", "prefix_only"} <= systems
    assert report["models"]["tiny"]["selected"]["stage"] == "sft_grpo"

    # Load the dry-run release back with the stock loaders.
    from datasets import load_dataset
    from huggingface_hub import ModelCard
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    release = artifacts / "release"
    dataset_repo = next((release / "datasets").glob("*/codenet-cpp-compile-prefs"))
    completion = load_dataset(str(dataset_repo), "completion")
    assert len(completion["test"]) == 12
    assert all(r["prompt"] + r["completion"] == r["code"] for r in completion["train"])
    pairs = load_dataset(str(dataset_repo), "preference-tiny", split="train")
    assert {"prompt", "chosen", "rejected"} <= set(pairs.column_names)
    model_repo = next((release / "models").glob("*/compile-prefs-tiny-sft_dpo"))
    card = ModelCard.load(model_repo / "README.md")
    # The tiny base model is a local folder, so its card names no Hub base_model; the results are there.
    assert card.data.eval_results and card.data.eval_results[0].metric_type == "compile_success"
    base = AutoModelForCausalLM.from_pretrained(artifacts / "models" / "tiny-base")
    assert PeftModel.from_pretrained(base, model_repo) is not None

    # A re-run reuses every finished step: no training or evaluation runs again.
    marks = {p: p.stat().st_mtime_ns for p in artifacts.glob("runs/tiny/**/run_summary.json")}
    marks.update({p: p.stat().st_mtime_ns for p in artifacts.glob("runs/tiny/eval/*/summary.json")})
    marks.update({p: p.stat().st_mtime_ns for p in artifacts.glob("baselines/*/summary.json")})
    time.sleep(0.01)
    second = _make(repo_root, artifacts, stamp, "demo")
    assert second.returncode == 0, second.stdout[-3000:] + second.stderr[-3000:]
    assert "accelerate launch" not in second.stdout and "compile-prefs evaluate" not in second.stdout
    assert "done already" in second.stdout
    assert all(p.stat().st_mtime_ns == t for p, t in marks.items())
