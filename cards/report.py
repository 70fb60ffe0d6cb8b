"""Collect the evaluation summaries into the paper's tables, a chart, and a no-model baseline.

    compile-prefs report [--artifacts DIR] [--models tiny gemma] [--out DIR] [--workers N]

For each model it reads runs/<model>/eval/<stage>/summary.json and verdicts.jsonl (stage: each of
layout.EVAL_STAGES that was evaluated: the paper's base, sft, dpo, sft_dpo, and beyond it sft_grpo, ...)
and runs/<model>/prefs/mining_summary.json, and writes into report/ (layout.report_dir):

    results.md           Table 1 (compile success per stage) and Table 2 (the best approach against
                         base and +SFT), each beside the paper's published numbers; every comparison
                         of two stages with its paired test; Bad samples by reason; preference sets
    results.json         the same numbers for machines
    compile_success.png  bar chart of compile success per model and stage

Next to the model rows there is always a no-model baseline scored by the same compiler on the
same test prompts: the prefix alone, and the prefix with its open braces closed (by
training.extract.closing_braces, so the programs are those of `generate --model baseline:braces`). A compile rate
means little without it: on a character cut, closing the braces alone already compiles a
fair share of programs.

Two stages scored on the same prompts are compared with the exact McNemar test on their
per-prompt verdicts (compile_prefs.stats.compare). Verdicts of different compile-runner versions
never share a table: the report stops and names the stages to evaluate again.
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from compile_prefs import layout
from compile_prefs.artifacts import REASONS, VERDICTS_FILE, EvalSummary, MiningSummary
from compile_prefs.cards import paper
from compile_prefs.command import fails_cleanly, run_command
from compile_prefs.stats import compare, wilson
from compile_prefs.training.extract import closing_braces
from compile_prefs.training.generate import read_records

# The stages come from compile_prefs.layout (EVAL_STAGES, their labels and where each starts), read when a
# report is made: a stage added there is reported with no change here.
BASELINE_LABELS = {"prefix_only": "no model: prefix alone", "closed_braces": "no model: prefix + closing braces"}
COLORS = {
    "prefix_only": "#d9d9d9", "closed_braces": "#969696",
    "base": "#4c72b0", "sft": "#55a868", "dpo": "#dd8452", "sft_dpo": "#c44e52", "sft_grpo": "#8172b3",
}
MORE_COLORS = ("#937860", "#da8bc3", "#ccb974", "#64b5cd", "#8c8c8c")  # stages beyond COLORS, in order


def systems() -> tuple[str, ...]:
    """Every row a report may have, in table order: the no-model baselines, then the stages."""
    return tuple(BASELINE_LABELS) + layout.EVAL_STAGES


def _label(system: str) -> str:
    return BASELINE_LABELS.get(system) or layout.stage_label(system)


def _color(system: str) -> str:
    if system in COLORS:
        return COLORS[system]
    extra = [s for s in layout.EVAL_STAGES if s not in COLORS]
    return MORE_COLORS[extra.index(system) % len(MORE_COLORS)]


def comparisons() -> list[tuple[str, str]]:
    """The pairs (from, to) of systems compared on the same prompts: every trained stage against base, every
    stage trained from the SFT adapter against +SFT, every stage beyond the paper against the paper's +SFT+DPO,
    and base against closing the braces."""
    trained = layout.TRAINED_STAGES
    pairs = [("base", s) for s in trained]
    pairs += [("sft", s) for s in trained if layout.start_stage(s) == "sft"]
    pairs += [("sft_dpo", s) for s in trained if s not in layout.PAPER_TRAINED_STAGES]
    return pairs + [("closed_braces", "base")]


# ------------------------------------------------------------------ reading
def read_eval_summary(model: str, stage: str, root=None) -> EvalSummary | None:
    """The evaluation summary of one stage (checked by EvalSummary); None if it was not evaluated."""
    return EvalSummary.load(layout.eval_dir(model, stage, root))


def read_eval_summaries(model: str, root=None) -> dict[str, EvalSummary]:
    return {s: x for s in layout.EVAL_STAGES if (x := read_eval_summary(model, s, root)) is not None}


def models_with_evals(root=None) -> list[str]:
    runs = layout.artifacts_root(root) / "runs"
    if not runs.is_dir():
        return []
    return sorted(p.name for p in runs.iterdir()
                  if any((p / "eval" / s / EvalSummary.FILE).exists() for s in layout.EVAL_STAGES))


def stage_records(model: str, stage: str, root=None) -> list[dict]:
    """The verdict records of one evaluated stage, read by the one reader of generation records ([]: none)."""
    try:
        return read_records(layout.eval_dir(model, stage, root) / VERDICTS_FILE, repair=False)
    except OSError:
        return []


def stage_verdicts(model: str, stage: str, root=None) -> dict[str, bool] | None:
    """Per-prompt verdicts of one evaluated stage (submission id -> Good); None without a readable file."""
    records = stage_records(model, stage, root)
    if not records or not all("verdict" in r for r in records):
        return None
    return {str(r["id"]): r["verdict"] == "Good" for r in records}


def check_runner_versions(summaries: dict[tuple[str, str], EvalSummary], runner_version: int | None = None) -> None:
    """Refuse to put verdicts of different compile-runner versions in one table.

    summaries: (model, stage) -> summary; runner_version: the runner that scores the baseline rows now.
    """
    versions = {key: s.runner_version for key, s in summaries.items()}
    found = set(versions.values()) | ({runner_version} if runner_version is not None else set())
    if len(found) <= 1:
        return
    listed = "; ".join(f"{m}/{s}: runner {v}" for (m, s), v in sorted(versions.items()))
    now = f"; the baseline rows would be scored by runner {runner_version}" if runner_version is not None else ""
    raise ValueError(f"cannot put results of different compile-runner versions in one table ({listed}{now}): "
                     f"evaluate the older stages again (make eval MODEL=... STAGE=... after removing their summary.json)")


def test_prompts(model: str, summaries: dict[str, EvalSummary], root=None) -> tuple[list[str], list[str], str]:
    """(ids, code prefixes, where they came from): the prompts the model was scored on.

    First choice: the verdicts.jsonl of an evaluated stage (exactly the scored prompts, when each
    program starts with its prompt, i.e. the prompt is the raw code prefix). Fallback: the first
    n prompts of the completion config's test split.
    """
    for stage in summaries:
        records = stage_records(model, stage, root)
        prompts = [r.get("prompt") for r in records]
        programs = [r.get("program") for r in records]
        if records and all(isinstance(p, str) and isinstance(q, str) and q.startswith(p) for p, q in zip(prompts, programs)):
            return [str(r.get("id")) for r in records], prompts, f"runs/{model}/eval/{stage}/{VERDICTS_FILE}"
    split = next((s.split for s in summaries.values() if s.split), "test")
    parquet = layout.parquet_path(layout.data_dir(root), layout.COMPLETION_CONFIG, split)
    if parquet.exists():
        import pyarrow.parquet as pq

        table = pq.read_table(parquet, columns=["submission_id", "prompt"])
        n = max((s.n for s in summaries.values()), default=table.num_rows)
        ids = [str(x) for x in table.column("submission_id").to_pylist()[:n]]
        prompts = table.column("prompt").to_pylist()[:n]
        return ids, prompts, f"data/{layout.COMPLETION_CONFIG}/{split} (first {len(prompts)})"
    return [], [], ""


def _row(system: str, n: int, good: int, by_reason: dict, **extra) -> dict:
    lo, hi = wilson(good, n)
    return {
        "system": system,
        "label": _label(system),
        "kind": "baseline" if system in BASELINE_LABELS else "model",
        "n": n, "n_good": good,
        "compile_success": good / n if n else 0.0,
        "ci95": [round(lo, 4), round(hi, 4)],
        "by_reason": {k: int(v) for k, v in sorted(by_reason.items()) if v},
        **extra,
    }


def _compile_config_from(compiler: dict | None):
    from compile_prefs.evaluate_metric.compile_success.compile_runner import CompileConfig

    compiler = compiler or {}
    return CompileConfig(
        std=compiler.get("std", "c++17"),
        mode=compiler.get("mode", "link"),
        warnings_as_errors=bool(compiler.get("warnings_as_errors", True)),
        # verdicts are identical either way; a run that skipped precompiled headers keeps skipping them
        use_pch=bool(compiler.get("precompiled_headers", True)),
    )


def baseline_programs(prompts: list[str]) -> dict[str, list[str]]:
    """The programs of the two no-model rows: each prefix alone, and each prefix closed by
    `closing_braces` -- the very programs `generate --model baseline:braces` writes."""
    return {"prefix_only": list(prompts), "closed_braces": [p + closing_braces(p) for p in prompts]}


def score_baselines(prompts: list[str], runner, ids: list[str] | None = None) -> tuple[list[dict], dict[str, dict[str, bool]]]:
    """The two no-model rows for `prompts`, scored by `runner`, and their per-prompt verdicts (by id)."""
    ids = ids if ids is not None else [str(i) for i in range(len(prompts))]
    rows, verdicts_by_system = [], {}
    for system, sources in baseline_programs(prompts).items():
        verdicts = runner.check_many(sources)
        by_reason: dict[str, int] = {}
        for v in verdicts:
            if not v.good:
                by_reason[v.reason or "error"] = by_reason.get(v.reason or "error", 0) + 1
        rows.append(_row(system, len(verdicts), sum(v.good for v in verdicts), by_reason))
        verdicts_by_system[system] = {i: v.good for i, v in zip(ids, verdicts)}
    return rows, verdicts_by_system


def _compiler_key(compiler: dict | None) -> tuple:
    c = compiler or {}
    return (c.get("compiler"), c.get("std"), c.get("mode"), c.get("warnings_as_errors"), tuple(c.get("flags") or ()))


def compare_systems(a: str, b: str, rows: dict[str, dict], verdicts: dict[str, dict[str, bool] | None]) -> dict:
    """`b` against `a`: the change in compile success and, where both have per-prompt verdicts, the
    exact McNemar test on the prompts both were scored on."""
    ra, rb = rows[a]["compile_success"], rows[b]["compile_success"]
    out = {"from": a, "to": b, "label": f"{_label(b)} vs {_label(a)}",
           "abs_pp": round(100 * (rb - ra), 2), "rel_pct": round(100 * (rb - ra) / ra, 1) if ra > 0 else None,
           "n_paired": 0, "only_from": None, "only_to": None, "p_value": None}
    va, vb = verdicts.get(a), verdicts.get(b)
    if va and vb:
        common = [i for i in va if i in vb]
        if common:
            test = compare([va[i] for i in common], [vb[i] for i in common])
            out.update(n_paired=test.n, only_from=test.only_a, only_to=test.only_b, p_value=test.p_value)
    return out


def best_approach(rows: dict[str, dict], verdicts: dict) -> dict | None:
    """The paper's Table 2 for one model: the best trained stage against base and against +SFT."""
    order = layout.TRAINED_STAGES
    trained = [s for s in order if s in rows]
    if not trained:
        return None
    best = max(trained, key=lambda s: (rows[s]["compile_success"], -order.index(s)))
    return {
        "stage": best, "label": layout.stage_label(best), "compile_success": rows[best]["compile_success"],
        "vs_base": compare_systems("base", best, rows, verdicts) if "base" in rows else None,
        "vs_sft": compare_systems("sft", best, rows, verdicts) if "sft" in rows else None,
    }


