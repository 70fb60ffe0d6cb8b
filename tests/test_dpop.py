"""DPOP: the loss by hand, and its hook into TRL's DPOTrainer (which must fail loudly if TRL moves)."""

from __future__ import annotations

import inspect
import math

import pytest
import torch
import torch.nn.functional as F
from fixtures_training import assert_every_trainable_parameter_changed, preference_rows, trainable_parameters

from compile_prefs.training.dpop import DPOPTrainer, dpop_loss


def t(*values):
    return torch.tensor(values, dtype=torch.float64)


def test_dpop_values_by_hand():
    # pair 1: chosen up by 2 nats, rejected down by 1 -> no penalty, z = 3
    # pair 2: chosen down by 1 nat, rejected down by 1 -> penalty 1, z = 0 - 50 * 1 = -50
    losses, chosen_r, rejected_r, penalty = dpop_loss(
        policy_chosen_logps=t(-10.0, -13.0), policy_rejected_logps=t(-15.0, -15.0),
        ref_chosen_logps=t(-12.0, -12.0), ref_rejected_logps=t(-14.0, -14.0), beta=0.1, lambda_=50.0,
    )
    assert losses[0].item() == pytest.approx(math.log(1 + math.exp(-0.3)))  # 0.554355
    assert losses[1].item() == pytest.approx(math.log(1 + math.exp(5.0)))  # 5.006715
    assert penalty.tolist() == [0.0, 1.0]
    assert chosen_r.tolist() == pytest.approx([0.2, -0.1]) and rejected_r.tolist() == pytest.approx([-0.1, -0.1])


def test_dpop_with_lambda_zero_is_the_dpo_sigmoid_loss():
    pc, pr, rc, rr = t(-3.0, -8.0, -1.5), t(-4.0, -2.0, -9.0), t(-2.0, -7.0, -1.0), t(-4.5, -3.0, -8.0)
    losses, *_ = dpop_loss(pc, pr, rc, rr, beta=0.25, lambda_=0.0)
    expected = -F.logsigmoid(0.25 * ((pc - rc) - (pr - rr)))
    assert torch.allclose(losses, expected)
    assert losses[0].item() == pytest.approx(math.log(1 + math.exp(0.25 * 1.5)))  # z = -1 - 0.5


def test_dpop_gradient_pushes_the_chosen_response_up():
    # Below the reference, the chosen log-prob gets (1 + lambda) times DPO's push: d loss / d pc.
    pc = torch.tensor([-13.0], dtype=torch.float64, requires_grad=True)
    loss, *_ = dpop_loss(pc, t(-15.0), t(-12.0), t(-14.0), beta=0.1, lambda_=50.0)
    loss.sum().backward()
    assert pc.grad.item() == pytest.approx(-0.1 * 51 * torch.sigmoid(torch.tensor(5.0)).item())  # -5.06587


def test_dpop_rejects_bad_parameters():
    with pytest.raises(ValueError, match="beta"):
        dpop_loss(t(0.0), t(0.0), t(0.0), t(0.0), beta=0.0)
    with pytest.raises(ValueError, match="lambda"):
        dpop_loss(t(0.0), t(0.0), t(0.0), t(0.0), lambda_=-1.0)


def test_dpop_config_validation():
    from compile_prefs.training.configs import DPOPConfig

    cpu = {"output_dir": "unused", "bf16": False, "use_cpu": True, "report_to": "none"}
    assert DPOPConfig(loss_type="dpop", **cpu).loss_type == ["dpop"]
    with pytest.raises(ValueError, match="cannot be combined"):
        DPOPConfig(loss_type=["dpop", "sft"], **cpu)
    with pytest.raises(ValueError, match="ld_alpha"):
        DPOPConfig(loss_type="dpop", ld_alpha=0.5, **cpu)
    with pytest.raises(ValueError, match="dpop_lambda"):
        DPOPConfig(loss_type="dpop", dpop_lambda=-1.0, **cpu)


# ---------------------------------------------------------------- the TRL hook
def test_trl_still_offers_the_hooks_dpop_uses():
    """If this fails after a TRL upgrade, training/dpop.py's integration needs revisiting (see its docstring)."""
    from trl import DPOTrainer
    from trl.trainer.dpo_trainer import DataCollatorForPreference

    assert list(inspect.signature(DPOTrainer.compute_loss).parameters) == [
        "self", "model", "inputs", "return_outputs", "num_items_in_batch"]
    assert list(inspect.signature(DPOTrainer.compute_ref_log_probs).parameters) == ["self", "model", "inputs"]
    assert DPOPTrainer.compute_loss is not DPOTrainer.compute_loss
    # The collator stacks [chosen; rejected] and marks completion tokens: completion_logps relies on it.
    batch = DataCollatorForPreference(pad_token_id=0)(
        [{"prompt_ids": [1, 2], "chosen_ids": [3], "rejected_ids": [4, 5]}])
    assert batch["input_ids"].tolist() == [[1, 2, 3, 0], [1, 2, 4, 5]]
    assert batch["completion_mask"].tolist() == [[0, 0, 1, 0], [0, 0, 1, 1]]


