"""The prompt-format registry: rendering per family, BOS handling, truncation, TRL rows."""

import pytest
from transformers import AutoTokenizer

from compile_prefs.training.extract import extract_chat
from compile_prefs.training.formats import (EXAMPLE_COMPLETION, EXAMPLE_PREFIX, FORMATS, ChatFormat, format_for_model, get_format)

PREFIX = "#include <iostream>\nusing namespace std;\n\nint main() {\n    int n;\n    cin >> n;\n    cout << n * 2 << en"

# Chat templates as the Hub ships them (abridged to their BOS/role logic).
LLAMA2_TEMPLATE = (
    "{% if messages[0]['role'] == 'system' %}{% set loop_messages = messages[1:] %}"
    "{% set system_message = '<<SYS>>\\n' + messages[0]['content'] + '\\n<</SYS>>\\n\\n' %}"
    "{% else %}{% set loop_messages = messages %}{% set system_message = '' %}{% endif %}"
    "{% for message in loop_messages %}{% if loop.index0 == 0 %}{% set content = system_message + message['content'] %}"
    "{% else %}{% set content = message['content'] %}{% endif %}"
    "{% if message['role'] == 'user' %}{{ bos_token + '[INST] ' + content.strip() + ' [/INST]' }}"
    "{% elif message['role'] == 'assistant' %}{{ ' ' + content.strip() + ' ' + eos_token }}{% endif %}{% endfor %}"
)
MISTRAL_TEMPLATE = (
    "{{ bos_token }}{% for message in messages %}"
    "{% if (message['role'] == 'user') != (loop.index0 % 2 == 0) %}"
    "{{ raise_exception('Conversation roles must alternate user/assistant/user/assistant/...') }}{% endif %}"
    "{% if message['role'] == 'user' %}{{ '[INST] ' + message['content'] + ' [/INST]' }}"
    "{% elif message['role'] == 'assistant' %}{{ message['content'] + eos_token}}"
    "{% else %}{{ raise_exception('Only user and assistant roles are supported!') }}{% endif %}{% endfor %}"
)


@pytest.fixture(scope="module")
def tok(tiny_model_dir):
    return AutoTokenizer.from_pretrained(tiny_model_dir)


def test_one_shot_example_compiles(models_runner):
    """The paper's one-shot example did not compile; ours must, both as written and as extracted."""
    assert models_runner.check(EXAMPLE_PREFIX + EXAMPLE_COMPLETION).good
    fmt = get_format("chat")
    answer = fmt.messages("x")[2]["content"]
    ext = extract_chat(EXAMPLE_PREFIX, answer)
    assert ext.ok and models_runner.check(ext.program).good


def test_base_prompt_is_the_prefix_with_one_bos(tok):
    rp = get_format("base").render_prompt(PREFIX, tok)
    assert rp.text == PREFIX and not rp.truncated
    assert rp.input_ids[0] == tok.bos_token_id and rp.input_ids[1] != tok.bos_token_id
    assert tok.decode(rp.input_ids, skip_special_tokens=True) == PREFIX


@pytest.mark.parametrize("template", [None, LLAMA2_TEMPLATE, MISTRAL_TEMPLATE], ids=["tiny", "llama2", "mistral"])
def test_chat_prompt_has_exactly_one_bos(tok, template):
    tok = tok if template is None else _with_template(tok, template)
    rp = get_format("chat").render_prompt(PREFIX, tok)
    # The template writes BOS; the tokenizer would add another if asked to (it does for plain text).
    assert tok("x")["input_ids"][0] == tok.bos_token_id
    first_user = rp.text.find("[INST]") if template else 0
    assert rp.input_ids.count(tok.bos_token_id) == rp.text.count(tok.bos_token)
    assert rp.input_ids[0] == tok.bos_token_id and rp.input_ids[1] != tok.bos_token_id
    assert PREFIX in rp.text and EXAMPLE_PREFIX in rp.text and first_user >= 0
    # The system prompt always reaches the model, in a system turn or folded into the first user turn.
    assert "You complete C++17 programs" in rp.text


def _with_template(tok, template):
    import copy

    t = copy.deepcopy(tok)
    t.chat_template = template
    return t


def test_template_without_system_role_gets_instructions_in_first_user_turn(tok):
    t = _with_template(tok, MISTRAL_TEMPLATE)
    text = get_format("chat").render_prompt(PREFIX, t).text
    assert text.startswith(t.bos_token + "[INST] You complete C++17 programs")


