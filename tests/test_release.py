"""`compile-prefs release` through the real huggingface_hub client against the local Hub server,
loaded back with the stock loaders; plus the dry run, missing artifacts and token handling."""

import json
import logging
import shutil

import pytest

from compile_prefs.cards import release
from compile_prefs import layout
from compile_prefs.artifacts import EvalSummary
from compile_prefs.cli import main

REPOS = [
    ("dataset", "codenet-cpp-compile-prefs"),
    ("model", "compile-prefs-tiny-sft"),
    ("model", "compile-prefs-tiny-dpo"),
    ("model", "compile-prefs-tiny-sft_dpo"),
    ("space", "compile_success"),
]


@pytest.fixture(autouse=True)
def _cards_compile_cache(cards_compile_cache, monkeypatch):
    monkeypatch.setenv("COMPILE_PREFS_CACHE", str(cards_compile_cache))


def _commit_counts(hub, ns):
    return {name: len(hub.commits(f"{ns}/{name}", kind)) for kind, name in REPOS}


def _last_commit_changes(hub, repo_id, repo_type="model") -> tuple[list[str], list[str]]:
    """(paths added or changed, paths deleted) by the repo's last commit, read from the server."""
    *_, before, after = hub.commits(repo_id, repo_type)
    changed = sorted(p for p, blob in after.files.items() if before.files.get(p) != blob)
    return changed, sorted(set(before.files) - set(after.files))


def test_release_then_load_back_and_rerun_is_a_noop(hub_server, release_artifacts, metric_snapshot, tiny_model_dir,
                                                     capsys, caplog):
    caplog.set_level(logging.DEBUG)
    ns = hub_server.user
    args = ["release", "--model", "tiny", "--artifacts", str(release_artifacts), "--metric-dir", str(metric_snapshot)]
    assert main(args) == 0
    first = capsys.readouterr()
    assert sorted(hub_server.repo_ids()) == sorted((kind, f"{ns}/{name}") for kind, name in REPOS)
    # one commit per repo on top of the Hub's initial commit, with a clear message
    assert _commit_counts(hub_server, ns) == {name: 2 for _, name in REPOS}
    assert hub_server.commits(f"{ns}/compile-prefs-tiny-sft")[-1].title == \
        "compile-prefs 0.1.0: tiny +SFT adapter (compile success 50.0% on test)"

    from datasets import load_dataset
    from huggingface_hub import ModelCard, SpaceCard

    data = layout.data_dir(release_artifacts)
    completion = load_dataset(f"{ns}/codenet-cpp-compile-prefs", "completion")
    local_test = load_dataset(str(data), "completion", split="test")
    assert completion["test"]["code"] == local_test["code"] and len(completion["train"]) > 0
    prefs = load_dataset(f"{ns}/codenet-cpp-compile-prefs", "preference-tiny", split="train")
    assert len(prefs) == 12 and {"prompt", "chosen", "rejected"} <= set(prefs.column_names)

    import torch
    from peft import PeftModel
    from safetensors.torch import load_file
    from transformers import AutoModelForCausalLM

    base = AutoModelForCausalLM.from_pretrained(str(tiny_model_dir))
    model = PeftModel.from_pretrained(base, f"{ns}/compile-prefs-tiny-sft_dpo")
    local = load_file(str(layout.adapter_dir("tiny", "sft_dpo", release_artifacts) / "adapter_model.safetensors"))
    loaded = {k: v for k, v in model.state_dict().items() if "lora_" in k}
    assert len(loaded) == len(local) > 0
    for key, value in local.items():  # the published adapter is the trained one, bit for bit
        match = [v for k, v in loaded.items() if k.replace(".default", "") == key]
        assert len(match) == 1 and torch.equal(match[0], value)

    card = ModelCard.load(f"{ns}/compile-prefs-tiny-sft")
    (result,) = card.data.eval_results
    assert (result.metric_type, result.metric_value, result.dataset_type, result.dataset_split) == \
        ("compile_success", 0.5, f"{ns}/codenet-cpp-compile-prefs", "test")
    assert card.data.library_name == "peft" and "no model: prefix + closing braces" in card.text
    space = SpaceCard.load(f"{ns}/compile_success", repo_type="space")
    assert space.data.to_dict()["sdk"] == "gradio" and "evaluate" in space.data.to_dict()["tags"]
    assert set(hub_server.files(f"{ns}/compile_success", "space")) >= {"app.py", "compile_success.py", "compile_runner.py",
                                                                       "requirements.txt", "README.md"}

    # again: nothing changed, so no commit anywhere
    assert main(args) == 0
    second = capsys.readouterr()
    assert _commit_counts(hub_server, ns) == {name: 2 for _, name in REPOS}
    assert second.out.count(": up to date") == len(REPOS) and "done: 0 commit(s)" in second.out
    assert hub_server.unhandled == []
    everything = first.out + first.err + second.out + second.err + caplog.text
    assert hub_server.token not in everything


