"""On-policy preference pairs from k sampled completions per training prompt, binary or graded.

    compile-prefs mine-onpolicy --model tiny --data artifacts/data --generations GENS.jsonl \
        [--graded] [--max-pairs-per-prompt N] [--out DIR]

The generations come from `compile-prefs generate --decoding sample --num-samples k` on the train split: k
scored records per prompt, told apart by their `sample` index. Per prompt:

* chosen: the Good sample with the lowest sample index, else the original completion (the dataset's). The
  samples are independent draws, so the first Good one is a fair draw from the policy's Good answers; picking
  the shortest would teach DPO a preference for short answers that has nothing to do with compiling.
* rejected: every distinct Bad sample with code, in sample order (distinct after `normalise_response`, the
  form pairs are stored in), at most `max_pairs_per_prompt` of them (0: no limit; 1: one pair per prompt).
  A Bad sample whose text equals the chosen one, or any Good sample's, gives no pair. No code gives no pair.

Graded mode (`graded`) orders the same samples by severity, Good > warnings only > bad, and keeps a pair for
each step down: `good>warnings`, `good>bad` and `warnings>bad`. "Warnings only" is the compile reward's narrow
tier (training/reward.py): every diagnostic a warning whose option is on the allow-list (by default
`-Wreturn-type`, which garbage cannot trigger), decided on the record's whole diagnostic list (`has_error`,
`warning_options`, written by generation) and confirmed by compiling with warnings allowed. Garbage that only
triggers `-Wmultichar` stays in the bottom tier. The chosen side of `warnings>bad` is the first such sample.

Pairs are rows of the preference schema (the same provenance columns as mine-prefs: the rejected sample's
reason and diagnostic, the Levenshtein distance), written through `preference.write_preference_configs` as the
config `preference-<model>-onpolicy`, or `preference-<model>-graded` in graded mode. The summary is a
`MiningSummary` (compile_prefs.artifacts) with the on-policy fields: the mix of chosen sources, pairs per
prompt, pairs of each kind, the samples' compile rate.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from compile_prefs.artifacts import MINING_SUMMARY_FILE, MiningSummary
from compile_prefs.training.preference import (
    _fmt_dist, distribution, edit_distances, mineable_response, normalise_response, shortcut_report,
    write_preference_configs,
)
from compile_prefs.training.reward import RewardConfig, warnings_only_candidate

GOOD, WARNINGS, BAD = "good", "warnings", "bad"
KINDS = (f"{GOOD}>{WARNINGS}", f"{GOOD}>{BAD}", f"{WARNINGS}>{BAD}")
ON_POLICY, ORIGINAL = "on_policy", "original"
DEFAULT_ALLOWED_WARNINGS = RewardConfig().allowed_warnings


def config_label(model: str, graded: bool) -> str:
    """The model part of the config name: preference-<model>-onpolicy or preference-<model>-graded."""
    return f"{model}-{'graded' if graded else 'onpolicy'}"


@dataclass
class _Sample:
    rec: dict
    text: str  # the completion as pairs store it (normalise_response)
    tier: str


def _group_by_prompt(generations: list[dict]) -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = {}
    for rec in generations:
        groups.setdefault(rec.get("id"), []).append(rec)
    for recs in groups.values():
        recs.sort(key=lambda r: int(r.get("sample") or 0))
    return groups


def _confirm_warnings(samples: list[_Sample], runner) -> int:
    """Demote to `bad` every warnings-tier candidate that does not compile with warnings allowed; returns how many."""
    from compile_prefs.training.reward import compiles_with_warnings, lenient_runner

    candidates = [s for s in samples if s.tier == WARNINGS]
    if not candidates:
        return 0
    if runner is None:
        from compile_prefs.evaluate_metric.compile_success.compile_runner import CompileRunner

        runner = CompileRunner()
    confirmed = compiles_with_warnings([s.rec["program"] for s in candidates], lenient_runner(runner))
    demoted = 0
    for s, ok in zip(candidates, confirmed):
        if not ok:
            s.tier, demoted = BAD, demoted + 1
    return demoted


def mine_onpolicy(generations: list[dict], train_rows: dict[str, dict], *, model: str, stage: str | None = None,
                  prompt_format: str | None = None, max_pairs_per_prompt: int = 0, graded: bool = False,
                  allowed_warnings=DEFAULT_ALLOWED_WARNINGS, runner=None) -> tuple[list[dict], dict]:
    """(preference rows in the model's form, summary fields) from k scored samples per prompt.

    `train_rows`: submission_id -> dataset row. `runner`: the compile runner whose cache the warnings-only
    confirmation shares (graded mode only; default: a new one).
    """
    from compile_prefs.training.formats import get_format

    if max_pairs_per_prompt < 0:
        raise ValueError(f"max_pairs_per_prompt must be >= 0, got {max_pairs_per_prompt}")
    skipped: Counter = Counter()
    prompts = []  # (row, fmt, samples)
    for sid, recs in _group_by_prompt(generations).items():
        row = train_rows.get(sid)
        if row is None:
            skipped["id_not_in_train_split"] += len(recs)
            continue
        samples = []
        for rec in recs:
            if rec.get("verdict") not in ("Good", "Bad"):
                skipped["not_scored"] += 1
                continue
            text = mineable_response(rec, row, skipped)
            if text is None:
                continue
            if not text:
                skipped["empty_completion"] += 1
                continue
            if rec["verdict"] == "Good":
                tier = GOOD
            elif graded and warnings_only_candidate(rec.get("reason"), rec.get("has_error"),
                                                    rec.get("warning_options"), allowed_warnings):
                tier = WARNINGS
            else:
                tier = BAD
            samples.append(_Sample(rec, text, tier))
        fmt = get_format(prompt_format or recs[0].get("prompt_format") or "base")
        prompts.append((row, fmt, samples))
    demoted = _confirm_warnings([s for *_, samples in prompts for s in samples], runner) if graded else 0

    # Candidates: (kind, row, fmt, chosen text, chosen source, rejected sample), in prompt and sample order.
    cands = []
    for row, fmt, samples in prompts:
        good = [s for s in samples if s.tier == GOOD]
        good_texts = {s.text for s in good}
        chosen, source = (good[0].text, ON_POLICY) if good else (
            normalise_response(fmt.response(row["prompt"], row["completion"])), ORIGINAL)
        warnings = [s for s in samples if s.tier == WARNINGS]
        bad = [s for s in samples if s.tier == BAD]
        steps = [(f"{GOOD}>{WARNINGS}", chosen, source, warnings), (f"{GOOD}>{BAD}", chosen, source, bad)]
        if warnings:
            steps.append((f"{WARNINGS}>{BAD}", warnings[0].text, ON_POLICY, bad))
        for kind, chosen_text, chosen_source, rejected in steps:
            for s in rejected:
                if s.text == chosen_text or s.text in good_texts:
                    skipped["identical_to_chosen"] += 1  # e.g. the original itself fails under these flags
                    continue
                cands.append((kind, row, fmt, chosen_text, chosen_source, s))
    raw, norm = edit_distances([c[3] for c in cands], [c[5].text for c in cands])

    pairs, kept, kept_raw, kept_norm = [], [], [], []
    per_prompt: Counter = Counter()
    seen = set()
    for (kind, row, fmt, chosen, source, s), d, nd in zip(cands, raw.tolist(), norm.tolist()):
        key = (row["id"], kind, s.text)
        if key in seen:
            skipped["duplicate"] += 1
            continue
        seen.add(key)
        if max_pairs_per_prompt and per_prompt[(s.rec["id"], kind)] >= max_pairs_per_prompt:
            skipped["over_max_pairs_per_prompt"] += 1
            continue
        per_prompt[(s.rec["id"], kind)] += 1
        pair = fmt.preference_example(row["prompt"], chosen, s.text)
        pair.update(problem_id=row["problem_id"], submission_id=s.rec["id"], model=model,
                    stage=stage or s.rec.get("stage") or "sft", decoding=s.rec.get("decoding") or {},
                    diagnostic=s.rec.get("diagnostic") or "", reason=s.rec.get("reason") or "",
                    levenshtein=int(d), levenshtein_normalized=float(nd))
        pairs.append(pair)
        kept.append((kind, source, s, chosen))
        kept_raw.append(d)
        kept_norm.append(nd)

    scored = [s for *_, samples in prompts for s in samples]
    n_scored = sum(g.get("verdict") in ("Good", "Bad") for g in generations)
    pairs_of = Counter(s.rec["id"] for _, _, s, _ in kept)
    summary = {
        "n_generations": len(generations),
        "n_bad": sum(g.get("verdict") == "Bad" for g in generations),
        "n_candidates": len(cands),
        "n_pairs": len(pairs),
        "skipped": dict(sorted(skipped.items())),
        "filters": {"max_pairs_per_prompt": max_pairs_per_prompt, "graded": graded,
                    "allowed_warnings": list(allowed_warnings) if graded else None},
        "by_reason": dict(sorted(Counter(p["reason"] for p in pairs).items())),
        "levenshtein": distribution(kept_raw), "levenshtein_normalized": distribution(kept_norm),
        "levenshtein_all": distribution(raw), "levenshtein_normalized_all": distribution(norm),
        "shortcuts": shortcut_report([c for *_, c in kept], [s.text for _, _, s, _ in kept], [s.rec for _, _, s, _ in kept]),
        "n_prompts": len(prompts),
        "num_samples": max((len(samples) for *_, samples in prompts), default=0),
        "sample_compile_success": sum(g.get("verdict") == "Good" for g in generations) / n_scored if n_scored else 0.0,
        "chosen_source": {ON_POLICY: sum(src == ON_POLICY for _, src, _, _ in kept),
                          ORIGINAL: sum(src == ORIGINAL for _, src, _, _ in kept),
                          "prompts_with_good_sample": sum(any(s.tier == GOOD for s in samples)
                                                          for *_, samples in prompts)},
        "pairs_per_prompt": distribution([pairs_of.get(row["id"], 0) for row, _, _ in prompts]),
        "kinds": {kind: sum(k == kind for k, *_ in kept) for kind in (KINDS if graded else (f"{GOOD}>{BAD}",))},
        "tiers": {tier: sum(s.tier == tier for s in scored) for tier in (GOOD, WARNINGS, BAD)},
    }
    if graded:
        summary["tiers"]["warnings_not_confirmed"] = demoted
    return pairs, summary


def write_onpolicy(out_dir: str | Path, model: str, pairs: list[dict], graded: bool) -> dict:
    """Write the pairs as config preference-<model>-onpolicy|graded (the preference writer); row counts."""
    return write_preference_configs(out_dir, config_label(model, graded), pairs)


def print_summary(summary: dict) -> None:
    mix = summary["chosen_source"]
    print(f"{summary['n_generations']} samples of {summary['n_prompts']} prompts (compile "
          f"{summary['sample_compile_success']:.1%}), {summary['n_pairs']} pairs: chosen on-policy {mix[ON_POLICY]}, "
          f"original {mix[ORIGINAL]}; kinds {summary['kinds']} (skipped: {summary['skipped'] or 'none'})")
    print(f"pairs per prompt: {_fmt_dist(summary['pairs_per_prompt'], 2)}")
    print(f"Levenshtein chosen<->rejected: {_fmt_dist(summary['levenshtein'])}")
    for warning in summary["shortcuts"]["warnings"]:
        print(f"warning: {warning}", file=sys.stderr)


@dataclass
class OnPolicyMineConfig:
    """Settings of `compile-prefs mine-onpolicy` (every field is an option)."""

    model: str = field(metadata={"help": "Model name: the config is preference-<model>-onpolicy (or -graded)."})
    data: str = field(metadata={"help": "Dataset folder whose train split the generations were sampled on."})
    generations: str = field(metadata={"help": "Generations JSONL: k scored samples per train prompt."})
    out: str | None = field(default=None, metadata={"help": "Dataset folder the config is written to (default: --data)."})
    graded: bool = field(default=False, metadata={"help": "Severity-ordered pairs: Good > allow-listed warnings only > bad."})
    allowed_warnings: list[str] = field(
        default_factory=lambda: list(DEFAULT_ALLOWED_WARNINGS),
        metadata={"help": "Warning options of the warnings-only tier (graded): only ones garbage cannot trigger."})
    max_pairs_per_prompt: int = field(
        default=0, metadata={"help": "Pairs per prompt (and kind) at most; 0: one per distinct Bad sample."})
    stage: str | None = field(default=None, metadata={"help": "Stage of the sampling model (default: from the file)."})
    prompt_format: str | None = field(
        default=None, metadata={"help": "Pair form (default: the generations' prompt format).", "aliases": ["--format"]})
    summary_out: str | None = field(
        default=None, metadata={"help": f"Where to save the summary (default: beside the generations, {MINING_SUMMARY_FILE})."})

    def __post_init__(self):
        if self.max_pairs_per_prompt < 0:
            raise ValueError(f"max_pairs_per_prompt must be >= 0, got {self.max_pairs_per_prompt}")
        RewardConfig(allowed_warnings=tuple(self.allowed_warnings))  # validates the options


def mine_file(generations: str | Path, data: str | Path, out: str | Path, *, model: str, graded: bool = False,
              max_pairs_per_prompt: int = 0, allowed_warnings=DEFAULT_ALLOWED_WARNINGS, stage: str | None = None,
              prompt_format: str | None = None, summary_out: str | Path | None = None, runner=None) -> MiningSummary:
    """Mine a generations file, write the config into `out` (when there are pairs) and the summary; the summary."""
    from compile_prefs.training.generate import load_rows, read_records

    gen_path = Path(generations)
    if not gen_path.is_file():
        raise FileNotFoundError(f"{gen_path} not found: sample on the train split first (compile-prefs generate "
                                "--decoding sample --num-samples K --split train)")
    records = read_records(gen_path, repair=False)
    splits = {r.get("split") for r in records} - {"train", None}
    if splits:
        raise ValueError(f"{gen_path} holds generations of split(s) {sorted(splits)}: pairs come from train only")
    train = {r["id"]: r for r in load_rows(data, "train")}
    pairs, fields = mine_onpolicy(records, train, model=model, stage=stage, prompt_format=prompt_format,
                                  max_pairs_per_prompt=max_pairs_per_prompt, graded=graded,
                                  allowed_warnings=allowed_warnings, runner=runner)
    written = write_onpolicy(out, model, pairs, graded) if pairs else None
    summary = MiningSummary(model=model, generations=str(gen_path), data=str(data),
                            created_at=datetime.now(UTC).isoformat(timespec="seconds"), written=written, **fields)
    summary.save(Path(summary_out) if summary_out else gen_path.parent / MINING_SUMMARY_FILE)
    return summary


ARGUMENTS = (OnPolicyMineConfig,)  # `compile-prefs mine-onpolicy` parses its options from these dataclasses


def run(cfg: OnPolicyMineConfig) -> int:
    from compile_prefs import layout

    try:
        summary = mine_file(cfg.generations, cfg.data, cfg.out or cfg.data, model=cfg.model, graded=cfg.graded,
                            max_pairs_per_prompt=cfg.max_pairs_per_prompt, allowed_warnings=cfg.allowed_warnings,
                            stage=cfg.stage, prompt_format=cfg.prompt_format, summary_out=cfg.summary_out)
    except (FileNotFoundError, ValueError, RuntimeError) as err:  # bad input or setup: say what, no traceback
        print(f"error: {err}", file=sys.stderr)
        return 1
    print_summary(summary.to_dict())
    if not summary.n_pairs:
        print("no preference pairs: no prompt had a Bad sample with code", file=sys.stderr)
        return 1
    print(f"wrote config {layout.preference_config_name(config_label(cfg.model, cfg.graded))} in {cfg.out or cfg.data}")
    return 0


def main(argv: list[str] | None = None) -> int:
    from transformers import HfArgumentParser

    (cfg,) = HfArgumentParser(ARGUMENTS, description=__doc__.split("\n")[0]).parse_args_into_dataclasses(args=argv)
    return run(cfg)


if __name__ == "__main__":
    raise SystemExit(main())
