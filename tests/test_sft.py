"""SFT on the tiny model: the run's files, the adapter, the loss, and the rows it trains on."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
import yaml
from fixtures_training import RECIPES, TINY_ARGS, assert_every_trainable_parameter_changed, trainable_parameters

SUMMARY_KEYS = {
    "model", "stage", "base_model", "init_adapter", "recipe", "prompt_format", "loss_type", "train_samples",
    "train_loss_first", "train_loss_last", "runtime_s", "created_at",
}


def lora_tensors(adapter_dir):
    from safetensors.torch import load_file

    return load_file(str(adapter_dir / "adapter_model.safetensors"))


def test_sft_run_writes_the_contract_files(sft_run_dir, tiny_model_dir):
    summary = json.loads((sft_run_dir / "run_summary.json").read_text())
    assert SUMMARY_KEYS <= summary.keys()
    assert (summary["model"], summary["stage"], summary["loss_type"]) == ("tiny", "sft", "sft")
    assert summary["prompt_format"] == "base" and summary["base_model"] == str(tiny_model_dir)
    assert summary["recipe"].endswith("recipes/tiny/sft.yaml")
    assert summary["train_samples"] == 8 and summary["global_step"] == 12
    assert summary["quantization"] is None and summary["backend"] == "transformers"  # CPU: plain LoRA
    metrics = json.loads((sft_run_dir / "metrics.json").read_text())
    assert [p["step"] for p in metrics["loss_curve"]] == list(range(1, 13))
    assert yaml.safe_load((sft_run_dir / "resolved_config.yaml").read_text())["model"] == "tiny"


def test_sft_lowers_the_loss_on_its_fixed_batch(sft_run_dir):
    # The 8 training rows are one batch, so every logged step is the loss on the same batch.
    summary = json.loads((sft_run_dir / "run_summary.json").read_text())
    assert summary["train_loss_last"] < summary["train_loss_first"] - 0.05, summary


def test_sft_adapter_trained_and_loads_back(sft_run_dir, tiny_model_dir):
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    tensors = lora_tensors(sft_run_dir / "adapter")
    lora_b = [t for name, t in tensors.items() if "lora_B" in name]
    assert lora_b and all(t.abs().sum() > 0 for t in lora_b), "every LoRA B starts at zero: nonzero means it trained"
    targets = {name.split(".")[-3] for name in tensors}
    assert {"q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"} <= targets  # all-linear
    model = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(tiny_model_dir), sft_run_dir / "adapter")
    assert model.peft_config["default"].r == 8


def test_sft_changes_every_trainable_parameter(tiny_model_dir, train_data_dir, tmp_path):
    from trl import SFTConfig

    from compile_prefs.training import sft
    from compile_prefs.training.configs import parse_args

    model_args, data_args, training_args, _ = parse_args(SFTConfig, [
        str(RECIPES / "tiny" / "sft.yaml"), "--model_name_or_path", str(tiny_model_dir),
        "--dataset_path", str(train_data_dir), "--run_dir", str(tmp_path), "--output_dir", str(tmp_path),
        "--max_steps", "3", "--per_device_train_batch_size", "8", "--learning_rate", "3e-3", *TINY_ARGS])
    fmt = sft.resolve_format(model_args)
    train_ds, _, _ = sft.prepare_data(data_args, training_args, fmt, sft.load_tokenizer(model_args))
    trainer, _ = sft.make_trainer(model_args, training_args, train_ds)
    start = trainable_parameters(trainer.model)
    trainer.train()
    assert_every_trainable_parameter_changed(start, trainer.model)


def test_resolved_config_reruns_the_same_arguments(sft_run_dir):
    from trl import SFTConfig

    from compile_prefs.training.configs import parse_args
    from compile_prefs.training.runs import resolved_config

    path = sft_run_dir / "resolved_config.yaml"
    model_args, data_args, training_args, recipe = parse_args(SFTConfig, ["--config", str(path)])
    assert recipe == str(path)
    assert resolved_config(model_args, data_args, training_args) == yaml.safe_load(path.read_text())
    assert (training_args.learning_rate, training_args.max_steps, model_args.lora_r) == (3e-3, 12, 8)
    assert data_args.stage == "sft" and data_args.run_dir == str(sft_run_dir)


def test_base_rows_are_the_generation_token_stream(tiny_model_dir):
    from datasets import Dataset
    from transformers import AutoTokenizer

    from compile_prefs.training.formats import get_format
    from compile_prefs.training.sft import tokenized_rows

    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    fmt = get_format("base")
    prompt, completion = "int main() {\n    int n;\n    cin >> n;\n    cout << to", "tal << endl;\n}\n"
    long_prompt = "".join(f"// line {i}\n" for i in range(300)) + prompt
    ds = Dataset.from_list([
        {"prompt": prompt, "completion": completion},
        {"prompt": long_prompt, "completion": completion},
        {"prompt": prompt, "completion": ""},  # bad row: skipped, counted, never fatal
    ])
    rows, counts = tokenized_rows(ds, fmt, tok, max_length=64)
    assert counts == {"skipped_invalid": 1, "dropped_too_long": 0, "truncated_prompts": 1}
    first, cut = rows[0], rows[1]
    prompt_ids = fmt.render_prompt(prompt, tok).input_ids
    completion_ids = tok(completion, add_special_tokens=False)["input_ids"] + [tok.eos_token_id]
    # Exactly what generation feeds (prompt encoded alone, cut mid-word), then the completion.
    assert first["input_ids"] == prompt_ids + completion_ids
    assert first["completion_mask"] == [0] * len(prompt_ids) + [1] * len(completion_ids)
    # The long prompt kept its end (the part being completed) and the completion is whole.
    assert len(cut["input_ids"]) <= 64 and cut["input_ids"][-len(completion_ids):] == completion_ids
    assert tok.decode(cut["input_ids"][: -len(completion_ids)], skip_special_tokens=True).endswith("cout << to")


def test_chat_rows_fit_max_length(tiny_model_dir):
    from datasets import Dataset
    from transformers import AutoTokenizer

    from compile_prefs.training.formats import get_format
    from compile_prefs.training.runs import format_rows

    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    fmt = get_format("chat")
    prompt = "".join(f"int v{i} = {i};\n" for i in range(200)) + "int main() { return v1"
    ds = Dataset.from_list([{"prompt": prompt, "completion": "; }\n"}])
    rows, counts = format_rows(ds, fmt, tok, 800, ("completion",))  # the fixed part is ~500 tokens here
    row = rows[0]
    assert row["prompt"][-1]["role"] == "user" and row["completion"][0]["role"] == "assistant"
    assert counts["truncated_prompts"] == 1 and "return v1" in row["prompt"][-1]["content"]
    text = tok.apply_chat_template(row["prompt"] + row["completion"], tokenize=False)
    assert len(tok(text, add_special_tokens=False)["input_ids"]) <= 800


def test_missing_config_is_a_clear_error(tmp_path, tiny_model_dir):
    from compile_prefs.training import sft

    (tmp_path / "data").mkdir()
    argv = [str(RECIPES / "tiny" / "sft.yaml"), "--model_name_or_path", str(tiny_model_dir),
            "--dataset_path", str(tmp_path / "data"), "--run_dir", str(tmp_path / "run"), *TINY_ARGS]
    with pytest.raises(FileNotFoundError, match="no config 'completion'"):
        sft.main(argv)


@pytest.mark.slow
def test_accelerate_launch_tiny_recipe(tmp_path, tiny_model_dir, train_data_dir, repo_root):
    """The command the Makefile runs: accelerate launch, one CPU process, the tiny recipe given positionally."""
    run_dir = tmp_path / "run"
    cmd = [
        sys.executable, "-m", "accelerate.commands.launch",
        "--config_file", str(repo_root / "training" / "accelerate_configs" / "cpu.yaml"),
        str(repo_root / "training" / "sft.py"), str(RECIPES / "tiny" / "sft.yaml"),
        "--model_name_or_path", str(tiny_model_dir), "--dataset_path", str(train_data_dir),
        "--run_dir", str(run_dir), "--max_steps", "2", "--disable_tqdm", "true",
    ]
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    proc = subprocess.run(cmd, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    summary = json.loads((run_dir / "run_summary.json").read_text())
    assert summary["global_step"] == 2 and summary["optim"] == "adamw_bnb_8bit"  # the recipe's optimizer, on CPU
    assert (run_dir / "adapter" / "adapter_model.safetensors").is_file()


def test_chat_format_trains(tiny_model_dir, train_data_dir, tmp_path):
    """The Mistral path (conversational rows through the chat template), on the tiny model's template."""
    from compile_prefs.training import sft

    argv = [str(RECIPES / "tiny" / "sft.yaml"), "--model_name_or_path", str(tiny_model_dir),
            "--dataset_path", str(train_data_dir), "--run_dir", str(tmp_path / "chat"), *TINY_ARGS,
            "--prompt_format", "chat", "--max_length", "1024", "--max_steps", "2", "--per_device_train_batch_size", "2"]
    assert sft.main(argv) == 0
    summary = json.loads((tmp_path / "chat" / "run_summary.json").read_text())
    assert summary["prompt_format"] == "chat" and summary["global_step"] == 2
    assert all(x is not None for x in (summary["train_loss_first"], summary["train_loss_last"]))
