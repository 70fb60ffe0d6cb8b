"""Evaluate a model (+ adapter) on a split: per-sample verdicts and a compile-rate summary.

    compile-prefs evaluate --model tiny --stage sft --data artifacts/data [--split test]
        # adapter: artifacts/runs/tiny/sft/adapter, out: artifacts/runs/tiny/eval/sft (layout)
    compile-prefs evaluate --model google/gemma-7b --adapter DIR --model-name gemma --stage sft \
        --data DIR --out DIR
    compile-prefs evaluate --model baseline:braces --model-name braces --data DIR   # reference rows

Writes OUT/verdicts.jsonl (one object per sample: id, problem_id, prompt, completion, program,
verdict, reason, diagnostic, truncated, plus the raw output and generation details) and
OUT/summary.json (compile_prefs.artifacts.EvalSummary: n, n_good, compile_success, Bad samples by reason,
protocol, hit_max_new_tokens (the share of samples that stopped at the budget), generation_budget,
decoding, compiler, runner_version, ...). Generation is the `generate`
step's (same batching, extraction, scoring, resume); an existing finished evaluation is reused.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from compile_prefs.artifacts import EVAL_SUMMARY_FILE, VERDICTS_FILE, ArtifactError, EvalSummary
from compile_prefs.command import fails_cleanly, run_command
from compile_prefs.training.generate import GenerateConfig, generate_file, read_records, resolve_labels
from compile_prefs.training.recipe_files import recipe_variant

VERDICTS = VERDICTS_FILE
SUMMARY = EVAL_SUMMARY_FILE


@dataclass
class EvaluateConfig(GenerateConfig):
    """`GenerateConfig` for an evaluation: on the test split, always scored, into a folder."""

    out: str | None = field(
        default=None, metadata={"help": "Output folder (default: layout.eval_dir(model-name, stage))."})
    split: str = field(default="test", metadata={"help": "Dataset split."})
    force: bool = field(default=False, metadata={"help": "Re-evaluate even if summary.json exists."})

    def __post_init__(self):
        super().__post_init__()
        if not self.score:
            raise ValueError("an evaluation compiles every program; --no-score is for `generate`")


def summarize(records: list[dict], cfg: GenerateConfig, base_model: str, compiler: dict) -> EvalSummary:
    n = len(records)
    n_good = sum(r["verdict"] == "Good" for r in records)
    by_reason = Counter(r["reason"] for r in records if r["verdict"] != "Good")
    return EvalSummary(
        model=cfg.model_name or cfg.model,
        stage=cfg.stage,
        base_model=base_model,
        adapter=cfg.adapter,
        prompt_format=records[0]["prompt_format"] if records else cfg.prompt_format,
        protocol=records[0].get("protocol", "improved") if records else cfg.protocol,
        split=cfg.split,
        n=n,
        n_good=n_good,
        compile_success=n_good / n if n else 0.0,
        by_reason=dict(sorted(by_reason.items())),
        n_truncated=sum(bool(r.get("truncated")) for r in records),
        finish=dict(sorted(Counter(r.get("finish") for r in records).items())),
        # Share of samples that stopped at max_new_tokens: their answers may be cut by the budget, not the model.
        hit_max_new_tokens=sum(r.get("finish") == "length" for r in records) / n if n else 0.0,
        generation_budget=records[0].get("generation_budget") if records else None,
        mean_new_tokens=sum(r.get("new_tokens", 0) for r in records) / n if n else 0.0,
        decoding=cfg.decoding_settings(),
        generation={"batch_size": cfg.batch_size, "backend": "baseline" if cfg.is_baseline else cfg.backend,
                    "max_prompt_tokens": cfg.max_prompt_tokens, "limit": cfg.limit},
        compiler=compiler,
        runner_version=compiler["runner_version"],
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )


def evaluate(cfg: GenerateConfig, out_dir: str | Path, runner=None, backend=None) -> dict:
    """Generate + score into out_dir/verdicts.jsonl (resumable), then write out_dir/summary.json."""
    from compile_prefs.evaluate_metric.compile_success.compile_runner import CompileRunner
    from compile_prefs.training.generate import resolve_model

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    cfg.out = str(out_dir / VERDICTS)
    cfg.score = True
    runner = runner or CompileRunner(workers=cfg.compile_workers)
    generate_file(cfg, runner=runner, backend=backend)
    records = read_records(cfg.out, repair=False)
    base_model = cfg.model if cfg.is_baseline else resolve_model(cfg.model)
    summary = summarize(records, cfg, base_model, runner.describe())
    summary.write(out_dir)
    return summary.to_dict()


ARGUMENTS = (EvaluateConfig,)  # `compile-prefs evaluate` parses its options from these dataclasses


@fails_cleanly(FileNotFoundError, ValueError, RuntimeError)
def run(cfg: EvaluateConfig) -> int:
    from compile_prefs import layout

    problem = resolve_labels(cfg)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    # A variant's recipe (sft-r4.yaml) evaluates that variant's run, beside the stage's default evaluation.
    out = Path(cfg.out) if cfg.out else layout.eval_dir(cfg.model_name, cfg.stage, variant=recipe_variant(cfg.recipe))
    if (out / SUMMARY).is_file() and not cfg.force:
        try:
            s = EvalSummary.load(out)
        except ArtifactError as err:  # another version's summary: summarised again from the verdicts
            print(f"note: {err}; evaluating again", file=sys.stderr)
        else:
            print(f"{out / SUMMARY} exists ({s.n_good}/{s.n} compile); skipping (use --force to redo)")
            return 0
    if cfg.force and (out / VERDICTS).exists():
        (out / VERDICTS).unlink()
    summary = evaluate(cfg, out)
    reasons = ", ".join(f"{k}: {v}" for k, v in summary["by_reason"].items()) or "none"
    print(f"{summary['model']} {summary['stage']} on {summary['split']}: {summary['n_good']}/{summary['n']} compile "
          f"({summary['compile_success']:.1%}); Bad by reason: {reasons}; truncated prompts: {summary['n_truncated']}")
    print(f"wrote {out / VERDICTS} and {out / SUMMARY}")
    return 0


def main(argv: list[str] | None = None) -> int:
    return run_command(ARGUMENTS, run, argv, prog="compile-prefs evaluate", description=__doc__)


if __name__ == "__main__":
    raise SystemExit(main())
