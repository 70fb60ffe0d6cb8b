"""The one registry of prompt formats: how a masked program becomes a prompt, a training row,
and -- on the way back -- how a model's output becomes a program.

    fmt = get_format("base" | "chat" | "base-paper" | "chat-paper")   # or format_for_model("mistral", protocol=...)
    rp = fmt.render_prompt(prefix, tokenizer, max_prompt_tokens=1024)   # rp.input_ids, rp.text, rp.truncated
    fmt.sft_example(prompt, completion)              # TRL prompt-completion row
    fmt.preference_example(prompt, chosen, rejected) # TRL preference row
    fmt.standard_preference(row)                     # and back: masked program, bare completions
    fmt.extract(prefix, raw_output)                  # Extraction(program, completion, reason)

* "base" (Gemma, CodeLlama in the paper; the tiny model): the raw masked prefix, continued by the
  model. Rows are TRL's standard (string) form.
* "chat" (Mistral-instruct): a system prompt that defines the answer format, a one-shot example
  (which compiles -- the paper's did not), then the masked program; rendered with the tokenizer's
  own chat template and encoded without adding special tokens, so BOS appears exactly once.
  Templates that reject a system role (Mistral's) get the instructions in the first user turn.
  Rows are TRL's conversational form.
* "base-paper", "chat-paper" (`protocol: paper`): the paper's own protocol. base-paper prompts like
  base but compiles the whole raw output appended to the prompt (no cut, no early stop);
  chat-paper uses the paper's instruction and one-shot example (which does not compile) and takes
  the whole program as the answer, parsed as the answer's first fenced block. `with_protocol`
  maps a format to its protocol's counterpart of the same kind.

Adding a family: a recipe folder whose recipes name their `prompt_format:` (training/recipes/README.md),
plus a new `PromptFormat` subclass only if it needs a new prompt shape.

Prompts longer than `max_prompt_tokens` keep their end (the part to be completed): the prefix is
cut from the front, at a line start, and `truncated` records it. The program that gets compiled
is always the full prefix plus the completion (chat-paper: the answer's whole program).
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Mapping
from typing import Any

from compile_prefs.training.extract import (Extraction, code_blocks, extract_base, extract_chat, extract_paper_chat,
                                            extract_raw_appended, fence, first_fenced_block, program_complete, scan)
from compile_prefs.training.recipe_files import family_recipe, load_recipe, model_families


@dataclass(frozen=True)
class RenderedPrompt:
    """text: what the model is shown; input_ids: exactly what it is fed (special tokens once).
    prefix_shown: the part of the masked program in the prompt (the end of it when truncated)."""

    text: str
    input_ids: list[int]
    truncated: bool
    prefix_shown: str


class PromptFormat:
    name: str = ""
    kind: str = ""
    protocol: str = "improved"

    # -- prompts
    def prompt_text(self, prefix: str, tokenizer) -> str:
        raise NotImplementedError

    def encode(self, text: str, tokenizer) -> list[int]:
        raise NotImplementedError

    def render_prompt(self, prefix: str, tokenizer, max_prompt_tokens: int | None = None) -> RenderedPrompt:
        text = self.prompt_text(prefix, tokenizer)
        ids = self.encode(text, tokenizer)
        if max_prompt_tokens is None or len(ids) <= max_prompt_tokens:
            return RenderedPrompt(text, ids, False, prefix)
        cut = self._front_cut(prefix, tokenizer, max_prompt_tokens)
        shown = prefix[cut:]
        text = self.prompt_text(shown, tokenizer)
        return RenderedPrompt(text, self.encode(text, tokenizer), True, shown)

    def _front_cut(self, prefix: str, tokenizer, limit: int) -> int:
        """Smallest line-start offset c such that the prompt for prefix[c:] fits in `limit` tokens."""
        def fits(c: int) -> bool:
            return len(self.encode(self.prompt_text(prefix[c:], tokenizer), tokenizer)) <= limit

        if not fits(len(prefix)):
            raise ValueError(f"max_prompt_tokens={limit} is smaller than the {self.name} format's fixed part")
        lo, hi = 0, len(prefix)  # fits(hi) holds; find the smallest fitting cut by bisection
        while lo < hi:
            mid = (lo + hi) // 2
            if fits(mid):
                hi = mid
            else:
                lo = mid + 1
        # Prefer starting at a line: a torn first line only confuses the model.
        nl = prefix.find("\n", lo - 1) if lo else 0
        if lo and nl != -1 and nl + 1 < len(prefix):
            return nl + 1
        return lo

    # -- training rows
    def response(self, prompt: str, completion: str) -> str:
        """A dataset row's answer in this format's unit: what `extract` returns as `completion`, and what
        `preference_example` takes as chosen/rejected. The continuation itself, unless the format answers
        with the whole program."""
        return completion

    def answer_text(self, prompt: str, completion: str) -> str:
        """The text the model writes for a dataset row (before EOS): what generation must have room for."""
        return self.response(prompt, completion)

    def sft_example(self, prompt: str, completion: str) -> dict:
        raise NotImplementedError

    def preference_example(self, prompt: str, chosen: str, rejected: str) -> dict:
        raise NotImplementedError

    def standard_preference(self, row: Mapping[str, Any]) -> dict:
        """The inverse of `preference_example` in TRL's standard form: prompt = the masked program,
        chosen/rejected = the bare completions; other columns are kept."""
        raise NotImplementedError

    # -- outputs
    def extract(self, prefix: str, raw_output: str) -> Extraction:
        raise NotImplementedError

    def is_done(self, prefix: str, output_so_far: str) -> bool:
        """Whether generation can stop early: the answer is over even without EOS."""
        return False

    def stop_signs(self, prefix: str) -> str | None:
        """Characters of which the output must hold one before `is_done(prefix, output)` can be true
        ("": never), so generation decodes a row's text for the stop rule only after a token that
        brings one; None: no such characters are known, every check decodes."""
        return None


class BaseFormat(PromptFormat):
    """The masked prefix as-is; the model continues it."""

    name = kind = "base"

    def prompt_text(self, prefix: str, tokenizer) -> str:
        return prefix

    def encode(self, text: str, tokenizer) -> list[int]:
        # The tokenizer adds its own BOS (Llama, Gemma) or none (GPT-2 style): the model's convention.
        return list(tokenizer(text, add_special_tokens=True)["input_ids"])

    def sft_example(self, prompt: str, completion: str) -> dict:
        return {"prompt": prompt, "completion": completion}

    def preference_example(self, prompt: str, chosen: str, rejected: str) -> dict:
        return {"prompt": prompt, "chosen": chosen, "rejected": rejected}

    def standard_preference(self, row: Mapping[str, Any]) -> dict:
        return dict(row)

    def extract(self, prefix: str, raw_output: str) -> Extraction:
        return extract_base(prefix, raw_output)

    def is_done(self, prefix: str, output_so_far: str) -> bool:
        return program_complete(prefix, output_so_far, _prefix_scan(prefix))

    def stop_signs(self, prefix: str) -> str | None:
        # Every stop sign of `program_complete` is a fence, a '}' (closing main or a brace too many), or
        # '#' / "main" once main closed; while main is open inside braces, only a fence or a '}' can be.
        r = _prefix_scan(prefix)
        return "`}" if r.depth and not r.main_closed else "`}#m"


@functools.lru_cache(maxsize=512)
def _prefix_scan(prefix: str):
    # Generation checks the same prompt every few tokens; lex it once.
    return scan(prefix, len(prefix))


SYSTEM_PROMPT = (
    "You complete C++17 programs. The user sends the beginning of a program, cut off at an "
    "arbitrary character, possibly in the middle of a word. Reply with exactly one ```cpp code "
    "block that contains only the missing rest of the program: start precisely where the given "
    "text stops, do not repeat any of it, and finish the program so that it compiles with "
    "g++ -std=c++17 -Werror. Write nothing outside the code block."
)
USER_TEMPLATE = "Complete this program:\n```cpp\n{prefix}\n```"

# The one-shot example; tests check that prefix + completion compiles under the paper's flags.
EXAMPLE_PREFIX = """#include <iostream>
#include <vector>
using namespace std;

