"""The one g++ runner of compile-prefs: a sandboxed, cached, parallel "does this C++ compile?".

Everything in the project that needs a compile verdict comes here: the `compile_success`
metric, the dataset builder (which programs are kept), generation scoring and preference
mining. Standard library only, so the metric folder can be pushed as a Space as it is.

The verdict is the paper's, made exact: compile and link with `g++ -std=c++17`; Good means
exit status 0, *empty* stderr and no limit hit. Any error or warning (linker warnings too)
is Bad. Every verdict carries a reason, the first deciding diagnostic line, whether any error
occurred and the warning options seen, both read from the whole diagnostic list.

    from compile_prefs.evaluate_metric.compile_success.compile_runner import CompileRunner
    runner = CompileRunner()                       # paper defaults, all cores, on-disk cache
    runner.check("int main() {}")                  # Verdict(verdict='Good', reason=None, ...)
    runner.check_many([src1, src2], progress=True) # parallel, de-duplicated, cached

The verdict is a reward, and a policy trained on it will search for programs that get Good
while a plain compile would warn, and for ways to make the compiler read other files. So:
  1. the source is screened by a C++ preprocessing-token lexer (`screen_source`): diagnostic
     pragmas, line control and include tricks are refused in every spelling;
  2. what the preprocessor emits (`g++ -E`) is checked for pragmas and line markers that land in
     the program's lines, however macros produced them, while the program compiles to assembly;
  3. the assembly is checked for assembler directives that read files or build directives
     (`.incbin`, `.include`, `.macro`, ...); only then are `as` and the linker told to run;
  4. all steps run in one fresh private directory, under rlimits, with a wall-clock timeout that
     kills its whole process group, and (when bubblewrap works) in a filesystem sandbox that sees
     only /usr, the precompiled headers and the job directory.
Steps 1-3 hold on their own where bubblewrap cannot run (containers without user namespaces).

Modes and what each one misses:
    link    (default, the paper) compile + link: catches everything below.
    object  (-c)            misses link errors: no `main`, undefined references, linker
                            warnings such as the one for `gets`.
    syntax  (-fsyntax-only) misses the above and errors/warnings that appear only during code
                            generation or assembly (invalid inline asm, some middle-end warnings).
"""

from __future__ import annotations

import atexit
import bisect
import dataclasses
import functools
import hashlib
import json
import os
import re
import selectors
import shlex
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

GOOD, BAD = "Good", "Bad"
REASONS = ("error", "warning", "link", "timeout", "resource", "rejected_input", "internal")
MODES = {"link": [], "object": ["-c"], "syntax": ["-fsyntax-only"]}
UNTAGGED_WARNING = "(untagged)"  # in Verdict.warning_options: a warning g++ printed without a -W option

_PCH_LAYOUT = 3  # bump when the PCH folder's layout changes, so stale caches are rebuilt
RUNNER_VERSION = 5  # part of every cache key: bump when a change could alter a verdict
_SOURCE_NAME = "main.cpp"
_SANDBOX_JOB = "/job"
_SANDBOX_PCH = "/pch"
# Flags that read or write files, switch diagnostics off or change how the source is read would
# undo the sandbox or the verdict; compile-prefs chooses those itself.
_FORBIDDEN_FLAGS = re.compile(
    r"-(I|L|include|imacros|iquote|isystem|idirafter|iprefix|iwithprefix|imultilib|isysroot|-sysroot|o$|w$|Wno-|"
    r"W[pal],|X|B|specs|wrapper|save-temps|M|x$|E$|S$|nostdinc|trigraphs|@|"
    r"f(plugin|profile|auto-profile|dump|opt-info|module|directives-only|preprocessed|pch|stack-usage|callgraph-info|"
    r"diagnostics|debug-prefix-map|file-prefix-map|macro-prefix-map|working-directory))")


@dataclass(frozen=True)
class CompileConfig:
    """How a program is compiled and judged.

    Verdict:
        std, mode, warnings_as_errors, extra_flags
    Limits (per compile):
        timeout_s, cpu_time_s, memory_mb, max_output_mb, max_stderr_kb, max_errors, max_source_bytes
    Speed and isolation:
        use_pch, pch_min_uses, pch_max_mb, linker, sandbox
    """

    std: str = field(default="c++17", metadata={"help": "Language standard passed as -std=."})
    mode: str = field(default="link", metadata={"help": "link (paper), object (-c) or syntax (-fsyntax-only)."})
    warnings_as_errors: bool = field(default=True, metadata={"help": "A warning makes the verdict Bad (paper)."})
    extra_flags: tuple[str, ...] = field(default=(), metadata={"help": "Extra g++ flags, e.g. ('-O2',)."})
    timeout_s: float = field(default=30.0, metadata={"help": "Wall-clock limit; the process group is killed."})
    cpu_time_s: int = field(default=20, metadata={"help": "CPU-time rlimit of the compiler processes."})
    memory_mb: int = field(default=2048, metadata={"help": "Address-space rlimit (a macro bomb stops here)."})
    max_output_mb: int = field(default=64, metadata={"help": "File-size rlimit: the largest file g++ may write."})
    max_stderr_kb: int = field(default=64, metadata={"help": "Diagnostics kept; more output stops the compile."})
    max_errors: int = field(default=5, metadata={"help": "-fmax-errors: g++ stops after this many errors."})
    max_source_bytes: int = field(default=1 << 20, metadata={"help": "Larger sources are rejected unread."})
    use_pch: bool = field(default=True, metadata={"help": "Precompile leading include blocks that recur."})
    # Building a PCH costs about six times the header parsing it saves each program that uses it
    # (measured: 0.48 s CPU to build <stdio.h><set><vector>, 0.08 s saved per compile; GCC spends
    # most of a build saving its state), so a block pays for its PCH from about six programs on.
    pch_min_uses: int = field(default=6, metadata={"help": "Programs with the same leading include block (or a prefix "
                                                           "of it) before it is precompiled, counted over this "
                                                           "runner's calls (twice as many for a block that extends "
                                                           "a precompiled prefix); a PCH on disk is used from then "
                                                           "on."})
    pch_max_mb: int = field(default=512, metadata={"help": "File-size rlimit of a header precompile (a "
                                                           "bits/stdc++.h PCH is ~100 MB); other limits as a compile."})
    linker: str = field(default="auto", metadata={"help": "auto (gold when installed), default or gold."})
    sandbox: str = field(default="auto", metadata={"help": "auto, bubblewrap or screening (no filesystem sandbox)."})

    def __post_init__(self):
        if self.mode not in MODES:
            raise ValueError(f"mode must be one of {sorted(MODES)}, got {self.mode!r}")
        if self.sandbox not in ("auto", "bubblewrap", "screening"):
            raise ValueError(f"sandbox must be auto, bubblewrap or screening, got {self.sandbox!r}")
        if self.linker not in ("auto", "default", "gold"):
            raise ValueError(f"linker must be auto, default or gold, got {self.linker!r}")
        if not re.fullmatch(r"(c|gnu)\+\+[0-9a-z]{2}", self.std) or _std_year(self.std) is None:
            raise ValueError(f"std must look like c++17 or gnu++20, got {self.std!r}")
        if isinstance(self.extra_flags, (str, bytes)):
            raise TypeError("extra_flags must be a sequence of flags, not a single string")
        object.__setattr__(self, "extra_flags", tuple(self.extra_flags))
        for flag in self.extra_flags:
            if _FORBIDDEN_FLAGS.match(flag):
                raise ValueError(f"extra flag {flag!r} is not allowed (it reads or writes files, hides diagnostics "
                                 f"or changes how the source is read)")
        for name in ("timeout_s", "cpu_time_s", "memory_mb", "max_output_mb", "max_stderr_kb", "max_errors",
                     "max_source_bytes", "pch_min_uses", "pch_max_mb"):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be positive")