def selected_stage(stage: str, rows: dict[str, dict], verdicts: dict) -> dict:
    """The stage declared before the test split was scored (chosen on the validation split), against base and
    against the closing-braces baseline, each with the paired test; `evaluated` is False when it has no row."""
    out: dict = {"stage": stage, "label": layout.stage_label(stage), "evaluated": stage in rows}
    if stage in rows:
        out["compile_success"] = rows[stage]["compile_success"]
        out["n"] = rows[stage]["n"]
        for key, other in (("vs_base", "base"), ("vs_closed_braces", "closed_braces")):
            out[key] = compare_systems(other, stage, rows, verdicts) if other in rows else None
    return out


def preference_set(model: str, root=None) -> dict | None:
    """Pairs and the chosen/rejected Levenshtein distances of the model's preference set, from its mining summary."""
    mining = MiningSummary.load(layout.prefs_dir(model, root))
    if mining is None:
        return None
    return {"pairs": mining.n_pairs, "levenshtein_mean": mining.distance("mean"),
            "levenshtein_median": mining.distance("median")}


def paper_numbers(model: str) -> dict | None:
    """The paper's published numbers for `model` (None for a model the paper did not run)."""
    if model not in paper.TABLE1_K:
        return None
    return {
        "name": paper.PAPER_MODELS[model], "n": paper.PAPER_N,
        "table1": {s: {"k": k, "compile_success": k / paper.PAPER_N} for s, k in paper.TABLE1_K[model].items()},
        "table2": paper.TABLE2[model],
        "levenshtein_mean": paper.LEVENSHTEIN_MEAN.get(model),
    }


