"""Extraction of programs from realistic base and chat model outputs, and the C++ lexer it rests on."""

import pytest

from compile_prefs.training.extract import (NO_CODE, closing_braces, code_blocks, cut_continuation, extract_base, extract_chat,
                              extract_paper_chat, extract_raw_appended, first_fenced_block,
                              fence, scan, strip_repeated_prompt)

PREFIX = """#include <bits/stdc++.h>
using namespace std;

int gcd(int a, int b) { return b ? gcd(b, a % b) : a; }

int main() {
    int n;
    cin >> n;
    vector<int> a(n);
    for (auto& x : a) cin >> x;
    int g = 0;
    for (int x : a) g = gcd(g, x);
    cout << g"""
GOOD_END = " << endl;\n    return 0;\n}\n"
PROGRAM = PREFIX + GOOD_END

# (name, raw base-model continuation, expected completion or None for no_code)
BASE_OUTPUTS = [
    ("clean eos", GOOD_END, GOOD_END),
    ("babbles a new program", GOOD_END + "\n#include <iostream>\nusing namespace std;\nint main() {\n    int",
     GOOD_END),
    ("second main without includes", GOOD_END + "\nint main() {\n    return 1;\n}\n", GOOD_END),
    ("stray closing braces (max_new_tokens noise)", GOOD_END + "    }\n    }\n    }\n    }\n", GOOD_END),
    ("cut mid-function after main", GOOD_END + "\nint unused(int x) {\n    if (x > 0) {\n        return x",
     GOOD_END),
    ("helper after main is kept", GOOD_END + "\nint twice(int x) { return 2 * x; }\n",
     GOOD_END + "\nint twice(int x) { return 2 * x; }\n"),
    ("markdown after the code", GOOD_END + "```\n\nThis program computes the gcd.", GOOD_END),
    ("nothing", "", None),
    ("whitespace only", "  \n\n", None),
    ("wrong but code", " << endll;\n}\n", " << endll;\n}\n"),
    ("unfinished main is kept whole", " << endl;\n    for (int i = 0; i < n; i++) {\n        cout << i",
     " << endl;\n    for (int i = 0; i < n; i++) {\n        cout << i\n"),
]


@pytest.mark.parametrize("name,raw,expected", BASE_OUTPUTS, ids=[b[0] for b in BASE_OUTPUTS])
def test_base_outputs(name, raw, expected):
    ext = extract_base(PREFIX, raw)
    if expected is None:
        assert ext.reason == NO_CODE and ext.program is None and ext.completion is None
    else:
        assert ext.reason is None
        assert ext.completion == expected
        assert ext.program == PREFIX + expected


def test_base_echoed_prompt_is_removed():
    ext = extract_base(PREFIX, PREFIX + GOOD_END)
    assert ext.completion == GOOD_END


CHAT_OUTPUTS = [
    ("cpp fence with prose", "Here is the rest of the program:\n\n```cpp\n << endl;\n    return 0;\n}\n```\n\nIt prints g.",
     " << endl;\n    return 0;\n}"),
    ("c++ fence", "```c++\n << endl;\n    return 0;\n}\n```", " << endl;\n    return 0;\n}"),
    ("bare fence", "```\n << endl;\n    return 0;\n}\n```", " << endl;\n    return 0;\n}"),
    ("unterminated fence (max_new_tokens)", "```cpp\n << endl;\n    return 0;\n}\n", " << endl;\n    return 0;\n}"),
    ("whole program repeated", "```cpp\n" + PROGRAM + "```", " << endl;\n    return 0;\n}"),
    ("whole program repeated, other indentation", "```cpp\n" + PROGRAM.replace("    ", "  ") + "```",
     " << endl;\n  return 0;\n}"),
    ("last line repeated", "```cpp\n    cout << g << endl;\n    return 0;\n}\n```", " << endl;\n    return 0;\n}"),
    ("echo of the user's block first", "```cpp\n" + PREFIX + "\n```\nCompleted:\n```cpp\n << endl;\n}\n```",
     " << endl;\n}"),
    ("python block skipped", "```python\nprint(g)\n```\n```cpp\n << endl;\n}\n```", " << endl;\n}"),
    ("prose only", "I'm sorry, I cannot complete this program without more context.", None),
    ("code without a fence", " << endl;\n    return 0;\n}", None),
    ("empty fence", "```cpp\n```", None),
    ("only the prompt repeated", "```cpp\n" + PREFIX + "\n```", None),
]


