"""The prompt-format registry: rendering per family, BOS handling, truncation, TRL rows."""

import pytest
from transformers import AutoTokenizer

from compile_prefs.training.extract import extract_chat
from compile_prefs.training.formats import (EXAMPLE_COMPLETION, EXAMPLE_PREFIX, FORMATS, PAPER_EXAMPLE_PREFIX,
                                            PAPER_EXAMPLE_PROGRAM, PAPER_FORMATS, ChatFormat, format_for_model,
                                            format_of_pair, get_format, with_protocol)

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


# The paper's one-shot answer never closes its string literal; the paper protocol keeps it that way.
EXAMPLES_THAT_DO_NOT_COMPILE = {"chat-paper"}


@pytest.mark.parametrize("name", [n for n, f in FORMATS.items() if f.kind == "chat"])
def test_every_one_shot_example_compiles_except_the_papers(models_runner, name):
    fmt = get_format(name)
    ex_prefix, _ = fmt.example
    ext = fmt.extract(ex_prefix, fmt.messages("x")[2]["content"])
    assert ext.ok
    good = models_runner.check(ext.program).good
    assert good is (name not in EXAMPLES_THAT_DO_NOT_COMPILE)
    if name == "chat-paper":
        assert ext.program == PAPER_EXAMPLE_PROGRAM and ext.program.startswith(PAPER_EXAMPLE_PREFIX)
        assert 'cout << "Hello,' in PAPER_EXAMPLE_PREFIX and PAPER_EXAMPLE_PROGRAM.count('"') == 1


@pytest.mark.parametrize("template", [None, MISTRAL_TEMPLATE], ids=["tiny", "mistral"])
def test_paper_chat_prompt(tok, template):
    """The paper's elements, one BOS, seven fences before the answer (so the answer's first is the 8th)."""
    tok = tok if template is None else _with_template(tok, template)
    fmt = get_format("chat-paper")
    rp = fmt.render_prompt(PREFIX, tok)
    assert rp.input_ids.count(tok.bos_token_id) == rp.text.count(tok.bos_token) == 1
    for element in ("compilers accept", "C++ program and nothing else", "C++17", "``` fences", "Here is an example"):
        assert element in rp.text
    assert rp.text.count("```") == 7
    assert "```cpp\n" + PREFIX + "\n```" in rp.text and "```cpp\n" + PAPER_EXAMPLE_PREFIX + "\n```" in rp.text
    msgs = fmt.messages(PREFIX)
    assert [m["role"] for m in msgs] == ["system", "user", "assistant", "user"]
    assert msgs[2]["content"] == "```cpp\n" + PAPER_EXAMPLE_PROGRAM + "```"


def test_paper_chat_rows_carry_whole_programs():
    from trl.data_utils import is_conversational

    fmt = get_format("chat-paper")
    completion = "dl;\n}"
    sft = fmt.sft_example(PREFIX, completion)
    assert is_conversational(sft)
    assert sft["completion"] == [{"role": "assistant", "content": "```cpp\n" + PREFIX + completion + "\n```"}]
    assert fmt.extract(PREFIX, sft["completion"][0]["content"]).program == PREFIX + completion + "\n"
    # chosen/rejected are in the format's unit: the whole program
    chosen = fmt.response(PREFIX, completion)
    assert chosen == PREFIX + completion and fmt.answer_text(PREFIX, completion) == sft["completion"][0]["content"]
    rejected = "#include <iostream>\nint main() { return 0 }\n"
    row = fmt.preference_example(PREFIX, chosen, rejected)
    assert row["prompt"] == sft["prompt"] and row["rejected"][0]["content"] == "```cpp\n" + rejected + "```"
    row["submission_id"] = "s1"
    assert fmt.standard_preference(row) == {"prompt": PREFIX, "chosen": chosen, "rejected": rejected.rstrip("\n"),
                                            "submission_id": "s1"}
    # each row is recognised by its own format, never by the other chat format
    assert format_of_pair(row) is fmt
    assert format_of_pair(get_format("chat").preference_example(PREFIX, "a", "b")) is get_format("chat")
    assert format_of_pair({"prompt": PREFIX, "chosen": "a", "rejected": "b"}).name == "base"
    with pytest.raises(ValueError, match="template"):
        fmt.prefix_of(get_format("chat").messages(PREFIX))


def test_protocols_map_formats_by_kind():
    assert format_for_model("gemma", protocol="paper").name == "base-paper"
    assert format_for_model("codellama", protocol="paper").name == "base-paper"
    assert format_for_model("mistral", protocol="paper").name == "chat-paper"
    assert format_for_model("mistral", protocol="improved").name == "chat"
    assert format_for_model("mistral").name == "chat"
    assert with_protocol(get_format("chat-paper"), "improved").name == "chat-paper"  # an explicit paper format stays
    assert all(get_format(n).protocol == "paper" for n in PAPER_FORMATS.values())
    with pytest.raises(ValueError, match="protocol"):
        with_protocol(get_format("base"), "faithful")


def test_base_paper_prompts_as_base_never_stops_early_and_compiles_everything(tok):
    fmt = get_format("base-paper")
    assert fmt.render_prompt(PREFIX, tok) == get_format("base").render_prompt(PREFIX, tok)
    assert fmt.sft_example(PREFIX, "dl;") == get_format("base").sft_example(PREFIX, "dl;")
    babble = " << endl;\n}\n```\nint main() {"
    assert not fmt.is_done(PREFIX, babble) and get_format("base").is_done(PREFIX, babble)
    assert fmt.extract(PREFIX, babble).program == PREFIX + babble


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
        fmt.render_prompt(long_prefix, tok, max_prompt_tokens=0 if fmt.kind == "base" else 20)


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
