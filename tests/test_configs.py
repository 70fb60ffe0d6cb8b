"""The configs build on TRL's, and every subcommand's options are its config dataclass's fields.

Where `trl.ModelConfig` means something else than the pipeline, ours wins: `load_in_4bit: auto` quantizes only
with CUDA, `lora_alpha` defaults to r (not 32), PEFT is on for every recipe. Generation loads a model the way its
recipe says (it used to hard-code NF4 double quantization).
"""

from __future__ import annotations

import dataclasses

import pytest
import torch
import trl

from compile_prefs import cli
from compile_prefs.training import modeling, recipe_files
from compile_prefs.training.configs import ModelArguments, model_args_from_recipe

RECIPES = recipe_files.RECIPES_DIR


def test_model_arguments_are_trl_model_config_with_our_defaults():
    args = ModelArguments(model_name_or_path="some/model")
    assert isinstance(args, trl.ModelConfig)
    assert (args.lora_r, args.lora_alpha, args.use_peft, args.load_in_4bit) == (64, 64, True, "auto")
    assert args.use_bnb_nested_quant and args.lora_target_modules == ["all-linear"]
    assert ModelArguments(model_name_or_path="m", lora_r=8).lora_alpha == 8
    with pytest.raises(ValueError, match="use_peft false"):
        ModelArguments(model_name_or_path="m", use_peft=False)
    with pytest.raises(ValueError, match="load_in_8bit"):
        ModelArguments(model_name_or_path="m", load_in_8bit=True)


def test_a_recipe_without_lora_alpha_gets_alpha_equal_to_r(tmp_path):
    recipe = tmp_path / "sft.yaml"
    recipe.write_text("model: tiny\nmodel_name_or_path: some/model\nlora_r: 8\nlearning_rate: 1.0e-3\n")
    model_args = model_args_from_recipe(recipe)
    assert model_args.lora_alpha == 8
    peft_config = modeling.lora_config(model_args)  # TRL's get_peft_config, fed our resolved values
    assert (peft_config.r, peft_config.lora_alpha, peft_config.target_modules) == (8, 8, "all-linear")
    assert trl.get_peft_config(trl.ModelConfig(use_peft=True, lora_r=8)).lora_alpha == 32  # TRL's own default


def test_load_in_4bit_auto_quantizes_only_with_cuda(monkeypatch):
    args = model_args_from_recipe(RECIPES / "gemma" / "sft.yaml")
    assert args.load_in_4bit == "auto"
    monkeypatch.setattr(modeling, "has_cuda", lambda: False)
    assert modeling.quantization_config(args) is None
    monkeypatch.setattr(modeling, "has_cuda", lambda: True)
    monkeypatch.setattr(torch.cuda, "is_bf16_supported", lambda *a, **k: True)
    q = modeling.quantization_config(args)
    assert q.load_in_4bit and q.bnb_4bit_quant_type == "nf4" and q.bnb_4bit_use_double_quant
    assert q.bnb_4bit_compute_dtype == torch.bfloat16


def test_trl_lora_options_reach_the_adapter():
    args = ModelArguments(model_name_or_path="m", lora_r=4, use_rslora=True, lora_target_modules=["q_proj", "v_proj"],
                          lora_modules_to_save=["lm_head"])
    config = modeling.lora_config(args)
    assert config.use_rslora and config.target_modules == {"q_proj", "v_proj"} and config.modules_to_save == ["lm_head"]


def test_generation_loads_the_model_as_its_recipe_says(tmp_path, monkeypatch):
    from compile_prefs.training.generate import GenerateConfig, inference_model_args, inference_recipe

    cfg = GenerateConfig(model="gemma", data="-", stage="sft_dpo")
    assert inference_recipe(cfg) == str(RECIPES / "gemma" / "dpo.yaml")
    assert inference_recipe(GenerateConfig(model="/some/folder", data="-", model_name="mistral")).endswith(
        "mistral/sft.yaml")  # a family label names the recipe of a model given by path
    assert inference_recipe(GenerateConfig(model="/some/folder", data="-")) is None

    recipe = tmp_path / "sft-fp4.yaml"
    recipe.write_text("model: gemma\nmodel_name_or_path: google/gemma-7b\nbnb_4bit_quant_type: fp4\n"
                      "use_bnb_nested_quant: false\nlearning_rate: 2.0e-4\n")
    model_args = inference_model_args(GenerateConfig(model="gemma", data="-", recipe=str(recipe)), "/local/gemma")
    assert model_args.model_name_or_path == "/local/gemma"
    monkeypatch.setattr(modeling, "has_cuda", lambda: True)
    monkeypatch.setattr(torch.cuda, "is_bf16_supported", lambda *a, **k: True)
    q = modeling.quantization_config(model_args)
    assert q.bnb_4bit_quant_type == "fp4" and not q.bnb_4bit_use_double_quant  # the recipe's, not NF4 + double
    off = inference_model_args(GenerateConfig(model="gemma", data="-", recipe=str(recipe), load_in_4bit="false"), "x")
    assert modeling.quantization_config(off) is None  # --load-in-4bit wins over the recipe