int main() {
    int n;
    cin >> n;
    vector<long long> a(n);
    for (auto& x : a) cin >> x;
    long long sum = 0;
    for (long long x : a) sum += x;
    cout << su"""
EXAMPLE_COMPLETION = """m << endl;
    return 0;
}
"""


class ChatFormat(PromptFormat):
    """System prompt + one-shot example + the masked program, through the model's chat template."""

    name = kind = "chat"

    def __init__(self, system_prompt: str = SYSTEM_PROMPT, example: tuple[str, str] | None = (EXAMPLE_PREFIX, EXAMPLE_COMPLETION)):
        self.system_prompt = system_prompt
        self.example = example

    def messages(self, prefix: str) -> list[dict]:
        msgs = [{"role": "system", "content": self.system_prompt}]
        if self.example is not None:
            ex_prefix, ex_completion = self.example
            msgs += [
                {"role": "user", "content": USER_TEMPLATE.format(prefix=ex_prefix)},
                {"role": "assistant", "content": fence(ex_completion)},
            ]
        msgs.append({"role": "user", "content": USER_TEMPLATE.format(prefix=prefix)})
        return msgs

    @staticmethod
    def fold_system(messages: list[dict]) -> list[dict]:
        """For templates without a system role: the instructions open the first user turn."""
        if not messages or messages[0]["role"] != "system":
            return messages
        system, rest = messages[0], [dict(m) for m in messages[1:]]
        rest[0]["content"] = system["content"] + "\n\n" + rest[0]["content"]
        return rest

    def apply_template(self, tokenizer, messages: list[dict], **kwargs) -> str:
        if getattr(tokenizer, "chat_template", None) is None:
            raise ValueError("the chat format needs a tokenizer with a chat template; use --format base for base models")
        try:
            return tokenizer.apply_chat_template(messages, tokenize=False, **kwargs)
        except Exception as err:  # jinja raise_exception: e.g. "roles must alternate user/assistant"
            if messages and messages[0]["role"] == "system":
                try:
                    return tokenizer.apply_chat_template(self.fold_system(messages), tokenize=False, **kwargs)
                except Exception:
                    pass
            raise ValueError(f"chat template rejected the prompt: {err}") from err

    def prompt_text(self, prefix: str, tokenizer) -> str:
        return self.apply_template(tokenizer, self.messages(prefix), add_generation_prompt=True)

    def encode(self, text: str, tokenizer) -> list[int]:
        # The template already wrote BOS as text; letting the tokenizer add another doubles it.
        ids = list(tokenizer(text, add_special_tokens=False)["input_ids"])
        bos = getattr(tokenizer, "bos_token_id", None)
        while bos is not None and len(ids) >= 2 and ids[0] == bos and ids[1] == bos:
            ids.pop(0)
        return ids

    def answer(self, completion: str) -> list[dict]:
        return [{"role": "assistant", "content": fence(completion)}]

    def answer_text(self, prompt: str, completion: str) -> str:
        return self.answer(self.response(prompt, completion))[-1]["content"]

    def sft_example(self, prompt: str, completion: str) -> dict:
        return {"prompt": self.messages(prompt), "completion": self.answer(completion)}

    def preference_example(self, prompt: str, chosen: str, rejected: str) -> dict:
        return {"prompt": self.messages(prompt), "chosen": self.answer(chosen), "rejected": self.answer(rejected)}

    # -- inverses: only this class knows its template text
    def prefix_of(self, messages: list[dict]) -> str:
        """The masked program that `messages(prefix)` was made from (its last user turn)."""
        users = [m["content"] for m in messages if m["role"] == "user"]
        head, tail = USER_TEMPLATE.split("{prefix}")
        # A folded system prompt only ever precedes the first user turn, so search for the head.
        start = users[-1].find(head) if users else -1
        if start == -1 or not users[-1].endswith(tail):
            raise ValueError("the last user turn is not in the chat format's template")
        return users[-1][start + len(head): len(users[-1]) - len(tail)]

    def completion_of(self, answer: list[dict]) -> str:
        """The completion that `answer(completion)` carries (less one final newline, as the fence drops it)."""
        blocks = code_blocks(answer[-1]["content"]) if answer else []
        if not blocks:
            raise ValueError("the answer has no code block")
        return blocks[0][1]

    def standard_preference(self, row: Mapping[str, Any]) -> dict:
        out = dict(row)
        out["prompt"] = self.prefix_of(row["prompt"])
        for key in ("chosen", "rejected"):
            try:
                out[key] = self.completion_of(row[key])
            except ValueError as err:
                raise ValueError(f"{key}: {err}") from None
        return out

    def extract(self, prefix: str, raw_output: str) -> Extraction:
        return extract_chat(prefix, raw_output)

    def is_done(self, prefix: str, output_so_far: str) -> bool:
        # The answer is over once its first code block is closed.
        first = output_so_far.find("```")
        return first != -1 and output_so_far.find("```", first + 3) != -1

    def stop_signs(self, prefix: str) -> str | None:
        return "`"


