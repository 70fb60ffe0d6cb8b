"""Publish one model's artifacts to the Hub: the dataset, its adapters and the metric Space.

    compile-prefs release --model gemma [--namespace NS] [--dry-run [--verify]] [--out DIR] [--artifacts DIR] [--private]

What goes where (repo ids from compile_prefs.layout):

    datasets/NS/codenet-cpp-compile-prefs   completion/, preference-<model>/, preference/ (if built), README.md
    NS/compile-prefs-<model>-<stage>         adapter files, README.md (model card), compile_success.png
                                             for stage in sft and sft_dpo, and every other stage of
                                             layout.TRAINED_STAGES that was trained (dpo, sft_grpo, ...)
    spaces/NS/compile_success                the metric folder, README.md with the Space front matter

Every artifact is checked before anything is pushed; a missing one stops the release and names
the make target that produces it. Each repo's tree is written as in a dry run and published with
huggingface_hub's `upload_folder`: one commit per repo, files the Hub already holds are not sent
again, a release that changes nothing makes no commit, deletions are limited to the files this
release owns (`delete_patterns`), and `parent_commit` makes a commit fail rather than overwrite one
that landed in between. Other models' preference configs already in the dataset repo are left
alone and stay listed in its card (the one place the remote tree is read). The token comes from
HF_TOKEN or `hf auth login` (never from the command line) and never appears in the output.
--dry-run writes the exact repo trees under <artifacts>/release/{datasets,models,spaces}/NS/NAME and
a release_plan.json, and touches no network; --verify then loads each tree back with
load_dataset, PeftModel.from_pretrained and the card loaders.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from compile_prefs.cards import render, report
from compile_prefs import __version__, layout
from compile_prefs.artifacts import ArtifactError, RunSummary
from compile_prefs.command import run_command

DRY_RUN_NAMESPACE = "your-namespace"
# How to make each artifact: the message of a release that finds it missing.
MAKE_TARGETS = {
    "data": "make data",
    "prefs": "make prefs MODEL={model}",
    "sft": "make sft MODEL={model}",
    "sft_dpo": "make dpo MODEL={model}",
    "dpo": "make dpo-only MODEL={model}",
    "sft_grpo": "make grpo MODEL={model}",
    "eval": "make eval MODEL={model} STAGE={stage}",
}
# Any other trained stage (layout.TRAINED_STAGES) is made by its name.
TRAIN_TARGET = "make train MODEL={model} STAGE={stage}"
# The paper's pipeline always publishes these; every other trained stage is published where it was trained.
REQUIRED_STAGES = ("sft", "sft_dpo")
# Training leftovers that are not part of an adapter (and pickles the Hub flags as unsafe).
ADAPTER_EXCLUDE = ("README.md", "training_args.bin", "optimizer.pt", "scheduler.pt", "rng_state*.pth", "*.pkl",
                   "trainer_state.json")
ADAPTER_WEIGHTS = ("adapter_model.safetensors", "adapter_model.bin")
TYPE_FOLDERS = {"dataset": "datasets", "model": "models", "space": "spaces"}


class ReleaseError(Exception):
    """A release that cannot go ahead; the message says what to do."""


@dataclass
class RepoPlan:
    """One repo's tree, and after publishing, the commit it made (None: already up to date)."""

    repo_id: str
    repo_type: str  # model, dataset or space
    files: dict[str, bytes]
    message: str
    owned: tuple[str, ...] | None = None  # paths ("x") and folders ("x/") this release manages; None: the whole repo
    space_sdk: str | None = None
    commit: str | None = None

    @property
    def display(self) -> str:
        return f"{TYPE_FOLDERS[self.repo_type]}/{self.repo_id}" if self.repo_type != "model" else self.repo_id

    @property
    def delete_patterns(self) -> list[str]:
        """Remote files a release may delete when its tree no longer has them (.gitattributes is always kept)."""
        if self.owned is None:
            return ["*"]
        return [p + "*" if p.endswith("/") else p for p in self.owned]


# ------------------------------------------------------------------ checks
def present_stages(model: str, root=None) -> list[str]:
    """Adapter stages to publish, in layout.TRAINED_STAGES order: REQUIRED_STAGES always (a missing one stops
    the release), every other stage when its adapter was trained."""
    return [s for s in layout.TRAINED_STAGES
            if s in REQUIRED_STAGES or (layout.adapter_dir(model, s, root) / "adapter_config.json").exists()]


