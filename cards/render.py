"""Render the dataset card, one model card per adapter, and the metric Space's card.

    compile-prefs cards [--artifacts DIR] [--namespace NS] [--models tiny] [--out DIR]

Writes <out>/<repo name>/README.md for every repo a release would publish (default out:
<artifacts>/report/cards), plus each adapter's chart. Templates are jinja2 files in
cards/templates/; the YAML front matter is produced by huggingface_hub's CardData classes and
every card is parsed back with ModelCard/DatasetCard/SpaceCard before it is returned, so what
is written loads on the Hub. Rendering reads local files only: no network (no card.validate()).
The summaries are read through compile_prefs.artifacts: a missing build_summary.json,
mining_summary.json or run_summary.json makes a shorter card; one of another version or shape
stops with an error that names it and the make target that writes it again.
"""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
import yaml

from compile_prefs.cards import report
from compile_prefs import layout
from compile_prefs.artifacts import REASONS, BuildSummary, MiningSummary, RunSummary
from compile_prefs.command import fails_cleanly, run_command
from compile_prefs.evaluate_metric import compile_success

TEMPLATES = Path(__file__).resolve().parent / "templates"
# The folder that holds training/ and evaluate_metric/: the checkout, or compile_prefs/ in a wheel install.
REPO_ROOT = Path(__file__).resolve().parent.parent
METRIC_DIR = Path(compile_success.__path__[0])
CHART_NAME = "compile_success.png"
LICENSE = "cdla-permissive-2.0"

COLUMN_DOCS = {
    "problem_id": "CodeNet problem id",
    "submission_id": "CodeNet submission id",
    "prompt": "the program without its ending: what the model sees",
    "completion": "the removed ending (the SFT target)",
    "code": "the whole program; `prompt + completion == code`",
    "mask_ratio": "fraction of the program's characters that were masked",
    "chosen": "the original ending, which compiles",
    "rejected": "the model's ending, which did not compile",
    "model": "model whose completion is `rejected`",
    "stage": "training stage of that model",
    "decoding": "decoding settings of the generation",
    "verdict": "compiler verdict of the rejected program",
    "reason": "why it failed: " + ", ".join(REASONS),
    "diagnostic": "first compiler diagnostic of the rejected program",
    "levenshtein": "Levenshtein distance between chosen and rejected (characters)",
    "levenshtein_normalized": "that distance normalised by the responses' length",
    "edit_distance": "Levenshtein distance between chosen and rejected (characters)",
    "user_id": "CodeNet user id",
    "language": "CodeNet language label",
    "cut": "where the mask starts: char (the paper) or line",
}
# What a model card says each stage is; a stage without an entry is described by stage_text().
STAGE_TEXT = {
    "sft": "supervised fine-tuning on the `completion` config",
    "dpo": "DPO from the base model on the model's preference pairs (the paper's *+DPO only* row)",
    "sft_dpo": "DPO on top of the SFT adapter, with the SFT model as the frozen reference (the paper's *+SFT+DPO* row)",
    "sft_grpo": "GRPO with the compile reward (the compiler's verdict on each sampled completion) on top of the SFT "
                "adapter, with the SFT model as the KL reference (beyond the paper)",
}


def stage_text(stage: str) -> str:
    if stage in STAGE_TEXT:
        return STAGE_TEXT[stage]
    start = "the SFT adapter" if layout.start_stage(stage) == "sft" else "the base model"
    return f"the `{stage}` stage, trained from {start} (beyond the paper)"


def stage_tags(stage: str) -> list[str]:
    """The trainers a stage's name names (sft_grpo: sft, grpo), as Hub tags."""
    return list(dict.fromkeys(stage.split("_")))
HYPERPARAMETERS = (
    "load_in_4bit", "lora_r", "lora_alpha", "lora_dropout", "lora_target_modules", "learning_rate",
    "lr_scheduler_type", "lr_scheduler_kwargs", "warmup_steps", "warmup_ratio", "optim", "weight_decay",
    "num_train_epochs", "max_steps", "per_device_train_batch_size", "gradient_accumulation_steps",
    "gradient_checkpointing", "max_length", "max_prompt_length", "max_completion_length", "bf16", "fp16",
    "beta", "loss_type", "dpop_lambda", "rpo_alpha", "seed",
)


