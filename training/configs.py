"""Configuration for training and the one parser of recipes.

A recipe (training/recipes/<model>/<stage>[-<variant>].yaml, named and read by training/recipe_files.py) is a
flat YAML mapping whose keys are fields of `ModelArguments` (`trl.ModelConfig` plus ours), `DataArguments` and
the stage's trainer config (`TRAINER_CONFIGS`: `trl.SFTConfig`, or `DPOPConfig` = `trl.DPOConfig` plus DPOP).
`parse_args` reads it the TRL way (`--config recipe.yaml`, then command-line overrides win), and also accepts
the recipe path as the first positional argument.

Where `trl.ModelConfig` means something else than the pipeline, ours wins (tests/test_configs.py):
`load_in_4bit` is `auto` (4-bit only where CUDA is), `lora_alpha` defaults to `lora_r` (not 32), PEFT is always
on (`use_peft` false is refused), `lora_r` defaults to 64, double quantisation is on (QLoRA), `dtype: auto`
picks bfloat16 on a bf16-capable GPU and float32 elsewhere (TRL's `auto` takes the checkpoint's dtype).
"""

from __future__ import annotations

import dataclasses
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from trl import DPOConfig, GRPOConfig, ModelConfig, SFTConfig, TrlParser

from compile_prefs.training.recipe_files import load_recipe, recipe_variant

LOAD_IN_4BIT_CHOICES = ("auto", "true", "false")


