"""Fixtures for Hub tests (the local Hub-protocol test server): owned by the cards/release area.

`hub_server` starts tests/hub_server.py on 127.0.0.1 and points every client at it for the
duration of one test: HF_ENDPOINT, HF_TOKEN, HF_HUB_DISABLE_XET=1 and the offline switches off.
huggingface_hub and datasets read these at import time into module constants (and the
module-level `huggingface_hub.api` keeps its endpoint), so those are patched too; everything
is restored afterwards, so the rest of the suite stays offline.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

import pytest

from hub_server import HubServer

__all__ = ["hub_server", "HubHandle", "release_artifacts", "grpo_release_artifacts", "build_release_artifacts",
           "add_trained_stage", "cards_compile_cache", "metric_snapshot"]


@dataclass
class HubHandle:
    server: HubServer
    url: str
    token: str
    user: str
    org: str

    def commits(self, repo_id: str, repo_type: str = "model"):
        return self.server.commits(repo_id, repo_type)

    def files(self, repo_id: str, repo_type: str = "model") -> dict[str, bytes]:
        return self.server.files(repo_id, repo_type)

    def repo_ids(self):
        return self.server.repo_ids()

    @property
    def requests(self) -> list[tuple[str, str]]:
        with self.server.state.lock:
            return list(self.server.state.requests)

    @property
    def unhandled(self) -> list[str]:
        return self.server.unhandled


def _point_clients_at(monkeypatch: pytest.MonkeyPatch, url: str, token: str) -> None:
    import datasets.config
    import huggingface_hub.constants as hf_constants
    import huggingface_hub.hf_api as hf_api
    from huggingface_hub import HfFileSystem
    from huggingface_hub.utils import _http

    for name in ("HF_HUB_OFFLINE", "HF_DATASETS_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_HUB_ENABLE_HF_TRANSFER"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HF_ENDPOINT", url)
    monkeypatch.setenv("HF_TOKEN", token)
    monkeypatch.setenv("HF_HUB_DISABLE_XET", "1")

    monkeypatch.setattr(hf_constants, "ENDPOINT", url)
    monkeypatch.setattr(hf_constants, "HUGGINGFACE_CO_URL_TEMPLATE", url + "/{repo_id}/resolve/{revision}/{filename}")
    monkeypatch.setattr(hf_constants, "HF_HUB_OFFLINE", False)
    monkeypatch.setattr(hf_constants, "HF_HUB_DISABLE_XET", True)
    monkeypatch.setattr(hf_constants, "HF_URL_HOSTS", frozenset(hf_constants.HF_URL_HOSTS | {"127.0.0.1"}))
    monkeypatch.setattr(_http, "_HUB_ORIGINS", frozenset(_http._HUB_ORIGINS | {_http._url_origin(url)}))
    monkeypatch.setattr(hf_api.api, "endpoint", url)

    monkeypatch.setattr(datasets.config, "HF_ENDPOINT", url)
    monkeypatch.setattr(datasets.config, "HUB_DATASETS_URL", url + "/datasets/{repo_id}/resolve/{revision}/{path}")
    monkeypatch.setattr(datasets.config, "HF_HUB_OFFLINE", False)
    monkeypatch.setattr(datasets.config, "HF_DATASETS_OFFLINE", False)
    # load_dataset pings an S3 bucket to count downloads: no network here.
    monkeypatch.setattr(datasets.config, "HF_UPDATE_DOWNLOAD_COUNTS", False)
    HfFileSystem.clear_instance_cache()


@pytest.fixture
def hub_server(monkeypatch):
    """A fresh in-memory Hub on loopback; clients point at it and hold a valid write token.

    Yields a HubHandle: .url, .token, .user (the token's user), .org (a namespace the user
    may also write to), .commits(repo_id, repo_type), .files(...), .requests, .unhandled.
    """
    from huggingface_hub import HfFileSystem

    token = "hf_test_" + secrets.token_hex(12)
    user, org = "tester", "compile-prefs-test-org"
    server = HubServer(tokens={token: user}, orgs=(org,)).start()
    try:
        _point_clients_at(monkeypatch, server.url, token)
        yield HubHandle(server=server, url=server.url, token=token, user=user, org=org)
    finally:
        server.stop()
        HfFileSystem.clear_instance_cache()


# ------------------------------------------------------------------ release artifacts
EVAL_GOOD = {"base": 2, "sft": 4, "dpo": 3, "sft_dpo": 5, "sft_grpo": 6}  # input fixtures, not results
NO_CODE_STAGES = ("sft",)  # stages whose last test sample is an answer without code


def build_release_artifacts(root, base_model_dir, programs, model: str = "tiny", stages=("sft", "dpo", "sft_dpo")):
    """A complete artifacts tree for one model from real components: the dataset folder written with
    layout.write_config, real LoRA adapters (peft) on the tiny base model, and the summaries built
    through compile_prefs.artifacts (so they are the producers' format), with evaluation verdicts
    on the test prompts."""
    from pathlib import Path

    from datasets import Dataset
    from transformers import AutoModelForCausalLM

    from compile_prefs import layout
    from compile_prefs.artifacts import BuildSummary, MiningSummary
    from compile_prefs.evaluate_metric.compile_success.compile_runner import RUNNER_VERSION

    root = Path(root)
    rows = []
    for i, code in enumerate(programs):
        cut = len(code) - -(-len(code) // 10)  # the last ceil(10%) characters are masked
        rows.append({"problem_id": f"p{i % 5:05d}", "submission_id": f"s{i:09d}", "prompt": code[:cut],
                     "completion": code[cut:], "code": code, "mask_ratio": 0.1})
    train, test = rows[: len(rows) - 8], rows[len(rows) - 8 :]
    data = layout.data_dir(root)
    layout.write_config(data, "completion", {"train": Dataset.from_list(train), "test": Dataset.from_list(test)})
    pairs = [{"prompt": r["prompt"], "chosen": r["completion"], "rejected": r["completion"][: len(r["completion"]) // 2],
              "model": model, "stage": "sft", "reason": "error", "diagnostic": "main.cpp:9:1: error: expected '}'"}
             for r in train[:12]]
    layout.write_config(data, layout.preference_config_name(model), {"train": Dataset.from_list(pairs)})
    compiler = {"runner_version": RUNNER_VERSION, "compiler": "g++ (test)", "std": "c++17", "mode": "link",
                "warnings_as_errors": True, "flags": ["-std=c++17", "-Werror"], "precompiled_headers": False}
    BuildSummary(
        dataset=layout.DATASET_NAME, config_name=layout.COMPLETION_CONFIG, created_at="2025-01-01T00:00:00+00:00",
        codenet_root="/data/Project_CodeNet", layout="full",
        options={"seed": 42, "split_by": "submission", "train_per_problem": 8, "test_per_problem": 2,
                 "test_problem_fraction": 0.2, "max_problems": None, "dedup": True, "mask_ratio": 0.1, "cut": "char",
                 "languages": ["C++"], "statuses": ["Accepted"]},
        counts={"train": len(train), "test": len(test)},
        read={"rows_read": len(rows), "rows_selected": len(rows)}, selection={"problems_used": 5},
        compiler=compiler, files=["completion/train-00000-of-00001.parquet", "completion/test-00000-of-00001.parquet"],
        elapsed_s=1.0,
    ).write(data)
    distances = {"n": len(pairs), "mean": 12.5, "median": 12.0}
    MiningSummary(
        model=model, generations=str(layout.prefs_dir(model, root) / "generations.jsonl"), data=str(data),
        created_at="2025-01-01T00:00:00+00:00", n_generations=len(train), n_bad=12, n_candidates=12, n_pairs=12,
        skipped={}, filters={"min_edit_distance": 0, "dedupe": False}, by_reason={"error": 12},
        levenshtein=distances, levenshtein_normalized={"n": len(pairs), "mean": 0.5, "median": 0.5},
        levenshtein_all=distances, levenshtein_normalized_all={"n": len(pairs), "mean": 0.5, "median": 0.5},
        written={layout.preference_config_name(model): len(pairs)},
    ).write(layout.prefs_dir(model, root))

    base = AutoModelForCausalLM.from_pretrained(str(base_model_dir))
    write_evaluation(root, model, "base", EVAL_GOOD["base"], base_model_dir, test, compiler)
    for stage in stages:
        base = write_trained_stage(root, model, stage, base, base_model_dir, len(train))
        write_evaluation(root, model, stage, EVAL_GOOD[stage], base_model_dir, test, compiler)
    return root


def write_trained_stage(root, model: str, stage: str, base, base_model_dir, train_samples: int):
    """A real LoRA adapter for `stage` on `base` (a transformers model), its run summary (through RunSummary, as
    training/runs.py writes it) and resolved config; returns the base model again, for the next stage."""
    import yaml
    from peft import LoraConfig, get_peft_model

    from compile_prefs import layout
    from compile_prefs.artifacts import RunSummary

    run = layout.run_dir(model, stage, root)
    peft_model = get_peft_model(base, LoraConfig(r=4, lora_alpha=4, target_modules="all-linear", init_lora_weights=False))
    peft_model.save_pretrained(str(run / "adapter"))
    trainer = stage if stage == "sft" else stage.removeprefix("sft_")
    from_sft = layout.start_stage(stage) == "sft"
    extra = {}
    if trainer == "dpo":
        extra = {"reference": "base model (adapters disabled)", "beta": 0.1}
    elif trainer == "grpo":
        extra = {"reference": "sft", "reference_model": "the SFT model (a frozen copy of the initial adapter)",
                 "beta": 0.04, "num_generations": 4, "reward": {"graded": False, "hack_penalty": 0.0},
                 "sampled_compile_success_first": 0.25, "sampled_compile_success_last": 0.5}
    RunSummary(
        model=model, stage=stage, base_model=str(base_model_dir),
        init_adapter=str(layout.adapter_dir(model, "sft", root)) if from_sft else None,
        recipe=f"training/recipes/{model}/{trainer}.yaml", prompt_format="base",
        loss_type={"sft": "sft", "dpo": "sigmoid"}.get(trainer, trainer), train_samples=train_samples,
        skipped_invalid=0, dropped_too_long=0, truncated_prompts=0, runtime_s=12.0, eval=None,
        backend="transformers", quantization=None, learning_rate=2e-4, optim="adamw_torch", num_train_epochs=1.0,
        max_steps=10, max_length=256, versions={"trl": "test"},
        train_loss_first=5.1, train_loss_last=2.3, train_loss_mean=3.0,
        lora={"r": 4, "alpha": 4, "dropout": 0.0, "target_modules": "all-linear"}, global_step=10,
        adapter=str(run / "adapter"), created_at="2025-01-01T00:00:00+00:00", **extra,
    ).write(run)
    (run / "resolved_config.yaml").write_text(yaml.safe_dump({"lora_r": 4, "learning_rate": 2e-4, "seed": 42,
                                                             "output_dir": str(run)}))
    return peft_model.unload()


def write_evaluation(root, model: str, stage: str, good: int, base_model_dir, test: list[dict], compiler: dict):
    """verdicts.jsonl and the EvalSummary of one stage on the test rows: the first `good` compile."""
    import json

    from compile_prefs import layout
    from compile_prefs.artifacts import EvalSummary

    ev = layout.eval_dir(model, stage, root)
    ev.mkdir(parents=True, exist_ok=True)
    verdicts = []
    for j, r in enumerate(test):
        ok = j < good
        completion = r["completion"] if ok else r["completion"][:3]
        record = {"id": r["submission_id"], "problem_id": r["problem_id"], "prompt": r["prompt"],
                  "completion": completion, "program": r["prompt"] + completion,
                  "verdict": "Good" if ok else "Bad", "reason": None if ok else "error",
                  "diagnostic": "" if ok else "error: expected '}'", "truncated": False}
        if stage in NO_CODE_STAGES and j == len(test) - 1:  # an answer without code: Bad, nothing compiled
            record.update(completion=None, program=None, reason="no_code", diagnostic="no code found in the model output")
        verdicts.append(record)
    (ev / "verdicts.jsonl").write_text("".join(json.dumps(v) + "\n" for v in verdicts))
    by_reason: dict[str, int] = {}
    for v in verdicts:
        if v["verdict"] == "Bad":
            by_reason[v["reason"]] = by_reason.get(v["reason"], 0) + 1
    EvalSummary(
        model=model, stage=stage, base_model=str(base_model_dir),
        adapter=None if stage == "base" else str(layout.adapter_dir(model, stage, root)),
        prompt_format="base", split="test", n=len(test), n_good=good, compile_success=good / len(test),
        by_reason=by_reason, n_truncated=0, finish={"eos": len(test)}, mean_new_tokens=20.0,
        decoding={"strategy": "greedy", "max_new_tokens": 64, "do_sample": False},
        generation={"batch_size": 8, "backend": "transformers", "max_prompt_tokens": None, "limit": None},
        compiler=compiler, runner_version=compiler["runner_version"], created_at="2025-01-01T00:00:00+00:00",
    ).write(ev)


def add_trained_stage(root, base_model_dir, stage: str, good: int, model: str = "tiny"):
    """Train-and-evaluate `stage` into an artifacts tree made by build_release_artifacts, on its test rows and
    with its compiler: what `make train STAGE=<stage>` and `make eval` leave behind."""
    import pyarrow.parquet as pq
    from transformers import AutoModelForCausalLM

    from compile_prefs import layout
    from compile_prefs.artifacts import EvalSummary

    test = pq.read_table(layout.parquet_path(layout.data_dir(root), layout.COMPLETION_CONFIG, "test")).to_pylist()
    compiler = EvalSummary.load(layout.eval_dir(model, "base", root)).compiler
    base = AutoModelForCausalLM.from_pretrained(str(base_model_dir))
    write_trained_stage(root, model, stage, base, base_model_dir, train_samples=0)
    write_evaluation(root, model, stage, good, base_model_dir, test, compiler)
    return root


@pytest.fixture(scope="session")
def release_artifacts(tmp_path_factory, tiny_model_dir, tiny_cpp_programs):
    """A read-only artifacts root with everything `release --model tiny` needs (copy it to change it)."""
    # <bits/stdc++.h> costs a second of g++ per compile: the baseline rows compile the test prompts
    light = [p for p in tiny_cpp_programs if "bits/stdc++.h" not in p]
    return build_release_artifacts(tmp_path_factory.mktemp("artifacts"), tiny_model_dir, light[:32])


@pytest.fixture(scope="session")
def grpo_release_artifacts(tmp_path_factory, release_artifacts, tiny_model_dir):
    """release_artifacts plus a trained and evaluated +SFT+GRPO stage (6 of 8 test prompts compile)."""
    import shutil

    root = shutil.copytree(release_artifacts, tmp_path_factory.mktemp("grpo") / "artifacts")
    return add_trained_stage(root, tiny_model_dir, "sft_grpo", EVAL_GOOD["sft_grpo"])


@pytest.fixture(scope="session")
def cards_compile_cache(tmp_path_factory):
    """One verdict cache for the session's report/release tests (set COMPILE_PREFS_CACHE to it)."""
    return tmp_path_factory.mktemp("compile-cache")


@pytest.fixture(scope="session")
def metric_snapshot(tmp_path_factory):
    """A frozen copy of the metric folder, so a release test does not see edits made while it runs."""
    import shutil

    from compile_prefs.cards.render import METRIC_DIR

    return shutil.copytree(METRIC_DIR, tmp_path_factory.mktemp("metric") / "compile_success",
                           ignore=shutil.ignore_patterns("__pycache__"))
