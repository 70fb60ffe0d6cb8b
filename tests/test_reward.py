"""The compile reward: values on hand-made completions of each kind, in both formats, and inside a real
GRPOTrainer on the tiny model."""

from __future__ import annotations

import pytest

from compile_prefs.training.formats import get_format
from compile_prefs.training.reward import CompileReward, RewardConfig

# One masked program per kind of completion (base format: the completion continues the prefix).
PREFIX = "#include <cstdio>\nint half(int x) {\n    if (x > 0) return x / 2;"
COMPLETIONS = {
    "good": "\n    return 0;\n}\nint main() { std::printf(\"%d\\n\", half(4)); }\n",
    # control reaches the end of a non-void function: a default-on warning garbage cannot trigger
    "allowed_warning": "\n}\nint main() { std::printf(\"%d\\n\", half(4)); }\n",
    # a multi-character constant: the warning garbage output triggers
    "garbage_warning": "\n    return 0;\n}\nint main() { int c = '\\n <<'; std::printf(\"%d\\n\", half(c)); }\n",
    "error": "\n    return 0\n}\nint main() { std::printf(\"%d\\n\", half(4)); }\n",
    # the allowed warning plus an error that -Werror stops before the link: no main
    "allowed_warning_no_main": "\n}\n",
    "hack": "\n}\n#pragma GCC diagnostic ignored \"-Wreturn-type\"\nint main() { std::printf(\"%d\\n\", half(4)); }\n",
}
BINARY = {"good": 1.0, "allowed_warning": 0.0, "garbage_warning": 0.0, "error": 0.0,
          "allowed_warning_no_main": 0.0, "hack": 0.0}
GRADED = {**BINARY, "allowed_warning": 0.5}


@pytest.fixture(scope="module")
def runner(models_runner):
    return models_runner


def _fenced(code: str) -> str:
    return f"Here is the rest:\n```cpp\n{code}```\n"


def _rewards(reward, fmt_name: str, kinds, **kwargs):
    if fmt_name == "base":
        prompts = [PREFIX] * len(kinds)
        completions = [COMPLETIONS[k] for k in kinds]
    else:
        fmt = get_format("chat")
        prompts = [fmt.messages(PREFIX)] * len(kinds)
        completions = [[{"role": "assistant", "content": _fenced(COMPLETIONS[k])}] for k in kinds]
    return reward(prompts=prompts, completions=completions, **kwargs)


@pytest.mark.parametrize("fmt_name", ["base", "chat"])
def test_binary_reward_pays_only_clean_compiles(runner, fmt_name):
    reward = CompileReward(get_format(fmt_name), runner=runner)
    kinds = list(COMPLETIONS)
    assert _rewards(reward, fmt_name, kinds) == [BINARY[k] for k in kinds]


@pytest.mark.parametrize("fmt_name", ["base", "chat"])
def test_graded_tier_pays_only_allow_listed_warnings(runner, fmt_name):
    reward = CompileReward(get_format(fmt_name), RewardConfig(graded=True, warning_reward=0.5), runner=runner)
    kinds = list(COMPLETIONS)
    assert _rewards(reward, fmt_name, kinds) == [GRADED[k] for k in kinds]


def test_hacking_attempt_can_be_punished(runner):
    reward = CompileReward(get_format("base"), RewardConfig(hack_penalty=-1.0), runner=runner)
    assert _rewards(reward, "base", ["hack", "error", "good"]) == [-1.0, 0.0, 1.0]


def test_no_code_answer_is_zero_and_logged(runner):
    reward = CompileReward(get_format("chat"), runner=runner)
    metrics, extra = {}, {}
    prompts = [get_format("chat").messages(PREFIX)] * 2
    completions = [[{"role": "assistant", "content": "I cannot help with that."}],
                   [{"role": "assistant", "content": _fenced(COMPLETIONS["good"])}]]
    values = reward(prompts=prompts, completions=completions, log_metric=metrics.__setitem__,
                    log_extra=extra.__setitem__)
    assert values == [0.0, 1.0]
    assert metrics["compile/success"] == 0.5 and metrics["compile/reason/no_code"] == 0.5
    assert extra == {"compile_verdict": ["Bad", "Good"], "compile_reason": ["no_code", ""]}


def test_metrics_count_reasons_and_hacking(runner):
    reward = CompileReward(get_format("base"), runner=runner)
    metrics = {}
    _rewards(reward, "base", ["good", "hack", "error", "error"], log_metric=metrics.__setitem__)
    assert metrics["compile/success"] == 0.25
    assert metrics["compile/hacking"] == 0.25
    assert metrics["compile/reason/rejected_input"] == 0.25
    assert metrics["compile/reason/error"] == 0.5


def test_prefix_column_wins_over_the_prompt(runner):
    """A dataset may carry the masked program itself; the prompt is then only what the model saw."""
    reward = CompileReward(get_format("base"), runner=runner)
    values = reward(prompts=["// shown to the model\n"], completions=[COMPLETIONS["good"]], prefix=[PREFIX])
    assert values == [1.0]


def test_config_refuses_rewards_that_invite_hacking():
    with pytest.raises(ValueError, match="hack_penalty"):
        RewardConfig(hack_penalty=0.5)
    with pytest.raises(ValueError, match="warning_reward"):
        RewardConfig(graded=True, warning_reward=1.0)
    with pytest.raises(ValueError, match="-W<option>"):
        RewardConfig(allowed_warnings=("(untagged)",))


@pytest.mark.slow
def test_reward_inside_grpo_trainer_runs_and_logs(runner, tiny_model_dir, tmp_path):
    """A few real GRPO steps on the tiny model: the reward is called and its metrics reach TRL's log."""
    from datasets import Dataset
    from peft import LoraConfig
    from transformers import AutoModelForCausalLM, AutoTokenizer
    from trl import GRPOConfig, GRPOTrainer

    tokenizer = AutoTokenizer.from_pretrained(tiny_model_dir)
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    prompts = [PREFIX, "int main() {\n    int n = 3;\n    return n", "#include <vector>\nint main() {\n    std::vector<int> v(2);"]
    reward = CompileReward(get_format("base"), runner=runner)
    args = GRPOConfig(output_dir=str(tmp_path), max_steps=2, per_device_train_batch_size=4, num_generations=4,
                      max_completion_length=12, learning_rate=1e-3, logging_steps=1, report_to="none",
                      use_cpu=True, seed=0, save_strategy="no")
    trainer = GRPOTrainer(model=model, reward_funcs=[reward], args=args, processing_class=tokenizer,
                          train_dataset=Dataset.from_dict({"prompt": prompts * 4}),
                          peft_config=LoraConfig(r=4, lora_alpha=4, target_modules="all-linear"))
    trainer.train()
    logged = [entry for entry in trainer.state.log_history if "compile/success" in entry]
    assert len(logged) == 2
    assert all(0.0 <= entry["compile/success"] <= 1.0 for entry in logged)
    assert any(key.startswith("compile/reason/") for entry in logged for key in entry)
    assert all("rewards/compile_reward/mean" in entry for entry in logged)
