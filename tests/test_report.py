"""The results report: tables, gains, the no-model baseline (brace closing) and the chart."""

import json
import shutil

import pytest

from compile_prefs.cards import report
from compile_prefs.training.extract import closing_braces


@pytest.fixture(scope="module")
def runner(cards_compile_cache):
    # no precompiled headers: building them costs more than these few small compiles
    from compile_prefs.evaluate_metric.compile_success.compile_runner import CompileConfig, CompileRunner

    return CompileRunner(CompileConfig(use_pch=False), cache_dir=cards_compile_cache)


def test_wilson_interval():
    lo, hi = report.wilson(0, 8)
    assert lo == 0.0 and hi == pytest.approx(0.3244, abs=1e-3)
    lo, hi = report.wilson(4, 8)
    assert lo == pytest.approx(0.2152, abs=1e-3) and hi == pytest.approx(0.7848, abs=1e-3)
    assert report.wilson(0, 0) == (0.0, 0.0)


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
    gains = {(g["from"], g["to"]): g for g in res["gains"]}
    assert gains[("base", "sft")] == {"from": "base", "to": "sft", "label": "+SFT vs base", "abs_pp": 25.0, "rel_pct": 100.0}
    assert gains[("sft", "sft_dpo")]["abs_pp"] == 12.5 and gains[("sft", "sft_dpo")]["rel_pct"] == 25.0

    full = {"models": {"tiny": res}}
    paths = report.write_report(full, tmp_path / "report")
    md = paths["markdown"].read_text()
    assert "| tiny | 8 | " in md and "50.0% (4/8)" in md and "+25.0 pp (+100.0%)" in md
    assert "![compile success per stage](compile_success.png)" in md
    assert json.loads(paths["json"].read_text())["models"]["tiny"]["rows"][3]["compile_success"] == 0.5
    png = paths["chart"].read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 10_000
    # same numbers, same bytes: a re-release sees an unchanged chart
    assert report.plot(full, tmp_path / "again.png").read_bytes() == png


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
    assert "runs/tiny/eval/sft/summary.json" in capsys.readouterr().err
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
