"""Model loading for training: QLoRA only with CUDA, plain LoRA otherwise, unsloth only when it can work."""

from __future__ import annotations

import pytest
import torch

from compile_prefs.training import modeling
from compile_prefs.training.configs import ModelArguments


def args(**kw):
    return ModelArguments(model_name_or_path=kw.pop("model_name_or_path", "some/model"), **kw)


def test_4bit_only_with_cuda(monkeypatch):
    monkeypatch.setattr(modeling, "has_cuda", lambda: False)
    assert not modeling.use_4bit(args()) and modeling.quantization_config(args()) is None
    assert modeling.torch_dtype(args()) == torch.float32
    with pytest.raises(RuntimeError, match="needs CUDA"):
        modeling.use_4bit(args(load_in_4bit="true"))

    monkeypatch.setattr(modeling, "has_cuda", lambda: True)
    monkeypatch.setattr(torch.cuda, "is_bf16_supported", lambda *a, **k: True)
    q = modeling.quantization_config(args())
    assert q.load_in_4bit and q.bnb_4bit_quant_type == "nf4" and q.bnb_4bit_use_double_quant
    assert q.bnb_4bit_compute_dtype == torch.bfloat16
    assert modeling.quantization_config(args(load_in_4bit=False)) is None  # YAML booleans work too


def test_lora_config_follows_the_paper():
    config = modeling.lora_config(args(lora_r=64))
    assert (config.r, config.lora_alpha, config.target_modules) == (64, 64, "all-linear")  # alpha defaults to r
    assert modeling.lora_config(args(lora_target_modules=["q_proj", "v_proj"])).target_modules == {"q_proj", "v_proj"}


def test_unsloth_falls_back_with_a_message(tiny_model_dir, capsys):
    from trl import SFTConfig

    training_args = SFTConfig(output_dir="unused", bf16=False, use_cpu=True, report_to="none")
    loaded = modeling.load_for_training(args(model_name_or_path=str(tiny_model_dir), use_unsloth=True),
                                        training_args)
    assert loaded.backend == "transformers" and loaded.peft_config is not None
    assert "use_unsloth:" in capsys.readouterr().err


def test_missing_init_adapter_is_a_clear_error(tmp_path, tiny_model_dir):
    from trl import SFTConfig

    training_args = SFTConfig(output_dir="unused", bf16=False, use_cpu=True, report_to="none")
    with pytest.raises(FileNotFoundError, match="train that stage first"):
        modeling.load_for_training(args(model_name_or_path=str(tiny_model_dir), init_adapter=str(tmp_path)),
                                   training_args)


def test_missing_local_model_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="model folder not found"):
        modeling.load_tokenizer(args(model_name_or_path="artifacts/models/tiny-base-missing"))
    modeling.check_model_path("google/gemma-7b")  # a Hub id is left to the Hub client
