"""The project's own demo corpus: C++ submissions laid out exactly like Project CodeNet.

Usage (`make demo-corpus` runs the first):
    python tools/demo_corpus/demo_corpus.py --out data/demo_corpus             # (re)generate; deterministic
    python tools/demo_corpus/demo_corpus.py --out data/demo_corpus --verify    # + compile every file, run samples
    python tools/demo_corpus/demo_corpus.py --out /tmp/x --verify --syntax-only --jobs 2

A tool of the project, not part of the installed package: it writes the committed data/demo_corpus.
Nothing here comes from CodeNet. Every problem in demo_corpus_bank.py (beside this file) was written for this
project with 2-4 solution skeletons (different algorithms). An accepted submission is one skeleton
rendered in a style drawn from a seeded RNG -- headers, namespace, scanf or cin, macros, typedefs,
names, brace style, indentation, spacing, comments -- the ways competitive programmers differ.
Failing submissions fail for real: compile errors made the way people make them (a truncated paste,
a typo, a missing ';' or '}', a type error, a misspelt header), wrong answers from a bug written into
the skeleton, crashes, and correct-but-slow skeletons for Time Limit Exceeded. Three "Accepted"
programs rely on what old judges took and g++ -std=c++17 now rejects or warns about (gets, register,
bind2nd), so a consumer's "keep only what compiles here" filter has something to drop.

Generating is pure Python and stdlib, so it is cheap and byte-identical for a given seed. --verify
takes each program's compile verdict from the project's one compile runner (compile_prefs, under the
paper's flags) and builds and runs the programs itself to check their samples.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import io
import os
import random
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from demo_corpus_bank import PROBLEMS, Problem

DEFAULT_SEED = 20240611
ACCEPTED_PER_PROBLEM = 10
PROBLEM_LIST_HEADER = ["id", "name", "dataset", "time_limit", "memory_limit", "rating", "tags", "complexity"]
METADATA_HEADER = [
    "submission_id", "problem_id", "user_id", "date", "language", "original_language",
    "filename_ext", "status", "cpu_time", "memory", "code_size", "accuracy",
]
# What the reference setup compiles with; "Accepted" programs must be silent under it.
GXX_FLAGS = ("-std=c++17", "-Werror")


# --------------------------------------------------------------------------------------------
# A C++ tokenizer good enough for rewriting competitive-programming code: it keeps whitespace,
# comments and literals as tokens, so "".join(tokens) gives back the line exactly.

_TOKEN = re.compile(
    r"""(?P<ws>\s+)
    |(?P<comment>//.*|/\*.*?\*/)
    |(?P<str>"(?:\\.|[^"\\])*")
    |(?P<chr>'(?:\\.|[^'\\])*')
    |(?P<num>\.?\d(?:[eEpP][+-]|[\w.])*)
    |(?P<id>[A-Za-z_]\w*)
    |(?P<op>::|->|<<=|>>=|[-+*/%&|^!=<>]=|<<|>>|&&|\|\||\+\+|--|.)""",
    re.X,
)


def tokenize(text: str) -> list[tuple[str, str]]:
    return [(m.lastgroup, m.group()) for m in _TOKEN.finditer(text)]


KEYWORDS = frozenset(
    """auto bool break case catch char class const constexpr continue default delete do double
    else enum explicit extern false float for friend goto if inline int long mutable namespace new
    nullptr operator private protected public register return short signed sizeof static struct
    switch template this throw true try typedef typename union unsigned using virtual void volatile
    while""".split()
)
# Names a program writes bare under `using namespace std;` and as std::name otherwise.
STD_NAMES = frozenset(
    """cin cout cerr endl string vector pair make_pair sort stable_sort reverse max min swap queue
    priority_queue stack deque map set multiset unordered_map unordered_set greater less lower_bound
    upper_bound binary_search accumulate fill iota unique min_element max_element count count_if
    find next_permutation gcd lcm __gcd abs getline to_string stoi stoll ios ios_base fixed
    setprecision numeric_limits bitset array tuple tie make_tuple function istringstream
    stringstream equal transform bind2nd nth_element partial_sum list""".split()
)
# C library names that live in the global namespace too; never produced by a misspelling.
C_NAMES = frozenset("printf scanf puts putchar getchar gets memset strlen sqrt pow fabs".split())


def identifiers(text: str) -> set[str]:
    return {tok for kind, tok in tokenize(text) if kind == "id"}


# --------------------------------------------------------------------------------------------
# Style: one competitive programmer's habits, drawn once per submission.

@dataclass
class Style:
    bits: bool = True  # #include <bits/stdc++.h> or the headers actually needed
    include_space: bool = True  # "#include <x>" or "#include<x>"
    header_order: str = "io_first"  # io_first | sorted | shuffled
    namespace: str = "using"  # using | qualified | using_decls
    io: str = "cin"  # cin | scanf
    fast_io: str | None = None  # None | sync | sync_tie | struct
    newline: str = "endl"  # endl | '\n' | "\n"
    macro_user: bool = False
    loops: str = "post"  # post (i++) | pre (++i) | rep | REP
    all_macro: bool = False
    ll: str = "long long"  # long long | ll_typedef | ll_using | ll_define | LL_typedef | int64_t
    const: str = "const"  # const | constexpr | define | static
    chmax: str = "if"  # if | max | template
    main: str = "main"  # main | solve
    main_sig: str = "int main()"
    return0: bool = True
    brace: str = "knr"  # knr | allman | func_allman
    else_newline: bool = False
    indent: str = "    "
    spacing: str = "spaced"  # spaced | kw_compact | compact
    comment_keep: float = 1.0
    header_comment: str = "none"
    extras: bool = False  # unused typedefs/macros/constants, the "template" many people paste
    dense: bool = False  # no blank lines inside function bodies
    trailing_newline: bool = False
    yn: str = "ternary"  # ternary | ifelse
    decl_same_line: bool = False
    scanf_compact: bool = False  # "%d%d" rather than "%d %d"
    puts_literals: bool = True


def _pick(rng: random.Random, weighted: dict):
    keys = list(weighted)
    return rng.choices(keys, weights=[weighted[k] for k in keys])[0]


def draw_style(rng: random.Random, io_style: str | None = None) -> Style:
    s = Style()
    s.bits = rng.random() < 0.38
    s.include_space = rng.random() < (0.6 if s.bits else 0.85)
    s.header_order = _pick(rng, {"io_first": 3, "sorted": 1, "shuffled": 1})
    s.namespace = _pick(rng, {"using": 78, "qualified": 14, "using_decls": 8})
    s.io = io_style or _pick(rng, {"cin": 62, "scanf": 38})
    if s.io == "cin":
        s.fast_io = _pick(rng, {None: 45, "sync_tie": 35, "sync": 10, "struct": 10})
    s.newline = _pick(rng, {"endl": 5, "'\\n'": 3, '"\\n"': 2})
    s.macro_user = rng.random() < 0.35
    if s.macro_user:
        s.loops = _pick(rng, {"rep": 7, "REP": 2, "post": 1})
        s.all_macro = rng.random() < 0.7
        s.ll = _pick(rng, {"ll_typedef": 5, "ll_using": 2, "ll_define": 2, "LL_typedef": 1})
        s.chmax = _pick(rng, {"template": 7, "max": 2, "if": 1})
    else:
        s.loops = _pick(rng, {"post": 7, "pre": 3})
        s.ll = _pick(rng, {"long long": 6, "ll_typedef": 3, "int64_t": 1})
        s.chmax = _pick(rng, {"if": 1, "max": 1})
    if s.ll == "int64_t" and s.io != "cin":
        s.ll = "long long"  # printf("%lld") and int64_t (a long here) disagree
    s.const = _pick(rng, {"const": 5, "constexpr": 2, "define": 2, "static": 1})
    s.main = _pick(rng, {"main": 8, "solve": 2})
    s.main_sig = _pick(rng, {"int main()": 85, "int main(void)": 7, "signed main()": 4,
                             "int main(int argc, char* argv[])": 4})
    s.return0 = rng.random() < 0.8
    s.brace = _pick(rng, {"knr": 70, "allman": 18, "func_allman": 12})
    s.else_newline = s.brace == "knr" and rng.random() < 0.15
    s.indent = _pick(rng, {"    ": 45, "  ": 27, "\t": 23, "   ": 5})
    s.spacing = _pick(rng, {"spaced": 6, "kw_compact": 2, "compact": 2})
    s.comment_keep = rng.choice([0.0, 0.0, 0.5, 1.0])
    s.header_comment = _pick(rng, {"none": 55, "title": 12, "pid": 10, "author": 10, "block": 8, "date": 5})
    s.extras = rng.random() < (0.7 if s.macro_user else 0.12)
    s.dense = rng.random() < 0.25
    s.trailing_newline = rng.random() < 0.45
    s.yn = _pick(rng, {"ternary": 6, "ifelse": 4})
    s.decl_same_line = rng.random() < 0.3
    s.scanf_compact = rng.random() < 0.5
    s.puts_literals = rng.random() < 0.6
    return s


# Names the skeletons use that a programmer might have spelt differently.
RENAMES = {
    "ans": ["ans", "res", "answer", "result", "ret"],
    "cnt": ["cnt", "c", "num", "tot", "counter"],
    "sum": ["sum", "s", "total", "acc"],
    "dp": ["dp", "DP", "memo", "f", "tbl"],
    "vis": ["vis", "visited", "used", "seen"],
    "dist": ["dist", "d", "dis", "D"],
    "G": ["G", "g", "adj", "graph", "edge"],
    "q": ["q", "que", "Q", "qu"],
    "st": ["st", "stk", "S", "stack_"],
    "a": ["a", "A", "arr", "v", "vec", "nums"],
    "ok": ["ok", "flag", "good", "valid"],
    "par": ["par", "parent", "p", "root_"],
    "mx": ["mx", "best", "maxv", "hi"],
    "mn": ["mn", "minv", "lo", "low"],
    "grid": ["grid", "S", "field", "maze", "board", "c"],
    "cur": ["cur", "now", "tmp", "t"],
    "pre": ["pre", "prefix", "ps", "cum", "psum"],
    "x": ["x", "X", "val", "v"],
}
MACRO_NAMES = frozenset("rep REP FOR rrep all ll LL pb mp fi se pii P vi INF LINF MOD dx dy chmax chmin".split())
LOOP_MACROS = {
    "rep": ["#define rep(i, n) for (int i = 0; i < (int)(n); i++)", "#define rep(i,n) for(int i=0;i<(n);++i)",
            "#define rep(i, n) for (int i = 0; i < (n); ++i)"],
    "REP": ["#define REP(i,n) for(int i=0;i<(int)(n);i++)", "#define REP(i, n) for (int i = 0; i < (n); ++i)"],
    "FOR": ["#define FOR(i,a,b) for(int i=(a);i<(b);++i)", "#define FOR(i, a, b) for (int i = (a); i < (int)(b); i++)"],
    "rrep": ["#define rrep(i,n) for(int i=(int)(n)-1;i>=0;--i)", "#define rrep(i, n) for (int i = (n) - 1; i >= 0; i--)"],
    "all": ["#define all(x) (x).begin(), (x).end()", "#define all(x) (x).begin(),(x).end()",
            "#define all(v) v.begin(), v.end()"],
}
IO_HEADERS = {"cin": "iostream", "scanf": "cstdio"}


# --------------------------------------------------------------------------------------------
# The renderer: skeleton text + style -> program lines. A line is (tag, level, text); the tag
# says where it sits (include, prelude, global, head, body, foot) so mutations can aim at the
# body, the level is the indentation depth that the chosen indent unit turns into text.

Line = tuple[str, int, str]

_MARKER = re.compile(r"@\{(.*?)@\}", re.S)
_INLINE = re.compile(r"@(rep|for|rrep|all)\(")


def resolve_markers(text: str, variant: int) -> str:
    """`@{ok@|wrong@|crash@}`: variant 0 = accepted, 1 = wrong answer, 2 = runtime error."""
    def pick(m):
        alts = m.group(1).split("@|")
        return alts[variant] if variant < len(alts) else alts[0]
    return _MARKER.sub(pick, text)


def _split_args(s: str) -> list[str]:
    depth, cur, out = 0, "", []
    for ch in s:
        if ch in "([{<" and not (ch == "<" and cur.endswith(" ")):
            depth += ch != "<"
        if ch in ")]}":
            depth -= 1
        if ch == "," and depth == 0:
            out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    out.append(cur.strip())
    return out


def _first_arg(s: str) -> tuple[str, str]:
    """'dp[i + 1][j] dp[i][j] + v' -> ('dp[i + 1][j]', 'dp[i][j] + v'): split at the first top-level space."""
    depth = 0
    for k, ch in enumerate(s):
        depth += (ch in "([") - (ch in ")]")
        if ch == " " and depth == 0:
            return s[:k], s[k + 1:].strip()
    raise ValueError(f"expected two arguments: {s!r}")


def _paren(expr: str) -> str:
    return expr if re.fullmatch(r"[\w.]+(\(\))?", expr) else f"({expr})"


@dataclass
class Skeleton:
    name: str
    needs: list[str]
    globals_: list[str]
    body: list[str]
    slow: bool = False
    legacy: bool = False
    verbatim: str | None = None
    io: str | None = None
    local: list[str] = field(default_factory=list)
    std: str = "c++17"
    why: str = ""  # for a legacy program: what g++ -std=c++17 objects to

    @property
    def variants(self) -> set[int]:
        """Which markers' alternatives exist: 1 = a wrong-answer bug, 2 = a crash."""
        found = {0}
        for m in _MARKER.finditer("\n".join(self.globals_ + self.body)):
            found.update(range(len(m.group(1).split("@|"))))
        return found