@pytest.mark.parametrize("name,raw,expected", CHAT_OUTPUTS, ids=[c[0] for c in CHAT_OUTPUTS])
def test_chat_outputs(name, raw, expected):
    ext = extract_chat(PREFIX, raw)
    if expected is None:
        assert ext.reason == NO_CODE and ext.program is None, "raw text must never be compiled in place of code"
    else:
        assert ext.reason is None
        assert ext.completion == expected
        assert ext.program == PREFIX + expected


def test_fence_round_trip():
    for code in ("m << endl;\n}\n", "x;", ""):
        assert code_blocks(fence(code)) == [("cpp", code.removesuffix("\n"))]


def test_short_tail_is_not_mistaken_for_a_repeat():
    # A continuation that happens to start like the prompt's last short line is kept as is.
    assert strip_repeated_prompt("int main() {\n  }", "}\n") == "}\n"


LEXER_CASES = [
    ('int main() { const char* s = "{{{"; char c = \'{\';', 1),
    ("int main() { // { {\n /* { */ if (1) {", 2),
    ('int main() { auto r = R"x(}} { ")x"; {', 2),
    ("int main() { int big = 1'000'000; char q = '}'; {", 2),
    ("#define OPEN {\nint main() {", 1),
    ("struct A { int x; };\nint main() { A a{1};", 1),
    ('int main() { printf("\\"{"); ', 1),
]


@pytest.mark.parametrize("src,depth", LEXER_CASES)
def test_lexer_depth(src, depth):
    assert scan(src).depth == depth


def test_resumed_scan_matches_fresh_scan():
    text = PROGRAM + "\n#include <x>\n"
    fresh = scan(text, len(PREFIX))
    resumed = scan(text, len(PREFIX), resume=scan(PREFIX, len(PREFIX)))
    assert (fresh.stop_at, fresh.depth, fresh.main_closed) == (resumed.stop_at, resumed.depth, resumed.main_closed)
    assert fresh.stop_at == len(PROGRAM) + 1


def test_cut_reports_certainty():
    assert cut_continuation(PREFIX, GOOD_END + "}\n") == (GOOD_END, True)
    assert cut_continuation(PREFIX, GOOD_END) == (GOOD_END, False)


def test_resumed_scan_keeps_what_the_open_braces_need():
    # cut inside the head of a struct and inside a lambda's parameter list: the resumed scan must
    # still know that both bodies close with `};`
    text = "struct P {\n  int x;\n  void f() {\n    auto g = [&](int y) { return y; };\n    auto h = [](int a) {"
    for cut in (5, 8, 60, 70, len(text) - 3):
        resumed = scan(text, cut, resume=scan(text[:cut], cut))
        assert resumed.open_braces == scan(text).open_braces == [(True, 0), (False, 0), (True, 0)]


# (prefix, what closing_braces appends)
CLOSING_CASES = [
    ('int main() {\n  for (int i = 0; i < 3; i++) {\n    puts("{");', "\n}\n}\n"),
    ("struct P {\n  int x; // {\n  int y;", "\n};\n"),
    ("int main() { /* { */ int a[] = {1, 2", "\n};\n}\n"),
    ("int main() { char c = '{'; long n = 1'000'000; auto f = [&](int x) { return x;", "\n};\n}\n"),
    ("template <class T> T f(T x) {\n  return x;", "\n}\n"),
    ("template <class T> struct Box {\n  T v;", "\n};\n"),
    ("struct V {\n  V& operator=(const V& o) {\n    return *this;", "\n}\n};\n"),
    ("int main() {\n  sort(v.begin(), v.end(), [](int a, int b) {\n    return a < b;", "\n}\n}\n"),
    ("int main() { if (a == b) { x += 1; } else { y <= 2 ? 1 : 0;", "\n}\n}\n"),
    ('#define OPEN {\nint main() { const char* s = R"x(})x"; // tail {', "\n\n}\n"),
    ('int main() { const char* s = "abc{', '"\n}\n'),
    ('int main() { printf("%d\\', '\\"\n}\n'),  # cut after a backslash: the escape is completed first
    ("int main() { char c = '\\", "\\'\n}\n"),
    ('int main() { auto s = R"d(text {', ')d"\n}\n'),
    ("int main() { /* open comment {", "*/\n}\n"),
    ("int main() { // comment ending in a backslash \\", "\n\n\n}\n"),
    ("enum class E { A, B", "\n};\n"),
    ("int x = 1;", ""),
]


@pytest.mark.parametrize("prefix, tail", CLOSING_CASES)
def test_closing_braces_respects_literals_comments_and_semicolons(prefix, tail):
    assert closing_braces(prefix) == tail


