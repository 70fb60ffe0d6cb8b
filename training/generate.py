"""Generate completions for a dataset split, extract the programs and score them with g++.

    compile-prefs generate --model tiny|PATH|HUB_ID [--adapter DIR] [--format base|chat] \
        [--protocol improved|paper] --data artifacts/data --split train --out gens.jsonl \
        [--batch-size 8] [--max-new-tokens N] [--decoding greedy|sample|beam|contrastive] [--limit N]

Every field of `GenerateConfig` is an option (`compile-prefs generate --help`), e.g. `--top-k 5
--penalty-alpha 0.6 --decoding contrastive`.

One JSON line per sample (id = submission_id, `sample` = its index among the row's `--num-samples` k
samples, 0 when k = 1): the prompt, the raw output, the extracted completion and program, and the
compiler verdict with whether any error occurred and the option of every warning (`has_error`,
`warning_options`). Lines are written batch by batch (flushed), so
an interrupted run resumes where it stopped: finished (id, sample) pairs are skipped, a torn last line is
dropped and redone, and the finished file is rewritten in dataset order -- the same file an
uninterrupted run writes. Scoring goes through the one runner (`CompileRunner.check_many`),
overlapping with the generation of the next batch.

The protocol (`improved`, or the `paper`'s prompts and parsing: training/formats.py) and the
generation budget are recorded in every line: max_new_tokens follows the data unless given
(training/budget.py), and each line's `finish` says whether the sample hit it (`length`).

Back-ends: HF transformers (the model loaded by training/modeling.py as its recipe says: 4-bit where
the recipe quantizes and CUDA is present; a LoRA adapter through peft), vLLM when installed
(`--backend vllm`), and `baseline:braces` / `baseline:prefix` (no model: close the open braces /
the prefix alone) for the reference rows of the report.
Decoding: greedy (the paper, default), sample, beam, contrastive (transformers 5 ships contrastive
search as the Hub repo transformers-community/contrastive-search: it must be in the local HF cache
when offline).
"""

from __future__ import annotations

import functools
import inspect
import json
import os
import sys
import time
import zlib
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Callable, Iterator, Sequence

from compile_prefs.command import fails_cleanly, run_command
from compile_prefs.training.budget import generation_budget
from compile_prefs.training.extract import NO_CODE, Extraction, closing_braces
from compile_prefs.training.formats import PromptFormat, RenderedPrompt, format_for_model, get_format
from compile_prefs.training.recipe_files import RecipeName, model_families, recipe_stage, recipe_variant

DECODINGS = ("greedy", "sample", "beam", "contrastive")
BASELINES = ("baseline:braces", "baseline:prefix")
NO_CODE_DIAGNOSTIC = "no code found in the model output"


@dataclass
class GenerateConfig:
    """Settings of one generation run; `compile-prefs generate` takes every field as an option.

    Model: model (a model family, local path or Hub id, or baseline:braces|prefix), adapter, recipe and
        load_in_4bit (how the base model is loaded), prompt_format (None: from the model's recipe/family), backend.
    Data: data (dataset folder), config, split, limit.
    Decoding: decoding, max_new_tokens, max_prompt_tokens, temperature, top_p, top_k, num_beams,
        penalty_alpha, seed, num_samples (k samples per prompt).
    Output: out (JSONL), batch_size, model_name and stage (labels written into every line), score.
    """

    model: str = field(metadata={"help": "Model family (tiny, gemma, ...), local folder or Hub id; or baseline:braces|prefix."})
    data: str = field(metadata={"help": "Dataset folder (Hub layout) holding the completion config."})
    out: str | None = field(
        default=None,
        metadata={"help": "Output JSONL, resumed when it exists (default: layout.prefs_dir(model)/generations.jsonl)."})
    split: str = field(default="train", metadata={"help": "Dataset split."})
    config: str = field(default="completion", metadata={"help": "Dataset config with prompt/completion columns."})
    adapter: str | None = field(
        default=None,
        metadata={"help": "LoRA adapter folder (default: the trained stage's adapter of a model family)."})
    recipe: str | None = field(
        default=None,
        metadata={"help": "Recipe whose model settings (quantization, dtype, attention) load the base model "
                          "(default: the stage's recipe of a model family)."})
    prompt_format: str | None = field(
        default=None, metadata={"help": "base, chat, base-paper or chat-paper (default: from the model's recipe).",
                                "aliases": ["--format"]})
    protocol: str = field(default="improved", metadata={"help": "improved or paper: the prompt format's protocol.",
                                                        "choices": ["improved", "paper"]})
    backend: str = field(default="hf", metadata={"help": "hf (transformers) or vllm.", "choices": ["hf", "vllm"]})
    load_in_4bit: str | None = field(
        default=None,
        metadata={"help": "auto (4-bit when CUDA is present), true or false (default: the recipe's, else auto).",
                  "choices": ["auto", "true", "false"]})
    batch_size: int = field(default=8, metadata={"help": "Rows decoded at once; also the unit written to the output file."})
    max_new_tokens: int | None = field(
        default=None, metadata={"help": "Generation budget per sample (default: from the data, training/budget.py)."})
    max_prompt_tokens: int | None = field(
        default=None, metadata={"help": "Longer prompts keep their end (default: context - max_new_tokens)."})
    decoding: str = field(default="greedy", metadata={"help": "Decoding strategy.", "choices": list(DECODINGS)})
    temperature: float = field(default=0.8, metadata={"help": "sample: temperature."})
    top_p: float = field(default=0.95, metadata={"help": "sample: nucleus mass."})
    top_k: int = field(default=4, metadata={"help": "contrastive: candidates per step."})
    num_beams: int = field(default=4, metadata={"help": "beam: beams."})
    penalty_alpha: float = field(default=0.6, metadata={"help": "contrastive: degeneration penalty."})
    seed: int = field(default=0, metadata={"help": "Sampling seed (per batch, derived from its ids: resumable)."})
    num_samples: int = field(
        default=1, metadata={"help": "Samples per prompt (k): each row is generated k times, each record carrying its "
                                     "`sample` index; k > 1 needs --decoding sample."})
    limit: int | None = field(default=None, metadata={"help": "Only the first N rows of the split."})
    model_name: str | None = field(default=None, metadata={"help": "Label for outputs (default: --model)."})
    stage: str | None = field(default=None, metadata={"help": "Label for outputs: base, sft, dpo, sft_dpo."})
    score: bool = field(default=True, metadata={"help": "Compile every program (--no-score: generation only)."})
    compile_workers: int | None = field(
        default=None, metadata={"help": "Parallel g++ processes (default: cores).", "aliases": ["--workers"]})
    progress: bool = field(default=True, metadata={"help": "Show a progress bar (--no-progress: none)."})

    def __post_init__(self):
        if self.decoding not in DECODINGS:
            raise ValueError(f"decoding must be one of {DECODINGS}, got {self.decoding!r}")
        if self.backend not in ("hf", "vllm"):
            raise ValueError(f"backend must be hf or vllm, got {self.backend!r}")
        if self.load_in_4bit is not None:
            self.load_in_4bit = str(self.load_in_4bit).lower()
            if self.load_in_4bit not in ("auto", "true", "false"):
                raise ValueError("load_in_4bit must be auto, true or false")
        if self.batch_size < 1 or (self.max_new_tokens is not None and self.max_new_tokens < 1):
            raise ValueError("batch_size and max_new_tokens must be positive")
        if self.protocol not in ("improved", "paper"):
            raise ValueError(f"protocol must be improved or paper, got {self.protocol!r}")
        if self.limit is not None and self.limit < 0:
            raise ValueError("limit must be >= 0")
        if self.num_samples < 1:
            raise ValueError(f"num_samples must be >= 1, got {self.num_samples}")
        if self.num_samples > 1 and (self.decoding != "sample" or self.is_baseline):
            raise ValueError(f"num_samples {self.num_samples} needs --decoding sample: other decodings give the same "
                             "output k times")
        if self.is_baseline and self.model not in BASELINES:
            raise ValueError(f"unknown baseline {self.model!r}; choose one of {BASELINES}")
        if self.prompt_format is not None:
            get_format(self.prompt_format)  # an unknown name fails here, with the registry's choices
        if self.recipe is not None and not Path(self.recipe).is_file():
            raise FileNotFoundError(f"recipe not found: {self.recipe}")

    @property
    def is_baseline(self) -> bool:
        return self.model.startswith("baseline:")

    def decoding_settings(self) -> dict:
        """The decoding settings that shape outputs (recorded in every line and in summaries)."""
        if self.is_baseline:
            return {"strategy": self.model}
        d: dict = {"strategy": self.decoding, "max_new_tokens": self.max_new_tokens}
        if self.decoding == "sample":
            d.update(do_sample=True, temperature=self.temperature, top_p=self.top_p, seed=self.seed)
        elif self.decoding == "beam":
            d.update(num_beams=self.num_beams)
        elif self.decoding == "contrastive":
            d.update(penalty_alpha=self.penalty_alpha, top_k=self.top_k)
        else:
            d.update(do_sample=False)
        return d


