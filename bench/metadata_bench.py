"""Metadata reader at CodeNet scale: rows/s and peak memory of `CodeNetReader` (target: < 1 GiB RSS).

    python bench/metadata_bench.py                          # 4,000 problems, 14M rows (~1.3 GB on disk)
    python bench/metadata_bench.py --rows 1000000           # scaled down
    python bench/metadata_bench.py --dir /big/disk --keep   # where to write the synthetic tree

Writes a synthetic `Project_CodeNet/metadata/` tree shaped like the real one (problem_list.csv,
one pNNNNN.csv per problem, the real 12-column header, a skewed number of rows per problem with
the largest problems holding tens of thousands of rows, mixed languages and statuses, AtCoder
rows with empty fields), then streams every row through the reader in a fresh child process, so
its peak RSS is the reader's alone, not the generator's. Prints rows/s and peak RSS / target.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_RSS_BYTES = 1 << 30
HEADER = "submission_id,problem_id,user_id,date,language,original_language,filename_ext,status,cpu_time,memory,code_size,accuracy\n"
LANGUAGES = [("C++", "C++14 (GCC 5.4.1)", "cpp", 0.45), ("Python", "Python3 (3.4.3)", "py", 0.25),
             ("Java", "Java8 (OpenJDK 1.8.0)", "java", 0.12), ("C", "C (GCC 5.4.1)", "c", 0.10),
             ("Ruby", "Ruby (2.3.3)", "rb", 0.08)]
STATUSES = [("Accepted", 0.55), ("Wrong Answer", 0.25), ("Time Limit Exceeded", 0.07),
            ("Runtime Error", 0.06), ("Compile Error", 0.05), ("Memory Limit Exceeded", 0.02)]


def rows_per_problem(total_rows: int, problems: int, rng: random.Random) -> list[int]:
    """A heavy-tailed split of `total_rows` over `problems` (CodeNet: median ~1.5k, max ~70k)."""
    weights = [rng.paretovariate(1.3) for _ in range(problems)]
    scale = total_rows / sum(weights)
    counts = [max(1, int(w * scale)) for w in weights]
    largest = max(range(problems), key=counts.__getitem__)
    counts[largest] += total_rows - sum(counts)  # exact total; the largest bucket absorbs rounding
    if counts[largest] < 1:  # fewer rows than problems
        raise ValueError("--rows must be at least --problems")
    return counts


def generate(root: Path, total_rows: int, problems: int, seed: int = 0) -> int:
    rng = random.Random(seed)
    meta = root / "Project_CodeNet" / "metadata"
    meta.mkdir(parents=True, exist_ok=True)
    with open(meta / "problem_list.csv", "w") as f:
        f.write("id,name,dataset,time_limit,memory_limit,rating,tags,complexity\n")
        for p in range(problems):
            f.write(f"p{p:05d},Problem {p},{'AIZU' if p < 2000 else 'AtCoder'},2000,262144,,,\n")
    lang_choices = rng.choices(LANGUAGES, weights=[lang[3] for lang in LANGUAGES], k=4096)
    status_choices = rng.choices([s for s, _ in STATUSES], weights=[w for _, w in STATUSES], k=4096)
    written, sid = 0, 0
    for p, n in enumerate(rows_per_problem(total_rows, problems, rng)):
        pid = f"p{p:05d}"
        atcoder = p >= 2000
        lines = [HEADER]
        for i in range(n):
            lang, orig, ext, _ = lang_choices[(sid * 7 + i) & 4095]
            status = status_choices[(sid * 13 + i * 3) & 4095]
            sid += 1
            tail = f"{sid % 2000},{sid % 100000},{sid % 5000}," + ("" if atcoder else "3/3")
            lines.append(f"s{sid:09d},{pid},u{sid % 999983:09d},{1400000000 + sid},{lang},{orig},{ext},{status},{tail}\n")
            if len(lines) >= 50_000:
                written += _flush(meta / f"{pid}.csv", lines)
                lines = []
        written += _flush(meta / f"{pid}.csv", lines)
    return written


def _flush(path: Path, lines: list[str]) -> int:
    with open(path, "a") as f:
        f.write("".join(lines))
    return sum(len(line) for line in lines)


# Runs in the child: stream every row (default C++/Accepted filter) and report.
_CHILD = """
import json, resource, sys, time
from compile_prefs.builders.codenet import CodeNetReader
reader = CodeNetReader({tree!r})
start = time.perf_counter()
selected = sum(1 for _ in reader.iter_rows())
elapsed = time.perf_counter() - start
print(json.dumps({{"seconds": elapsed, "selected": selected, "report": reader.report.to_dict(),
                  "peak_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}}))
"""


def measure(tree: Path) -> dict:
    code = _CHILD.format(tree=str(tree))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def baseline_rss() -> int:
    """Peak RSS of a child that only imports the reader: the interpreter's own share."""
    code = ("import resource, sys; import compile_prefs.builders.codenet; "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)")
    return int(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=14_000_000)
    parser.add_argument("--problems", type=int, default=4_000)
    parser.add_argument("--dir", type=Path, default=None, help="parent folder for the synthetic tree (default: a temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the synthetic tree")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="codenet-bench-", dir=args.dir))
    try:
        t0 = time.perf_counter()
        size = generate(tmp, args.rows, args.problems, args.seed)
        gen_s = time.perf_counter() - t0
        print(f"generated {args.rows:,} rows in {args.problems:,} problems ({size / 2**20:,.0f} MiB) in {gen_s:.1f} s")
        result = measure(tmp)
        base = baseline_rss()
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            print(f"kept {tmp}")
    report = result["report"]
    rate = report["rows_read"] / result["seconds"]
    peak = result["peak_rss"]
    print(f"read {report['rows_read']:,} rows ({result['selected']:,} C++ Accepted) in {result['seconds']:.1f} s: "
          f"{rate:,.0f} rows/s")
    print(f"skipped {report['skipped'] or 'none'}; filtered {report['filtered']}")
    print(f"peak RSS {peak / 2**20:,.0f} MiB (interpreter + imports alone: {base / 2**20:,.0f} MiB); "
          f"target < {TARGET_RSS_BYTES / 2**20:,.0f} MiB: ratio peak/target = {peak / TARGET_RSS_BYTES:.3f}")
    if report["rows_read"] != args.rows:
        print(f"ERROR: expected {args.rows:,} rows, read {report['rows_read']:,}", file=sys.stderr)
        return 1
    return 0 if peak < TARGET_RSS_BYTES else 1


if __name__ == "__main__":
    sys.exit(main())
