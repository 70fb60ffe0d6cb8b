"""Loading a model for LoRA/QLoRA training: the one place SFT and DPO get their model from.

    CUDA present, load_in_4bit auto/true  ->  4-bit NF4 base (bitsandbytes) + LoRA   (QLoRA, the paper)
    no CUDA (the tiny model, tests)       ->  full-precision base + LoRA
    use_unsloth and unsloth imports       ->  unsloth's FastLanguageModel, same LoRA settings
    init_adapter                          ->  that adapter, loaded trainable (DPO from SFT)

unsloth is optional and never required. Unsloth 2026.10.9 pins
trl<=1.15.0, transformers<=5.17.0 (not 5.0.0/5.1.0) and datasets<5.0.0, while this project is developed on trl
1.16, transformers 5.23 and datasets 5.2. So it lives in its own environment (`pip install unsloth`, then
`pip install -e . --no-deps`). There, the standard path and TRL's own DPO losses use only APIs present in trl
1.14-1.16; DPOP needs trl >= 1.15 (TRL's fused LM head), so trl 1.15.0 is the one unsloth-compatible version
with every loss. What the unsloth back-end does not do here: start from `init_adapter` (DPO from SFT falls back to
the standard path, with a message) and run on CPU (unsloth needs a GPU). It has not been run in this repository's
CI, which has no GPU.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import torch

UNSLOTH_ALL_LINEAR = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]


@dataclass
class LoadedModel:
    model: torch.nn.Module
    tokenizer: object
    peft_config: object | None  # for the trainer to wrap a fresh adapter; None when `model` is already a PeftModel
    backend: str  # "transformers" or "unsloth"
    quantization: str | None  # "nf4"/"fp4" when 4-bit, else None


def has_cuda() -> bool:
    return torch.cuda.is_available()


def use_4bit(model_args) -> bool:
    if model_args.load_in_4bit == "auto":
        return has_cuda()
    if model_args.load_in_4bit == "true":
        if not has_cuda():
            raise RuntimeError(
                "load_in_4bit: true needs CUDA (bitsandbytes' 4-bit training kernels); this machine has none. "
                "Use load_in_4bit: auto to train plain LoRA here."
            )
        return True
    return False


def torch_dtype(model_args) -> torch.dtype:
    if model_args.dtype != "auto":
        return getattr(torch, model_args.dtype)
    if has_cuda() and torch.cuda.is_bf16_supported():
        return torch.bfloat16
    return torch.float16 if has_cuda() else torch.float32


def _distributed_sharding() -> bool:
    # FSDP and DeepSpeed shard the model themselves: no device_map, and 4-bit weights must be stored in a
    # float dtype they can flatten.
    return os.environ.get("ACCELERATE_USE_FSDP", "").lower() == "true" or os.environ.get(
        "ACCELERATE_USE_DEEPSPEED", ""
    ).lower() == "true"


def quantization_config(model_args):
    if not use_4bit(model_args):
        return None
    from transformers import BitsAndBytesConfig

    dtype = torch_dtype(model_args)
    kwargs = {"bnb_4bit_quant_storage": dtype} if _distributed_sharding() else {}
    return BitsAndBytesConfig(
        load_in_4bit=True,
        bnb_4bit_quant_type=model_args.bnb_4bit_quant_type,
        bnb_4bit_use_double_quant=model_args.use_bnb_nested_quant,
        bnb_4bit_compute_dtype=dtype,
        **kwargs,
    )


def lora_config(model_args):
    from peft import LoraConfig

    return LoraConfig(
        r=model_args.lora_r,
        lora_alpha=model_args.lora_alpha,
        lora_dropout=model_args.lora_dropout,
        target_modules=model_args.target_modules,
        bias="none",
        task_type="CAUSAL_LM",
    )


def check_model_path(name_or_path: str) -> None:
    """A clear error for a local model folder that is not there (rather than a failed Hub lookup)."""
    looks_local = name_or_path.startswith((".", "/", "~")) or name_or_path.count("/") > 1
    if looks_local and not Path(name_or_path).expanduser().is_dir():
        raise FileNotFoundError(
            f"model folder not found: {name_or_path} (the tiny model is built by `make tiny-model`; "
            "a Hub model is named owner/name)"
        )


def load_tokenizer(model_args, trust_remote_code: bool = False):
    from transformers import AutoTokenizer

    check_model_path(model_args.model_name_or_path)
    tokenizer = AutoTokenizer.from_pretrained(
        model_args.model_name_or_path, revision=model_args.model_revision, trust_remote_code=trust_remote_code
    )
    if tokenizer.pad_token is None:  # Llama-family tokenizers ship none; padding is masked out anyway
        tokenizer.pad_token = tokenizer.eos_token
    return tokenizer


def check_adapter(path: str | os.PathLike, base_model: str) -> dict:
    """The adapter's config; a clear error when it is missing, a warning when it names another base model."""
    config_file = Path(path) / "adapter_config.json"
    if not config_file.is_file():
        raise FileNotFoundError(
            f"init_adapter {path} has no adapter_config.json: train that stage first (e.g. `make sft MODEL=...`)"
        )
    config = json.loads(config_file.read_text())
    trained_on = config.get("base_model_name_or_path")
    if trained_on and Path(str(trained_on)).name != Path(str(base_model)).name:
        print(f"[compile-prefs] warning: init_adapter {path} was trained on {trained_on}, now loading it on "
              f"{base_model}", file=sys.stderr)
    return config


