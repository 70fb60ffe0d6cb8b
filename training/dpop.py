"""DPOP (DPO-Positive, Pal et al. 2024, "Smaug"): DPO plus a penalty for lowering the chosen response.

Plain DPO only widens the margin between chosen and rejected. When the two responses are close
(a completion and the same completion with one token wrong, as compiler-feedback pairs often are),
the cheapest way to widen it is to push BOTH down; the paper saw CodeLlama collapse this way.
DPOP adds a hinge that is zero while the policy keeps the chosen response at least as likely as the
reference does, and grows when it does not:

    logr_w = log pi(y_w|x) - log pi_ref(y_w|x)        logr_l likewise for the rejected response
    loss   = -log sigmoid(beta * ((logr_w - logr_l) - lambda * max(0, -logr_w)))

With lambda = 0 this is exactly DPO's sigmoid loss. The paper (Smaug) used lambda = 50.

This module is pure tensor math so it can be checked by hand; `DPOPTrainer` wires it into TRL's
`DPOTrainer` through the one public hook `compute_loss`, reusing TRL's reference log-probabilities.
`DPOPTrainer` also takes datasets already tokenised (prompt_ids / chosen_ids / rejected_ids, as
training/dpo.py makes them on the generation boundary) as they are; TRL would re-tokenise text rows.
"""

from __future__ import annotations

from collections import defaultdict

import torch
import torch.nn.functional as F
from trl import DPOTrainer