# ------------------------------------------------------------------ data
def load_rows(data: str | os.PathLike, split: str, config: str = "completion", limit: int | None = None) -> list[dict]:
    """Rows of one split: id (= submission_id), problem_id, prompt, completion."""
    from compile_prefs import layout

    columns = ("submission_id", "problem_id", "prompt", "completion")
    ds = layout.load_split(data, config, split, limit=limit, columns=columns)
    rows = [{"id": r["submission_id"], "problem_id": r["problem_id"], "prompt": r["prompt"],
             "completion": r["completion"]} for r in ds.select_columns(list(columns))]
    seen = set()
    for r in rows:
        if r["id"] in seen:
            raise ValueError(f"duplicate submission_id {r['id']!r} in split {split!r} of {data}: ids must be unique")
        seen.add(r["id"])
    return rows


# ------------------------------------------------------------------ the output file
def record_key(rec: dict) -> tuple[str, int]:
    """What identifies a record: its id (the dataset's submission id) and its sample index (0 for one sample)."""
    return rec["id"], int(rec.get("sample") or 0)


def read_records(path: str | os.PathLike, repair: bool = True) -> list[dict]:
    """Finished records of a (possibly interrupted) JSONL file.

    A torn last line (no newline, or not JSON) is dropped; so is any line that is not a JSON
    object with an id, and any repeated (id, sample) after its first line. With `repair`, the file
    is rewritten atomically without them so appending can resume cleanly.
    """
    path = Path(path)
    if not path.exists():
        return []
    data = path.read_bytes()
    lines = data.split(b"\n")
    torn = lines.pop() if lines else b""  # after the last newline: empty, or a line cut mid-write
    records, seen, dropped = [], set(), int(bool(torn.strip()))
    for line in lines:
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except ValueError:
            dropped += 1
            continue
        if not isinstance(rec, dict) or "id" not in rec or record_key(rec) in seen:
            dropped += 1
            continue
        seen.add(record_key(rec))
        records.append(rec)
    if dropped:
        print(f"{path}: dropped {dropped} incomplete or repeated line(s); they will be redone", file=sys.stderr)
        if repair:
            write_records(path, records)
    return records


def write_records(path: str | os.PathLike, records: Sequence[dict]) -> None:
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    os.replace(tmp, path)


RUN_KEYS = ("model", "adapter", "prompt_format", "decoding", "split")


def _check_same_run(existing: list[dict], header: dict, path: Path) -> None:
    if not existing:
        return
    first = existing[0]
    diffs = [k for k in RUN_KEYS if first.get(k) != header.get(k)]
    if first.get("num_samples", 1) != header.get("num_samples", 1):  # files of one sample per prompt may lack it
        diffs.append("num_samples")
    if diffs:
        detail = ", ".join(f"{k}: file {first.get(k)!r} vs now {header.get(k)!r}" for k in diffs)
        raise ValueError(f"{path} holds a different run ({detail}); remove it or choose another --out")


# ------------------------------------------------------------------ back-ends
@dataclass
class Output:
    raw: str  # the model's continuation, as text
    new_tokens: int
    finish: str  # eos | stop (the format saw the answer end) | length | baseline


def model_family(cfg: GenerateConfig) -> str | None:
    """The model family a run belongs to: --model when it names one, else a --model-name label that does."""
    families = model_families()
    if cfg.model in families and not Path(cfg.model).exists():
        return cfg.model
    return cfg.model_name if cfg.model_name in families else None


def resolve_model(model: str) -> str:
    """A model family -> its base model from the recipe; paths and Hub ids unchanged."""
    from compile_prefs import layout
    from compile_prefs.training.recipe_files import family_recipe

    if Path(model).exists() or model not in model_families():
        return model
    if model == "tiny":
        return str(layout.tiny_model_dir())
    return str(family_recipe(model).get("model_name_or_path") or model)


def inference_recipe(cfg: GenerateConfig) -> str | None:
    """The recipe that says how to load the model: --recipe, else the family's recipe of the stage (base and sft:
    sft.yaml; dpo, sft_dpo: dpo.yaml), else its sft recipe; None for a bare path or Hub id."""
    if cfg.recipe:
        return cfg.recipe
    family = model_family(cfg)
    if family is None:
        return None
    for stage in (recipe_stage(cfg.stage or "base"), "sft"):
        path = RecipeName(family, stage).path
        if path.is_file():
            return str(path)
    return None


