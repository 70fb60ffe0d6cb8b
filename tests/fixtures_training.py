"""Fixtures for the SFT/DPO tests: a dataset folder with `completion` and `preference-tiny` configs, and
one small SFT adapter trained on it (registered in conftest.py as a plugin).

Preference pairs are made the way mining makes them (chosen = the removed completion, rejected = a
completion that fails to compile), here by deleting the completion's first semicolon.
"""

from __future__ import annotations

from pathlib import Path

import pytest

RECIPES = Path(__file__).resolve().parent.parent / "training" / "recipes"

TINY_ARGS = [
    "--bf16", "false", "--use_cpu", "true", "--report_to", "none", "--save_strategy", "no",
    "--gradient_checkpointing", "false", "--dataloader_pin_memory", "false", "--disable_tqdm", "true",
    "--lora_r", "8", "--lora_alpha", "8", "--lora_dropout", "0.0",
    "--max_length", "256", "--logging_steps", "1", "--seed", "0",
]


def trainable_parameters(model) -> dict:
    """A copy of every trainable parameter, to compare after training."""
    return {n: p.detach().clone() for n, p in model.named_parameters() if p.requires_grad}


def assert_every_trainable_parameter_changed(before: dict, model) -> None:
    """TRL's standard for a training test: every trainable parameter moved, not just one of them."""
    import torch

    after = dict(model.named_parameters())
    assert before, "no trainable parameters"
    unchanged = [n for n, p in before.items() if torch.equal(p, after[n].detach())]
    assert not unchanged, f"{len(unchanged)} of {len(before)} trainable parameters did not change: {unchanged[:5]}"


def broken(completion: str) -> str:
    """A rejected completion: the same text with its first ';' removed (or its last brace)."""
    if ";" in completion:
        return completion.replace(";", "", 1)
    return completion.rstrip().rstrip("}") + "\n"


def preference_rows(completion_rows) -> list[dict]:
    return [
        {"prompt": r["prompt"], "chosen": r["completion"], "rejected": broken(r["completion"]),
         "problem_id": r["problem_id"], "submission_id": r["submission_id"], "model": "tiny", "stage": "sft"}
        for r in completion_rows
    ]


@pytest.fixture(scope="session")
def train_data_dir(tmp_path_factory, tiny_cpp_programs):
    """completion (8 train / 4 test rows) + preference-tiny (8 train / 4 test): small enough that one batch
    of 8 is the whole training set, so per-step training losses are losses on one fixed batch."""
    from datasets import Dataset
    from fixtures_models import write_completion_dataset

    from compile_prefs import layout

    folder = tmp_path_factory.mktemp("train-data") / "data"
    write_completion_dataset(folder, tiny_cpp_programs[:12], n_test=4)
    splits = {}
    for split in ("train", "test"):
        rows = Dataset.from_parquet(str(layout.parquet_path(folder, layout.COMPLETION_CONFIG, split))).to_list()
        splits[split] = Dataset.from_list(preference_rows(rows))
    layout.write_config(folder, layout.preference_config_name("tiny"), splits)
    return folder


@pytest.fixture(scope="session")
def sft_run_dir(tmp_path_factory, tiny_model_dir, train_data_dir):
    """One SFT run (12 steps on the fixed batch) through training/sft.py's main, as the pipeline runs it."""
    from compile_prefs.training import sft

    run_dir = tmp_path_factory.mktemp("runs") / "sft"
    argv = [
        str(RECIPES / "tiny" / "sft.yaml"), "--model_name_or_path", str(tiny_model_dir),
        "--dataset_path", str(train_data_dir), "--run_dir", str(run_dir),
        "--max_steps", "12", "--per_device_train_batch_size", "8", "--learning_rate", "3e-3", *TINY_ARGS,
    ]
    assert sft.main(argv) == 0
    return run_dir
