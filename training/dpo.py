"""Direct preference optimisation on compiler-feedback pairs: the paper's "+SFT+DPO" and "+DPO" stages.

    accelerate launch --config_file training/accelerate_configs/cpu.yaml \
        training/dpo.py --config training/recipes/tiny/dpo.yaml                  # DPO from SFT (stage sft_dpo)
    accelerate launch --config_file training/accelerate_configs/cpu.yaml \
        training/dpo.py --config training/recipes/tiny/dpo.yaml --stage dpo      # DPO from the base model
    ... --loss_type ipo | --loss_type sigmoid sft | --loss_type dpop --dpop_lambda 50
    compile-prefs dpo training/recipes/tiny/dpo.yaml [...]   # the same, in this process (one device)

Stages: `sft_dpo` (default) starts from the SFT adapter (init_adapter, default
compile_prefs.layout.adapter_dir(model, "sft")), loaded trainable; TRL copies it as a frozen "ref" adapter, so
the reference model is the SFT model -- or, with `reference: base` (what the paper's code did), the copy is
dropped and the reference is the base model with adapters disabled. `dpo` starts a fresh adapter on the base
model, whose reference is the base model (adapters disabled). Data: the `preference-<model>` config (prompt,
chosen, rejected); plain-text pairs are rendered by the model's prompt format, pairs already in TRL's
conversational form are used as they are (the system
message folded into the first user turn when the chat template refuses a system role, as at generation).
Rows are tokenised here, as generation sees them: the prompt's ids are exactly the ids generation conditions on
(`fmt.render_prompt(...).input_ids`), the responses are encoded on their own after it (`tokenized_pairs`); TRL
would encode prompt + response jointly and, where tokens merge across a mid-word cut, train on another prompt.
Losses: every TRL loss (`sigmoid` as in the paper, `ipo`, `[sigmoid, sft]`, ...) plus `dpop` (training/dpop.py).
Writes adapter/, resolved_config.yaml, metrics.json and run_summary.json to the run dir.
"""

from __future__ import annotations

import sys
import time

if __name__ == "__main__" and __package__ in (None, ""):
    # `accelerate launch training/dpo.py` runs this file as a script, with training/ first on sys.path:
    # take it off so that sibling files never shadow libraries; the package comes from the install.
    del sys.path[0]

from compile_prefs import layout  # noqa: E402
from compile_prefs.training.modeling import load_for_training, load_tokenizer, preload_unsloth_if_requested  # noqa: E402
from compile_prefs.training.runs import (  # noqa: E402
    continuation_ids, finish_run, keep_valid_rows, load_split, resolve_format, resolve_run_dir, run_summary, sft_adapter_of,
)

# trl is imported inside functions: unsloth, when asked for, must be imported before it.
SCRIPT = "training/dpo.py"


def resolve_stage(model_args, data_args) -> str:
    """sft_dpo (default) needs the SFT adapter; dpo must not have one."""
    stage = data_args.stage = data_args.stage or "sft_dpo"
    if stage == "sft":
        raise ValueError("training/dpo.py trains the dpo or sft_dpo stage; SFT is training/sft.py")
    if stage == "sft_dpo" and not model_args.init_adapter:
        model_args.init_adapter = sft_adapter_of(data_args)
    if stage == "dpo" and model_args.init_adapter:
        raise ValueError(
            "stage dpo is DPO from the base model (the paper's '+DPO' row) and takes no init_adapter; "
            "use --stage sft_dpo to start from an adapter"
        )
    return stage


def make_trainer(model_args, training_args, train_dataset, eval_dataset=None):
    from compile_prefs.training.dpop import DPOPTrainer

    loaded = load_for_training(model_args, training_args)
    trainer = DPOPTrainer(
        model=loaded.model,
        ref_model=None,  # LoRA: the reference is the frozen initial adapter or the bare base model
        args=training_args,
        train_dataset=train_dataset,
        eval_dataset=eval_dataset,
        processing_class=loaded.tokenizer,
        peft_config=loaded.peft_config,
    )
    use_reference(trainer, getattr(training_args, "reference", "sft"))
    return trainer, loaded


REFERENCE_MODELS = {"sft": "the SFT model (a frozen copy of the initial adapter)",
                    "base": "the base model (adapters disabled)"}


