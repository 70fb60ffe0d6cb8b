"""Masking: split a program into the prompt a model sees and the completion it must write.

Definitions (the dataset's contract):
    code        = the submission's source with trailing whitespace removed (`source.rstrip()`);
                  leading whitespace and everything inside are kept byte for byte (after the
                  reader's UTF-8 decoding and CRLF -> LF normalisation).
    completion  = the last ceil(len(code) * mask_ratio) characters of `code` (cut="char", the paper),
                  or, with cut="line", the whole lines from the last line start at or before that
                  point, so the prompt ends with "\\n" and the completion is at least that long.
                  A program with no line break before the cut point falls back to cut="char".
    prompt      = code[: len(code) - len(completion)]
    prompt + completion == code, always; the completion is never empty.

Trimming first matters: CodeNet files end in "\\n", "\\n\\n" or nothing (392 of 600 sample files
lack a final newline), and masking "10% of the characters" should not spend them on whitespace.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

CUTS = ("char", "line")


@dataclass(frozen=True)
class MaskedSample:
    prompt: str
    completion: str
    code: str
    cut: str  # the cut actually applied ("char" when cut="line" had no line break to use)


def trim_code(source: str) -> str:
    """The program as the dataset stores it in `code`: trailing whitespace removed."""
    return source.rstrip()


def mask_code(source: str, mask_ratio: float = 0.1, cut: str = "char") -> MaskedSample:
    """Mask the last `mask_ratio` of the trimmed program's characters (see module docstring)."""
    if not 0.0 < mask_ratio < 1.0:
        raise ValueError(f"mask_ratio must be in (0, 1), got {mask_ratio!r}")
    if cut not in CUTS:
        raise ValueError(f"cut must be one of {CUTS}, got {cut!r}")
    code = trim_code(source)
    if not code:
        raise ValueError("cannot mask an empty program")
    # Exact arithmetic: 0.1 * 30 must be 3 characters, not ceil(3.0000000000000004) = 4.
    masked = math.ceil(len(code) * Fraction(str(mask_ratio)))
    split_at = len(code) - masked
    applied = "char"
    if cut == "line":
        newline = code.rfind("\n", 0, split_at)
        if newline != -1:
            split_at, applied = newline + 1, "line"
    return MaskedSample(prompt=code[:split_at], completion=code[split_at:], code=code, cut=applied)
