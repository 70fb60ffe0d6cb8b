"""Supervised fine-tuning (LoRA, or QLoRA on a GPU) on the completion dataset: the paper's "+SFT" stage.

    accelerate launch --config_file training/accelerate_configs/cpu.yaml \
        training/sft.py --config training/recipes/tiny/sft.yaml [--max_steps 20 ...]
    accelerate launch --config_file training/accelerate_configs/single_gpu.yaml \
        training/sft.py training/recipes/gemma/sft.yaml          # the recipe may also come first, positionally
    compile-prefs sft training/recipes/tiny/sft.yaml [...]   # the same, in this process (one device)

Every field of ModelArguments, DataArguments (training/configs.py) and trl.SFTConfig can be set in the
recipe or overridden on the command line. Each row's masked prefix and removed completion are rendered by
the model's prompt format (training/formats.py): base formats as the exact token ids generation feeds
(prompt encoded alone, then the completion), chat formats as TRL conversational prompt-completion rows. The
loss is on the completion only; prompts too long for max_length keep their end. Writes adapter/, resolved_config.yaml,
metrics.json and run_summary.json to the run dir (compile_prefs.layout.run_dir(model, "sft") unless --run_dir).
"""

from __future__ import annotations

import sys
import time

if __name__ == "__main__" and __package__ in (None, ""):
    # `accelerate launch training/sft.py` runs this file as a script, with training/ first on sys.path:
    # take it off so that sibling files never shadow libraries; the package comes from the install.
    del sys.path[0]

from compile_prefs import layout  # noqa: E402
from compile_prefs.training.modeling import load_for_training, load_tokenizer, preload_unsloth_if_requested  # noqa: E402
from compile_prefs.training.runs import (  # noqa: E402
    continuation_ids, finish_run, format_rows, keep_valid_rows, load_split, resolve_format,
    resolve_run_dir, run_summary,
)

# trl is imported inside functions: unsloth, when asked for, must be imported before it.
SCRIPT = "training/sft.py"


def tokenized_rows(ds, fmt, tokenizer, max_length: int | None):
    """Base-format rows as the exact token stream of generation: (Dataset, counts).

    The mask cuts programs mid-word, so encoding prompt + completion jointly would merge tokens across the
    cut (TRL then moves the boundary and warns). Generation encodes the prompt alone and continues it, so SFT
    does the same: the prompt's ids from the prompt format, then the completion's ids and EOS, with the loss
    on the completion only. Prompts too long keep their end (cut by the format at a line start).
    """
    from datasets import Dataset

    ds, skipped = keep_valid_rows(ds, ("prompt", "completion"))
    rows, truncated, too_long = [], 0, 0
    for row in ds:
        completion_ids = continuation_ids(tokenizer, row["completion"])
        completion_ids.append(tokenizer.eos_token_id)
        budget = None if max_length is None else max_length - len(completion_ids)
        try:
            if budget is not None and budget < 1:
                raise ValueError("completion alone exceeds max_length")
            rendered = fmt.render_prompt(row["prompt"], tokenizer, max_prompt_tokens=budget)
        except ValueError:
            too_long += 1
            continue
        truncated += rendered.truncated
        prompt_ids = list(rendered.input_ids)
        rows.append({
            "input_ids": prompt_ids + completion_ids,
            "completion_mask": [0] * len(prompt_ids) + [1] * len(completion_ids),
        })
    if not rows:
        raise ValueError(f"no row fits max_length={max_length}; raise max_length")
    if too_long:
        print(f"[compile-prefs] dropped {too_long} row(s) that do not fit max_length={max_length}", file=sys.stderr)
    counts = {"skipped_invalid": skipped, "dropped_too_long": too_long, "truncated_prompts": truncated}
    return Dataset.from_list(rows), counts


def prepare_data(data_args, training_args, fmt, tokenizer):
    """(train, eval or None, counts): base formats as token ids, chat formats as TRL conversational rows."""
    if fmt.kind == "base" and training_args.completion_only_loss is None:
        training_args.completion_only_loss = True  # pre-tokenized rows carry no prompt/completion for TRL to see

    def rows(split):
        ds = load_split(data_args, layout.COMPLETION_CONFIG, split)
        if fmt.kind == "base":
            return tokenized_rows(ds, fmt, tokenizer, training_args.max_length)
        return format_rows(ds, fmt, tokenizer, training_args.max_length, ("completion",))

    train_ds, counts = rows(data_args.dataset_train_split)
    eval_ds = rows(data_args.dataset_test_split)[0] if data_args.dataset_test_split else None
    return train_ds, eval_ds, counts


def make_trainer(model_args, training_args, train_dataset, eval_dataset=None):
    from trl import SFTTrainer

    loaded = load_for_training(model_args, training_args)
    trainer = SFTTrainer(
        model=loaded.model,
        args=training_args,
        train_dataset=train_dataset,
        eval_dataset=eval_dataset,
        processing_class=loaded.tokenizer,
        peft_config=loaded.peft_config,  # None when the model already carries its adapter (init_adapter, unsloth)
    )
    return trainer, loaded


def train(model_args, data_args, training_args, recipe: str | None = None) -> dict:
    stage = data_args.stage = data_args.stage or "sft"
    if stage != "sft":
        raise ValueError(f"training/sft.py trains the sft stage, not {stage!r}")
    run_dir = resolve_run_dir(data_args, stage, training_args)
    fmt = resolve_format(model_args)
    tokenizer = load_tokenizer(model_args, training_args.trust_remote_code)
    train_ds, eval_ds, counts = prepare_data(data_args, training_args, fmt, tokenizer)

    trainer, loaded = make_trainer(model_args, training_args, train_ds, eval_ds)
    start = time.perf_counter()
    trainer.train()
    runtime = time.perf_counter() - start
    summary = run_summary(
        model_args, data_args, training_args, loaded,
        stage=stage, recipe=recipe, prompt_format=fmt.name, loss_type="sft", protocol=model_args.protocol,
        train_samples=len(train_ds), data_counts=counts, runtime_s=runtime,
        eval_metrics=trainer.evaluate() if eval_ds is not None else None,
    )
    return finish_run(trainer, run_dir, configs=(model_args, data_args, training_args), script=SCRIPT, summary=summary)


def parse_args(argv: list[str] | None = None, prog: str | None = None):
    """(ModelArguments, DataArguments, SFTConfig, recipe path) from a recipe and command-line overrides."""
    argv = list(sys.argv[1:] if argv is None else argv)
    preload_unsloth_if_requested(argv)  # before trl/transformers/peft are imported: unsloth patches them
    from compile_prefs.training.configs import TRAINER_CONFIGS
    from compile_prefs.training.configs import parse_args as parse_recipe

    return parse_recipe(TRAINER_CONFIGS["sft"], argv, prog=prog)


def run(model_args, data_args, training_args, recipe: str | None = None) -> int:
    summary = train(model_args, data_args, training_args, recipe)
    print(f"[compile-prefs] sft done: loss {summary['train_loss_first']} -> {summary['train_loss_last']} "
          f"in {summary['runtime_s']} s; adapter in {summary['adapter']}")
    return 0


def main(argv: list[str] | None = None) -> int:
    return run(*parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
