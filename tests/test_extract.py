"""Extraction of programs from realistic base and chat model outputs, and the C++ lexer it rests on."""

import pytest

from training.extract import (NO_CODE, closing_braces, code_blocks, cut_continuation, extract_base, extract_chat,
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


def test_closing_braces_baseline_compiles_when_only_braces_are_missing(models_runner):
    prefix = PROGRAM[: PROGRAM.rindex("}")]
    assert closing_braces(prefix).count("}") == 1
    assert models_runner.check(prefix + closing_braces(prefix)).good
    # inside an unterminated string the literal is closed first
    assert closing_braces('int main() { const char* s = "ab').startswith('"')
