"""Masking: prompt + completion == code, exact lengths, line cuts, trimming."""

import math
import random

import pytest

from compile_prefs.builders.masking import mask_code, trim_code

PROGRAM = "#include <cstdio>\nint main() {\n    printf(\"%d\\n\", 42);\n    return 0;\n}\n\n  \n"


def test_code_is_trimmed_and_prompt_plus_completion_is_code():
    s = mask_code(PROGRAM)
    assert s.code == PROGRAM.rstrip() == trim_code(PROGRAM)
    assert s.prompt + s.completion == s.code
    assert len(s.completion) == math.ceil(len(s.code) * 0.1)
    assert s.cut == "char"


def test_exact_arithmetic_on_round_lengths():
    assert len(mask_code("x" * 30, 0.1).completion) == 3  # not ceil(3.0000000000000004) = 4
    assert len(mask_code("x" * 100, 0.25).completion) == 25
    assert len(mask_code("x" * 7, 0.1).completion) == 1  # never empty


@pytest.mark.parametrize("ratio", [0.05, 0.1, 0.333, 0.5, 0.9])
def test_random_programs_round_trip(ratio):
    rng = random.Random(ratio)
    alphabet = "ab{}();\n \t\u00e9\u4e2d"
    for _ in range(300):
        source = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 200)))
        if not source.strip():
            continue
        for cut in ("char", "line"):
            s = mask_code(source, ratio, cut)
            assert s.prompt + s.completion == s.code == source.rstrip()
            assert s.completion
            assert len(s.completion) >= math.ceil(len(s.code) * ratio) - (0 if cut == "char" else 0)
            if cut == "char":
                assert len(s.completion) == math.ceil(len(s.code) * ratio)
            elif s.cut == "line":
                assert s.prompt.endswith("\n")


def test_line_cut_starts_completion_at_a_line():
    s = mask_code(PROGRAM, 0.1, cut="line")
    assert s.cut == "line"
    assert s.prompt.endswith("\n") and s.prompt + s.completion == s.code
    assert s.completion == "}" or s.completion.startswith("    return")
    char = mask_code(PROGRAM, 0.1, cut="char")
    assert len(s.completion) >= len(char.completion)
    one_line = mask_code("int main() { return 0; }", 0.1, cut="line")
    assert one_line.cut == "char" and one_line.prompt + one_line.completion == "int main() { return 0; }"


@pytest.mark.parametrize("kwargs", [{"mask_ratio": 0}, {"mask_ratio": 1}, {"mask_ratio": -0.1}, {"cut": "word"}])
def test_bad_options(kwargs):
    with pytest.raises(ValueError):
        mask_code(PROGRAM, **kwargs)


def test_empty_program_is_an_error():
    with pytest.raises(ValueError, match="empty"):
        mask_code(" \n\t\n")
