"""Turn raw model output into the program that gets compiled.

Two shapes of output, one per prompt-format kind:

* base models continue the masked prefix. The continuation is cut where the program ends -- at a
  sign that a new program starts (a second `main`, an `#include` after `main` closed, a stray
  closing brace, markdown fences) or, when generation stopped mid-construct at max_new_tokens,
  back at the end of the last complete top-level declaration -- so the verdict measures the
  model's program, not its sampling noise.
* chat models answer in prose with code fences. The first C++ (or bare, or unterminated) fenced
  block is taken; a copy of the prompt the model repeated at its start is removed. No block, no
  code: the sample is Bad with reason "no_code" -- the raw text is never compiled in its place.

The paper's protocol (`protocol: paper`) parses differently, and both parses live at the end:
`extract_raw_appended` compiles a base model's whole output appended to the prompt, uncut;
`extract_paper_chat` takes the whole program from the answer's first fenced block.

A small C++ lexer (`scan`) tracks braces outside strings, chars, raw strings, comments and
preprocessor lines, and which of the open ones close with `};`; `closing_braces` reuses it for
the closing-braces baseline (the one implementation: `generate --model baseline:braces` and the
report's no-model row both call it).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from compile_prefs.artifacts import NO_CODE  # the pipeline's one list of reasons holds it


@dataclass(frozen=True)
class Extraction:
    """program: prefix + completion, what gets compiled (None when no code was found).
    completion: the model's part only (None when no code was found).
    reason: None, or "no_code" (the sample is Bad without compiling)."""

    program: str | None
    completion: str | None
    reason: str | None = None

    @property
    def ok(self) -> bool:
        return self.reason is None


# ------------------------------------------------------------------ the lexer
CODE, LINE_COMMENT, BLOCK_COMMENT, STRING, CHAR, RAW_STRING, PREPROC = range(7)
_RAW_PREFIXES = ("R", "u8R", "uR", "UR", "LR")


@dataclass
class ScanResult:
    """What `scan` learned about text[start:].

    depth/mode: brace depth and lexer mode at the end of the text.
    complete_points: offsets just after a top-level declaration ended (`}` back to depth 0,
        a `;` at depth 0, the end of a preprocessor line) -- safe places to cut.
    stop_at: offset where the text stops being this program (None if no such sign).
    main_closed: the body of `main` was closed by the end of the text.
    last_significant: offset after the last character that is code (not whitespace/comment).
    open_braces: per open brace, outermost first, (closes with `};`, paren depth outside it).
    """

    depth: int = 0
    mode: int = CODE
    complete_points: list[int] = field(default_factory=list)
    stop_at: int | None = None
    main_closed: bool = False
    last_significant: int = 0
    # Lexer state, so a scan of a prompt can be resumed on prompt + continuation.
    pos: int = 0
    at_line_start: bool = True
    main_seen: bool = False
    raw_end: str = ""
    open_braces: list[tuple[bool, int]] = field(default_factory=list)
    head: str = ""  # code since the last `{`, `}` or top-level `;`: what an opening brace belongs to
    paren: int = 0  # open ( and [ in the head


def _line_start(text: str, i: int) -> int:
    return text.rfind("\n", 0, i) + 1


# A body that is a declaration's or an expression's, not a statement's, ends with `};`.
_CLASS_HEAD = re.compile(r"\b(class|struct|union|enum)\b")
_NOT_IN_HEAD = re.compile(r"template\s*<[^{;]*>|\boperator\s*[^\s(]*")  # `template <class T>`, `operator=`


def _needs_semicolon(head: str) -> bool:
    """Whether the brace opened after `head` closes with `};`: a class/struct/union/enum body, or
    the right side of an `=` (an initialiser list, a lambda assigned to a variable)."""
    head = _NOT_IN_HEAD.sub(" ", head)
    if _CLASS_HEAD.search(head):
        return True
    depth = 0
    for i, ch in enumerate(head):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == "=" and depth == 0 and head[i + 1:i + 2] != "=" and head[i - 1:i] not in ("=", "<", ">", "!"):
            return True  # `=`, `+=`, ... but not ==, <=, >=, !=
    return False


def _is_digit_separator(text: str, i: int) -> bool:
    """A `'` inside a number literal (C++14 1'000'000) is not a char literal."""
    j = i - 1
    while j >= 0 and (text[j].isalnum() or text[j] in "_'."):
        j -= 1
    return j + 1 < i and text[j + 1].isdigit()


def scan(text: str, start: int = 0, resume: ScanResult | None = None) -> ScanResult:
    """Lex `text`; events (complete points, stop signs) are recorded only at offsets >= start.

    `resume`: the result of scanning a prefix of `text`; lexing continues where it stopped.
    """
    r = ScanResult() if resume is None else dataclasses.replace(
        resume, complete_points=list(resume.complete_points), open_braces=list(resume.open_braces))
    n = len(text)
    i = r.pos
    mode, at_line_start, main_seen, raw_end = r.mode, r.at_line_start, r.main_seen, r.raw_end
    braces, head, paren = r.open_braces, r.head, r.paren
    while i < n:
        c = text[i]
        if mode == CODE:
            if c == "\n":
                at_line_start = True
                head += " "
                i += 1
                continue
            if c in " \t\r\f\v":
                head += " "
                i += 1
                continue
            if c == "#" and at_line_start:
                mode = PREPROC
                i += 1
                continue
            at_line_start = False
            if c == "/" and text.startswith("//", i):
                mode = LINE_COMMENT
                head += " "
                i += 2
                continue
            if c == "/" and text.startswith("/*", i):
                mode = BLOCK_COMMENT
                head += " "
                i += 2
                continue
            if i >= start:
                r.last_significant = i + 1
            if c == '"':
                if text[_word_start(text, i):i] in _RAW_PREFIXES:
                    delim_end = text.find("(", i + 1, i + 18)
                    if delim_end != -1:
                        raw_end = ")" + text[i + 1:delim_end] + '"'
                        mode = RAW_STRING
                        i = delim_end + 1
                        continue
                mode = STRING
            elif c == "'" and not _is_digit_separator(text, i):
                mode = CHAR
            elif c == "`" and i >= start and r.stop_at is None:
                r.stop_at = _line_start(text, i)  # markdown fence: prose, not C++
            elif c == "{":
                braces.append((_needs_semicolon(head), paren))
                head, paren = "", 0
            elif c == "}":
                head = ""
                if not braces:
                    if i >= start and r.stop_at is None:
                        r.stop_at = i  # a brace closing nothing: the model is babbling
                else:
                    paren = braces.pop()[1]
                    if not braces:
                        if main_seen and not r.main_closed:
                            r.main_closed = True
                        if i >= start:
                            r.complete_points.append(i + 1)
            elif c == ";":
                if paren == 0:
                    head = ""  # a `;` inside for( ; ; ) does not end the head
                if not braces and i >= start:
                    r.complete_points.append(i + 1)
            elif c == "m" and not braces and text.startswith("main", i) and (i == 0 or not _ident_char(text[i - 1])):
                j = i + 4
                while j < n and text[j] in " \t\r\n":
                    j += 1
                if j < n and text[j] == "(" and (j == i + 4 or not _ident_char(text[i + 4])):
                    if main_seen and r.main_closed and i >= start and r.stop_at is None:
                        r.stop_at = _line_start(text, i)  # a second main: a new program began
                    main_seen = True
            if c in "([":
                paren += 1
            elif c in ")]":
                paren = max(0, paren - 1)
            if c not in "{};":
                head += c
            i += 1
        elif mode == PREPROC:
            # The directive runs to the end of the line, backslash continuations included.
            end = text.find("\n", i)
            while end != -1 and text[end - 1] == "\\":
                end = text.find("\n", end + 1)
            if end == -1:
                if i - 1 >= start:
                    r.last_significant = n
                break  # the directive may go on in text not seen yet; resume re-reads it from i
            if i - 1 >= start:
                directive = text[i:end].lstrip()
                if r.main_closed and directive.startswith(("include", "import")) and r.stop_at is None:
                    r.stop_at = _line_start(text, i - 1)  # a new program's headers
                r.last_significant = end
                if not braces:
                    r.complete_points.append(end)
            mode = CODE
            at_line_start = True
            head += " "
            i = end + 1
        elif mode == LINE_COMMENT:
            end = text.find("\n", i)
            if end == -1:
                i = n
            else:
                mode = CODE
                at_line_start = True
                i = end + 1
        elif mode == BLOCK_COMMENT:
            end = text.find("*/", i)
            if end == -1:
                i = max(i, n - 1)  # a '*' at the very end may meet its '/' in later text
                break
            else:
                mode = CODE
                i = end + 2
        elif mode in (STRING, CHAR):
            quote = '"' if mode == STRING else "'"
            if c == "\\":
                i += 2
                continue
            if c == quote:
                mode = CODE
            elif c == "\n":
                mode = CODE  # unterminated literal: g++ will say so; keep lexing the rest
                at_line_start = True
            i += 1
        elif mode == RAW_STRING:
            end = text.find(raw_end, i)
            if end == -1:
                i = max(i, n - len(raw_end) + 1)
                break
            else:
                mode = CODE
                i = end + len(raw_end)
    r.pos, r.mode, r.at_line_start, r.main_seen, r.raw_end = i, mode, at_line_start, main_seen, raw_end
    r.depth, r.head, r.paren = len(braces), head, paren
    return r


def _ident_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _word_start(text: str, i: int) -> int:
    j = i
    while j > 0 and _ident_char(text[j - 1]):
        j -= 1
    return j


# ------------------------------------------------------------------ base models
def cut_continuation(prefix: str, continuation: str) -> tuple[str, bool]:
    """(the part of `continuation` that belongs to the program, whether its end was certain).

    Certain: a sign that something else began (stop_at). Otherwise, when the text ends
    mid-construct after `main` closed, cut back to the last complete top-level declaration.
    """
    text = prefix + continuation
    start = len(prefix)
    r = scan(text, start)
    end = len(text)
    certain = False
    if r.stop_at is not None and r.stop_at >= start:
        end = r.stop_at
        certain = True
        r = scan(text[:end], start)
    incomplete = r.depth > 0 or r.mode not in (CODE, LINE_COMMENT) or (
        r.last_significant > (r.complete_points[-1] if r.complete_points else start)
    )
    if incomplete and r.main_closed:
        points = [p for p in r.complete_points if p <= end]
        if points:
            end = points[-1]
    return text[start:end].rstrip() + "\n" if text[start:end].strip() else "", certain


def program_complete(prefix: str, continuation: str, prefix_scan: ScanResult | None = None) -> bool:
    """True once the continuation shows a sign that the program is over (used to stop generation).

    `prefix_scan` = scan(prefix, len(prefix)) saves re-lexing a long prompt at every check.
    """
    if prefix_scan is not None and not _may_stop(prefix_scan, continuation):
        return False
    r = scan(prefix + continuation, len(prefix), resume=prefix_scan)
    return r.stop_at is not None


def _may_stop(prefix_scan: ScanResult, continuation: str) -> bool:
    """A necessary condition for `scan` to find a stop sign in `continuation`, in a few string searches.

    Generation asks every few tokens whether the program is over; most of the time the answer is
    visibly no, and lexing the continuation again would be wasted. Every stop sign is a character of
    the continuation: a fence '`'; a '}' closing nothing, which needs more '}' than the braces the
    prefix left open; a second `main` or an `#include` once main's body closed, which needs that
    closing '}' (or a prefix where it already happened) and "main" or '#' in the continuation.
    Braces inside literals and comments only make the counts larger, never smaller.
    """
    if "`" in continuation:
        return True
    closes = continuation.count("}")
    if closes > prefix_scan.depth:
        return True
    main_may_close = prefix_scan.main_closed or closes >= prefix_scan.depth
    return main_may_close and ("#" in continuation or "main" in continuation)


def extract_base(prefix: str, raw_output: str) -> Extraction:
    # Some pipelines return prompt + continuation; a long prefix echoed verbatim is not the model's work.
    if len(prefix) >= 20 and raw_output.startswith(prefix):
        raw_output = raw_output[len(prefix):]
    completion, _ = cut_continuation(prefix, raw_output)
    if not completion.strip():
        return Extraction(None, None, NO_CODE)
    return Extraction(prefix + completion, completion)


def closing_braces(prefix: str) -> str:
    """The closing-braces baseline: what to append to `prefix` to end an open literal or comment,
    then close every open brace, innermost first ("" when nothing is open).

    Braces in literals, comments and preprocessor lines do not count. Bodies that need a `;`
    after the brace (class/struct/union/enum, `= {...}` initialisers, lambdas assigned to a
    variable) get `};`.
    """
    r = scan(prefix)
    if r.mode in (LINE_COMMENT, PREPROC):
        tail = "\n\n" if prefix.endswith("\\") else "\n"  # a final backslash would splice one newline away
    else:
        tail = {STRING: '"', CHAR: "'", BLOCK_COMMENT: "*/", RAW_STRING: r.raw_end}.get(r.mode, "")
        if r.mode in (STRING, CHAR) and r.pos > len(prefix):
            tail = "\\" + tail  # the prefix ends in a backslash escaping what comes next
    closers = "".join("\n};" if semicolon else "\n}" for semicolon, _ in reversed(r.open_braces))
    return tail + closers + ("\n" if closers else "")


# ------------------------------------------------------------------ chat models
_FENCE_OPEN = re.compile(r"```[ \t]*([A-Za-z0-9_+#.-]*)[^\n`]*\n")
_CPP_LANGS = {"", "cpp", "c++", "cc", "cxx", "c", "hpp", "h", "cplusplus", "c++17", "c++14", "c++11", "c++20"}


def code_blocks(text: str) -> list[tuple[str, str]]:
    """(language, content) of every fenced block, the last one possibly unterminated."""
    blocks = []
    pos = 0
    while True:
        m = _FENCE_OPEN.search(text, pos)
        if m is None:
            break
        close = text.find("```", m.end())
        content = text[m.end(): len(text) if close == -1 else close]
        if content.endswith("\n"):
            content = content[:-1]
        blocks.append((m.group(1).lower(), content))
        if close == -1:
            break
        pos = close + 3
    return blocks


def _loose_match_end(needle: str, hay: str) -> int | None:
    """Offset in `hay` just after `needle` if hay starts with needle up to whitespace, else None."""
    i = 0
    for ch in needle:
        if ch.isspace():
            continue
        while i < len(hay) and hay[i].isspace():
            i += 1
        if i >= len(hay) or hay[i] != ch:
            return None
        i += 1
    return i


def strip_repeated_prompt(prefix: str, content: str, min_tail: int = 4) -> str:
    """Remove a copy of the prompt (all of it, or its last lines) that the answer starts with."""
    if not prefix.strip():
        return content
    starts = [0] + [m.end() for m in re.finditer("\n", prefix)]
    for s in starts:
        tail = prefix[s:]
        if s and len(tail.strip()) < min_tail:
            continue
        end = _loose_match_end(tail, content)
        if end is not None:
            return content[end:]
    return content


def extract_chat(prefix: str, raw_output: str) -> Extraction:
    for lang, content in code_blocks(raw_output):
        if lang not in _CPP_LANGS:
            continue
        completion = strip_repeated_prompt(prefix, content)
        if completion.strip():
            return Extraction(prefix + completion, completion)
    return Extraction(None, None, NO_CODE)


def fence(code: str, lang: str = "cpp") -> str:
    """How a chat answer carries code; `code_blocks(fence(x))` gives back x (minus one final newline)."""
    return f"```{lang}\n{code}{'' if code.endswith(chr(10)) else chr(10)}```"


# ------------------------------------------------------------------ the paper's protocol
def extract_raw_appended(prefix: str, raw_output: str) -> Extraction:
    """The paper's base-model parse: the whole output, uncut, appended to the prompt and compiled.

    Nothing is cut and nothing is judged in advance: an empty output compiles the prefix alone,
    babbling after the program ends goes to the compiler too.
    """
    return Extraction(prefix + raw_output, raw_output)


def first_fenced_block(text: str) -> str | None:
    """The code of the first ``` fence in `text`: from the line after the fence (its info string,
    e.g. `cpp`, dropped) to the next ``` or, when none follows, the end. None when there is no fence.

    In the paper's chat prompt the answer's first fence is the 8th ``` of the whole decoded sequence
    (the prompt holds seven), and the paper took the text between the 8th and the 9th: the same text.
    """
    start = text.find("```")
    if start == -1:
        return None
    line_end = text.find("\n", start + 3)
    if line_end == -1:
        return ""
    close = text.find("```", line_end + 1)
    return text[line_end + 1: len(text) if close == -1 else close]


def extract_paper_chat(prefix: str, raw_output: str) -> Extraction:
    """The paper's instruct-model parse: the answer is the whole program, in its first fenced block.

    program and completion are both that block (the answer's unit is the whole program, not a
    continuation of `prefix`). No fence, or an empty block: no code, Bad.
    """
    code = first_fenced_block(raw_output)
    if code is None or not code.strip():
        return Extraction(None, None, NO_CODE)
    return Extraction(code, code)
