"""Every trained stage of compile_prefs.layout reaches the report, the model cards and the release: +SFT+GRPO
with the same baselines and paired tests as the paper's stages, and a stage that exists only as a name added to
layout.TRAINED_STAGES."""

import json
import shutil

import pytest

from compile_prefs import layout
from compile_prefs.cards import release, render, report
from compile_prefs.cli import demo_summary, main

GRPO_GOOD = 6  # fixtures_hub.EVAL_GOOD["sft_grpo"]: the first 6 of 8 test prompts compile


@pytest.fixture(autouse=True)
def _cards_compile_cache(cards_compile_cache, monkeypatch):
    monkeypatch.setenv("COMPILE_PREFS_CACHE", str(cards_compile_cache))


@pytest.fixture(scope="module")
def runner(cards_compile_cache):
    from compile_prefs.evaluate_metric.compile_success.compile_runner import CompileConfig, CompileRunner

    return CompileRunner(CompileConfig(use_pch=False), cache_dir=cards_compile_cache)


def test_stage_labels_and_starts_come_from_the_stage_names():
    assert [layout.stage_label(s) for s in layout.EVAL_STAGES] == ["base", "+SFT", "+DPO only", "+SFT+DPO", "+SFT+GRPO",
                                                                   "+SFT+iterated DPO"]
    assert [layout.start_stage(s) for s in layout.TRAINED_STAGES] == ["base", "base", "sft", "sft", "sft"]
    assert layout.stage_label("sft_dpo_onpolicy") == "+SFT+DPO+ONPOLICY"


