"""Build the tiny demo model: a byte-level BPE tokenizer and a small Llama, pretrained briefly on C++.

Tests and the demo need a causal LM that loads exactly like a Hub model
(`AutoModelForCausalLM.from_pretrained(dir)`, `AutoTokenizer.from_pretrained(dir)`), has the
special tokens and chat template real models have, and writes C++ that sometimes compiles.
Everything here runs offline on a CPU in minutes; real models never pass through this file.

    compile-prefs tiny-model --corpus data/demo_corpus --out artifacts/models/tiny-base \
        [--exclude-split-of artifacts/data] [--seconds 180] [--steps N] [--lr 3e-3 ...: every TinyModelConfig field]
    compile-prefs tiny-model --train-data artifacts/data --out DIR   # pretrain on the train split's code

`--corpus` is a CodeNet-layout root (only Accepted C++ submissions are read) or any folder of
.cpp files. `--exclude-split-of DATA_DIR` drops the submissions of that dataset's test and validation
splits, so the demo never pretrains on the programs it is evaluated or tuned on.

Python:
    build_tiny_model(texts_or_dir, out_dir, vocab_size=2000, hidden_size=128, num_layers=2,
                     steps=None, max_seconds=60, seed=0) -> Path
"""

from __future__ import annotations

import csv
import json
import math
import os
import random
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from collections.abc import Iterable, Sequence

from compile_prefs.command import run_command

BOS, EOS, PAD = "<s>", "</s>", "<pad>"
ROLE_TOKENS = ("<|system|>", "<|user|>", "<|assistant|>")

# A minimal chat template in the style of Llama-2/Mistral: BOS once at the start, every
# assistant turn closed by EOS so generation stops there. Roles are single special tokens.
CHAT_TEMPLATE = (
    "{{ bos_token }}"
    "{% for message in messages %}"
    "{{ '<|' + message['role'] + '|>\n' + message['content'] }}"
    "{% if message['role'] == 'assistant' %}{{ eos_token }}{% endif %}"
    "{{ '\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|assistant|>\n' }}{% endif %}"
)


@dataclass
class TinyModelConfig:
    """Shape and pretraining budget of the tiny model.

    Model: vocab_size, hidden_size, num_layers, num_heads, intermediate_size, max_positions.
    Pretraining: block_size tokens per row, batch_size rows per step, lr (peak, cosine decay),
    steps and/or max_seconds (whichever ends first; at least one), seed.
    """

    vocab_size: int = field(default=2000, metadata={"help": "BPE vocabulary size (byte-level, incl. special tokens)."})
    hidden_size: int = field(default=128, metadata={"help": "Model width."})
    num_layers: int = field(default=2, metadata={"help": "Decoder layers."})
    num_heads: int = field(default=4, metadata={"help": "Attention heads."})
    intermediate_size: int = field(default=512, metadata={"help": "MLP width."})
    max_positions: int = field(default=2048, metadata={"help": "Context length (RoPE; costs no parameters)."})
    block_size: int = field(default=256, metadata={"help": "Tokens per training row."})
    batch_size: int = field(default=16, metadata={"help": "Rows per optimiser step."})
    lr: float = field(default=3e-3, metadata={"help": "Peak learning rate (warm-up then cosine)."})
    steps: int | None = field(default=None, metadata={"help": "Optimiser steps (None: until max_seconds)."})
    max_seconds: float | None = field(
        default=180.0, metadata={"help": "Wall-clock budget for pretraining, seconds.", "aliases": ["--seconds"]})
    seed: int = field(default=0, metadata={"help": "Seed for init and data order."})

    def __post_init__(self):
        if self.steps is None and self.max_seconds is None:
            raise ValueError("give steps or max_seconds (or both) so pretraining ends")
        if self.vocab_size < 300:
            raise ValueError("vocab_size must be >= 300 (256 bytes + special tokens + merges)")
        if self.hidden_size % self.num_heads:
            raise ValueError("hidden_size must be divisible by num_heads")
        if self.block_size > self.max_positions:
            raise ValueError("block_size cannot exceed max_positions")


