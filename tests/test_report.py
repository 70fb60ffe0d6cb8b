"""The results report: tables, gains, the no-model baseline (brace closing) and the chart."""

import json
import shutil

import pytest

from cards import report
from cards.report import close_braces


@pytest.fixture(scope="module")
def runner(cards_compile_cache):
    # no precompiled headers: building them costs more than these few small compiles
    from evaluate_metric.compile_success.compile_runner import CompileConfig, CompileRunner

    return CompileRunner(CompileConfig(use_pch=False), cache_dir=cards_compile_cache)


@pytest.mark.parametrize("prefix, suffix", [
    ('int main() {\n  for (int i = 0; i < 3; i++) {\n    puts("{");', "\n}\n}\n"),
    ("struct P {\n  int x; // {\n  int y;", "\n};\n"),
    ("int main() { /* { */ int a[] = {1, 2", "\n};\n}\n"),
    ("int main() { char c = '{'; long n = 1'000'000; auto f = [&](int x) { return x;", "\n};\n}\n"),
    ("template <class T> T f(T x) {\n  return x;", "\n}\n"),
    ('#define OPEN {\nint main() { const char* s = R"x(})x"; // tail {', "\n\n}\n"),
    ('int main() { const char* s = "abc{', '"\n}\n'),
    ("int main() { /* open comment {", "*/\n}\n"),
    ("enum class E { A, B", "\n};\n"),
    ("int x = 1;", ""),
])
def test_close_braces_respects_literals_and_comments(prefix, suffix):
    assert close_braces(prefix) == prefix + suffix


def test_closed_prefixes_compile(runner):
    program = ('#include <cstdio>\n#include <vector>\nstruct Acc {\n  int total = 0;\n  void add(int x) {\n'
               '    total += x;\n  }\n};\nint main() {\n  Acc acc;\n  std::vector<int> v = {1, 2, 3};\n'
               '  for (int x : v) {\n    acc.add(x); // close } in a comment\n    printf("%d {\\n", acc.total);\n')
    # cut after a complete statement, deep inside two blocks: closing the braces completes it
    assert runner.check(close_braces(program)).good
    assert not runner.check(program).good
    cut_in_struct = program[: program.index("  void add")]
    assert runner.check(close_braces(cut_in_struct) + "int main() {}\n").good


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
    assert by["closed_braces"]["n_good"] == sum(v.good for v in runner.check_many([close_braces(p) for p in prompts]))
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
