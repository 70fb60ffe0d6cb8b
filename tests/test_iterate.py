"""The iterated on-policy DPO loop: two rounds on the tiny model through `compile-prefs iterate`, loadable artifacts,
and a re-run that retrains nothing."""

from __future__ import annotations

import pytest

from fixtures_training import RECIPES

from compile_prefs import layout
from compile_prefs.artifacts import EvalSummary, IterateSummary, MiningSummary, RunSummary
from compile_prefs.cli import main as cli_main

LOOP_ARGS = [
    "--bf16", "false", "--use_cpu", "true", "--report_to", "none", "--save_strategy", "no",
    "--gradient_checkpointing", "false", "--dataloader_pin_memory", "false", "--disable_tqdm", "true",
    "--logging_steps", "1", "--seed", "0", "--max_steps", "2", "--per_device_train_batch_size", "4",
    "--gradient_accumulation_steps", "1", "--learning_rate", "1e-3", "--max_length", "256",
    "--rounds", "2", "--samples_per_prompt", "2", "--sample_max_new_tokens", "24", "--sample_batch_size", "8",
]


@pytest.fixture(scope="module")
def loop_data_dir(tmp_path_factory, train_data_dir):
    """The SFT fixture's completion rows with a validation split: its 8 train rows, its 4 test rows as validation."""
    from datasets import Dataset

    folder = tmp_path_factory.mktemp("loop-data") / "data"
    splits = {split: Dataset.from_parquet(str(layout.parquet_path(train_data_dir, layout.COMPLETION_CONFIG, source)))
              for split, source in (("train", "train"), ("validation", "test"))}
    layout.write_config(folder, layout.COMPLETION_CONFIG, splits)
    return folder


def _argv(tiny_model_dir, data, stage_dir, sft_run_dir, *extra):
    return ["iterate", str(RECIPES / "tiny" / "iterate.yaml"), "--model_name_or_path", str(tiny_model_dir),
            "--dataset_path", str(data), "--run_dir", str(stage_dir), "--init_adapter", str(sft_run_dir / "adapter"),
            *LOOP_ARGS, *extra]


def test_two_rounds_leave_loadable_artifacts_and_a_rerun_retrains_nothing(tmp_path, tiny_model_dir, loop_data_dir,
                                                                          sft_run_dir, monkeypatch, capsys):
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    stage_dir = tmp_path / "sft_iterate"
    argv = _argv(tiny_model_dir, loop_data_dir, stage_dir, sft_run_dir)
    assert cli_main(argv) == 0

    summary = IterateSummary.load(stage_dir)
    assert (summary.stage, summary.final_round, summary.validation_split) == ("sft_iterate", 2, "validation")
    assert summary.start_validation["n"] == 4 and summary.start_adapter == str(sft_run_dir / "adapter")
    rounds = summary.round_records()
    # round r samples from (and starts DPO from) round r-1's policy; round 1 from the SFT adapter
    assert rounds[0].policy == str(sft_run_dir / "adapter") and rounds[1].policy == rounds[0].adapter
    assert RunSummary.load(stage_dir / "round-2" / "dpo").init_adapter == rounds[0].adapter
    for r in rounds:
        folder = stage_dir / f"round-{r.round}"
        assert r.n_prompts == 8 and r.n_samples == 16 and 0 <= r.train_sample_compile_success <= 1
        assert r.n_pairs > 0 and r.chosen_on_policy + r.chosen_original == r.n_pairs
        assert r.validation_n == 4 and set(r.seconds) == {"generate", "mine", "dpo", "validate", "total"}
        assert r.seconds["dpo"] > 0 and r.seconds["generate"] > 0
        mined = MiningSummary.load(folder)
        assert mined.n_pairs == r.n_pairs and mined.num_samples == 2
        pairs = layout.load_split(folder / "data", "preference-tiny-onpolicy", "train")
        assert pairs.num_rows == r.n_pairs and set(pairs["stage"]) == {"sft" if r.round == 1 else "sft_iterate"}
        assert EvalSummary.load(folder / "validation").n_good == r.validation_n_good
        dpo_run = RunSummary.load(folder / "dpo")
        assert dpo_run.stage == "sft_iterate" and dpo_run.reference == "sft" and dpo_run.global_step == 2

    # the stage's adapter is the last round's, with a run summary like every trained stage
    final = RunSummary.load(stage_dir)
    assert final.stage == "sft_iterate" and final.adapter == str(stage_dir / "adapter") and final.global_step == 4
    model = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(tiny_model_dir), stage_dir / "adapter")
    assert list(model.peft_config) == ["default"]
    assert (stage_dir / "adapter" / "adapter_model.safetensors").read_bytes() == \
        (stage_dir / "round-2" / "dpo" / "adapter" / "adapter_model.safetensors").read_bytes()
    assert "round" in capsys.readouterr().out

    # a re-run trains, samples and evaluates nothing: every step finds its file
    watched = sorted(p for p in stage_dir.rglob("*") if p.is_file() and p.name != "iterate_summary.json")
    before = {p: p.stat().st_mtime_ns for p in watched}

    def refuse(*args, **kwargs):
        raise AssertionError("a re-run must not train or generate")

    monkeypatch.setattr("compile_prefs.training.dpo.train", refuse)
    monkeypatch.setattr("compile_prefs.training.generate.generate_file", refuse)
    monkeypatch.setattr("compile_prefs.training.evaluate_model.evaluate", refuse)
    assert cli_main(argv) == 0
    assert {p: p.stat().st_mtime_ns for p in watched} == before
    assert IterateSummary.load(stage_dir).rounds == summary.rounds

    # rounds made with other settings are not reused silently
    assert cli_main(argv + ["--samples_per_prompt", "3"]) == 1
    assert "samples_per_prompt: 2 -> 3" in capsys.readouterr().err
