"""What SFT and DPO share around the trainer: the run directory, the data, and the files a run leaves.

    <run_dir>/adapter/              the LoRA adapter (PeftModel.from_pretrained) + tokenizer
    <run_dir>/resolved_config.yaml  every argument that differs from its default; --config it to re-run
    <run_dir>/metrics.json          the trainer's log history and the loss curve
    <run_dir>/run_summary.json      what the cards and reports read (compile_prefs.artifacts.RunSummary)
"""

from __future__ import annotations

import dataclasses
import enum
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import yaml

from compile_prefs import layout
from compile_prefs.artifacts import METRICS_FILE, RESOLVED_CONFIG_FILE, RunSummary
from compile_prefs.artifacts import RUN_SUMMARY_FILE as SUMMARY_FILE


def resolve_run_dir(data_args, stage: str, training_args) -> Path:
    """run_dir > an explicit --output_dir > layout.run_dir(model, stage, variant); the trainer writes there too."""
    if data_args.run_dir:
        run_dir = Path(data_args.run_dir)
    elif training_args.output_dir and training_args.output_dir != "trainer_output":  # transformers' default
        run_dir = Path(training_args.output_dir)
    else:
        run_dir = layout.run_dir(data_args.model, stage, variant=data_args.variant)
    training_args.output_dir = str(run_dir)
    # run_summary.json is written last and marks a finished run (make targets depend on it): a re-run that
    # fails must not leave the previous one's summary standing.
    (run_dir / SUMMARY_FILE).unlink(missing_ok=True)
    return run_dir


def sft_adapter_of(data_args) -> str:
    """The SFT adapter a stage trained from SFT starts from: the run's variant's SFT run where one was trained,
    else the default SFT run."""
    if data_args.variant:
        own = layout.adapter_dir(data_args.model, "sft", variant=data_args.variant)
        if (own / "adapter_config.json").is_file():
            return str(own)
    return str(layout.adapter_dir(data_args.model, "sft"))


def continuation_ids(tokenizer, text: str) -> list[int]:
    """The ids of `text` as a continuation of earlier text: what a model writes after its prompt.

    SentencePiece-style tokenizers (Llama, CodeLlama, Mistral) open any text they encode with a word-start
    mark, so `m << endl;` encoded alone is "▁m ▁<< ..." -- after the prompt `cout << su`, that is
    `cout << su m << endl;`. Encoded behind a newline whose ids are then dropped, the text keeps no such mark.
    Where the newline merges with the text instead (byte-level BPEs group whitespace runs), the text is encoded
    alone, which those tokenizers do without a mark.
    """
    anchor = list(tokenizer("\n", add_special_tokens=False)["input_ids"])
    joint = list(tokenizer("\n" + text, add_special_tokens=False)["input_ids"])
    if anchor and joint[:len(anchor)] == anchor:
        return joint[len(anchor):]
    return list(tokenizer(text, add_special_tokens=False)["input_ids"])


def resolve_format(model_args):
    """The recipe's prompt_format, else the registry's choice for the model id; under the recipe's protocol."""
    from compile_prefs.training.formats import format_for_model

    return format_for_model(model_args.model_name_or_path, explicit=model_args.prompt_format,
                            protocol=getattr(model_args, "protocol", None))


def load_split(data_args, default_config: str, split: str | None = None):
    """One split of one config, from a Hub id or a local Hub-layout folder, with a clear error if absent."""

    split = split or data_args.dataset_train_split
    limit = data_args.max_train_samples if split == data_args.dataset_train_split else None
    return layout.load_split(data_args.dataset_path or str(layout.data_dir()), data_args.dataset_config or default_config,
                             split, limit=limit)


def keep_valid_rows(ds, columns: tuple[str, ...]):
    """Rows whose `columns` are present and non-empty; (dataset, number dropped). Bad rows never sink a run."""
    missing = [c for c in columns if c not in ds.column_names]
    if missing:
        raise ValueError(f"dataset lacks column(s) {missing}; it has {ds.column_names}")

    def ok(row):
        return all(isinstance(row[c], (str, list)) and len(row[c]) > 0 for c in columns)

    kept = ds.filter(ok)
    dropped = len(ds) - len(kept)
    if dropped:
        print(f"[compile-prefs] skipped {dropped} row(s) with an empty or missing {'/'.join(columns)}", file=sys.stderr)
    if len(kept) == 0:
        raise ValueError(f"no usable rows: every row has an empty or missing {'/'.join(columns)}")
    return kept, dropped