def test_chat_without_template_is_a_clear_error(tok):
    t = _with_template(tok, None)
    with pytest.raises(ValueError, match="chat template"):
        get_format("chat").render_prompt(PREFIX, t)


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_long_prompts_keep_their_end(tok, name):
    fmt = get_format(name)
    long_prefix = "".join(f"int v{i} = {i};\n" for i in range(300)) + PREFIX
    full = fmt.render_prompt(long_prefix, tok)
    limit = len(full.input_ids) // 2
    rp = fmt.render_prompt(long_prefix, tok, max_prompt_tokens=limit)
    assert rp.truncated and not full.truncated
    assert len(rp.input_ids) <= limit
    assert long_prefix.endswith(rp.prefix_shown) and rp.prefix_shown.endswith(PREFIX)
    assert rp.prefix_shown.startswith("int v")  # cut at a line start
    assert len(rp.prefix_shown) > len(long_prefix) // 4  # nearly the whole budget is used
    with pytest.raises(ValueError):
        fmt.render_prompt(long_prefix, tok, max_prompt_tokens=0 if name == "base" else 20)


def test_training_rows_match_trl_forms():
    from trl.data_utils import is_conversational

    base, chat = get_format("base"), get_format("chat")
    assert base.sft_example("p", "c") == {"prompt": "p", "completion": "c"}
    assert base.preference_example("p", "c", "r") == {"prompt": "p", "chosen": "c", "rejected": "r"}
    assert not is_conversational(base.preference_example("p", "c", "r"))
    row = chat.preference_example(PREFIX, "dl;\n}\n", "dl\n}\n")
    assert is_conversational(row) and is_conversational(chat.sft_example(PREFIX, "dl;\n}\n"))
    assert [m["role"] for m in row["prompt"]] == ["system", "user", "assistant", "user"]
    assert row["chosen"] == [{"role": "assistant", "content": "```cpp\ndl;\n}\n```"}]
    # responses carry only the completion, never the prompt
    assert PREFIX not in row["chosen"][0]["content"] and PREFIX not in row["rejected"][0]["content"]
    assert extract_chat(PREFIX, row["chosen"][0]["content"]).completion == "dl;\n}"


def test_format_for_model():
    assert format_for_model("mistral").kind == "chat"  # from training/recipes/mistral (or the family table)
    assert format_for_model("gemma").kind == "base"
    assert format_for_model("tiny").kind == "base"
    assert format_for_model("mistralai/Mistral-7B-Instruct-v0.2").kind == "chat"
    assert format_for_model("codellama/CodeLlama-7b-hf").kind == "base"
    assert format_for_model({"model_name_or_path": "x", "prompt_format": "chat"}).kind == "chat"
    assert format_for_model("gemma", explicit="chat").kind == "chat"
    with pytest.raises(ValueError, match="unknown prompt format"):
        get_format("fim")


def test_chat_stops_after_first_block():
    fmt = ChatFormat()
    assert not fmt.is_done(PREFIX, "```cpp\ndl;\n")
    assert fmt.is_done(PREFIX, "```cpp\ndl;\n}\n```\nmore")


@pytest.mark.parametrize("prefix", [PREFIX, "", "int main() {\n    // Complete this program:\n```cpp\n", "a\n\n"])
def test_chat_format_inverts_its_own_rows(prefix):
    chat = get_format("chat")
    assert chat.prefix_of(chat.messages(prefix)) == prefix
    assert chat.prefix_of(ChatFormat.fold_system(ChatFormat(example=None).messages(prefix))) == prefix
    row = chat.preference_example(prefix, "m << endl;\n}\n", "m << endl\n}")
    row["submission_id"] = "s1"
    assert chat.standard_preference(row) == {"prompt": prefix, "chosen": "m << endl;\n}", "rejected": "m << endl\n}",
                                             "submission_id": "s1"}
    base = get_format("base").preference_example(prefix, "a", "b")
    assert get_format("base").standard_preference(base) == base


def test_chat_format_inverse_rejects_foreign_messages():
    chat = get_format("chat")
    with pytest.raises(ValueError, match="template"):
        chat.prefix_of([{"role": "user", "content": "write me a program"}])
    with pytest.raises(ValueError, match="code block"):
        chat.completion_of([{"role": "assistant", "content": "no code here"}])