def check_artifacts(model: str, root=None, metric_dir: Path = render.METRIC_DIR) -> list[str]:
    """Every problem that stops a release of `model`, each naming the make target that fixes it."""
    problems = []
    target = {s: TRAIN_TARGET.format(model=model, stage=s) for s in layout.TRAINED_STAGES}
    target.update({k: v.format(model=model, stage="{stage}") for k, v in MAKE_TARGETS.items()})
    data = layout.data_dir(root)
    configs = layout.list_configs(data) if (data / "README.md").exists() else []
    if layout.COMPLETION_CONFIG not in configs:
        problems.append(f"dataset folder {data} has no '{layout.COMPLETION_CONFIG}' config: run `{target['data']}`")
    pref = layout.preference_config_name(model)
    if pref not in configs:
        problems.append(f"dataset folder {data} has no '{pref}' config: run `{target['prefs']}`")
    for name in configs if configs else []:
        try:
            render.scan_configs(data, [name])
        except FileNotFoundError as err:
            problems.append(f"{err}: run `{target['prefs'] if name.startswith('preference') else target['data']}`")
    for stage in present_stages(model, root):
        adapter = layout.adapter_dir(model, stage, root)
        if not (adapter / "adapter_config.json").exists() or not any((adapter / w).exists() for w in ADAPTER_WEIGHTS):
            problems.append(f"no {stage} adapter in {adapter}: run `{target[stage]}`")
        else:
            try:
                run = RunSummary.load(layout.run_dir(model, stage, root))
            except ArtifactError as err:
                problems.append(f"{err}")
            else:
                if run is None:
                    problems.append(f"no {RunSummary.FILE} beside the {stage} adapter in "
                                    f"{layout.run_dir(model, stage, root)}: run `{target[stage]}`")
    for stage in ["base"] + present_stages(model, root):
        try:
            summary = report.read_eval_summary(model, stage, root)
        except ValueError as err:
            summary = None
            problems.append(f"{err}: re-run `{target['eval'].format(stage=stage)}`")
        else:
            if summary is None:
                problems.append(f"no evaluation of {model} {stage} in {layout.eval_dir(model, stage, root)}: "
                                f"run `{target['eval'].format(stage=stage)}`")
    for name in ("README.md", "app.py", "requirements.txt", f"{layout.METRIC_NAME}.py"):
        if not (Path(metric_dir) / name).exists():
            problems.append(f"the metric folder {metric_dir} lacks {name} (part of the repository checkout)")
    return problems


# ------------------------------------------------------------------ trees
def _tree(folder: Path, exclude: tuple[str, ...] = ()) -> dict[str, bytes]:
    files = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if not path.is_file() or any(part.startswith(".") or part == "__pycache__" for part in rel.parts):
            continue
        if any(part.startswith("checkpoint-") for part in rel.parts[:-1]) or path.suffix == ".pyc":
            continue
        if any(fnmatch.fnmatch(rel.name, pattern) for pattern in exclude):
            continue
        files[rel.as_posix()] = path.read_bytes()
    return files


_SHARD = re.compile(r"^(.+?)-\d{5}-of-\d{5}\.parquet$")


def remote_configs(remote: list[str] | None, local: list[str]) -> list[render.ConfigInfo]:
    """Configs in the remote dataset repo (its file paths) that this release does not push (another model's prefs)."""
    splits: dict[str, dict[str, None]] = {}
    for path in remote or ():
        parts = path.split("/")
        if len(parts) == 2 and parts[0] not in local and (m := _SHARD.match(parts[1])):
            splits.setdefault(parts[0], {})[m.group(1)] = None
    return [render.ConfigInfo(name, s) for name, s in sorted(splits.items())]


def _chart_bytes(results: dict, model: str, stage: str) -> bytes | None:
    with tempfile.TemporaryDirectory() as tmp:
        path = render.write_model_chart(results, model, stage, Path(tmp) / render.CHART_NAME)
        return path.read_bytes() if path else None


