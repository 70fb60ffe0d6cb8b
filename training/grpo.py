"""Online RL with the compiler as the reward: GRPO from the SFT adapter, the "+SFT+GRPO" stage.

    accelerate launch --config_file training/accelerate_configs/cpu.yaml \
        training/grpo.py --config training/recipes/tiny/grpo.yaml [--max_steps 20 ...]
    compile-prefs grpo training/recipes/tiny/grpo.yaml [...]   # the same, in this process (one device)

The paper optimises offline (pairs mined once, then DPO); this stage samples `num_generations` completions
per training prompt at every step, scores each with the compile reward (training/reward.py: the one
runner, programs made exactly as evaluation makes them) and updates the policy with TRL's GRPOTrainer.
It starts from the SFT adapter (init_adapter, default compile_prefs.layout.adapter_dir(model, "sft")),
loaded trainable; with a KL term (`beta` > 0) TRL keeps a frozen copy of it as the reference, so the
reference is the SFT model, as for DPO.

Data: the completion config's train split. Base formats give the masked program as the prompt; chat formats
the prompt format's messages (the system turn folded into the first user turn where the template has no
system role, as generation does). Every row also carries the masked program as `prefix`, which the reward
uses to build the program. The reward's settings are recipe fields (`reward_*`, configs.CompileGRPOConfig).
Writes adapter/, resolved_config.yaml, metrics.json and run_summary.json to the run dir.
"""

from __future__ import annotations

import sys
import time

if __name__ == "__main__" and __package__ in (None, ""):
    # `accelerate launch training/grpo.py` runs this file as a script, with training/ first on sys.path:
    # take it off so that sibling files never shadow libraries; the package comes from the install.
    del sys.path[0]

from compile_prefs import layout  # noqa: E402
from compile_prefs.training.modeling import load_for_training, load_tokenizer, preload_unsloth_if_requested  # noqa: E402
from compile_prefs.training.runs import (  # noqa: E402
    finish_run, keep_valid_rows, load_split, resolve_format, resolve_run_dir, run_summary, sft_adapter_of,
)

# trl is imported inside functions: unsloth, when asked for, must be imported before it.
SCRIPT = "training/grpo.py"
STAGE = "sft_grpo"


def prompt_rows(ds, fmt, tokenizer):
    """(Dataset of {prompt, prefix}, counts): the prompts GRPO samples from, as generation would show them."""
    from datasets import Dataset

    ds, skipped = keep_valid_rows(ds, ("prompt",))
    rows = []
    for row in ds:
        prefix = row["prompt"]
        if fmt.kind == "base":
            prompt = prefix
        else:
            prompt = fmt.messages(prefix)
            try:
                tokenizer.apply_chat_template(prompt, tokenize=False, add_generation_prompt=True)
            except Exception:  # templates without a system role (Mistral's)
                prompt = fmt.fold_system(prompt)
        rows.append({"prompt": prompt, "prefix": prefix})
    return Dataset.from_list(rows), {"skipped_invalid": skipped, "dropped_too_long": 0, "truncated_prompts": 0}


def make_trainer(model_args, training_args, train_dataset, fmt):
    from trl import GRPOTrainer

    from compile_prefs.evaluate_metric.compile_success.compile_runner import CompileRunner
    from compile_prefs.training.reward import CompileReward

    reward = CompileReward(fmt, training_args.reward_config(), CompileRunner())
    loaded = load_for_training(model_args, training_args)
    trainer = GRPOTrainer(
        model=loaded.model,
        reward_funcs=[reward],
        args=training_args,
        train_dataset=train_dataset,
        processing_class=loaded.tokenizer,
        peft_config=loaded.peft_config,  # None when the model already carries its adapter (init_adapter)
    )
    return trainer, loaded


def train(model_args, data_args, training_args, recipe: str | None = None) -> dict:
    stage = data_args.stage = data_args.stage or STAGE
    if stage != STAGE:
        raise ValueError(f"training/grpo.py trains the {STAGE} stage (GRPO from the SFT adapter), not {stage!r}")
    if not model_args.init_adapter:
        model_args.init_adapter = sft_adapter_of(data_args)
    run_dir = resolve_run_dir(data_args, stage, training_args)
    fmt = resolve_format(model_args)
    tokenizer = load_tokenizer(model_args, training_args.trust_remote_code)
    train_ds, counts = prompt_rows(load_split(data_args, layout.COMPLETION_CONFIG), fmt, tokenizer)

    trainer, loaded = make_trainer(model_args, training_args, train_ds, fmt)
    start = time.perf_counter()
    trainer.train()
    runtime = time.perf_counter() - start
    rewards = [e for e in trainer.state.log_history if "compile/success" in e]
    summary = run_summary(
        model_args, data_args, training_args, loaded,
        stage=stage, recipe=recipe, prompt_format=fmt.name, loss_type=training_args.loss_type,
        train_samples=len(train_ds), data_counts=counts, runtime_s=runtime,
        reference="init_adapter (frozen copy)" if training_args.beta else "none (beta = 0)",
        beta=training_args.beta, num_generations=training_args.num_generations,
        reward=training_args.reward_config().__dict__,
        sampled_compile_success_first=rewards[0]["compile/success"] if rewards else None,
        sampled_compile_success_last=rewards[-1]["compile/success"] if rewards else None,
    )
    return finish_run(trainer, run_dir, configs=(model_args, data_args, training_args), script=SCRIPT, summary=summary)


def parse_args(argv: list[str] | None = None, prog: str | None = None):
    """(ModelArguments, DataArguments, CompileGRPOConfig, recipe path) from a recipe and command-line overrides."""
    argv = list(sys.argv[1:] if argv is None else argv)
    preload_unsloth_if_requested(argv)
    from compile_prefs.training.configs import TRAINER_CONFIGS
    from compile_prefs.training.configs import parse_args as parse_recipe

    return parse_recipe(TRAINER_CONFIGS["grpo"], argv, prog=prog)


def run(model_args, data_args, training_args, recipe: str | None = None) -> int:
    summary = train(model_args, data_args, training_args, recipe)
    print(f"[compile-prefs] {summary['stage']} done: sampled compile success {summary['sampled_compile_success_first']} "
          f"-> {summary['sampled_compile_success_last']} in {summary['runtime_s']} s; adapter in {summary['adapter']}")
    return 0


def main(argv: list[str] | None = None) -> int:
    return run(*parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