def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )


def _cell(value, limit: int = 100) -> str:
    """A value that fits one markdown table cell."""
    if isinstance(value, float):
        text = f"{value:.6g}"
    elif isinstance(value, (dict, list, tuple)):
        text = json.dumps(value, sort_keys=True)
    else:
        text = str(value)
    text = text.replace("|", "\\|").replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _read_yaml(path: Path) -> dict:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return {}
    return data if isinstance(data, dict) else {}


def _flatten(data, prefix: str = "", limit: int = 80) -> list[tuple[str, str]]:
    """Scalar leaves of a nested dict as (dotted.key, cell text); long lists are summarised."""
    out: list[tuple[str, str]] = []
    if isinstance(data, dict):
        for key, value in data.items():
            name = f"{prefix}.{key}" if prefix else str(key)
            if isinstance(value, dict):
                out.extend(_flatten(value, name, limit))
            elif isinstance(value, list) and len(value) > 8:
                out.append((name, f"[{len(value)} items]"))
            else:
                if isinstance(value, str) and os.path.isabs(value):
                    value = "…/" + Path(value).name  # a local path says nothing to readers and leaks the machine
                out.append((name, _cell(value)))
    return out[:limit]


def _is_path_like(value: str) -> bool:
    return value.startswith(("/", "./", "../", "~")) or value.count("/") > 1 or Path(value).exists()


def hub_model_id(value) -> str | None:
    """`value` if it names a Hub model (owner/name) rather than a local folder."""
    if isinstance(value, str) and re.fullmatch(r"[\w.-]+/[\w.-]+", value) and not _is_path_like(value):
        return value
    return None


def _check_card(card_cls, content: str, expected: dict) -> str:
    """Parse `content` back with huggingface_hub; its metadata must be what we meant to write."""
    card = card_cls(content)
    got = card.data.to_dict()
    for key, value in expected.items():
        if key in ("eval_results",):
            continue
        if got.get(key) != value:
            raise ValueError(f"card metadata {key!r} did not round-trip: wrote {value!r}, read {got.get(key)!r}")
    return content


# ------------------------------------------------------------------ dataset card
@dataclass
class ConfigInfo:
    """What the dataset card says about one config."""

    name: str
    splits: dict[str, int | None]
    columns: list[dict] = field(default_factory=list)
    files: dict[str, list[Path]] = field(default_factory=dict)  # split -> local parquet files

    @property
    def purpose(self) -> str:
        if self.name == layout.COMPLETION_CONFIG:
            return "masked programs: SFT and evaluation"
        if self.name == layout.PREFERENCE_CONFIG:
            return "preference pairs of all models (DPO)"
        if self.name.startswith(layout.PREFERENCE_CONFIG + "-"):
            return f"preference pairs mined from {self.name[len(layout.PREFERENCE_CONFIG) + 1:]} (DPO)"
        return ""

    @property
    def var(self) -> str:
        return re.sub(r"\W", "_", self.name)


def _arrow_type(t) -> str:
    text = str(t)
    return {"large_string": "string", "double": "float64", "float": "float32"}.get(text, text)


def scan_configs(folder: str | Path, configs: list[str] | None = None) -> list[ConfigInfo]:
    """Configs of a dataset folder (Hub layout): splits with row counts and columns, from parquet metadata."""
    import pyarrow.parquet as pq

    folder = Path(folder)
    metadata, _ = layout.read_card_front_matter(folder)
    entries = {c["config_name"]: c for c in metadata.get("configs", []) if isinstance(c, dict) and "config_name" in c}
    names = [c for c in entries if configs is None or c in configs]
    missing = [c for c in (configs or []) if c not in entries]
    if missing:
        raise FileNotFoundError(f"{folder}: config(s) {missing} not registered in README.md (have: {list(entries)})")
    infos = []
    for name in names:
        splits, files, columns = {}, {}, []
        for item in entries[name].get("data_files", []):
            split, pattern = item.get("split", "train"), item.get("path", "")
            paths = sorted(folder.glob(pattern)) if pattern else []
            if not paths:
                raise FileNotFoundError(f"{folder}: config {name!r} split {split!r} has no files matching {pattern!r}")
            files[split] = paths
            splits[split] = sum(pq.read_metadata(p).num_rows for p in paths)
            if not columns:
                schema = pq.read_schema(paths[0])
                columns = [
                    {"name": f.name, "type": _arrow_type(f.type), "doc": COLUMN_DOCS.get(f.name, "")}
                    for f in schema
                ]
        infos.append(ConfigInfo(name, splits, columns, files))
    return infos