def plan_release(model: str, namespace: str, root=None, results: dict | None = None,
                 remote_dataset: list[str] | None = None,
                 metric_dir: Path = render.METRIC_DIR) -> list[RepoPlan]:
    """The trees of every repo (dataset, adapters, Space), in memory, cards rendered."""
    results = results if results is not None else (report.model_results(model, root) or {})
    data = layout.data_dir(root)
    configs = [layout.COMPLETION_CONFIG, layout.preference_config_name(model)]
    if layout.PREFERENCE_CONFIG in layout.list_configs(data):
        configs.append(layout.PREFERENCE_CONFIG)
    dataset_files = {"README.md": render.render_dataset_card(
        data, namespace, configs, extra_configs=remote_configs(remote_dataset, configs), root=root).encode()}
    for info in render.scan_configs(data, configs):
        for paths in info.files.values():
            for path in paths:
                dataset_files[path.relative_to(data).as_posix()] = path.read_bytes()
    plans = [RepoPlan(
        layout.dataset_repo_id(namespace), "dataset", dataset_files,
        f"compile-prefs {__version__}: {', '.join(configs)} configs and dataset card",
        owned=tuple(f"{c}/" for c in configs) + ("README.md",),
    )]
    by_stage = {r["system"]: r for r in results.get("rows", [])}
    for stage in present_stages(model, root):
        files = _tree(layout.adapter_dir(model, stage, root), ADAPTER_EXCLUDE)
        chart = _chart_bytes(results, model, stage)
        if chart is not None:
            files[render.CHART_NAME] = chart
        files["README.md"] = render.render_model_card(
            model, stage, namespace, root, results, chart=render.CHART_NAME if chart else None).encode()
        score = by_stage.get(stage)
        score_text = f" (compile success {score['compile_success']:.1%} on {results.get('split', 'test')})" if score else ""
        plans.append(RepoPlan(
            layout.adapter_repo_id(namespace, model, stage), "model", files,
            f"compile-prefs {__version__}: {model} {layout.stage_label(stage)} adapter{score_text}",
        ))
    space = _tree(Path(metric_dir))
    space["README.md"] = render.render_space_card(metric_dir, namespace).encode()
    plans.append(RepoPlan(
        layout.metric_space_id(namespace), "space", space,
        f"compile-prefs {__version__}: {layout.METRIC_NAME} metric", space_sdk="gradio",
    ))
    return plans


# ------------------------------------------------------------------ dry run
def write_dry_run(plans: list[RepoPlan], out: str | Path) -> Path:
    """Each repo's exact tree under out/<datasets|models|spaces>/<repo id>, plus release_plan.json."""
    out = Path(out)
    manifest = []
    for plan in plans:
        folder = tree_folder(out, plan)
        if folder.exists():
            shutil.rmtree(folder)  # the tree is exactly the plan: no stale files from an earlier run
        for path, data in plan.files.items():
            target = folder / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        manifest.append({
            "repo_id": plan.repo_id, "repo_type": plan.repo_type, "space_sdk": plan.space_sdk,
            "folder": str(folder), "commit_message": plan.message,
            "files": [{"path": p, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()} for p, d in sorted(plan.files.items())],
        })
    path = out / "release_plan.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"repos": manifest}, indent=2) + "\n", encoding="utf-8")
    return path


# ------------------------------------------------------------------ publishing
def _redact(text: str, token: str | None) -> str:
    return text.replace(token, "<token>") if token else text


def tree_folder(out: str | Path, plan: RepoPlan) -> Path:
    """Where a repo's tree lies in a dry-run folder: out/<datasets|models|spaces>/<repo id>."""
    return Path(out) / TYPE_FOLDERS[plan.repo_type] / plan.repo_id


def _remote_files(api, repo_id: str, repo_type: str) -> list[str] | None:
    """The file paths of a repo at its head; None when it does not exist."""
    from huggingface_hub.errors import RepositoryNotFoundError

    try:
        return api.list_repo_files(repo_id, repo_type=repo_type)
    except RepositoryNotFoundError:
        return None


def _head(api, plan: RepoPlan, private: bool) -> str:
    """The repo's current commit, creating the repo first when it does not exist."""
    from huggingface_hub.errors import RepositoryNotFoundError

    try:
        return api.repo_info(plan.repo_id, repo_type=plan.repo_type).sha
    except RepositoryNotFoundError:
        api.create_repo(plan.repo_id, repo_type=plan.repo_type, private=private or None, space_sdk=plan.space_sdk)
        return api.repo_info(plan.repo_id, repo_type=plan.repo_type).sha