@dataclass
class Verdict:
    """One program's verdict.

    reason: None for Good, else one of REASONS. diagnostic: the first diagnostic line of the kind
    that decided the reason. has_error: an error occurred (anything but warnings made it fail:
    compile or link errors, limits, refusal). warning_options: the -W options of every warning
    g++ printed, `-Werror=x` read as `-Wx`, UNTAGGED_WARNING for a warning without an option.
    """

    verdict: str
    reason: str | None = None
    diagnostic: str = ""
    has_error: bool = False
    warning_options: tuple[str, ...] = ()
    cached: bool = False
    seconds: float = 0.0

    @property
    def good(self) -> bool:
        return self.verdict == GOOD

    def to_dict(self) -> dict:
        return {"verdict": self.verdict, "reason": self.reason, "diagnostic": self.diagnostic,
                "has_error": self.has_error, "warning_options": list(self.warning_options)}

    @classmethod
    def from_dict(cls, data: dict, cached: bool = False) -> Verdict:
        return cls(data["verdict"], data["reason"], data["diagnostic"], bool(data["has_error"]),
                   tuple(data["warning_options"]), cached=cached)


def _bad(reason: str, diagnostic: str) -> Verdict:
    return Verdict(BAD, reason, diagnostic[:300], has_error=True)


def _refused(why: str) -> Verdict:
    return _bad("rejected_input", f"refused before compiling: {why}")


# ------------------------------------------------------------------ the lexer
# The screen must see the program the way g++'s preprocessor does, or a directive spelled in a
# way the screen does not know slips past it. So sources are split into preprocessing tokens as
# libcpp does: line splices undone first (not inside raw strings), comments are whitespace (a
# block comment may span lines), string/char/raw-string literals with every encoding prefix,
# pp-numbers with digit separators, digraphs. A directive is a `#` or `%:` that is the first
# token of a logical line. What the language version changes (raw strings, digit separators,
# trigraphs) follows the configured -std.


class LexError(ValueError):
    """The source cannot be split into tokens unambiguously (g++ would reject it as well)."""


_SPLICE = re.compile(r"\\[ \t\f\v]*\n")
_TRIGRAPH = re.compile(r"\?\?[=/'()!<>-]")
_UCN = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_PUNCTUATORS = ["%:%:", "...", "<<=", ">>=", "<=>", "->*", "##", "%:", "<:(?!:(?![:>]))", ":>", "<%", "%>", "::",
                ".*", "->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "+=", "-=", "*=", "/=", "%=",
                "&=", "|=", "^=", "#"]
_ID_CHAR = r"[A-Za-z0-9_$]|[^\x00-\x7f]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"
_ID_START = r"[A-Za-z_$]|[^\x00-\x7f]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"


def _std_year(std: str) -> int | None:
    years = {"98": 1998, "03": 2003, "0x": 2011, "11": 2011, "1y": 2014, "14": 2014, "1z": 2017, "17": 2017,
             "2a": 2020, "20": 2020, "2b": 2023, "23": 2023, "2c": 2026, "26": 2026}
    return years.get(std.rsplit("+", 1)[-1])


@functools.cache
def _token_regex(year: int) -> re.Pattern:
    prefix = "(?:u8|u|U|L)?" if year >= 2011 else "L?"
    char_prefix = "(?:u8|u|U|L)?" if year >= 2017 else ("(?:u|U|L)?" if year >= 2011 else "L?")
    separator = "|'(?:[0-9A-Za-z_])" if year >= 2014 else ""
    raw = f"|(?P<raw>{prefix}R\")" if year >= 2011 else ""
    punct = "|".join(p if "(" in p else re.escape(p) for p in _PUNCTUATORS)
    return re.compile(
        r"(?P<ws>[ \t\f\v\0]+)|(?P<nl>\n)|(?P<comment>//[^\n]*|/\*[\s\S]*?(?:\*/|\Z))" + raw +
        rf"|(?P<str>{prefix}\"(?:[^\"\\\n]|\\.)*\"|{prefix}\"[^\n]*)"
        rf"|(?P<chr>{char_prefix}'(?:[^'\\\n]|\\.)*'|{char_prefix}'[^\n]*)"
        rf"|(?P<num>\.?[0-9](?:[eEpP][+-]{separator}|{_ID_CHAR}|\.)*)"
        rf"|(?P<id>(?:{_ID_START})(?:{_ID_CHAR})*)"
        rf"|(?P<punct>{punct})|(?P<other>[\s\S])")


@dataclass(frozen=True)
class Token:
    kind: str  # id, num, str, chr, hdr (a header-name), punct, other, nl
    text: str
    bol: bool  # first token of a logical line
    offset: int  # in the spliced text

    @property
    def name(self) -> str:
        """An identifier with its universal character names decoded (as g++ compares them)."""
        return _UCN.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), self.text) if "\\" in self.text else self.text


def tokenize(source: str, std: str = "c++17") -> list[Token]:
    """Preprocessing tokens of `source` as g++ -std=`std` sees them (newlines kept as `nl` tokens)."""
    year = _std_year(std) or 2017
    physical = source.replace("\r\n", "\n").replace("\r", "\n")
    if _TRIGRAPH.search(physical) and std.startswith("c++") and year <= 2014:
        raise LexError("trigraphs (this -std honours them; write the characters themselves)")
    pieces, splice_starts, removed, last = [], [], [], 0
    for match in _SPLICE.finditer(physical):
        pieces.append(physical[last:match.start()])
        splice_starts.append(match.start())
        removed.append((removed[-1] if removed else 0) + match.end() - match.start())
        last = match.end()
    pieces.append(physical[last:])
    text = "".join(pieces)
    logical_starts = [s - (removed[i - 1] if i else 0) for i, s in enumerate(splice_starts)]

    def to_physical(offset: int) -> int:
        i = bisect.bisect_right(logical_starts, offset)
        return offset + (removed[i - 1] if i else 0)

    def to_logical(offset: int) -> int:
        i = bisect.bisect_right(splice_starts, offset - 1)
        return offset - (removed[i - 1] if i else 0)

    regex = _token_regex(year)
    tokens: list[Token] = []
    pos, bol, n = 0, True, len(text)
    directive: list[str] = []  # '#', then the directive's name, while inside a directive line
    expect_header = False
    while pos < n:
        if expect_header and text[pos] in "<\"":
            close = ">" if text[pos] == "<" else '"'
            end, newline = text.find(close, pos + 1), text.find("\n", pos + 1)
            if end != -1 and (newline == -1 or end < newline):
                tokens.append(Token("hdr", text[pos:end + 1], bol, pos))
                pos, bol, expect_header = end + 1, False, False
                continue
        match = regex.match(text, pos)
        kind, end = match.lastgroup, match.end()
        if kind in ("ws", "comment"):
            pos = end
            continue
        if kind == "nl":
            tokens.append(Token("nl", "\n", False, pos))
            pos, bol, directive, expect_header = end, True, [], False
            continue
        if kind == "raw":
            start = to_physical(end - 1) + 1  # just after the opening quote, in the unspliced text
            delimiter = re.match(r"[^ ()\\\t\v\f\n]{0,16}\(", physical[start:start + 17])
            if not delimiter:
                raise LexError("raw string literal with an invalid delimiter")
            close = ")" + delimiter.group()[:-1] + '"'
            finish = physical.find(close, start + len(delimiter.group()))
            if finish == -1:
                raise LexError("unterminated raw string literal")
            end, kind = to_logical(finish + len(close)), "str"
        token = Token(kind, text[pos:end], bol, pos)
        tokens.append(token)
        expect_header = False
        if bol and kind == "punct" and token.text in ("#", "%:"):
            directive = ["#"]
        elif len(directive) == 1:
            directive.append(token.name if kind == "id" else "")
            expect_header = directive[1] in ("include", "include_next", "import")
        elif directive and directive[1] in ("if", "elif") and kind == "punct" and token.text == "(" \
                and len(tokens) > 1 and tokens[-2].name in ("__has_include", "__has_include_next"):
            expect_header = True  # g++ reads a header-name here, where `/*` is not a comment
        pos, bol = end, False
    return tokens


# ------------------------------------------------------------------ screening
# Pragmas that do not touch diagnostics or files. Everything else is refused: `GCC diagnostic`
# and `GCC system_header` would hide warnings, `GCC dependency` reads a file, and an unknown
# pragma today may be a known one in the next compiler.
SAFE_PRAGMAS = {("once",), ("GCC", "optimize"), ("GCC", "target"), ("GCC", "push_options"), ("GCC", "pop_options"),
                ("GCC", "reset_options"), ("GCC", "unroll"), ("GCC", "ivdep"), ("pack",), ("region",), ("endregion",)}