# ------------------------------------------------------------------ corpus
def _codenet_root(folder: Path) -> Path | None:
    for root in (folder / "Project_CodeNet", folder):
        if (root / "metadata").is_dir() and (root / "data").is_dir():
            return root
    return None


def read_corpus(folder: str | os.PathLike, exclude_ids: Iterable[str] = ()) -> list[str]:
    """C++ sources under `folder`: Accepted submissions of a CodeNet root, else every *.cpp file.

    `exclude_ids` are submission ids (file stems) to leave out, e.g. a test split.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"corpus folder not found: {folder}")
    exclude = set(exclude_ids)
    root = _codenet_root(folder)
    paths: list[Path] = []
    if root is not None:
        for meta in sorted((root / "metadata").glob("p*.csv")):
            with meta.open(newline="", encoding="utf-8") as fh:
                for row in csv.DictReader(fh):
                    if row.get("status") != "Accepted" or row.get("language") != "C++":
                        continue
                    ext = row.get("filename_ext") or "cpp"
                    path = root / "data" / row["problem_id"] / "C++" / f"{row['submission_id']}.{ext}"
                    if path.is_file():
                        paths.append(path)
    else:
        paths = sorted(folder.rglob("*.cpp"))
    texts = []
    for path in paths:
        if path.stem in exclude:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if text.strip():
            texts.append(text)
    if not texts:
        raise ValueError(f"no C++ sources found under {folder}")
    return texts


def split_ids(data_dir: str | os.PathLike, split: str = "test", config: str = "completion") -> list[str]:
    """Submission ids of one split of a dataset folder (Hub layout)."""
    return [str(x) for x in _load_split(data_dir, config, split)["submission_id"]]


def split_code(data_dir: str | os.PathLike, split: str = "train", config: str = "completion") -> list[str]:
    return [str(x) for x in _load_split(data_dir, config, split)["code"]]


def _load_split(data_dir, config, split):
    from compile_prefs import layout

    return layout.load_split(data_dir, config, split)


# ------------------------------------------------------------------ tokenizer
def train_tokenizer(texts: Sequence[str], vocab_size: int = 2000):
    """A byte-level BPE (no unknown tokens) with Llama-style BOS handling and a chat template."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        min_frequency=2,
        special_tokens=[BOS, EOS, PAD, *ROLE_TOKENS],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(texts, trainer=trainer)
    # Like Llama/Gemma tokenizers: encoding adds BOS, so chat prompts (whose template writes BOS
    # itself) must be encoded without special tokens -- the doubled-BOS trap real models have.
    tok.post_processor = processors.TemplateProcessing(
        single=f"{BOS} $A", pair=f"{BOS} $A {BOS} $B", special_tokens=[(BOS, tok.token_to_id(BOS))]
    )
    hf_tok = PreTrainedTokenizerFast(
        tokenizer_object=tok,
        bos_token=BOS,
        eos_token=EOS,
        pad_token=PAD,
        additional_special_tokens=list(ROLE_TOKENS),
        model_max_length=2048,
        clean_up_tokenization_spaces=False,
    )
    hf_tok.chat_template = CHAT_TEMPLATE
    return hf_tok


# ------------------------------------------------------------------ model
def make_model(cfg: TinyModelConfig, tokenizer):
    import torch
    from transformers import GenerationConfig, LlamaConfig, LlamaForCausalLM

    torch.manual_seed(cfg.seed)
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=cfg.hidden_size,
        intermediate_size=cfg.intermediate_size,
        num_hidden_layers=cfg.num_layers,
        num_attention_heads=cfg.num_heads,
        num_key_value_heads=cfg.num_heads,
        max_position_embeddings=cfg.max_positions,
        tie_word_embeddings=True,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )
    model = LlamaForCausalLM(config)
    model.generation_config = GenerationConfig(
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
        do_sample=False,
    )
    return model