def use_reference(trainer, reference: str) -> str:
    """Make the trainer's reference `sft` or `base`; returns the one it has.

    Given an initial adapter and no ref_model, TRL copies the adapter as a frozen adapter named "ref" and
    computes reference log-probs with it (the SFT model). Without a "ref" adapter it disables all adapters
    instead (the base model), as for a fresh adapter: so `base` drops the copy.
    """
    if reference == "base" and "ref" in getattr(trainer.model, "peft_config", {}):
        trainer.model.delete_adapter("ref")
    return trainer_reference(trainer)


def trainer_reference(trainer) -> str:
    return "sft" if "ref" in getattr(trainer.model, "peft_config", {}) else "base"


def _chat_response_ids(fmt, tokenizer, prompt_messages: list[dict], prompt_text: str, response: list[dict]) -> list[int]:
    """The ids that follow the prompt when the template renders prompt + response: the assistant turn with its
    end-of-turn tokens, encoded on its own after the prompt (as generation produces it)."""
    full = fmt.apply_template(tokenizer, prompt_messages + response)
    if not full.startswith(prompt_text):
        raise ValueError("the chat template renders the prompt differently inside the conversation")
    return continuation_ids(tokenizer, full[len(prompt_text):])


class _TooLong(ValueError):
    pass


def _encode_conversational(fmt, tokenizer, row: dict) -> tuple[list[int], list[int], list[int]]:
    """A pair already in TRL's conversational form, as generation would see its messages."""
    messages = row["prompt"]
    # apply_template folds the system message into the first user turn when the template refuses it.
    prompt_text = fmt.apply_template(tokenizer, messages, add_generation_prompt=True)
    prompt_ids = fmt.encode(prompt_text, tokenizer)
    return (prompt_ids, _chat_response_ids(fmt, tokenizer, messages, prompt_text, row["chosen"]),
            _chat_response_ids(fmt, tokenizer, messages, prompt_text, row["rejected"]))


def _encode_plain(fmt, tokenizer, row: dict, max_length: int | None) -> tuple[list[int], list[int], list[int], bool]:
    """A plain-text pair (masked program, bare completions) in the run's prompt format, fitted to max_length."""
    if fmt.kind == "chat":
        def responses(rendered):
            messages = fmt.messages(rendered.prefix_shown)
            return [_chat_response_ids(fmt, tokenizer, messages, rendered.text, fmt.answer(row[k]))
                    for k in ("chosen", "rejected")]
    else:
        eos = [tokenizer.eos_token_id] if tokenizer.eos_token_id is not None else []
        fixed = [continuation_ids(tokenizer, row[k]) + eos for k in ("chosen", "rejected")]

        def responses(rendered):
            return fixed
    rendered = fmt.render_prompt(row["prompt"], tokenizer)
    chosen_ids, rejected_ids = responses(rendered)
    longest = len(rendered.input_ids) + max(len(chosen_ids), len(rejected_ids))
    if max_length is not None and longest > max_length:
        # Keep the prompt's end (the part being completed); the format cuts it at a line start.
        budget = max_length - max(len(chosen_ids), len(rejected_ids))
        try:
            if budget < 1:
                raise ValueError("the responses alone exceed max_length")
            rendered = fmt.render_prompt(row["prompt"], tokenizer, max_prompt_tokens=budget)
        except ValueError as err:  # also: the format's fixed part alone is over budget
            raise _TooLong(str(err)) from None
        chosen_ids, rejected_ids = responses(rendered)
        if len(rendered.input_ids) + max(len(chosen_ids), len(rejected_ids)) > max_length:
            raise _TooLong("does not fit max_length")
    return list(rendered.input_ids), chosen_ids, rejected_ids, rendered.truncated


