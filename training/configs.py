"""Configuration for training: what TRL's configs don't cover, and the one parser for recipes.

A recipe (training/recipes/<model>/<stage>.yaml) is a flat YAML mapping whose keys are fields of
`ModelArguments`, `DataArguments` and the trainer config (`trl.SFTConfig`, or `DPOPConfig` = `trl.DPOConfig`
plus DPOP). `parse_args` reads it the TRL way (`--config recipe.yaml`, then command-line overrides win),
and also accepts the recipe path as the first positional argument (`sft.py recipe.yaml`).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from trl import DPOConfig, TrlParser

LOAD_IN_4BIT_CHOICES = ("auto", "true", "false")


@dataclass
class ModelArguments:
    r"""
    Which model to train and how: base model, prompt format, quantization, LoRA, back-end.

    Parameters:
        > Base model

        model_name_or_path (`str`):
            Hub id or local folder of the base model, e.g. `google/gemma-7b` or `artifacts/models/tiny-base`.
        model_revision (`str`, *optional*, defaults to `"main"`):
            Hub revision of the base model.
        dtype (`str`, *optional*, defaults to `"auto"`):
            Weights dtype: `auto` (bfloat16 on a bf16-capable GPU, else float32), `bfloat16`, `float16`, `float32`.
        attn_implementation (`str`, *optional*):
            Attention kernel passed to `from_pretrained` (e.g. `sdpa`, `flash_attention_2`).
        prompt_format (`str`, *optional*):
            Name of the prompt format in `training.formats` (e.g. `base`, `chat`). `None`: the format the registry
            assigns to `model_name_or_path`.

        > Quantization and back-end

        load_in_4bit (`str`, *optional*, defaults to `"auto"`):
            `auto`: 4-bit NF4 QLoRA through bitsandbytes when CUDA is present, plain LoRA otherwise. `true` requires
            CUDA; `false` never quantizes.
        bnb_4bit_quant_type (`str`, *optional*, defaults to `"nf4"`):
            4-bit quantization type (`nf4` as in QLoRA, or `fp4`).
        use_bnb_nested_quant (`bool`, *optional*, defaults to `True`):
            Double quantization of the 4-bit constants (QLoRA).
        use_unsloth (`bool`, *optional*, defaults to `False`):
            Load and wrap the model with unsloth when it imports on a GPU; otherwise print why and use the standard
            transformers + peft path.

        > LoRA

        lora_r (`int`, *optional*, defaults to `64`):
            LoRA rank.
        lora_alpha (`int`, *optional*):
            LoRA alpha; `None` means alpha = r (the paper's setting).
        lora_dropout (`float`, *optional*, defaults to `0.05`):
            Dropout on the LoRA branch.
        lora_target_modules (`list[str]`, *optional*, defaults to `["all-linear"]`):
            Modules that get LoRA; `all-linear` is every linear projection except the output head.
        init_adapter (`str`, *optional*):
            Start from this trained adapter (e.g. the SFT adapter for DPO) instead of a fresh one. For DPO the adapter
            is also the reference model: TRL keeps a frozen copy of it.
    """

    model_name_or_path: str | None = field(
        default=None, metadata={"help": "Hub id or local folder of the base model."}
    )
    model_revision: str = field(default="main", metadata={"help": "Hub revision of the base model."})
    dtype: str = field(
        default="auto",
        metadata={
            "help": "Weights dtype: auto (bfloat16 on a bf16-capable GPU, else float32), bfloat16, float16, float32.",
            "choices": ["auto", "bfloat16", "float16", "float32"],
        },
    )
    attn_implementation: str | None = field(
        default=None, metadata={"help": "Attention kernel passed to from_pretrained (sdpa, flash_attention_2, ...)."}
    )
    prompt_format: str | None = field(
        default=None,
        metadata={"help": "Prompt format name in training.formats; None: the registry's format for the model."},
    )
    load_in_4bit: str = field(
        default="auto",
        metadata={
            "help": "auto: 4-bit NF4 QLoRA when CUDA is present, plain LoRA otherwise; true requires CUDA; "
            "false never.",
            "choices": list(LOAD_IN_4BIT_CHOICES),
        },
    )
    bnb_4bit_quant_type: str = field(
        default="nf4", metadata={"help": "4-bit quantization type.", "choices": ["nf4", "fp4"]}
    )
    use_bnb_nested_quant: bool = field(default=True, metadata={"help": "Double quantization (QLoRA)."})
    use_unsloth: bool = field(
        default=False,
        metadata={"help": "Use unsloth when it imports on a GPU; otherwise say why and use the standard path."},
    )
    lora_r: int = field(default=64, metadata={"help": "LoRA rank."})
    lora_alpha: int | None = field(default=None, metadata={"help": "LoRA alpha; None means alpha = r."})
    lora_dropout: float = field(default=0.05, metadata={"help": "Dropout on the LoRA branch."})
    lora_target_modules: list[str] = field(
        default_factory=lambda: ["all-linear"],
        metadata={"help": "Modules that get LoRA; all-linear = every linear projection except the output head."},
    )
    init_adapter: str | None = field(
        default=None,
        metadata={"help": "Start from this trained adapter (for DPO: the SFT adapter, also the reference)."},
    )

    def __post_init__(self):
        if not self.model_name_or_path:
            raise ValueError("model_name_or_path is required (set it in the recipe or with --model_name_or_path)")
        # YAML gives booleans, the command line gives strings: accept both.
        if isinstance(self.load_in_4bit, bool):
            self.load_in_4bit = "true" if self.load_in_4bit else "false"
        self.load_in_4bit = str(self.load_in_4bit).lower()
        if self.load_in_4bit not in LOAD_IN_4BIT_CHOICES:
            raise ValueError(f"load_in_4bit must be one of {LOAD_IN_4BIT_CHOICES}, got {self.load_in_4bit!r}")
        if isinstance(self.lora_target_modules, str):
            self.lora_target_modules = [self.lora_target_modules]
        if not self.lora_target_modules:
            raise ValueError("lora_target_modules must name at least one module (or all-linear)")
        if self.lora_r <= 0:
            raise ValueError(f"lora_r must be positive, got {self.lora_r}")
        if self.lora_alpha is None:
            self.lora_alpha = self.lora_r
        if not 0.0 <= self.lora_dropout < 1.0:
            raise ValueError(f"lora_dropout must be in [0, 1), got {self.lora_dropout}")
        if self.prompt_format is not None:
            from compile_prefs.training.formats import get_format

            get_format(self.prompt_format)  # unknown names fail here, at parse time, with the registry's message

    @property
    def target_modules(self) -> str | list[str]:
        """What peft's LoraConfig expects: the string `all-linear` or a list of module names."""
        return "all-linear" if self.lora_target_modules == ["all-linear"] else list(self.lora_target_modules)


@dataclass
class DataArguments:
    r"""
    Which data to train on and where the run goes.

    Parameters:
        model (`str`):
            Pipeline name of the model (`MODEL=`: gemma, mistral, codellama, tiny). Names the run directory
            (`compile_prefs.layout.run_dir(model, stage)`) and the preference config (`preference-<model>`).
        stage (`str`, *optional*):
            Training stage: `sft`, `dpo` (DPO from the base model) or `sft_dpo` (DPO from the SFT adapter). `None`:
            `sft` for SFT; for DPO `sft_dpo` when `init_adapter` is set, else `dpo`.
        dataset_path (`str`, *optional*):
            Hub dataset id or local Hub-layout folder. `None`: `compile_prefs.layout.data_dir()`.
        dataset_config (`str`, *optional*):
            Dataset config. `None`: `completion` for SFT, `preference-<model>` for DPO.
        dataset_train_split (`str`, *optional*, defaults to `"train"`):
            Split to train on.
        dataset_test_split (`str`, *optional*):
            Split to evaluate on after training; `None` skips evaluation.
        max_train_samples (`int`, *optional*):
            Train on the first N rows only (quick runs).
        run_dir (`str`, *optional*):
            Where adapter/, metrics.json, run_summary.json and resolved_config.yaml go. `None`:
            `compile_prefs.layout.run_dir(model, stage)` (under `$ARTIFACTS`).
    """

    model: str | None = field(
        default=None,
        metadata={"help": "Pipeline model name (MODEL=): names the run dir and the preference config."},
    )
    stage: str | None = field(
        default=None,
        metadata={
            "help": "sft, dpo (from base) or sft_dpo (from the SFT adapter); None: chosen from the script and "
            "init_adapter.",
            "choices": ["sft", "dpo", "sft_dpo"],
        },
    )
    dataset_path: str | None = field(
        default=None, metadata={"help": "Hub dataset id or local Hub-layout folder; None: the artifacts data dir."}
    )
    dataset_config: str | None = field(
        default=None, metadata={"help": "Dataset config; None: completion (SFT) or preference-<model> (DPO)."}
    )
    dataset_train_split: str = field(default="train", metadata={"help": "Split to train on."})
    dataset_test_split: str | None = field(
        default=None, metadata={"help": "Split to evaluate on after training; None skips evaluation."}
    )
    max_train_samples: int | None = field(default=None, metadata={"help": "Train on the first N rows only."})
    run_dir: str | None = field(
        default=None, metadata={"help": "Output folder of the run; None: compile_prefs.layout.run_dir(model, stage)."}
    )

    def __post_init__(self):
        if not self.model:
            raise ValueError("model (the pipeline name: gemma, mistral, codellama, tiny) is required")
        from compile_prefs import layout

        layout.preference_config_name(self.model)  # validates the name (it becomes a path and a config name)
        if self.max_train_samples is not None and self.max_train_samples <= 0:
            raise ValueError(f"max_train_samples must be positive, got {self.max_train_samples}")


@dataclass
class DPOPConfig(DPOConfig):
    r"""
    `trl.DPOConfig` plus DPOP (Pal et al. 2024), which TRL does not have.

    Parameters:
        dpop_lambda (`float`, *optional*, defaults to `50.0`):
            Weight of DPOP's penalty `max(0, -(log pi(y_w) - log pi_ref(y_w)))`, used with `loss_type: dpop`. The
            Smaug paper used 50. With 0, DPOP equals the sigmoid (DPO) loss.

    `loss_type: dpop` is handled by `training.dpop.DPOPTrainer`; every other loss type is TRL's own (the paper's
    `sigmoid`, `ipo`, `[sigmoid, sft]`, ...).
    """

    dpop_lambda: float = field(
        default=50.0,
        metadata={"help": "DPOP penalty weight lambda (loss_type: dpop). Smaug used 50; 0 equals the sigmoid loss."},
    )

    def __post_init__(self):
        super().__post_init__()
        if self.dpop_lambda < 0:
            raise ValueError(f"dpop_lambda must be >= 0, got {self.dpop_lambda}")
        if "dpop" in self.loss_type:
            if self.loss_type != ["dpop"]:
                raise ValueError(f"dpop cannot be combined with other loss types, got {self.loss_type}")
            unsupported = {
                "ld_alpha": self.ld_alpha is not None,
                "use_weighting": self.use_weighting,
                "f_divergence_type": self.f_divergence_type != "reverse_kl",
            }
            bad = [name for name, is_set in unsupported.items() if is_set]
            if bad:
                raise ValueError(f"loss_type dpop does not support {', '.join(bad)}; unset them")


def recipe_path(argv: list[str]) -> str | None:
    """The recipe file named by `--config PATH` or as the first positional argument."""
    if "--config" in argv:
        i = argv.index("--config")
        return argv[i + 1] if i + 1 < len(argv) else None
    if argv and not argv[0].startswith("-") and argv[0].endswith((".yaml", ".yml")):
        return argv[0]
    return None


def build_parser(trainer_config_cls) -> TrlParser:
    return TrlParser((ModelArguments, DataArguments, trainer_config_cls))


def parse_args(trainer_config_cls, argv: list[str] | None = None):
    """(ModelArguments, DataArguments, trainer config, recipe path) from a recipe plus overrides."""
    argv = list(sys.argv[1:] if argv is None else argv)
    recipe = recipe_path(argv)
    if recipe is not None and "--config" not in argv:
        argv = ["--config", *argv]  # positional recipe: the TRL spelling is `--config PATH`
    if recipe is not None and not Path(recipe).is_file():
        raise FileNotFoundError(f"recipe not found: {recipe}")
    try:
        model_args, data_args, training_args = build_parser(trainer_config_cls).parse_args_and_config(argv)
    except ValueError as err:
        if "bf16/gpu" in str(err):
            raise ValueError(
                f"{err}\nThis recipe ({recipe}) trains in bf16 on a GPU. On a CPU use the tiny recipe, or override "
                "with --bf16 false."
            ) from err
        raise
    return model_args, data_args, training_args, recipe