def parse_skeleton(name: str, text: str) -> Skeleton:
    sk = Skeleton(name=name, needs=[], globals_=[], body=[])
    lines = text.strip("\n").split("\n")
    if lines and lines[0].startswith("%verbatim"):
        sk.legacy = True
        _, sk.std, sk.why = lines[0].split(maxsplit=2)
        sk.verbatim = "\n".join(lines[1:]) + "\n"
        return sk
    target = sk.globals_
    for raw in lines:
        if raw.startswith("%"):
            word, *rest = raw[1:].split()
            if word == "main":
                target = sk.body
            elif word == "need":
                sk.needs += rest
            elif word == "slow":
                sk.slow = True
            elif word == "io":
                sk.io = rest[0]
            elif word == "local":
                sk.local += rest
            else:
                raise ValueError(f"{name}: unknown meta line {raw!r}")
        else:
            target.append(raw.rstrip())
    if not sk.body:
        raise ValueError(f"{name}: no %main section")
    return sk


class Renderer:
    """Turns one skeleton into one program in one style."""

    def __init__(self, style: Style, rng: random.Random, problem: Problem, user_id: str, date: int):
        self.s, self.rng, self.problem = style, rng, problem
        self.user_id, self.date = user_id, date
        self.needs: list[str] = []
        self.macros: list[str] = []  # loop/all macro names the code uses
        self.chmax_used: set[str] = set()
        self.taken: set[str] = set()  # identifiers in the program, for fresh names

    # ---- small pieces of style -----------------------------------------------------------
    @property
    def nl(self) -> str:
        return self.s.newline

    def i64(self) -> str:
        return {"long long": "long long", "int64_t": "int64_t", "ll_define": "ll"}.get(
            self.s.ll, "LL" if self.s.ll == "LL_typedef" else "ll")

    def need(self, *headers: str) -> None:
        for h in headers:
            if h not in self.needs:
                self.needs.append(h)

    def fresh(self, *candidates: str) -> str:
        for c in candidates:
            if c not in self.taken:
                self.taken.add(c)
                return c
        i = 2
        while f"{candidates[0]}{i}" in self.taken:
            i += 1
        self.taken.add(f"{candidates[0]}{i}")
        return f"{candidates[0]}{i}"

    def loop(self, kind: str, args: list[str]) -> str:
        loops = self.s.loops
        inc = "++{v}" if loops == "pre" else "{v}++"
        if kind == "rep":
            i, n = args
            if loops in ("rep", "REP"):
                self.macros.append(loops)
                return f"{loops}({i}, {n})"
            return f"for (int {i} = 0; {i} < {n}; {inc.format(v=i)})"
        if kind == "for":
            i, a, b = args
            if loops in ("rep", "REP"):
                self.macros.append("FOR")
                return f"FOR({i}, {a}, {b})"
            return f"for (int {i} = {a}; {i} < {b}; {inc.format(v=i)})"
        i, n = args  # rrep
        if loops in ("rep", "REP"):
            self.macros.append("rrep")
            return f"rrep({i}, {n})"
        dec = f"--{i}" if loops == "pre" else f"{i}--"
        return f"for (int {i} = {_paren(n)} - 1; {i} >= 0; {dec})"

    def expand_inline(self, text: str) -> str:
        while True:
            m = _INLINE.search(text)
            if not m:
                break
            depth, j = 1, m.end()
            while depth:
                depth += {"(": 1, ")": -1}.get(text[j], 0)
                j += 1
            args = _split_args(text[m.end():j - 1])
            if m.group(1) == "all":
                if self.s.all_macro:
                    self.macros.append("all")
                    rep = f"all({args[0]})"
                else:
                    rep = f"{args[0]}.begin(), {args[0]}.end()"
            else:
                rep = self.loop(m.group(1), args)
            text = text[:m.start()] + rep + text[j:]
        return re.sub(r"\bi64\b", self.i64(), text)

    # ---- I/O directives ------------------------------------------------------------------
    def fmt(self, t: str) -> str:
        if t.startswith("dbl."):
            return f"%.{t[4:]}f"
        return {"int": "%d", "i64": "%lld", "dbl": "%lf", "char": "%c", "str": "%s"}[t]

    def ctype(self, t: str) -> str:
        return {"int": "int", "i64": self.i64(), "dbl": "double", "char": "char", "str": "string"}[t]

    def read(self, t: str, exprs: list[str]) -> list[str]:
        if self.s.io == "cin":
            return ["cin >> " + " >> ".join(exprs) + ";"]
        if t == "str":
            raise ValueError("@rd str is not supported in scanf style; use @in")
        sep = "" if self.s.scanf_compact else " "
        f = (" %c" if t == "char" else self.fmt(t))
        return [f'scanf("{sep.join([f] * len(exprs))}", ' + ", ".join("&" + e for e in exprs) + ");"]

    def directive(self, line: str, in_solve: bool) -> list[str]:
        word, _, rest = line[1:].partition(" ")
        rest = rest.strip()
        s = self.s
        if word == "in":
            t, *names = rest.split()
            if t == "str" and s.io == "scanf":
                out = []
                for name in names:
                    buf = self.fresh("buf", "tmp", "str_", "cs")
                    out += [f"char {buf}[{self.problem.max_len}];", f'scanf("%s", {buf});', f"string {name} = {buf};"]
                    self.need("string")
                return out
            if t == "str":
                self.need("string")
            decl = f"{self.ctype(t)} {', '.join(names)};"
            rd = self.read(t, names)
            return [decl + " " + rd[0]] if s.decl_same_line else [decl] + rd
        if word == "rd":
            t, *exprs = rest.split()
            return self.read(t, exprs)
        if word == "rdvec":
            t, name, n = rest.split()
            if s.io == "cin" and self.rng.random() < 0.5:
                v = self.fresh("x", "e", "t", "y")
                return [f"for (auto& {v} : {name}) cin >> {v};"]
            i = self.fresh("i", "j", "k")
            return [self.loop("rep", [i, n]) + " " + self.read(t, [f"{name}[{i}]"])[0]]
        if word in ("out", "put"):
            t, _, expr = rest.partition(" ")
            return [self.write([(t, expr)], newline=word == "out")]
        if word == "outs":
            parts = [p.strip().partition(" ") for p in rest.split("|")]
            return [self.write([(t, e) for t, _, e in parts], newline=True)]
        if word == "sep":
            i = rest
            if s.io == "cin":
                return [f"if ({i}) cout << ' ';" if self.rng.random() < 0.5 else f'if ({i} > 0) cout << " ";']
            return [f"if ({i}) putchar(' ');" if self.rng.random() < 0.5 else f'if ({i} > 0) printf(" ");']
        if word == "nl":
            if s.io == "cin":
                return [f"cout << {self.nl};"]
            return [self.rng.choice(['puts("");', "putchar('\\n');", 'printf("\\n");'])]
        if word == "yn":
            cond, yes, no = [p.strip() for p in rest.split("|")]
            if s.yn == "ternary":
                return [self.write([("str", f"({cond} ? {yes} : {no})")], newline=True, literal=True)]
            return [f"if ({cond}) " + self.write([("str", yes)], True), "else " + self.write([("str", no)], True)]
        if word == "ret":
            return ["return;" if in_solve else "return 0;"]
        if word in ("chmax", "chmin"):
            a, b = _first_arg(rest)
            op = "<" if word == "chmax" else ">"
            if s.chmax == "template":
                self.chmax_used.add(word)
                return [f"{word}({a}, {b});"]
            if s.chmax == "max":
                self.need("algorithm")
                return [f"{a} = {'max' if word == 'chmax' else 'min'}({a}, {b});"]
            return [f"if ({a} {op} {b}) {a} = {b};"]
        raise ValueError(f"unknown directive {line!r}")

    def write(self, items: list[tuple[str, str]], newline: bool, literal: bool = False) -> str:
        if self.s.io == "cin":
            parts = []
            for k, (t, e) in enumerate(items):
                if k:
                    parts.append("' '" if self.rng.random() < 0.5 else '" "')
                if t.startswith("dbl."):
                    self.need("iomanip")
                    parts.append(f"fixed << setprecision({t[4:]}) << {e}")
                else:
                    parts.append(_paren(e) if re.search(r"[?=<>&|^!]", e.replace("->", "")) else e)
            if newline:
                parts.append(self.nl)
            return "cout << " + " << ".join(parts) + ";"
        if len(items) == 1 and items[0][0] == "str" and newline and self.s.puts_literals:
            e = items[0][1]
            if e.startswith("(") and e.endswith(")"):
                e = e[1:-1]  # puts(c ? "Yes" : "No"), not puts((c ? ...))
            elif not e.startswith('"'):
                e += ".c_str()"
            return f"puts({e});"
        fmt, args = [], []
        for t, e in items:
            if t == "str" and e.startswith('"') and not literal and "%" not in e:
                fmt.append(e[1:-1])
                continue
            fmt.append(self.fmt(t))
            args.append(e + ".c_str()" if t == "str" and not e.startswith(('"', "(")) else e)
        f = " ".join(fmt) + ("\\n" if newline else "")
        return f'printf("{f}"' + "".join(", " + a for a in args) + ");"

    # ---- the whole program ---------------------------------------------------------------
    def render(self, sk: Skeleton, variant: int = 0) -> list[Line]:
        s, rng = self.s, self.rng
        g_text = resolve_markers("\n".join(sk.globals_), variant)
        b_text = resolve_markers("\n".join(sk.body), variant)
        g_lines = self._select_io(g_text.split("\n")) if g_text else []
        b_lines = self._select_io(b_text.split("\n"))
        g_lines, b_lines = self._rename(g_lines, b_lines)
        self.taken = identifiers("\n".join(g_lines + b_lines)) | MACRO_NAMES
        in_solve = s.main == "solve"

        def expand(lines: list[str], tag: str, base: int) -> list[Line]:
            out: list[Line] = []
            for raw in lines:
                text = raw.strip()
                lead = len(raw) - len(raw.lstrip(" "))
                if lead % 4:
                    raise ValueError(f"{self.problem.pid}/{sk.name}: indent not a multiple of 4: {raw!r}")
                level = base + lead // 4
                if not text:
                    out.append((tag, 0, ""))
                elif text.startswith("//") and rng.random() >= s.comment_keep:
                    continue
                elif text.startswith("@const "):
                    out.append((tag, level, self.const_decl(text)))
                elif text.startswith("@") and not text.startswith(("@rep(", "@for(", "@rrep(", "@all(")):
                    out += [(tag, level, self.expand_inline(t)) for t in self.directive(text, in_solve)]
                else:
                    out.append((tag, level, self.expand_inline(text)))
            return out

        globals_ = expand(g_lines, "global", 0)
        body = expand(b_lines, "body", 1)
        if s.dense:
            body = [ln for ln in body if ln[2]]
        while body and not body[-1][2]:
            body.pop()

        lines: list[Line] = []
        lines += self.header_comment()
        for h in sk.needs:
            self.need(h)
        prelude = self.prelude(g_lines + b_lines)  # first: it may need headers
        lines += self.includes()
        lines += self.namespace_lines(g_lines + b_lines)
        if prelude:
            lines += [("blank", 0, "")] + prelude
        fast = self.fast_io_lines()
        if fast and s.fast_io == "struct":
            lines += [("blank", 0, ""), ("prelude", 0, fast[0])]
            fast = []
        if globals_:
            lines += [("blank", 0, "")] + globals_
        lines.append(("blank", 0, ""))
        if in_solve:
            lines.append(("head", 0, "void solve() {"))
            lines += body
            lines.append(("foot", 0, "}"))
            lines += [("blank", 0, ""), ("head", 0, s.main_sig + " {")]
            lines += [("head", 1, f) for f in fast]
            lines += [("foot", 1, "solve();"), ("foot", 1, "return 0;"), ("foot", 0, "}")]
        else:
            lines.append(("head", 0, s.main_sig + " {"))
            lines += [("head", 1, f) for f in fast]
            lines += body
            if s.return0 and not (body and body[-1][2] == "return 0;" and body[-1][1] == 1):
                lines.append(("foot", 1, "return 0;"))
            lines.append(("foot", 0, "}"))
        lines = self.qualify(lines, g_lines + b_lines + sk.local)
        return lines

    def _select_io(self, lines: list[str]) -> list[str]:
        out, keep, stack = [], True, []
        for raw in lines:
            t = raw.strip()
            if t.startswith("@if "):
                stack.append(keep)
                keep = keep and t[4:] == self.s.io
            elif t == "@else":
                keep = stack[-1] and not keep
            elif t == "@end":
                keep = stack.pop()
            elif keep:
                out.append(raw)
        return out

    def _rename(self, g: list[str], b: list[str]) -> tuple[list[str], list[str]]:
        present = identifiers("\n".join(g + b))
        mapping = {}
        for key in sorted(RENAMES):
            # x beside y and a beside b are a pair; renaming one of them alone would look odd.
            if key not in present or (key == "x" and "y" in present) or (key == "a" and "b" in present):
                continue
            choices = [c for c in RENAMES[key] if c == key or (c not in present and c not in mapping.values()
                                                             and c not in STD_NAMES and c not in MACRO_NAMES)]
            new = self.rng.choice(choices)
            if new != key:
                mapping[key] = new
        if not mapping:
            return g, b

        def sub(line: str) -> str:
            out, prev = [], ""
            for kind, tok in tokenize(line):
                # Directive words (@in, @out...) are not identifiers of the program.
                out.append(mapping.get(tok, tok) if kind == "id" and prev != "@" else tok)
                prev = tok
            return "".join(out)
        return [sub(x) for x in g], [sub(x) for x in b]

    def const_decl(self, text: str) -> str:
        _, t, name, value = text.split(maxsplit=3)
        t = self.expand_inline(t)
        if self.s.const == "define":
            return f"#define {name} {_paren(value)}"
        kw = {"const": "const", "constexpr": "constexpr", "static": "static const"}[self.s.const]
        return f"{kw} {t} {name} = {value};"

    def header_comment(self) -> list[Line]:
        p, kind = self.problem, self.s.header_comment
        day = dt.datetime.fromtimestamp(self.date, dt.UTC).strftime("%Y-%m-%d")
        text = {
            "none": [],
            "title": [f"// {p.title}"],
            "pid": [f"// {p.pid}"],
            "author": [f"// author: {self.user_id}"],
            "block": ["/*", f" * {p.title}", f" * {day}", " */"],
            "date": [f"// {day}"],
        }[kind]
        return [("comment", 0, t) for t in text]

    def includes(self) -> list[Line]:
        s = self.s
        sp = " " if s.include_space else ""
        if s.bits:
            return [("include", 0, f"#include{sp}<bits/stdc++.h>")]
        headers = [IO_HEADERS[s.io]] + [h for h in self.needs if h != IO_HEADERS[s.io]]
        if s.ll == "int64_t":
            headers.append("cstdint")
        for extra in ("cmath", "string", "algorithm", "vector", "cstdlib"):
            if extra not in headers and self.rng.random() < 0.08:
                headers.append(extra)
        if s.header_order == "sorted":
            headers.sort()
        elif s.header_order == "shuffled":
            self.rng.shuffle(headers)
        return [("include", 0, f"#include{sp}<{h}>") for h in headers]

    def namespace_lines(self, code: list[str]) -> list[Line]:
        if self.s.namespace == "using":
            return [("using", 0, "using namespace std;")]
        if self.s.namespace == "using_decls":
            used = sorted(identifiers("\n".join(code)) & {"cin", "cout", "endl", "vector", "string"})
            if self.s.fast_io:
                used = sorted(set(used) | {"cin"})
            return [("using", 0, f"using std::{u};") for u in used]
        return []

    def prelude(self, code: list[str]) -> list[Line]:
        s, rng = self.s, self.rng
        out: list[str] = []
        ll = {"ll_typedef": "typedef long long ll;", "ll_using": "using ll = long long;",
              "ll_define": "#define ll long long", "LL_typedef": "typedef long long LL;"}.get(s.ll)
        used_ll = any(re.search(r"\bi64\b", c) for c in code)
        if ll and (used_ll or s.extras):
            out.append(ll)
        for m in dict.fromkeys(self.macros):
            out.append(rng.choice(LOOP_MACROS[m]))
        for name in sorted(self.chmax_used):
            op = "<" if name == "chmax" else ">"
            out.append(rng.choice([
                f"template <class T, class U> bool {name}(T& a, const U& b) {{ if (a {op} b) {{ a = b; return true; }} return false; }}",
                f"template<class T, class U> inline void {name}(T &a, U b) {{ if (a {op} b) a = b; }}",
            ]))
        if s.extras:
            present = identifiers("\n".join(code)) | (self.taken - MACRO_NAMES) | set(self.macros) | self.chmax_used
            pool = [
                ("pb", "#define pb push_back"), ("fi", "#define fi first"), ("se", "#define se second"),
                ("mp", "#define mp make_pair"), ("pii", "typedef pair<int, int> pii;"),
                ("P", "using P = pair<int, int>;"), ("vi", "typedef vector<int> vi;"),
                ("INF", "const int INF = 1e9;"), ("LINF", "const long long LINF = 1LL << 60;"),
                ("dx", "const int dx[4] = {1, 0, -1, 0}, dy[4] = {0, 1, 0, -1};"),
                ("chmax", "template <class T> inline bool chmax(T& a, T b) { if (a < b) { a = b; return true; } return false; }"),
                ("chmin", "template <class T> inline bool chmin(T& a, T b) { if (a > b) { a = b; return true; } return false; }"),
            ]
            picked = [line for name, line in pool if name not in present and rng.random() < 0.45]
            for line in picked:
                self.need(*(["utility"] if "pair<" in line else []) + (["vector"] if "vector<" in line else []))
            if s.namespace == "using" and "endl" not in present and rng.random() < 0.1:
                picked.append("#define endl '\\n'")
            out += picked
        return [("prelude", 0, x) for x in out]

    def fast_io_lines(self) -> list[str]:
        kind = self.s.fast_io
        if kind is None:
            return []
        tie = self.rng.choice(["cin.tie(nullptr);", "cin.tie(0);", "cin.tie(NULL);"])
        sync = self.rng.choice(["ios::sync_with_stdio(false);", "ios_base::sync_with_stdio(false);",
                                "ios::sync_with_stdio(0);"])
        if kind == "sync":
            return [sync]
        if kind == "sync_tie":
            return [sync, tie] if self.rng.random() < 0.6 else [sync + " " + tie]
        return [f"struct FastIO {{ FastIO() {{ {sync} {tie} }} }} fastio_;"]

    def qualify(self, lines: list[Line], code: list[str]) -> list[Line]:
        """Without `using namespace std;`, write std::name for every library name."""
        if self.s.namespace == "using":
            return lines
        own = set(re.findall(r"\b(\w+)\s*\([^;{}]*\)\s*(?:const\s*)?\{", "\n".join(code)))
        own |= set(re.findall(r"\b(?:struct|class)\s+(\w+)", "\n".join(code)))
        own |= {ln[2].split()[-1][:-1] for ln in lines if ln[2].startswith("using std::")}
        out = []
        for tag, level, text in lines:
            if text.startswith(("#", "using std::")):
                out.append((tag, level, text))
                continue
            toks = tokenize(text)
            res, prev = [], ""
            for kind, tok in toks:
                if kind == "id" and tok in STD_NAMES and tok not in own and prev not in (".", "->", "::"):
                    tok = "std::" + tok
                res.append(tok)
                if kind != "ws":
                    prev = tok
            out.append((tag, level, "".join(res)))
        return out


