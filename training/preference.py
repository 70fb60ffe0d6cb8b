"""Mine compiler-feedback preference pairs from a model's generations on the train split.

    compile-prefs mine-prefs --model tiny --data artifacts/data \
        [--generations artifacts/runs/tiny/prefs/generations.jsonl] [--stage sft] \
        [--min-edit-distance N] [--dedupe] [--format base|chat]

Every Bad generation gives one pair: prompt = the masked program, chosen = the completion that
was removed from it (the original, Accepted code), rejected = the model's extracted completion.
Pairs are joined to the dataset's train split by submission id -- never by position -- so chosen
and rejected always come from the same program, and responses never contain the prompt.
Generations without code (reason no_code) give no pair: there is no rejected completion to show.

The pairs go to the dataset folder as config `preference-<model>` (TRL's standard form for base
models, conversational for chat models, with provenance: model, stage, decoding, diagnostic,
reason, Levenshtein distance raw and normalised) and the combined `preference` config is rebuilt
from every `preference-*` config in the folder, in the standard form (chat pairs are converted:
prompt = the masked program, chosen/rejected = the bare completions) with a `model` column. Under the
paper's chat protocol (format chat-paper) the answer is the whole program, so chosen is the whole original
program and rejected the model's whole program, in the conversational and the standard form alike.

Chosen and rejected are normalised the same way (`normalise_response`: trailing whitespace removed, the
dataset's own convention for `code`), so nothing but their content tells them apart: the base extractor
ends every completion with a newline for the compiler, and the dataset's completions end without one;
left as they are, DPO could separate every pair by its last token. `shortcut_report` then checks the
set for any surface feature that still separates (nearly) all pairs -- final newline, trailing
whitespace, markdown fences, generation stopped by the length cap -- and mining warns about it.

The distance distribution is printed and saved as mining_summary.json beside the generations:
the paper saw CodeLlama collapse under DPO on close pairs (mean distance 108 vs 224 for Gemma);
`--min-edit-distance` and `--dedupe` are the knobs.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from compile_prefs.artifacts import MINING_SUMMARY_FILE as SUMMARY
from compile_prefs.artifacts import MiningSummary
from compile_prefs.command import fails_cleanly, run_command
# A feature present on one side of at least this share of pairs (and absent on the other) is a shortcut.
SHORTCUT_SHARE = 0.9
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)


def normalise_response(text: str) -> str:
    """How chosen and rejected completions are stored: trailing whitespace removed.

    The dataset's `code` (and so its completions) is right-stripped; the base extractor ends a completion
    with one newline. Both go through this, so they end alike. The compiled program is unaffected: the
    verdict was given to prefix + completion, and C++11 and later need no final newline.
    """
    return text.rstrip()


# Surface features DPO could learn instead of the content: name -> test on (response text, generation record).
SHORTCUT_FEATURES = {
    "final_newline": lambda text, rec: text.endswith("\n"),
    "trailing_whitespace": lambda text, rec: bool(_TRAILING_SPACE.search(text)),
    "fence": lambda text, rec: "```" in text,
    "length_cap": lambda text, rec: rec is not None and rec.get("finish") == "length",
}


def mineable_response(rec: dict, row: dict, skipped: Counter) -> str | None:
    """A scored generation's completion as a pair side (normalised), or None with the reason counted in `skipped`:
    generated from another build of the dataset (its prompt differs), or no code to compile."""
    if rec.get("prompt") is not None and rec["prompt"] != row["prompt"]:
        skipped["prompt_differs_from_dataset"] += 1
        return None
    if rec.get("reason") == "no_code" or rec.get("completion") is None:
        skipped["no_code"] += 1
        return None
    return normalise_response(rec["completion"])


def shortcut_report(chosen: list[str], rejected: list[str], records: list[dict] | None = None,
                    share: float = SHORTCUT_SHARE) -> dict:
    """Per feature: how many chosen and rejected responses have it, and in how many pairs it tells the two
    apart (rejected only, chosen only). A feature that does so in at least `share` of the pairs, one way,
    separates the set: DPO could learn it instead of the code. `records`: the generations of the rejected
    responses (the chosen ones were never generated, so they never hit the length cap)."""
    n = len(chosen)
    records = records if records is not None else [None] * n
    features, warnings = {}, []
    for name, test in SHORTCUT_FEATURES.items():
        has_chosen = [bool(test(c, None)) for c in chosen]
        has_rejected = [bool(test(r, rec)) for r, rec in zip(rejected, records)]
        rejected_only = sum(r and not c for c, r in zip(has_chosen, has_rejected))
        chosen_only = sum(c and not r for c, r in zip(has_chosen, has_rejected))
        top = max(rejected_only, chosen_only)
        separates = n > 0 and top >= share * n
        features[name] = {"chosen": sum(has_chosen), "rejected": sum(has_rejected),
                          "pairs_rejected_only": rejected_only, "pairs_chosen_only": chosen_only,
                          "separating_share": top / n if n else 0.0, "separates": separates}
        if separates:
            side = "rejected" if rejected_only >= chosen_only else "chosen"
            warnings.append(f"{name} marks the {side} response in {top} of {n} pairs: DPO can separate the set "
                            "by it alone")
    return {"n_pairs": n, "threshold": share, "features": features, "warnings": warnings}


def edit_distances(chosen: list[str], rejected: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(raw, normalised) Levenshtein distances of aligned pairs, computed by rapidfuzz in C."""
    from rapidfuzz.distance import Levenshtein
    from rapidfuzz.process import cpdist

    if not chosen:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
    raw = np.asarray(cpdist(chosen, rejected, scorer=Levenshtein.distance, workers=-1), dtype=np.int64)
    # rapidfuzz's normalised distance is distance / longer length; computed here in float64
    longer = np.maximum([len(c) for c in chosen], [len(r) for r in rejected])
    norm = np.divide(raw, longer, out=np.zeros(len(raw), dtype=np.float64), where=longer > 0)
    return raw, norm