def test_closed_prefixes_compile(models_runner):
    program = ('#include <cstdio>\n#include <vector>\nstruct Acc {\n  int total = 0;\n  void add(int x) {\n'
               '    total += x;\n  }\n};\nint main() {\n  Acc acc;\n  std::vector<int> v = {1, 2, 3};\n'
               '  for (int x : v) {\n    acc.add(x); // close } in a comment\n    printf("%d {\\n", acc.total);\n')
    # cut after a complete statement, deep inside two blocks: closing the braces completes it
    assert models_runner.check(program + closing_braces(program)).good
    assert not models_runner.check(program).good
    cut_in_struct = program[: program.index("  void add")]
    assert models_runner.check(cut_in_struct + closing_braces(cut_in_struct) + "int main() {}\n").good


def test_closing_braces_baseline_compiles_when_only_braces_are_missing(models_runner):
    prefix = PROGRAM[: PROGRAM.rindex("}")]
    assert closing_braces(prefix).count("}") == 1
    assert models_runner.check(prefix + closing_braces(prefix)).good
    # inside an unterminated string the literal is closed first
    assert closing_braces('int main() { const char* s = "ab').startswith('"')


def test_stop_prefilter_never_hides_a_stop_sign():
    """program_complete skips lexing when the continuation cannot hold a stop sign; on every cut of
    real-looking programs and continuations, it agrees with lexing the continuation."""
    from fixtures_models import make_cpp_programs

    from compile_prefs.training.extract import program_complete

    programs = make_cpp_programs(12)
    tails = ["}\n", "}\n}\n", "}\nint main() {", "\n#include <cstdio>\n", "```", "  return 0;\n}\n\nint main()",
             "/* } */ x;", '"}}}"', "mai", "n(){}", "// }\n}"]
    checked = 0
    for code in programs:
        for cut in range(len(code) // 2, len(code), 7):
            prefix = code[:cut]
            prefix_scan = scan(prefix, len(prefix))
            for cont in [code[cut:cut + k] for k in (3, 17, 60)] + tails + [code[cut:] + t for t in tails]:
                full = scan(prefix + cont, len(prefix), resume=prefix_scan).stop_at is not None
                assert program_complete(prefix, cont, prefix_scan) == full
                checked += 1
    assert checked > 500


# ------------------------------------------------------------------ the paper's protocol
PAPER_CHAT_OUTPUTS = [
    ("fenced whole program", "Here it is:\n```cpp\n" + PROGRAM + "```\nDone.", PROGRAM),
    ("bare fence", "```\n" + PROGRAM + "```", PROGRAM),
    ("other info string", "```c++17\n" + PROGRAM + "```", PROGRAM),
    ("unterminated: to the end", "```cpp\n" + PROGRAM, PROGRAM),
    ("only the first block", "```cpp\n" + PROGRAM + "```\nor\n```cpp\nint main() {}\n```", PROGRAM),
    ("not cut, not repaired", "```cpp\n" + PREFIX + "\n```", PREFIX + "\n"),
    ("no fence", PROGRAM, None),
    ("empty block", "```cpp\n\n```", None),
    ("fence without a line", "```", None),
]


@pytest.mark.parametrize("name,raw,expected", PAPER_CHAT_OUTPUTS, ids=[c[0] for c in PAPER_CHAT_OUTPUTS])
def test_paper_chat_outputs(name, raw, expected):
    ext = extract_paper_chat(PREFIX, raw)
    if expected is None:
        assert ext.reason == NO_CODE and ext.program is None and ext.completion is None
    else:
        assert ext.ok and ext.program == expected and ext.completion == expected


def test_paper_chat_parse_is_the_papers_fence_count(tiny_model_dir):
    """The paper split the whole decoded sequence on ``` and took the 9th piece (between the 8th and 9th fence);
    for the paper's prompt that is the answer's first block."""
    from transformers import AutoTokenizer

    from compile_prefs.training.formats import get_format

    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    prompt = get_format("chat-paper").render_prompt(PREFIX, tok).text
    for answer in ("Sure.\n```cpp\n" + PROGRAM + "```\nThat is all.", "```cpp\n" + PROGRAM + "```", "```cpp\n" + PROGRAM):
        piece = (prompt + answer).split("```")[8]
        assert piece.split("\n", 1)[1] == first_fenced_block(answer) == PROGRAM


def test_raw_appended_keeps_everything():
    for raw in ("", GOOD_END, GOOD_END + "\n#include <iostream>\nint main() {\n", "```\nprose"):
        ext = extract_raw_appended(PREFIX, raw)
        assert ext.ok and ext.program == PREFIX + raw and ext.completion == raw
