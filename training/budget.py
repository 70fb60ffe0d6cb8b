"""The generation budget from the data: how many new tokens a model may write per sample.

    budget = generation_budget(data_dir, fmt, tokenizer, context_length)
    budget["max_new_tokens"]   # min(ceil(1.5 x p99 of the train answers' tokens), context - p99 of the prompts)

A fixed max_new_tokens is either too small for some programs (their answers are cut and fail to
compile: the verdict then measures the budget) or far too large for most (slow, and under the paper's
protocol everything the model babbles until the cap is compiled). So the budget follows the data: the
tokens of the answers the model is trained to write on the train split (the continuation and EOS; for
the paper's chat protocol the whole fenced program), at the 99th percentile, times 1.5. It is capped by
the model's context minus the prompt (the 99th percentile of the rendered train prompts), so a prompt and
its answer fit in the context; prompts longer than that keep their end, as always.

The token statistics are computed once per (dataset, tokenizer, prompt format) and cached in the dataset
folder (`max_new_tokens.json`, keyed by the train split's content, the tokenizer's vocabulary and the
format): both protocols, and every stage of a model, read the same numbers. The cap, which depends on the
model's context, is applied on each use. An explicit --max-new-tokens wins over all of it.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
from pathlib import Path

import numpy as np

CACHE_FILE = "max_new_tokens.json"
FACTOR = 1.5
QUANTILE = 0.99


def _file_digest(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()[:16]


def tokenizer_fingerprint(tokenizer) -> str:
    """Name and a digest of the vocabulary: a rebuilt tokenizer at the same path is another tokenizer."""
    vocab = sorted(tokenizer.get_vocab().items())
    h = hashlib.sha256(json.dumps(vocab, ensure_ascii=False).encode())
    name = Path(str(getattr(tokenizer, "name_or_path", "") or "tokenizer")).name
    return f"{name}:{len(vocab)}:{h.hexdigest()[:12]}"


def token_stats(rows: list[dict], fmt, tokenizer) -> dict:
    """Token lengths of the answers (EOS included) and of the rendered prompts, over `rows`."""
    answers = [len(tokenizer(fmt.answer_text(r["prompt"], r["completion"]), add_special_tokens=False)["input_ids"]) + 1
               for r in rows]
    prompts = [len(fmt.render_prompt(r["prompt"], tokenizer).input_ids) for r in rows]
    return {
        "n": len(rows),
        "answer_tokens_p99": float(np.quantile(answers, QUANTILE)),
        "answer_tokens_max": int(max(answers)),
        "prompt_tokens_p99": float(np.quantile(prompts, QUANTILE)),
    }


def _train_rows(data: str | os.PathLike, config: str, split: str) -> tuple[Path, list[dict]]:
    from datasets import Dataset

    from compile_prefs import layout

    path = layout.parquet_path(data, config, split)
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found: the generation budget comes from the {split} split of the "
                                f"{config} config; build the dataset, or pass --max-new-tokens")
    ds = Dataset.from_parquet(str(path)).select_columns(["prompt", "completion"])
    return path, [dict(r) for r in ds]


def generation_budget(data: str | os.PathLike, fmt, tokenizer, context_length: int, config: str = "completion",
                      split: str = "train") -> dict:
    """The budget record: max_new_tokens and how it was derived (recorded in generations and summaries)."""
    path, rows = _train_rows(data, config, split)
    if not rows:
        raise ValueError(f"{path} has no rows to derive max_new_tokens from; pass --max-new-tokens")
    key = f"{config}/{split}:{_file_digest(path)}|{tokenizer_fingerprint(tokenizer)}|{fmt.name}"
    cache_path = Path(data) / CACHE_FILE
    try:
        cache = json.loads(cache_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        cache = {}
    stats = cache.get(key)
    if not isinstance(stats, dict) or "answer_tokens_p99" not in stats:
        stats = token_stats(rows, fmt, tokenizer)
        cache[key] = stats
        tmp = cache_path.with_name(cache_path.name + ".tmp")
        tmp.write_text(json.dumps(cache, indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, cache_path)
    from_data = math.ceil(FACTOR * stats["answer_tokens_p99"])
    room = int(context_length - math.ceil(stats["prompt_tokens_p99"]))
    value = max(1, min(from_data, room))
    return {
        "max_new_tokens": value, "source": "data", "prompt_format": fmt.name,
        "rule": f"min({FACTOR} x p{round(QUANTILE * 100)} of {split} answer tokens, context - p{round(QUANTILE * 100)} "
                "of prompt tokens)",
        "from_data": from_data, "context_length": int(context_length), "capped_by_context": from_data > room,
        **stats,
    }