def tokenized_pairs(ds, fmt, tokenizer, max_length: int | None):
    """Preference rows as the token ids DPO trains on: (Dataset of prompt_ids/chosen_ids/rejected_ids, counts).

    The masked prompt is cut mid-word, so encoding prompt + response jointly merges tokens across the cut and
    moves the boundary into the prompt. Generation encodes the prompt alone (`fmt.render_prompt`) and continues
    it; so does this: prompt ids from the prompt format, each response encoded after it (base formats: the
    completion's ids and EOS; chat formats: the assistant turn as the template closes it). Prompts too long
    keep their end; pairs that cannot fit are dropped and counted, as are rows the template cannot render.
    """
    from datasets import Dataset

    ds, skipped = keep_valid_rows(ds, ("prompt", "chosen", "rejected"))
    if fmt.kind != "chat" and isinstance(ds[0]["prompt"], list):
        raise ValueError(f"conversational pairs need a chat prompt format, not {fmt.name!r} (set prompt_format: chat)")
    rows, truncated, too_long, unrenderable, first_error = [], 0, 0, 0, None
    for row in ds:
        try:
            if isinstance(row["prompt"], list):
                prompt_ids, chosen_ids, rejected_ids = _encode_conversational(fmt, tokenizer, row)
                cut = False
                if max_length is not None and len(prompt_ids) + max(len(chosen_ids), len(rejected_ids)) > max_length:
                    raise _TooLong("does not fit max_length")
            else:
                prompt_ids, chosen_ids, rejected_ids, cut = _encode_plain(fmt, tokenizer, row, max_length)
        except _TooLong:
            too_long += 1
            continue
        except ValueError as err:  # the chat template cannot render this row: skip it, say which
            unrenderable += 1
            first_error = first_error or err
            print(f"[compile-prefs] skipped pair {row.get('submission_id', '?')}: {err}", file=sys.stderr)
            continue
        truncated += cut
        rows.append({"prompt_ids": prompt_ids, "chosen_ids": chosen_ids, "rejected_ids": rejected_ids})
    if too_long:
        print(f"[compile-prefs] dropped {too_long} pair(s) that do not fit max_length={max_length}", file=sys.stderr)
    if not rows and first_error is not None:
        raise ValueError(f"no pair could be rendered in the {fmt.name} format: {first_error}")
    if not rows:
        raise ValueError(f"no pair fits max_length={max_length}; raise max_length")
    counts = {"skipped_invalid": skipped + unrenderable, "dropped_too_long": too_long, "truncated_prompts": truncated}
    return Dataset.from_list(rows), counts


def prepare_data(data_args, training_args, fmt, tokenizer):
    """(train, eval or None, counts): preference rows as the token ids generation sees, fitted to max_length."""
    config = layout.preference_config_name(data_args.model)

    def rows(split):
        ds = load_split(data_args, config, split)
        return tokenized_pairs(ds, fmt, tokenizer, training_args.max_length)

    train_ds, counts = rows(data_args.dataset_train_split)
    eval_ds = rows(data_args.dataset_test_split)[0] if data_args.dataset_test_split else None
    return train_ds, eval_ds, counts


def train(model_args, data_args, training_args, recipe: str | None = None) -> dict:
    stage = resolve_stage(model_args, data_args)
    run_dir = resolve_run_dir(data_args, stage, training_args)
    fmt = resolve_format(model_args)
    tokenizer = load_tokenizer(model_args, training_args.trust_remote_code)
    train_ds, eval_ds, counts = prepare_data(data_args, training_args, fmt, tokenizer)

    trainer, loaded = make_trainer(model_args, training_args, train_ds, eval_ds)
    start = time.perf_counter()
    trainer.train()
    runtime = time.perf_counter() - start
    loss_type = list(training_args.loss_type)
    summary = run_summary(
        model_args, data_args, training_args, loaded,
        stage=stage, recipe=recipe, prompt_format=fmt.name,
        loss_type=loss_type[0] if len(loss_type) == 1 else loss_type,
        train_samples=len(train_ds), data_counts=counts, runtime_s=runtime,
        eval_metrics=trainer.evaluate() if eval_ds is not None else None,
        reference=trainer_reference(trainer),
        reference_model=REFERENCE_MODELS[trainer_reference(trainer)],
        protocol=model_args.protocol,
        beta=training_args.beta,
        dpop_lambda=training_args.dpop_lambda if loss_type == ["dpop"] else None,
    )
    return finish_run(trainer, run_dir, configs=(model_args, data_args, training_args), script=SCRIPT, summary=summary)


def parse_args(argv: list[str] | None = None, prog: str | None = None):
    """(ModelArguments, DataArguments, DPOPConfig, recipe path) from a recipe and command-line overrides."""
    argv = list(sys.argv[1:] if argv is None else argv)
    preload_unsloth_if_requested(argv)  # before trl/transformers/peft are imported: unsloth patches them
    from compile_prefs.training.configs import TRAINER_CONFIGS
    from compile_prefs.training.configs import parse_args as parse_recipe

    return parse_recipe(TRAINER_CONFIGS["dpo"], argv, prog=prog)


def run(model_args, data_args, training_args, recipe: str | None = None) -> int:
    summary = train(model_args, data_args, training_args, recipe)
    print(f"[compile-prefs] {summary['stage']} done: loss {summary['train_loss_first']} -> "
          f"{summary['train_loss_last']} in {summary['runtime_s']} s; adapter in {summary['adapter']}")
    return 0


def main(argv: list[str] | None = None) -> int:
    return run(*parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
