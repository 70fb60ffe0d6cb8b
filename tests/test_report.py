"""The results report: tables beside the paper's, paired comparisons, the no-model baseline (brace closing),
reasons that add up, runner versions that never mix, and the chart."""

import json
import shutil

import pytest

from compile_prefs import layout
from compile_prefs.artifacts import REASONS, EvalSummary
from compile_prefs.cards import paper, report
from compile_prefs.training.extract import closing_braces


@pytest.fixture(scope="module")
def runner(cards_compile_cache):
    # no precompiled headers: building them costs more than these few small compiles
    from compile_prefs.evaluate_metric.compile_success.compile_runner import CompileConfig, CompileRunner

    return CompileRunner(CompileConfig(use_pch=False), cache_dir=cards_compile_cache)


def test_the_papers_tables_as_published():
    """Table 1 is stored as k of 1510 and gives the published percentages; Table 2 follows from Table 1's
    rounded percentages, as the paper computed it."""
    published = {"gemma": (48.34, 61.52, 56.09, 72.19), "mistral": (27.22, 35.76, 75.83, 90.93),
                 "codellama": (53.64, 74.70, 79.34, 21.66)}
    for model, values in published.items():
        assert tuple(paper.table1_pct(model, s) for s in ("base", "sft", "dpo", "sft_dpo")) == values
        assert paper.table2_from_table1(model) == paper.TABLE2[model]
    assert paper.TABLE2["codellama"] == {"best": "dpo", "vs_base_pct": 47.91, "vs_sft_pct": 6.21}


def test_report_tables_baseline_and_chart(release_artifacts, runner, tmp_path):
    res = report.model_results("tiny", release_artifacts, runner=runner)
    systems = [r["system"] for r in res["rows"]]
    assert systems == ["prefix_only", "closed_braces", "base", "sft", "dpo", "sft_dpo"]
    by = {r["system"]: r for r in res["rows"]}
    assert (by["sft"]["n_good"], by["sft"]["n"]) == (4, 8)
    # the baseline is scored, not copied: recompute it from the same prompts
    prompts = [json.loads(line)["prompt"] for line in
               (release_artifacts / "runs/tiny/eval/base/verdicts.jsonl").read_text().splitlines()]
    assert by["closed_braces"]["n_good"] == sum(v.good for v in runner.check_many([p + closing_braces(p) for p in prompts]))
    assert by["prefix_only"]["n"] == 8 and sum(by["prefix_only"]["by_reason"].values()) == 8 - by["prefix_only"]["n_good"]
    # base gets prompts 0-1 right, +SFT 0-3: two discordant prompts, both for +SFT; exact McNemar p = 2 / 2^2
    gains = {(g["from"], g["to"]): g for g in res["gains"]}
    assert gains[("base", "sft")] == {"from": "base", "to": "sft", "label": "+SFT vs base", "abs_pp": 25.0, "rel_pct": 100.0,
                                      "n_paired": 8, "only_from": 0, "only_to": 2, "p_value": 0.5}
    assert (gains[("sft", "sft_dpo")]["abs_pp"], gains[("sft", "sft_dpo")]["rel_pct"]) == (12.5, 25.0)
    assert gains[("sft", "sft_dpo")]["p_value"] == 1.0
    # Table 2 as the paper has it: the best approach (+SFT+DPO, 5/8) against base (2/8) and against +SFT (4/8)
    best = res["best"]
    assert best["stage"] == "sft_dpo" and best["compile_success"] == 0.625
    assert (best["vs_base"]["abs_pp"], best["vs_base"]["rel_pct"], best["vs_base"]["p_value"]) == (37.5, 150.0, 0.25)
    assert best["vs_sft"]["rel_pct"] == 25.0
    assert res["preference_set"] == {"pairs": 12, "levenshtein_mean": 12.5, "levenshtein_median": 12.0}
    sft_summary = EvalSummary.load(layout.eval_dir("tiny", "sft", release_artifacts))
    assert res["paper"] is None and res["runner_version"] == sft_summary.runner_version

    full = {"models": {"tiny": res}}
    paths = report.write_report(full, tmp_path / "report")
    md = paths["markdown"].read_text()
    assert "| tiny | 8 | " in md and "50.0% (4/8)" in md
    assert "| tiny | +SFT vs base | 8 | +25.0 pp | +100.0% | 0 / 2 | p = 0.500 |" in md
    assert "| tiny | ours | +SFT+DPO | 62.5% | +37.5 pp (+150.0%; p = 0.250) | +12.5 pp (+25.0%; p = 1.000) |" in md
    assert "| Gemma-7b | paper | 1510 | 48.34% (730) | 61.52% (929) | 56.09% (847) | 72.19% (1090) |" in md
    assert "| tiny | 12 | 12.5 | 12 | — |" in md  # the preference set's edit distances
    assert "![compile success per stage](compile_success.png)" in md
    assert json.loads(paths["json"].read_text())["models"]["tiny"]["rows"][3]["compile_success"] == 0.5
    png = paths["chart"].read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000
    # same numbers, same bytes: a re-release sees an unchanged chart
    assert report.plot(full, tmp_path / "again.png").read_bytes() == png


