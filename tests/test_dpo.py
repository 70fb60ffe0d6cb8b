"""DPO on the tiny model: from the SFT adapter (its frozen copy is the reference), from the base model,
and with each loss the paper and its follow-up use."""

from __future__ import annotations

import json
import math

import pytest
import torch
from fixtures_training import RECIPES, TINY_ARGS, assert_every_trainable_parameter_changed, trainable_parameters

from compile_prefs.training import dpo


def dpo_argv(model_dir, data_dir, run_dir, *extra):
    return [str(RECIPES / "tiny" / "dpo.yaml"), "--model_name_or_path", str(model_dir),
            "--dataset_path", str(data_dir), "--run_dir", str(run_dir), "--per_device_train_batch_size", "8",
            *TINY_ARGS, *extra]


def lora_tensors(adapter_dir):
    from safetensors.torch import load_file

    return load_file(str(adapter_dir / "adapter_model.safetensors"))


@pytest.fixture(scope="module")
def sft_dpo_run(tmp_path_factory, tiny_model_dir, train_data_dir, sft_run_dir):
    run_dir = tmp_path_factory.mktemp("runs") / "sft_dpo"
    argv = dpo_argv(tiny_model_dir, train_data_dir, run_dir, "--init_adapter", str(sft_run_dir / "adapter"),
                    "--max_steps", "10", "--learning_rate", "2e-3", "--lora_r", "16")
    assert dpo.main(argv) == 0
    return run_dir


def test_sft_dpo_run_files_and_summary(sft_dpo_run, sft_run_dir, tiny_model_dir):
    summary = json.loads((sft_dpo_run / "run_summary.json").read_text())
    assert (summary["model"], summary["stage"], summary["loss_type"]) == ("tiny", "sft_dpo", "sigmoid")
    assert summary["init_adapter"] == str(sft_run_dir / "adapter") and summary["beta"] == 0.1
    assert summary["train_samples"] == 8 and summary["global_step"] == 10
    assert summary["lora"]["r"] == 8  # the SFT adapter's own rank: lora_r (16 here) only shapes fresh adapters
    assert (sft_dpo_run / "metrics.json").is_file() and (sft_dpo_run / "resolved_config.yaml").is_file()
    # The policy starts equal to its reference (the SFT adapter), so the first loss is exactly log 2.
    assert summary["train_loss_first"] == pytest.approx(math.log(2), abs=1e-4)
    # One batch is the whole training set: the loss on that fixed batch went down.
    assert summary["train_loss_last"] < summary["train_loss_first"] - 0.01, summary


def test_sft_dpo_adapter_moved_from_sft_and_loads_back(sft_dpo_run, sft_run_dir, tiny_model_dir):
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    before, after = lora_tensors(sft_run_dir / "adapter"), lora_tensors(sft_dpo_run / "adapter")
    assert before.keys() == after.keys(), "only the trained adapter is saved, not TRL's frozen 'ref' copy"
    unchanged = [k for k in before if torch.equal(before[k], after[k])]
    assert not unchanged, f"DPO left {len(unchanged)} of {len(before)} adapter tensors as SFT made them: {unchanged[:5]}"
    assert not (sft_dpo_run / "adapter" / "ref").exists()
    model = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(tiny_model_dir), sft_dpo_run / "adapter")
    assert list(model.peft_config) == ["default"]


def test_reference_is_the_sft_model(tiny_model_dir, train_data_dir, sft_run_dir, tmp_path):
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    from compile_prefs.training.configs import DPOPConfig, parse_args

    model_args, data_args, training_args, _ = parse_args(DPOPConfig, dpo_argv(
        tiny_model_dir, train_data_dir, tmp_path, "--init_adapter", str(sft_run_dir / "adapter")))
    fmt = dpo.resolve_format(model_args)
    train_ds, _, _ = dpo.prepare_data(data_args, training_args, fmt, dpo.load_tokenizer(model_args))
    trainer, _ = dpo.make_trainer(model_args, training_args, train_ds)
    assert set(trainer.model.peft_config) == {"default", "ref"}  # TRL's frozen copy of the SFT adapter
    assert not any(p.requires_grad for n, p in trainer.model.named_parameters() if ".ref." in n)
    batch = next(iter(trainer.get_train_dataloader()))
    ref_chosen, _ = trainer.compute_ref_log_probs(trainer.model, batch)

    def chosen_logps(model):
        model.eval()
        with torch.no_grad():
            labels = batch["input_ids"][:, 1:]
            logits = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"]).logits[:, :-1]
            per_token = logits.float().log_softmax(-1).gather(-1, labels.unsqueeze(-1)).squeeze(-1)
            return (per_token * batch["completion_mask"][:, 1:]).sum(-1).chunk(2)[0]

    base = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    sft_model = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(tiny_model_dir), sft_run_dir / "adapter")
    assert torch.allclose(ref_chosen, chosen_logps(sft_model), atol=1e-3)
    assert not torch.allclose(ref_chosen, chosen_logps(base), atol=1e-2), "the reference is not the base model"