def _token_stream(texts: Sequence[str], tokenizer) -> torch.Tensor:  # noqa: F821
    import torch

    ids: list[int] = []
    for enc in tokenizer(list(texts), add_special_tokens=True, verbose=False)["input_ids"]:
        ids.extend(enc)
        ids.append(tokenizer.eos_token_id)
    return torch.tensor(ids, dtype=torch.long)


def pretrain(model, stream, cfg: TinyModelConfig, log_every: int = 50) -> dict:
    """Next-token training on random windows of the packed corpus; returns the training record."""
    import torch

    if len(stream) <= cfg.block_size + 1:
        raise ValueError(f"corpus too small: {len(stream)} tokens for block_size {cfg.block_size}")
    gen = torch.Generator().manual_seed(cfg.seed)
    opt = torch.optim.AdamW(model.parameters(), lr=cfg.lr, weight_decay=0.01, betas=(0.9, 0.95))
    # Cosine schedule over the step budget; with only a time budget, over an estimate refreshed as we go.
    warmup = 20
    model.train()
    start = time.perf_counter()
    losses: list[tuple[int, float]] = []
    step, tokens = 0, 0
    est_total = cfg.steps or 1000
    while True:
        elapsed = time.perf_counter() - start
        if cfg.steps is not None and step >= cfg.steps:
            break
        if cfg.max_seconds is not None and elapsed >= cfg.max_seconds:
            break
        if cfg.steps is None and step >= 10:
            est_total = max(step + 1, int(step * cfg.max_seconds / max(elapsed, 1e-6)))
        progress = min(1.0, step / max(1, est_total))
        lr = cfg.lr * min(1.0, (step + 1) / warmup) * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * progress)))
        for group in opt.param_groups:
            group["lr"] = lr
        starts = torch.randint(0, len(stream) - cfg.block_size - 1, (cfg.batch_size,), generator=gen)
        batch = torch.stack([stream[s : s + cfg.block_size + 1] for s in starts.tolist()])
        logits = model(input_ids=batch[:, :-1]).logits
        loss = torch.nn.functional.cross_entropy(logits.reshape(-1, logits.size(-1)), batch[:, 1:].reshape(-1))
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        tokens += batch[:, :-1].numel()
        if step % log_every == 0:
            losses.append((step, round(loss.item(), 4)))
            rate = f"  {tokens / elapsed:,.0f} tok/s" if step else ""
            print(f"  step {step:5d}  loss {loss.item():.3f}{rate}", flush=True)
        step += 1
    seconds = time.perf_counter() - start
    losses.append((step, round(loss.item(), 4)))
    model.eval()
    return {
        "steps": step,
        "tokens": tokens,
        "seconds": round(seconds, 2),
        "tokens_per_second": round(tokens / max(seconds, 1e-6)),
        "loss_first": losses[0][1],
        "loss_last": losses[-1][1],
        "loss_curve": losses,
    }