def test_bad_samples_by_reason_add_up_and_include_no_code(release_artifacts, runner):
    res = report.model_results("tiny", release_artifacts, runner=runner)
    by = {r["system"]: r for r in res["rows"]}
    assert by["sft"]["by_reason"] == {"error": 3, "no_code": 1}
    table = report.table_reasons({"models": {"tiny": res}})
    header, _, *lines = table.splitlines()
    assert header.endswith("| " + " | ".join(REASONS) + " | hit max_new_tokens |") and "no_code" in REASONS
    for line in lines:
        cells = [c.strip() for c in line.strip("|").split("|")]
        n, good, counts = int(cells[2]), int(cells[3]), [int(c) for c in cells[4:4 + len(REASONS)]]
        assert len(counts) == len(REASONS) and sum(counts) == n - good, line
    sft = next(line for line in lines if "| +SFT |" in line)
    assert sft.endswith("| 1 | 0 (0%) |")  # the no_code column, then no generation stopped by the length cap
    assert next(line for line in lines if "closing braces" in line).endswith("| — |")  # no generation to cap

    # a stage whose generations the cap stopped says how many
    capped = dict(res, rows=[dict(r, hit_max_new_tokens=2) if r["system"] == "sft" else r for r in res["rows"]])
    sft = next(line for line in report.table_reasons({"models": {"tiny": capped}}).splitlines() if "| +SFT |" in line)
    assert sft.endswith(f"| 2 ({100 * 2 / by['sft']['n']:.0f}%) |")


def test_results_of_different_runner_versions_never_share_a_table(release_artifacts, tmp_path, capsys):
    from compile_prefs.cli import main

    root = tmp_path / "art"
    shutil.copytree(release_artifacts, root)
    ev = layout.eval_dir("tiny", "base", root)
    old = EvalSummary.load(ev)
    old.runner_version -= 1
    old.compiler = {**old.compiler, "runner_version": old.runner_version}
    old.write(ev)
    with pytest.raises(ValueError, match="different compile-runner versions") as err:
        report.collect(["tiny"], root, baseline=False)
    assert f"tiny/base: runner {old.runner_version}" in str(err.value)
    assert f"tiny/sft: runner {old.runner_version + 1}" in str(err.value)
    assert main(["report", "--artifacts", str(root), "--no-baseline", "--out", str(tmp_path / "r")]) == 1
    assert "different compile-runner versions" in capsys.readouterr().err
    assert not (tmp_path / "r").exists()


