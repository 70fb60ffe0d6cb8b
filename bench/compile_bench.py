"""Compile throughput: the paper-style baseline against compile_success, on one corpus, in one run.

    python bench/compile_bench.py [--corpus DIR | --block-corpus N] [--limit N] [--mode link] [--workers N]
                                  [--sandbox auto|bubblewrap|screening]

Baseline: sequential `g++ -std=c++17 -Werror file -o a.out`, one process per file (how the
paper's code scored), Good = exit 0 and empty stderr. Then compile_success with an empty verdict
cache and no precompiled headers (built on demand inside the run, for leading include blocks
that recur, and counted in its time), then again with the warm cache. Prints files/s of each,
the speed-up ratios, the verdict agreement, and what each step of a compile cost: the screen,
preprocessing (`g++ -E`, whose output is checked), the compile, the checks of
the preprocessed text and the assembly, assembling and linking, and the precompiled headers.
Also the load average and the CPU time of each side: other work on the machine takes cores from
the parallel run, not from the sequential baseline, so the ratio of CPU times shows what idle
cores would give (counted for compile_success only with --sandbox screening).
Targets on 2 cores, link mode, 100% agreement: cold >= 5x the baseline on CodeNet, >= 4x on
`--block-corpus 160` (HumanEval-X-shaped: C headers first, 18 leading blocks); warm >= 1000 files/s.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from block_corpus import generate  # bench/ is on sys.path as the script's folder

from compile_prefs.evaluate_metric.compile_success.compile_runner import MODES, CompileConfig, CompileRunner

DEFAULT_CORPORA = [Path(__file__).resolve().parent.parent.parent / "shared" / "codenet-sample",
                   Path(__file__).resolve().parent.parent / "data" / "demo_corpus"]


def baseline_verdict(path: Path, std: str, mode: str, workdir: str) -> bool:
    out = os.path.join(workdir, "a.out")
    cmd = ["g++", f"-std={std}", "-Werror", *MODES[mode], str(path)]
    if mode != "syntax":
        cmd += ["-o", out]
    result = subprocess.run(cmd, capture_output=True, env={"LC_ALL": "C", "PATH": os.environ["PATH"]}, cwd=workdir)
    return result.returncode == 0 and not result.stderr.strip()


def _cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=None, help="folder searched for .cpp files")
    parser.add_argument("--block-corpus", type=int, default=None, metavar="N",
                        help="use N generated HumanEval-X-shaped programs (bench/block_corpus.py) instead")
    parser.add_argument("--limit", type=int, default=None, help="use the first N files (sorted)")
    parser.add_argument("--mode", default="link", choices=sorted(MODES))
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--sandbox", default="auto", choices=["auto", "bubblewrap", "screening"],
                        help="the runner's sandbox; CPU time is counted only with screening (bubblewrap does "
                             "not hand its processes' CPU time back to its parent)")
    args = parser.parse_args(argv)

    generated_dir = None
    if args.block_corpus:
        generated_dir = tempfile.TemporaryDirectory()
        corpus = Path(generated_dir.name)
        for i, source in enumerate(generate(args.block_corpus)):
            (corpus / f"task_{i:04d}.cpp").write_text(source)
    else:
        corpus = args.corpus or next((c for c in DEFAULT_CORPORA if c.is_dir()), None)
    if corpus is None:
        parser.error("no corpus found; pass --corpus DIR")
    files = sorted(corpus.rglob("*.cpp"))[: args.limit]
    sources = [f.read_bytes().decode("utf-8", errors="surrogateescape") for f in files]
    print(f"corpus: {'generated block corpus' if generated_dir else corpus} ({len(files)} files), mode: {args.mode}, "
          f"cores: {os.cpu_count()}")

    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as work:
        start, cpu_start = time.perf_counter(), _cpu_seconds()
        reference = [baseline_verdict(f, "c++17", args.mode, work) for f in files]
        base_s, base_cpu = time.perf_counter() - start, _cpu_seconds() - cpu_start
    load_baseline = os.getloadavg()[0]

    with tempfile.TemporaryDirectory() as cache:
        config = CompileConfig(mode=args.mode, sandbox=args.sandbox)
        start, cpu_start = time.perf_counter(), _cpu_seconds()
        runner = CompileRunner(config, workers=args.workers, cache_dir=cache)
        cold = runner.check_many(sources)
        cold_s, cold_cpu = time.perf_counter() - start, _cpu_seconds() - cpu_start
        load_cold = os.getloadavg()[0]
        warm_runner = CompileRunner(config, workers=args.workers, cache_dir=cache)
        start = time.perf_counter()
        warm = warm_runner.check_many(sources)
        warm_s = time.perf_counter() - start
    if generated_dir is not None:
        generated_dir.cleanup()
    stats = runner.stats
    blocks = set(runner._chosen_blocks([runner._screen(s.encode())[1].leading_block for s in sources]).values())

    n = len(files)
    agree = sum(r == v.good for r, v in zip(reference, cold))
    disagreements = [f"{f}: baseline {'Good' if r else 'Bad'}, compile_success {v.verdict} [{v.reason}] {v.diagnostic}"
                     for f, r, v in zip(files, reference, cold) if r != v.good]
    print(f"sandbox: {runner.sandbox}, linker: {runner.linker}, workers: {runner.workers}")
    # Other work on the machine slows the parallel run more than the sequential one (fewer free cores per worker).
    print(f"load average (1 min): {load_before:.2f} at the start, {load_baseline:.2f} after the baseline, "
          f"{load_cold:.2f} after the cold run")
    print(f"baseline (sequential g++ -Werror):   {n / base_s:8.2f} files/s  ({base_s:.1f} s, {sum(reference)} Good)")
    print(f"compile_success cold cache:          {n / cold_s:8.2f} files/s  ({cold_s:.1f} s, PCH builds included)")
    print(f"compile_success warm cache:          {n / warm_s:8.2f} files/s  ({warm_s:.3f} s)")
    cold_cpu_text = f"{cold_cpu:.1f} s" if runner.sandbox == "screening" else "not counted under bubblewrap"
    print(f"CPU time (this process and its children): baseline {base_cpu:.1f} s, cold {cold_cpu_text}")
    print(f"speed-up cold / baseline:            {base_s / cold_s:8.2f}x")
    print(f"warm cache:                          {n / warm_s:8.0f} files/s (target >= 1000)")
    print(f"leading blocks precompiled:          {stats['pch_build']} builds, {stats['pch_build_s']:.1f} s of worker time"
          f" ({len([b for b in blocks if b])} distinct blocks/prefixes used)")
    steps = ["screen", "screen_macros", "preprocess", "compile", "output_check", "assemble_link", "pch_build"]
    total = sum(stats[f"{step}_s"] for step in steps)
    for step in steps:
        if stats[step]:
            print(f"  {step:<18} {stats[step + '_s']:7.2f} s worker time over {stats[step]:4d} runs"
                  f" ({stats[step + '_s'] / stats[step] * 1000:6.1f} ms each, {stats[step + '_s'] / total:5.1%} of all)")
    checks = stats["screen_s"] + stats["screen_macros_s"] + stats["output_check_s"]
    print(f"cost of the screen and the output checks: {checks:.1f} s = {checks / max(total - checks, 1e-9):.1%} on top "
          f"of the rest of the work")
    print(f"verdict agreement with baseline:     {agree}/{n} = {agree / n:.2%}")
    print(f"warm verdicts identical to cold:     {[v.to_dict() for v in warm] == [v.to_dict() for v in cold]}")
    for line in disagreements:
        print(f"  disagreement: {line}")
    return 0 if agree == n else 1


if __name__ == "__main__":
    sys.exit(main())
