"""The recipes folder: its naming rule, the model families it defines, and the one YAML loader.

    training/recipes/<model>/<stage>[-<variant>].yaml

`<model>` is a model family (the pipeline's `MODEL=`): every folder of recipes is one, and nothing else
is. `<stage>` names the trainer the recipe configures (`STAGES`); a run stage `sft_<stage>` trains the
`<stage>` recipe starting from the SFT adapter (`sft_dpo` uses `dpo.yaml`). `<variant>` is an optional
alternative setting of the same stage (`sft-r4.yaml`), chosen with `VARIANT=` in the Makefile or by
naming the file. A recipe is a flat YAML mapping whose keys are fields of the config classes in
training/configs.py; `load_recipe` reads each file once per process.

This module needs only the standard library and PyYAML, so the CLI, the prompt-format registry and
generation can ask about recipes without importing torch or TRL.
"""

from __future__ import annotations

import copy
import functools
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from compile_prefs import layout

RECIPES_DIR = Path(__file__).resolve().parent / "recipes"

# Recipe stages, each the trainer of one script (training/<stage>.py); configs.TRAINER_CONFIGS maps each to
# its config class.
STAGES = ("sft", "dpo", "grpo", "iterate")

_FILE_NAME = re.compile(r"^(?P<stage>[a-z][a-z0-9]*)(?:-(?P<variant>[a-z0-9][a-z0-9_.]*))?\.ya?ml$")
_VARIANT = layout.VARIANT_RE


@dataclass(frozen=True)
class RecipeName:
    """What a recipe's path says: its model family, stage and variant (None: the stage's default recipe)."""

    model: str
    stage: str
    variant: str | None = None

    @property
    def path(self) -> Path:
        return RECIPES_DIR / self.model / file_name(self.stage, self.variant)


def file_name(stage: str, variant: str | None = None) -> str:
    if stage not in STAGES:
        raise ValueError(f"unknown recipe stage {stage!r}; choose one of {STAGES}")
    if variant in (None, ""):
        return f"{stage}.yaml"
    if not _VARIANT.match(variant):
        raise ValueError(f"bad variant {variant!r}: lower-case letters, digits, '_' and '.', e.g. r4")
    return f"{stage}-{variant}.yaml"


def parse_name(path: str | Path) -> RecipeName:
    """The model, stage and variant a recipe file's path names; ValueError when it breaks the rule."""
    path = Path(path)
    match = _FILE_NAME.match(path.name)
    if not match or match["stage"] not in STAGES:
        raise ValueError(f"{path}: a recipe is named <stage>[-<variant>].yaml with stage one of {STAGES}")
    return RecipeName(path.parent.name, match["stage"], match["variant"])


def recipe_variant(path: str | Path | None) -> str | None:
    """The variant a recipe's file name names (`sft-r4.yaml`: r4); None for a stage's own recipe, no recipe, or
    a file outside the naming rule (a resolved_config.yaml, a hand-made recipe)."""
    if not path:
        return None
    try:
        return parse_name(path).variant
    except ValueError:
        return None


def recipe_stage(run_stage: str) -> str:
    """The recipe stage of a run stage: sft -> sft, dpo -> dpo, sft_dpo -> dpo; base (no training) -> sft,
    whose recipe describes how the base model is loaded for the stages trained on it."""
    if run_stage == "base":
        return "sft"
    stage = run_stage.removeprefix("sft_") if run_stage != "sft" else run_stage
    if stage not in STAGES:
        raise ValueError(f"no recipe stage for run stage {run_stage!r}; recipe stages: {STAGES}")
    return stage


def all_recipes() -> list[RecipeName]:
    """Every recipe file in the folder, in name order (a YAML file that breaks the naming rule raises)."""
    if not RECIPES_DIR.is_dir():
        return []
    return [parse_name(p) for p in sorted(RECIPES_DIR.glob("*/*.y*ml"))]


def model_families() -> tuple[str, ...]:
    """The model families: the folders of training/recipes/ that hold a recipe."""
    return tuple(sorted({r.model for r in all_recipes()}))


def recipe_path(model: str, stage: str, variant: str | None = None) -> Path:
    """The recipe of a model, stage and variant; FileNotFoundError naming the recipes that exist."""
    path = RecipeName(model, stage, variant).path
    if not path.is_file():
        families = model_families()
        if model not in families:
            raise FileNotFoundError(f"no recipes for model {model!r} in {RECIPES_DIR}; model families: "
                                    f"{', '.join(families) or 'none'}")
        have = sorted(p.name for p in (RECIPES_DIR / model).glob("*.y*ml"))
        raise FileNotFoundError(f"no recipe {path} (training/recipes/{model} has: {', '.join(have)})")
    return path


@functools.cache
def _parsed(path: str, mtime_ns: int, size: int) -> dict:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ValueError(f"recipe {path} must be a YAML mapping of config fields, got {type(data).__name__}")
    return data


def load_recipe(path: str | Path) -> dict:
    """A recipe's mapping (a copy: callers may change it). Each file is parsed once per process (again only
    when it changes on disk)."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"recipe not found: {path}")
    stat = path.stat()
    return copy.deepcopy(_parsed(str(path.resolve()), stat.st_mtime_ns, stat.st_size))


def family_recipe(model: str) -> dict:
    """The facts a family's recipes share (base model, prompt format): its sft recipe, else any recipe."""
    folder = RECIPES_DIR / model
    for candidate in (folder / file_name("sft"), *sorted(folder.glob("*.y*ml"))):
        if candidate.is_file():
            return load_recipe(candidate)
    return {}