def test_release_updates_only_what_changed_and_keeps_other_models(hub_server, release_artifacts, metric_snapshot, tmp_path):
    root = tmp_path / "art"
    shutil.copytree(release_artifacts, root)
    ns = hub_server.user

    def publish():
        return release.release("tiny", root=root, metric_dir=metric_snapshot, log=lambda *_: None)

    publish()
    # another model's preference config is already in the dataset repo
    from huggingface_hub import HfApi

    HfApi().upload_file(path_or_fileobj=(layout.data_dir(root) / "preference-tiny/train-00000-of-00001.parquet").read_bytes(),
                        path_in_repo="preference-gemma/train-00000-of-00001.parquet", repo_type="dataset",
                        repo_id=f"{ns}/codenet-cpp-compile-prefs", commit_message="gemma prefs")
    summary = EvalSummary.load(layout.eval_dir("tiny", "sft", root))
    summary.n_good, summary.compile_success, summary.by_reason = 6, 0.75, {"error": 1, "no_code": 1}
    summary.write(layout.eval_dir("tiny", "sft", root))
    (layout.adapter_dir("tiny", "sft", root) / "stale-notes.txt").write_text("x")
    plans = publish()
    committed = {p.repo_id.split("/")[1]: p.repo_type for p in plans if p.commit}
    changed = {name: _last_commit_changes(hub_server, f"{ns}/{name}", kind) for name, kind in committed.items()}
    # the sft score feeds every card of the model (results table, chart); the dataset card now lists gemma's config
    assert set(changed) == {"codenet-cpp-compile-prefs", "compile-prefs-tiny-sft", "compile-prefs-tiny-dpo",
                            "compile-prefs-tiny-sft_dpo"}
    assert changed["codenet-cpp-compile-prefs"] == (["README.md"], [])
    assert changed["compile-prefs-tiny-dpo"] == (["README.md", "compile_success.png"], [])
    assert changed["compile-prefs-tiny-sft"] == (["README.md", "compile_success.png", "stale-notes.txt"], [])
    (layout.adapter_dir("tiny", "sft", root) / "stale-notes.txt").unlink()
    plans = publish()
    assert [p.repo_id.split("/")[1] for p in plans if p.commit] == ["compile-prefs-tiny-sft"]
    assert _last_commit_changes(hub_server, f"{ns}/compile-prefs-tiny-sft") == ([], ["stale-notes.txt"])
    files = hub_server.files(f"{ns}/codenet-cpp-compile-prefs", "dataset")
    assert "preference-gemma/train-00000-of-00001.parquet" in files  # not ours: left alone
    from datasets import load_dataset

    assert len(load_dataset(f"{ns}/codenet-cpp-compile-prefs", "preference-gemma", split="train")) == 12


def test_missing_artifacts_push_nothing_and_name_the_make_target(hub_server, release_artifacts, tmp_path, capsys):
    root = tmp_path / "art"
    shutil.copytree(release_artifacts, root)
    shutil.rmtree(layout.adapter_dir("tiny", "sft_dpo", root))
    (layout.eval_dir("tiny", "sft", root) / "summary.json").unlink()
    assert main(["release", "--model", "tiny", "--artifacts", str(root)]) == 2
    err = capsys.readouterr().err
    assert "nothing was pushed" in err
    assert "`make dpo MODEL=tiny`" in err and "`make eval MODEL=tiny STAGE=sft`" in err
    assert main(["release", "--model", "gemma", "--artifacts", str(root)]) == 2
    err = capsys.readouterr().err
    assert "`make prefs MODEL=gemma`" in err and "`make sft MODEL=gemma`" in err
    assert hub_server.repo_ids() == [] and hub_server.requests == []