# --------------------------------------------------------------------------------------------
# Layout: braces, indentation and spacing, applied to the rendered lines last.

_NO_ALLMAN = re.compile(r"(=|\breturn|\]\s*\(.*\)|\(|,|\[&?\])\s*\{$")
_PAIRS = {"++", "--", "<<", ">>", "&&", "||", "->", "::", "+=", "-=", "//", "/*", "==", "<=", ">=", "!=",
          "*=", "/=", "%=", "&=", "|=", "^=", "<:", "<%", "%:", "..", "+-", "-+"}


def compact(text: str) -> str:
    toks = [t for t in tokenize(text) if t[0] != "ws"]
    out = ""
    for kind, tok in toks:
        if out:
            a, b = out[-1], tok[0]
            if ((a.isalnum() or a == "_") and (b.isalnum() or b == "_" or kind in ("str", "chr") and tok[0] != "'")) \
                    or a + b in _PAIRS or kind == "comment":
                out += " "
        out += tok
    return out


def layout(lines: list[Line], s: Style) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for tag, level, text in lines:
        pieces = [(level, text)]
        allman = s.brace == "allman" or (s.brace == "func_allman" and level == 0 and tag in ("head", "global"))
        if text.endswith("{") and text != "{" and not text.startswith("#") and allman and not _NO_ALLMAN.search(text):
            head = text[:-1].rstrip()
            if head.startswith("} else"):
                pieces = [(level, "}"), (level, head[2:]), (level, "{")]
            else:
                pieces = [(level, head), (level, "{")]
        elif s.brace == "allman" and text.startswith("} else") or s.else_newline and text.startswith("} else"):
            pieces = [(level, "}"), (level, text[2:])]
        for lvl, t in pieces:
            if t and tag != "comment" and not t.startswith(("#", "//", "/*")):
                if s.spacing == "compact":
                    t = compact(t)
                elif s.spacing == "kw_compact":
                    t = re.sub(r"\b(if|for|while|switch) \(", r"\1(", t)
            out.append((tag, (s.indent * lvl + t) if t else ""))
    # Collapse runs of blank lines and drop leading ones.
    cleaned: list[tuple[str, str]] = []
    for tag, t in out:
        if not t and (not cleaned or not cleaned[-1][1]):
            continue
        cleaned.append((tag, t))
    return cleaned