def distribution(values) -> dict:
    values = np.asarray(values, dtype=np.float64)
    if values.size == 0:
        return {"n": 0}
    q = np.quantile(values, [0.1, 0.25, 0.5, 0.75, 0.9])
    return {"n": int(values.size), "mean": float(values.mean()), "std": float(values.std()),
            "min": float(values.min()), "p10": float(q[0]), "p25": float(q[1]), "median": float(q[2]),
            "p75": float(q[3]), "p90": float(q[4]), "max": float(values.max())}


def mine_pairs(generations: list[dict], train_rows: dict[str, dict], *, model: str, stage: str | None = None,
               prompt_format: str | None = None, min_edit_distance: int = 0, dedupe: bool = False) -> tuple[list[dict], dict]:
    """(preference rows in the model's form, summary). `train_rows`: submission_id -> dataset row."""
    from compile_prefs.training.formats import get_format

    skipped: Counter = Counter()
    cands = []
    for rec in generations:
        if rec.get("verdict") == "Good":
            continue
        if rec.get("verdict") != "Bad":
            skipped["not_scored"] += 1
            continue
        row = train_rows.get(rec.get("id"))
        if row is None:
            skipped["id_not_in_train_split"] += 1
            continue
        rejected = mineable_response(rec, row, skipped)
        if rejected is None:
            continue
        # In the answer's unit: the continuation, or the whole program for formats that answer with one.
        fmt = get_format(prompt_format or rec.get("prompt_format") or "base")
        chosen = normalise_response(fmt.response(row["prompt"], row["completion"]))
        if not rejected:
            skipped["empty_rejected"] += 1
            continue
        if rejected == chosen:
            skipped["identical_to_chosen"] += 1  # the original itself fails under these flags
            continue
        cands.append((rec, row, fmt, chosen, rejected))
    raw, norm = edit_distances([c for *_, c, _ in cands], [r for *_, r in cands])
    summary = {"n_generations": len(generations),
               "n_bad": sum(g.get("verdict") == "Bad" for g in generations),
               "n_candidates": len(cands),
               "levenshtein_all": distribution(raw), "levenshtein_normalized_all": distribution(norm)}

    pairs, kept, kept_raw, kept_norm, seen = [], [], [], [], set()
    for (rec, row, fmt, chosen, rejected), d, nd in zip(cands, raw.tolist(), norm.tolist()):
        if d < min_edit_distance:
            skipped["below_min_edit_distance"] += 1
            continue
        key = (row["prompt"], chosen, rejected)
        if dedupe and key in seen:
            skipped["duplicate"] += 1
            continue
        seen.add(key)
        pair = fmt.preference_example(row["prompt"], chosen, rejected)
        pair.update(problem_id=row["problem_id"], submission_id=rec["id"], model=model,
                    stage=stage or rec.get("stage") or "sft", decoding=rec.get("decoding") or {},
                    diagnostic=rec.get("diagnostic") or "", reason=rec.get("reason") or "",
                    levenshtein=int(d), levenshtein_normalized=float(nd))
        pairs.append(pair)
        kept.append((rec, chosen, rejected))
        kept_raw.append(d)
        kept_norm.append(nd)
    summary.update(n_pairs=len(pairs), skipped=dict(sorted(skipped.items())),
                   filters={"min_edit_distance": min_edit_distance, "dedupe": dedupe},
                   levenshtein=distribution(kept_raw), levenshtein_normalized=distribution(kept_norm),
                   by_reason=dict(sorted(Counter(p["reason"] for p in pairs).items())),
                   shortcuts=shortcut_report([c for _, c, _ in kept], [r for _, _, r in kept], [g for g, _, _ in kept]))
    return pairs, summary


