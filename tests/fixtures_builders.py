"""Fixtures for the builders area: CodeNet-layout trees written in tmp_path, and a compile runner.

Registered in conftest.py (pytest_plugins); test modules import the plain helpers. Programs here have no
#include, so a real g++ compile costs ~0.05 s and tests can afford dozens of them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

HEADER = "submission_id,problem_id,user_id,date,language,original_language,filename_ext,status,cpu_time,memory,code_size,accuracy"


def good_program(problem: int, k: int) -> str:
    """A distinct, warning-free C++17 program (no includes: fast to compile)."""
    return (f"// problem {problem}, solution {k}\n"
            f"int solve(int x) {{\n    return x * {k + 2} + {problem};\n}}\n\n"
            f"int main() {{\n    int total = 0;\n    for (int i = 0; i < {k + 3}; i++) {{\n"
            f"        total += solve(i);\n    }}\n    return total > 0 ? 0 : 1;\n}}\n")


def bad_program(problem: int, k: int) -> str:
    """Accepted by the judge long ago, but not valid C++17 under -Werror (an undeclared name)."""
    return f"// problem {problem}, broken {k}\nint main() {{\n    return undeclared_{k};\n}}\n"


def warning_program(problem: int, k: int) -> str:
    """Compiles, but with a warning (-Werror=return-type): Bad under the paper's verdict."""
    return f"// problem {problem}, warning {k}\nint f() {{}}\nint main() {{\n    return f() * {k};\n}}\n"


def row(sid: str, pid: str, status: str = "Accepted", language: str = "C++", original: str = "C++14 (GCC 5.4.1)",
        ext: str = "cpp", size: int | str = "", atcoder: bool = True) -> str:
    tail = "" if atcoder else "0/1"
    return f"{sid},{pid},u000000001,1500000000,{language},{original},{ext},{status},10,1000,{size},{tail}"


def write_full_tree(root: Path, problems: dict[str, list[tuple[str, str, str | bytes | None]]],
                    clusters: list[list[str]] | None = None, problem_list: bool = True) -> Path:
    """A full-release tree: problems = {pid: [(sid, status, source or None for no file)]}.

    Rows are C++; a str source is written as UTF-8, bytes as they are.
    """
    base = root / "Project_CodeNet"
    (base / "metadata").mkdir(parents=True, exist_ok=True)
    if problem_list:
        (base / "metadata" / "problem_list.csv").write_text(
            "id,name,dataset,time_limit,memory_limit,rating,tags,complexity\n"
            + "".join(f"{pid},Problem {pid},AtCoder,2000,262144,,,\n" for pid in problems))
    for pid, subs in problems.items():
        lines = [HEADER]
        for sid, status, source in subs:
            data = source.encode() if isinstance(source, str) else source
            lines.append(row(sid, pid, status, size=len(data) if data is not None else ""))
            if data is not None:
                path = base / "data" / pid / "C++" / f"{sid}.cpp"
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
        (base / "metadata" / f"{pid}.csv").write_text("\n".join(lines) + "\n")
    if clusters:
        dup = base / "derived" / "duplicates" / "identical_problem_clusters"
        dup.parent.mkdir(parents=True, exist_ok=True)
        dup.write_text("".join(",".join(c) + "\n" for c in clusters))
    return root


def clean_tree(root: Path, n_problems: int = 6, good: int = 8, bad_every: int = 3) -> Path:
    """n_problems problems, each with `good` compiling Accepted programs plus broken/warning ones and
    a few non-Accepted rows, so selection has to skip failures in seeded order."""
    problems = {}
    for p in range(n_problems):
        pid = f"p{p + 1:05d}"
        subs = []
        for k in range(good):
            subs.append((f"s{p + 1:03d}{k:06d}", "Accepted", good_program(p, k)))
            if k % bad_every == 0:
                subs.append((f"s{p + 1:03d}{k + 500:06d}", "Accepted", bad_program(p, k)))
                subs.append((f"s{p + 1:03d}{k + 700:06d}", "Accepted", warning_program(p, k)))
                subs.append((f"s{p + 1:03d}{k + 900:06d}", "Wrong Answer", good_program(p, k + 100)))
        problems[pid] = subs
    return write_full_tree(root, problems)