@dataclass
class ModelArguments(ModelConfig):
    r"""
    Which model to train and how: `trl.ModelConfig` (base model, quantization, LoRA) with the pipeline's defaults,
    plus the prompt format, the back-end and the adapter to start from.

    Parameters (those whose meaning or default differs from `trl.ModelConfig`, and ours):
        model_name_or_path (`str`):
            Hub id or local folder of the base model, e.g. `google/gemma-7b` or `artifacts/models/tiny-base`.
        dtype (`str`, *optional*, defaults to `"auto"`):
            Weights dtype: `auto` (bfloat16 on a bf16-capable GPU, else float32), `bfloat16`, `float16`, `float32`.
        prompt_format (`str`, *optional*):
            Name of the prompt format in `training.formats` (e.g. `base`, `chat`). `None`: the format the registry
            assigns to `model_name_or_path`.
        protocol (`str`, *optional*, defaults to `"improved"`):
            `improved` (this project's prompts and parsing) or `paper` (the paper's: the whole raw output of a base
            model compiled, the paper's chat prompt with whole-program answers). Maps the format to its protocol's
            counterpart (`training.formats.with_protocol`).
        load_in_4bit (`str`, *optional*, defaults to `"auto"`):
            `auto`: 4-bit NF4 QLoRA through bitsandbytes when CUDA is present, plain LoRA otherwise. `true` requires
            CUDA; `false` never quantizes. YAML booleans are accepted.
        use_bnb_nested_quant (`bool`, *optional*, defaults to `True`):
            Double quantization of the 4-bit constants (QLoRA).
        use_peft (`bool`, *optional*, defaults to `True`):
            Every stage trains a LoRA adapter; `false` is refused.
        use_unsloth (`bool`, *optional*, defaults to `False`):
            Load and wrap the model with unsloth when it imports on a GPU; otherwise print why and use the standard
            transformers + peft path.
        lora_r (`int`, *optional*, defaults to `64`):
            LoRA rank.
        lora_alpha (`int`, *optional*):
            LoRA alpha; `None` means alpha = r (the paper's setting).
        lora_target_modules (`list[str]`, *optional*, defaults to `["all-linear"]`):
            Modules that get LoRA; `all-linear` is every linear projection except the output head.
        init_adapter (`str`, *optional*):
            Start from this trained adapter (e.g. the SFT adapter for DPO) instead of a fresh one. For DPO the adapter
            is also the reference model: TRL keeps a frozen copy of it.

    The other fields are `trl.ModelConfig`'s, with its meaning: `model_revision`, `attn_implementation`,
    `lora_dropout`, `lora_target_parameters`, `lora_modules_to_save`, `lora_task_type`, `use_rslora`, `use_dora`,
    `bnb_4bit_quant_type`, `bnb_4bit_quant_storage`. `load_in_8bit` is refused: the pipeline quantizes in 4 bit.
    """

    model_name_or_path: str | None = field(
        default=None, metadata={"help": "Hub id or local folder of the base model."}
    )
    dtype: str = field(
        default="auto",
        metadata={
            "help": "Weights dtype: auto (bfloat16 on a bf16-capable GPU, else float32), bfloat16, float16, float32.",
            "choices": ["auto", "bfloat16", "float16", "float32"],
        },
    )
    use_peft: bool = field(default=True, metadata={"help": "Train a LoRA adapter (always; false is refused)."})
    lora_r: int = field(default=64, metadata={"help": "LoRA rank."})
    lora_alpha: int | None = field(default=None, metadata={"help": "LoRA alpha; None means alpha = r."})
    lora_target_modules: list[str] = field(
        default_factory=lambda: ["all-linear"],
        metadata={"help": "Modules that get LoRA; all-linear = every linear projection except the output head."},
    )
    protocol: str = field(
        default="improved",
        metadata={"help": "improved (ours) or paper (the paper's prompts and parsing).", "choices": ["improved", "paper"]},
    )
    load_in_4bit: str = field(
        default="auto",
        metadata={
            "help": "auto: 4-bit NF4 QLoRA when CUDA is present, plain LoRA otherwise; true requires CUDA; "
            "false never.",
            "choices": list(LOAD_IN_4BIT_CHOICES),
        },
    )
    use_bnb_nested_quant: bool = field(default=True, metadata={"help": "Double quantization (QLoRA)."})
    prompt_format: str | None = field(
        default=None,
        metadata={"help": "Prompt format name in training.formats; None: the registry's format for the model."},
    )
    use_unsloth: bool = field(
        default=False,
        metadata={"help": "Use unsloth when it imports on a GPU; otherwise say why and use the standard path."},
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
        if self.load_in_8bit:
            raise ValueError("load_in_8bit is not offered: the pipeline quantizes in 4 bit (load_in_4bit: auto|true)")
        if not self.use_peft:
            raise ValueError("use_peft false is not offered: every stage trains (and publishes) a LoRA adapter")
        super().__post_init__()
        # trl.ModelConfig turns a one-element list into a string; keep a list, as recipes and resolved configs spell it.
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
        if self.protocol not in ("improved", "paper"):
            raise ValueError(f"protocol must be improved or paper, got {self.protocol!r}")

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
            `compile_prefs.layout.run_dir(model, stage, variant=variant)` (under `$ARTIFACTS`).
        variant (`str`, *optional*):
            The recipe variant of the run: it goes to its own folder, `<stage>-<variant>`, and a stage trained from
            the SFT adapter starts from the same variant's SFT run where one was trained (else the default SFT
            run). `None`: the variant the recipe's file name names (`sft-r4.yaml`: r4), none for a stage's own
            recipe.
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
            "choices": ["sft", "dpo", "sft_dpo", "sft_grpo", "sft_iterate"],
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
    variant: str | None = field(
        default=None,
        metadata={"help": "Recipe variant: the run goes to <stage>-<variant>/; None: the recipe file name's variant."},
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

        reference (`str`, *optional*, defaults to `"sft"`):
            The reference model of DPO from the SFT adapter (stage `sft_dpo`): `sft`, a frozen copy of the SFT
            adapter (what the paper's text says), or `base`, the base model with adapters disabled (what the paper's
            code did: TRL's default for a PEFT model given no reference). DPO from the base model (stage `dpo`) has
            the base model as its reference either way.

    `loss_type: dpop` is handled by `training.dpop.DPOPTrainer`; every other loss type is TRL's own (the paper's
    `sigmoid`, `ipo`, `[sigmoid, sft]`, ...).
    """

    dpop_lambda: float = field(
        default=50.0,
        metadata={"help": "DPOP penalty weight lambda (loss_type: dpop). Smaug used 50; 0 equals the sigmoid loss."},
    )
    reference: str = field(
        default="sft",
        metadata={"help": "Reference of DPO from SFT: sft (a frozen copy of the SFT adapter, the paper's text) or "
                  "base (adapters disabled, the paper's code).", "choices": ["sft", "base"]},
    )

    def __post_init__(self):
        super().__post_init__()
        if self.dpop_lambda < 0:
            raise ValueError(f"dpop_lambda must be >= 0, got {self.dpop_lambda}")
        if self.reference not in ("sft", "base"):
            raise ValueError(f"reference must be sft or base, got {self.reference!r}")
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


# The trainer config of each recipe stage (training/recipe_files.STAGES; tests/test_recipes.py checks they match).
@dataclass
class CompileGRPOConfig(GRPOConfig):
    r"""
    `trl.GRPOConfig` plus the compile reward's settings (training/reward.py, `RewardConfig`).

    Parameters:
        reward_hack_penalty (`float`, *optional*, defaults to `0.0`):
            Reward of a program the runner refuses (rejected_input). 0 keeps the reward binary; negative punishes.
        reward_graded (`bool`, *optional*, defaults to `False`):
            Pay `reward_warning_value` for programs whose only diagnostics are allow-listed warnings.
        reward_warning_value (`float`, *optional*, defaults to `0.5`):
            Reward of that graded tier.
        reward_allowed_warnings (`list[str]`, *optional*, defaults to `["-Wreturn-type"]`):
            Warning options the graded tier pays for: only ones garbage output cannot trigger.
    """

    reward_hack_penalty: float = field(default=0.0, metadata={"help": "Reward of a refused program (<= 0)."})
    reward_graded: bool = field(default=False, metadata={"help": "Pay the graded tier for allow-listed warnings."})
    reward_warning_value: float = field(default=0.5, metadata={"help": "Reward of the graded tier."})
    reward_allowed_warnings: list[str] = field(
        default_factory=lambda: ["-Wreturn-type"], metadata={"help": "Warning options the graded tier pays for."})

    def __post_init__(self):
        super().__post_init__()
        self.reward_config()  # validates the reward settings with the parsed config

    def reward_config(self):
        from compile_prefs.training.reward import RewardConfig

        return RewardConfig(hack_penalty=self.reward_hack_penalty, graded=self.reward_graded,
                            warning_reward=self.reward_warning_value, allowed_warnings=tuple(self.reward_allowed_warnings))


@dataclass
class IterateConfig(DPOPConfig):
    r"""
    `DPOPConfig` (each round's DPO: loss, beta, learning rate, steps) plus the loop around it (training/iterate.py).

    Parameters:
        rounds (`int`, *optional*, defaults to `2`):
            Rounds of sample -> score -> mine -> DPO, each from the previous round's policy (round 1: the SFT adapter).
        samples_per_prompt (`int`, *optional*, defaults to `4`):
            Sampled completions per training prompt (k) in each round.
        sample_temperature (`float`, *optional*, defaults to `1.0`) and sample_top_p (`float`, *optional*, defaults to `1.0`):
            Sampling settings of those completions.
        sample_max_new_tokens (`int`, *optional*):
            Generation budget of the samples and the validation; `None`: from the data (training/budget.py).
        sample_batch_size (`int`, *optional*, defaults to `16`):
            Sequences per generation batch (samples and validation).
        max_pairs_per_prompt (`int`, *optional*, defaults to `0`):
            Pairs per prompt (and kind) at most; 0: one per distinct Bad sample, 1: one per prompt.
        graded (`bool`, *optional*, defaults to `False`):
            Train on severity-ordered pairs (Good > allow-listed warnings only > bad: training/onpolicy.py) instead
            of Good > Bad.
        allowed_warnings (`list[str]`, *optional*, defaults to `["-Wreturn-type"]`):
            Warning options of the graded middle tier: only ones garbage output cannot trigger.
        validation_split (`str`, *optional*, defaults to `"validation"`):
            Split on which every round's policy is evaluated (greedy compile success).
    """

    rounds: int = field(default=2, metadata={"help": "Rounds of sample, score, mine, DPO."})
    samples_per_prompt: int = field(default=4, metadata={"help": "Sampled completions per training prompt (k)."})
    sample_temperature: float = field(default=1.0, metadata={"help": "Temperature of the sampled completions."})
    sample_top_p: float = field(default=1.0, metadata={"help": "Nucleus mass of the sampled completions."})
    sample_max_new_tokens: int | None = field(
        default=None, metadata={"help": "Generation budget (samples, validation); None: from the data."})
    sample_batch_size: int = field(default=16, metadata={"help": "Sequences per generation batch."})
    max_pairs_per_prompt: int = field(
        default=0, metadata={"help": "Pairs per prompt (and kind) at most; 0: one per distinct Bad sample."})
    graded: bool = field(default=False, metadata={"help": "Severity-ordered pairs: Good > warnings only > bad."})
    allowed_warnings: list[str] = field(
        default_factory=lambda: ["-Wreturn-type"], metadata={"help": "Warning options of the graded middle tier."})
    validation_split: str = field(default="validation", metadata={"help": "Split each round's policy is evaluated on."})

    def __post_init__(self):
        super().__post_init__()
        if self.rounds < 1 or self.samples_per_prompt < 1 or self.sample_batch_size < 1:
            raise ValueError("rounds, samples_per_prompt and sample_batch_size must be positive")
        if self.sample_temperature <= 0 or not 0 < self.sample_top_p <= 1:
            raise ValueError("sample_temperature must be > 0 and sample_top_p in (0, 1]")
        if self.max_pairs_per_prompt < 0:
            raise ValueError(f"max_pairs_per_prompt must be >= 0, got {self.max_pairs_per_prompt}")
        if self.sample_max_new_tokens is not None and self.sample_max_new_tokens < 1:
            raise ValueError("sample_max_new_tokens must be positive")
        from compile_prefs.training.reward import RewardConfig

        RewardConfig(allowed_warnings=tuple(self.allowed_warnings))  # validates the options


TRAINER_CONFIGS: dict[str, type] = {"sft": SFTConfig, "dpo": DPOPConfig, "grpo": CompileGRPOConfig,
                                    "iterate": IterateConfig}


def recipe_argument(argv: list[str]) -> tuple[str | None, list[str]]:
    """(the recipe named by `--config PATH` or as the first positional argument, the other arguments)."""
    argv = list(argv)
    if "--config" in argv:
        i = argv.index("--config")
        if i + 1 >= len(argv):
            raise ValueError("--config needs a recipe path")
        return argv[i + 1], argv[:i] + argv[i + 2:]
    if argv and not argv[0].startswith("-") and argv[0].endswith((".yaml", ".yml")):
        return argv[0], argv[1:]
    return None, argv


def build_parser(trainer_config_cls, **kwargs) -> TrlParser:
    return TrlParser((ModelArguments, DataArguments, trainer_config_cls), **kwargs)


def parse_args(trainer_config_cls, argv: list[str] | None = None, prog: str | None = None):
    """(ModelArguments, DataArguments, trainer config, recipe path) from a recipe plus overrides.

    As `TrlParser.parse_args_and_config`: the recipe's values replace the defaults (its `env:` mapping sets
    environment variables), then the command line wins; a key no config has is an error. The recipe is read by
    `recipe_files.load_recipe`, the one loader.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    recipe, rest = recipe_argument(argv)
    parser = build_parser(trainer_config_cls, prog=prog)
    if recipe is not None:
        values = load_recipe(recipe)
        env = values.pop("env", {})
        if not isinstance(env, dict):
            raise ValueError(f"recipe {recipe}: `env` must be a mapping")
        for key, value in env.items():
            os.environ[key] = str(value)
        unknown = parser.set_defaults_with_config(**values)
        if unknown:
            raise ValueError(f"recipe {recipe}: unknown field(s) {unknown[::2]}; every key must be a field of "
                             f"ModelArguments, DataArguments or {trainer_config_cls.__name__}")
    try:
        model_args, data_args, training_args = parser.parse_args_into_dataclasses(args=rest)
    except ValueError as err:
        if "bf16/gpu" in str(err):
            raise ValueError(
                f"{err}\nThis recipe ({recipe}) trains in bf16 on a GPU. On a CPU use the tiny recipe, or override "
                "with --bf16 false."
            ) from err
        raise
    if data_args.variant is None:
        data_args.variant = recipe_variant(recipe)
    return model_args, data_args, training_args, recipe


def model_args_from_recipe(recipe: str | Path | None = None, **overrides) -> ModelArguments:
    """ModelArguments from a recipe's model fields (trainer fields are ignored), then `overrides`; how
    generation loads a model the way its recipe trained it."""
    names = {f.name for f in dataclasses.fields(ModelArguments) if f.init}
    values = {k: v for k, v in (load_recipe(recipe) if recipe else {}).items() if k in names}
    values.update({k: v for k, v in overrides.items() if v is not None})
    return ModelArguments(**values)
