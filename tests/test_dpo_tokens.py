"""DPO trains on the token boundary generation conditions on: the prompt ids of every pair are the ids
`fmt.render_prompt(...)` gives (what generation feeds the model), also for prompts cut mid-identifier, in the
base and the chat format; and chat pairs train with a template that refuses a system role (Mistral's)."""

from __future__ import annotations

import json
import math
import shutil

import pytest
from fixtures_training import RECIPES, TINY_ARGS, broken

from compile_prefs import layout
from compile_prefs.training import dpo
from compile_prefs.training.formats import get_format

# Mistral-7B-Instruct-v0.1's template, in substance: no system role, strictly alternating turns.
NO_SYSTEM_TEMPLATE = (
    "{{ bos_token }}{% for message in messages %}"
    "{% if message['role'] == 'system' %}{{ raise_exception('System role not supported') }}{% endif %}"
    "{% if (message['role'] == 'user') != (loop.index0 % 2 == 0) %}"
    "{{ raise_exception('Conversation roles must alternate user/assistant/user/assistant/...') }}{% endif %}"
    "{% if message['role'] == 'user' %}{{ '[INST] ' + message['content'] + ' [/INST]' }}"
    "{% else %}{{ message['content'] + eos_token }}{% endif %}{% endfor %}"
)


def _argv(model_dir, data_dir, run_dir, *extra):
    return [str(RECIPES / "tiny" / "dpo.yaml"), "--model_name_or_path", str(model_dir),
            "--dataset_path", str(data_dir), "--run_dir", str(run_dir), *TINY_ARGS, *extra]


def _mid_identifier_rows(programs, n=8):
    """Masked programs whose cut falls inside an identifier or number (prompt and completion both end/start
    with a word character), as mining pairs them: chosen = the removed part, rejected = a broken copy."""
    from compile_prefs.builders.masking import mask_code

    rows = []
    for i, code in enumerate(programs):
        for ratio in (0.1, 0.13, 0.17, 0.21, 0.27):
            m = mask_code(code, ratio)
            if m.prompt[-1].isalnum() and m.completion[0].isalnum():
                rows.append({"prompt": m.prompt, "chosen": m.completion, "rejected": broken(m.completion),
                             "problem_id": f"p{i}", "submission_id": f"s{i}", "model": "tiny", "stage": "sft"})
                break
        if len(rows) == n:
            break
    assert len(rows) == n, "the fixture programs give too few mid-identifier cuts"
    return rows


def _trained_prompt_ids(trainer):
    """The prompt part of each pair as the trainer feeds it (its prepared dataset through its collator, in
    order): the input ids before the first completion token."""
    ds = trainer.train_dataset
    batch = trainer.data_collator([ds[i] for i in range(len(ds))])
    half = batch["input_ids"].shape[0] // 2  # the collator stacks [chosen; rejected]
    return [ids[:mask.tolist().index(1)].tolist()
            for ids, mask in zip(batch["input_ids"][:half], batch["completion_mask"][:half])]


@pytest.fixture(scope="module")
def mid_identifier_data(tmp_path_factory, train_data_dir, tiny_cpp_programs):  # noqa: F811
    from datasets import Dataset

    folder = tmp_path_factory.mktemp("mid-identifier") / "data"
    shutil.copytree(train_data_dir, folder)
    rows = _mid_identifier_rows(tiny_cpp_programs)
    layout.write_config(folder, layout.preference_config_name("tiny"), {"train": Dataset.from_list(rows)})
    return folder, rows