def _publish(api, plan: RepoPlan, folder: Path, private: bool) -> str | None:
    """Upload `folder` as the repo's tree; the new commit, or None when the Hub already had it all."""
    head = _head(api, plan, private)
    info = api.upload_folder(repo_id=plan.repo_id, repo_type=plan.repo_type, folder_path=folder,
                             commit_message=plan.message, delete_patterns=plan.delete_patterns, parent_commit=head)
    return None if info.oid == head else info.oid


def verify_trees(plans: list[RepoPlan], out: str | Path, root=None, log=print) -> None:
    """Load every dry-run tree back with the stock loaders, as users would load the repos.

    Dataset configs through `load_dataset(folder, config)` (row counts must match), cards through
    DatasetCard/ModelCard/SpaceCard (an adapter card must carry its model-index result), adapters
    through `PeftModel.from_pretrained` on their base model when that is a local folder (the tiny
    model); a Hub base model is not downloaded, its adapter is checked with PeftConfig and its weights.
    """
    from huggingface_hub import DatasetCard, ModelCard, SpaceCard
    from peft import PeftConfig

    out = Path(out)
    for plan in plans:
        folder = tree_folder(out, plan)
        if plan.repo_type == "dataset":
            DatasetCard.load(folder / "README.md")
            for config in layout.list_configs(folder):
                ds = layout.load_split(folder, config)
                want = {s: n for info in render.scan_configs(folder, [config]) for s, n in info.splits.items()}
                got = {split: len(part) for split, part in ds.items()}
                if got != want:
                    raise ReleaseError(f"{folder}: config {config} loads as {got}, expected {want}")
            log(f"  verified {plan.display}: load_dataset of {', '.join(layout.list_configs(folder))}")
        elif plan.repo_type == "model":
            card = ModelCard.load(folder / "README.md")
            if not card.data.eval_results:
                raise ReleaseError(f"{folder}/README.md has no model-index result")
            base = PeftConfig.from_pretrained(str(folder)).base_model_name_or_path
            if base and Path(base).is_dir():
                from peft import PeftModel
                from transformers import AutoModelForCausalLM

                PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(base), str(folder))
                how = "PeftModel.from_pretrained on its base"
            else:
                from safetensors import safe_open

                with safe_open(str(folder / "adapter_model.safetensors"), "pt") as weights:
                    if not any("lora_" in k for k in weights.keys()):
                        raise ReleaseError(f"{folder}: adapter_model.safetensors holds no LoRA weights")
                how = "adapter config and LoRA weights (base model not downloaded)"
            log(f"  verified {plan.display}: {how}; model-index compile_success "
                f"{card.data.eval_results[0].metric_value}")
        else:
            data = SpaceCard.load(folder / "README.md").data.to_dict()
            if data.get("sdk") != plan.space_sdk or not (folder / data.get("app_file", "app.py")).exists():
                raise ReleaseError(f"{folder}/README.md does not describe a {plan.space_sdk} Space with its app file")
            log(f"  verified {plan.display}: Space card (sdk {data['sdk']}, app {data['app_file']})")