def _sequence_tokens(tokenizer, row: dict, response_key: str) -> int:
    """Tokens TRL will feed for prompt + one response of a formatted row (EOS included)."""
    prompt, response = row["prompt"], row[response_key]
    if isinstance(prompt, list):
        text = tokenizer.apply_chat_template(prompt + response, tokenize=False)
        return len(tokenizer(text, add_special_tokens=False)["input_ids"])
    return len(tokenizer(prompt + response)["input_ids"]) + 1  # TRL appends EOS to plain responses


def fit_prompt(fmt, tokenizer, make_row, prompt: str, responses: list[str], max_length: int | None):
    """(prompt, truncated): the prompt, cut from the front if needed so every response fits in max_length.

    TRL truncates long sequences from the end, which would cut off exactly the completion being learned
    (the masked part is the end of the program). So the prompt keeps its end instead, cut by the prompt
    format at a line start; (None, False) when even the responses alone do not fit.
    """
    if max_length is None:
        return prompt, False

    def longest(p: str) -> int:
        row = make_row(p, *responses)
        return max(_sequence_tokens(tokenizer, row, key) for key in row if key != "prompt")

    total = longest(prompt)
    if total <= max_length:
        return prompt, False
    budget = len(fmt.render_prompt(prompt, tokenizer).input_ids) - (total - max_length)
    for _ in range(4):  # the cut snaps to a line start, so one round almost always suffices
        if budget <= 0:
            return None, False
        try:
            shown = fmt.render_prompt(prompt, tokenizer, max_prompt_tokens=budget).prefix_shown
        except ValueError:  # the format's fixed part alone is over budget
            return None, False
        total = longest(shown)
        if total <= max_length:
            return shown, True
        budget -= total - max_length
    return None, False


def _fold_system_if_rejected(make_row, fmt, tokenizer, n_responses: int):
    """Chat templates without a system role (Mistral's) get the instructions in the first user turn, as the
    prompt format does at generation time, so training and generation see the same prompt."""
    probe = make_row("int main() {", *(["}"] * n_responses))
    if not isinstance(probe["prompt"], list) or probe["prompt"][0].get("role") != "system":
        return make_row
    try:
        tokenizer.apply_chat_template(probe["prompt"], tokenize=False)
        return make_row
    except Exception:
        return lambda *args: {**(row := make_row(*args)), "prompt": fmt.fold_system(row["prompt"])}


def _fold_messages_if_rejected(fmt, tokenizer, messages: list[dict]) -> list[dict]:
    """Conversational rows as they come, with the system message folded where the template refuses one."""
    if not messages or messages[0].get("role") != "system":
        return messages
    try:
        tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
        return messages
    except Exception:
        return fmt.fold_system(messages)


def format_rows(ds, fmt, tokenizer, max_length: int | None, responses: tuple[str, ...]):
    """Dataset rows -> TRL rows in the model's prompt format, fitted to max_length; (Dataset, counts).

    responses: ("completion",) for SFT, ("chosen", "rejected") for DPO. Rows already in TRL's
    conversational form (mined pairs of chat models) are kept as they are (the system message folded into the
    first user turn where the template refuses it), or dropped if too long.
    """
    from datasets import Dataset

    ds, skipped = keep_valid_rows(ds, ("prompt",) + responses)
    make_row = fmt.sft_example if responses == ("completion",) else fmt.preference_example
    make_row = _fold_system_if_rejected(make_row, fmt, tokenizer, len(responses))
    rows, truncated, too_long = [], 0, 0
    for row in ds:
        values = [row[key] for key in responses]
        if isinstance(row["prompt"], list):
            out = {"prompt": _fold_messages_if_rejected(fmt, tokenizer, row["prompt"]), **dict(zip(responses, values))}
            if max_length is not None and max(_sequence_tokens(tokenizer, out, k) for k in responses) > max_length:
                too_long += 1
                continue
        else:
            prompt, cut = fit_prompt(fmt, tokenizer, make_row, row["prompt"], values, max_length)
            if prompt is None:
                too_long += 1
                continue
            truncated += cut
            out = make_row(prompt, *values)
        rows.append(out)
    if too_long:
        print(f"[compile-prefs] dropped {too_long} row(s) that do not fit max_length={max_length}",
              file=sys.stderr)
    if not rows:
        raise ValueError(f"no row fits max_length={max_length}; raise max_length")
    counts = {"skipped_invalid": skipped, "dropped_too_long": too_long, "truncated_prompts": truncated}
    return Dataset.from_list(rows), counts


