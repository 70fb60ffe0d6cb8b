"""`compile-prefs preflight --model gemma --codenet PATH`: check what a real run needs before it starts.

`make reproduce MODEL=... CODENET=...` runs this first, so a 7B run fails in seconds with a
message naming what is missing instead of an hour in. Checks, in order:

    compiler   g++ runs (bubblewrap is reported, not required)
    recipe     training/recipes/<model>/ holds a recipe of every stage (sft.yaml, dpo.yaml), naming a base model
    codenet    the CodeNet path holds a full release or the C++1000 layout
    disk       free space under ARTIFACTS (default 60 GB for a 7B model)
    cuda       a CUDA GPU with enough memory (default 20 GB)
    hub        the Hub token can read the base model (gated models need their licence accepted)
"""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from compile_prefs import layout
from compile_prefs.training.recipe_files import RECIPES_DIR, STAGES, RecipeName, load_recipe, model_families, recipe_path


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""


def recipe_base_model(model: str) -> str:
    path = recipe_path(model, "sft")
    recipe = load_recipe(path)
    if not recipe.get("model_name_or_path"):
        raise ValueError(f"{path} names no model_name_or_path")
    return str(recipe["model_name_or_path"])


def check_compiler() -> Check:
    from compile_prefs.evaluate_metric.compile_success.compile_runner import CompileRunner

    try:
        runner = CompileRunner(cache_dir=False)
    except RuntimeError as err:
        return Check("compiler", False, str(err), "install g++ (Debian: apt-get install g++)")
    note = "" if runner.sandbox == "bubblewrap" else " (no bubblewrap: screening sandbox only; apt-get install bubblewrap)"
    return Check("compiler", runner.check("int main() {}\n").good, f"{runner.version}, sandbox {runner.sandbox}{note}")


def check_recipe(model: str) -> Check:
    try:
        base = recipe_base_model(model)
    except (FileNotFoundError, ValueError) as err:
        return Check("recipe", False, str(err),
                     f"choose MODEL={'|'.join(model_families())} or add a recipe folder (training/recipes/README.md)")
    missing = [RecipeName(model, stage).path.name for stage in STAGES if not RecipeName(model, stage).path.is_file()]
    if missing:
        return Check("recipe", False, f"{RECIPES_DIR / model} lacks {', '.join(missing)}")
    return Check("recipe", True, f"training/recipes/{model}: base model {base}")


def check_codenet(path: str | None) -> Check:
    from compile_prefs.builders.codenet import detect_layout

    if not path:
        return Check("codenet", False, "no CodeNet path given",
                     "download Project_CodeNet.tar.gz (see builders/builder.py: CODENET_URL), extract it, pass CODENET=/path")
    root = Path(path)
    if not root.is_dir():
        return Check("codenet", False, f"{root} is not a folder", "pass CODENET=/path/to/Project_CodeNet")
    try:
        kind, found = detect_layout(root)
    except (ValueError, FileNotFoundError) as err:
        return Check("codenet", False, f"{root}: {err}", "point CODENET at the extracted release")
    return Check("codenet", True, f"{found} ({kind} layout)")


def check_disk(min_free_gb: float) -> Check:
    root = layout.artifacts_root()
    probe = root if root.exists() else Path.cwd()
    free_gb = shutil.disk_usage(probe).free / 1e9
    ok = free_gb >= min_free_gb
    return Check("disk", ok, f"{free_gb:.0f} GB free under {probe.resolve()} (need {min_free_gb:.0f} GB)",
                 "" if ok else "free space or set ARTIFACTS=/a/bigger/disk")


def check_cuda(min_memory_gb: float) -> Check:
    try:
        import torch
    except ImportError as err:
        return Check("cuda", False, f"torch does not import: {err}")
    if not torch.cuda.is_available():
        return Check("cuda", False, f"no CUDA GPU visible to torch {torch.__version__}",
                     "run on a machine with an NVIDIA GPU, and install a CUDA build of torch 2.13.0 into .venv "
                     "(the default install is the CPU build)")
    props = torch.cuda.get_device_properties(0)
    memory_gb = props.total_memory / 2**30
    ok = memory_gb >= min_memory_gb
    return Check("cuda", ok, f"{props.name}, {memory_gb:.0f} GiB (need {min_memory_gb:.0f} GiB)",
                 "" if ok else "use a larger GPU or a smaller LoRA rank / batch in the recipe")


def check_hub(base_model: str) -> Check:
    if Path(base_model).exists():
        return Check("hub", True, f"{base_model} is a local folder")
    from huggingface_hub import auth_check
    from huggingface_hub.errors import GatedRepoError, RepositoryNotFoundError

    try:
        auth_check(base_model)
    except GatedRepoError:
        return Check("hub", False, f"{base_model} is gated and this token has no access",
                     f"accept the licence on the model page of {base_model} and `hf auth login`")
    except RepositoryNotFoundError:
        return Check("hub", False, f"{base_model} not found (or private)", "check the recipe's model_name_or_path and your token")
    except Exception as err:  # noqa: BLE001 - network errors come from several layers (httpx, hub, OS)
        return Check("hub", False, f"cannot reach the Hub for {base_model}: {type(err).__name__}: {err}",
                     "check the network, HF_ENDPOINT and HF_HUB_OFFLINE")
    return Check("hub", True, f"{base_model} is readable")


def run_checks(model: str, codenet: str | None, min_free_gb: float = 60, min_gpu_gb: float = 20,
               need_gpu: bool = True) -> list[Check]:
    checks = [check_compiler(), check_recipe(model), check_codenet(codenet), check_disk(min_free_gb)]
    if need_gpu:
        checks.append(check_cuda(min_gpu_gb))
    if checks[1].ok:
        checks.append(check_hub(recipe_base_model(model)))
    return checks


@dataclass
class PreflightConfig:
    """Settings of `compile-prefs preflight` (every field is an option)."""

    model: str = field(metadata={"help": "Model family: a folder of training/recipes/ (gemma, mistral, ...)."})
    codenet: str | None = field(default=None, metadata={"help": "Path to the extracted CodeNet release."})
    min_free_gb: float = field(default=60.0, metadata={"help": "Free disk space needed under ARTIFACTS, GB."})
    min_gpu_gb: float = field(default=20.0, metadata={"help": "GPU memory needed, GiB."})
    no_gpu: bool = field(default=False, metadata={"help": "Skip the CUDA check (the tiny model runs on CPU)."})


ARGUMENTS = (PreflightConfig,)  # `compile-prefs preflight` parses its options from these dataclasses


def run(args: PreflightConfig) -> int:
    checks = run_checks(args.model, args.codenet, args.min_free_gb, args.min_gpu_gb, need_gpu=not args.no_gpu)
    for check in checks:
        print(f"  {'ok ' if check.ok else 'MISSING'}  {check.name:<9} {check.detail}")
        if not check.ok and check.fix:
            print(f"             -> {check.fix}")
    missing = [c.name for c in checks if not c.ok]
    if missing:
        print(f"preflight failed: {', '.join(missing)} missing; nothing was started.", file=sys.stderr)
        return 2
    print("preflight passed")
    return 0
