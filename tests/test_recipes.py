"""Every recipe and accelerate config parses into the real config classes, so none rots unnoticed."""

from __future__ import annotations

from pathlib import Path

import pytest

from compile_prefs.training import recipe_files

ROOT = Path(__file__).resolve().parent.parent
RECIPES = ROOT / "training" / "recipes"
ACCELERATE_CONFIGS = ROOT / "training" / "accelerate_configs"
MODELS = recipe_files.model_families()
PAPER_MODELS = {
    "gemma": ("google/gemma-7b", "base"),
    "mistral": ("mistralai/Mistral-7B-Instruct-v0.2", "chat"),
    "codellama": ("codellama/CodeLlama-7b-hf", "base"),
}


def parse_recipe(model: str, stage: str, monkeypatch, variant: str | None = None):
    from compile_prefs.training.configs import TRAINER_CONFIGS, parse_args

    if model != "tiny":
        # The 7B recipes train in bf16 on a GPU; let transformers validate them as it would there.
        monkeypatch.setattr("transformers.training_args.is_torch_bf16_gpu_available", lambda: True)
    return parse_args(TRAINER_CONFIGS[stage], [str(recipe_files.recipe_path(model, stage, variant))])


def test_the_recipe_tree_is_complete():
    from compile_prefs.training.configs import TRAINER_CONFIGS

    assert set(MODELS) >= {"gemma", "mistral", "codellama", "tiny"}
    assert set(TRAINER_CONFIGS) == set(recipe_files.STAGES)
    for model in MODELS:
        assert {p.name for p in (RECIPES / model).iterdir()} >= {"sft.yaml", "dpo.yaml", "README.md"}, model
    assert {p.stem for p in ACCELERATE_CONFIGS.glob("*.yaml")} == {
        "cpu", "single_gpu", "multi_gpu", "fsdp", "deepspeed_zero3"}


@pytest.mark.parametrize("stage", ["sft", "dpo"])
@pytest.mark.parametrize("model", MODELS)
def test_recipe_parses_into_the_real_configs(model, stage, monkeypatch):
    from compile_prefs.training.configs import DPOPConfig, DataArguments, ModelArguments
    from compile_prefs.training.formats import format_for_model

    model_args, data_args, training_args, recipe = parse_recipe(model, stage, monkeypatch)
    assert isinstance(model_args, ModelArguments) and isinstance(data_args, DataArguments)
    assert recipe.endswith(f"{model}/{stage}.yaml")
    assert data_args.model == model
    # The recipe names its prompt format, and the one registry agrees.
    assert model_args.prompt_format == format_for_model(model).name
    # YAML numbers like 2e-4 are strings to YAML 1.1: make sure they arrive as floats.
    assert isinstance(training_args.learning_rate, float) and isinstance(training_args.weight_decay, float)
    assert training_args.weight_decay == 0.01
    assert model_args.lora_target_modules == ["all-linear"] and model_args.lora_alpha == model_args.lora_r
    assert getattr(training_args.optim, "value", training_args.optim) == "adamw_bnb_8bit"
    if stage == "dpo":
        assert isinstance(training_args, DPOPConfig)
        assert training_args.beta == 0.1 and training_args.loss_type == ["sigmoid"]


@pytest.mark.parametrize("recipe", recipe_files.all_recipes(), ids=lambda r: f"{r.model}/{r.path.name}")
def test_every_recipe_file_parses_into_its_stage_configs(recipe, monkeypatch):
    """Variants included: each file's name gives its model and stage, and its keys are config fields."""
    from compile_prefs.training.configs import TRAINER_CONFIGS
    from compile_prefs.training.formats import get_format

    model_args, data_args, training_args, path = parse_recipe(recipe.model, recipe.stage, monkeypatch, recipe.variant)
    assert type(training_args) is TRAINER_CONFIGS[recipe.stage] and path == str(recipe.path)
    assert data_args.model == recipe.model  # a recipe trains the family whose folder it is in
    assert model_args.model_name_or_path and get_format(model_args.prompt_format)
    assert model_args.lora_alpha is not None and model_args.use_peft