def _plain(value):
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def resolved_config(*configs) -> dict:
    """Every init field of each config that differs from its class default, flat, as a recipe spells them.

    Defaults are left out (the library versions in run_summary.json pin them), and so are `*_token` fields,
    which `to_dict` masks with placeholders that must never be fed back.
    """
    flat = {}
    for config in configs:
        values = config.to_dict() if hasattr(config, "to_dict") else dataclasses.asdict(config)
        for f in dataclasses.fields(config):
            if not f.init or f.name not in values or f.name.endswith("_token"):
                continue
            if f.default is not dataclasses.MISSING:
                default = f.default
            elif f.default_factory is not dataclasses.MISSING:
                default = f.default_factory()
            else:
                default = dataclasses.MISSING
            value = _plain(values[f.name])
            if default is dataclasses.MISSING or value != _plain(default):
                flat[f.name] = value
    return flat


def loss_curve(log_history: list[dict]) -> list[dict]:
    return [{"step": e["step"], "loss": e["loss"]} for e in log_history if "loss" in e and "step" in e]


def _lora_summary(config) -> dict | None:
    if config is None:
        return None
    targets = config.target_modules
    return {"r": config.r, "alpha": config.lora_alpha, "dropout": config.lora_dropout,
            "target_modules": sorted(targets) if isinstance(targets, (set, list)) else targets}


def finish_run(trainer, run_dir: Path, *, configs, script: str, summary: dict) -> dict:
    """Save the adapter (only the trained one) and write the run's files; returns run_summary."""
    run_dir = Path(run_dir)
    model = trainer.accelerator.unwrap_model(trainer.model)
    # DPO from an initial adapter trains it against a frozen copy named "ref": the copy is not the result.
    if "ref" in getattr(model, "peft_config", {}):
        model.delete_adapter("ref")
    lora = getattr(model, "peft_config", {}).get("default")
    adapter_dir = run_dir / "adapter"
    trainer.save_model(str(adapter_dir))
    if not trainer.accelerator.is_main_process:
        return summary

    history = trainer.state.log_history
    curve = loss_curve(history)
    final = next((e for e in reversed(history) if "train_loss" in e), {})
    summary = RunSummary(
        **summary,
        train_loss_first=curve[0]["loss"] if curve else final.get("train_loss"),
        train_loss_last=curve[-1]["loss"] if curve else final.get("train_loss"),
        train_loss_mean=final.get("train_loss"),
        lora=_lora_summary(lora),  # what was trained: an init adapter keeps its rank, whatever lora_r says
        global_step=trainer.state.global_step,
        adapter=str(adapter_dir),
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
    ).to_dict()
    (run_dir / METRICS_FILE).write_text(json.dumps({"loss_curve": curve, "log_history": history}, indent=2))
    recipe = summary.get("recipe")
    header = (
        f"# Resolved by {script} from {recipe or 'command-line arguments'} plus overrides.\n"
        f"# Re-run: accelerate launch --config_file training/accelerate_configs/<cfg>.yaml {script} --config "
        f"{run_dir / RESOLVED_CONFIG_FILE}\n"
    )
    body = yaml.safe_dump(resolved_config(*configs), sort_keys=False, allow_unicode=True)
    (run_dir / RESOLVED_CONFIG_FILE).write_text(header + body)
    RunSummary(**summary).write(run_dir)
    return summary


def run_summary(model_args, data_args, training_args, loaded, *, stage, recipe, prompt_format, loss_type,
                train_samples, data_counts, runtime_s, eval_metrics=None, **extra) -> dict:
    """The fields of run_summary.json known before saving (finish_run adds losses, steps, paths, time)."""
    optim = training_args.optim
    return {
        "model": data_args.model,
        "stage": stage,
        "base_model": model_args.model_name_or_path,
        "init_adapter": model_args.init_adapter,
        "recipe": recipe,
        "prompt_format": prompt_format,
        "loss_type": loss_type,
        **extra,
        "train_samples": train_samples,
        **data_counts,
        "runtime_s": round(runtime_s, 2),
        "eval": eval_metrics,
        "backend": loaded.backend,
        "quantization": loaded.quantization,
        "learning_rate": training_args.learning_rate,
        "optim": getattr(optim, "value", optim),
        "num_train_epochs": training_args.num_train_epochs,
        "max_steps": training_args.max_steps,
        "max_length": getattr(training_args, "max_length", None),  # GRPO bounds completions instead
        "versions": versions(),
    }


def versions() -> dict:
    import importlib.metadata as md

    out = {}
    for name in ("torch", "transformers", "trl", "peft", "accelerate", "datasets", "bitsandbytes"):
        try:
            out[name] = md.version(name)
        except md.PackageNotFoundError:
            out[name] = None
    return out
