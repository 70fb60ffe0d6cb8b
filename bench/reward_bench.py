"""Where a GRPO step's time goes on the tiny model: sampling the group, the compile reward, the update.

    python bench/reward_bench.py [--model artifacts/models/tiny-base] [--data artifacts/data]
                                 [--prompts 16] [--group 4] [--max-new-tokens 128]

One GRPO step on the demo's settings: `--prompts` training prompts, `--group` sampled completions each
(64 completions by default), up to `--max-new-tokens` new tokens. Timed in the same run:
  generation   sampling the 64 completions (the back-end `compile-prefs generate` uses),
  reward cold  the compile reward on them with an empty verdict cache,
  reward warm  the same call again (every verdict cached: what a repeated completion costs),
  update       one forward and backward pass of the policy over the 64 sequences.
It prints each and its share of the step. On a 7B model on a GPU generation dominates a step; on the
tiny CPU model the compiler does, which is why the runner's speed and cache matter for RL here.
Needs the demo's tiny model and data (`make tiny-model`).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def main(argv=None) -> int:
    from compile_prefs import layout

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default=str(layout.tiny_model_dir()))
    parser.add_argument("--data", default=str(layout.data_dir()))
    parser.add_argument("--split", default="train")
    parser.add_argument("--prompts", type=int, default=16)
    parser.add_argument("--group", type=int, default=4, help="sampled completions per prompt")
    parser.add_argument("--max-new-tokens", type=int, default=128)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--workers", type=int, default=None, help="parallel g++ processes (default: cores)")
    args = parser.parse_args(argv)
    if not (Path(args.model) / "config.json").is_file():
        print(f"no model at {args.model}: build the demo's tiny model first (make tiny-model)", file=sys.stderr)
        return 2

    import torch

    from compile_prefs.evaluate_metric.compile_success.compile_runner import CompileRunner
    from compile_prefs.training.formats import get_format
    from compile_prefs.training.generate import GenerateConfig, HFBackend, load_rows
    from compile_prefs.training.reward import CompileReward

    rows = load_rows(args.data, args.split)[: args.prompts]
    prompts = [r["prompt"] for r in rows for _ in range(args.group)]
    cfg = GenerateConfig(model=args.model, data="-", out="-", decoding="sample", temperature=1.0, top_p=1.0,
                         max_new_tokens=args.max_new_tokens, batch_size=args.batch_size, seed=0)
    backend = HFBackend(cfg, args.model)
    fmt = get_format("base")
    rendered = [fmt.render_prompt(p, backend.tokenizer) for p in prompts]

    start = time.perf_counter()
    outputs = []
    for i in range(0, len(rendered), args.batch_size):
        outputs += backend.generate(rendered[i:i + args.batch_size], fmt, batch_seed=i)
    t_generate = time.perf_counter() - start
    completions = [o.raw for o in outputs]

    with tempfile.TemporaryDirectory(prefix="reward-bench-cache-") as cache:
        reward = CompileReward(fmt, runner=CompileRunner(workers=args.workers, cache_dir=cache))
        start = time.perf_counter()
        values = reward(prompts=prompts, completions=completions)
        t_cold = time.perf_counter() - start
        start = time.perf_counter()
        again = reward(prompts=prompts, completions=completions)
        t_warm = time.perf_counter() - start
    assert values == again

    model = backend.model
    model.train()
    ids = [r.input_ids + backend.tokenizer(o.raw, add_special_tokens=False)["input_ids"] for r, o in zip(rendered, outputs)]
    width = max(len(x) for x in ids)
    pad = backend.tokenizer.pad_token_id or 0
    batch = torch.tensor([x + [pad] * (width - len(x)) for x in ids])
    mask = torch.tensor([[1] * len(x) + [0] * (width - len(x)) for x in ids])
    start = time.perf_counter()
    out = model(input_ids=batch, attention_mask=mask, labels=batch.masked_fill(mask == 0, -100))
    out.loss.backward()
    t_update = time.perf_counter() - start

    step = t_generate + t_cold + t_update
    n = len(completions)
    print(f"model {args.model}: {args.prompts} prompts x {args.group} samples = {n} completions, "
          f"up to {args.max_new_tokens} new tokens, torch threads {torch.get_num_threads()}")
    print(f"  compile success of the samples: {sum(v == 1.0 for v in values)}/{n}")
    for label, t in (("generation", t_generate), ("reward (cold cache)", t_cold), ("update (fwd+bwd)", t_update)):
        print(f"  {label:<20s} {t:7.2f} s  {100 * t / step:5.1f}% of the step")
    print(f"  {'reward (warm cache)':<20s} {t_warm:7.2f} s  ({t_cold / max(t_warm, 1e-9):.0f}x faster than cold)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