def try_unsloth(model_args) -> tuple[object | None, str]:
    """(FastLanguageModel, "") when unsloth can be used here, else (None, why not)."""
    if model_args.init_adapter:
        return None, "the unsloth back-end does not start from init_adapter here (DPO from SFT)"
    if not has_cuda():
        return None, "unsloth needs a CUDA GPU and none is visible"
    try:
        from unsloth import FastLanguageModel
    except Exception as err:  # ImportError, or unsloth's own NotImplementedError/RuntimeError on unsupported setups
        return None, f"unsloth does not import ({type(err).__name__}: {err})"
    return FastLanguageModel, ""


def preload_unsloth_if_requested(argv: list[str]) -> None:
    """Import unsloth before transformers/trl/peft when the run asks for it: it patches them at import time."""
    wanted = "--use_unsloth" in argv
    recipe = argv[argv.index("--config") + 1] if "--config" in argv[:-1] else (argv[0] if argv else None)
    if not wanted and recipe and recipe.endswith((".yaml", ".yml")) and Path(recipe).is_file():
        import yaml

        wanted = bool((yaml.safe_load(Path(recipe).read_text()) or {}).get("use_unsloth"))
    if wanted and has_cuda():
        try:
            import unsloth  # noqa: F401
        except Exception:
            pass  # load_for_training reports why, and takes the standard path


def _load_with_unsloth(FastLanguageModel, model_args, training_args) -> LoadedModel:
    quantize = use_4bit(model_args)
    model, tokenizer = FastLanguageModel.from_pretrained(
        model_name=model_args.model_name_or_path,
        max_seq_length=training_args.max_length or 2048,
        dtype=None if model_args.dtype == "auto" else torch_dtype(model_args),
        load_in_4bit=quantize,
        revision=model_args.model_revision,
    )
    target = UNSLOTH_ALL_LINEAR if model_args.target_modules == "all-linear" else model_args.target_modules
    model = FastLanguageModel.get_peft_model(
        model,
        r=model_args.lora_r,
        lora_alpha=model_args.lora_alpha,
        lora_dropout=model_args.lora_dropout,
        target_modules=target,
        bias="none",
        use_gradient_checkpointing="unsloth" if training_args.gradient_checkpointing else False,
        random_state=training_args.seed,
    )
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return LoadedModel(model, tokenizer, None, "unsloth", model_args.bnb_4bit_quant_type if quantize else None)


def load_for_training(model_args, training_args) -> LoadedModel:
    """Base model (+4-bit when CUDA) with either a LoRA config for the trainer or a trainable init adapter."""
    if model_args.use_unsloth:
        FastLanguageModel, why_not = try_unsloth(model_args)
        if FastLanguageModel is not None:
            return _load_with_unsloth(FastLanguageModel, model_args, training_args)
        print(f"[compile-prefs] use_unsloth: {why_not}; using the standard transformers + peft path", file=sys.stderr)

    from transformers import AutoModelForCausalLM

    if model_args.init_adapter:
        check_adapter(model_args.init_adapter, model_args.model_name_or_path)
    quant = quantization_config(model_args)
    kwargs = {
        "revision": model_args.model_revision,
        "dtype": torch_dtype(model_args),
        "trust_remote_code": training_args.trust_remote_code,
    }
    if model_args.attn_implementation:
        kwargs["attn_implementation"] = model_args.attn_implementation
    if quant is not None:
        kwargs["quantization_config"] = quant
        if not _distributed_sharding():
            from accelerate import PartialState

            kwargs["device_map"] = {"": PartialState().local_process_index}  # each process its own GPU
    model = AutoModelForCausalLM.from_pretrained(model_args.model_name_or_path, **kwargs)
    if quant is not None:
        from peft import prepare_model_for_kbit_training

        # QLoRA: norms and head in fp32, input grads on so checkpointed LoRA layers get gradients.
        model = prepare_model_for_kbit_training(
            model,
            use_gradient_checkpointing=training_args.gradient_checkpointing,
            gradient_checkpointing_kwargs=training_args.gradient_checkpointing_kwargs,
        )
    tokenizer = load_tokenizer(model_args, training_args.trust_remote_code)

    peft_config = None
    if model_args.init_adapter:
        from peft import PeftModel

        # Trainable, so DPO trains it further; TRL copies it as the frozen "ref" adapter = the SFT reference.
        model = PeftModel.from_pretrained(model, model_args.init_adapter, is_trainable=True)
    else:
        peft_config = lora_config(model_args)
    return LoadedModel(model, tokenizer, peft_config, "transformers", model_args.bnb_4bit_quant_type if quant else None)