def release(model: str, namespace: str | None = None, root=None, dry_run: bool = False, out=None,
            private: bool = False, metric_dir: Path = render.METRIC_DIR, verify: bool = False,
            log=print) -> list[RepoPlan]:
    """Check, plan and publish (or write, with dry_run) every repo of `model`'s release.

    Raises ReleaseError, before anything is pushed, when an artifact or the token is missing.
    verify (dry run): load the written trees back with the stock loaders.
    """
    problems = check_artifacts(model, root, metric_dir)
    if problems:
        raise ReleaseError("cannot release {}: {} missing artifact(s), nothing was pushed:\n{}".format(
            model, len(problems), "\n".join(f"  - {p}" for p in problems)))
    if dry_run:
        namespace = namespace or DRY_RUN_NAMESPACE
        plans = plan_release(model, namespace, root, None, None, metric_dir)
        out = Path(out if out is not None else layout.release_dir(root))
        manifest = write_dry_run(plans, out)
        log(f"dry run: nothing leaves this machine; repo trees as they would be published under {namespace}/")
        for plan in plans:
            size = sum(len(d) for d in plan.files.values())
            log(f"  {plan.display}: {len(plan.files)} files, {size / 1e6:.2f} MB  \"{plan.message}\"")
            for path in sorted(plan.files):
                log(f"      {path}  ({len(plan.files[path]):,} bytes)")
        log(f"trees and release_plan.json in {manifest.parent}")
        if verify:
            verify_trees(plans, out, root, log)
        return plans

    from huggingface_hub import HfApi, get_token
    from huggingface_hub.errors import HfHubHTTPError

    token = get_token()
    if not token:
        raise ReleaseError(
            "no Hugging Face token: run `hf auth login` or set HF_TOKEN to a token with write access "
            "(https://huggingface.co/settings/tokens), or use --dry-run (make release DRY_RUN=1) "
            "to write the repo trees locally"
        )
    api = HfApi(token=token)
    try:
        try:
            user = api.whoami()["name"]
        except HfHubHTTPError as err:
            raise ReleaseError(f"the Hub at {api.endpoint} rejected the token ({err.response.status_code}); "
                               "check HF_TOKEN or run `hf auth login`") from None
        namespace = namespace or user
        # The dataset card lists the configs other releases put in the repo: read its files first.
        dataset = _remote_files(api, layout.dataset_repo_id(namespace), "dataset")
        plans = plan_release(model, namespace, root, None, dataset, metric_dir)
        log(f"release {model} to {api.endpoint} as {user}, namespace {namespace}")
        with tempfile.TemporaryDirectory(prefix="compile-prefs-release-") as tmp:
            write_dry_run(plans, tmp)
            for plan in plans:
                plan.commit = _publish(api, plan, tree_folder(tmp, plan), private)
                if plan.commit is None:
                    log(f"  {plan.display}: up to date ({len(plan.files)} files), no commit")
                else:
                    log(f"  {plan.display}: {len(plan.files)} files -> commit {plan.commit[:10]} \"{plan.message}\"")
    except HfHubHTTPError as err:
        raise ReleaseError(_redact(f"the Hub refused the release: {err}", token)) from None
    done = sum(p.commit is not None for p in plans)
    log(f"done: {done} commit(s), {len(plans) - done} repo(s) already up to date")
    return plans


# ------------------------------------------------------------------ CLI
@dataclass
class ReleaseConfig:
    """Settings of `compile-prefs release` (every field is an option). The token is never one: it comes from
    HF_TOKEN or `hf auth login`."""

    model: str = field(metadata={"help": "Model whose artifacts to publish (a folder of training/recipes/: gemma, tiny, ...)."})
    namespace: str | None = field(default=None, metadata={"help": "Hub user or org (default: the token's user)."})
    dry_run: bool = field(default=False, metadata={"help": "Write the repo trees locally; nothing is pushed."})
    out: str | None = field(default=None, metadata={"help": "Dry-run folder (default: <artifacts>/release)."})
    artifacts: str | None = field(default=None, metadata={"help": "Artifacts root (default: $ARTIFACTS or ./artifacts)."})
    private: bool = field(default=False, metadata={"help": "Create new repos as private."})
    verify: bool = field(default=False, metadata={"help": "With --dry-run: load the trees back with the stock loaders."})
    metric_dir: Path = field(default=render.METRIC_DIR, metadata={"help": "The metric folder published as a Space."})

    def __post_init__(self):
        if self.verify and not self.dry_run:
            raise ValueError("--verify checks the dry-run trees: use it with --dry-run")
        self.metric_dir = Path(self.metric_dir)


ARGUMENTS = (ReleaseConfig,)  # `compile-prefs release` parses its options from these dataclasses


def run(args: ReleaseConfig) -> int:
    token = None
    try:
        from huggingface_hub import get_token

        token = get_token()
        release(args.model, args.namespace, args.artifacts, dry_run=args.dry_run, out=args.out,
                private=args.private, verify=args.verify, metric_dir=args.metric_dir)
    except ReleaseError as err:
        print(_redact(f"release: {err}", token), file=sys.stderr)
        return 2
    except (ValueError, FileNotFoundError, OSError) as err:
        print(_redact(f"release: {type(err).__name__}: {err}", token), file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    return run_command(ARGUMENTS, run, argv, prog="compile-prefs release", description=__doc__)


if __name__ == "__main__":
    sys.exit(main())