def _capture_run(monkeypatch, module):
    seen = []
    monkeypatch.setattr(module, "run", lambda *configs: seen.extend(configs) or 0)
    return seen


def test_generate_options_reach_generate_config(monkeypatch):
    from compile_prefs.training import generate

    seen = _capture_run(monkeypatch, generate)
    assert cli.main(["generate", "--model", "tiny", "--data", "d", "--decoding", "contrastive", "--top-k", "5",
                     "--penalty-alpha", "0.3", "--format", "chat", "--workers", "3", "--no-progress", "--no-score"]) == 0
    (cfg,) = seen
    assert isinstance(cfg, generate.GenerateConfig)
    assert (cfg.top_k, cfg.penalty_alpha, cfg.decoding, cfg.prompt_format) == (5, 0.3, "contrastive", "chat")
    assert (cfg.compile_workers, cfg.progress, cfg.score, cfg.split) == (3, False, False, "train")
    assert cfg.max_new_tokens is None  # resolved from the data when the run starts (training/budget.py)
    assert cfg.decoding_settings() == {"strategy": "contrastive", "max_new_tokens": None, "penalty_alpha": 0.3, "top_k": 5}


def test_evaluate_and_mine_prefs_options(monkeypatch):
    from compile_prefs.training import evaluate_model, preference

    seen = _capture_run(monkeypatch, evaluate_model)
    assert cli.main(["evaluate", "--model", "tiny", "--data", "d", "--top_p", "0.5", "--force"]) == 0
    assert (seen[0].split, seen[0].top_p, seen[0].force) == ("test", 0.5, True)
    with pytest.raises(SystemExit):  # an evaluation always compiles
        cli.main(["evaluate", "--model", "tiny", "--data", "d", "--no-score"])

    seen = _capture_run(monkeypatch, preference)
    assert cli.main(["mine-prefs", "--model", "tiny", "--data", "d", "--min-edit-distance", "7", "--dedupe"]) == 0
    assert (seen[0].min_edit_distance, seen[0].dedupe, seen[0].generations) == (7, True, None)


def test_build_data_and_tiny_model_options(monkeypatch):
    from compile_prefs.builders import build_data
    from compile_prefs.training import tiny_model

    seen = _capture_run(monkeypatch, build_data)
    assert cli.main(["build-data", "--codenet-root", "c", "--no-dedup", "--language", "C++", "C", "--max-problems", "3"]) == 0
    assert (seen[0].dedup, seen[0].language, seen[0].max_problems, str(seen[0].codenet_root)) == (False, ["C++", "C"], 3, "c")
    with pytest.raises(SystemExit):
        cli.main(["build-data", "--out", "o"])  # neither --codenet-root nor --download

    seen = _capture_run(monkeypatch, tiny_model)
    assert cli.main(["tiny-model", "--corpus", "c", "--out", "o", "--seconds", "5", "--steps", "3", "--lr", "0.01"]) == 0
    source, shape = seen
    assert (source.corpus, source.out) == ("c", "o") and (shape.max_seconds, shape.steps, shape.lr) == (5.0, 3, 0.01)


@pytest.mark.parametrize("name", [n for n in cli.SUBCOMMANDS if hasattr(cli.subcommand_module(n), "ARGUMENTS")])
def test_every_option_is_a_config_field(name):
    """The parser is derived from the dataclasses: one option per field, no option without a field."""
    from transformers import HfArgumentParser

    module = cli.subcommand_module(name)
    parser = HfArgumentParser(module.ARGUMENTS)
    dests = {action.dest for action in parser._actions if action.dest != "help"}
    fields = {f.name for cls in module.ARGUMENTS for f in dataclasses.fields(cls) if f.init}
    assert dests == fields


def test_compile_prefs_dpo_parses_like_the_script(monkeypatch):
    from compile_prefs.training import dpo
    from compile_prefs.training.configs import DPOPConfig

    seen = _capture_run(monkeypatch, dpo)
    recipe = str(RECIPES / "tiny" / "dpo.yaml")
    assert cli.main(["dpo", recipe, "--stage", "dpo", "--beta", "0.2", "--lora_r", "4"]) == 0
    model_args, data_args, training_args, path = seen
    assert isinstance(training_args, DPOPConfig) and path == recipe
    assert (data_args.stage, training_args.beta, model_args.lora_r) == ("dpo", 0.2, 4)
