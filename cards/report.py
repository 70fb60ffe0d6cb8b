"""Collect the evaluation summaries into the paper's tables, a chart, and a no-model baseline.

    compile-prefs report [--artifacts DIR] [--models tiny gemma] [--out DIR] [--workers N]

For each model it reads runs/<model>/eval/<stage>/summary.json (stage: base, sft, dpo, sft_dpo)
and writes into report/ (layout.report_dir):

    results.md           Table 1 (compile success per stage), Table 2 (gains), failures by reason
    results.json         the same numbers for machines
    compile_success.png  bar chart of compile success per model and stage

Next to the model rows there is always a no-model baseline scored by the same compiler on the
same test prompts: the prefix alone, and the prefix with its open braces closed (by
training.extract.closing_braces, so the programs are those of `generate --model baseline:braces`). A compile rate
means little without it: on a character cut, closing the braces alone already compiles a
fair share of programs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from pathlib import Path

from compile_prefs import layout
from compile_prefs.training.extract import closing_braces

STAGE_LABELS = {"base": "base", "sft": "+SFT", "dpo": "+DPO only", "sft_dpo": "+SFT+DPO"}
BASELINE_LABELS = {"prefix_only": "no model: prefix alone", "closed_braces": "no model: prefix + closing braces"}
SYSTEMS = tuple(BASELINE_LABELS) + tuple(STAGE_LABELS)
REASONS = ("error", "warning", "link", "timeout", "resource", "rejected_input", "internal")
# Table 2: (from, to) pairs, the paper's relative-gain layout.
GAINS = (("base", "sft"), ("base", "dpo"), ("base", "sft_dpo"), ("sft", "sft_dpo"))
COLORS = {
    "prefix_only": "#d9d9d9", "closed_braces": "#969696",
    "base": "#4c72b0", "sft": "#55a868", "dpo": "#dd8452", "sft_dpo": "#c44e52",
}


# ------------------------------------------------------------------ statistics
def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval of a proportion k/n."""
    if n == 0:
        return (0.0, 0.0)
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


# ------------------------------------------------------------------ reading
def _read_json(path: Path) -> dict | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as err:
        raise ValueError(f"{path}: not a readable JSON file ({err})") from err
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a JSON object")
    return data


def read_eval_summary(model: str, stage: str, root=None) -> dict | None:
    """The summary.json of one evaluation, checked for the fields the tables need; None if absent."""
    path = layout.eval_dir(model, stage, root) / "summary.json"
    summary = _read_json(path)
    if summary is None:
        return None
    n, good = summary.get("n"), summary.get("n_good")
    if not isinstance(n, int) or not isinstance(good, int) or n < 0 or not 0 <= good <= n:
        raise ValueError(f"{path}: 'n' and 'n_good' must be integers with 0 <= n_good <= n")
    summary["_path"] = str(path)
    return summary


def models_with_evals(root=None) -> list[str]:
    runs = layout.artifacts_root(root) / "runs"
    if not runs.is_dir():
        return []
    return sorted(p.name for p in runs.iterdir() if any((p / "eval" / s / "summary.json").exists() for s in STAGE_LABELS))


def _read_jsonl(path: Path) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rows.append(json.loads(line))
    return rows


def test_prompts(model: str, summaries: dict[str, dict], root=None) -> tuple[list[str], str]:
    """The code prefixes the model was scored on, and where they came from.

    First choice: the verdicts.jsonl of an evaluated stage (exactly the scored prompts, when each
    program starts with its prompt, i.e. the prompt is the raw code prefix). Fallback: the first
    n prompts of the completion config's test split.
    """
    for stage in STAGE_LABELS:
        path = layout.eval_dir(model, stage, root) / "verdicts.jsonl"
        if stage not in summaries or not path.exists():
            continue
        try:
            records = _read_jsonl(path)
        except (OSError, ValueError):
            continue
        prompts = [r.get("prompt") for r in records]
        programs = [r.get("program") for r in records]
        if records and all(isinstance(p, str) and isinstance(q, str) and q.startswith(p) for p, q in zip(prompts, programs)):
            return prompts, f"runs/{model}/eval/{stage}/verdicts.jsonl"
    split = next((s.get("split") for s in summaries.values() if s.get("split")), "test")
    parquet = layout.parquet_path(layout.data_dir(root), layout.COMPLETION_CONFIG, split)
    if parquet.exists():
        import pyarrow.parquet as pq

        prompts = pq.read_table(parquet, columns=["prompt"]).column("prompt").to_pylist()
        n = max((s["n"] for s in summaries.values()), default=len(prompts))
        return prompts[:n], f"data/{layout.COMPLETION_CONFIG}/{split} (first {min(n, len(prompts))})"
    return [], ""