def test_report_has_grpo_with_baselines_and_paired_tests(grpo_release_artifacts, runner, tmp_path):
    res = report.model_results("tiny", grpo_release_artifacts, runner=runner)
    assert [r["system"] for r in res["rows"]] == ["prefix_only", "closed_braces", "base", "sft", "dpo", "sft_dpo",
                                                  "sft_grpo"]
    grpo = next(r for r in res["rows"] if r["system"] == "sft_grpo")
    assert (grpo["label"], grpo["n_good"], grpo["n"]) == ("+SFT+GRPO", GRPO_GOOD, 8)
    assert grpo["ci95"] == [round(x, 4) for x in report.wilson(GRPO_GOOD, 8)]
    gains = {(g["from"], g["to"]): g for g in res["gains"]}
    # base compiles prompts 0-1, +SFT 0-3, +SFT+DPO 0-4, +SFT+GRPO 0-5: every discordant prompt favours GRPO
    assert (gains[("base", "sft_grpo")]["only_from"], gains[("base", "sft_grpo")]["only_to"]) == (0, 4)
    assert gains[("base", "sft_grpo")]["p_value"] == 0.125  # exact McNemar: 2 / 2^4
    assert (gains[("sft", "sft_grpo")]["abs_pp"], gains[("sft", "sft_grpo")]["p_value"]) == (25.0, 0.5)
    assert gains[("sft_dpo", "sft_grpo")]["n_paired"] == 8 and gains[("sft_dpo", "sft_grpo")]["p_value"] == 1.0
    assert ("dpo", "sft_grpo") not in gains and ("sft", "dpo") not in gains  # +DPO only starts from base
    assert res["best"]["stage"] == "sft_grpo" and res["best"]["vs_sft"]["abs_pp"] == 25.0

    paths = report.write_report({"models": {"tiny": res}}, tmp_path / "report")
    md = paths["markdown"].read_text()
    assert "| +SFT+DPO | +SFT+GRPO |" in md and "| 62.5% (5/8) | 75.0% (6/8) |" in md
    assert "| tiny | +SFT+GRPO vs base | 8 | +50.0 pp | +200.0% | 0 / 4 | p = 0.125 |" in md
    assert "| tiny | +SFT+GRPO vs +SFT+DPO | 8 | +12.5 pp |" in md
    assert "| Gemma-7b | paper | 1510 | 48.34% (730) | 61.52% (929) | 56.09% (847) | 72.19% (1090) | — |" in md
    assert "| tiny | ours | +SFT+GRPO | 75.0% |" in md
    assert json.loads(paths["json"].read_text())["models"]["tiny"]["rows"][-1]["system"] == "sft_grpo"
    assert paths["chart"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_tables_keep_the_papers_columns_without_grpo(release_artifacts):
    res = report.model_results("tiny", release_artifacts, baseline=False)
    table = report.table1({"models": {"tiny": res}})
    assert "+SFT+DPO |" in table and "GRPO" not in table


def test_model_card_of_the_grpo_adapter(grpo_release_artifacts, runner):
    results = report.model_results("tiny", grpo_release_artifacts, runner=runner)
    card = render.render_model_card("tiny", "sft_grpo", "alice", grpo_release_artifacts, results)
    from huggingface_hub import ModelCard

    data = ModelCard(card).data
    assert "grpo" in data.tags and "sft" in data.tags and "dpo" not in data.tags
    assert data.eval_results[0].metric_value == 0.75
    assert "**+SFT+GRPO**, GRPO with the compile reward" in card and "goes beyond" in card
    assert "| initial adapter | `alice/compile-prefs-tiny-sft` |" in card
    assert "| reference | the SFT model (a frozen copy of the initial adapter) |" in card
    assert "| **+SFT+GRPO** | 75.0% | 6 / 8 |" in card and "| +SFT+DPO | 62.5% | 5 / 8 |" in card
    assert "preference pairs" not in card  # GRPO samples and scores on line; it learns from no pairs
    paper_row = render.render_model_card("tiny", "sft_dpo", "alice", grpo_release_artifacts, results)
    assert "It reproduces a row" in paper_row and "| preference pairs | 12 " in paper_row


def test_release_publishes_the_grpo_adapter_like_the_others(grpo_release_artifacts, metric_snapshot, tmp_path, capsys):
    out = tmp_path / "release"
    assert main(["release", "--model", "tiny", "--artifacts", str(grpo_release_artifacts), "--dry-run", "--verify",
                 "--namespace", "alice", "--out", str(out), "--metric-dir", str(metric_snapshot)]) == 0
    printed = capsys.readouterr().out
    assert printed.count("  verified ") == 6
    plan = json.loads((out / "release_plan.json").read_text())
    assert [r["repo_id"] for r in plan["repos"]][1:-1] == [
        "alice/compile-prefs-tiny-sft", "alice/compile-prefs-tiny-dpo", "alice/compile-prefs-tiny-sft_dpo",
        "alice/compile-prefs-tiny-sft_grpo"]
    grpo = out / "models/alice/compile-prefs-tiny-sft_grpo"
    assert sorted(p.name for p in grpo.iterdir()) == ["README.md", "adapter_config.json", "adapter_model.safetensors",
                                                      "compile_success.png"]
    assert "+SFT+GRPO" in (grpo / "README.md").read_text()


def test_a_trained_grpo_stage_without_its_evaluation_stops_the_release(grpo_release_artifacts, tmp_path):
    root = shutil.copytree(grpo_release_artifacts, tmp_path / "art")
    (layout.eval_dir("tiny", "sft_grpo", root) / "summary.json").unlink()
    (layout.run_dir("tiny", "sft_grpo", root) / "run_summary.json").unlink()
    problems = "\n".join(release.check_artifacts("tiny", root))
    assert "`make eval MODEL=tiny STAGE=sft_grpo`" in problems and "`make grpo MODEL=tiny`" in problems


def test_a_stage_added_to_layout_is_reported_carded_and_released(release_artifacts, tiny_model_dir, metric_snapshot,
                                                                  runner, tmp_path, monkeypatch):
    """A new trained stage needs only its name in layout.TRAINED_STAGES (and its artifacts)."""
    from fixtures_hub import add_trained_stage

    stage = "sft_dpo_onpolicy"
    monkeypatch.setattr(layout, "TRAINED_STAGES", layout.TRAINED_STAGES + (stage,))
    monkeypatch.setattr(layout, "EVAL_STAGES", layout.EVAL_STAGES + (stage,))
    root = add_trained_stage(shutil.copytree(release_artifacts, tmp_path / "art"), tiny_model_dir, stage, good=7)

    res = report.model_results("tiny", root, runner=runner)
    assert res["rows"][-1]["system"] == stage and res["rows"][-1]["label"] == "+SFT+DPO+ONPOLICY"
    gains = {(g["from"], g["to"]) for g in res["gains"]}
    assert {("base", stage), ("sft", stage), ("sft_dpo", stage)} <= gains
    assert "| +SFT+DPO+ONPOLICY |" in report.table1({"models": {"tiny": res}})
    report.plot({"models": {"tiny": res}}, tmp_path / "chart.png")

    card = render.render_model_card("tiny", stage, "alice", root, res)
    assert "**+SFT+DPO+ONPOLICY**, the `sft_dpo_onpolicy` stage, trained from the SFT adapter" in card
    plans = release.plan_release("tiny", "alice", root, metric_dir=metric_snapshot)
    assert f"alice/compile-prefs-tiny-{stage}" in [p.repo_id for p in plans]
    shutil.rmtree(layout.eval_dir("tiny", stage, root))
    assert f"`make eval MODEL=tiny STAGE={stage}`" in "\n".join(release.check_artifacts("tiny", root))


def test_the_selected_stage_is_named_and_tested_against_base_and_closing_braces(grpo_release_artifacts, runner,
                                                                                 tmp_path):
    res = report.model_results("tiny", grpo_release_artifacts, runner=runner, selected="sft_grpo")
    sel = res["selected"]
    assert (sel["stage"], sel["label"], sel["evaluated"], sel["n"]) == ("sft_grpo", "+SFT+GRPO", True, 8)
    assert (sel["vs_base"]["abs_pp"], sel["vs_base"]["p_value"]) == (50.0, 0.125)
    braces = next(r for r in res["rows"] if r["system"] == "closed_braces")
    assert sel["vs_closed_braces"]["abs_pp"] == round(100 * (GRPO_GOOD / 8 - braces["compile_success"]), 2)
    assert sel["vs_closed_braces"]["n_paired"] == 8

    paths = report.write_report({"models": {"tiny": res}}, tmp_path / "report")
    assert "## The selected stage" in paths["markdown"].read_text()
    assert json.loads(paths["json"].read_text())["models"]["tiny"]["selected"]["stage"] == "sft_grpo"
    # a goal of >= 200 prompts cannot be met on 8: the demo summary says which part was missed
    verdict = demo_summary.goal_verdict(sel)
    assert "NOT met" in verdict and "8 test prompts < 200" in verdict

    unevaluated = report.model_results("tiny", grpo_release_artifacts, runner=runner, selected="sft_dpo_onpolicy")
    assert unevaluated["selected"]["evaluated"] is False
    assert "not evaluated" in demo_summary.goal_verdict(unevaluated["selected"])


def test_goal_verdict_met_only_when_every_part_holds():
    met = {"evaluated": True, "n": 200, "vs_base": {"abs_pp": 12.0, "p_value": 0.004},
           "vs_closed_braces": {"abs_pp": 3.0, "p_value": 0.4}}
    assert demo_summary.goal_verdict(met).endswith(": met")
    for key, change in (("vs_base", {"abs_pp": 9.5, "p_value": 0.004}), ("vs_base", {"abs_pp": 12.0, "p_value": 0.02}),
                        ("vs_closed_braces", {"abs_pp": 0.0, "p_value": 1.0})):
        assert "NOT met" in demo_summary.goal_verdict({**met, key: change})