# Operators that g++ evaluates during preprocessing, which token pasting can build from pieces
# (`_Pra ## gma`): a source that pastes tokens may not hold pieces that spell one of them.
_PASTE_TARGETS = ("_Pragma", "__has_include", "__has_include_next")
_PLAIN_HEADER = re.compile(r"[A-Za-z0-9_+-][A-Za-z0-9_.+-]*(?:/[A-Za-z0-9_+-][A-Za-z0-9_.+-]*)*")


def _pragma_allowed(words: Sequence[str]) -> bool:
    return tuple(words[:1]) in SAFE_PRAGMAS or tuple(words[:2]) in SAFE_PRAGMAS


def _header_problem(path: str) -> str | None:
    """Why an include target may reach outside the system headers, or None for a plain relative name."""
    if _PLAIN_HEADER.fullmatch(path):
        return None
    return f"header name {path[:60]!r} is not a plain relative path (only names like bits/stdc++.h or sys/time.h)"


def _destringize(literal: str) -> str | None:
    match = re.fullmatch(r'L?"((?:[^"\\]|\\.)*)"', literal, re.S)
    return None if match is None else re.sub(r'\\(["\\])', r"\1", match.group(1))


@dataclass
class Screened:
    """What the screen found: why the source is refused (or None), its leading include block, the
    identifiers it uses and the macros it defines."""

    refused: str | None
    leading_block: tuple[str, ...] = ()
    identifiers: frozenset = frozenset()
    defines: frozenset = frozenset()


def _pasted(target: str, pieces: set[str]) -> bool:
    """Whether `target` is a concatenation of two or more of `pieces` (what ## could paste together)."""
    fewest = {0: 0}  # end offset -> fewest pieces that spell target[:end]
    for start in range(len(target)):
        if start not in fewest:
            continue
        for end in range(start + 1, len(target) + 1):
            if end - start < len(target) and target[start:end] in pieces:
                fewest[end] = min(fewest.get(end, fewest[start] + 1), fewest[start] + 1)
    return len(target) in fewest


def scan_source(source: str, std: str = "c++17") -> Screened:
    """Screen a source; see `screen_source`. Also returns its leading block of `#include <...>` lines."""
    try:
        tokens = tokenize(source, std)
    except LexError as err:
        return Screened(f"cannot tokenise unambiguously: {err}")
    identifiers = {t.name for t in tokens if t.kind == "id"}
    if any(t.kind == "punct" and t.text in ("##", "%:%:") for t in tokens):
        for target in _PASTE_TARGETS:
            if _pasted(target, identifiers):
                return Screened(f"token pasting could assemble {target} from this program's identifiers "
                                f"(it is refused in every spelling)")
    block: list[str] = []
    defines: set[str] = set()
    block_open = True
    line: list[Token] = []
    for token in tokens + [Token("nl", "\n", False, -1)]:
        if token.kind != "nl":
            line.append(token)
            continue
        if not line:
            continue
        is_directive = line[0].bol and line[0].kind == "punct" and line[0].text in ("#", "%:")
        why = _directive_problem(line, std) if is_directive else None
        why = why or _operator_problem(line, std)
        if why:
            return Screened(why)
        if is_directive and len(line) > 2 and line[1].name == "define":
            defines.add(line[2].name)
        if block_open:
            if is_directive and len(line) == 3 and line[1].name == "include" and line[2].text.startswith("<"):
                block.append(line[2].text[1:-1])
            else:
                block_open = False
        line = []
    return Screened(None, tuple(block), frozenset(identifiers), frozenset(defines))


def screen_source(source: str, std: str = "c++17") -> str | None:
    """Why a source must not reach the compiler, or None.

    Refused in every spelling the language allows (comments inside directives, digraphs, line
    splices): diagnostic-control and other unlisted pragmas (`#pragma` and `_Pragma`, also built
    by token pasting), line control (`#line`, GNU line markers), and anything that could open a
    file outside the system headers: includes of names that are not plain relative paths,
    computed includes, `#include_next`, `__has_include` with such operands or macro operands.
    What macro expansion produces is checked again on the preprocessor's output, and what reaches
    the assembler on its input (see `CompileRunner`).
    """
    return scan_source(source, std).refused


def _directive_problem(line: list[Token], std: str) -> str | None:
    if len(line) == 1:
        return None  # the null directive
    name_token = line[1]
    if name_token.kind == "num":
        return "line marker directive (`# N \"file\"`): a program may not renumber or relocate its lines"
    name = name_token.name
    if name == "line":
        return "#line: a program may not renumber or relocate its lines"
    if name == "include_next":
        return "#include_next (only #include of a plain header name is allowed)"
    if name in ("include", "import"):
        operand = line[2] if len(line) > 2 else None
        if operand is None or operand.kind != "hdr":
            return f"computed #{name} (the target must be a literal <...> or \"...\" header name)"
        return _header_problem(operand.text[1:-1])
    if name == "pragma":
        words = [t.name for t in line[2:4] if t.kind == "id"]
        if not _pragma_allowed(words):
            return f"#pragma {' '.join(t.text for t in line[2:4])[:40]} (only {_SAFE_PRAGMA_TEXT} are allowed)"
    return None


def _operator_problem(line: list[Token], std: str) -> str | None:
    for i, token in enumerate(line):
        if token.kind != "id":
            continue
        name = token.name
        if name == "_Pragma":
            parts = line[i + 1:i + 4]
            literal = _destringize(parts[1].text) if len(parts) == 3 and parts[0].text == "(" and parts[2].text == ")" \
                and parts[1].kind == "str" else None
            if literal is None:
                return "_Pragma without a literal string operand (diagnostic control is not allowed)"
            try:
                words = [t.name for t in tokenize(literal, std) if t.kind == "id"][:2]
            except LexError:
                words = []
            if not _pragma_allowed(words):
                return f"_Pragma({literal[:40]!r}) (only {_SAFE_PRAGMA_TEXT} are allowed)"
        elif name in ("__has_include", "__has_include_next"):
            why = _has_include_problem(line, i)
            if why:
                return why
    return None


def _has_include_problem(line: list[Token], i: int) -> str | None:
    previous = [t.name for t in line[max(0, i - 2):i]]
    directive = line[1].name if len(line) > 1 and line[0].bol and line[0].text in ("#", "%:") else ""
    if previous[-1:] == ["defined"] or previous == ["defined", "("] or (directive in ("ifdef", "ifndef", "elifdef", "elifndef") and i == 2):
        return None  # asks whether the operator exists; opens nothing
    rest = line[i + 1:]
    if len(rest) < 3 or rest[0].text != "(":
        return "__has_include without a literal operand"
    operand = rest[1]
    if operand.kind in ("hdr",) or (operand.kind == "str" and operand.text.startswith('"')):
        path, after = operand.text[1:-1], rest[2:]
    elif operand.text == "<":
        closing = next((j for j, t in enumerate(rest) if t.text == ">"), None)
        if closing is None:
            return "__has_include without a literal operand"
        path, after = "".join(t.text for t in rest[2:closing]), rest[closing + 1:]
    else:
        return "__has_include with a computed operand (the operand must be a literal header name)"
    if not after or after[0].text != ")":
        return "__has_include without a literal operand"
    return _header_problem(path)


_SAFE_PRAGMA_TEXT = "once, GCC optimize/target/push_options/pop_options/reset_options/unroll/ivdep, pack and region"


# -------------------------------------------------- what the preprocessor emitted
_LINEMARKER = re.compile(rb'^# (\d+) "((?:[^"\\\n]|\\.)*)"((?: \d+)*)[ \t]*$', re.M)


