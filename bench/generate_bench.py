"""Batched vs one-at-a-time greedy generation with the tiny model on CPU: tokens/s and their ratio.

    python bench/generate_bench.py [--model artifacts/models/tiny-base] [--data artifacts/data]
                                   [--prompts 64] [--batch-size 16] [--max-new-tokens 128]
                                   [--format base|chat] [--repeats 3]

Same prompts, same back-end and stopping rules as `compile-prefs generate`, which hands the back-end
its batches of prompts sorted by length: `--batch-size` rows are decoded at once, and a row that
finishes makes room for the next prompt (one at a time: batches of one, one row in flight). Both
ways run `--repeats` times, alternating, and the fastest run of each counts: on a shared machine
the slower runs measure the neighbours (the CPU time of each is printed too, and the load average).
The outputs of both ways must be identical (exit status 1 otherwise), so the speed-up costs
nothing in results. By default the model and prompts are the demo's (`make tiny-model` builds
them); where they are absent a smaller tiny model is built from the test fixtures' programs (a
few seconds) and the prompts are those programs, masked like the real dataset.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
ROOT = Path(__file__).resolve().parent.parent


def test_fixtures():
    """The tests' tiny-model fixtures module (tests/fixtures_models.py), loaded from its file."""
    spec = importlib.util.spec_from_file_location("fixtures_models", ROOT / "tests" / "fixtures_models.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def prompts_from(args, tmp: Path) -> list[str]:
    from compile_prefs.training.generate import load_rows

    if args.data:
        rows = load_rows(args.data, args.split)
    else:
        fixtures = test_fixtures()
        rows = load_rows(fixtures.write_completion_dataset(tmp / "data", fixtures.make_cpp_programs(40)), "train")
    return [r["prompt"] for r in rows[: args.prompts]]


def timed(backend, rendered, fmt, batch_size: int) -> tuple[list[str], int, float, float]:
    """Generate as `generate` does: batches of `batch_size` prompts, `batch_size` rows in flight.
    Returns the outputs, the new tokens, and the seconds taken: wall clock and CPU time."""
    backend.cfg.batch_size = batch_size
    batches = [rendered[i:i + batch_size] for i in range(0, len(rendered), batch_size)]
    outputs, tokens = [], 0
    start, start_cpu = time.perf_counter(), time.process_time()
    for batch_outputs in backend.generate_batches(batches, fmt, [0] * len(batches)):
        for o in batch_outputs:
            outputs.append(o.raw)
            tokens += o.new_tokens
    return outputs, tokens, time.perf_counter() - start, time.process_time() - start_cpu


def main(argv=None) -> int:
    from compile_prefs import layout

    demo_model, demo_data = layout.tiny_model_dir(), layout.data_dir()
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default=str(demo_model) if (demo_model / "config.json").is_file() else None,
                        help="model folder (default: the demo's tiny model, else build a small one now)")
    parser.add_argument("--data", default=str(demo_data) if layout.parquet_path(demo_data, "completion", "test").is_file()
                        else None, help="dataset folder for prompts (default: the demo's, else fixture programs)")
    parser.add_argument("--split", default="test")
    parser.add_argument("--format", default="base", choices=("base", "chat"))
    parser.add_argument("--prompts", type=int, default=64)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--max-new-tokens", type=int, default=128)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)

    import torch

    from compile_prefs.training.formats import get_format
    from compile_prefs.training.generate import GenerateConfig, HFBackend

    with tempfile.TemporaryDirectory(prefix="generate-bench-") as tmp:
        tmp = Path(tmp)
        model = args.model
        if model is None:
            from compile_prefs.training.tiny_model import build_tiny_model

            print("no demo model (make tiny-model builds it); building a small one from fixture programs")
            model = str(build_tiny_model(test_fixtures().make_cpp_programs(40), tmp / "tiny", steps=150, max_seconds=None,
                                         block_size=128, batch_size=8))
        prompts = prompts_from(args, tmp)
        cfg = GenerateConfig(model=model, data="-", out="-", max_new_tokens=args.max_new_tokens,
                             batch_size=args.batch_size)
        backend = HFBackend(cfg, model)
        fmt = get_format(args.format)
        rendered = [fmt.render_prompt(p, backend.tokenizer) for p in prompts]
        # Similar lengths per batch, as `generate` orders them.
        rendered.sort(key=lambda r: len(r.input_ids))
        timed(backend, rendered[:2], fmt, 2)  # warm-up
        t_one = t_many = cpu_one = cpu_many = float("inf")
        for _ in range(args.repeats):
            one, tok_one, t, cpu = timed(backend, rendered, fmt, 1)
            t_one, cpu_one = min(t_one, t), min(cpu_one, cpu)
            many, tok_many, t, cpu = timed(backend, rendered, fmt, args.batch_size)
            t_many, cpu_many = min(t_many, t), min(cpu_many, cpu)

    mismatches = [i for i, (a, b) in enumerate(zip(one, many)) if a != b]
    rate_one, rate_many = tok_one / t_one, tok_many / t_many
    print(f"model {model}: {len(prompts)} prompts ({args.format} format), greedy, max_new_tokens "
          f"{args.max_new_tokens}, torch threads {torch.get_num_threads()}, best of {args.repeats}, "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"  one at a time : {tok_one:6d} tokens in {t_one:6.2f} s = {rate_one:8.1f} tokens/s  (CPU {cpu_one:6.2f} s)")
    print(f"  batch of {args.batch_size:<5d}: {tok_many:6d} tokens in {t_many:6.2f} s = {rate_many:8.1f} tokens/s  "
          f"(CPU {cpu_many:6.2f} s)")
    # CPU time leaves out the waits for a busy core, which the wall clock of the longer run collects more of.
    print(f"  speed-up      : {rate_many / rate_one:.2f}x, in CPU time {cpu_one / cpu_many:.2f}x  "
          f"(outputs identical: {not mismatches})")
    if mismatches:
        print(f"batched outputs differ from one-at-a-time for prompts {mismatches}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