def model_results(model: str, root=None, baseline: bool = True, runner=None, workers: int | None = None,
                  cache_dir=None, selected: str | None = None) -> dict | None:
    """One model's rows (baselines first, then stages), comparisons, Table 2 and notes; None without evals."""
    summaries = read_eval_summaries(model, root)
    if not summaries:
        return None
    check_runner_versions({(model, s): x for s, x in summaries.items()})
    notes = []
    rows = []
    first = next(iter(summaries.values()))
    compilers = {_compiler_key(s.compiler) for s in summaries.values()}
    if len(compilers) > 1:
        notes.append("stages were scored with different compiler settings; compare with care")
    ns = {s.n for s in summaries.values()}
    if len(ns) > 1:
        notes.append(f"stages were scored on different numbers of prompts: {sorted(ns)}")
    verdicts: dict[str, dict[str, bool] | None] = {s: stage_verdicts(model, s, root) for s in summaries}
    missing = [s for s, v in verdicts.items() if v is None]
    if missing:
        notes.append(f"no per-prompt verdicts for {', '.join(missing)}: their comparisons carry no paired test")
    prompt_source = ""
    if baseline:
        ids, prompts, prompt_source = test_prompts(model, summaries, root)
        if prompts:
            if runner is None:
                from compile_prefs.evaluate_metric.compile_success.compile_runner import CompileRunner

                runner = CompileRunner(_compile_config_from(first.compiler), workers=workers, cache_dir=cache_dir)
            check_runner_versions({(model, s): x for s, x in summaries.items()}, runner.describe()["runner_version"])
            baseline_rows, baseline_verdicts = score_baselines(prompts, runner, ids)
            rows.extend(baseline_rows)
            verdicts.update(baseline_verdicts)
        else:
            notes.append("no test prompts found (no verdicts.jsonl and no completion/test split): baseline omitted")
    for stage, s in summaries.items():
        rows.append(_row(
            stage, s.n, s.n_good, s.by_reason,
            stage=stage, base_model=s.base_model, adapter=s.adapter,
            prompt_format=s.prompt_format, decoding=s.decoding, created_at=s.created_at,
            hit_max_new_tokens=(s.finish or {}).get("length", 0),
        ))
    by_system = {r["system"]: r for r in rows}
    gains = [compare_systems(a, b, by_system, verdicts) for a, b in comparisons() if a in by_system and b in by_system]
    return {
        "model": model,
        "split": first.split,
        "base_model": first.base_model,
        "compiler": first.compiler,
        "runner_version": first.runner_version,
        "prompt_source": prompt_source,
        "rows": rows,
        "gains": gains,
        "best": best_approach(by_system, verdicts),
        "selected": selected_stage(selected, by_system, verdicts) if selected else None,
        "preference_set": preference_set(model, root),
        "paper": paper_numbers(model),
        "notes": notes,
    }