def check_preprocessed(data: bytes, allowed_dirs: Sequence[str], own_headers: Sequence[str] = (),
                       std: str = "c++17") -> str | None:
    """Why the preprocessor's output shows a gamed program, or None.

    `data` is `g++ -E` output (with line markers). Refused: any pragma outside SAFE_PRAGMAS that
    lands in the program's own lines (from `#pragma`, `_Pragma`, macros, pasting), and any file
    other than the program, the runner's own headers and headers under `allowed_dirs`. The program's
    lines are tokenised, so text inside its raw strings (which -E prints as written) is inert.
    """
    current, program, pending, pos = _SOURCE_NAME, [], "", 0
    for marker in _LINEMARKER.finditer(data):
        if current == _SOURCE_NAME:
            pending += data[pos:marker.start()].decode("utf-8", "replace")
            try:
                tokenize(pending, std)
            except LexError:  # this "marker" is text inside one of the program's raw strings
                pending += marker.group().decode("utf-8", "replace")
                pos = marker.end()
                continue
            program.append(pending)
            pending = ""
        pos = marker.end()
        name = marker.group(2).decode("utf-8", "replace")
        current = name
        # g++ itself marks the program's lines "3 4" around tokens that a system header's macro
        # (assert, ...) expanded to; the program cannot write markers or `GCC system_header`
        # (the screen refuses both), so on the program's own name the flags are g++'s.
        if name != _SOURCE_NAME and name not in ("<built-in>", "<command-line>") and name not in own_headers:
            path = os.path.normpath(name)
            if not any(path.startswith(d + os.sep) for d in allowed_dirs):
                return f"the preprocessor read {name[:80]!r}, which is not a system header"
    if current == _SOURCE_NAME:
        program.append(pending + data[pos:].decode("utf-8", "replace"))
    try:
        tokens = tokenize("\n".join(program), std)
    except LexError as err:
        return f"cannot tokenise the preprocessed program: {err}"
    for i, token in enumerate(tokens):
        if not (token.bol and token.kind == "punct" and token.text in ("#", "%:")) or i + 1 == len(tokens):
            continue
        following = tokens[i + 1]
        if following.kind == "num":
            return "a line marker the program wrote itself"
        if following.name == "pragma":
            words = []
            for t in tokens[i + 2:]:
                if t.kind == "nl" or len(words) == 2:
                    break
                words.append(t.name)
            if not _pragma_allowed(words):
                return f"macro expansion produces #pragma {' '.join(words)[:50]} (diagnostic control is not allowed)"
    return None


# ---------------------------------------------- what the assembler would read
# Directives that read files or let the assembler build new directives from text.
_PCH_PRAGMA = re.compile(rb'^[ \t]*#[ \t]*pragma[ \t]+GCC[ \t]+pch_preprocess[ \t]*"((?:[^"\\\n]|\\.)*)"', re.M)
_ASM_DANGER = re.compile(rb"\.(?:include|incbin|macro|endm|exitm|purgem|irpc?|rept|endr|altmacro|noaltmacro|mri)\b",
                         re.I)
_ASM_DATA_LINE = re.compile(rb'[ \t]*\.(?:string|ascii|asciz)[ \t]+"(?:[^"\\\n]|\\.)*"[ \t]*')


def check_assembly(data: bytes) -> str | None:
    """Why g++'s assembly output must not reach the assembler, or None.

    Inline asm, asm labels, section names and `#ident` strings reach the assembler verbatim, so a
    program can hand `as` a `.incbin "/etc/passwd"` however the string was assembled. Any line with
    such a directive is refused unless it is one string constant as g++ itself writes it.
    """
    for match in _ASM_DANGER.finditer(data):
        start = data.rfind(b"\n", 0, match.start()) + 1
        end = data.find(b"\n", match.end())
        line = data[start:end if end != -1 else len(data)]
        if not _ASM_DATA_LINE.fullmatch(line):
            directive = match.group().decode("ascii", "replace")
            return f"assembler directive {directive} (it reads files or builds directives)"
    return None


# ---------------------------------------------------------------- diagnostics
_DIAGNOSTIC = re.compile(r"\b(fatal error|error|warning):")
_OPTION_TAG = re.compile(r"\[(-W[^\]\s]*)\]")
_LINK_LINE = re.compile(r"undefined reference|multiple definition|/ld(\.gold|\.bfd)?:|^ld(\.gold)?:|\.o:|collect2")
# Summary lines that follow other diagnostics; they add no error of their own.
_FOLLOW_UP = re.compile(r"all warnings being treated as errors|treating warnings as errors|ld returned \d+ exit status"
                        r"|^compilation terminated")


@dataclass
class DiagnosticSummary:
    """The whole diagnostic list of one compile, read line by line."""

    errors: list[str]
    link_errors: list[str]
    warnings: list[str]
    warning_options: tuple[str, ...]

    @property
    def has_error(self) -> bool:
        return bool(self.errors or self.link_errors)


def summarize_diagnostics(stderr: str) -> DiagnosticSummary:
    """Errors, link errors, warnings and warning options of a g++ run, from every line (not just the first)."""
    errors, link_errors, warnings, options = [], [], [], set()
    for line in stderr.splitlines():
        if _FOLLOW_UP.search(line):
            continue
        kind = _DIAGNOSTIC.search(line)
        linker = _LINK_LINE.search(line)
        if kind is None:
            if re.search(r"undefined reference|multiple definition|cannot find -l", line):
                link_errors.append(line)
            continue
        tags = _OPTION_TAG.findall(line)
        for tag in tags:
            options.add(UNTAGGED_WARNING if tag == "-Werror" else re.sub(r"^-Werror=", "-W", tag))
        if kind.group(1) == "warning":
            warnings.append(line)
            if not tags:
                options.add(UNTAGGED_WARNING)
        elif any(tag.startswith("-Werror") for tag in tags):
            warnings.append(line)  # a warning that -Werror turned into an error
        elif linker and kind.group(1) == "error":
            link_errors.append(line)
        else:
            errors.append(line)
    return DiagnosticSummary(errors, link_errors, warnings, tuple(sorted(options)))


def _normalise(line: str, job_dir: str) -> str:
    line = re.sub(r"\S*/cc\w{6}\.o\b", "main.o", line)
    line = line.replace(job_dir + "/", "").replace(_SANDBOX_JOB + "/", "")
    line = re.sub(r"\S*compile-prefs-[\w-]+/", "", line)
    return line.strip()[:300]


def _classify(returncode: int, stderr: str, job_dir: str, hit_stderr_cap: bool, warnings_as_errors: bool = True) -> Verdict:
    summary = summarize_diagnostics(stderr)
    lines = [l for l in stderr.splitlines() if l.strip()]
    first_any = next((l for l in lines if _DIAGNOSTIC.search(l) or _LINK_LINE.search(l)), lines[0] if lines else "")
    low = stderr.lower()

    def bad(reason: str, line: str) -> Verdict:
        verdict = _bad(reason, _normalise(line, job_dir))
        verdict.has_error = reason != "warning"
        verdict.warning_options = summary.warning_options
        return verdict

    if "internal compiler error" in low and "signal terminated program" not in low:
        return bad("internal", first_any)
    # A compile we stopped for writing too many diagnostics is judged by its diagnostics, not as a limit hit.
    if not hit_stderr_cap and ("virtual memory exhausted" in low or "out of memory" in low or "cannot allocate memory" in low
            or "file size limit exceeded" in low or "killed signal terminated" in low
            or "std::bad_alloc" in low or returncode in (-signal.SIGXFSZ, -signal.SIGKILL, -signal.SIGSEGV)):
        return bad("resource", first_any or "resource limit hit")
    if not hit_stderr_cap and ("cpu time limit exceeded" in low or returncode == -signal.SIGXCPU):
        return bad("timeout", first_any or "CPU time limit hit")
    if returncode == 0 and not hit_stderr_cap and (not lines or (not warnings_as_errors and not summary.has_error)):
        return Verdict(GOOD, warning_options=summary.warning_options)
    if summary.errors:
        return bad("error", summary.errors[0])
    if summary.link_errors:
        return bad("link", summary.link_errors[0])
    if summary.warnings:
        return bad("warning", summary.warnings[0])
    if returncode != 0:
        return bad("error", first_any or f"g++ exited with status {returncode}")
    verdict = bad("warning", first_any or "compiler wrote diagnostics")
    verdict.warning_options = summary.warning_options or (UNTAGGED_WARNING,)
    return verdict


# -------------------------------------------------------------- the compiler
def compiler_version(compiler: str = "g++") -> str:
    try:
        out = subprocess.run([compiler, "--version"], capture_output=True, text=True, timeout=30, env={"LC_ALL": "C", "PATH": os.environ.get("PATH", "/usr/bin")})
    except (OSError, subprocess.TimeoutExpired) as err:
        raise RuntimeError(f"cannot run the C++ compiler {compiler!r}: {err}") from err
    return out.stdout.splitlines()[0].strip() if out.stdout else compiler