class BasePaperFormat(BaseFormat):
    """The paper's base-model protocol: the same prompt, but the whole raw output is appended to it and
    compiled -- no cutting, and no early stop (generation runs to EOS or max_new_tokens)."""

    name = "base-paper"
    protocol = "paper"

    def extract(self, prefix: str, raw_output: str) -> Extraction:
        return extract_raw_appended(prefix, raw_output)

    def is_done(self, prefix: str, output_so_far: str) -> bool:
        return False

    def stop_signs(self, prefix: str) -> str | None:
        return ""


# The paper's instruct prompt, in our words, with its elements: what the assistant is for, that answers are
# C++ programs only and compile as C++17, the ``` delimiters, and "here is an example". It holds one ```,
# so the whole prompt holds seven and the answer's first fence is the eighth, as in the paper.
PAPER_SYSTEM_PROMPT = (
    "You are an assistant that helps people write C++ programs that compilers accept. Everything you answer "
    "is a C++ program and nothing else, and it must compile as C++17. Code goes between ``` fences. "
    "Here is an example."
)
# The paper's one-shot example: a masked "Hello, World!" program and, as the answer, the whole program --
# which does not compile, because the string literal is never closed. The paper protocol keeps it so.
PAPER_EXAMPLE_PREFIX = '#include <iostream>\nusing namespace std;\nint main() {\n    cout << "Hello,'
PAPER_EXAMPLE_PROGRAM = PAPER_EXAMPLE_PREFIX + ' World!;\n    return 0;\n}\n'