@pytest.mark.parametrize("prompt_format", ["base", "chat"])
def test_dpo_prompt_ids_are_the_generation_prompt_ids(prompt_format, tiny_model_dir, mid_identifier_data, tmp_path):
    from transformers import AutoTokenizer

    from compile_prefs.training.configs import DPOPConfig, parse_args

    folder, rows = mid_identifier_data
    tokenizer = AutoTokenizer.from_pretrained(tiny_model_dir)
    fmt = get_format(prompt_format)
    wanted = [fmt.render_prompt(r["prompt"], tokenizer).input_ids for r in rows]
    if prompt_format == "base":
        # The test means something: encoded jointly, some prompt's last tokens merge with the completion's.
        joint = [tokenizer(r["prompt"] + r["chosen"])["input_ids"] for r in rows]
        assert any(j[:len(w)] != w for j, w in zip(joint, wanted))

    model_args, data_args, training_args, _ = parse_args(DPOPConfig, _argv(
        tiny_model_dir, folder, tmp_path, "--stage", "dpo", "--prompt_format", prompt_format,
        "--max_length", "1024", "--per_device_train_batch_size", "8"))
    train_ds, _, counts = dpo.prepare_data(data_args, training_args, fmt, tokenizer)
    assert counts == {"skipped_invalid": 0, "dropped_too_long": 0, "truncated_prompts": 0}
    trainer, _ = dpo.make_trainer(model_args, training_args, train_ds)
    assert _trained_prompt_ids(trainer) == wanted

    # And the responses follow the prompt as the model would write them: their text, then the end of the turn.
    for row, ex in zip(rows, trainer.train_dataset):
        chosen = tokenizer.decode(ex["chosen_ids"], skip_special_tokens=True)
        if prompt_format == "base":
            assert chosen == row["chosen"] and ex["chosen_ids"][-1] == tokenizer.eos_token_id
        else:
            assert fmt.completion_of([{"role": "assistant", "content": chosen}]) == row["chosen"]
            assert tokenizer.eos_token_id in ex["chosen_ids"]


def test_truncated_prompts_keep_their_end_and_fit(tiny_model_dir, mid_identifier_data):
    from datasets import Dataset
    from transformers import AutoTokenizer

    _, rows = mid_identifier_data
    tokenizer = AutoTokenizer.from_pretrained(tiny_model_dir)
    fmt = get_format("base")
    ds, counts = dpo.tokenized_pairs(Dataset.from_list(rows), fmt, tokenizer, max_length=40)
    assert counts["truncated_prompts"] > 0
    for row, ex in zip(rows, ds):
        assert len(ex["prompt_ids"]) + max(len(ex["chosen_ids"]), len(ex["rejected_ids"])) <= 40
        budget = 40 - max(len(ex["chosen_ids"]), len(ex["rejected_ids"]))  # what generation would be given
        rendered = fmt.render_prompt(row["prompt"], tokenizer, max_prompt_tokens=budget)
        assert ex["prompt_ids"] == rendered.input_ids and row["prompt"].endswith(rendered.prefix_shown)


@pytest.fixture(scope="module")
def no_system_model_dir(tmp_path_factory, tiny_model_dir):
    from transformers import AutoTokenizer

    out = tmp_path_factory.mktemp("no-system") / "tiny-no-system"
    shutil.copytree(tiny_model_dir, out)
    tokenizer = AutoTokenizer.from_pretrained(out)
    tokenizer.chat_template = NO_SYSTEM_TEMPLATE
    tokenizer.save_pretrained(out)
    tokenizer = AutoTokenizer.from_pretrained(out)
    with pytest.raises(Exception, match="System role not supported"):
        tokenizer.apply_chat_template([{"role": "system", "content": "x"}, {"role": "user", "content": "y"}],
                                      tokenize=False)
    return out


def test_mined_chat_pairs_train_with_a_template_without_system_role(no_system_model_dir, train_data_dir,
                                                                     tmp_path, tiny_cpp_programs):  # noqa: F811
    """Mined chat pairs are conversational and carry the system message; DPO folds it as generation does."""
    from datasets import Dataset
    from transformers import AutoTokenizer

    from compile_prefs.training.preference import mine_pairs, write_preference_configs

    folder = tmp_path / "data"
    shutil.copytree(train_data_dir, folder)
    train = {r["submission_id"]: r | {"id": r["submission_id"]}
             for r in Dataset.from_parquet(str(layout.parquet_path(folder, "completion", "train"))).to_list()}
    gens = [{"id": sid, "prompt": r["prompt"], "completion": broken(r["completion"]), "verdict": "Bad",
             "reason": "error", "prompt_format": "chat", "stage": "sft", "finish": "stop"} for sid, r in train.items()]
    pairs, _ = mine_pairs(gens, train, model="tiny")
    assert pairs and all(p["prompt"][0]["role"] == "system" for p in pairs)
    write_preference_configs(folder, "tiny", pairs)
    pairs = Dataset.from_parquet(str(layout.parquet_path(folder, "preference-tiny", "train"))).to_list()

    tokenizer = AutoTokenizer.from_pretrained(no_system_model_dir)
    fmt = get_format("chat")
    ds, counts = dpo.tokenized_pairs(Dataset.from_list(pairs), fmt, tokenizer, max_length=None)
    assert counts["skipped_invalid"] == 0 and len(ds) == len(pairs)
    assert [ex["prompt_ids"] for ex in ds] == [fmt.render_prompt(train[p["submission_id"]]["prompt"], tokenizer).input_ids
                                               for p in pairs]
    assert "[INST] " + fmt.system_prompt in tokenizer.decode(ds[0]["prompt_ids"])  # folded into the first user turn

    run_dir = tmp_path / "run"
    assert dpo.main(_argv(no_system_model_dir, folder, run_dir, "--stage", "dpo", "--prompt_format", "chat",
                          "--max_length", "1024", "--max_steps", "2", "--per_device_train_batch_size", "2")) == 0
    summary = json.loads((run_dir / "run_summary.json").read_text())
    assert summary["global_step"] == 2 and summary["train_samples"] == len(pairs)
    assert summary["train_loss_first"] == pytest.approx(math.log(2), abs=1e-4)


