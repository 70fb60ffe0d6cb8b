"""Where things live: the one module that knows the Hub layout and the local artifact tree.

Hub repos (NAMESPACE is yours, e.g. your user or org):
    datasets/NAMESPACE/codenet-cpp-compile-prefs      configs: completion, preference, preference-<model>
    NAMESPACE/compile-prefs-<model>-<stage>            LoRA adapters (stage: one of TRAINED_STAGES)
    spaces/NAMESPACE/compile_success                  the evaluate metric as a Space

A dataset folder on disk is laid out exactly like the dataset repo, so
`load_dataset(folder, "completion")` behaves as `load_dataset(repo_id, "completion")`:
    README.md                       dataset card; YAML front matter lists `configs:`
    <config>/<split>-00000-of-00001.parquet

Local artifacts (ARTIFACTS defaults to ./artifacts, see `artifacts_root`):
    data/                           the dataset folder above
    models/tiny-base/               the tiny demo base model (config, weights, tokenizer)
    runs/<model>/<stage>/           adapter/, run_summary.json, metrics.json, resolved_config.yaml
    runs/<model>/eval/<stage>/      verdicts.jsonl, summary.json   (stage: one of EVAL_STAGES)
    runs/<model>/<stage>-<variant>/, runs/<model>/eval/<stage>-<variant>/
                                    the same for a recipe variant (<stage>-<variant>.yaml): its own run, beside
                                    the stage's default one (run_name)
    runs/<model>/prefs/             generations.jsonl, mining_summary.json
    report/                         results.md, results.json, compile_success.png, cards/
    release/                        dry-run trees mirroring Hub URLs: {datasets,models,spaces}/NAMESPACE/NAME

The summaries' formats and file names are compile_prefs.artifacts'.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from collections.abc import Mapping

import yaml

DATASET_NAME = "codenet-cpp-compile-prefs"
METRIC_NAME = "compile_success"
# The paper's trained stages, and beyond them GRPO with the compile reward and iterated on-policy DPO (both from
# the SFT adapter).
PAPER_TRAINED_STAGES = ("sft", "dpo", "sft_dpo")
TRAINED_STAGES = PAPER_TRAINED_STAGES + ("sft_grpo", "sft_iterate")
EVAL_STAGES = ("base",) + TRAINED_STAGES
# What the report, the cards and a release call a stage. A stage without an entry is named from its parts
# (sft_grpo: "+SFT+GRPO"), so a stage added to TRAINED_STAGES needs nothing else to be reported and released.
STAGE_LABELS = {"base": "base", "dpo": "+DPO only", "sft_iterate": "+SFT+iterated DPO"}
COMPLETION_CONFIG = "completion"
PREFERENCE_CONFIG = "preference"

_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
# A recipe variant (training/recipes/<model>/<stage>-<variant>.yaml): lower-case letters, digits, '_' and '.'.
VARIANT_RE = re.compile(r"^[a-z0-9][a-z0-9_.]*$")


def stage_label(stage: str) -> str:
    """How tables and cards name a stage: base, +SFT, +DPO only, +SFT+DPO, +SFT+GRPO, ..."""
    if stage in STAGE_LABELS:
        return STAGE_LABELS[stage]
    return "".join("+" + part.upper() for part in stage.split("_"))


def start_stage(stage: str) -> str:
    """The stage a trained stage starts from: a run stage sft_<x> trains <x> on the SFT adapter; the others
    start from the base model."""
    return "sft" if stage.startswith("sft_") else "base"


def _check_name(kind: str, value: str) -> str:
    if not _NAME_RE.match(value or ""):
        raise ValueError(f"invalid {kind} {value!r}: use letters, digits, '.', '_' and '-'")
    return value


# ---------------------------------------------------------------- Hub repo ids
def dataset_repo_id(namespace: str) -> str:
    return f"{_check_name('namespace', namespace)}/{DATASET_NAME}"


def adapter_repo_id(namespace: str, model: str, stage: str) -> str:
    if stage not in TRAINED_STAGES:
        raise ValueError(f"stage {stage!r} has no adapter; choose one of {TRAINED_STAGES}")
    return f"{_check_name('namespace', namespace)}/compile-prefs-{_check_name('model', model)}-{stage}"


def metric_space_id(namespace: str) -> str:
    return f"{_check_name('namespace', namespace)}/{METRIC_NAME}"


def preference_config_name(model: str) -> str:
    return f"{PREFERENCE_CONFIG}-{_check_name('model', model)}"


# ------------------------------------------------------------ local artifacts
def artifacts_root(root: str | os.PathLike | None = None) -> Path:
    return Path(root if root is not None else os.environ.get("ARTIFACTS", "artifacts"))


def data_dir(root=None) -> Path:
    return artifacts_root(root) / "data"


def tiny_model_dir(root=None) -> Path:
    return artifacts_root(root) / "models" / "tiny-base"


def run_name(stage: str, variant: str | None = None) -> str:
    """The folder name of a run or its evaluation: the stage, or `<stage>-<variant>` for a recipe variant, so
    a variant never overwrites the stage's default run."""
    if not variant:
        return stage
    if not VARIANT_RE.match(variant):
        raise ValueError(f"bad variant {variant!r}: lower-case letters, digits, '_' and '.', e.g. r4")
    return f"{stage}-{variant}"