def test_the_naming_rule(tmp_path, monkeypatch):
    tree = tmp_path / "recipes"
    for name in ("alpha/sft.yaml", "alpha/sft-r4.yaml", "alpha/dpo.yaml", "beta/sft.yaml"):
        (tree / name).parent.mkdir(parents=True, exist_ok=True)
        (tree / name).write_text("model_name_or_path: x\n")
    (tree / "empty").mkdir()
    monkeypatch.setattr(recipe_files, "RECIPES_DIR", tree)
    assert recipe_files.model_families() == ("alpha", "beta")  # folders with recipes, nothing hard-coded
    assert recipe_files.recipe_path("alpha", "sft", "r4") == tree / "alpha" / "sft-r4.yaml"
    assert recipe_files.recipe_path("alpha", "sft") == tree / "alpha" / "sft.yaml"
    assert recipe_files.parse_name(tree / "alpha" / "sft-r4.yaml") == recipe_files.RecipeName("alpha", "sft", "r4")
    with pytest.raises(FileNotFoundError, match="sft-r8.yaml"):
        recipe_files.recipe_path("alpha", "sft", "r8")
    with pytest.raises(FileNotFoundError, match="model families: alpha, beta"):
        recipe_files.recipe_path("gamma", "sft")
    with pytest.raises(ValueError, match="unknown recipe stage"):
        recipe_files.recipe_path("alpha", "ppo")
    with pytest.raises(ValueError, match="naming"):
        recipe_files.parse_name(tree / "alpha" / "SFT_big.yaml")
    assert [recipe_files.recipe_stage(s) for s in ("base", "sft", "dpo", "sft_dpo", "sft_grpo", "sft_iterate")] == [
        "sft", "sft", "dpo", "dpo", "grpo", "iterate"]


def test_a_recipe_is_parsed_once_until_it_changes(tmp_path, monkeypatch):
    recipe = tmp_path / "sft.yaml"
    recipe.write_text("lora_r: 4\n")
    calls = []
    real = recipe_files.yaml.safe_load
    monkeypatch.setattr(recipe_files.yaml, "safe_load", lambda text: calls.append(1) or real(text))
    first = recipe_files.load_recipe(recipe)
    first["lora_r"] = 99  # a copy: callers cannot change what others read
    assert recipe_files.load_recipe(recipe) == {"lora_r": 4} and len(calls) == 1
    recipe.write_text("lora_r: 8\nlora_dropout: 0.1\n")
    assert recipe_files.load_recipe(recipe) == {"lora_r": 8, "lora_dropout": 0.1} and len(calls) == 2


def test_make_selects_the_recipe_by_stage_and_variant(tmp_path, repo_root):
    import subprocess

    def dry_run(*args):
        return subprocess.run(["make", "-n", *args, "MODEL=gemma", f"ARTIFACTS={tmp_path}"], cwd=repo_root,
                              capture_output=True, text=True)

    out = dry_run("sft")
    assert out.returncode == 0 and "training/sft.py --config training/recipes/gemma/sft.yaml" in out.stdout
    out = dry_run("train", "STAGE=sft_dpo")
    assert out.returncode == 0 and "training/dpo.py --config training/recipes/gemma/dpo.yaml --stage sft_dpo" in out.stdout
    out = dry_run("sft", "VARIANT=nosuchvariant")
    assert out.returncode != 0 and "training/recipes/gemma/sft-nosuchvariant.yaml" in out.stderr


@pytest.mark.parametrize("model", PAPER_MODELS)
def test_paper_values(model, monkeypatch):
    base, prompt_format = PAPER_MODELS[model]
    model_args, _, sft, _ = parse_recipe(model, "sft", monkeypatch)
    assert (model_args.model_name_or_path, model_args.prompt_format) == (base, prompt_format)
    assert model_args.load_in_4bit == "auto" and model_args.bnb_4bit_quant_type == "nf4"  # QLoRA on a GPU
    assert (model_args.lora_r, model_args.lora_alpha) == (64, 64)
    assert sft.learning_rate == 2e-4 and sft.bf16
    # "linear decay to ~2e-7": a power-1 polynomial schedule ending at lr_end
    assert getattr(sft.lr_scheduler_type, "value", sft.lr_scheduler_type) == "polynomial"
    assert sft.lr_scheduler_kwargs == {"lr_end": 2e-7, "power": 1.0}

    model_args, _, dpo, _ = parse_recipe(model, "dpo", monkeypatch)
    assert dpo.learning_rate == 5e-6 and getattr(dpo.lr_scheduler_type, "value", dpo.lr_scheduler_type) == "linear"
    assert model_args.lora_r == (4 if model == "gemma" else 64)  # Gemma DPO: r=4 to fit 24 GB