def _bubblewrap_works() -> bool:
    bwrap = shutil.which("bwrap")
    if not bwrap:
        return False
    try:
        probe = subprocess.run([bwrap, *_bwrap_base_args(), "/usr/bin/true"], capture_output=True, timeout=20)
        return probe.returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@functools.lru_cache(maxsize=1)
def _bwrap_base_args() -> tuple[str, ...]:
    args = ["--ro-bind", "/usr", "/usr"]
    for name in ("lib", "lib64", "bin", "sbin", "lib32", "libx32"):
        if os.path.islink(f"/{name}"):
            args += ["--symlink", os.readlink(f"/{name}"), f"/{name}"]
        elif os.path.isdir(f"/{name}"):
            args += ["--ro-bind", f"/{name}", f"/{name}"]
    args += ["--dev-bind", "/dev/null", "/dev/null", "--unshare-all", "--die-with-parent", "--clearenv",
             "--setenv", "PATH", "/usr/bin:/bin", "--setenv", "LC_ALL", "C"]
    return tuple(args)


_PRLIMIT = shutil.which("prlimit")
_LIVE: set[subprocess.Popen] = set()
_LIVE_LOCK = threading.Lock()


def _kill_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


@atexit.register
def _kill_all_live() -> None:
    with _LIVE_LOCK:
        for proc in list(_LIVE):
            _kill_group(proc)


