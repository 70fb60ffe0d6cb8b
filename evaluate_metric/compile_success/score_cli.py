"""`compile-prefs score PATH...`: compile C++ files and print the compile-success rate.

PATH may be a .cpp/.cc/.cxx file, a folder (searched recursively for C++ files), or a JSONL
file whose objects hold the program in a `code` field (`--field` to change it; `id` names the
sample when present). Prints one line per program and the rate; `--json` prints one JSON
object for machines instead.

    compile-prefs score data/demo_corpus/Project_CodeNet/data/p90000
    compile-prefs score generations.jsonl --field program --json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .compile_runner import MODES, CompileConfig, CompileRunner

CPP_SUFFIXES = {".cpp", ".cc", ".cxx", ".c++", ".cp", ".C"}


def add_arguments(parser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="C++ files, folders, or JSONL files")
    parser.add_argument("--field", default="code", help="JSONL field holding the program (default: code)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of text")
    parser.add_argument("--std", default="c++17")
    parser.add_argument("--mode", default="link", choices=sorted(MODES))
    parser.add_argument("--allow-warnings", action="store_true", help="warnings do not make a program Bad")
    parser.add_argument("--flag", action="append", default=[], dest="extra_flags", help="extra g++ flag (repeatable)")
    parser.add_argument("--workers", type=int, default=None, help="parallel compiles (default: all cores)")
    parser.add_argument("--sandbox", default="auto", choices=["auto", "bubblewrap", "screening"])
    parser.add_argument("--no-cache", action="store_true", help="ignore and do not write the verdict cache")
    parser.add_argument("--progress", action="store_true", help="show a progress bar on stderr")


def collect_programs(paths, field: str = "code") -> tuple[list[tuple[str, str]], list[str]]:
    """(name, source) pairs from files, folders and JSONL files, plus problems found on the way."""
    programs, problems = [], []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in CPP_SUFFIXES)
            if not files:
                problems.append(f"{path}: no C++ files found")
            for file in files:
                programs.append((str(file), _read_source(file)))
        elif path.suffix == ".jsonl":
            programs.extend(_read_jsonl(path, field, problems))
        elif path.is_file():
            programs.append((str(path), _read_source(path)))
        else:
            problems.append(f"{path}: no such file or folder")
    return programs, problems


def _read_source(path: Path) -> str:
    # Undecodable bytes reach the compiler unchanged (surrogateescape), as they were written.
    return path.read_bytes().decode("utf-8", errors="surrogateescape")


def _read_jsonl(path: Path, field: str, problems: list[str]):
    with path.open(encoding="utf-8", errors="surrogateescape") as handle:
        for lineno, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                problems.append(f"{path}:{lineno}: not JSON ({err.msg})")
                continue
            if not isinstance(record, dict) or not isinstance(record.get(field), str):
                problems.append(f"{path}:{lineno}: no string field {field!r}")
                continue
            yield f"{path}:{record.get('id', lineno)}", record[field]


def run(args) -> int:
    programs, problems = collect_programs(args.paths, args.field)
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    if not programs:
        print("error: no programs to score", file=sys.stderr)
        return 2
    config = CompileConfig(std=args.std, mode=args.mode, warnings_as_errors=not args.allow_warnings,
                           extra_flags=tuple(args.extra_flags), sandbox=args.sandbox)
    runner = CompileRunner(config, workers=args.workers, cache_dir=False if args.no_cache else None)
    verdicts = runner.check_many([source for _, source in programs], progress=args.progress)
    n_good = sum(v.good for v in verdicts)
    rate = n_good / len(verdicts)
    if args.json:
        print(json.dumps({
            "compile_success": rate, "n": len(verdicts), "n_good": n_good, "compiler": runner.describe(),
            "skipped": problems,
            "details": [{"name": name, **v.to_dict()} for (name, _), v in zip(programs, verdicts)],
        }, indent=1))
    else:
        width = max(len(name) for name, _ in programs)
        for (name, _), v in zip(programs, verdicts):
            tail = "" if v.good else f"  [{v.reason}] {v.diagnostic}"
            print(f"{name:<{width}}  {v.verdict}{tail}")
        print(f"compile_success = {rate:.4f} ({n_good}/{len(verdicts)} Good; g++ {config.mode} -std={config.std}, sandbox: {runner.sandbox})")
    return 0