def test_tiny_recipes_run_on_cpu_as_written():
    from trl import SFTConfig

    from compile_prefs.training.configs import DPOPConfig, parse_args

    for stage, cls in (("sft", SFTConfig), ("dpo", DPOPConfig)):
        model_args, _, args, _ = parse_args(cls, [str(RECIPES / "tiny" / f"{stage}.yaml")])  # no GPU pretence
        assert not args.bf16 and not args.gradient_checkpointing and args.max_steps <= 100
        assert model_args.model_name_or_path == "artifacts/models/tiny-base"


def test_command_line_overrides_the_recipe(monkeypatch):
    from trl import SFTConfig

    from compile_prefs.training.configs import parse_args

    recipe = str(RECIPES / "tiny" / "sft.yaml")
    for argv in (["--config", recipe], [recipe]):  # TRL's flag, or the recipe first
        model_args, data_args, args, got = parse_args(SFTConfig, [*argv, "--max_steps", "7", "--lora_r", "4"])
        assert (args.max_steps, model_args.lora_r, got) == (7, 4, recipe)


def test_bad_values_fail_at_parse_time(tmp_path):
    from trl import SFTConfig

    from compile_prefs.training.configs import parse_args

    recipe = str(RECIPES / "tiny" / "sft.yaml")
    with pytest.raises(ValueError, match="unknown prompt format"):
        parse_args(SFTConfig, [recipe, "--prompt_format", "nope"])
    with pytest.raises(ValueError, match="lora_dropout"):
        parse_args(SFTConfig, [recipe, "--lora_dropout", "1.5"])
    bad = tmp_path / "bad.yaml"
    bad.write_text("model: tiny\nmodel_name_or_path: x\nbf16: false\nlearning_rte: 0.1\n")
    with pytest.raises(ValueError, match="learning_rte"):
        parse_args(SFTConfig, ["--config", str(bad)])
    with pytest.raises(FileNotFoundError):
        parse_args(SFTConfig, [str(tmp_path / "missing.yaml")])


@pytest.mark.parametrize("name", ["cpu", "single_gpu", "multi_gpu", "fsdp", "deepspeed_zero3"])
def test_accelerate_config_loads(name):
    from accelerate.commands.config.config_args import ClusterConfig, load_config_from_file
    from accelerate.utils import DistributedType

    config = load_config_from_file(str(ACCELERATE_CONFIGS / f"{name}.yaml"))  # unknown keys raise
    assert isinstance(config, ClusterConfig)
    expected = {"cpu": DistributedType.NO, "single_gpu": DistributedType.NO, "multi_gpu": DistributedType.MULTI_GPU,
                "fsdp": DistributedType.FSDP, "deepspeed_zero3": DistributedType.DEEPSPEED}[name]
    assert config.distributed_type == expected
    if name == "cpu":
        assert config.use_cpu and config.num_processes == 1 and config.mixed_precision == "no"
    else:
        assert not config.use_cpu and config.mixed_precision == "bf16"
    if name == "fsdp":
        assert config.fsdp_config["fsdp_version"] == 2
    if name == "deepspeed_zero3":
        assert config.deepspeed_config["zero_stage"] == 3


@pytest.mark.parametrize("model", MODELS)
def test_each_readme_gives_the_commands(model):
    text = (RECIPES / model / "README.md").read_text()
    for needle in (f"training/recipes/{model}/sft.yaml", f"training/recipes/{model}/dpo.yaml",
                   "accelerate launch", f"make sft MODEL={model}", f"make dpo MODEL={model}"):
        assert needle in text, (model, needle)