def test_report_cli(release_artifacts, cards_compile_cache, tmp_path, monkeypatch, capsys):
    from compile_prefs.cli import main

    monkeypatch.setenv("COMPILE_PREFS_CACHE", str(cards_compile_cache))
    assert main(["report", "--artifacts", str(release_artifacts), "--no-baseline", "--out", str(tmp_path / "r")]) == 0
    out = capsys.readouterr().out
    assert "| tiny | 8 | — | — | 25.0% (2/8)" in out
    assert (tmp_path / "r" / "compile_success.png").exists()

    broken = tmp_path / "broken"
    shutil.copytree(release_artifacts / "runs", broken / "runs")
    (broken / "runs/tiny/eval/sft/summary.json").write_text(json.dumps({"n": 8, "n_good": 9}))
    assert main(["report", "--artifacts", str(broken), "--no-baseline"]) == 1
    err = capsys.readouterr().err
    assert "runs/tiny/eval/sft/summary.json" in err and "missing field(s)" in err and "make eval" in err
    summary = json.loads((release_artifacts / "runs/tiny/eval/sft/summary.json").read_text())
    (broken / "runs/tiny/eval/sft/summary.json").write_text(json.dumps({**summary, "n_good": 9}))
    assert main(["report", "--artifacts", str(broken), "--no-baseline"]) == 1
    assert "0 <= n_good <= n" in capsys.readouterr().err
    assert main(["report", "--artifacts", str(tmp_path / "empty")]) == 1
    assert "make eval" in capsys.readouterr().err


def test_baseline_row_scores_the_programs_of_the_braces_backend(tmp_path, tiny_cpp_programs):
    """One closing-braces baseline: `generate --model baseline:braces` and the report's row
    compile the same program for every prompt."""
    from datasets import Dataset

    from compile_prefs.builders.masking import mask_code
    from compile_prefs import layout
    from compile_prefs.training.generate import GenerateConfig, generate_file, read_records

    # ordinary 10% cuts, and cuts where a closer needs `};`, a literal or comment ends first, or nothing is open
    prompts = [mask_code(code, 0.1).prompt for code in tiny_cpp_programs[:4]] + [
        "#include <vector>\nstruct P {\n  int x;", "int main() {\n  std::vector<int> v = {1, 2",
        'int main() {\n  auto f = [](int x) {\n    return x; // {', 'int main() { puts("%d\\',
        'int main() { auto s = R"(a {', "int main() { /* {", "int main() { return 0; }\n",
    ]
    rows = [{"problem_id": "p00000", "submission_id": f"s{i:09d}", "prompt": p, "completion": "}\n", "code": p + "}\n",
             "mask_ratio": 0.1} for i, p in enumerate(prompts)]
    layout.write_config(tmp_path / "data", layout.COMPLETION_CONFIG, {"test": Dataset.from_list(rows)})
    out = generate_file(GenerateConfig(model="baseline:braces", data=str(tmp_path / "data"), out=str(tmp_path / "b.jsonl"),
                                       split="test", score=False, progress=False))
    recs = read_records(out)
    assert [r["prompt"] for r in recs] == prompts
    programs = report.baseline_programs(prompts)
    assert [r["program"] for r in recs] == programs["closed_braces"]
    assert programs["prefix_only"] == prompts
    assert programs["closed_braces"][4].endswith("int x;\n};\n") and programs["closed_braces"][-1] == prompts[-1]


def test_a_paper_protocol_tree_is_reported_beside_ours(release_artifacts, runner, tmp_path):
    ours, theirs = tmp_path / "artifacts", tmp_path / "artifacts-paper"
    shutil.copytree(release_artifacts, ours)
    shutil.copytree(release_artifacts, theirs)
    for path in (theirs / "runs" / "tiny" / "eval").glob("*/summary.json"):  # the same stages, run under the paper's protocol
        summary = json.loads(path.read_text())
        path.write_text(json.dumps({**summary, "protocol": "paper"}))
    (theirs / "runs" / "tiny" / "eval" / "dpo" / "verdicts.jsonl").unlink()  # one stage without per-prompt verdicts

    res = report.collect(["tiny"], ours, baseline=False, beside=theirs)
    assert list(res["models"]) == ["tiny", "tiny (paper protocol)"]
    assert res["models"]["tiny (paper protocol)"]["artifacts"] == str(theirs)
    table = report.table1(res)
    assert "| tiny |" in table and "| tiny (paper protocol) |" in table
    # each tree keeps its own paired tests: the copy without dpo verdicts has no p-value for it
    gains = {g["to"]: g for g in res["models"]["tiny (paper protocol)"]["gains"] if g["from"] == "base"}
    assert gains["dpo"]["p_value"] is None and gains["sft"]["p_value"] is not None
    assert report.collect(["tiny"], ours, baseline=False)["models"].keys() == {"tiny"}