def dpop_loss(
    policy_chosen_logps: torch.Tensor,
    policy_rejected_logps: torch.Tensor,
    ref_chosen_logps: torch.Tensor,
    ref_rejected_logps: torch.Tensor,
    beta: float = 0.1,
    lambda_: float = 50.0,
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    """Per-pair DPOP losses from summed sequence log-probabilities (all tensors of shape [batch]).

    Returns (losses, chosen_rewards, rejected_rewards, penalty); rewards are beta * log-ratio (detached),
    penalty is max(0, -logr_w) (detached), both as TRL logs them for DPO.
    """
    if beta <= 0:
        raise ValueError(f"beta must be > 0, got {beta}")
    if lambda_ < 0:
        raise ValueError(f"lambda must be >= 0, got {lambda_}")
    chosen_logratios = policy_chosen_logps - ref_chosen_logps
    rejected_logratios = policy_rejected_logps - ref_rejected_logps
    penalty = torch.clamp(-chosen_logratios, min=0.0)
    logits = (chosen_logratios - rejected_logratios) - lambda_ * penalty
    losses = -F.logsigmoid(beta * logits)
    return losses, beta * chosen_logratios.detach(), beta * rejected_logratios.detach(), penalty.detach()


def _model_kwargs(inputs) -> dict:
    kwargs = {k: v for k, v in inputs.items() if k not in ("completion_mask", "ref_chosen_logps", "ref_rejected_logps")}
    kwargs["use_cache"] = False
    return kwargs


def completion_logps(model, inputs) -> tuple[torch.Tensor, torch.Tensor]:
    """Summed log-probs of the completion tokens, split into (chosen, rejected).

    Same forward as TRL's own policy forward (fused LM head, labels masked outside the completion),
    so policy and reference log-probs come out of one numerical path: DPOP's hinge is one-sided and
    would turn any mismatch between the two paths into a spurious penalty.
    """
    labels = inputs["input_ids"].masked_fill(inputs["completion_mask"] == 0, -100)
    per_token = model(**_model_kwargs(inputs), labels=labels, fused_lm_head=True).log_probs
    mask = inputs["completion_mask"][..., 1:]
    per_token = per_token[:, -mask.size(1) :] * mask
    return per_token.sum(dim=1).chunk(2, dim=0)  # the collator stacks [chosen; rejected]


class DPOPTrainer(DPOTrainer):
    """TRL's `DPOTrainer`, plus DPOP when `args.loss_type == ["dpop"]` (every other loss is TRL's own).

    Coupling to TRL is limited to: `compute_loss` (the transformers.Trainer hook), the public
    `compute_ref_log_probs(model, inputs)` (the reference: a separate `ref_model`, the frozen "ref" copy of
    an initial adapter, or the base model with adapters disabled), the preference collator's batch layout
    ([chosen; rejected] with a `completion_mask`), the fused LM head's `.log_probs` (TRL >= 1.15), and
    `_prepare_dataset` (private: where TRL tokenises; a pre-tokenised dataset skips it).
    tests/test_dpop.py pins each of these and checks a DPOP step against the hand formula.
    """

    _tag_names = list(getattr(DPOTrainer, "_tag_names", [])) + ["dpop"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.use_dpop = list(self.args.loss_type) == ["dpop"]
        if self.use_dpop and not hasattr(self.args, "dpop_lambda"):
            raise TypeError("loss_type dpop needs training.configs.DPOPConfig (trl.DPOConfig has no dpop_lambda)")
        self._dpop_metrics = {"train": defaultdict(list), "eval": defaultdict(list)}

    TOKENIZED_COLUMNS = ("prompt_ids", "chosen_ids", "rejected_ids")

    def _prepare_dataset(self, dataset, processing_class, args, dataset_name):
        """Pre-tokenised rows go to the collator untouched; text rows take TRL's path."""
        columns = getattr(dataset, "column_names", None) or []
        if all(c in columns for c in self.TOKENIZED_COLUMNS):
            if args.max_length is not None and args.truncation_mode == "keep_start":
                # As TRL does: a prompt that fills max_length leaves no response token to learn from.
                dataset = dataset.filter(lambda row: len(row["prompt_ids"]) < args.max_length)
            return dataset
        return super()._prepare_dataset(dataset, processing_class, args, dataset_name)

    def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
        if not self.use_dpop:
            return super().compute_loss(model, inputs, return_outputs, num_items_in_batch)
        chosen_logps, rejected_logps = completion_logps(model, inputs)
        if self.precompute_ref_logps:
            ref_chosen_logps, ref_rejected_logps = inputs["ref_chosen_logps"], inputs["ref_rejected_logps"]
        else:
            ref_chosen_logps, ref_rejected_logps = self.compute_ref_log_probs(
                self.ref_model if self.ref_model is not None else model, inputs
            )
        losses, chosen_rewards, rejected_rewards, penalty = dpop_loss(
            chosen_logps, rejected_logps, ref_chosen_logps, ref_rejected_logps,
            beta=self.beta, lambda_=self.args.dpop_lambda,
        )
        mode = "train" if self.model.training else "eval"
        gather = self.accelerator.gather_for_metrics
        metrics = self._dpop_metrics[mode]
        metrics["rewards/chosen"].append(gather(chosen_rewards).mean().item())
        metrics["rewards/rejected"].append(gather(rejected_rewards).mean().item())
        metrics["rewards/accuracies"].append(gather((chosen_rewards > rejected_rewards).float()).mean().item())
        metrics["rewards/margins"].append(gather(chosen_rewards - rejected_rewards).mean().item())
        metrics["logps/chosen"].append(gather(chosen_logps.detach()).mean().item())
        metrics["logps/rejected"].append(gather(rejected_logps.detach()).mean().item())
        metrics["dpop/penalty"].append(gather(penalty).mean().item())
        loss = losses.mean()
        if return_outputs:  # evaluation with prediction_loss_only=False wants logits, as TRL's path gives
            with torch.no_grad():
                outputs = model(**_model_kwargs(inputs))
            return loss, outputs
        return loss

    def log(self, logs, start_time=None):
        mode = "train" if self.model.training else "eval"
        prefix = "eval_" if mode == "eval" else ""
        for key, values in self._dpop_metrics[mode].items():
            if values:
                logs[prefix + key] = sum(values) / len(values)
        self._dpop_metrics[mode].clear()
        super().log(logs, start_time)