def to_text(lines: list[tuple[str, str]], trailing_newline: bool) -> str:
    text = "\n".join(t for _, t in lines).rstrip("\n")
    return text + ("\n" if trailing_newline else "")


# --------------------------------------------------------------------------------------------
# Compile errors, made the way people make them. Each is an error by construction (an unclosed
# brace, an undeclared name, a missing ';' before a statement...); --verify confirms every one.

def _body_indices(lines: list[tuple[str, str]]) -> list[int]:
    return [i for i, (tag, t) in enumerate(lines) if tag == "body" and t.strip() and not t.strip().startswith("//")]


def ce_truncate(lines, rng):
    body = _body_indices(lines)
    cut = rng.choice(body[len(body) // 3:])
    text = "\n".join(t for _, t in lines[:cut]) + "\n"
    last = lines[cut][1]
    return text + last[: rng.randint(len(last) - len(last.lstrip()) + 1, len(last))], "truncated"


_MISSPELLABLE = (STD_NAMES | C_NAMES | {"return", "int", "while", "cout", "rep", "FOR", "all", "push_back",
                                        "size", "begin", "end", "first", "second", "push", "pop", "front",
                                        "top", "empty", "insert", "long", "double", "string"}) - {"ios"}


def ce_misspell(lines, rng):
    all_ids = identifiers("\n".join(t for _, t in lines))
    taken = all_ids | STD_NAMES | KEYWORDS | C_NAMES | MACRO_NAMES
    spots = []
    for i in _body_indices(lines):
        for j, (kind, tok) in enumerate(tokenize(lines[i][1])):
            if kind == "id" and tok in _MISSPELLABLE and len(tok) >= 3:
                spots.append((i, j))
    i, j = rng.choice(spots)
    toks = tokenize(lines[i][1])
    word = toks[j][1]
    for _ in range(50):
        k = rng.randrange(1, len(word) - 1) if len(word) > 2 else 1
        how = rng.choice(["swap", "drop", "double"])
        if how == "swap":
            cand = word[:k - 1] + word[k] + word[k - 1] + word[k + 1:]
        elif how == "drop":
            cand = word[:k] + word[k + 1:]
        else:
            cand = word[:k] + word[k] + word[k:]
        if cand != word and cand not in taken:
            break
    else:
        raise RuntimeError(f"cannot misspell {word!r}")
    toks[j] = ("id", cand)
    lines = list(lines)
    lines[i] = (lines[i][0], "".join(t for _, t in toks))
    return lines, f"misspelled {word} as {cand}"


def ce_semicolon(lines, rng):
    nexts = {}
    idx = [i for i, (_, t) in enumerate(lines) if t.strip()]
    for a, b in zip(idx, idx[1:]):
        nexts[a] = b
    spots = []
    for i in _body_indices(lines):
        t = lines[i][1].rstrip()
        nxt = lines[nexts[i]][1].strip() if i in nexts else ""
        if t.endswith(";") and not t.strip().startswith(("for", "#")) and "//" not in t \
                and re.match(r"[A-Za-z_}]", nxt) and not nxt.startswith("else"):
            spots.append(i)
    i = rng.choice(spots)
    lines = list(lines)
    lines[i] = (lines[i][0], lines[i][1].rstrip()[:-1])
    return lines, "missing semicolon"


def ce_brace(lines, rng):
    spots = [i for i, (tag, t) in enumerate(lines) if t.strip() == "}" and tag in ("body", "foot")]
    i = rng.choice(spots)
    return lines[:i] + lines[i + 1:], "missing closing brace"


def ce_type(lines, rng):
    text = "\n".join(t for _, t in lines)
    body = _body_indices(lines)
    options = []
    for i in body:
        t = lines[i][1]
        m = re.search(r"((?:std::)?sort)\((?:(\w+)\.begin\(\), ?\2\.end\(\)|all\((\w+)\))\)", t)
        if m:
            options.append((i, t[:m.start()] + f"{m.group(1)}({m.group(2) or m.group(3)})" + t[m.end():], "sort(container)"))
        if re.search(r"\b\w+\.size\(\)", t):
            options.append((i, re.sub(r"\b(\w+)\.size\(\)", r"\1.size", t, count=1), ".size without ()"))
    if "cout" in text:
        for i in body:
            m = re.match(r"(\s*)(?:std::)?vector<[^;]*>\s+(\w+)[({;]", lines[i][1])
            if m:
                std = "" if "using namespace std;" in text else "std::"
                options.append((i, lines[i][1] + f" {std}cout << {m.group(2)} << {std}endl;", "printing a vector"))
    if options:
        i, new, why = rng.choice(options)
        lines = list(lines)
        lines[i] = (lines[i][0], new)
        return lines, f"type error: {why}"
    # Fallback: the value of a return does not fit the function.
    lines = list(lines)
    last_body = max(body)
    indent = re.match(r"\s*", lines[last_body][1]).group()
    if "void solve()" in text:
        lines.insert(last_body + 1, ("body", indent + "return 0;"))
        return lines, "type error: return with a value in void solve()"
    lines.insert(last_body + 1, ("body", indent + "return;"))
    return lines, "type error: return without a value in main"


def ce_include(lines, rng):
    spots = [i for i, (tag, _) in enumerate(lines) if tag == "include"]
    i = rng.choice(spots)
    t = lines[i][1]
    bad = {"bits/stdc++.h": ["bits/stdc++", "bits/stdc.h", "bits/stdc++.hpp"], "iostream": ["iostram", "iosteam"],
           "cstdio": ["stdio", "cstdio.h"], "vector": ["vectors", "Vector"], "algorithm": ["algorithms", "algorith"],
           "string": ["strings"], "queue": ["Queue"], "cmath": ["math"], "cstring": ["cstrings"],
           "map": ["Map"], "iomanip": ["iomanp"], "numeric": ["numerics"], "set": ["Set"], "stack": ["Stack"]}
    h = re.search(r"<(.*)>", t).group(1)
    lines = list(lines)
    lines[i] = (lines[i][0], t.replace(f"<{h}>", f"<{rng.choice(bad.get(h, [h + 'x']))}>"))
    return lines, "misspelled header"


CE_KINDS = {"truncated": (ce_truncate, 20), "misspell": (ce_misspell, 25), "semicolon": (ce_semicolon, 20),
            "brace": (ce_brace, 10), "type": (ce_type, 15), "include": (ce_include, 10)}


# --------------------------------------------------------------------------------------------
# The corpus: problems, users, dates, submissions.

@dataclass
class Submission:
    submission_id: str
    problem_id: str
    user_id: str
    date: int
    original_language: str
    status: str
    cpu_time: int
    memory: int
    accuracy: str
    code: str
    skeleton: str
    note: str = ""  # how a failing one fails
    compiles: bool = True  # under g++ -std=c++17 -Werror with nothing on stderr
    legacy_std: str | None = None  # for legacy Accepted programs: the -std they were accepted under

    @property
    def code_size(self) -> int:
        return len(self.code.encode())


@dataclass
class Corpus:
    seed: int
    problems: list[Problem]
    submissions: list[Submission]


def _languages(dataset: str, date: int, rng: random.Random) -> str:
    year = dt.datetime.fromtimestamp(date, dt.UTC).year
    if dataset == "DemoJudgeA":
        return _pick(rng, {"C++": 6, "C++11": 2, "C++14": 2} if year >= 2015 else {"C++": 8, "C++11": 2})
    if year >= 2020:
        return _pick(rng, {"C++ (GCC 9.2.1)": 8, "C++ (Clang 10.0.0)": 1, "C++14 (GCC 5.4.1)": 1})
    return _pick(rng, {"C++14 (GCC 5.4.1)": 7, "C++ (GCC 5.4.1)": 2, "C++14 (Clang 3.8.0)": 1})


def _run_stats(problem: Problem, status: str, rng: random.Random) -> tuple[int, int, str]:
    a = problem.dataset == "DemoJudgeA"
    tests = problem.tests
    if status == "Compile Error":
        return 0, 0, f"0/{tests}" if a else ""
    cpu = rng.choice([0, 0, 10, 20, 30, 50]) if a else rng.randint(1, 40)
    mem = rng.randint(1100, 3300) if a else rng.choice([256, 3072, 3204, 3456, 3620, 4096, 5120])
    if status == "Accepted":
        return cpu, mem, f"{tests}/{tests}" if a else ""
    if status == "Time Limit Exceeded":
        return (20000 if a else problem.time_limit + rng.randint(1, 200)), mem, f"{rng.randint(1, tests - 1)}/{tests}" if a else ""
    return cpu, mem, f"{rng.randint(0, tests - 1)}/{tests}" if a else ""


def _unique_id(rng: random.Random, prefix: str, used: set[str]) -> str:
    while True:
        sid = f"{prefix}9{rng.randrange(10**8):08d}"
        if sid not in used:
            used.add(sid)
            return sid


def build_corpus(seed: int = DEFAULT_SEED) -> Corpus:
    """Every submission of the demo corpus, in memory; pure Python, deterministic in `seed`."""
    rng = random.Random(seed)
    ids: set[str] = set()
    users = [_unique_id(rng, "u", ids) for _ in range(160)]
    seen_code: set[str] = set()
    subs: list[Submission] = []
    for problem in PROBLEMS:
        prng = random.Random(f"{seed}:{problem.pid}")
        skeletons = [parse_skeleton(f"{problem.pid}/{i}", t) for i, t in enumerate(problem.skeletons)]
        normal = [sk for sk in skeletons if not sk.slow and not sk.legacy]
        base = problem.contest_date
        order = [normal[i % len(normal)] for i in range(ACCEPTED_PER_PROBLEM)]
        prng.shuffle(order)
        accepted: list[tuple[Submission, list]] = []  # with the rendered lines, to derive compile errors
        for sk in order:
            user = prng.choice(users)
            date = base + prng.randint(0, 400 * 86400)
            code, lines = _render_unique(problem, sk, 0, prng, user, date, seen_code)
            cpu, mem, acc = _run_stats(problem, "Accepted", prng)
            sub = Submission(_unique_id(prng, "s", ids), problem.pid, user, date,
                             _languages(problem.dataset, date, prng), "Accepted", cpu, mem, acc, code, sk.name)
            accepted.append((sub, lines))
        subs += [sub for sub, _ in accepted]
        for sk in skeletons:
            if sk.legacy:
                date = problem.contest_date - prng.randint(0, 200) * 86400
                cpu, mem, acc = _run_stats(problem, "Accepted", prng)
                subs.append(Submission(_unique_id(prng, "s", ids), problem.pid, prng.choice(users), date,
                                       "C++", "Accepted", cpu, mem, acc, sk.verbatim, sk.name,
                                       note=f"{sk.why}; accepted under -std={sk.std}", compiles=False, legacy_std=sk.std))
        subs += _failing(problem, skeletons, accepted, prng, users, ids, seen_code)
    return Corpus(seed, list(PROBLEMS), subs)


def _render_unique(problem, sk, variant, rng, user, date, seen, io_style=None):
    """Draw styles until the program is new and 15-70 lines long."""
    for _ in range(200):
        style = draw_style(rng, io_style or sk.io)
        lines = layout(Renderer(style, rng, problem, user, date).render(sk, variant), style)
        code = to_text(lines, style.trailing_newline)
        n = code.count("\n") + (not code.endswith("\n"))
        key = hashlib.sha1(code.encode()).hexdigest()
        if 15 <= n <= 70 and key not in seen:
            seen.add(key)
            return code, lines
    raise RuntimeError(f"{sk.name}: no distinct 15-70 line rendering found")


def _failing(problem, skeletons, accepted, rng, users, ids, seen):
    out = []
    normal = [sk for sk in skeletons if not sk.slow and not sk.legacy]
    # Every problem gets a compile error and a wrong answer; a crash and a time-out where a skeleton
    # has a crashing variant or a slow algorithm, otherwise sometimes a second compile error.
    kinds = ["Compile Error", "Wrong Answer"]
    if any(2 in sk.variants for sk in normal):
        kinds.append("Runtime Error")
    if any(sk.slow for sk in skeletons):
        kinds.append("Time Limit Exceeded")
    if len(kinds) == 2 and rng.random() < 0.6:
        kinds.append("Compile Error")
    for status in kinds:
        cpu, mem, acc = _run_stats(problem, status, rng)
        if status == "Compile Error":
            if rng.random() < 0.5:
                # The usual story: a compile error, then the fix a few minutes later.
                src, lines = rng.choice(accepted)
                user, date = src.user_id, src.date - rng.randint(60, 1800)
                trailing = src.code.endswith("\n")
            else:
                sk = rng.choice(normal)
                user, date = rng.choice(users), problem.contest_date + rng.randint(0, 400 * 86400)
                code, lines = _render_unique(problem, sk, 0, rng, user, date, seen)
                trailing = code.endswith("\n")
            kind = _pick(rng, {k: w for k, (_, w) in CE_KINDS.items()})
            result, note = CE_KINDS[kind][0](lines, rng)
            code = result if isinstance(result, str) else to_text(result, trailing)
            if hashlib.sha1(code.encode()).hexdigest() in seen:
                continue
            seen.add(hashlib.sha1(code.encode()).hexdigest())
            name, compiles = "ce", False
        else:
            if status == "Time Limit Exceeded":
                sk, variant = rng.choice([s for s in skeletons if s.slow]), 0
            else:
                variant = 1 if status == "Wrong Answer" else 2
                sk = rng.choice([s for s in normal if variant in s.variants])
            user, date = rng.choice(users), problem.contest_date + rng.randint(0, 400 * 86400)
            code, _ = _render_unique(problem, sk, variant, rng, user, date, seen)
            name, compiles, note = sk.name, True, {1: "wrong answer bug", 2: "crash", 0: "slow algorithm"}[variant]
        out.append(Submission(_unique_id(rng, "s", ids), problem.pid, user, date,
                              _languages(problem.dataset, date, rng), status, cpu, mem, acc, code,
                              name if status != "Compile Error" else "ce", note=note, compiles=compiles))
    return out


# --------------------------------------------------------------------------------------------
# Writing the CodeNet layout.

def _csv(rows: list[list]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


def description_html(p: Problem) -> str:
    parts = [f"<H1>{p.title}</H1>", f"<p>{p.statement}</p>", "<H2>Input</H2>", f"<p>{p.input_spec}</p>",
             "<H2>Output</H2>", f"<p>{p.output_spec}</p>"]
    for k, (inp, outp) in enumerate(p.samples, 1):
        parts += [f"<H2>Sample Input {k}</H2>", f"<pre>\n{inp}</pre>", f"<H2>Sample Output {k}</H2>", f"<pre>\n{outp}</pre>"]
    return "\n".join(parts) + "\n"


def corpus_files(corpus: Corpus) -> dict[str, bytes]:
    """Relative path -> bytes for the whole tree (what `generate` writes and the tests compare)."""
    files: dict[str, str] = {}
    root = "Project_CodeNet"
    files[f"{root}/metadata/problem_list.csv"] = _csv(
        [PROBLEM_LIST_HEADER] + [[p.pid, p.title, p.dataset, p.time_limit, p.memory_limit, "", "", ""]
                                 for p in corpus.problems])
    by_problem: dict[str, list[Submission]] = {}
    for s in corpus.submissions:
        by_problem.setdefault(s.problem_id, []).append(s)
    for p in corpus.problems:
        rows = [[s.submission_id, s.problem_id, s.user_id, s.date, "C++", s.original_language, "cpp", s.status,
                 s.cpu_time, s.memory, s.code_size, s.accuracy]
                for s in sorted(by_problem[p.pid], key=lambda s: -s.date)]  # newest first, as CodeNet
        files[f"{root}/metadata/{p.pid}.csv"] = _csv([METADATA_HEADER] + rows)
        files[f"{root}/problem_descriptions/{p.pid}.html"] = description_html(p)
        inp, outp = p.samples[0]
        files[f"{root}/derived/input_output/data/{p.pid}/input.txt"] = inp
        files[f"{root}/derived/input_output/data/{p.pid}/output.txt"] = outp
        for s in by_problem[p.pid]:
            files[f"{root}/data/{p.pid}/C++/{s.submission_id}.cpp"] = s.code
    files["README.md"] = readme(corpus)
    return {k: v.encode() for k, v in sorted(files.items())}


def readme(corpus: Corpus) -> str:
    counts: dict[str, int] = {}
    for s in corpus.submissions:
        counts[s.status] = counts.get(s.status, 0) + 1
    legacy = [s for s in corpus.submissions if s.legacy_std]
    table = "\n".join(f"| {k} | {v} |" for k, v in sorted(counts.items()))
    legacy_lines = "\n".join(f"  - `{s.problem_id}/{s.submission_id}`: {s.note}" for s in legacy)
    return f"""# compile-prefs demo corpus

A small corpus of C++ competitive-programming submissions laid out exactly like
[Project CodeNet](https://github.com/IBM/Project_CodeNet) (`Project_CodeNet/metadata/problem_list.csv`,
`metadata/pNNNNN.csv`, `data/pNNNNN/C++/sNNNNNNNNN.cpp`, `problem_descriptions/`,
`derived/input_output/data/`), so every tool that reads CodeNet can be tried on it.

**Provenance.** Generated by `tools/demo_corpus/demo_corpus.py` from the problems and solution skeletons in
`tools/demo_corpus/demo_corpus_bank.py`, all written for the compile-prefs project. Nothing is copied from
CodeNet: problem ids start at p90000, submission ids at s9, user ids at u9, and the judges are called
DemoJudgeA / DemoJudgeB. License: Apache-2.0, like the rest of the project.

**Regenerate** (deterministic; byte-identical for the same seed):

```
python tools/demo_corpus/demo_corpus.py --out data/demo_corpus --seed {corpus.seed}
python tools/demo_corpus/demo_corpus.py --out data/demo_corpus --verify   # also compiles every file, runs the samples
```

## Contents

{len(corpus.problems)} problems; {len(corpus.submissions)} submissions, all `language` = `C++`.

| status | submissions |
|---|---|
{table}

- Accepted programs are correct on the problem's samples and compile with
  `g++ -std=c++17 -Werror` and nothing on stderr, except these, which old judges accepted and g++
  -std=c++17 rejects or warns about (a "keep only what compiles here" filter should drop them):
{legacy_lines}
- Compile Error submissions fail to compile (truncated file, misspelt name or header, missing `;` or
  `}}`, type error); Wrong Answer, Runtime Error and Time Limit Exceeded ones compile cleanly.
- `code_size` is the file's size in bytes; `date` is a unix timestamp; `accuracy` is `passed/tests`
  for DemoJudgeA and empty for DemoJudgeB, as in CodeNet's two main sources. Some files end without a
  newline, as many real submissions do.
"""


def generate(out: Path, seed: int = DEFAULT_SEED) -> Corpus:
    corpus = build_corpus(seed)
    out = Path(out)
    for rel, data in corpus_files(corpus).items():
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
    return corpus


# --------------------------------------------------------------------------------------------
# Verification: the one compile runner says whether each program compiles; the accepted and
# failing-at-run-time ones are then built and run on the samples here.

@dataclass
class Check:
    submission: Submission
    ok: bool
    detail: str


def compile_runner(syntax_only: bool = False, jobs: int | None = None):
    """The project's runner under the paper's flags (-std=c++17, a warning is Bad)."""
    from compile_prefs.evaluate_metric.compile_success.compile_runner import CompileConfig, CompileRunner

    return CompileRunner(CompileConfig(std="c++17", mode="syntax" if syntax_only else "link",
                                       warnings_as_errors=True), workers=jobs)


def build_pch(workdir: Path) -> Path | None:
    """A precompiled <bits/stdc++.h> for GXX_FLAGS: 1 s less per such program built to run."""
    dep = subprocess.run(["g++", *GXX_FLAGS, "-x", "c++", "-M", "-"], input="#include <bits/stdc++.h>\n",
                         capture_output=True, text=True)
    header = next((w for w in dep.stdout.split() if w.endswith("bits/stdc++.h")), None)
    if dep.returncode or header is None:
        return None
    (workdir / "pch" / "bits").mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(["g++", *GXX_FLAGS, "-x", "c++-header", header, "-o",
                           str(workdir / "pch" / "bits" / "stdc++.h.gch")], capture_output=True)
    return workdir / "pch" if proc.returncode == 0 else None


def build_executable(code: str, workdir: Path, name: str, std: str = "c++17", werror: bool = True,
                     pch: Path | None = None) -> tuple[Path | None, str]:
    """(executable or None, g++'s stderr): a program built to be run on the samples."""
    src = workdir / f"{name}.cpp"
    src.write_text(code)
    exe = workdir / name
    cmd = ["g++", f"-std={std}"] + (["-Werror"] if werror else []) + ([f"-I{pch}"] if pch else [])
    proc = subprocess.run(cmd + [str(src), "-o", str(exe)], capture_output=True, text=True, timeout=120)
    return (None if proc.returncode else exe), proc.stderr


def _run_samples(exe: Path, problem: Problem) -> list[str]:
    """One verdict per sample: ok, wrong, crash or timeout."""
    verdicts = []
    for inp, expected in problem.samples:
        try:
            proc = subprocess.run([str(exe)], input=inp, capture_output=True, text=True, timeout=10)
        except subprocess.TimeoutExpired:
            verdicts.append("timeout")
            continue
        if proc.returncode != 0:
            verdicts.append("crash")
        else:
            verdicts.append("ok" if proc.stdout.split() == expected.split() else "wrong")
    return verdicts


def check_submission(sub: Submission, verdict, problem: Problem, workdir: Path, run: bool,
                     pch: Path | None = None) -> Check:
    """`verdict`: the compile runner's for this program; `run`: build and run it on the samples."""
    if not sub.compiles:
        if verdict.good:
            return Check(sub, False, "expected a compile failure, compiled cleanly")
        if sub.legacy_std and run:
            exe, err = build_executable(sub.code, workdir, sub.submission_id + "_legacy", std=sub.legacy_std,
                                        werror=False)
            if exe is None:
                return Check(sub, False, f"does not compile under -std={sub.legacy_std} either: {err[:200]}")
            verdicts = _run_samples(exe, problem)
            if set(verdicts) != {"ok"}:
                return Check(sub, False, f"legacy program fails samples: {verdicts}")
        return Check(sub, True, f"[{verdict.reason}] {verdict.diagnostic}")
    if not verdict.good:
        return Check(sub, False, f"expected a clean compile: [{verdict.reason}] {verdict.diagnostic[:300]}")
    if not run:
        return Check(sub, True, "compiles")
    exe, err = build_executable(sub.code, workdir, sub.submission_id, pch=pch)
    if exe is None:
        return Check(sub, False, f"compiles for the runner but did not build to run: {err.strip()[:300]}")
    verdicts = _run_samples(exe, problem)
    want = {"Accepted": lambda v: set(v) == {"ok"}, "Time Limit Exceeded": lambda v: set(v) == {"ok"},
            "Wrong Answer": lambda v: "wrong" in v and "crash" not in v, "Runtime Error": lambda v: "crash" in v}
    good = want[sub.status](verdicts)
    return Check(sub, good, f"samples: {verdicts}")


def verify(corpus: Corpus, jobs: int = 2, syntax_only: bool = False, run: bool = True,
           only: list[Submission] | None = None, use_pch: bool = False, runner=None) -> list[Check]:
    """Compile verdicts from `runner` (default: `compile_runner`), then the sample runs (not with syntax_only)."""
    problems = {p.pid: p for p in corpus.problems}
    subs = only if only is not None else corpus.submissions
    runner = runner if runner is not None else compile_runner(syntax_only, jobs)
    verdicts = runner.check_many([s.code for s in subs])
    run = run and not syntax_only
    with tempfile.TemporaryDirectory(prefix="demo-corpus-") as tmp, ThreadPoolExecutor(jobs) as pool:
        pch = build_pch(Path(tmp)) if use_pch and run else None
        return list(pool.map(
            lambda sv: check_submission(sv[0], sv[1], problems[sv[0].problem_id], Path(tmp), run, pch),
            zip(subs, verdicts)))


# --------------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=Path("data/demo_corpus"))
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--verify", action="store_true", help="compile every file and run the samples")
    parser.add_argument("--syntax-only", action="store_true", help="with --verify: the runner compiles with -fsyntax-only; no runs")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--problems", nargs="*", help="with --verify: only these problem ids")
    parser.add_argument("--pch", action="store_true", help="with --verify: precompile <bits/stdc++.h> for the runs (faster)")
    args = parser.parse_args(argv)
    corpus = generate(args.out, args.seed)
    counts: dict[str, int] = {}
    for s in corpus.submissions:
        counts[s.status] = counts.get(s.status, 0) + 1
    total = sum(s.code_size for s in corpus.submissions)
    print(f"wrote {len(corpus.submissions)} submissions for {len(corpus.problems)} problems to {args.out} "
          f"({total} bytes of code): {counts}")
    if not args.verify:
        return 0
    only = [s for s in corpus.submissions if not args.problems or s.problem_id in args.problems]
    checks = verify(corpus, args.jobs, args.syntax_only, only=only, use_pch=args.pch)
    bad = [c for c in checks if not c.ok]
    by_status: dict[str, list[int]] = {}
    for c in checks:
        by_status.setdefault(c.submission.status + (" (legacy)" if c.submission.legacy_std else ""), [0, 0])
        by_status[c.submission.status + (" (legacy)" if c.submission.legacy_std else "")][0 if c.ok else 1] += 1
    for k, (good, nbad) in sorted(by_status.items()):
        print(f"  {k}: {good} as expected, {nbad} not")
    for c in bad:
        print(f"FAIL {c.submission.problem_id}/{c.submission.submission_id} [{c.submission.status} "
              f"{c.submission.skeleton}] {c.detail}", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