def messy_tree(root: Path) -> Path:
    """One tree with every kind of bad input the reader must count (see test_codenet for the tally)."""
    base = root / "Project_CodeNet"
    meta, data = base / "metadata", base / "data"
    meta.mkdir(parents=True)
    (meta / "problem_list.csv").write_text(
        "id,name,dataset,time_limit,memory_limit,rating,tags,complexity\n"
        "p00001,Clean,AIZU,1000,131072,,,\n"
        "p00002,Messy,AtCoder,2000,262144,,,\n"
        "p00003,No metadata file,AtCoder,2000,262144,,,\n"
        "../evil,Bad id,AtCoder,2000,262144,,,\n")

    def put(pid: str, sid: str, content: bytes, language: str = "C++") -> None:
        path = data / pid / language / f"{sid}.cpp"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)

    put("p00001", "s100000001", good_program(1, 1).encode())
    put("p00001", "s100000002", good_program(1, 2).encode())
    (meta / "p00001.csv").write_text("\n".join([HEADER, row("s100000001", "p00001", atcoder=False),
                                                row("s100000002", "p00001", atcoder=False)]) + "\n")
    lines = [HEADER.encode()]
    add = lambda text: lines.append(text.encode() if isinstance(text, str) else text)  # noqa: E731
    put("p00002", "s200000001", good_program(2, 1).encode())                                 # fine
    add(row("s200000001", "p00002"))
    put("p00002", "s200000002", good_program(2, 2).replace("\n", "\r\n").encode())           # CRLF: normalised
    add(row("s200000002", "p00002"))
    add(row("s200000003", "p00002"))                                                         # missing file
    put("p00002", "s200000004", b"  \n\n")                                                   # empty (whitespace)
    add(row("s200000004", "p00002"))
    put("p00002", "s200000005", b"int main() { return 0; } // caf\xe9\n")                   # not UTF-8
    add(row("s200000005", "p00002"))
    put("p00002", "s200000006", b"\xef\xbb\xbf" + good_program(2, 6).encode())              # BOM: stripped
    add(row("s200000006", "p00002"))
    put("p00002", "s200000007", good_program(2, 7).encode())                                 # quoted comma field
    add('s200000007,p00002,u1,1500000000,C++,"C++ (GCC, 9.2.1)",cpp,Accepted,1,1,1,')
    add(row("s200000008", "p00002", language="Python", ext="py"))                           # filtered: language
    add(row("s200000009", "p00002", status="Wrong Answer"))                                 # filtered: status
    add("s200000010,p00002,u1,1500000000,C++,C++14,cpp,Accepted,1,1,1")                     # 11 columns
    add("s200000011,p00002,u1,1500000000,C++,C++14,cpp,Accepted,1,1,1,,extra")              # 13 columns
    add(row("s200000012", "p00099"))                                                         # another problem's row
    add(row("s200000001", "p00002"))                                                         # duplicate id
    add("")                                                                                  # blank line
    add(row("../../../etc/passwd", "p00002"))                                                # path traversal
    add(b"s200000013,p00002,u1,1500000000,C++,C++\xff,cpp,Accepted,1,1,1,")                  # undecodable row
    put("p00002", "s200000014", b"int main() {\x00}\n")                                      # NUL byte: binary
    add(row("s200000014", "p00002"))
    add(row("s200000015", "p00002"))                                                         # file is a directory
    (data / "p00002" / "C++" / "s200000015.cpp").mkdir(parents=True)
    (meta / "p00002.csv").write_bytes(b"\n".join(lines) + b"\n")
    return root


@pytest.fixture(scope="session")
def builders_compile_cache(tmp_path_factory) -> Path:
    """One verdict/PCH cache for all builders tests in this process (the PCH build is ~10 s)."""
    path = tmp_path_factory.getbasetemp() / "builders-compile-cache"
    path.mkdir(exist_ok=True)
    return path


@pytest.fixture(scope="session")
def builders_runner(builders_compile_cache):
    from compile_prefs.evaluate_metric.compile_success.compile_runner import CompileRunner

    return CompileRunner(cache_dir=builders_compile_cache, workers=2)