def run_dir(model: str, stage: str, root=None, variant: str | None = None) -> Path:
    if stage not in TRAINED_STAGES:
        raise ValueError(f"unknown training stage {stage!r}; choose one of {TRAINED_STAGES}")
    return artifacts_root(root) / "runs" / _check_name("model", model) / run_name(stage, variant)


def adapter_dir(model: str, stage: str, root=None, variant: str | None = None) -> Path:
    return run_dir(model, stage, root, variant) / "adapter"


def eval_dir(model: str, stage: str, root=None, variant: str | None = None) -> Path:
    if stage not in EVAL_STAGES:
        raise ValueError(f"unknown evaluation stage {stage!r}; choose one of {EVAL_STAGES}")
    return artifacts_root(root) / "runs" / _check_name("model", model) / "eval" / run_name(stage, variant)


def prefs_dir(model: str, root=None) -> Path:
    return artifacts_root(root) / "runs" / _check_name("model", model) / "prefs"


def report_dir(root=None) -> Path:
    return artifacts_root(root) / "report"


def release_dir(root=None) -> Path:
    return artifacts_root(root) / "release"


# ------------------------------------------------------ dataset folder (Hub layout)
def parquet_path(folder: str | os.PathLike, config: str, split: str) -> Path:
    return Path(folder) / _check_name("config", config) / f"{_check_name('split', split)}-00000-of-00001.parquet"


def read_card_front_matter(folder: str | os.PathLike) -> tuple[dict, str]:
    """(YAML metadata, markdown body) of the folder's README.md; empty when absent."""
    readme = Path(folder) / "README.md"
    if not readme.exists():
        return {}, ""
    text = readme.read_text(encoding="utf-8")
    if text.startswith("---\n"):
        end = text.find("\n---\n", 4)
        if end != -1:
            return (yaml.safe_load(text[4:end]) or {}), text[end + 5 :]
    return {}, text


def write_card(folder: str | os.PathLike, metadata: Mapping, body: str) -> Path:
    readme = Path(folder) / "README.md"
    readme.parent.mkdir(parents=True, exist_ok=True)
    front = yaml.safe_dump(dict(metadata), sort_keys=False, allow_unicode=True)
    readme.write_text(f"---\n{front}---\n{body.lstrip()}", encoding="utf-8")
    return readme


def config_entry(config: str, splits) -> dict:
    """The `configs:` entry that tells `load_dataset` which parquet files form each split.

    `completion` is the default config: `load_dataset(repo)` without a config name loads it.
    """
    entry = {
        "config_name": config,
        "data_files": [{"split": s, "path": f"{config}/{s}-*.parquet"} for s in splits],
    }
    if config == COMPLETION_CONFIG:
        entry["default"] = True
    return entry


