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
conversational form are used as they are.
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
    finish_run, format_rows, load_split, quiet_repeated_warnings, resolve_format, resolve_run_dir, run_summary,
)

# trl is imported inside functions: unsloth, when asked for, must be imported before it.
SCRIPT = "training/dpo.py"


def resolve_stage(model_args, data_args) -> str:
    """sft_dpo (default) needs the SFT adapter; dpo must not have one."""
    stage = data_args.stage = data_args.stage or "sft_dpo"
    if stage == "sft":
        raise ValueError("training/dpo.py trains the dpo or sft_dpo stage; SFT is training/sft.py")
    if stage == "sft_dpo" and not model_args.init_adapter:
        model_args.init_adapter = str(layout.adapter_dir(data_args.model, "sft"))
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


def prepare_data(data_args, training_args, fmt, tokenizer):
    """(train, eval or None, counts): preference rows as TRL preference rows fitted to max_length."""
    config = layout.preference_config_name(data_args.model)

    def rows(split):
        ds = load_split(data_args, config, split)
        return format_rows(ds, fmt, tokenizer, training_args.max_length, ("chosen", "rejected"))

    train_ds, counts = rows(data_args.dataset_train_split)
    eval_ds = rows(data_args.dataset_test_split)[0] if data_args.dataset_test_split else None
    return train_ds, eval_ds, counts


def train(model_args, data_args, training_args, recipe: str | None = None) -> dict:
    stage = resolve_stage(model_args, data_args)
    run_dir = resolve_run_dir(data_args, stage, training_args)
    fmt = resolve_format(model_args)
    tokenizer = load_tokenizer(model_args, training_args.trust_remote_code)
    train_ds, eval_ds, counts = prepare_data(data_args, training_args, fmt, tokenizer)

    quiet_repeated_warnings()
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