def standard_form(row: dict) -> dict:
    """A pair in TRL's standard form: conversational (chat format) pairs become masked program and bare completions."""
    from compile_prefs.training.formats import format_of_pair

    try:
        return format_of_pair(row).standard_preference(row)
    except ValueError as err:
        raise ValueError(f"pair {row.get('submission_id')}: {err}") from None


def write_preference_configs(data_dir: str | Path, model: str, pairs: list[dict]) -> dict:
    """Write `preference-<model>` and rebuild the combined `preference` config; returns row counts."""
    from datasets import Dataset, concatenate_datasets

    from compile_prefs.builders.builder import preference_features, validate_preference_rows
    from compile_prefs import layout

    name = layout.preference_config_name(model)
    form, rows = validate_preference_rows(pairs, source=name)
    layout.write_config(data_dir, name, {"train": Dataset.from_list(rows, features=preference_features(form))})

    parts = []
    for config in layout.list_configs(data_dir):
        if not config.startswith(layout.PREFERENCE_CONFIG + "-"):
            continue
        ds = Dataset.from_parquet(str(layout.parquet_path(data_dir, config, "train")))
        std = [standard_form(r) for r in ds]
        _, std = validate_preference_rows(std, form="standard", source=config)
        parts.append(Dataset.from_list(std, features=preference_features("standard")))
    combined = concatenate_datasets(parts)
    layout.write_config(data_dir, layout.PREFERENCE_CONFIG, {"train": combined})
    return {"form": form, name: len(rows), layout.PREFERENCE_CONFIG: len(combined)}


def _fmt_dist(d: dict, digits: int = 1) -> str:
    if not d.get("n"):
        return "no pairs"
    f = f".{digits}f"
    return (f"mean {d['mean']:{f}}  median {d['median']:{f}}  p10 {d['p10']:{f}}  p25 {d['p25']:{f}}  "
            f"p75 {d['p75']:{f}}  p90 {d['p90']:{f}}  (min {d['min']:{f}}, max {d['max']:{f}})")