def write_config(folder: str | os.PathLike, config: str, splits: Mapping[str, datasets.Dataset]) -> list[Path]:  # noqa: F821
    """Write one config's splits as parquet and register it in README.md, keeping other configs.

    Re-writing a config replaces its files; other configs and the card body are untouched.
    """
    folder = Path(folder)
    target = folder / config
    if target.exists():
        for old in target.glob("*.parquet"):
            old.unlink()
    written = []
    for split, ds in splits.items():
        path = parquet_path(folder, config, split)
        path.parent.mkdir(parents=True, exist_ok=True)
        ds.to_parquet(str(path))
        written.append(path)
    metadata, body = read_card_front_matter(folder)
    configs = [c for c in metadata.get("configs", []) if c.get("config_name") != config]
    configs.append(config_entry(config, list(splits)))
    configs.sort(key=lambda c: (c["config_name"] != COMPLETION_CONFIG, c["config_name"]))
    metadata["configs"] = configs
    write_card(folder, metadata, body or f"# {DATASET_NAME}\n")
    return written


def list_configs(folder: str | os.PathLike) -> list[str]:
    metadata, _ = read_card_front_matter(folder)
    return [c["config_name"] for c in metadata.get("configs", [])]


def config_splits(folder: str | os.PathLike, config: str) -> list[str]:
    """The splits README.md registers for `config` in a dataset folder ([] when the config is absent)."""
    metadata, _ = read_card_front_matter(folder)
    for entry in metadata.get("configs", []):
        if isinstance(entry, dict) and entry.get("config_name") == config:
            return [item.get("split", "train") for item in entry.get("data_files", []) if isinstance(item, dict)]
    return []


def _is_hub_id(path: str) -> bool:
    return not path.startswith((".", "/", "~")) and path.count("/") == 1


def load_split(path: str | os.PathLike, config: str, split: str | None = None, *, limit: int | None = None,
               columns: tuple[str, ...] = (), **kwargs):
    """One split of one config (a DatasetDict of every split when `split` is None), from a local
    Hub-layout folder or a Hub id: the one way the pipeline loads its data.

    A missing folder, config, split or column is a clear error that says how to build it. `limit`
    keeps the first rows. datasets 5.x caches a local folder's prepared data under the folder's
    *name* and config, not its content: a rebuilt folder, or another folder with the same name,
    would silently return old rows. So a local folder gets a cache directory keyed on its files
    (path, size, mtime) and a changed folder is prepared afresh; Hub ids are cached by commit.
    """
    from datasets import load_dataset

    folder = Path(path)
    if folder.is_dir():
        known = list_configs(folder)
        if config not in known:
            raise FileNotFoundError(f"dataset folder {folder} has no config {config!r} (it has: {', '.join(known) or 'none'}); "
                                    "build it first (make data, make prefs MODEL=...)")
        splits = config_splits(folder, config)
        if split is not None and split not in splits:
            raise ValueError(f"config {config!r} in {folder} has no split {split!r} (it has: {', '.join(splits) or 'none'})")
        if "cache_dir" not in kwargs:
            import hashlib

            from datasets import config as ds_config

            h = hashlib.sha256(str(folder.resolve()).encode())
            for file in sorted([folder / "README.md", *(folder / config).rglob("*")]):
                if file.is_file():
                    stat = file.stat()
                    h.update(f"{file.relative_to(folder)}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
            kwargs["cache_dir"] = str(Path(ds_config.HF_DATASETS_CACHE) / "compile-prefs-local" / h.hexdigest()[:20])
    elif not _is_hub_id(str(path)):
        raise FileNotFoundError(f"dataset folder not found: {path} (build it with make data)")
    try:
        loaded = load_dataset(str(path), config, split=split, **kwargs)
    except ValueError as err:  # e.g. a split the Hub repo does not have
        raise ValueError(f"cannot load split {split!r} of config {config!r} from {path}: {err}") from err
    parts = {split: loaded} if split is not None else dict(loaded)
    for name, ds in parts.items():
        missing = [c for c in columns if c not in ds.column_names]
        if missing:
            raise ValueError(f"split {name!r} of config {config!r} in {path} lacks column(s) {missing}; "
                             f"it has {ds.column_names}")
    if limit is not None:
        if split is not None:
            return loaded.select(range(min(limit, len(loaded))))
        for name, ds in parts.items():
            loaded[name] = ds.select(range(min(limit, len(ds))))
    return loaded