def test_dpo_only_starts_from_base(tiny_model_dir, train_data_dir, tmp_path):
    from compile_prefs import cli

    # `compile-prefs dpo` runs the script's own parse and train in this process.
    assert cli.main(["dpo", *dpo_argv(tiny_model_dir, train_data_dir, tmp_path / "dpo", "--stage", "dpo",
                                      "--max_steps", "3")]) == 0
    summary = json.loads((tmp_path / "dpo" / "run_summary.json").read_text())
    assert summary["stage"] == "dpo" and summary["init_adapter"] is None
    assert summary["reference"] == "base"
    assert summary["train_loss_first"] == pytest.approx(math.log(2), abs=1e-4)  # fresh adapter = base = reference
    lora_b = [t for k, t in lora_tensors(tmp_path / "dpo" / "adapter").items() if "lora_B" in k]
    assert lora_b and all(t.abs().sum() > 0 for t in lora_b), "every LoRA B starts at zero: nonzero means it trained"


@pytest.mark.parametrize("loss_type", [["sigmoid"], ["ipo"], ["sigmoid", "sft"], ["dpop"]], ids="+".join)
def test_each_loss_type_trains(loss_type, tiny_model_dir, train_data_dir, sft_run_dir, tmp_path):
    from compile_prefs.training.configs import DPOPConfig, parse_args

    model_args, data_args, training_args, _ = parse_args(DPOPConfig, dpo_argv(
        tiny_model_dir, train_data_dir, tmp_path, "--init_adapter", str(sft_run_dir / "adapter"),
        "--max_steps", "3", "--learning_rate", "5e-3", "--loss_type", *loss_type))
    fmt = dpo.resolve_format(model_args)
    train_ds, _, _ = dpo.prepare_data(data_args, training_args, fmt, dpo.load_tokenizer(model_args))
    trainer, _ = dpo.make_trainer(model_args, training_args, train_ds)
    start = trainable_parameters(trainer.model)
    trainer.train()
    losses = [e["loss"] for e in trainer.state.log_history if "loss" in e]
    assert len(losses) == 3 and all(math.isfinite(x) for x in losses)
    assert_every_trainable_parameter_changed(start, trainer.model)
    if loss_type == ["dpop"]:
        assert any("dpop/penalty" in e for e in trainer.state.log_history)


def test_stage_rules(tiny_model_dir, train_data_dir, sft_run_dir, tmp_path, monkeypatch):
    with pytest.raises(ValueError, match="takes no init_adapter"):
        dpo.main(dpo_argv(tiny_model_dir, train_data_dir, tmp_path, "--stage", "dpo",
                          "--init_adapter", str(sft_run_dir / "adapter")))
    # sft_dpo without an explicit adapter takes the pipeline's SFT adapter, and says so when it is missing.
    monkeypatch.setenv("ARTIFACTS", str(tmp_path / "artifacts"))
    with pytest.raises(FileNotFoundError, match="train that stage first"):
        dpo.main(dpo_argv(tiny_model_dir, train_data_dir, tmp_path / "run"))


def test_chat_format_pairs_train(tiny_model_dir, train_data_dir, tmp_path):
    """Plain-text pairs rendered into TRL's conversational form by the chat format (the Mistral path)."""
    argv = dpo_argv(tiny_model_dir, train_data_dir, tmp_path / "chat", "--stage", "dpo", "--prompt_format", "chat",
                    "--max_length", "1024", "--max_steps", "1", "--per_device_train_batch_size", "2")
    assert dpo.main(argv) == 0
    summary = json.loads((tmp_path / "chat" / "run_summary.json").read_text())
    assert summary["prompt_format"] == "chat" and summary["train_loss_first"] == pytest.approx(math.log(2), abs=1e-4)