@dataclass
class MineConfig:
    """Settings of `compile-prefs mine-prefs` (every field is an option)."""

    model: str = field(metadata={"help": "Model name: the config is preference-<model>."})
    data: str = field(metadata={"help": "Dataset folder (completion config; pairs are written here)."})
    generations: str | None = field(
        default=None,
        metadata={"help": "Generations JSONL on the train split (default: layout.prefs_dir(model)/generations.jsonl)."})
    stage: str | None = field(
        default=None, metadata={"help": "Stage of the model that generated (default: from the file, else sft)."})
    prompt_format: str | None = field(
        default=None, metadata={"help": "Pair form (default: the generations' prompt format).", "aliases": ["--format"]})
    min_edit_distance: int = field(default=0, metadata={"help": "Drop pairs closer than this (characters)."})
    dedupe: bool = field(default=False, metadata={"help": "Drop repeated (prompt, chosen, rejected) pairs."})
    summary_out: str | None = field(
        default=None, metadata={"help": f"Where to save the summary (default: beside the generations, {SUMMARY})."})

    def __post_init__(self):
        if self.min_edit_distance < 0:
            raise ValueError(f"min_edit_distance must be >= 0, got {self.min_edit_distance}")
        if self.prompt_format is not None:
            from compile_prefs.training.formats import get_format

            get_format(self.prompt_format)


ARGUMENTS = (MineConfig,)  # `compile-prefs mine-prefs` parses its options from these dataclasses


@fails_cleanly(FileNotFoundError, ValueError, RuntimeError)
def run(args: MineConfig) -> int:
    from compile_prefs import layout
    from compile_prefs.training.generate import load_rows, read_records

    gen_path = Path(args.generations) if args.generations else layout.prefs_dir(args.model) / "generations.jsonl"
    if not gen_path.is_file():
        print(f"{gen_path} not found: generate on the train split first (compile-prefs generate --model {args.model} "
              f"--stage sft --data {args.data})", file=sys.stderr)
        return 1
    generations = read_records(gen_path, repair=False)
    splits = Counter(g.get("split") for g in generations)
    if set(splits) - {"train", None}:
        print(f"warning: {gen_path} holds generations of split(s) {dict(splits)}; pairs come from train only",
              file=sys.stderr)
    train = {r["id"]: r for r in load_rows(args.data, "train")}
    pairs, summary = mine_pairs(generations, train, model=args.model, stage=args.stage,
                                prompt_format=args.prompt_format, min_edit_distance=args.min_edit_distance,
                                dedupe=args.dedupe)
    summary.update(model=args.model, generations=str(gen_path), data=str(args.data),
                   created_at=datetime.now(UTC).isoformat(timespec="seconds"))
    print(f"{summary['n_generations']} generations, {summary['n_bad']} Bad, {summary['n_pairs']} pairs "
          f"(skipped: {summary['skipped'] or 'none'})")
    print(f"Levenshtein chosen<->rejected:  {_fmt_dist(summary['levenshtein'])}")
    print(f"  normalised:                    {_fmt_dist(summary['levenshtein_normalized'], 3)}")
    features = summary["shortcuts"]["features"]
    print("surface features (chosen / rejected with it): "
          + ", ".join(f"{k} {v['chosen']}/{v['rejected']}" for k, v in features.items()))
    for warning in summary["shortcuts"]["warnings"]:
        print(f"warning: {warning}", file=sys.stderr)
    if pairs:
        summary["written"] = write_preference_configs(args.data, args.model, pairs)
        print(f"wrote configs {layout.preference_config_name(args.model)} ({summary['written']['form']} form) and "
              f"{layout.PREFERENCE_CONFIG} ({summary['written'][layout.PREFERENCE_CONFIG]} pairs) in {args.data}")
    summary_path = Path(args.summary_out) if args.summary_out else gen_path.parent / SUMMARY
    MiningSummary(**summary).save(summary_path)
    print(f"summary: {summary_path}")
    if not pairs:
        print("no preference pairs: nothing Bad with code to learn from", file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    return run_command(ARGUMENTS, run, argv, prog="compile-prefs mine-prefs", description=__doc__)


if __name__ == "__main__":
    raise SystemExit(main())