class ChatPaperFormat(ChatFormat):
    """The paper's instruct-model protocol: its system instruction and one-shot example, the masked program
    in a ```cpp fence as the user turn, and the WHOLE program as the answer, in a ```cpp fence. The answer is
    parsed as its first fenced block (`extract_paper_chat`); no fence is Bad (no_code).

    The unit of an answer is the whole program: `response(prompt, completion)` is prompt + completion, so
    SFT targets and mined `chosen` are whole original programs and `rejected` is the model's whole program.
    Generation stops once the first block is closed: later tokens cannot change that parse."""

    name = "chat-paper"
    protocol = "paper"
    USER_HEAD, USER_TAIL = "```cpp\n", "\n```"

    def __init__(self):
        super().__init__(PAPER_SYSTEM_PROMPT, (PAPER_EXAMPLE_PREFIX, PAPER_EXAMPLE_PROGRAM))

    def user_turn(self, prefix: str) -> str:
        return self.USER_HEAD + prefix + self.USER_TAIL

    def messages(self, prefix: str) -> list[dict]:
        ex_prefix, ex_program = self.example
        return [{"role": "system", "content": self.system_prompt},
                {"role": "user", "content": self.user_turn(ex_prefix)},
                {"role": "assistant", "content": fence(ex_program)},
                {"role": "user", "content": self.user_turn(prefix)}]

    def response(self, prompt: str, completion: str) -> str:
        return prompt + completion

    def sft_example(self, prompt: str, completion: str) -> dict:
        return {"prompt": self.messages(prompt), "completion": self.answer(self.response(prompt, completion))}

    def prefix_of(self, messages: list[dict]) -> str:
        users = [m["content"] for m in messages if m["role"] == "user"]
        last = users[-1] if users else ""
        if not (last.startswith(self.USER_HEAD) and last.endswith(self.USER_TAIL)) or len(users) < 2:
            raise ValueError("the last user turn is not in the chat-paper format's template")
        return last[len(self.USER_HEAD): len(last) - len(self.USER_TAIL)]

    def completion_of(self, answer: list[dict]) -> str:
        """The whole program an answer carries (less one final newline, as the fence drops it)."""
        code = first_fenced_block(answer[-1]["content"]) if answer else None
        if code is None:
            raise ValueError("the answer has no code block")
        return code[:-1] if code.endswith("\n") else code

    def extract(self, prefix: str, raw_output: str) -> Extraction:
        return extract_paper_chat(prefix, raw_output)


