"""A recipe variant (training/recipes/<model>/<stage>-<variant>.yaml) trains and evaluates into its own run,
<stage>-<variant>, beside the stage's default one, never over it; the Makefile's VARIANT= selects the same."""

import shutil
import subprocess

import pytest

from compile_prefs import layout
from compile_prefs.training import recipe_files
from compile_prefs.training.configs import TRAINER_CONFIGS, parse_args
from compile_prefs.training.runs import resolve_run_dir, sft_adapter_of
from fixtures_training import RECIPES, TINY_ARGS


def test_layout_names_a_variants_run_beside_the_default(tmp_path):
    assert layout.run_name("sft") == "sft" and layout.run_name("sft", "r4") == "sft-r4"
    assert layout.run_dir("gemma", "sft", tmp_path, variant="r4") == tmp_path / "runs/gemma/sft-r4"
    assert layout.adapter_dir("gemma", "sft_dpo", tmp_path, "r4") == tmp_path / "runs/gemma/sft_dpo-r4/adapter"
    assert layout.eval_dir("gemma", "base", tmp_path, variant="r4") == tmp_path / "runs/gemma/eval/base-r4"
    assert layout.eval_dir("gemma", "sft", tmp_path) == tmp_path / "runs/gemma/eval/sft"
    with pytest.raises(ValueError, match="bad variant"):
        layout.run_dir("gemma", "sft", tmp_path, variant="../sft")


def test_the_variant_comes_from_the_recipes_file_name(tmp_path, monkeypatch):
    assert recipe_files.recipe_variant(RECIPES / "gemma" / "sft-r4.yaml") == "r4"
    assert recipe_files.recipe_variant(RECIPES / "gemma" / "sft.yaml") is None
    assert recipe_files.recipe_variant(tmp_path / "resolved_config.yaml") is None
    monkeypatch.setenv("ARTIFACTS", str(tmp_path))
    on_cpu = ["--bf16", "false", "--use_cpu", "true"]
    _, data_args, training_args, _ = parse_args(TRAINER_CONFIGS["sft"], [str(RECIPES / "gemma" / "sft-r4.yaml"), *on_cpu])
    assert data_args.variant == "r4"
    assert resolve_run_dir(data_args, "sft", training_args) == tmp_path / "runs/gemma/sft-r4"
    # a DPO variant starts from the same variant's SFT run where one was trained, else from the default SFT run
    assert sft_adapter_of(data_args) == str(tmp_path / "runs/gemma/sft/adapter")
    (tmp_path / "runs/gemma/sft-r4/adapter").mkdir(parents=True)
    (tmp_path / "runs/gemma/sft-r4/adapter/adapter_config.json").write_text("{}")
    assert sft_adapter_of(data_args) == str(tmp_path / "runs/gemma/sft-r4/adapter")
    _, named, training_args, _ = parse_args(TRAINER_CONFIGS["sft"], [str(RECIPES / "gemma" / "sft.yaml"), "--variant", "wide",
                                                         *on_cpu])
    assert resolve_run_dir(named, "sft", training_args) == tmp_path / "runs/gemma/sft-wide"


@pytest.mark.slow
def test_a_variant_trains_and_evaluates_beside_the_default_run(tmp_path, monkeypatch, tiny_model_dir, train_data_dir,
                                                               sft_run_dir):
    """A real SFT run from a variant recipe and its evaluation: both in their own folders; the default untouched."""
    from compile_prefs.artifacts import EvalSummary, RunSummary
    from compile_prefs.cli import main

    monkeypatch.setenv("ARTIFACTS", str(tmp_path / "artifacts"))
    default = layout.run_dir("tiny", "sft")
    shutil.copytree(sft_run_dir, default)  # a finished default run that the variant must leave alone
    before = {p: p.read_bytes() for p in default.rglob("*") if p.is_file()}
    recipe = tmp_path / "recipes" / "tiny" / "sft-short.yaml"
    recipe.parent.mkdir(parents=True)
    shutil.copy(RECIPES / "tiny" / "sft.yaml", recipe)

    assert main(["sft", str(recipe), "--model_name_or_path", str(tiny_model_dir), "--dataset_path", str(train_data_dir),
                 "--max_steps", "2", "--per_device_train_batch_size", "4", *TINY_ARGS]) == 0
    variant = layout.run_dir("tiny", "sft", variant="short")
    assert RunSummary.load(variant).recipe == str(recipe)
    assert (variant / "adapter" / "adapter_config.json").is_file()
    assert {p: p.read_bytes() for p in default.rglob("*") if p.is_file()} == before

    layout.tiny_model_dir().parent.mkdir(parents=True)
    layout.tiny_model_dir().symlink_to(tiny_model_dir)
    assert main(["evaluate", "--model", "tiny", "--stage", "sft", "--data", str(train_data_dir), "--recipe", str(recipe),
                 "--limit", "2", "--max-new-tokens", "8", "--no-progress"]) == 0
    summary = EvalSummary.load(layout.eval_dir("tiny", "sft", variant="short"))
    assert summary.adapter == str(variant / "adapter") and summary.n == 2
    assert not layout.eval_dir("tiny", "sft").exists()


def test_makefile_variant_selects_the_variants_run_and_evaluation(repo_root):
    def dry_run(*args):
        out = subprocess.run(["make", "-n", *args], cwd=repo_root, capture_output=True, text=True, timeout=60)
        return out.stdout + out.stderr

    sft = dry_run("sft", "MODEL=gemma", "VARIANT=r4", "ARTIFACTS=/nonexistent")
    assert "--config training/recipes/gemma/sft-r4.yaml" in sft
    evaluated = dry_run("eval", "STAGE=sft", "MODEL=gemma", "VARIANT=r4", "ARTIFACTS=/nonexistent")
    assert "evaluate --model gemma --stage sft " in evaluated and "--recipe training/recipes/gemma/sft-r4.yaml" in evaluated
    missing = dry_run("grpo", "MODEL=gemma", "VARIANT=r4", "ARTIFACTS=/nonexistent")
    assert "No rule to make target 'training/recipes/gemma/grpo-r4.yaml'" in missing
    assert "/nonexistent/runs/gemma/sft_grpo-r4/run_summary.json" in missing
    prefs = dry_run("prefs", "MODEL=gemma", "VARIANT=r4", "ARTIFACTS=/nonexistent")
    assert "sft MODEL=gemma VARIANT=" in prefs  # the pairs come from the default SFT run