def _quantile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return 0.0
    pos = (len(sorted_values) - 1) * q
    lo = int(pos)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)


HISTOGRAM_EDGES = (0, 10, 50, 100, 250, 500)


def edit_distance_stats(files: list[Path]) -> dict:
    """Pairs and the chosen/rejected Levenshtein distribution of preference parquet files.

    Uses the miner's `levenshtein` (or `edit_distance`) column when present, else computes it (rapidfuzz).
    """
    import pyarrow.parquet as pq

    distances: list[float] = []
    for path in files:
        names = pq.read_schema(path).names
        column = next((c for c in ("levenshtein", "edit_distance") if c in names), None)
        if column is not None:
            distances += [float(x) for x in pq.read_table(path, columns=[column]).column(0).to_pylist() if x is not None]
        elif "chosen" in names and "rejected" in names:
            from rapidfuzz.distance import Levenshtein

            table = pq.read_table(path, columns=["chosen", "rejected"])
            for chosen, rejected in zip(table.column("chosen").to_pylist(), table.column("rejected").to_pylist()):
                distances.append(float(Levenshtein.distance(_as_text(chosen), _as_text(rejected))))
    values = sorted(distances)
    dist = {
        "min": _num(values[0]) if values else "—",
        "p25": _num(_quantile(values, 0.25)) if values else "—",
        "median": _num(_quantile(values, 0.5)) if values else "—",
        "p75": _num(_quantile(values, 0.75)) if values else "—",
        "max": _num(values[-1]) if values else "—",
        "mean": _num(sum(values) / len(values)) if values else "—",
    }
    histogram = []
    for i, lo in enumerate(HISTOGRAM_EDGES):
        hi = HISTOGRAM_EDGES[i + 1] if i + 1 < len(HISTOGRAM_EDGES) else None
        count = sum(1 for v in values if v >= lo and (hi is None or v < hi))
        histogram.append((f"{lo}–{hi - 1}" if hi is not None else f"{lo}+", count))
    return {"pairs": len(values), "dist": dist, "histogram": histogram if values else []}