FORMATS: dict[str, PromptFormat] = {"base": BaseFormat(), "chat": ChatFormat(),
                                    "base-paper": BasePaperFormat(), "chat-paper": ChatPaperFormat()}

# `protocol: paper|improved`: improved is the formats above; paper swaps each kind for the paper's own.
PROTOCOLS = ("improved", "paper")
PAPER_FORMATS: dict[str, str] = {"base": "base-paper", "chat": "chat-paper"}


def get_format(name: str) -> PromptFormat:
    try:
        return FORMATS[name]
    except KeyError:
        raise ValueError(f"unknown prompt format {name!r}; choose one of {sorted(FORMATS)}") from None


def _recipe_format(recipe: Mapping[str, Any]) -> str | None:
    value = recipe.get("prompt_format")
    return str(value) if value else None


def with_protocol(fmt: PromptFormat, protocol: str | None) -> PromptFormat:
    """`fmt` under a protocol: `paper` gives the paper's format of the same kind; `improved` (or None) keeps
    `fmt`, so an explicitly named paper format stays what it is."""
    if protocol is not None and protocol not in PROTOCOLS:
        raise ValueError(f"unknown protocol {protocol!r}; choose one of {PROTOCOLS}")
    if protocol == "paper" and fmt.protocol != "paper":
        return FORMATS[PAPER_FORMATS[fmt.kind]]
    return fmt


def format_of_pair(row: Mapping[str, Any]) -> PromptFormat:
    """The format a mined preference row was written in: a string prompt is base; conversational rows
    belong to the chat format whose template their last user turn follows."""
    if isinstance(row["prompt"], str):
        return FORMATS["base"]
    for fmt in FORMATS.values():
        if fmt.kind == "chat":
            try:
                fmt.prefix_of(row["prompt"])
            except ValueError:
                continue
            return fmt
    raise ValueError("the prompt follows no chat format's template")


def format_for_model(model: str | os.PathLike | Mapping[str, Any], explicit: str | None = None,
                     protocol: str | None = None) -> PromptFormat:
    """The format for a model family (gemma, mistral, ...: its recipes' `prompt_format`), a recipe (dict or
    YAML path), or a Hub id / path.

    `explicit` wins. Unknown ids fall back on their name: *instruct*, *-chat*, *-it* -> chat, else base.
    `protocol` (`paper` or `improved`) then picks the paper's format of that kind or keeps it (`with_protocol`).
    """
    return with_protocol(_family_format(model, explicit), protocol)


def _family_format(model: str | os.PathLike | Mapping[str, Any], explicit: str | None = None) -> PromptFormat:
    if explicit:
        return get_format(explicit)
    if isinstance(model, Mapping):
        name = _recipe_format(model)
        if name:
            return get_format(name)
        model = str(model.get("model_name_or_path", ""))
    model = str(model)
    if model.endswith((".yaml", ".yml")) and Path(model).is_file():
        return _family_format(load_recipe(model))
    if model in model_families():
        name = _recipe_format(family_recipe(model))
        if name:
            return get_format(name)
    lowered = Path(model).name.lower()
    if any(tag in lowered for tag in ("instruct", "-chat", "-it")):
        return get_format("chat")
    return get_format("base")