def protocol_label(model: str, summaries: list[EvalSummary]) -> str:
    """How a model of a second artifacts tree is named beside the first: by the protocol its evaluations ran."""
    protocols = sorted({s.protocol for s in summaries})
    return f"{model} ({'/'.join(protocols)} protocol)"


def collect(models: list[str] | None = None, root=None, baseline: bool = True, workers: int | None = None,
            cache_dir=None, selected: str | None = None, beside=None) -> dict:
    """The whole report: {"models": {model: model_results(...)}, "paper": ...}; models without evals are skipped.

    Raises ValueError when the stages were scored by different compile-runner versions.
    """
    models = list(models) if models else models_with_evals(root)
    every = {(m, s): x for m in models for s, x in read_eval_summaries(m, root).items()}
    others = {} if beside is None else {(m, s): x for m in models for s, x in read_eval_summaries(m, beside).items()}
    # the second tree's stages must have been scored by the same runner version as the first's
    check_runner_versions({**every, **{(f"{m} ({beside})", s): x for (m, s), x in others.items()}})
    runner_cache: dict = {}
    out = {}
    for model in models:
        runner = None
        summaries = {s: x for (m, s), x in every.items() if m == model}
        if baseline and summaries:
            compiler = next(iter(summaries.values())).compiler
            key = hashlib.sha1(repr(_compiler_key(compiler)).encode()).hexdigest()
            if key not in runner_cache:
                from compile_prefs.evaluate_metric.compile_success.compile_runner import CompileRunner

                runner_cache[key] = CompileRunner(_compile_config_from(compiler), workers=workers, cache_dir=cache_dir)
            runner = runner_cache[key]
        result = model_results(model, root, baseline=baseline, runner=runner, selected=selected)
        if result is not None:
            out[model] = result
        beside_summaries = [x for (m, _), x in others.items() if m == model]
        if beside_summaries:
            other = model_results(model, beside, baseline=baseline, runner=runner)
            other["artifacts"] = str(beside)
            out[protocol_label(model, beside_summaries)] = other
    return {"models": out, "runner_version": next(iter(every.values())).runner_version if every else None,
            "paper": paper.as_dict()}