def _sequence_logps(model, batch):
    """Summed completion log-probs from plain logits: independent of TRL's fused head."""
    logits = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"]).logits[:, :-1].float()
    targets = batch["input_ids"][:, 1:]
    per_token = logits.log_softmax(-1).gather(-1, targets.unsqueeze(-1)).squeeze(-1)
    return (per_token * batch["completion_mask"][:, 1:]).sum(-1).chunk(2)


def _trainer(model_dir, rows, tmp_path, loss_type, dpop_lambda=50.0):
    from peft import LoraConfig
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from compile_prefs.training.configs import DPOPConfig

    args = DPOPConfig(
        output_dir=str(tmp_path), loss_type=loss_type, dpop_lambda=dpop_lambda, beta=0.1, bf16=False, use_cpu=True,
        per_device_train_batch_size=4, report_to="none", gradient_checkpointing=False, max_length=256, seed=0,
        dataloader_pin_memory=False,
    )
    torch.manual_seed(0)  # random LoRA init (init_lora_weights=False): the policy differs from the reference
    peft_config = LoraConfig(r=4, lora_alpha=32, target_modules="all-linear", init_lora_weights=False)
    from datasets import Dataset

    return DPOPTrainer(
        model=AutoModelForCausalLM.from_pretrained(model_dir), args=args, train_dataset=Dataset.from_list(rows),
        processing_class=AutoTokenizer.from_pretrained(model_dir), peft_config=peft_config,
    )


@pytest.fixture(scope="module")
def pref_rows(tiny_cpp_programs):
    return [{k: r[k] for k in ("prompt", "chosen", "rejected")} for r in preference_rows([
        {"prompt": p[: int(len(p) * 0.9)], "completion": p[int(len(p) * 0.9):], "problem_id": "p", "submission_id": "s"}
        for p in tiny_cpp_programs[:4]
    ])]


def test_dpop_trainer_loss_equals_the_hand_formula(tiny_model_dir, pref_rows, tmp_path):
    trainer = _trainer(tiny_model_dir, pref_rows, tmp_path, "dpop", dpop_lambda=50.0)
    batch = next(iter(trainer.get_train_dataloader()))
    model = trainer.model
    model.eval()  # no dropout in either computation
    loss = trainer.compute_loss(model, batch)
    with torch.no_grad():
        pc, pr = _sequence_logps(model, batch)
        with model.disable_adapter():  # a fresh adapter's reference is the base model
            rc, rr = _sequence_logps(model, batch)
    logr_w, logr_l = pc - rc, pr - rr
    assert (logr_w != 0).all(), "the random adapter must move the policy off the reference"
    assert (logr_w < 0).any(), "at least one pair must exercise the penalty"
    by_hand = -F.logsigmoid(0.1 * ((logr_w - logr_l) - 50.0 * torch.clamp(-logr_w, min=0))).mean()
    assert loss.item() == pytest.approx(by_hand.item(), rel=1e-4, abs=1e-5)
    assert loss.requires_grad


def test_dpop_with_lambda_zero_matches_trl_sigmoid_on_a_batch(tiny_model_dir, pref_rows, tmp_path):
    losses = {}
    for loss_type, lam in (("sigmoid", 50.0), ("dpop", 0.0)):
        trainer = _trainer(tiny_model_dir, pref_rows, tmp_path / loss_type, loss_type, dpop_lambda=lam)
        batch = next(iter(trainer.get_train_dataloader()))
        trainer.model.eval()
        losses[loss_type] = trainer.compute_loss(trainer.model, batch).item()
    assert losses["dpop"] == pytest.approx(losses["sigmoid"], rel=1e-5)


def test_dpop_training_changes_every_trainable_parameter(tiny_model_dir, pref_rows, tmp_path):
    trainer = _trainer(tiny_model_dir, pref_rows, tmp_path, "dpop", dpop_lambda=50.0)
    trainer.args.max_steps, trainer.args.learning_rate = 2, 5e-3
    start = trainable_parameters(trainer.model)
    trainer.train()
    assert_every_trainable_parameter_changed(start, trainer.model)