def default_cache_dir() -> Path:
    if os.environ.get("COMPILE_PREFS_CACHE"):
        return Path(os.environ["COMPILE_PREFS_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "compile-prefs"


def _system_include_dirs(compiler: str, std: str) -> tuple[str, ...]:
    """The directories g++ searches for <...> headers (its system headers), normalised."""
    out = subprocess.run([compiler, f"-std={std}", "-x", "c++", "-E", "-v", "-o", os.devnull, os.devnull],
                         capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
                         env={"LC_ALL": "C", "PATH": "/usr/bin:/bin"})
    dirs, inside = [], False
    for line in out.stderr.splitlines():
        if line.startswith("#include <...> search starts here"):
            inside = True
        elif line.startswith("End of search list"):
            break
        elif inside and line.startswith(" "):
            dirs.append(os.path.normpath(line.strip().split(" (")[0]))
    if not dirs:
        raise RuntimeError(f"cannot read the system include directories of {compiler}")
    return tuple(dirs)


# Found anywhere, then kept when only blanks precede them on their line (much faster than ^ with re.M).
_DEFINE = re.compile(rb"#[ \t]*define[ \t]+(\w+)((?:[^\n\\]++|\\[\s\S])*+)")
_WORD = re.compile(rb"[A-Za-z_$][\w$]*")


@functools.lru_cache(maxsize=4)
def system_macros_reaching_files(include_dirs: tuple[str, ...]) -> frozenset:
    """Names of macros defined under `include_dirs` that expand (directly or through each other) to
    `_Pragma` or `__has_include`, e.g. glibc's `__glibc_macro_warning1(x) _Pragma(#x)`.

    Through them a program could make the preprocessor run `GCC dependency "/etc/passwd"` or probe
    any path, so they are refused by name (in both sandbox modes, so verdicts do not depend on the
    mode). Any header defining a macro of that name counts: the list errs on the side of refusing.
    """
    mentioned_by: dict[bytes, set[bytes]] = {}  # a word -> the macros whose definitions mention it
    seen: set[tuple[int, int]] = set()  # (device, inode): a file reached through several links is read once
    for top in include_dirs:
        for root, _, files in os.walk(top):
            for name in files:
                path = os.path.join(root, name)
                try:
                    stat = os.stat(path)
                    if (stat.st_dev, stat.st_ino) in seen:
                        continue
                    seen.add((stat.st_dev, stat.st_ino))
                    with open(path, "rb") as handle:
                        data = handle.read()
                except OSError:
                    continue
                if b"define" in data:
                    for match in _DEFINE.finditer(data):
                        if data[data.rfind(b"\n", 0, match.start()) + 1:match.start()].strip(b" \t"):
                            continue  # not a directive: text before the # on its line
                        macro = match.group(1)
                        for word in set(_WORD.findall(match.group(2))):
                            mentioned_by.setdefault(word, set()).add(macro)
    reaching = {b"_Pragma", b"__has_include", b"__has_include_next"}
    frontier = list(reaching)
    while frontier:
        for macro in mentioned_by.get(frontier.pop(), ()):
            if macro not in reaching:
                reaching.add(macro)
                frontier.append(macro)
    return frozenset(n.decode("ascii", "replace") for n in reaching) - set(_PASTE_TARGETS)


class CompileRunner:
    """Compiles sources under `config` and returns verdicts; safe to share between threads.

    workers: parallel compiles (default: the machine's cores).
    cache_dir: on-disk verdict cache keyed on (runner version, source, flags, compiler version);
        None uses `default_cache_dir()`, False disables it. Precompiled headers live there too.
    """

    def __init__(self, config: CompileConfig | None = None, workers: int | None = None,
                 cache_dir: str | os.PathLike | None | bool = None, compiler: str = "g++"):
        self.config = config or CompileConfig()
        self.workers = max(1, workers or os.cpu_count() or 1)
        self.compiler = shutil.which(compiler)
        if self.compiler is None:
            raise RuntimeError(f"C++ compiler {compiler!r} not found; install g++ (Debian: apt-get install g++)")
        self.compiler = os.path.realpath(self.compiler)
        self.version = compiler_version(self.compiler)
        if self.config.sandbox == "screening":
            self.sandbox = "screening"
        elif _bubblewrap_works():
            self.sandbox = "bubblewrap"
        elif self.config.sandbox == "bubblewrap":
            raise RuntimeError("sandbox='bubblewrap' was requested but bwrap is missing or cannot create namespaces "
                               "(Debian: apt-get install bubblewrap)")
        else:
            self.sandbox = "screening"
        if self.config.linker == "gold" or (self.config.linker == "auto" and shutil.which("ld.gold")):
            self.linker = "gold"
        else:
            self.linker = "default"
        self.cache_dir = None if cache_dir is False else Path(cache_dir or default_cache_dir())
        self.system_include_dirs = _system_include_dirs(self.compiler, self.config.std)
        self._memory: dict[str, Verdict] = {}
        self._macro_names: frozenset | None = None
        self._pch_lock = threading.Lock()
        self._block_uses: Counter = Counter()
        self._pch_headers: dict[tuple[str, ...], Path | None] = {}
        self._stats_lock = threading.Lock()
        self.stats: Counter = Counter()  # seconds spent per step, and counts, since this runner was made

    # ------------------------------------------------------------ description
    def flags(self) -> list[str]:
        """The g++ flags that decide the verdict (without paths, PCH or sandbox plumbing)."""
        c = self.config
        flags = [f"-std={c.std}", *MODES[c.mode]]
        if c.warnings_as_errors:
            flags.append("-Werror")
        flags += [f"-fmax-errors={c.max_errors}", "-fno-diagnostics-show-caret", "-fdiagnostics-color=never",
                  "-fdiagnostics-urls=never", *c.extra_flags]
        if c.mode == "link":
            if c.warnings_as_errors:
                flags.append("-Wl,--fatal-warnings")
            if self.linker == "gold":
                flags.append("-fuse-ld=gold")
        return flags

    def describe(self) -> dict:
        c = self.config
        return {"runner_version": RUNNER_VERSION, "compiler": self.version, "std": c.std, "mode": c.mode,
                "warnings_as_errors": c.warnings_as_errors, "flags": self.flags(), "sandbox": self.sandbox,
                "precompiled_headers": c.use_pch, "linker": self.linker,
                "limits": {"timeout_s": c.timeout_s, "cpu_time_s": c.cpu_time_s, "memory_mb": c.memory_mb,
                           "max_output_mb": c.max_output_mb}}

    def _key(self, source_bytes: bytes) -> str:
        h = hashlib.sha256()
        h.update(json.dumps([RUNNER_VERSION, self.version, self.compiler, self.flags(), self.config.max_source_bytes,
                             self.config.use_pch]).encode())
        h.update(b"\0")
        h.update(source_bytes)
        return h.hexdigest()

    def _count(self, step: str, seconds: float) -> None:
        with self._stats_lock:
            self.stats[f"{step}_s"] += seconds
            self.stats[step] += 1

    # ------------------------------------------------------------------ cache
    def _cache_file(self, key: str) -> Path | None:
        return None if self.cache_dir is None else self.cache_dir / "verdicts" / key[:2] / f"{key}.json"

    def _cache_get(self, key: str) -> Verdict | None:
        if key in self._memory:
            return dataclasses.replace(self._memory[key], cached=True)
        path = self._cache_file(key)
        if path is None:
            return None
        try:
            verdict = Verdict.from_dict(json.loads(path.read_text()), cached=True)
        except (OSError, ValueError, KeyError, TypeError):
            return None
        self._memory[key] = verdict
        return verdict

    def _cache_put(self, key: str, verdict: Verdict) -> None:
        # Timeouts, limit hits and runner failures depend on load, not on the program: recompile next time.
        if verdict.reason in ("timeout", "resource", "internal"):
            return
        self._memory[key] = verdict
        path = self._cache_file(key)
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
            tmp.write_text(json.dumps(verdict.to_dict()))
            os.replace(tmp, path)
        except OSError:
            pass  # a read-only cache only costs speed

    # -------------------------------------------------------------------- PCH
    # A program's leading include block (the `#include <...>` lines before anything else), or its
    # longest prefix that recurs, is precompiled into one header and force-included ahead of the
    # program. Nothing precedes the
    # block in the program, so the headers are read in the same state and order; the program's
    # own include lines then find them already included (include guards), and its line numbers
    # are untouched. A block that does not build cleanly gets no PCH; g++ ignores an unusable PCH
    # and reads the header text, so verdicts are the same with and without.
    def pch_flags(self) -> list[str]:
        # Code-generation-relevant flags must match between the PCH and the compile.
        return [f for f in self.flags() if not f.startswith(("-Wl,", "-fuse-ld", "-c", "-fsyntax-only"))]

    def _pch_root(self) -> Path | None:
        if not self.config.use_pch or self.cache_dir is None:
            return None
        key = hashlib.sha256(json.dumps([_PCH_LAYOUT, self.version, self.compiler, self.pch_flags()]).encode()).hexdigest()[:16]
        return self.cache_dir / "pch" / key

    def _block_name(self, block: tuple[str, ...]) -> str:
        return "block-" + hashlib.sha256("\n".join(block).encode()).hexdigest()[:20] + ".h"

    def _pch_header(self, block: tuple[str, ...]) -> Path | None:
        """The block's ready header (with its .gch beside it), or None."""
        root = self._pch_root()
        if root is None or not block:
            return None
        with self._pch_lock:
            if block in self._pch_headers:
                return self._pch_headers[block]
        header = root / self._block_name(block)
        if header.exists() and header.with_name(header.name + ".gch").exists():
            with self._pch_lock:
                self._pch_headers[block] = header
            return header
        return None

    def _chosen_blocks(self, blocks: Sequence[tuple[str, ...]]) -> dict[tuple[str, ...], tuple[str, ...]]:
        """For each leading block, the longest prefix of it that has a PCH or gets one now, else ().

        Any prefix is as exact as the whole block: its headers come first in the program too. A
        prefix gets a PCH when at least `pch_min_uses` programs seen by this runner would use it:
        programs whose own block (or a longer prefix of it) recurs enough use that longer PCH and
        are not counted again for the shorter one, which would otherwise be built for a few
        leftovers."""
        with self._pch_lock:
            seen = dict(self._block_uses)
        under: dict[tuple[str, ...], list[tuple[str, ...]]] = {}  # a prefix -> the blocks that start with it
        for b in seen:
            for n in range(1, len(b) + 1):
                under.setdefault(b[:n], []).append(b)
        claimed: dict[tuple[str, ...], tuple[str, ...]] = {}
        for prefix in sorted(under, key=len, reverse=True):
            owners = [b for b in under[prefix] if b not in claimed]
            if owners and (sum(seen[b] for b in owners) >= self.config.pch_min_uses
                           or self._pch_header(prefix) is not None):
                claimed.update((b, prefix) for b in owners)
        # A longer block over a prefix that has a PCH saves only its extra headers per program (often
        # little: C++ headers share most of their internals), so it needs twice the programs to get its own.
        users: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
        for b, prefix in claimed.items():
            users.setdefault(prefix, []).append(b)
        kept: set[tuple[str, ...]] = set()
        for prefix in sorted(users, key=len):
            shorter = next((prefix[:n] for n in range(len(prefix) - 1, 0, -1) if prefix[:n] in kept), None)
            if shorter is None or sum(seen[b] for b in users[prefix]) >= 2 * self.config.pch_min_uses \
                    or self._pch_header(prefix) is not None:
                kept.add(prefix)
            else:
                claimed.update((b, shorter) for b in users[prefix])
        chosen = {}
        for block in blocks:
            # A block not counted yet (not in `seen`) may still start with a PCH already on disk.
            chosen[block] = claimed.get(block) or next(
                (block[:n] for n in range(len(block), 0, -1) if self._pch_header(block[:n]) is not None), ())
        return chosen

    def _needs_pch(self, block: tuple[str, ...]) -> bool:
        """A chosen block without a PCH yet (one whose build failed is not tried again)."""
        with self._pch_lock:
            tried = block in self._pch_headers
        return bool(block) and not tried and self._pch_header(block) is None

    def _build_pch(self, block: tuple[str, ...]) -> Path | None:
        """Precompile one block in the sandbox and limits of a compile; None when it does not build cleanly."""
        root = self._pch_root()
        header = self._pch_header(block)
        if header is not None or root is None:
            return header
        start = time.monotonic()
        job = tempfile.mkdtemp(prefix="compile-prefs-job-")
        try:
            root.mkdir(parents=True, exist_ok=True)
            (Path(job) / "tmp").mkdir()
            text = "".join(f"#include <{name}>\n" for name in block)
            (Path(job) / "block.h").write_text(text)
            rc, stderr, hit_cap, timed_out = self._sandboxed(
                job, None, [self.compiler, *self.pch_flags(), "-x", "c++-header", "block.h", "-o", "block.h.gch"],
                time.monotonic() + self.config.timeout_s, fsize_mb=self.config.pch_max_mb)
            header = root / self._block_name(block)
            if rc == 0 and not stderr.strip() and not hit_cap and not timed_out:
                os.replace(Path(job) / "block.h.gch", header.with_name(header.name + ".gch"))
                tmp = header.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
                tmp.write_text(text)
                os.replace(tmp, header)
            else:
                header = None
        except OSError:
            header = None
        finally:
            shutil.rmtree(job, ignore_errors=True)
        with self._pch_lock:
            self._pch_headers[block] = header
        self._count("pch_build", time.monotonic() - start)
        return header

    # ---------------------------------------------------------------- compile
    def check(self, source: str) -> Verdict:
        return self.check_many([source])[0]

    def check_many(self, sources: Sequence[str], progress: bool = False, desc: str = "compiling") -> list[Verdict]:
        """Verdicts in input order. Identical sources compile once; cached verdicts are reused."""
        sources = list(sources)
        for i, src in enumerate(sources):
            if not isinstance(src, str):
                raise TypeError(f"prediction at index {i} is {type(src).__name__}, expected str")
        encoded = [_encode(s) for s in sources]
        keys = [self._key(b) for b in encoded]
        results: dict[str, Verdict] = {}
        todo: dict[str, tuple[bytes, tuple[str, ...], frozenset]] = {}
        for key, data in zip(keys, encoded):
            if key in results or key in todo:
                continue
            hit = self._cache_get(key)
            if hit is not None:
                results[key] = hit
                continue
            start = time.monotonic()
            verdict, screened = self._screen(data)
            self._count("screen", time.monotonic() - start)
            if verdict is not None:
                self._cache_put(key, verdict)
                results[key] = verdict
            else:
                todo[key] = (data, screened.leading_block, screened.identifiers - screened.defines)
        if todo:
            with self._pch_lock:
                self._block_uses.update(block for _, block, _ in todo.values())
            chosen = self._chosen_blocks([block for _, block, _ in todo.values()])
            todo = {key: (data, chosen[block], names) for key, (data, block, names) in todo.items()}
            results.update(self._compile_all(todo, progress, desc))
        return [dataclasses.replace(results[k]) for k in keys]

    def _screen(self, data: bytes) -> tuple[Verdict | None, Screened]:
        """The size limit and the lexer's screen; `_macro_refusal` is the rest, once the system macros are known."""
        c = self.config
        if len(data) > c.max_source_bytes:
            return _bad("rejected_input", f"source is {len(data)} bytes, over the {c.max_source_bytes}-byte limit"), Screened(None)
        screened = scan_source(data.decode("utf-8", errors="replace"), c.std)
        if screened.refused:
            return _refused(screened.refused), screened
        return None, screened

    def _macro_refusal(self, names: frozenset) -> Verdict | None:
        """Refuses a program that uses (and does not define) a system macro reaching _Pragma or __has_include."""
        reaching = sorted(names & self._system_macro_names())
        if reaching:
            return _refused(f"system macro {reaching[0]} expands to _Pragma or __has_include, which could open "
                            f"files while preprocessing")
        return None

    def _system_macro_names(self) -> frozenset:
        """`system_macros_reaching_files`, kept on disk per compiler and header folders (it reads them all)."""
        if self._macro_names is not None:
            return self._macro_names
        stamp = [self.version, self.system_include_dirs,
                 [os.stat(d).st_mtime_ns if os.path.isdir(d) else 0 for d in self.system_include_dirs]]
        path = None
        if self.cache_dir is not None:
            path = self.cache_dir / "system-macros" / (hashlib.sha256(json.dumps(stamp).encode()).hexdigest()[:16] + ".json")
            try:
                self._macro_names = frozenset(json.loads(path.read_text()))
                return self._macro_names
            except (OSError, ValueError, TypeError):
                pass
        self._macro_names = system_macros_reaching_files(self.system_include_dirs)
        if path is not None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(f".{os.getpid()}.tmp")
                tmp.write_text(json.dumps(sorted(self._macro_names)))
                os.replace(tmp, path)
            except OSError:
                pass
        return self._macro_names

    def _compile_all(self, todo: dict[str, tuple[bytes, tuple[str, ...], frozenset]], progress: bool,
                     desc: str) -> dict[str, Verdict]:
        """Compile every pending source; blocks that need a PCH are built first, their programs right after.

        The PCH builds start before the programs' last screen (the system macros they use, whose
        list may first have to be read from every header): a block is a list of plain system
        header names, so building it opens nothing a program chose."""
        results: dict[str, Verdict] = {}
        bar = _progress_bar(len(todo), desc) if progress else None
        waiting: dict[tuple[str, ...], list[str]] = {}
        for key, (_, block, _) in todo.items():
            if self._needs_pch(block):
                waiting.setdefault(block, []).append(key)
        futures: list[Future] = []
        lock = threading.Lock()
        pool = ThreadPoolExecutor(max_workers=min(self.workers, len(todo) + len(waiting)))
        refused: set[str] = set()
        deferred: list[tuple[list[str], Path | None]] | None = []  # None once every program is screened

        def compile_later(keys: list[str], header: Path | None) -> None:
            with lock:
                if deferred is not None:  # a PCH was ready before the macro screen ended: no program starts before it
                    deferred.append((keys, header))
                    return
                futures.extend((pool.submit(self._compile_one, todo[k][0], header), k) for k in keys if k not in refused)

        def build(block: tuple[str, ...]) -> None:
            try:
                header = self._build_pch(block)
            except Exception:  # noqa: BLE001 - without a PCH the programs still compile, only slower
                header = None
            compile_later(waiting[block], header)

        try:
            with lock:
                futures.extend((pool.submit(build, block), None) for block in waiting)
            start = time.monotonic()
            for key, (_, _, names) in todo.items():
                verdict = self._macro_refusal(names)
                if verdict is not None:
                    with lock:
                        refused.add(key)
                    self._cache_put(key, verdict)
                    results[key] = verdict
                    if bar is not None:
                        bar.update(1)
            self._count("screen_macros", time.monotonic() - start)
            with lock:
                ready, deferred = deferred, None
            for keys, header in ready:
                compile_later(keys, header)
            with lock:
                futures.extend((pool.submit(self._compile_one, data, self._pch_header(block)), key)
                               for key, (data, block, _) in todo.items() if block not in waiting and key not in refused)
            done = 0
            while True:
                with lock:
                    if done == len(futures):
                        break
                    future, key = futures[done]
                done += 1
                outcome = future.result()
                if key is not None:
                    self._cache_put(key, outcome)
                    results[key] = outcome
                    if bar is not None:
                        bar.update(1)
        except BaseException:
            with lock:
                for future, _ in futures:
                    future.cancel()
            _kill_all_live()
            raise
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
            if bar is not None:
                bar.close()
        return results

    def _compile_one(self, data: bytes, header: Path | None) -> Verdict:
        start = time.monotonic()
        job = tempfile.mkdtemp(prefix="compile-prefs-job-")
        try:
            (Path(job) / "tmp").mkdir()
            (Path(job) / _SOURCE_NAME).write_bytes(data)
            verdict = self._run_compiler(job, header, start + self.config.timeout_s)
        except Exception as err:  # noqa: BLE001 - one broken compile must never sink the batch
            verdict = _bad("internal", f"runner failed: {err.__class__.__name__}: {err}")
        finally:
            shutil.rmtree(job, ignore_errors=True)
        verdict.seconds = time.monotonic() - start
        return verdict

    def _run_compiler(self, job: str, header: Path | None, deadline: float) -> Verdict:
        """Preprocess, compile, check, then assemble and link: one sandboxed shell, four steps.

        The shell runs `g++ -E` (to main.ii) and reports its status on stdout, then the compile
        of main.cpp to assembly, reports that, and waits on stdin. Meanwhile the runner checks
        main.ii (what the preprocessor emitted for the program's lines) and then main.s (what the
        assembler would read); only when both pass does it answer `assemble`. The assembler, which
        is what reads files through `.incbin`/`.include`, never runs before the check. The compile
        reads main.cpp, not main.ii: compiled from preprocessed text, g++ loses where macros were
        expanded and drops warnings a plain compile prints (`int x = NULL;` -Wconversion-null).
        """
        c = self.config
        pch_root = header.parent if header is not None else None
        include_path = (f"{_SANDBOX_PCH}/{header.name}" if self.sandbox == "bubblewrap" else str(header)) if header else None
        preprocessed, assembly = Path(job) / "main.ii", Path(job) / "main.s"
        outcome: dict[str, object] = {}
        start = time.monotonic()

        def on_status(line: str) -> str | None:
            stage, _, code = line.partition(" ")
            now = time.monotonic()
            outcome[stage] = int(code) if code.lstrip("-").isdigit() else -1
            if stage == "preprocessed":
                self._count("preprocess", now - start)
                outcome["t"] = now
                if outcome[stage] == 0:
                    outcome["refused"] = self._check_preprocessed_file(preprocessed, include_path)
                    self._count("output_check", time.monotonic() - now)
                    if outcome["refused"]:
                        return "kill"  # the compile of a refused program is not worth finishing
                return None
            if stage == "compiled":
                self._count("compile", now - outcome.get("t", start))
                if outcome[stage] != 0 or c.mode == "syntax":
                    return None
                outcome["refused"] = outcome.get("refused") or check_assembly(assembly.read_bytes())
                outcome["t"] = time.monotonic()
                self._count("output_check", outcome["t"] - now)
                return "stop" if outcome["refused"] else "assemble"
            return None

        rc, stderr, hit_cap, timed_out = self._sandboxed(job, pch_root, ["/bin/sh", "-c", self._staged_script(include_path)],
                                                         deadline, on_status=on_status)
        if outcome.get("compiled") == 0 and c.mode != "syntax" and not outcome.get("refused") and "t" in outcome:
            self._count("assemble_link", time.monotonic() - outcome["t"])
        text = stderr.decode("utf-8", errors="replace")
        if outcome.get("refused"):
            return _refused(outcome["refused"])
        if timed_out:
            return self._timed_out(text, job) if "preprocessed" in outcome else \
                _bad("timeout", f"preprocessing exceeded {c.timeout_s:g} s")
        if _shell_status(int(outcome.get("preprocessed", 0))) < 0:
            return _classify(_shell_status(int(outcome["preprocessed"])), text, job, hit_cap, c.warnings_as_errors)
        if "compiled" not in outcome:
            return _classify(rc, text, job, hit_cap, c.warnings_as_errors)  # the shell itself was stopped
        if outcome["compiled"] != 0 or c.mode == "syntax":
            return _classify(_shell_status(int(outcome["compiled"])), text, job, hit_cap, c.warnings_as_errors)
        return _classify(rc, text, job, hit_cap, c.warnings_as_errors)

    def _staged_script(self, include_path: str | None) -> str:
        """The shell script of one compile (see `_run_compiler`); every argument is quoted.

        The preprocessor runs without -Werror and its diagnostics are dropped: the compile that
        follows reports the same ones, as a plain compile does. If it fails (an #error, a missing
        header) there is no main.ii to check and the compile fails the same way."""
        c, q = self.config, shlex.join
        include = ["-include", include_path] if include_path else []
        compile_flags = [f for f in self.flags() if f not in ("-c", "-fsyntax-only") and not f.startswith(("-Wl,", "-fuse-ld"))]
        lines = [f"{q([self.compiler, f'-std={c.std}', *c.extra_flags, '-E', '-fpch-preprocess', *include, _SOURCE_NAME, '-o', 'main.ii'])}"
                 " >/dev/null 2>&1",
                 'r=$?; echo "preprocessed $r"; [ $r -le 128 ] || exit $r']
        if c.mode == "syntax":
            lines += [f"{q([self.compiler, *compile_flags, '-fsyntax-only', *include, _SOURCE_NAME])} >/dev/null",
                      'r=$?; echo "compiled $r"; exit $r']
            return "\n".join(lines)
        lines += [f"{q([self.compiler, *compile_flags, '-S', *include, _SOURCE_NAME, '-o', 'main.s'])} >/dev/null",
                  'r=$?; echo "compiled $r"; [ $r -eq 0 ] || exit $r',
                  'read answer; [ "$answer" = assemble ] || exit 0']
        out = ["-c", "main.s", "-o", "main.o"] if c.mode == "object" else ["main.s", "-o", "main.out"]
        lines.append(f"exec {q([self.compiler, *[f for f in self.flags() if f != '-c'], *out])} >/dev/null")
        return "\n".join(lines)

    def _check_preprocessed_file(self, path: Path, include_path: str | None) -> str | None:
        data = path.read_bytes()
        # g++ names the runner's precompiled header here; nothing else may load one.
        for match in _PCH_PRAGMA.finditer(data):
            named = match.group(1).decode("utf-8", "replace")
            if include_path is None or os.path.normpath(named) != os.path.normpath(include_path + ".gch"):
                return f"#pragma GCC pch_preprocess {named[:60]!r} is not the runner's own precompiled header"
        return check_preprocessed(data, self.system_include_dirs, [include_path] if include_path else [], self.config.std)

    def _timed_out(self, text: str, job: str) -> Verdict:
        first = next((l for l in text.splitlines() if _DIAGNOSTIC.search(l)), "")
        return _bad("timeout", _normalise(first, job) or f"compile exceeded {self.config.timeout_s:g} s")

    def _sandboxed(self, job: str, pch_root: Path | None, argv: list[str], deadline: float,
                   fsize_mb: int | None = None, on_status=None):
        """Run `argv` on the job folder under the sandbox and limits: (returncode, stderr, hit_cap, timed_out).

        With `on_status`, each line the command writes to stdout is passed to it, and what it
        returns is written to the command's stdin ("kill" stops the command instead)."""
        c = self.config
        inside_job = _SANDBOX_JOB if self.sandbox == "bubblewrap" else job
        if self.sandbox == "bubblewrap":
            wrap = ["bwrap", *_bwrap_base_args(), "--bind", job, _SANDBOX_JOB, "--chdir", _SANDBOX_JOB,
                    "--setenv", "TMPDIR", f"{_SANDBOX_JOB}/tmp"]
            if pch_root is not None:
                wrap += ["--ro-bind", str(pch_root), _SANDBOX_PCH]
            argv = wrap + ["--"] + argv
        limits = ["prlimit", f"--as={c.memory_mb << 20}", f"--cpu={c.cpu_time_s}",
                  f"--fsize={(fsize_mb or c.max_output_mb) << 20}", "--core=0", "--"] if _PRLIMIT else []
        env = {"LC_ALL": "C", "PATH": "/usr/bin:/bin", "TMPDIR": f"{inside_job}/tmp"}
        timeout = deadline - time.monotonic()
        if timeout <= 0:
            return -signal.SIGKILL, b"", False, True
        talk = subprocess.PIPE if on_status else subprocess.DEVNULL
        proc = subprocess.Popen(limits + argv, cwd=job, stdin=talk, stdout=talk, stderr=subprocess.PIPE, env=env,
                                start_new_session=True)
        with _LIVE_LOCK:
            _LIVE.add(proc)
        try:
            stderr, hit_cap, timed_out = _converse(proc, c.max_stderr_kb << 10, timeout, on_status)
        finally:
            _kill_group(proc)  # nothing the compiler started outlives the compile
            proc.wait()
            with _LIVE_LOCK:
                _LIVE.discard(proc)
        return proc.returncode, stderr, hit_cap, timed_out


def _shell_status(code: int) -> int:
    """A shell's $? of a command killed by signal N is 128+N; read it as Popen would (-N)."""
    return -(code - 128) if code > 128 else code


def _converse(proc: subprocess.Popen, cap: int, timeout: float, on_status=None) -> tuple[bytes, bool, bool]:
    """Read stderr up to `cap` bytes, and stdout status lines for `on_status`; stop the command when it
    writes more than `cap`, runs past `timeout` or `on_status` answers "kill"."""
    chunks, size, hit_cap, timed_out = [], 0, False, False
    deadline = time.monotonic() + timeout
    err_fd = proc.stderr.fileno()
    out_fd = proc.stdout.fileno() if on_status else None
    pending = b""
    with selectors.DefaultSelector() as sel:
        for fd in (err_fd, out_fd):
            if fd is not None:
                os.set_blocking(fd, False)
                sel.register(fd, selectors.EVENT_READ)
        open_fds = len(sel.get_map())
        while open_fds:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                timed_out = True
                break
            events = sel.select(timeout=min(remaining, 0.5))
            if not events:
                if proc.poll() is None:
                    continue  # nothing to read yet and still running
                events = [(key, selectors.EVENT_READ) for key in sel.get_map().values()]  # exited: read to EOF
            stop = False
            for key, _ in events:
                try:
                    chunk = os.read(key.fd, 65536)
                except BlockingIOError:
                    continue
                if not chunk:
                    sel.unregister(key.fd)
                    open_fds -= 1
                    continue
                if key.fd == err_fd:
                    chunks.append(chunk)
                    size += len(chunk)
                    if size > cap:
                        hit_cap = stop = True
                    continue
                pending += chunk
                while b"\n" in pending:
                    line, pending = pending.split(b"\n", 1)
                    answer = on_status(line.decode("ascii", "replace").strip())
                    if answer == "kill":
                        stop = True
                    elif answer is not None and proc.stdin is not None and not proc.stdin.closed:
                        try:
                            proc.stdin.write(answer.encode() + b"\n")
                            proc.stdin.close()
                        except OSError:
                            pass
            if stop:
                break
    for stream in (proc.stderr, proc.stdout, proc.stdin):
        if stream is not None and not stream.closed:
            try:
                stream.close()
            except OSError:
                pass
    return b"".join(chunks)[:cap], hit_cap, timed_out


def _encode(source: str) -> bytes:
    try:
        # Lone surrogates (undecodable bytes read with surrogateescape) go to the compiler as the bytes they were.
        return source.encode("utf-8", errors="surrogateescape")
    except UnicodeEncodeError:
        return source.encode("utf-8", errors="replace")


def _progress_bar(total: int, desc: str):
    try:
        from tqdm.auto import tqdm
    except ImportError:
        return None
    return tqdm(total=total, desc=desc, unit="file", dynamic_ncols=True)
