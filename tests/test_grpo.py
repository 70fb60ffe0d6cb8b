"""GRPO with the compile reward on the tiny model, through `compile-prefs grpo` as a user runs it."""

from __future__ import annotations

import json

import pytest

from fixtures_training import RECIPES

from compile_prefs.cli import main as cli_main

GRPO_ARGS = [
    "--bf16", "false", "--use_cpu", "true", "--report_to", "none", "--save_strategy", "no",
    "--gradient_checkpointing", "false", "--dataloader_pin_memory", "false", "--disable_tqdm", "true",
    "--logging_steps", "1", "--seed", "0", "--max_steps", "2", "--num_generations", "4",
    "--per_device_train_batch_size", "4", "--max_completion_length", "24", "--learning_rate", "1e-3",
]


def test_grpo_from_sft_trains_logs_compile_metrics_and_saves_adapter(tmp_path, tiny_model_dir, train_data_dir,
                                                                      sft_run_dir):
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    run_dir = tmp_path / "sft_grpo"
    argv = ["grpo", str(RECIPES / "tiny" / "grpo.yaml"), "--model_name_or_path", str(tiny_model_dir),
            "--dataset_path", str(train_data_dir), "--run_dir", str(run_dir),
            "--init_adapter", str(sft_run_dir / "adapter"), *GRPO_ARGS, "--beta", "0.04"]
    assert cli_main(argv) == 0

    summary = json.loads((run_dir / "run_summary.json").read_text())
    assert (summary["model"], summary["stage"]) == ("tiny", "sft_grpo")
    assert summary["reference"] == "init_adapter (frozen copy)" and summary["beta"] > 0
    assert summary["reward"]["graded"] is False and summary["num_generations"] == 4
    assert summary["global_step"] == 2
    metrics = json.loads((run_dir / "metrics.json").read_text())["log_history"]
    logged = [e for e in metrics if "compile/success" in e]
    assert len(logged) == 2 and all(0.0 <= e["compile/success"] <= 1.0 for e in logged)
    assert all(e["compile/success"] + sum(v for k, v in e.items() if k.startswith("compile/reason/"))
               == pytest.approx(1.0) for e in logged)

    adapter = run_dir / "adapter"
    assert not (adapter / "ref").exists()  # the frozen reference copy is not the result
    model = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(tiny_model_dir), adapter)
    assert list(model.peft_config) == ["default"]