def test_no_token_and_a_bad_token(hub_server, release_artifacts, monkeypatch, capsys, caplog):
    caplog.set_level(logging.DEBUG)
    monkeypatch.delenv("HF_TOKEN")
    assert main(["release", "--model", "tiny", "--artifacts", str(release_artifacts)]) == 2
    assert "no Hugging Face token" in capsys.readouterr().err
    secret = "hf_FAKEsecret0123456789abcdef"
    monkeypatch.setenv("HF_TOKEN", secret)
    assert main(["release", "--model", "tiny", "--artifacts", str(release_artifacts)]) == 2
    out = capsys.readouterr()
    assert "rejected the token (401)" in out.err
    assert secret not in out.out + out.err + caplog.text
    assert hub_server.repo_ids() == []


def test_dry_run_writes_the_exact_trees_offline(release_artifacts, metric_snapshot, tmp_path, capsys):
    # no hub_server here: HF_HUB_OFFLINE=1, so any network call would fail the run
    out = tmp_path / "release"
    args = ["release", "--model", "tiny", "--artifacts", str(release_artifacts), "--dry-run", "--namespace", "alice",
            "--out", str(out), "--metric-dir", str(metric_snapshot)]
    assert main(args + ["--verify"]) == 0
    printed = capsys.readouterr().out
    assert "nothing leaves this machine" in printed and "alice/compile-prefs-tiny-sft_dpo" in printed
    # the trees load back with the stock loaders: load_dataset, PeftModel.from_pretrained, the card loaders
    assert printed.count("  verified ") == 5 and "PeftModel.from_pretrained on its base" in printed
    assert "load_dataset of completion, preference-tiny" in printed
    sft = out / "models/alice/compile-prefs-tiny-sft"
    space = out / "spaces/alice/compile_success"
    assert sorted(p.relative_to(sft).as_posix() for p in sft.rglob("*") if p.is_file()) == \
        ["README.md", "adapter_config.json", "adapter_model.safetensors", "compile_success.png"]
    assert (space / "app.py").exists() and "sdk: gradio" in (space / "README.md").read_text()
    plan = json.loads((out / "release_plan.json").read_text())
    assert [r["repo_id"] for r in plan["repos"]] == [
        "alice/codenet-cpp-compile-prefs", "alice/compile-prefs-tiny-sft", "alice/compile-prefs-tiny-dpo",
        "alice/compile-prefs-tiny-sft_dpo", "alice/compile_success"]
    # deterministic, and exactly the plan: a second dry run writes the same bytes and drops strays
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    (sft / "stray.txt").write_text("left over")
    assert main(args) == 0
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    # verification fails on a broken tree
    plans = release.plan_release("tiny", "alice", release_artifacts, metric_dir=metric_snapshot)
    (out / "datasets/alice/codenet-cpp-compile-prefs/preference-tiny/train-00000-of-00001.parquet").unlink()
    with pytest.raises(Exception):  # noqa: B017 -- whatever datasets raises for a missing data file
        release.verify_trees(plans, out, release_artifacts, log=lambda *_: None)


def test_a_release_deletes_only_what_it_owns():
    from huggingface_hub.utils import filter_repo_objects

    remote = [".gitattributes", "README.md", "completion/old-00000-of-00001.parquet",
              "preference-gemma/train-00000-of-00001.parquet", "preference-tiny/train-00000-of-00001.parquet"]
    plan = release.RepoPlan("a/b", "dataset", {"README.md": b"hello"}, "msg",
                            owned=("completion/", "preference-tiny/", "README.md"))
    # what upload_folder deletes: remote files matching delete_patterns (it never deletes .gitattributes)
    assert sorted(filter_repo_objects(remote, allow_patterns=plan.delete_patterns)) == [
        "README.md", "completion/old-00000-of-00001.parquet", "preference-tiny/train-00000-of-00001.parquet"]
    assert release.RepoPlan("a/m", "model", {}, "msg").delete_patterns == ["*"]
    assert [c.name for c in release.remote_configs(remote, ["completion", "preference-tiny"])] == ["preference-gemma"]