def _row(system: str, n: int, good: int, by_reason: dict, **extra) -> dict:
    lo, hi = wilson(good, n)
    return {
        "system": system,
        "label": BASELINE_LABELS.get(system) or STAGE_LABELS[system],
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


def score_baselines(prompts: list[str], runner) -> list[dict]:
    """The two no-model rows for `prompts`, scored by `runner`."""
    rows = []
    for system, sources in baseline_programs(prompts).items():
        verdicts = runner.check_many(sources)
        by_reason: dict[str, int] = {}
        for v in verdicts:
            if not v.good:
                by_reason[v.reason or "error"] = by_reason.get(v.reason or "error", 0) + 1
        rows.append(_row(system, len(verdicts), sum(v.good for v in verdicts), by_reason))
    return rows


def _compiler_key(compiler: dict | None) -> tuple:
    c = compiler or {}
    return (c.get("compiler"), c.get("std"), c.get("mode"), c.get("warnings_as_errors"), tuple(c.get("flags") or ()))


def model_results(model: str, root=None, baseline: bool = True, runner=None, workers: int | None = None,
                  cache_dir=None) -> dict | None:
    """One model's rows (baselines first, then stages), Table 2 gains and notes; None without evals."""
    summaries = {s: x for s in STAGE_LABELS if (x := read_eval_summary(model, s, root)) is not None}
    if not summaries:
        return None
    notes = []
    rows = []
    first = next(iter(summaries.values()))
    compilers = {_compiler_key(s.get("compiler")) for s in summaries.values()}
    if len(compilers) > 1:
        notes.append("stages were scored with different compiler settings; compare with care")
    ns = {s["n"] for s in summaries.values()}
    if len(ns) > 1:
        notes.append(f"stages were scored on different numbers of prompts: {sorted(ns)}")
    prompt_source = ""
    if baseline:
        prompts, prompt_source = test_prompts(model, summaries, root)
        if prompts:
            if runner is None:
                from compile_prefs.evaluate_metric.compile_success.compile_runner import CompileRunner

                runner = CompileRunner(_compile_config_from(first.get("compiler")), workers=workers, cache_dir=cache_dir)
            rows.extend(score_baselines(prompts, runner))
        else:
            notes.append("no test prompts found (no verdicts.jsonl and no completion/test split): baseline omitted")
    for stage, s in summaries.items():
        rows.append(_row(
            stage, s["n"], s["n_good"], s.get("by_reason") or {},
            stage=stage, base_model=s.get("base_model"), adapter=s.get("adapter"),
            prompt_format=s.get("prompt_format"), decoding=s.get("decoding"), created_at=s.get("created_at"),
        ))
    by_system = {r["system"]: r for r in rows}
    gains = []
    for a, b in GAINS:
        if a in by_system and b in by_system:
            pa, pb = by_system[a]["compile_success"], by_system[b]["compile_success"]
            gains.append({
                "from": a, "to": b, "label": f"{STAGE_LABELS[b]} vs {STAGE_LABELS[a]}",
                "abs_pp": round(100 * (pb - pa), 2),
                "rel_pct": round(100 * (pb - pa) / pa, 1) if pa > 0 else None,
            })
    return {
        "model": model,
        "split": first.get("split", "test"),
        "base_model": first.get("base_model"),
        "compiler": first.get("compiler"),
        "prompt_source": prompt_source,
        "rows": rows,
        "gains": gains,
        "notes": notes,
    }


def collect(models: list[str] | None = None, root=None, baseline: bool = True, workers: int | None = None,
            cache_dir=None) -> dict:
    """The whole report: {"models": {model: model_results(...)}}; models without evals are skipped."""
    models = list(models) if models else models_with_evals(root)
    runner_cache: dict = {}
    out = {}
    for model in models:
        runner = None
        if baseline:
            summaries = {s: x for s in STAGE_LABELS if (x := read_eval_summary(model, s, root)) is not None}
            if summaries:
                compiler = next(iter(summaries.values())).get("compiler")
                key = hashlib.sha1(repr(_compiler_key(compiler)).encode()).hexdigest()
                if key not in runner_cache:
                    from compile_prefs.evaluate_metric.compile_success.compile_runner import CompileRunner

                    runner_cache[key] = CompileRunner(_compile_config_from(compiler), workers=workers, cache_dir=cache_dir)
                runner = runner_cache[key]
        result = model_results(model, root, baseline=baseline, runner=runner)
        if result is not None:
            out[model] = result
    return {"models": out}


# ------------------------------------------------------------------ rendering
def _pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def _gain(g: dict | None) -> str:
    if g is None:
        return "—"
    rel = "n/a" if g["rel_pct"] is None else f"{g['rel_pct']:+.1f}%"
    return f"{g['abs_pp']:+.1f} pp ({rel})"


def table1(report: dict) -> str:
    lines = [
        "| model | n | " + " | ".join(BASELINE_LABELS[s].replace("no model: ", "") for s in BASELINE_LABELS)
        + " | " + " | ".join(STAGE_LABELS.values()) + " |",
        "|---|---:|" + "---:|" * len(SYSTEMS),
    ]
    for model, res in report["models"].items():
        by = {r["system"]: r for r in res["rows"]}
        n = max((r["n"] for r in res["rows"] if r["kind"] == "model"), default=0)
        cells = [f"{_pct(by[s]['compile_success'])} ({by[s]['n_good']}/{by[s]['n']})" if s in by else "—" for s in SYSTEMS]
        lines.append(f"| {model} | {n} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def table2(report: dict) -> str:
    heads = [f"{STAGE_LABELS[b]} vs {STAGE_LABELS[a]}" for a, b in GAINS]
    lines = ["| model | " + " | ".join(heads) + " |", "|---|" + "---:|" * len(heads)]
    for model, res in report["models"].items():
        by = {(g["from"], g["to"]): g for g in res["gains"]}
        lines.append(f"| {model} | " + " | ".join(_gain(by.get(pair)) for pair in GAINS) + " |")
    return "\n".join(lines)


def table_reasons(report: dict) -> str:
    lines = ["| model | system | n | good | " + " | ".join(REASONS) + " |", "|---|---|---:|---:|" + "---:|" * len(REASONS)]
    for model, res in report["models"].items():
        for r in res["rows"]:
            counts = " | ".join(str(r["by_reason"].get(k, 0)) for k in REASONS)
            lines.append(f"| {model} | {r['label']} | {r['n']} | {r['n_good']} | {counts} |")
    return "\n".join(lines)


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
    return f"{version}, `{flags}` (mode: {mode}; {strict})"


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
        "## Table 2: gains",
        "",
        "Absolute change in percentage points, relative change in parentheses.",
        "",
        table2(report),
        "",
        "## Failures by reason",
        "",
        table_reasons(report),
        "",
    ]
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
    present = [s for s in SYSTEMS if any(r["system"] == s for m in models for r in report["models"][m]["rows"])]
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
        label = BASELINE_LABELS.get(system) or STAGE_LABELS[system]
        ax.bar(xs, ys, width * 0.9, label=label, color=COLORS[system], edgecolor="#333333", linewidth=0.5,
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
def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--artifacts", default=None, help="artifacts root (default: $ARTIFACTS or ./artifacts)")
    parser.add_argument("--models", nargs="*", default=None, help="models to report (default: every model with evals)")
    parser.add_argument("--out", default=None, help="output folder (default: <artifacts>/report)")
    parser.add_argument("--no-baseline", action="store_true", help="skip the no-model baseline rows")
    parser.add_argument("--workers", type=int, default=None, help="parallel compiles for the baseline")
    parser.add_argument("--cache-dir", default=None, help="compile verdict cache (default: the runner's)")


def run(args: argparse.Namespace) -> int:
    try:
        report = collect(args.models, args.artifacts, baseline=not args.no_baseline, workers=args.workers,
                         cache_dir=args.cache_dir)
    except ValueError as err:
        print(f"report: {err}", file=sys.stderr)
        return 1
    if not report["models"]:
        print("report: no evaluation summaries found; run `make eval MODEL=... STAGE=...` first", file=sys.stderr)
        return 1
    paths = write_report(report, args.out or layout.report_dir(args.artifacts))
    print(table1(report))
    print()
    print(table2(report))
    for kind, path in paths.items():
        print(f"{kind}: {path}")
    return 0


if __name__ == "__main__":
    p = argparse.ArgumentParser(prog="compile-prefs report", description=__doc__.split("\n")[0])
    add_arguments(p)
    sys.exit(run(p.parse_args()))