# ------------------------------------------------------------------ rendering
def _pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def _p(p: float | None) -> str:
    if p is None:
        return "n/a"
    return "p < 0.001" if p < 0.001 else f"p = {p:.3f}"


def _gain(g: dict | None) -> str:
    """A comparison as one cell: percentage points, relative change, McNemar p."""
    if g is None:
        return "—"
    rel = "n/a" if g["rel_pct"] is None else f"{g['rel_pct']:+.1f}%"
    return f"{g['abs_pp']:+.1f} pp ({rel}; {_p(g['p_value'])})"


def table_stages(report: dict) -> list[str]:
    """The stage columns of the tables: the paper's always, a stage beyond them where any model has it."""
    present = {r["system"] for res in report["models"].values() for r in res["rows"]}
    return [s for s in layout.EVAL_STAGES if s in ("base", *layout.PAPER_TRAINED_STAGES) or s in present]


def table1(report: dict) -> str:
    stages = table_stages(report)
    columns = list(BASELINE_LABELS) + stages
    lines = [
        "| model | n | " + " | ".join(BASELINE_LABELS[s].replace("no model: ", "") for s in BASELINE_LABELS)
        + " | " + " | ".join(layout.stage_label(s) for s in stages) + " |",
        "|---|---:|" + "---:|" * len(columns),
    ]
    for model, res in report["models"].items():
        by = {r["system"]: r for r in res["rows"]}
        n = max((r["n"] for r in res["rows"] if r["kind"] == "model"), default=0)
        cells = [f"{_pct(by[s]['compile_success'])} ({by[s]['n_good']}/{by[s]['n']})" if s in by else "—" for s in columns]
        lines.append(f"| {model} | {n} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def table1_paper(report: dict) -> str:
    """The paper's Table 1 as published (k/1510), with ours beside it for the models we ran (a stage the
    paper did not run is "—" in its rows)."""
    stages = table_stages(report)
    lines = ["| model | source | n | " + " | ".join(layout.stage_label(s) for s in stages) + " |",
             "|---|---|---:|" + "---:|" * len(stages)]
    for model, name in paper.PAPER_MODELS.items():
        published = paper.TABLE1_K[model]
        lines.append(f"| {name} | paper | {paper.PAPER_N} | "
                     + " | ".join(f"{paper.table1_pct(model, s):.2f}% ({published[s]})" if s in published else "—"
                                  for s in stages) + " |")
        res = report["models"].get(model)
        if res is not None:
            by = {r["system"]: r for r in res["rows"]}
            n = max((r["n"] for r in res["rows"] if r["kind"] == "model"), default=0)
            lines.append(f"| {name} | ours | {n} | "
                         + " | ".join(f"{_pct(by[s]['compile_success'])} ({by[s]['n_good']})" if s in by else "—"
                                      for s in stages) + " |")
    return "\n".join(lines)


def table2(report: dict) -> str:
    """Table 2 as the paper has it: per model, the best approach against base and against +SFT."""
    lines = ["| model | source | best approach | compile success | vs base | vs +SFT |", "|---|---|---|---:|---:|---:|"]
    for model, res in report["models"].items():
        best = res.get("best")
        if best is not None:
            lines.append(f"| {model} | ours | {best['label']} | {_pct(best['compile_success'])} | "
                         f"{_gain(best['vs_base'])} | {_gain(best['vs_sft'])} |")
        published = (res.get("paper") or {}).get("table2")
        if published:
            lines.append(f"| {model} | paper | {layout.stage_label(published['best'])} | "
                         f"{paper.table1_pct(model, published['best']):.2f}% | {published['vs_base_pct']:+.2f}% | "
                         f"{published['vs_sft_pct']:+.2f}% |")
    return "\n".join(lines)


def table_selected(report: dict) -> str:
    """The stage declared before the test split was scored, against base and against closing the braces."""
    lines = ["| model | selected stage | n | compile success | vs base | vs prefix + closing braces |",
             "|---|---|---:|---:|---:|---:|"]
    for model, res in report["models"].items():
        sel = res.get("selected")
        if not sel:
            continue
        if not sel["evaluated"]:
            lines.append(f"| {model} | {sel['label']} | — | not evaluated | — | — |")
            continue
        lines.append(f"| {model} | {sel['label']} | {sel['n']} | {_pct(sel['compile_success'])} | "
                     f"{_gain(sel['vs_base'])} | {_gain(sel['vs_closed_braces'])} |")
    return "\n".join(lines) if len(lines) > 2 else ""


def table_comparisons(report: dict) -> str:
    """Every comparison of two systems on the same prompts, with the exact McNemar test."""
    lines = ["| model | comparison | n paired | change | relative | only before / only after | McNemar |",
             "|---|---|---:|---:|---:|---:|---:|"]
    for model, res in report["models"].items():
        for g in res["gains"]:
            rel = "n/a" if g["rel_pct"] is None else f"{g['rel_pct']:+.1f}%"
            split = "—" if g["only_from"] is None else f"{g['only_from']} / {g['only_to']}"
            lines.append(f"| {model} | {g['label']} | {g['n_paired'] or '—'} | {g['abs_pp']:+.1f} pp | {rel} | {split} | "
                         f"{_p(g['p_value'])} |")
    return "\n".join(lines)


def table_reasons(report: dict) -> str:
    """Bad samples by reason (each row adds up to n - good), and how many generations the length cap stopped."""
    lines = ["| model | system | n | good | " + " | ".join(REASONS) + " | hit max_new_tokens |",
             "|---|---|---:|---:|" + "---:|" * (len(REASONS) + 1)]
    for model, res in report["models"].items():
        for r in res["rows"]:
            counts = " | ".join(str(r["by_reason"].get(k, 0)) for k in REASONS)
            capped = r.get("hit_max_new_tokens")
            cap = "—" if capped is None else f"{capped} ({100 * capped / r['n']:.0f}%)" if r["n"] else "0"
            lines.append(f"| {model} | {r['label']} | {r['n']} | {r['n_good']} | {counts} | {cap} |")
    return "\n".join(lines)


def _num(x: float | None) -> str:
    return "—" if x is None else f"{x:.0f}" if float(x).is_integer() else f"{x:.1f}"


def table_preferences(report: dict) -> str:
    lines = ["| model | pairs | Levenshtein mean | median | paper: mean |", "|---|---:|---:|---:|---:|"]
    for model, res in report["models"].items():
        prefs = res.get("preference_set")
        if prefs is None:
            continue
        published = (res.get("paper") or {}).get("levenshtein_mean")
        lines.append(f"| {model} | {prefs['pairs']} | {_num(prefs['levenshtein_mean'])} | {_num(prefs['levenshtein_median'])} | "
                     f"{'about ' + str(published) if published else '—'} |")
    return "\n".join(lines) if len(lines) > 2 else ""


def model_table(res: dict, highlight: str | None = None) -> str:
    """One model's rows as a small table (for its model card)."""
    lines = ["| system | compile success | good / n | 95% interval |", "|---|---:|---:|---:|"]
    for r in res["rows"]:
        label = f"**{r['label']}**" if r["system"] == highlight else r["label"]
        lo, hi = r["ci95"]
        lines.append(f"| {label} | {_pct(r['compile_success'])} | {r['n_good']} / {r['n']} | {_pct(lo)}–{_pct(hi)} |")
    return "\n".join(lines)


def describe_compiler(compiler: dict | None) -> str:
    if not compiler:
        return "g++ -std=c++17 (compile and link; any error or warning fails)"
    flags = " ".join(compiler.get("flags") or [f"-std={compiler.get('std', 'c++17')}"])
    version = compiler.get("compiler") or "g++"
    mode = compiler.get("mode", "link")
    strict = "any error or warning fails" if compiler.get("warnings_as_errors", True) else "warnings allowed"
    runner = f"; compile runner version {compiler['runner_version']}" if compiler.get("runner_version") is not None else ""
    return f"{version}, `{flags}` (mode: {mode}; {strict}{runner})"


def render_markdown(report: dict, chart: str | None = "compile_success.png") -> str:
    parts = ["# Compile success: results", ""]
    if not report["models"]:
        return "\n".join(parts + ["No evaluation summaries found (run `make eval MODEL=... STAGE=...`).", ""])
    first = next(iter(report["models"].values()))
    parts += [
        f"Share of held-out masked programs ({first['split']} split) that the system completes into a program "
        f"that compiles and links cleanly: {describe_compiler(first.get('compiler'))}. The two *no model* columns "
        "are scored by the same compiler on the same prompts: the prefix alone, and the prefix with its open "
        "braces closed.",
        "",
        "## Table 1: compile success per stage",
        "",
        table1(report),
        "",
        "### Beside the paper",
        "",
        f"The paper's Table 1 as published: every value is k/{paper.PAPER_N} (k in parentheses), so its rates "
        f"were computed over about {paper.PAPER_N} samples, not the 2000 it states. Ours: good samples in parentheses.",
        "",
        table1_paper(report),
        "",
        "## Table 2: the best approach against base and against +SFT",
        "",
        "Change in percentage points, relative change, and the exact McNemar test on the per-prompt verdicts "
        "(two-sided). The paper's rows are as published (relative change only; computed from Table 1's rounded "
        "percentages).",
        "",
        table2(report),
        "",
    ]
    selected = table_selected(report)
    if selected:
        parts += [
            "## The selected stage",
            "",
            "Declared before the test split was scored: the configuration chosen on the validation split. Against "
            "base and against the closing-braces baseline, with the exact McNemar test on the same prompts.",
            "",
            selected,
            "",
        ]
    parts += [
        "## Comparisons of two systems on the same prompts",
        "",
        "*only before / only after*: prompts only the first / only the second system completes into a compiling "
        "program; the McNemar test asks whether these split evenly.",
        "",
        table_comparisons(report),
        "",
        "## Bad samples by reason",
        "",
        "`no_code`: the answer held no code to compile. Each row's reasons add up to n − good. *hit "
        "max_new_tokens*: generations the length cap stopped (a budget too small for the data shows here).",
        "",
        table_reasons(report),
        "",
    ]
    prefs = table_preferences(report)
    if prefs:
        parts += ["## Preference sets", "",
                  "Levenshtein distance between chosen and rejected of the mined pairs (characters).", "", prefs, ""]
    if chart:
        parts += [f"![compile success per stage]({chart})", ""]
    for model, res in report["models"].items():
        parts += [f"### {model}", "", model_table(res), ""]
    for model, res in report["models"].items():
        for note in res["notes"]:
            parts.append(f"- note ({model}): {note}")
        if res.get("prompt_source"):
            parts.append(f"- {model}: baseline prompts from `{res['prompt_source']}`")
    parts += ["- 95% Wilson intervals are in results.json and drawn on the chart.", ""]
    return "\n".join(parts)


def plot(report: dict, path: str | Path, title: str | None = None) -> Path:
    """Grouped bars: one group per model, one bar per system, 95% intervals, value labels."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    models = list(report["models"])
    present = [s for s in systems() if any(r["system"] == s for m in models for r in report["models"][m]["rows"])]
    width = 0.8 / max(1, len(present))
    fig, ax = plt.subplots(figsize=(max(6.4, 1.0 + 0.75 * len(present) * max(1, len(models))), 4.6), dpi=110)
    for j, system in enumerate(present):
        xs, ys, errs = [], [], [[], []]
        for i, model in enumerate(models):
            row = next((r for r in report["models"][model]["rows"] if r["system"] == system), None)
            if row is None:
                continue
            y = 100 * row["compile_success"]
            xs.append(i - 0.4 + width * (j + 0.5))
            ys.append(y)
            errs[0].append(y - 100 * row["ci95"][0])
            errs[1].append(100 * row["ci95"][1] - y)
        ax.bar(xs, ys, width * 0.9, label=_label(system), color=_color(system), edgecolor="#333333", linewidth=0.5,
               yerr=errs, capsize=2, error_kw={"elinewidth": 0.7, "ecolor": "#666666"})
        for x, y, up in zip(xs, ys, errs[1]):
            # above the interval's whisker, so the number never sits on a line
            ax.text(x, y + up + 1.5, f"{y:.1f}", ha="center", va="bottom", fontsize=8, fontweight="bold")
    ax.set_xticks(range(len(models)))
    ax.set_xticklabels(models)
    ax.set_xlim(-0.5, len(models) - 0.5)
    ax.set_ylim(0, 112)
    ax.set_yticks(range(0, 101, 20))
    ax.set_ylabel("compile success (%)")
    first = next(iter(report["models"].values())) if models else {"split": "test", "rows": []}
    ns = {m: max((r["n"] for r in report["models"][m]["rows"]), default=0) for m in models}
    n_text = f"n = {next(iter(ns.values()), 0)} per bar" if len(set(ns.values())) <= 1 else \
        "n per bar: " + ", ".join(f"{m} {n}" for m, n in ns.items())
    ax.set_title(title or f"Compile success on the {first['split']} split (g++ -std=c++17, warnings fail)", fontsize=10,
                 pad=16)
    ax.text(0.5, 1.01, f"{n_text}; whiskers: 95% Wilson interval", transform=ax.transAxes,
            ha="center", va="bottom", fontsize=7.5, color="#555555")
    ax.grid(axis="y", alpha=0.3)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.09), ncol=3, frameon=False)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # No timestamps in the file: the same numbers give the same bytes (release compares hashes).
    fig.savefig(path, metadata={"Software": None}, bbox_inches="tight")
    plt.close(fig)
    return path


def write_report(report: dict, out_dir: str | Path) -> dict[str, Path]:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {"json": out_dir / "results.json", "markdown": out_dir / "results.md"}
    paths["json"].write_text(json.dumps(report, indent=2, sort_keys=False) + "\n", encoding="utf-8")
    chart = None
    if report["models"]:
        paths["chart"] = plot(report, out_dir / "compile_success.png")
        chart = paths["chart"].name
    paths["markdown"].write_text(render_markdown(report, chart=chart), encoding="utf-8")
    return paths


# ------------------------------------------------------------------ CLI
@dataclass
class ReportConfig:
    """Settings of `compile-prefs report` (every field is an option)."""

    artifacts: str | None = field(default=None, metadata={"help": "Artifacts root (default: $ARTIFACTS or ./artifacts)."})
    models: list[str] | None = field(
        default=None, metadata={"help": "Models to report (default: every model with evaluations)."})
    out: str | None = field(default=None, metadata={"help": "Output folder (default: <artifacts>/report)."})
    baseline: bool = field(
        default=True, metadata={"help": "Score the no-model baseline rows (--no-baseline leaves them out)."})
    workers: int | None = field(default=None, metadata={"help": "Parallel compiles for the baseline rows."})
    cache_dir: str | None = field(default=None, metadata={"help": "Compile verdict cache (default: the runner's)."})
    beside: str | None = field(
        default=None,
        metadata={"help": "A second artifacts tree (e.g. artifacts-paper, from PROTOCOL=paper) whose models are "
                          "reported beside the first's, named by their protocol."})
    selected_stage: str | None = field(
        default=None,
        metadata={"help": "The stage declared before scoring the test split (chosen on validation): reported against "
                          "base and the closing-braces baseline with the paired test, named in results.json."})

    def __post_init__(self):
        if self.selected_stage is not None and self.selected_stage not in layout.TRAINED_STAGES:
            raise ValueError(f"--selected_stage must be a trained stage {layout.TRAINED_STAGES}, got {self.selected_stage!r}")
        if self.workers is not None and self.workers < 1:
            raise ValueError(f"--workers must be at least 1, got {self.workers}")


ARGUMENTS = (ReportConfig,)  # `compile-prefs report` parses its options from these dataclasses


@fails_cleanly(ValueError, label="report")
def run(args: ReportConfig) -> int:
    report = collect(args.models, args.artifacts, baseline=args.baseline, workers=args.workers, cache_dir=args.cache_dir,
                     selected=args.selected_stage, beside=args.beside)
    if not report["models"]:
        print("report: no evaluation summaries found; run `make eval MODEL=... STAGE=...` first", file=sys.stderr)
        return 1
    paths = write_report(report, args.out or layout.report_dir(args.artifacts))
    print(table1(report))
    print()
    print(table2(report))
    print()
    print(table_comparisons(report))
    for kind, path in paths.items():
        print(f"{kind}: {path}")
    return 0


def main(argv: list[str] | None = None) -> int:
    return run_command(ARGUMENTS, run, argv, prog="compile-prefs report", description=__doc__)


if __name__ == "__main__":
    sys.exit(main())