def _as_text(value) -> str:
    """A response as text: TRL conversational responses are lists of {role, content} messages."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(m.get("content", "") if isinstance(m, dict) else str(m) for m in value)
    return "" if value is None else str(value)


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:.1f}"


def _card_corpus(corpus: dict | None) -> dict:
    """The build summary's corpus as the card shows it: `license_id`, the license as a Hub license id (lower
    case), and `programs`, the programs selected for the dataset."""
    if not corpus:
        return {}
    out = dict(corpus)
    out["license_id"] = str(out["license"]).lower() if out.get("license") else None
    if "programs" not in out and "programs_selected" in out:
        out["programs"] = out["programs_selected"]
    out.setdefault("homepage", None)
    return out


def build_facts(folder: str | Path, completion: ConfigInfo | None) -> dict:
    """How the data was built, from build_summary.json, with honest fallbacks when there is none."""
    summary = BuildSummary.load(folder)
    options = summary.options if summary is not None else {}
    seed = options.get("seed")
    ratio = options.get("mask_ratio")
    if ratio is None and completion is not None and completion.files:
        import pyarrow.parquet as pq

        first = next(iter(completion.files.values()))[0]
        if "mask_ratio" in pq.read_schema(first).names:
            column = pq.read_table(first, columns=["mask_ratio"]).column(0).to_pylist()
            ratio = column[0] if column else None
    cut = options.get("cut") or "char"
    split_by = options.get("split_by")
    parts = []
    for key, text in (
        ("train_per_problem", "up to {} training submissions per problem"),
        ("test_per_problem", "up to {} test submissions per problem"),
        ("validation_per_problem", "up to {} further submissions per problem for validation (model selection)"),
        ("max_problems", "at most {} problems"),
        ("test_problem_fraction", "{} of the problems held out for test"),
        ("dedup", "de-duplication: {}"),
    ):
        value = options.get(key)
        if value is not None:
            parts.append(text.format(value))
    if parts:
        sampling = "; ".join(parts) + ", in seeded order."
    else:
        sampling = "see the build parameters below." if summary else "not recorded (no build_summary.json)."
    if ratio is not None:
        masking = (f"the last {float(ratio):.0%} of each program's characters (rounded up) form the completion "
                   f"and the rest is the prompt (cut: {cut}); `prompt + completion == code`.")
    else:
        masking = "not recorded."
    if split_by == "problem":
        leakage = ("no test problem appears in training, so the test measures generalisation to unseen problems "
                   "(stricter than the paper).")
    elif split_by == "submission":
        leakage = ("the paper's split: train and test hold different submissions of the **same problems**, so "
                   "test programs solve tasks seen in training and near-duplicate solutions can occur in both. "
                   "Scores measure in-distribution completion and overstate generalisation; rebuild with "
                   "`split_by: problem` to measure that.")
    else:
        leakage = "not recorded; if train and test share problems, test scores overstate generalisation."
    if summary is not None:
        compiler_text = report.describe_compiler(summary.compiler)
    else:
        compiler_text = "g++ -std=c++17, compile and link, any warning fails (the paper's setting; not recorded)"
    languages = options.get("languages")
    return {
        "seed": seed if seed is not None else "not recorded",
        "sampling": sampling,
        "masking": masking,
        "split_by": split_by or "unknown",
        "leakage": leakage,
        "compiler": compiler_text,
        "language": ", ".join(languages) if isinstance(languages, list) and languages != ["C++"] else None,
        "corpus": _card_corpus(summary.corpus if summary is not None else None),
        "params": _flatten(summary.to_dict()) if summary is not None else [],
    }


def _size_category(n: int) -> str:
    for limit, label in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M")):
        if n < limit:
            return label
    return "1M<n<10M"


def render_dataset_card(folder: str | Path, namespace: str, configs: list[str] | None = None,
                        extra_configs: list[ConfigInfo] = (), root=None) -> str:
    """The dataset card for `folder` (a Hub-layout dataset folder).

    configs: the local configs the card (and the release) covers; None = all registered ones.
    extra_configs: configs that exist only in the remote repo (published by another release),
    kept in the YAML `configs:` so they stay loadable.
    """
    from huggingface_hub import DatasetCard, DatasetCardData

    infos = scan_configs(folder, configs) + list(extra_configs)
    infos.sort(key=lambda c: (c.name != layout.COMPLETION_CONFIG, c.name))
    completion = next((c for c in infos if c.name == layout.COMPLETION_CONFIG), None)
    preferences = []
    for info in infos:
        if info.name.startswith(layout.PREFERENCE_CONFIG) and info.files:
            stats = edit_distance_stats([p for paths in info.files.values() for p in paths])
            model = info.name[len(layout.PREFERENCE_CONFIG) + 1 :]
            summary = MiningSummary.load(layout.prefs_dir(model, root)) if model else None
            mining = _flatten(summary.to_dict()) if summary is not None else []
            preferences.append({"name": info.name, "mining": mining, **stats})
    total = sum(rows or 0 for info in infos for rows in info.splits.values())
    build = build_facts(folder, completion)
    metadata = {
        "pretty_name": "CodeNet C++ compile preferences",
        "license": build["corpus"].get("license_id") or LICENSE,
        "language": ["code"],
        "task_categories": ["text-generation"],
        "tags": ["code", "cpp", "c++", "codenet", "dpo", "preference", "compiler-feedback", "compile-prefs"],
        "size_categories": [_size_category(total)],
        "configs": [layout.config_entry(info.name, list(info.splits)) for info in infos],
    }
    card_data = DatasetCardData(**metadata)
    content = _env().get_template("dataset_card.md.jinja").render(
        card_data=card_data.to_yaml(),
        repo_id=layout.dataset_repo_id(namespace),
        configs=infos,
        build=build,
        preferences=preferences,
    )
    return _check_card(DatasetCard, content, metadata)


# ------------------------------------------------------------------ model card
def _recipe_rows(model: str, stage: str, run: dict, results: dict | None, namespace: str, pairs: int | None) -> list:
    rows = [("stage", f"{layout.stage_label(stage)}: {stage_text(stage)}")]
    base = run.get("base_model") or (results or {}).get("base_model")
    if base:
        rows.append(("base model", f"`{base}`" if hub_model_id(base) else "local tiny demo model (not on the Hub)"))
    if layout.start_stage(stage) == "sft":
        rows.append(("initial adapter", f"`{layout.adapter_repo_id(namespace, model, 'sft')}`"))
    if run.get("reference_model") or run.get("reference"):
        rows.append(("reference", _cell(run.get("reference_model") or run.get("reference"))))
    recipe = run.get("recipe")
    if isinstance(recipe, str) and recipe:
        path = Path(recipe)
        try:
            recipe = str(path.resolve().relative_to(REPO_ROOT))
        except (ValueError, OSError):
            recipe = path.name if _is_path_like(recipe) else recipe
        rows.append(("recipe", f"`{recipe}`"))
    for key, label in (
        ("loss_type", "loss"), ("prompt_format", "prompt format"), ("train_samples", "training samples"),
        ("global_step", "optimizer steps"),
    ):
        if run.get(key) is not None:
            rows.append((label, _cell(run[key])))
    if pairs is not None and "dpo" in stage_tags(stage):
        rows.append(("preference pairs", f"{pairs} (`{layout.preference_config_name(model)}`)"))
    first, last = run.get("train_loss_first"), run.get("train_loss_last")
    if isinstance(first, (int, float)) and isinstance(last, (int, float)):
        rows.append(("training loss", f"{first:.4g} → {last:.4g}"))
    if isinstance(run.get("runtime_s"), (int, float)):
        rows.append(("training time", f"{run['runtime_s']:.0f} s"))
    if run.get("created_at"):
        rows.append(("trained", _cell(run["created_at"])))
    return rows


def model_card_metadata(model: str, stage: str, namespace: str, run: dict, row: dict | None, split: str):
    """ModelCardData with base_model, library, tags, datasets and the model-index result."""
    from huggingface_hub import EvalResult, ModelCardData

    repo_id = layout.adapter_repo_id(namespace, model, stage)
    dataset_id = layout.dataset_repo_id(namespace)
    base = hub_model_id(run.get("base_model") or (row or {}).get("base_model"))
    tags = ["compile-prefs", "code", "cpp", "c++", "lora", "trl", "compiler-feedback", model]
    tags += stage_tags(stage)
    eval_results = None
    if row is not None:
        eval_results = [EvalResult(
            task_type="text-generation",
            task_name="C++ code completion",
            dataset_type=dataset_id,
            dataset_name="CodeNet C++ compile-prefs (completion)",
            dataset_config=layout.COMPLETION_CONFIG,
            dataset_split=split,
            metric_type="compile_success",
            metric_name="compile success (g++ -std=c++17, warnings fail)",
            metric_value=round(row["compile_success"], 4),
        )]
    data = ModelCardData(
        base_model=base,
        library_name="peft",
        pipeline_tag="text-generation",
        tags=tags,
        datasets=[dataset_id],
        metrics=["compile_success"],
        model_name=repo_id.split("/")[1],
        eval_results=eval_results,
    )
    return data


def render_model_card(model: str, stage: str, namespace: str, root=None, results: dict | None = None,
                      chart: str | None = CHART_NAME) -> str:
    """The model card of the `stage` adapter of `model`.

    results: report.model_results(model) (baselines + all stages); computed here when None.
    chart: the chart's file name in the repo (None: no chart).
    """
    from huggingface_hub import ModelCard

    if results is None:
        results = report.model_results(model, root) or {}
    run_summary = RunSummary.load(layout.run_dir(model, stage, root))
    run = run_summary.to_dict() if run_summary is not None else {}
    resolved = _read_yaml(layout.run_dir(model, stage, root) / "resolved_config.yaml")
    rows = results.get("rows", [])
    row = next((r for r in rows if r["system"] == stage), None)
    split = results.get("split", "test")
    data = model_card_metadata(model, stage, namespace, run, row, split)
    base = run.get("base_model") or results.get("base_model")
    base_id = hub_model_id(base)
    pairs = None
    pref = layout.data_dir(root) / layout.preference_config_name(model)
    if pref.is_dir():
        import pyarrow.parquet as pq

        pairs = sum(pq.read_metadata(p).num_rows for p in sorted(pref.glob("*.parquet")))
    hyper = [(k, _cell(resolved[k])) for k in HYPERPARAMETERS if k in resolved and resolved[k] is not None]
    decoding = (row or {}).get("decoding") or {}
    content = _env().get_template("model_card.md.jinja").render(
        card_data=data.to_yaml(),
        repo_name=layout.adapter_repo_id(namespace, model, stage).split("/")[1],
        repo_id=layout.adapter_repo_id(namespace, model, stage),
        dataset_repo_id=layout.dataset_repo_id(namespace),
        metric_space_id=layout.metric_space_id(namespace),
        stage_label=layout.stage_label(stage),
        stage_text=stage_text(stage),
        paper_stage=stage in layout.PAPER_TRAINED_STAGES,
        base_model_text=f"[`{base_id}`](https://huggingface.co/{base_id})" if base_id else "the tiny demo base model",
        base_model_ref=base_id or "path/to/tiny-base",
        split=split,
        compiler_text=report.describe_compiler(results.get("compiler")),
        results_table=report.model_table(results, highlight=stage) if rows else "No evaluation found for this adapter.",
        gains_table=report.table2({"models": {model: results}}) if results.get("gains") else "",
        chart=chart if rows else None,
        by_reason=sorted((row or {}).get("by_reason", {}).items()),
        decoding=[(k, _cell(v, 40)) for k, v in sorted(decoding.items())] if isinstance(decoding, dict) else [],
        prompt_format=(row or {}).get("prompt_format") or run.get("prompt_format") or "unknown",
        small_model_note=(
            "Trained on the tiny demo model on a CPU: these numbers show that the pipeline works end to end, "
            "not what a 7B model reaches." if not base_id else ""
        ),
        recipe=_recipe_rows(model, stage, run, results, namespace, pairs),
        hyperparameters=hyper,
    )
    expected = {k: v for k, v in data.to_dict().items() if v is not None}
    _check_card(ModelCard, content, expected)
    if row is not None:
        loaded = ModelCard(content).data.eval_results
        if not loaded or loaded[0].metric_value != round(row["compile_success"], 4):
            raise ValueError("model-index did not round-trip through ModelCard")
    return content


def write_model_chart(results: dict, model: str, stage: str, path: Path) -> Path | None:
    if not results.get("rows"):
        return None
    return report.plot({"models": {model: results}}, path,
                       title=f"{model}: compile success per stage ({results.get('split', 'test')} split)")


# ------------------------------------------------------------------ Space card
SPACE_DEFAULTS = {
    "title": "compile_success",
    "emoji": "🛠️",
    "colorFrom": "blue",
    "colorTo": "green",
    "sdk": "gradio",
    "app_file": "app.py",
    "pinned": False,
    "tags": ["evaluate", "metric"],
    "description": "Fraction of C++ programs that compile and link cleanly with g++ -std=c++17; any error or warning fails.",
}


def render_space_card(metric_dir: str | Path = METRIC_DIR, namespace: str | None = None) -> str:
    """The Space README: the metric folder's own card, with the Space front matter it needs.

    The folder's README.md (the metric card) is the source; keys it lacks are filled in, `sdk`
    is gradio, `app_file` app.py and the tags include evaluate and metric (how the Hub lists
    metric Spaces). With a namespace, `evaluate.load("compile_success")` examples point at the Space.
    """
    from huggingface_hub import SpaceCard, SpaceCardData

    metric_dir = Path(metric_dir)
    meta, body = layout.read_card_front_matter(metric_dir)
    if not body.strip():
        raise FileNotFoundError(f"{metric_dir}/README.md (the metric card) is missing or empty")
    merged = {**SPACE_DEFAULTS, **meta, "sdk": "gradio", "app_file": "app.py"}
    tags = list(meta.get("tags") or [])
    merged["tags"] = [t for t in SPACE_DEFAULTS["tags"] if t not in tags] + tags
    if namespace:
        space = layout.metric_space_id(namespace)
        body = body.replace(f'evaluate.load("{layout.METRIC_NAME}")', f'evaluate.load("{space}")')
    content = _env().get_template("space_card.md.jinja").render(
        card_data=SpaceCardData(**merged).to_yaml(), body=body.lstrip("\n"),
    )
    return _check_card(SpaceCard, content, merged)


# ------------------------------------------------------------------ CLI
def models_with_adapters(root=None) -> list[str]:
    runs = layout.artifacts_root(root) / "runs"
    if not runs.is_dir():
        return []
    return sorted(p.name for p in runs.iterdir()
                  if any((p / s / "adapter" / "adapter_config.json").exists() for s in layout.TRAINED_STAGES))


def render_all(root=None, namespace: str = "your-namespace", models: list[str] | None = None,
               out: str | Path | None = None) -> list[Path]:
    """Every card a release would publish, under out/<repo name>/; returns the files written."""
    out = Path(out) if out is not None else layout.report_dir(root) / "cards"
    written = []
    data = layout.data_dir(root)
    if (data / "README.md").exists():
        path = out / layout.DATASET_NAME / "README.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render_dataset_card(data, namespace, root=root), encoding="utf-8")
        written.append(path)
    for model in models if models is not None else models_with_adapters(root):
        results = report.model_results(model, root) or {}
        for stage in layout.TRAINED_STAGES:
            if not (layout.adapter_dir(model, stage, root) / "adapter_config.json").exists():
                continue
            folder = out / layout.adapter_repo_id(namespace, model, stage).split("/")[1]
            folder.mkdir(parents=True, exist_ok=True)
            chart = write_model_chart(results, model, stage, folder / CHART_NAME)
            text = render_model_card(model, stage, namespace, root, results, chart=chart.name if chart else None)
            (folder / "README.md").write_text(text, encoding="utf-8")
            written += [folder / "README.md"] + ([chart] if chart else [])
    if (METRIC_DIR / "README.md").exists():
        path = out / layout.METRIC_NAME / "README.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render_space_card(METRIC_DIR, namespace), encoding="utf-8")
        written.append(path)
    return written


@dataclass
class CardsConfig:
    """Settings of `compile-prefs cards` (every field is an option)."""

    artifacts: str | None = field(default=None, metadata={"help": "Artifacts root (default: $ARTIFACTS or ./artifacts)."})
    namespace: str = field(default="your-namespace", metadata={"help": "Hub user or org the cards refer to."})
    models: list[str] | None = field(default=None, metadata={"help": "Models (default: every model with an adapter)."})
    out: str | None = field(default=None, metadata={"help": "Output folder (default: <artifacts>/report/cards)."})

    def __post_init__(self):
        layout.dataset_repo_id(self.namespace)  # a name the Hub accepts, or a usage error now


ARGUMENTS = (CardsConfig,)  # `compile-prefs cards` parses its options from these dataclasses


@fails_cleanly(FileNotFoundError, ValueError, label="cards")
def run(args: CardsConfig) -> int:
    written = render_all(args.artifacts, args.namespace, args.models, args.out)
    if not written:
        print("cards: nothing to render (no dataset folder, adapters or metric card found)", file=sys.stderr)
        return 1
    for path in written:
        print(path)
    return 0


def main(argv: list[str] | None = None) -> int:
    return run_command(ARGUMENTS, run, argv, prog="compile-prefs cards", description=__doc__)


if __name__ == "__main__":
    sys.exit(main())