def inference_model_args(cfg: GenerateConfig, model_path: str):
    """ModelArguments for generation: the recipe's model settings (quantization, dtype, attention kernel) on
    `model_path`, with --load-in-4bit over the recipe's."""
    from compile_prefs.training.configs import model_args_from_recipe

    return model_args_from_recipe(inference_recipe(cfg), model_name_or_path=model_path, load_in_4bit=cfg.load_in_4bit,
                                  init_adapter=None, use_unsloth=False)


class _FormatStop:
    """StoppingCriteria: a row is finished once its answer is over by the format's rules."""

    def __init__(self, fmt: PromptFormat, tokenizer, prompt_len: int, prefixes: Sequence[str], every: int = 4):
        self.fmt, self.tokenizer, self.prompt_len, self.prefixes, self.every = fmt, tokenizer, prompt_len, prefixes, every
        self.stopped = [False] * len(prefixes)

    def __call__(self, input_ids, scores, **kwargs):
        import torch

        new = input_ids.shape[1] - self.prompt_len
        if new % self.every or input_ids.shape[0] != len(self.prefixes):
            return torch.tensor(self.stopped, dtype=torch.bool, device=input_ids.device)
        for i, prefix in enumerate(self.prefixes):
            if not self.stopped[i]:
                text = self.tokenizer.decode(input_ids[i, self.prompt_len:], skip_special_tokens=True)
                self.stopped[i] = self.fmt.is_done(prefix, text)
        return torch.tensor(self.stopped, dtype=torch.bool, device=input_ids.device)


