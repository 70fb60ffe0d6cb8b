"""Loading a model: the one place SFT, DPO, generation and evaluation get their model from.

    CUDA present, load_in_4bit auto/true  ->  4-bit base (bitsandbytes, as the recipe says) + LoRA  (QLoRA, the paper)
    no CUDA (the tiny model, tests)       ->  full-precision base + LoRA
    use_unsloth and unsloth imports       ->  unsloth's FastLanguageModel, same LoRA settings (training only)
    init_adapter                          ->  that adapter, loaded trainable (DPO from SFT)

`load_for_training` and `load_for_inference` share `load_base_model`, so a model is generated from with the
quantization it was trained with. The bitsandbytes and LoRA configs come from TRL's `get_quantization_config` and
`get_peft_config`, fed with the pipeline's resolved settings (training/configs.py).

unsloth is optional and never required: its releases pin older trl, transformers and datasets than this project
uses, so it lives in its own environment (`pip install unsloth`, then `pip install -e . --no-deps`); DPOP needs
trl >= 1.15 (TRL's fused LM head). What the unsloth back-end does not do here: start from `init_adapter` (DPO from
SFT falls back to the standard path, with a message), DoRA, LoRA on parameters or extra trained modules, and run on
CPU (unsloth needs a GPU).
"""

from __future__ import annotations

import copy
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


def _resolved(model_args, **values):
    """A copy of model_args with the pipeline's values resolved, for TRL's helpers (which read plain fields)."""
    view = copy.copy(model_args)
    for name, value in values.items():
        setattr(view, name, value)
    return view


def quantization_config(model_args):
    """The recipe's BitsAndBytesConfig where it quantizes here (load_in_4bit auto: only with CUDA), else None."""
    if not use_4bit(model_args):
        return None
    from trl import get_quantization_config

    dtype = torch_dtype(model_args)
    storage = model_args.bnb_4bit_quant_storage or (dtype if _distributed_sharding() else None)
    return get_quantization_config(_resolved(model_args, load_in_4bit=True, dtype=dtype,
                                             bnb_4bit_quant_storage=storage))


def lora_config(model_args):
    """The LoRA config of a fresh adapter: TRL's `get_peft_config` with alpha resolved to r and `all-linear` as
    peft spells it."""
    from trl import get_peft_config

    return get_peft_config(_resolved(model_args, use_peft=True, lora_target_modules=model_args.target_modules))


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
    if model_args.use_dora or model_args.lora_target_parameters or model_args.lora_modules_to_save:
        return None, "the unsloth back-end here takes no use_dora, lora_target_parameters or lora_modules_to_save"
    if not has_cuda():
        return None, "unsloth needs a CUDA GPU and none is visible"
    try:
        from unsloth import FastLanguageModel
    except Exception as err:  # ImportError, or unsloth's own NotImplementedError/RuntimeError on unsupported setups
        return None, f"unsloth does not import ({type(err).__name__}: {err})"
    return FastLanguageModel, ""


def preload_unsloth_if_requested(argv: list[str]) -> None:
    """Import unsloth before transformers/trl/peft when the run asks for it: it patches them at import time."""
    from compile_prefs.training.recipe_files import load_recipe

    wanted = "--use_unsloth" in argv
    recipe = _recipe_in(argv)
    if not wanted and recipe and Path(recipe).is_file():
        wanted = bool(load_recipe(recipe).get("use_unsloth"))
    if wanted and has_cuda():
        try:
            import unsloth  # noqa: F401
        except Exception:
            pass  # load_for_training reports why, and takes the standard path


def _recipe_in(argv: list[str]) -> str | None:
    # configs.recipe_argument's rule, without importing trl (unsloth must come first).
    if "--config" in argv[:-1]:
        return argv[argv.index("--config") + 1]
    return argv[0] if argv and argv[0].endswith((".yaml", ".yml")) else None


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
        use_rslora=model_args.use_rslora,
        use_gradient_checkpointing="unsloth" if training_args.gradient_checkpointing else False,
        random_state=training_args.seed,
    )
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return LoadedModel(model, tokenizer, None, "unsloth", model_args.bnb_4bit_quant_type if quantize else None)


def load_base_model(model_args, *, trust_remote_code: bool = False, place_on_gpu: bool = False):
    """The base model as the recipe says: its dtype, attention kernel and (where CUDA is) its 4-bit settings.

    A quantized model is placed on this process's GPU (bitsandbytes needs it there); `place_on_gpu` places an
    unquantized one too (inference; training leaves that to the trainer). FSDP and DeepSpeed place it themselves.
    """
    from transformers import AutoModelForCausalLM

    check_model_path(model_args.model_name_or_path)
    quant = quantization_config(model_args)
    kwargs = {"revision": model_args.model_revision, "dtype": torch_dtype(model_args),
              "trust_remote_code": trust_remote_code}
    if model_args.attn_implementation:
        kwargs["attn_implementation"] = model_args.attn_implementation
    if quant is not None:
        kwargs["quantization_config"] = quant
    if (quant is not None or (place_on_gpu and has_cuda())) and not _distributed_sharding():
        from accelerate import PartialState

        kwargs["device_map"] = {"": PartialState().local_process_index}  # each process its own GPU
    return AutoModelForCausalLM.from_pretrained(model_args.model_name_or_path, **kwargs), quant


def load_for_training(model_args, training_args) -> LoadedModel:
    """Base model (+4-bit when CUDA) with either a LoRA config for the trainer or a trainable init adapter."""
    if model_args.use_unsloth:
        FastLanguageModel, why_not = try_unsloth(model_args)
        if FastLanguageModel is not None:
            return _load_with_unsloth(FastLanguageModel, model_args, training_args)
        print(f"[compile-prefs] use_unsloth: {why_not}; using the standard transformers + peft path", file=sys.stderr)

    if model_args.init_adapter:
        check_adapter(model_args.init_adapter, model_args.model_name_or_path)
    model, quant = load_base_model(model_args, trust_remote_code=training_args.trust_remote_code)
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


def load_for_inference(model_args, adapter: str | os.PathLike | None = None) -> LoadedModel:
    """Base model as its recipe loads it, plus a trained adapter (merged into the weights when they are not
    quantized: plain weights generate faster than LoRA side-branches), in eval mode."""
    model, quant = load_base_model(model_args, place_on_gpu=True)
    tokenizer_source = model_args
    if adapter and (Path(adapter) / "tokenizer_config.json").is_file():
        tokenizer_source = _resolved(model_args, model_name_or_path=str(adapter), model_revision=None)
    tokenizer = load_tokenizer(tokenizer_source)
    if adapter:
        from peft import PeftModel

        if not (Path(adapter) / "adapter_config.json").is_file():
            raise FileNotFoundError(f"{adapter} has no adapter_config.json: train that stage first")
        model = PeftModel.from_pretrained(model, str(adapter))
        if quant is None:
            model = model.merge_and_unload()
    model.eval()
    return LoadedModel(model, tokenizer, None, "transformers", model_args.bnb_4bit_quant_type if quant else None)
