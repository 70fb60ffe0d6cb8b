"""How many problems a build takes from the full CodeNet release by default.

The paper used CodeNet's C++1000 benchmark: 1000 problems, 5 train / 2 test programs each (5000 / 2000).
`build-data` reads that benchmark as it is (`Project_CodeNet_C++1000/`), and a reproduction should use it.
The full release has about four times as many problems (4,053); built whole it is a different, larger
experiment. So on the full release a build takes 1000 problems by default, drawn with the build's seed (the
seeded order of builders/splits.py), and says that these are not the paper's 1000: C++1000 is a selection
CodeNet made, which a random draw does not reproduce. `--max-problems N` changes the number,
`--all-problems` takes every problem.
"""

from __future__ import annotations

import os

from compile_prefs.builders.codenet import FULL, CodeNetReader

PAPER_PROBLEMS = 1000
CPP1000_HINT = ("for the paper's problems, build from CodeNet's C++1000 benchmark (Project_CodeNet_C++1000/, "
                "the Project_CodeNet_C++1000.tar.gz archive of the CodeNet release)")


def problem_cap(codenet_root: str | os.PathLike | None, max_problems: int | None,
                all_problems: bool = False) -> tuple[int | None, dict | None]:
    """(max_problems for the build, a note for the build summary or None).

    A full release with more than PAPER_PROBLEMS problems and no explicit choice gets PAPER_PROBLEMS.
    `codenet_root` None: the archive `--download` fetches, which is the full release.
    """
    if all_problems and max_problems is not None:
        raise ValueError("--all-problems and --max-problems exclude each other")
    if max_problems is not None:
        return max_problems, None
    if codenet_root is None:
        available = None
    else:
        reader = CodeNetReader(codenet_root)
        if reader.layout != FULL:
            return None, None
        available = len(reader.problem_ids())
        if available <= PAPER_PROBLEMS:
            return None, None
    release = f"full CodeNet release ({available or 'about 4,000'} problems)"
    if all_problems:
        return None, {"problems_available": available, "max_problems": None, "paper_set": False,
                      "note": f"every problem of the {release}: not the paper's C++1000 set; {CPP1000_HINT}"}
    return PAPER_PROBLEMS, {
        "problems_available": available, "max_problems": PAPER_PROBLEMS, "paper_set": False,
        "note": (f"{release}: {PAPER_PROBLEMS} problems drawn with the build's seed, as many as the paper used but "
                 f"NOT the paper's set; {CPP1000_HINT} (--max-problems N changes the number, --all-problems "
                 "takes all)"),
    }