class HFBackend:
    def __init__(self, cfg: GenerateConfig, model_path: str):
        from compile_prefs.training.modeling import load_for_inference

        self.cfg = cfg
        self.loaded = load_for_inference(inference_model_args(cfg, model_path), cfg.adapter)
        self.model, self.tokenizer = self.loaded.model, self.loaded.tokenizer
        self.tokenizer.padding_side = "left"
        self.device = next(self.model.parameters()).device
        self.eos_ids = self._eos_ids()
        # transformers 5 renamed the forward's past_key_values to cache (the old name warns).
        params = inspect.signature(self.model.forward).parameters
        self._cache_arg = "cache" if "cache" in params else "past_key_values"
        self._sign_tokens: dict[str, dict[int, bool]] = {}  # stop signs -> token id -> its text holds one

    def _eos_ids(self) -> set[int]:
        eos = self.model.generation_config.eos_token_id
        ids = set(eos if isinstance(eos, list) else [eos] if eos is not None else [])
        if self.tokenizer.eos_token_id is not None:
            ids.add(self.tokenizer.eos_token_id)
        return ids

    def context_length(self) -> int:
        n = getattr(self.model.config, "max_position_embeddings", None) or 4096
        return int(min(n, 32768))

    def generation_kwargs(self) -> dict:
        c = self.cfg
        kw: dict = {"max_new_tokens": c.max_new_tokens, "pad_token_id": self.tokenizer.pad_token_id}
        if c.decoding == "greedy":
            kw.update(do_sample=False, num_beams=1)
        elif c.decoding == "sample":
            kw.update(do_sample=True, temperature=c.temperature, top_p=c.top_p, top_k=0)
        elif c.decoding == "beam":
            kw.update(do_sample=False, num_beams=c.num_beams, early_stopping=True)
        elif c.decoding == "contrastive":
            kw.update(do_sample=False, penalty_alpha=c.penalty_alpha, top_k=c.top_k,
                      custom_generate="transformers-community/contrastive-search", trust_remote_code=True)
        return kw

    def generate(self, prompts: Sequence[RenderedPrompt], fmt: PromptFormat, batch_seed: int) -> list[Output]:
        """One Output per prompt, in order (`generate_batches` with one batch)."""
        return next(self.generate_batches([prompts], fmt, [batch_seed]))

    def generate_batches(self, batches: Sequence[Sequence[RenderedPrompt]], fmt: PromptFormat,
                         seeds: Sequence[int]) -> Iterator[list[Output]]:
        """The Outputs of each batch of prompts, batch by batch, in order.

        Greedy and sampling run one refilling loop (`_decode`) over all the batches when the model's
        generation config asks for nothing that loop does not do: up to `batch_size` rows are in
        flight whichever batch they come from, so the longest answer of a batch does not leave the
        others idle. The rest runs through transformers' generate, one batch at a time.
        """
        if len(batches) != len(seeds):
            raise ValueError(f"{len(batches)} batches but {len(seeds)} seeds")
        if self.cfg.decoding in ("greedy", "sample") and _plain_generation_config(self.model.generation_config):
            yield from self._decode(batches, fmt, seeds)
            return
        for prompts, seed in zip(batches, seeds):
            yield self._hf_generate(prompts, fmt, seed)

    def _hf_generate(self, prompts: Sequence[RenderedPrompt], fmt: PromptFormat, batch_seed: int) -> list[Output]:
        import torch
        from transformers import StoppingCriteriaList, set_seed

        pad = self.tokenizer.pad_token_id
        width = max(len(p.input_ids) for p in prompts)
        ids = torch.full((len(prompts), width), pad, dtype=torch.long)
        mask = torch.zeros((len(prompts), width), dtype=torch.long)
        for i, p in enumerate(prompts):  # left padding: every row's last prompt token is at -1
            ids[i, width - len(p.input_ids):] = torch.tensor(p.input_ids, dtype=torch.long)
            mask[i, width - len(p.input_ids):] = 1
        kw = self.generation_kwargs()
        stop = _FormatStop(fmt, self.tokenizer, width, [p.prefix_shown for p in prompts])
        if self.cfg.decoding in ("greedy", "sample"):
            kw["stopping_criteria"] = StoppingCriteriaList([stop])
        set_seed(batch_seed)
        try:
            with torch.inference_mode():
                out = self.model.generate(input_ids=ids.to(self.device), attention_mask=mask.to(self.device), **kw)
        except OSError as err:
            if self.cfg.decoding == "contrastive":
                raise RuntimeError("contrastive search lives in the Hub repo transformers-community/contrastive-search "
                                   "in transformers 5; download it once (online) or choose another --decoding") from err
            raise
        out = out.cpu()
        results = []
        for i, p in enumerate(prompts):
            new = out[i, width:].tolist()
            n_new = len(new)
            while n_new and new[n_new - 1] == pad and pad not in self.eos_ids:
                n_new -= 1
            new = new[:n_new]
            eos_at = next((j for j, t in enumerate(new) if t in self.eos_ids), None)
            if eos_at is not None:
                new = new[:eos_at]  # after EOS come pads (often EOS itself for Llama-family tokenizers)
            finish = "stop" if stop.stopped[i] else "eos" if eos_at is not None else "length"
            results.append(Output(self.decode_continuation(p.input_ids, new), len(new), finish))
        return results

    def _decode(self, batches: Sequence[Sequence[RenderedPrompt]], fmt: PromptFormat,
                seeds: Sequence[int]) -> Iterator[list[Output]]:
        """Greedy or sampled decoding with at most `batch_size` rows in flight; yields each batch's
        Outputs once all of its rows are finished.

        A row leaves the batch once its answer is over (EOS, the format's stop rule, or
        max_new_tokens) and the next prompt takes its place, so one long answer does not hold a
        whole batch of finished ones. Each row sees what it would see alone: its own positions, a
        mask over the padding that aligns it with the others, and (sampling) its own random
        generator, seeded from its batch's seed and its place in that batch; outputs do not depend
        on which rows run beside it. The stop rule is asked every STOP_EVERY new tokens (once a token
        brought one of the format's stop signs).
        """
        import torch

        c = self.cfg
        queue = deque(_Row(k, j, prompt, self._row_generator(seeds[k], j), fmt.stop_signs(prompt.prefix_shown))
                      for k, prompts in enumerate(batches) for j, prompt in enumerate(prompts))
        outputs: list[list[Output | None]] = [[None] * len(prompts) for prompts in batches]
        unfinished = [len(prompts) for prompts in batches]
        rows: list[_Row] = []  # the running batch by slot; a finished row holds its slot until it is reused
        batch: _Batch | None = None
        # Each refill is a forward pass of its own; waiting for a few free slots amortises its fixed cost.
        refill_at = max(1, c.batch_size // 8)
        done = 0  # batches already yielded
        while done < len(batches):
            if not unfinished[done]:
                yield outputs[done]  # type: ignore[misc]
                done += 1
                continue
            # inference_mode is entered per step, never held across a yield to the caller.
            with torch.inference_mode():
                live = sum(r.finish is None for r in rows)
                free = c.batch_size - live
                if (queue and free >= min(refill_at, len(queue))) or (not queue and 0 < live <= len(rows) - live):
                    new = [queue.popleft() for _ in range(min(free, len(queue)))]
                    rows, batch = self._regroup(rows, batch, new, fmt)
                    finished = [r for r in new if r.finish is not None]  # done at their first token
                else:
                    logits = self._forward(batch.pending[:, None], batch.positions[:, None], batch.step_mask(),
                                           batch.cache)
                    tokens = self._pick(logits, rows)
                    batch.pending = tokens
                    batch.positions = batch.positions + batch.alive
                    finished = []
                    for j, token in enumerate(tokens.tolist()):
                        row = rows[j]
                        if row.finish is None and self._advance(row, token, fmt):
                            batch.alive[j] = 0
                            finished.append(row)
                for row in finished:
                    outputs[row.batch][row.index] = self._output(row)
                    unfinished[row.batch] -= 1

    def _forward(self, ids, positions, mask, cache):
        out = self.model(input_ids=ids, position_ids=positions, attention_mask=mask, use_cache=True,
                         logits_to_keep=1, **{self._cache_arg: cache})
        return out.logits[:, -1]

    def _row_generator(self, batch_seed: int, index: int):
        """Sampling: the random generator of the `index`-th prompt of a batch (None for greedy)."""
        if self.cfg.decoding != "sample":
            return None
        import torch

        return torch.Generator(device=self.device).manual_seed(batch_seed * 1_000_003 + index)

    def _pick(self, logits, rows: Sequence[_Row]):
        """logits (rows, vocab) -> the next token per row: argmax, or a draw with each row's own generator
        (finished rows that still hold a slot draw nothing)."""
        import torch

        if self.cfg.decoding == "greedy":
            return torch.argmax(logits.float(), dim=-1)
        probs = torch.softmax(_sampling_warpers(self.cfg.temperature, self.cfg.top_p)(None, logits.float()), dim=-1)
        tokens = torch.zeros(len(rows), dtype=torch.long, device=logits.device)
        for j, row in enumerate(rows):
            if row.finish is None:
                tokens[j] = torch.multinomial(probs[j], 1, generator=row.generator)[0]
        return tokens

    def _advance(self, row: _Row, token: int, fmt: PromptFormat) -> bool:
        """Append one token; True when the row is finished (row.finish says why)."""
        row.tokens.append(token)
        n = len(row.tokens)
        if not row.may_stop:
            row.may_stop = self._brings_sign(token, row.stop_signs)
        if n % STOP_EVERY == 0 and row.may_stop and fmt.is_done(
                row.prompt.prefix_shown, self.tokenizer.decode(row.tokens, skip_special_tokens=True)):
            row.finish = "stop"
        elif token in self.eos_ids:
            row.finish = "eos"
        elif n >= self.cfg.max_new_tokens:
            row.finish = "length"
        return row.finish is not None

    def _brings_sign(self, token: int, signs: str) -> bool:
        """Whether the text of `token` holds one of the characters `signs` (a character of the decoded
        output always comes from the text of one of its tokens)."""
        known = self._sign_tokens.setdefault(signs, {})
        if token not in known:
            text = self.tokenizer.decode([token], skip_special_tokens=True)
            known[token] = any(c in text for c in signs)
        return known[token]

    def _output(self, row: _Row) -> Output:
        new = row.tokens
        pad = self.tokenizer.pad_token_id
        while new and new[-1] == pad and pad not in self.eos_ids:
            new = new[:-1]
        if new and new[-1] in self.eos_ids:
            new = new[:-1]
        return Output(self.decode_continuation(row.prompt.input_ids, new), len(new), row.finish)

    def _regroup(self, rows, batch, new, fmt):
        """The rows by slot and their batch once the prompts `new` (prefilled here) joined the unfinished
        rows of `batch`: in slots of finished rows when they fit there (nothing else is copied), else
        in a new batch of them all, without the finished rows and the columns no row needs any more."""
        keep = [j for j, r in enumerate(rows) if r.finish is None]
        fresh, alive = self._prefill(new, fmt) if new else (None, [])
        joining = [new[i] for i in alive]
        if new and not alive:  # all of them finished at their first token
            return rows, batch
        if not keep:
            if len(alive) == len(new):
                return new, fresh
            return joining, _Batch.gather([(fresh, alive)], self.cfg.max_new_tokens)
        free = [j for j, r in enumerate(rows) if r.finish is not None]
        if alive and len(alive) <= len(free) and fresh.width <= batch.width:
            # Columns left of every row's own are wasted work at each step; past half, copy them away.
            lead = min(batch.lead(keep), batch.width - fresh.width + fresh.lead(alive))
            if lead <= batch.width // 2:
                slots = free[:len(alive)]
                batch.insert(slots, fresh, alive)
                rows = list(rows)
                for slot, row in zip(slots, joining):
                    rows[slot] = row
                return rows, batch
        parts = [(batch, keep)] + ([(fresh, alive)] if alive else [])
        return [rows[j] for j in keep] + joining, _Batch.gather(parts, self.cfg.max_new_tokens)

    def _prefill(self, new, fmt):
        """Run the prompts of `new` (left-padded) and pick their first tokens: their _Batch and the
        indices of the rows that are not finished yet."""
        import torch

        pad = self.tokenizer.pad_token_id
        lengths = [len(r.prompt.input_ids) for r in new]
        width = max(lengths)
        ids = torch.full((len(new), width), pad, dtype=torch.long)
        mask = torch.zeros((len(new), width), dtype=torch.long)
        for i, r in enumerate(new):
            ids[i, width - lengths[i]:] = torch.tensor(r.prompt.input_ids, dtype=torch.long)
            mask[i, width - lengths[i]:] = 1
        padded = min(lengths) != width
        positions = (mask.cumsum(-1) - 1).masked_fill(mask == 0, 0)
        cache = _growing_cache()
        logits = self._forward(ids.to(self.device), positions.to(self.device),
                               mask.to(self.device) if padded else None, cache)
        tokens = self._pick(logits, new)
        alive = [j for j, token in enumerate(tokens.tolist()) if not self._advance(new[j], token, fmt)]
        fresh = _Batch(cache, mask.bool().to(self.device) if padded else None,
                       torch.tensor(lengths, dtype=torch.long, device=self.device), tokens)
        return fresh, alive

    def decode_continuation(self, prompt_ids: list[int], new_ids: list[int]) -> str:
        """The text the new tokens add to the prompt.

        Decoding the new tokens alone loses a leading space with SentencePiece tokenizers
        (Llama, CodeLlama, Gemma): decode prompt and prompt+new, and take the difference.
        """
        tok = self.tokenizer
        tail = prompt_ids[-64:]  # enough context for the boundary, cheap for long prompts
        before = tok.decode(tail, skip_special_tokens=True)
        both = tok.decode(tail + new_ids, skip_special_tokens=True)
        if both.startswith(before):
            return both[len(before):]
        return tok.decode(new_ids, skip_special_tokens=True)


@functools.lru_cache(maxsize=8)
def _sampling_warpers(temperature: float, top_p: float):
    from transformers.generation.logits_process import (LogitsProcessorList, TemperatureLogitsWarper,
                                                        TopPLogitsWarper)

    warpers = LogitsProcessorList()
    if temperature != 1.0:
        warpers.append(TemperatureLogitsWarper(temperature))
    if top_p < 1.0:
        warpers.append(TopPLogitsWarper(top_p))
    return warpers


STOP_EVERY = 4  # new tokens between two asks of the format's stop rule (it decodes and lexes)


@dataclass
class _Row:
    batch: int  # which batch of generate_batches() the prompt belongs to
    index: int  # its position in that batch
    prompt: RenderedPrompt
    generator: object = None  # sampling: the row's own torch.Generator
    # The format's stop rule is asked only once a token brought one of these characters (None: always).
    stop_signs: str | None = None
    tokens: list[int] = field(default_factory=list)
    finish: str | None = None
    may_stop: bool = False

    def __post_init__(self):
        self.may_stop = self.stop_signs is None


class _Batch:
    """The rows in flight, one slot per row, as tensors: the key/value cache, whose columns are
    aligned on the right (every row's newest token sits in the last column), the padding mask over
    those columns (None while no row has padding), and per slot the pending token (picked, not yet
    fed), its position, and whether its row is alive. A finished row keeps its slot, fed and
    ignored, until a new row moves in (`insert`) or the rows are copied into a new batch (`gather`).
    Keys, values and mask live in rooms with spare columns: a step appends without allocating."""

    def __init__(self, cache, mask, positions, pending):
        import torch

        self.cache, self.positions, self.pending = cache, positions, pending
        self.alive = torch.ones_like(positions)
        self.mask_room = mask  # its first `width` columns are the mask; None: no row has padding

    @property
    def width(self) -> int:
        """Cached columns."""
        return self.cache.layers[0].get_seq_length()

    def step_mask(self):
        """The 4-D attention mask for feeding the pending tokens, None without padding."""
        if self.mask_room is None:
            return None
        width = self.width + 1
        if width > self.mask_room.shape[1]:
            self.mask_room = _wider(self.mask_room, self.width, 2 * width)
        self.mask_room[:, width - 1] = True
        return self.mask_room[:, None, None, :width]

    def lead(self, slots: list[int]) -> int:
        """The first column that one of `slots` attends to: the columns before it are padding for all of them."""
        import torch

        if self.mask_room is None:
            return 0
        used = self.mask_room[torch.tensor(slots, device=self.positions.device), :self.width].any(0)
        return int(used.to(torch.int8).argmax())

    def insert(self, slots: list[int], fresh: _Batch, take: list[int]) -> None:
        """Move the rows `take` of the newly prefilled `fresh` (no wider than this batch) into `slots`, in
        place: their newest column is everyone's last one, the columns before their own are masked."""
        import torch

        width, theirs = self.width, fresh.width
        device = self.positions.device
        dst, src = torch.tensor(slots, device=device), torch.tensor(take, device=device)
        for mine, new in zip(self.cache.layers, fresh.cache.layers):
            mine.keys[dst, :, width - theirs:] = new.keys[src]
            mine.values[dst, :, width - theirs:] = new.values[src]
        if self.mask_room is None and (theirs < width or fresh.mask_room is not None):
            capacity = self.cache.layers[0].key_room.shape[-2]
            self.mask_room = torch.ones((len(self.positions), capacity), dtype=torch.bool, device=device)
        if self.mask_room is not None:
            self.mask_room[dst, :width - theirs] = False
            self.mask_room[dst, width - theirs:width] = True if fresh.mask_room is None else \
                fresh.mask_room[src, :theirs]
        self.positions[dst] = fresh.positions[src]
        self.pending[dst] = fresh.pending[src]
        self.alive[dst] = 1

    @staticmethod
    def gather(parts: list[tuple[_Batch, list[int]]], spare: int) -> _Batch:
        """One new batch of the rows `slots` of each part, in order, with room for `spare` more columns.
        Columns that are padding for all the rows of a part are dropped; narrower parts are padded
        (masked, zero) on the left. One copy of each row's keys and values."""
        import torch

        leads = [batch.lead(slots) for batch, slots in parts]
        spans = [batch.width - lead for (batch, _), lead in zip(parts, leads)]
        width, rows = max(spans), sum(len(slots) for _, slots in parts)
        device = parts[0][0].positions.device
        index = [torch.tensor(slots, device=device) for _, slots in parts]

        def room(tensors):  # one layer's keys (or values) of every part -> the new room
            first = tensors[0]
            out = first.new_empty((rows, first.shape[1], width + spare, first.shape[-1]))
            start = 0
            for t, idx, lead, span in zip(tensors, index, leads, spans):
                end = start + len(idx)
                out[start:end, :, :width - span].zero_()  # masked, but must be finite: 0 * nan is nan
                whole = len(idx) == len(t) and bool((idx == torch.arange(len(t), device=device)).all())
                out[start:end, :, width - span:width] = t[:, :, lead:] if whole else t[:, :, lead:].index_select(0, idx)
                start = end
            return out

        cache = _growing_cache()
        for layer in range(len(parts[0][0].cache.layers)):
            keys = room([batch.cache.layers[layer].keys for batch, _ in parts])
            values = room([batch.cache.layers[layer].values for batch, _ in parts])
            cache.layers.append(_growing_layer_class().in_room(keys, values, width))
        mask = None
        if any(span < width for span in spans) or any(batch.mask_room is not None for batch, _ in parts):
            mask = torch.zeros((rows, width + spare), dtype=torch.bool, device=device)
            start = 0
            for (batch, _), idx, lead, span in zip(parts, index, leads, spans):
                end = start + len(idx)
                mask[start:end, width - span:width] = True if batch.mask_room is None else \
                    batch.mask_room.index_select(0, idx)[:, lead:batch.width]
                start = end
            if bool(mask[:, :width].all()):
                mask = None
        return _Batch(cache, mask, torch.cat([batch.positions[idx] for (batch, _), idx in zip(parts, index)]),
                      torch.cat([batch.pending[idx] for (batch, _), idx in zip(parts, index)]))


def _wider(room, used: int, capacity: int):
    """A copy of `room` (rows, columns) with `capacity` columns, the first `used` of them filled."""
    out = room.new_empty((room.shape[0], capacity))
    out[:, :used] = room[:, :used]
    return out


@functools.cache
def _growing_layer_class():
    """A transformers cache layer that appends into spare room.

    transformers' DynamicLayer concatenates at every step, allocating a slightly larger tensor each
    time; on CPU each such block is freshly mapped memory, and its page faults were most of the
    time of batched decoding with a small model. Here the room doubles when full, and keys/values
    are views of its filled part.
    """
    from transformers.cache_utils import DynamicLayer

    class GrowingLayer(DynamicLayer):
        key_room = value_room = None

        @classmethod
        def in_room(cls, key_room, value_room, used: int):
            """A layer whose keys/values are the first `used` columns of the given rooms."""
            layer = cls()
            layer.lazy_initialization(key_room, value_room)
            layer.key_room, layer.value_room = key_room, value_room
            layer.keys, layer.values = key_room[:, :, :used], value_room[:, :, :used]
            return layer

        def _make_room(self, keys, values, used: int, capacity: int):
            shape = (*keys.shape[:2], capacity, keys.shape[-1])
            self.key_room, self.value_room = keys.new_empty(shape), values.new_empty(shape)
            self.key_room[:, :, :used].copy_(keys[:, :, :used])
            self.value_room[:, :, :used].copy_(values[:, :, :used])
            self.keys, self.values = self.key_room[:, :, :used], self.value_room[:, :, :used]

        def update(self, key_states, value_states, *args, **kwargs):
            if not self.is_initialized:
                self.lazy_initialization(key_states, value_states)
            used = self.get_seq_length()
            need = used + key_states.shape[-2]
            if self.key_room is None:
                self._make_room(key_states, value_states, 0, max(2 * need, 64))
            elif need > self.key_room.shape[-2]:
                self._make_room(self.keys, self.values, used, 2 * need)
            self.key_room[:, :, used:need].copy_(key_states)
            self.value_room[:, :, used:need].copy_(value_states)
            self.keys, self.values = self.key_room[:, :, :need], self.value_room[:, :, :need]
            return self.keys, self.values

        def batch_select_indices(self, indices):
            raise NotImplementedError("regroup rows with _Batch.gather")

    return GrowingLayer


def _growing_cache():
    from transformers.cache_utils import Cache

    return Cache(layer_class_to_replicate=_growing_layer_class())


# Settings of a model's generation config that add logits processors or stopping rules of their own;
# `_decode` does not apply them, so a model that sets one is decoded by transformers' generate.
_PROCESSOR_SETTINGS = ("repetition_penalty", "encoder_repetition_penalty", "no_repeat_ngram_size",
                       "encoder_no_repeat_ngram_size", "bad_words_ids", "min_length", "min_new_tokens",
                       "suppress_tokens", "begin_suppress_tokens", "forced_bos_token_id", "forced_eos_token_id",
                       "exponential_decay_length_penalty", "sequence_bias", "renormalize_logits", "epsilon_cutoff",
                       "eta_cutoff", "typical_p", "min_p", "top_h", "guidance_scale", "watermarking_config",
                       "stop_strings", "max_time", "diversity_penalty", "remove_invalid_values")


def _plain_generation_config(gen_config) -> bool:
    from transformers import GenerationConfig

    default = GenerationConfig()
    return all(getattr(gen_config, name, None) == getattr(default, name, None) for name in _PROCESSOR_SETTINGS)


class VLLMBackend:
    """vLLM when installed (GPU servers). Imported only here; LoRA via LoRARequest."""

    def __init__(self, cfg: GenerateConfig, model_path: str):
        try:
            from vllm import LLM, SamplingParams  # noqa: F401
        except ImportError as err:
            raise RuntimeError("--backend vllm needs vLLM (pip install vllm, on a CUDA machine); "
                               "the default --backend hf works everywhere") from err
        from transformers import AutoTokenizer

        self.cfg = cfg
        self.tokenizer = AutoTokenizer.from_pretrained(model_path)
        self.llm = LLM(model=model_path, enable_lora=bool(cfg.adapter), seed=cfg.seed)
        self.lora = None
        if cfg.adapter:
            from vllm.lora.request import LoRARequest

            self.lora = LoRARequest("adapter", 1, cfg.adapter)

    def context_length(self) -> int:
        return int(self.llm.llm_engine.model_config.max_model_len)

    def generate(self, prompts: Sequence[RenderedPrompt], fmt: PromptFormat, batch_seed: int) -> list[Output]:
        from vllm import SamplingParams

        c = self.cfg
        if c.decoding in ("beam", "contrastive"):
            raise ValueError(f"--decoding {c.decoding} is not offered with --backend vllm; use --backend hf")
        params = SamplingParams(max_tokens=c.max_new_tokens, seed=batch_seed,
                                temperature=c.temperature if c.decoding == "sample" else 0.0,
                                top_p=c.top_p if c.decoding == "sample" else 1.0)
        outs = self.llm.generate([{"prompt_token_ids": p.input_ids} for p in prompts], params,
                                 lora_request=self.lora, use_tqdm=False)
        return [Output(o.outputs[0].text, len(o.outputs[0].token_ids),
                       "eos" if o.outputs[0].finish_reason == "stop" else "length") for o in outs]


class BaselineBackend:
    """No model: the closing-braces completion, or nothing (the prefix alone)."""

    def __init__(self, cfg: GenerateConfig):
        self.kind = cfg.model.split(":", 1)[1]
        self.tokenizer = None

    def context_length(self) -> int:
        return 1 << 30

    def generate(self, prompts: Sequence[RenderedPrompt], fmt: PromptFormat, batch_seed: int) -> list[Output]:
        raw = [closing_braces(p.prefix_shown) if self.kind == "braces" else "" for p in prompts]
        return [Output(r, 0, "baseline") for r in raw]


class _NoTokenizer:
    """Prompts for the baselines: the text is all there is."""

    def __call__(self, text, add_special_tokens=True):
        return {"input_ids": list(range(len(text)))}


# ------------------------------------------------------------------ the run
def _score(records: list[dict], runner) -> list[dict]:
    """The verdict of every record, with the runner's whole diagnostic list in brief: whether any error occurred
    and the options of every warning (graded mining reads them); None for both where nothing was compiled."""
    programs = [r["program"] for r in records if r["program"] is not None]
    verdicts = iter(runner.check_many(programs) if programs else [])
    for r in records:
        if r["program"] is None:
            r.update(verdict="Bad", reason=NO_CODE, diagnostic=NO_CODE_DIAGNOSTIC, has_error=None, warning_options=None)
        else:
            v = next(verdicts)
            r.update(verdict=v.verdict, reason=v.reason, diagnostic=v.diagnostic, has_error=v.has_error,
                     warning_options=list(v.warning_options))
    return records


def _unit_label(row_id: str, sample: int, num_samples: int) -> str:
    # One sample per prompt keeps the bare id, so such runs seed (and sample) exactly as before.
    return row_id if num_samples == 1 else f"{row_id}#{sample}"


def _batch_seed(seed: int, ids: Sequence[str]) -> int:
    # Derived from the batch's ids, so a resumed run samples exactly what the first run would have.
    return (seed * 1_000_003 + zlib.crc32("\n".join(ids).encode())) % (2**31)


def generate_file(cfg: GenerateConfig, runner=None, backend=None, after_batch: Callable[[int], None] | None = None) -> Path:
    """Run (or resume) generation for cfg; returns the path of the finished JSONL.

    With `num_samples` k > 1 every row is generated k times: k records with the row's id and `sample` 0..k-1,
    batched and resumed like rows (a batch's seed comes from its (id, sample) pairs).
    `runner`: a CompileRunner to share (default: a new one). `backend`: an already loaded back-end
    (tests and benchmarks reuse one). `after_batch(k)` is called after the k-th batch is written.
    """
    if not cfg.out:
        raise ValueError("GenerateConfig.out: the output JSONL is not set")
    out = Path(cfg.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    rows = load_rows(cfg.data, cfg.split, cfg.config, cfg.limit)
    model_label = cfg.model_name or cfg.model
    if cfg.is_baseline:
        fmt = get_format("base")
    else:
        # A known family label (--model-name mistral) decides over a path or Hub id.
        fmt = format_for_model(model_family(cfg) or cfg.model, cfg.prompt_format, protocol=cfg.protocol)
    existing = read_records(out)
    budget = _budget_of_run(cfg, existing)
    if budget is None and not cfg.is_baseline:  # a new run without an explicit budget: from the data
        if backend is None:
            backend = _make_backend(cfg)
        budget = generation_budget(cfg.data, fmt, backend.tokenizer, backend.context_length())
        cfg.max_new_tokens = budget["max_new_tokens"]
    k = cfg.num_samples
    header = {"model": model_label, "adapter": cfg.adapter, "stage": cfg.stage, "prompt_format": fmt.name,
              "protocol": fmt.protocol, "decoding": cfg.decoding_settings(), "generation_budget": budget,
              "split": cfg.split, "num_samples": k}
    _check_same_run(existing, header, out)
    done = {record_key(r) for r in existing}
    # The units of work: (row, sample index), k per row.
    pending = [(r, s) for r in rows for s in range(k) if (r["id"], s) not in done]
    order = {r["id"]: i for i, r in enumerate(rows)}
    if not pending:
        _finalize(out, existing, order)
        print(f"{out}: all {len(rows) * k} samples already done")
        return out

    if cfg.score and runner is None:
        from compile_prefs.evaluate_metric.compile_success.compile_runner import CompileRunner

        runner = CompileRunner(workers=cfg.compile_workers)
    if backend is None:
        backend = _make_backend(cfg)
    tokenizer = backend.tokenizer or _NoTokenizer()
    max_prompt = cfg.max_prompt_tokens or max(16, backend.context_length() - (cfg.max_new_tokens or 0))

    pending_rows = {r["id"]: r for r, _ in pending}.values()  # each prompt is rendered once for its k samples
    rendered = {r["id"]: fmt.render_prompt(r["prompt"], tokenizer, max_prompt) for r in pending_rows}
    # Similar lengths together waste less padding; ties keep dataset order, so a resumed run forms
    # the same batches as the first one.
    pending.sort(key=lambda u: (len(rendered[u[0]["id"]].input_ids), order[u[0]["id"]], u[1]))
    batches = [pending[i:i + cfg.batch_size] for i in range(0, len(pending), cfg.batch_size)]

    from tqdm.auto import tqdm

    bar = tqdm(total=len(rows) * k, initial=len(done), unit="prog", desc=f"generate {model_label} {cfg.split}",
               disable=not cfg.progress, dynamic_ncols=True)
    stats = {"tokens": 0, "seconds": 0.0, "good": sum(r.get("verdict") == "Good" for r in existing),
             "scored": len(existing)}
    pool = ThreadPoolExecutor(max_workers=1)  # compiles of batch k run while batch k+1 generates
    pending_write: Future | None = None
    fh = out.open("a", encoding="utf-8")

    def write(future: Future) -> None:
        records = future.result()
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        fh.flush()
        stats["good"] += sum(r.get("verdict") == "Good" for r in records)
        stats["scored"] += len(records)
        bar.update(len(records))
        postfix = {"tok/s": f"{stats['tokens'] / max(stats['seconds'], 1e-9):.0f}"}
        if cfg.score:
            postfix["good"] = f"{stats['good']}/{stats['scored']}"
        bar.set_postfix(postfix)

    prompts_of = [[rendered[r["id"]] for r, _ in batch] for batch in batches]
    seeds = [_batch_seed(cfg.seed, [_unit_label(r["id"], s, k) for r, s in batch]) for batch in batches]
    stream = _output_stream(backend, prompts_of, fmt, seeds)
    try:
        for b, (batch, prompts) in enumerate(zip(batches, prompts_of)):
            t0 = time.perf_counter()
            outputs = next(stream)
            stats["seconds"] += time.perf_counter() - t0
            stats["tokens"] += sum(o.new_tokens for o in outputs)
            records = [_record(row, rp, o, fmt, header, cfg, sample)
                       for (row, sample), rp, o in zip(batch, prompts, outputs)]
            if pending_write is not None:
                write(pending_write)
                pending_write = None
                if after_batch:
                    after_batch(b - 1)
            pending_write = pool.submit(_score, records, runner) if cfg.score else _done_future(records)
        if pending_write is not None:
            write(pending_write)
            pending_write = None
            if after_batch:
                after_batch(len(batches) - 1)
    finally:
        # An interruption keeps every batch already generated (its compiles are finished here);
        # only the batch that was generating is redone on resume.
        if pending_write is not None:
            try:
                write(pending_write)
            except Exception as err:  # noqa: BLE001 -- the interruption itself is what propagates
                print(f"could not score the last batch ({err}); it will be redone", file=sys.stderr)
        fh.close()
        stream.close()
        pool.shutdown(wait=True, cancel_futures=True)
        bar.close()
    _finalize(out, read_records(out), order)
    return out


def _output_stream(backend, batches: list[list[RenderedPrompt]], fmt: PromptFormat, seeds: list[int]):
    """Each batch's Outputs in order: one decoding loop across batches where the back-end has one
    (HFBackend.generate_batches), else one generate() call per batch."""
    if hasattr(backend, "generate_batches"):
        yield from backend.generate_batches(batches, fmt, seeds)
    else:
        for prompts, seed in zip(batches, seeds):
            yield backend.generate(prompts, fmt, seed)


def _make_backend(cfg: GenerateConfig):
    if cfg.is_baseline:
        return BaselineBackend(cfg)
    if cfg.backend == "vllm":
        return VLLMBackend(cfg, resolve_model(cfg.model))
    return HFBackend(cfg, resolve_model(cfg.model))


def _budget_of_run(cfg: GenerateConfig, existing: list[dict]) -> dict | None:
    """The budget when it is already decided: an explicit value, or the one a resumed run started with.

    Sets cfg.max_new_tokens. None: a new run whose budget comes from the data (or a baseline, which has none).
    """
    if cfg.is_baseline:
        return None
    if cfg.max_new_tokens is not None:
        return {"max_new_tokens": cfg.max_new_tokens, "source": "explicit"}
    if existing:
        recorded = existing[0].get("generation_budget") or {}
        value = recorded.get("max_new_tokens") or (existing[0].get("decoding") or {}).get("max_new_tokens")
        if value:
            cfg.max_new_tokens = int(value)
            return recorded or {"max_new_tokens": int(value), "source": "recorded"}
    return None


def _done_future(value) -> Future:
    f: Future = Future()
    f.set_result(value)
    return f


def _record(row: dict, rp: RenderedPrompt, o: Output, fmt: PromptFormat, header: dict, cfg: GenerateConfig,
            sample: int = 0) -> dict:
    if cfg.is_baseline:  # the baselines' text is the program's end by construction
        ext = Extraction(row["prompt"] + o.raw, o.raw)
    else:
        ext = fmt.extract(row["prompt"], o.raw)
    return {
        "id": row["id"], "sample": sample, "problem_id": row["problem_id"], "prompt": row["prompt"],
        "completion": ext.completion, "program": ext.program, "raw_output": o.raw,
        "truncated": rp.truncated, "prompt_tokens": len(rp.input_ids), "new_tokens": o.new_tokens,
        "finish": o.finish, "verdict": None, "reason": ext.reason, "diagnostic": "",
        **header,
    }


def _finalize(path: Path, records: list[dict], order: dict) -> None:
    """Dataset order: a resumed run ends with the same file as an uninterrupted one."""
    ranked = sorted(records, key=lambda r: (order.get(r["id"], len(order)), record_key(r)[1]))
    if [record_key(r) for r in ranked] != [record_key(r) for r in records]:
        write_records(path, ranked)


# ------------------------------------------------------------------ CLI
ARGUMENTS = (GenerateConfig,)  # `compile-prefs generate` parses its options from these dataclasses


def resolve_labels(cfg: GenerateConfig) -> str | None:
    """Fill model_name, stage and (for a trained stage of a model family) adapter from the layout.

    Returns an error message when the stage's adapter has not been trained yet.
    """
    from compile_prefs import layout

    name = cfg.model_name or (cfg.model.split(":", 1)[1] if cfg.model.startswith("baseline:") else cfg.model)
    if "/" in name or Path(name).exists():
        name = Path(name.rstrip("/")).name
    cfg.model_name = name
    cfg.stage = cfg.stage or "base"
    if cfg.adapter is None and cfg.stage in layout.TRAINED_STAGES and name in model_families():
        cfg.adapter = str(layout.adapter_dir(name, cfg.stage, variant=recipe_variant(cfg.recipe)))
        if not (Path(cfg.adapter) / "adapter_config.json").is_file():
            step = {"sft": "sft", "sft_grpo": "grpo", "sft_iterate": "iterate"}.get(cfg.stage, "dpo")
            return f"no adapter at {cfg.adapter}: train the {cfg.stage} stage first (make {step} MODEL={name})"
    return None


@fails_cleanly(FileNotFoundError, ValueError, RuntimeError)
def run(cfg: GenerateConfig) -> int:
    from compile_prefs import layout

    problem = resolve_labels(cfg)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    cfg.out = cfg.out or str(layout.prefs_dir(cfg.model_name) / "generations.jsonl")
    path = generate_file(cfg)
    records = read_records(path, repair=False)
    if cfg.score:
        good = sum(r["verdict"] == "Good" for r in records)
        print(f"{path}: {len(records)} samples, {good} compile ({good / max(len(records), 1):.1%})")
    return 0


def main(argv: list[str] | None = None) -> int:
    return run_command(ARGUMENTS, run, argv, prog="compile-prefs generate", description=__doc__)


if __name__ == "__main__":
    raise SystemExit(main())