def test_pairs_that_cannot_be_rendered_say_why(tiny_model_dir, mid_identifier_data):
    from datasets import Dataset
    from transformers import AutoTokenizer

    _, rows = mid_identifier_data
    tokenizer = AutoTokenizer.from_pretrained(tiny_model_dir)
    tokenizer.chat_template = None
    with pytest.raises(ValueError, match="could be rendered in the chat format: .*needs a tokenizer with a chat template"):
        dpo.tokenized_pairs(Dataset.from_list(rows), get_format("chat"), tokenizer, max_length=None)
    conversational = [get_format("chat").preference_example(r["prompt"], r["chosen"], r["rejected"]) for r in rows]
    with pytest.raises(ValueError, match="need a chat prompt format"):
        dpo.tokenized_pairs(Dataset.from_list(conversational), get_format("base"), tokenizer, max_length=None)


@pytest.fixture(scope="module")
def word_start_tokenizer(tiny_cpp_programs):
    """A tokenizer that, like Llama's, CodeLlama's and Mistral's SentencePiece ones, opens any text it encodes
    with a word-start mark ("▁"), trained here on the fixture programs."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="first")
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="first")
    tok.train_from_iterator(tiny_cpp_programs, trainers.BpeTrainer(vocab_size=400, special_tokens=["<s>", "</s>"]))
    hf = PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<s>", eos_token="</s>")
    alone = hf.convert_ids_to_tokens(hf("m << endl;", add_special_tokens=False)["input_ids"])
    assert alone[0] == "▁m", alone  # encoded alone, the completion opens a new word
    return hf


def test_responses_continue_the_prompt_with_a_word_start_tokenizer(word_start_tokenizer, mid_identifier_data):
    """Prompt ids + response ids decode to prompt + response, character for character, in DPO and in SFT."""
    from datasets import Dataset

    from compile_prefs.training import sft

    _, rows = mid_identifier_data
    tok, fmt = word_start_tokenizer, get_format("base")
    ds, _ = dpo.tokenized_pairs(Dataset.from_list(rows), fmt, tok, max_length=None)
    for row, ex in zip(rows, ds):
        assert ex["prompt_ids"] == fmt.render_prompt(row["prompt"], tok).input_ids
        for key in ("chosen", "rejected"):
            assert ex[f"{key}_ids"][-1] == tok.eos_token_id
            text = tok.decode(ex["prompt_ids"] + ex[f"{key}_ids"][:-1], skip_special_tokens=True)
            assert text == tok.decode(ex["prompt_ids"], skip_special_tokens=True) + row[key]
    completion = Dataset.from_list([{"prompt": r["prompt"], "completion": r["chosen"]} for r in rows])
    sft_rows, _ = sft.tokenized_rows(completion, fmt, tok, max_length=None)
    for row, ex in zip(rows, sft_rows):
        n = ex["completion_mask"].index(1)
        text = tok.decode(ex["input_ids"][:-1], skip_special_tokens=True)
        assert text == tok.decode(ex["input_ids"][:n], skip_special_tokens=True) + row["chosen"]