def build_tiny_model(
    texts_or_dir: Sequence[str] | str | os.PathLike,
    out_dir: str | os.PathLike,
    *,
    vocab_size: int = 2000,
    hidden_size: int = 128,
    num_layers: int = 2,
    steps: int | None = None,
    max_seconds: float | None = 60.0,
    seed: int = 0,
    exclude_ids: Iterable[str] = (),
    **overrides,
) -> Path:
    """Train the tokenizer and the model on `texts_or_dir` and save both to `out_dir`."""
    import torch

    if isinstance(texts_or_dir, (str, os.PathLike)):
        texts = read_corpus(texts_or_dir, exclude_ids)
    else:
        texts = [t for t in texts_or_dir if t.strip()]
        if not texts:
            raise ValueError("no texts to train on")
    cfg = TinyModelConfig(
        vocab_size=vocab_size, hidden_size=hidden_size, num_layers=num_layers,
        steps=steps, max_seconds=max_seconds, seed=seed, **overrides,
    )
    random.seed(seed)
    out = Path(out_dir)
    tokenizer = train_tokenizer(texts, cfg.vocab_size)
    model = make_model(cfg, tokenizer)
    stream = _token_stream(texts, tokenizer)
    n_params = sum(p.numel() for p in model.parameters())
    print(f"tiny model: {n_params / 1e6:.2f}M parameters, vocab {len(tokenizer)}, "
          f"{len(texts)} programs, {len(stream):,} tokens, torch threads {torch.get_num_threads()}", flush=True)
    record = pretrain(model, stream, cfg)
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    info = {
        "parameters": n_params,
        "vocab_size": len(tokenizer),
        "programs": len(texts),
        "corpus_tokens": len(stream),
        "torch_threads": torch.get_num_threads(),
        "config": asdict(cfg),
        **record,
    }
    (out / "tiny_model.json").write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    print(f"saved to {out}: {record['steps']} steps in {record['seconds']}s, "
          f"{record['tokens_per_second']:,} tok/s, loss {record['loss_first']} -> {record['loss_last']}", flush=True)
    return out


# ------------------------------------------------------------------ CLI
@dataclass
class TinyModelSource:
    """What `compile-prefs tiny-model` pretrains on and where the model goes (its shape: TinyModelConfig)."""

    out: str = field(metadata={"help": "Output folder (loads with from_pretrained)."})
    corpus: str | None = field(
        default=None, metadata={"help": "CodeNet-layout root (Accepted C++ only) or a folder of .cpp files."})
    train_data: str | None = field(
        default=None, metadata={"help": "Dataset folder: pretrain on its completion/train `code` column."})
    exclude_split_of: str | None = field(
        default=None, metadata={"help": "Dataset folder whose --exclude-split submissions are left out of --corpus."})
    exclude_split: list[str] | None = field(
        default=None, metadata={"help": "Splits to exclude (default: test and validation, where present)."})
    threads: int | None = field(default=None, metadata={"help": "Torch threads (default: OMP_NUM_THREADS)."})
    force: bool = field(default=False, metadata={"help": "Rebuild even if --out already holds a model."})

    def __post_init__(self):
        if (self.corpus is None) == (self.train_data is None):
            raise ValueError("give one of --corpus DIR or --train-data DIR")


# `compile-prefs tiny-model` parses its options from these dataclasses.
ARGUMENTS = (TinyModelSource, TinyModelConfig)


def run(source_args: TinyModelSource, model_config: TinyModelConfig | None = None) -> int:
    model_config = model_config or TinyModelConfig()
    out = Path(source_args.out)
    if (out / "config.json").is_file() and (out / "tiny_model.json").is_file() and not source_args.force:
        print(f"{out} already holds a tiny model; skipping (use --force to rebuild)")
        return 0
    if source_args.threads:
        import torch

        torch.set_num_threads(source_args.threads)
    if source_args.train_data:
        source = split_code(source_args.train_data, "train")
        exclude: list[str] = []
    else:
        from compile_prefs import layout

        source = source_args.corpus
        exclude = []
        for split in (source_args.exclude_split or ("test", "validation")) if source_args.exclude_split_of else ():
            if (source_args.exclude_split is None
                    and not layout.parquet_path(source_args.exclude_split_of, "completion", split).is_file()):
                continue  # a dataset built without a validation split
            ids = split_ids(source_args.exclude_split_of, split)
            exclude += ids
            print(f"excluding {len(ids)} submissions of the {split} split")
    build_tiny_model(source, out, exclude_ids=exclude, **asdict(model_config))
    return 0


def main(argv: list[str] | None = None) -> int:
    return run_command(ARGUMENTS, run, argv, prog="compile-prefs tiny-model", description=__doc__)


if __name__ == "__main__":
    raise SystemExit(main())
