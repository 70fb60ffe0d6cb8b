"""Iterated on-policy DPO: sample, score, mine, DPO, N rounds, each from the previous policy (stage sft_iterate).

    make iterate MODEL=tiny ROUNDS=2
    compile-prefs iterate training/recipes/tiny/iterate.yaml [--rounds 3 --samples_per_prompt 8 --loss_type dpop]

The paper mines pairs once, from greedy SFT outputs, with the original program as chosen. Here each round r
(1..rounds) works from policy r-1 (round 1: the SFT adapter):

1. sample `samples_per_prompt` (k) completions per training prompt from policy r-1 (training/generate.py,
   `num_samples`), each scored by the one compile runner;
2. mine on-policy pairs (training/onpolicy.py): chosen = a Good sample where one exists, else the original
   completion; rejected = the Bad samples, deduplicated; `graded` orders them Good > warnings only > bad;
3. DPO from policy r-1 with a frozen copy of policy r-1 as the reference (training/dpo.py, as its sft_dpo stage
   continues the SFT adapter against a frozen copy of it), with the recipe's loss (`sigmoid`, `[sigmoid, sft]`,
   `dpop`, ...);
4. greedy compile success of the new policy on the validation split (never the test split), so a collapse is
   visible in the round it starts.

The final round's adapter becomes the stage's adapter (layout.adapter_dir(model, "sft_iterate")), evaluated on
the test split like every stage (`make eval STAGE=sft_iterate`). The recipe is training/recipes/<model>/
iterate.yaml: a DPO recipe plus the loop's fields (configs.IterateConfig).

Every step leaves a file and is skipped when its file is there, so a re-run retrains nothing and an
interrupted run resumes (generation even mid-file). Under runs/<model>/sft_iterate/:

    round-0/validation/           verdicts.jsonl, summary.json: the SFT policy on the validation split
    round-<r>/generations.jsonl   k scored samples per train prompt from policy r-1
    round-<r>/data/               the round's pairs: config preference-<model>-onpolicy (or -graded)
    round-<r>/mining_summary.json the pairs' mix, kinds, reasons, distances, shortcut report
    round-<r>/dpo/                adapter/, run_summary.json, metrics.json, resolved_config.yaml
    round-<r>/validation/         verdicts.jsonl, summary.json: policy r on the validation split
    round-<r>/timings.json        seconds each step took when it ran
    round-<r>/round_summary.json  compile_prefs.artifacts.IterateRound
    adapter/, run_summary.json    the final policy (a copy of the last round's adapter): the stage's run
    iterate_summary.json          compile_prefs.artifacts.IterateSummary: every round in one table

More rounds later (`ROUNDS=3` after 2) train only the new round. The rounds are tied to the SFT adapter and the
loop's settings they were made with: when either changes, the run stops and names the folder to remove.
The loop runs in one process, on one device; models are loaded by training/modeling.py as the recipe says.
"""

from __future__ import annotations

import copy
import gc
import json
import shutil
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

if __name__ == "__main__" and __package__ in (None, ""):
    # Run as a script: take training/ off sys.path so that sibling files never shadow libraries.
    del sys.path[0]

from compile_prefs import layout  # noqa: E402
from compile_prefs.command import fails_cleanly  # noqa: E402
from compile_prefs.artifacts import (  # noqa: E402
    EVAL_SUMMARY_FILE, MINING_SUMMARY_FILE, RUN_SUMMARY_FILE, EvalSummary, IterateRound, IterateSummary, MiningSummary,
    RunSummary,
)

STAGE = "sft_iterate"
SCRIPT = "training/iterate.py"
TIMINGS_FILE = "timings.json"
# The values that shape what the rounds produce: rounds made under other values are not reused.
SETTINGS = ("samples_per_prompt", "sample_temperature", "sample_top_p", "sample_max_new_tokens", "max_pairs_per_prompt",
            "graded", "allowed_warnings", "loss_type", "beta", "dpop_lambda", "learning_rate", "lr_scheduler_type",
            "max_steps", "num_train_epochs", "per_device_train_batch_size", "gradient_accumulation_steps",
            "max_length", "seed")


def round_dir(stage_dir: Path, r: int) -> Path:
    return stage_dir / f"round-{r}"


def _plain(value):
    value = getattr(value, "value", value)  # enums (lr_scheduler_type)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def loop_settings(model_args, data_args, training_args) -> dict:
    settings = {name: _plain(getattr(training_args, name)) for name in SETTINGS}
    settings.update(base_model=model_args.model_name_or_path, prompt_format=model_args.prompt_format,
                    protocol=model_args.protocol, data=str(data_path(data_args)),
                    train_split=data_args.dataset_train_split, max_train_samples=data_args.max_train_samples)
    return settings


def data_path(data_args) -> Path:
    return Path(data_args.dataset_path or layout.data_dir())


class _Timings:
    """Seconds each step of a round took when it ran, kept in a file so a resumed round still reports them."""

    def __init__(self, folder: Path):
        self.path = folder / TIMINGS_FILE
        self.values = json.loads(self.path.read_text()) if self.path.is_file() else {}

    def record(self, step: str, seconds: float) -> None:
        self.values[step] = round(seconds, 2)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(json.dumps(self.values, indent=2) + "\n")


class Loop:
    """The rounds of one model's loop; `run()` does what is missing and returns the summary."""

    def __init__(self, model_args, data_args, training_args, recipe: str | None = None, runner=None):
        self.model_args, self.data_args, self.args, self.recipe = model_args, data_args, training_args, recipe
        self.model = data_args.model
        self.data = data_path(data_args)
        self.stage_dir = Path(data_args.run_dir) if data_args.run_dir else layout.run_dir(self.model, STAGE)
        self.start_adapter = Path(model_args.init_adapter or layout.adapter_dir(self.model, "sft"))
        self.settings = loop_settings(model_args, data_args, training_args)
        self._runner = runner

    @property
    def runner(self):
        if self._runner is None:
            from compile_prefs.evaluate_metric.compile_success.compile_runner import CompileRunner

            self._runner = CompileRunner()
        return self._runner

    # ------------------------------------------------------------ checks
    def check_inputs(self) -> str:
        """The start adapter's run time; clear errors for what is missing or stale."""
        start_summary = RunSummary.load(self.start_adapter.parent)
        if not (self.start_adapter / "adapter_config.json").is_file() or start_summary is None:
            raise FileNotFoundError(f"no finished SFT run at {self.start_adapter.parent}: train it first "
                                    f"(make sft MODEL={self.model})")
        splits = layout.config_splits(self.data, layout.COMPLETION_CONFIG)
        for split in (self.data_args.dataset_train_split, self.args.validation_split):
            if split not in splits:
                raise ValueError(f"the completion config in {self.data} has no {split!r} split (it has: "
                                 f"{', '.join(splits) or 'none'}); rebuild the data (make data)")
        previous = IterateSummary.load(self.stage_dir)
        if previous is not None:
            if previous.start_created_at != start_summary.created_at:
                raise ValueError(f"{self.stage_dir} holds rounds from another SFT adapter (trained "
                                 f"{previous.start_created_at}, now {start_summary.created_at}); remove the folder to "
                                 "start the loop again")
            changed = sorted(k for k in set(previous.settings) | set(self.settings)
                             if previous.settings.get(k) != self.settings.get(k))
            if changed:
                detail = ", ".join(f"{k}: {previous.settings.get(k)!r} -> {self.settings.get(k)!r}" for k in changed)
                raise ValueError(f"{self.stage_dir} holds rounds made with other settings ({detail}); remove the "
                                 "folder (or use another run_dir) to run the loop with these")
        return start_summary.created_at

    # ------------------------------------------------------------ steps
    def _generate_config(self, adapter: Path, stage: str, split: str, out: Path, sample: bool):
        from compile_prefs.training.generate import GenerateConfig

        a = self.args
        return GenerateConfig(
            model=self.model_args.model_name_or_path, model_name=self.model, stage=stage, adapter=str(adapter),
            recipe=self.recipe, prompt_format=self.model_args.prompt_format, protocol=self.model_args.protocol,
            load_in_4bit=self.model_args.load_in_4bit, data=str(self.data), split=split, out=str(out),
            batch_size=a.sample_batch_size, max_new_tokens=a.sample_max_new_tokens,
            decoding="sample" if sample else "greedy", temperature=a.sample_temperature, top_p=a.sample_top_p,
            num_samples=a.samples_per_prompt if sample else 1, seed=a.seed, progress=not a.disable_tqdm,
            limit=self.data_args.max_train_samples if sample else None)

    def validate(self, adapter: Path, stage: str, folder: Path, timings: _Timings | None = None) -> EvalSummary:
        """Greedy compile success of a policy on the validation split (reused when its summary is there)."""
        from compile_prefs.training.evaluate_model import evaluate

        if (folder / EVAL_SUMMARY_FILE).is_file():
            return EvalSummary.load(folder)
        start = time.perf_counter()
        cfg = self._generate_config(adapter, stage, self.args.validation_split, folder, sample=False)
        evaluate(cfg, folder, runner=self.runner)
        if timings is not None:
            timings.record("validate", time.perf_counter() - start)
        return EvalSummary.load(folder)

    def sample(self, r: int, policy: Path, folder: Path, timings: _Timings) -> Path:
        from compile_prefs.training.generate import generate_file

        out = folder / "generations.jsonl"
        if "generate" in timings.values:
            return out
        start = time.perf_counter()
        cfg = self._generate_config(policy, "sft" if r == 1 else STAGE, self.data_args.dataset_train_split, out,
                                    sample=True)
        cfg.seed = self.args.seed + r  # each round draws afresh
        generate_file(cfg, runner=self.runner)
        timings.record("generate", time.perf_counter() - start)
        return out

    def mine(self, generations: Path, folder: Path, timings: _Timings) -> MiningSummary:
        from compile_prefs.training.onpolicy import mine_file

        summary = MiningSummary.load(folder)
        if summary is not None and "mine" in timings.values:
            return summary
        start = time.perf_counter()
        a = self.args
        summary = mine_file(generations, self.data, folder / "data", model=self.model, graded=a.graded,
                            max_pairs_per_prompt=a.max_pairs_per_prompt, allowed_warnings=tuple(a.allowed_warnings),
                            prompt_format=self.model_args.prompt_format, summary_out=folder / MINING_SUMMARY_FILE,
                            runner=self.runner)
        if not summary.n_pairs:
            raise RuntimeError(f"round {folder.name}: no preference pairs in {generations} (no prompt had a Bad sample "
                               "with code); the loop cannot continue")
        timings.record("mine", time.perf_counter() - start)
        return summary

    def dpo(self, policy: Path, folder: Path, timings: _Timings) -> RunSummary:
        """DPO from `policy` against a frozen copy of it, on the round's pairs."""
        from compile_prefs.training import dpo
        from compile_prefs.training.onpolicy import config_label

        run = folder / "dpo"
        if (run / RUN_SUMMARY_FILE).is_file():
            return RunSummary.load(run)
        model_args, data_args, args = (copy.deepcopy(c) for c in (self.model_args, self.data_args, self.args))
        model_args.init_adapter = str(policy)
        data_args.stage, data_args.run_dir = STAGE, str(run)
        data_args.dataset_path = str(folder / "data")
        data_args.dataset_config = layout.preference_config_name(config_label(self.model, self.args.graded))
        data_args.dataset_test_split = None
        data_args.max_train_samples = None  # the round's pairs, all of them
        args.reference = "sft"  # the frozen copy of the initial adapter: policy r-1
        start = time.perf_counter()
        dpo.train(model_args, data_args, args, self.recipe)
        timings.record("dpo", time.perf_counter() - start)
        _free_memory()
        return RunSummary.load(run)

    def round(self, r: int, policy: Path) -> IterateRound:
        folder = round_dir(self.stage_dir, r)
        done = IterateRound.load(folder)
        if done is not None:
            return done
        timings = _Timings(folder)
        print(f"[compile-prefs] iterate round {r}: sampling {self.args.samples_per_prompt} completions per train "
              f"prompt from {policy}")
        generations = self.sample(r, policy, folder, timings)
        _free_memory()
        mined = self.mine(generations, folder, timings)
        print(f"[compile-prefs] round {r}: {mined.n_pairs} pairs (chosen on-policy "
              f"{mined.chosen_source['on_policy']}, original {mined.chosen_source['original']}); DPO from {policy}")
        trained = self.dpo(policy, folder, timings)
        adapter = Path(trained.adapter)
        validation = self.validate(adapter, STAGE, folder / "validation", timings)
        seconds = {k: timings.values.get(k, 0.0) for k in ("generate", "mine", "dpo", "validate")}
        seconds["total"] = round(sum(seconds.values()), 2)
        record = IterateRound(
            round=r, policy=str(policy), adapter=str(adapter), n_prompts=mined.n_prompts,
            n_samples=mined.n_generations, train_sample_compile_success=mined.sample_compile_success,
            n_pairs=mined.n_pairs, chosen_on_policy=mined.chosen_source["on_policy"],
            chosen_original=mined.chosen_source["original"],
            pairs_per_prompt_mean=float(mined.pairs_per_prompt.get("mean", 0.0)), kinds=mined.kinds,
            by_reason=mined.by_reason, levenshtein_mean=mined.distance("mean"),
            train_loss_first=trained.train_loss_first, train_loss_last=trained.train_loss_last,
            validation_n=validation.n, validation_n_good=validation.n_good,
            validation_compile_success=validation.compile_success, seconds=seconds)
        record.write(folder)
        print(f"[compile-prefs] round {r} done in {seconds['total']:.0f} s: validation compile success "
              f"{validation.n_good}/{validation.n} ({validation.compile_success:.1%})")
        return record

    # ------------------------------------------------------------ the stage's adapter
    def publish_final(self, last: IterateRound, rounds: list[IterateRound]) -> tuple[Path, str]:
        """Copy the final round's adapter to the stage's adapter and write the stage's run summary, unless they
        already are that round's; (adapter, the source run's time)."""
        source = RunSummary.load(Path(last.adapter).parent)
        final_adapter = self.stage_dir / "adapter"
        previous = IterateSummary.load(self.stage_dir)
        if (previous is not None and previous.final_round == last.round
                and previous.final_source_created_at == source.created_at
                and (self.stage_dir / RUN_SUMMARY_FILE).is_file() and (final_adapter / "adapter_config.json").is_file()):
            return final_adapter, source.created_at
        (self.stage_dir / RUN_SUMMARY_FILE).unlink(missing_ok=True)  # written last: it marks a finished stage
        if final_adapter.exists():
            shutil.rmtree(final_adapter)
        shutil.copytree(last.adapter, final_adapter)
        runs = [RunSummary.load(Path(r.adapter).parent) for r in rounds]
        summary = source.to_dict()
        summary.update(
            stage=STAGE, init_adapter=str(self.start_adapter), recipe=self.recipe, adapter=str(final_adapter),
            train_samples=sum(s.train_samples for s in runs), runtime_s=round(sum(s.runtime_s for s in runs), 2),
            global_step=sum(s.global_step for s in runs), train_loss_first=runs[0].train_loss_first,
            reference="previous round",
            reference_model="each round: a frozen copy of the previous round's policy (round 1: the SFT model)",
            created_at=datetime.now(UTC).isoformat(timespec="seconds"))
        RunSummary(**summary).write(self.stage_dir)
        return final_adapter, source.created_at

    # ------------------------------------------------------------ the loop
    def run(self) -> IterateSummary:
        start_created_at = self.check_inputs()
        self.stage_dir.mkdir(parents=True, exist_ok=True)
        start = self.validate(self.start_adapter, "sft", round_dir(self.stage_dir, 0) / "validation")
        print(f"[compile-prefs] start (SFT) on {self.args.validation_split}: {start.n_good}/{start.n} compile "
              f"({start.compile_success:.1%})")
        rounds, policy = [], self.start_adapter
        for r in range(1, self.args.rounds + 1):
            record = self.round(r, policy)
            rounds.append(record)
            policy = Path(record.adapter)
        final_adapter, source_time = self.publish_final(rounds[-1], rounds)
        summary = IterateSummary(
            model=self.model, stage=STAGE, recipe=self.recipe, base_model=self.model_args.model_name_or_path,
            start_adapter=str(self.start_adapter), start_created_at=start_created_at, settings=self.settings,
            validation_split=self.args.validation_split,
            start_validation={"n": start.n, "n_good": start.n_good, "compile_success": start.compile_success},
            rounds=[r.to_dict() for r in rounds], final_round=len(rounds), final_adapter=str(final_adapter),
            final_source_created_at=source_time, created_at=datetime.now(UTC).isoformat(timespec="seconds"))
        summary.write(self.stage_dir)
        return summary


def _free_memory() -> None:
    """Release a finished step's model before the next one loads its own (GPU memory)."""
    gc.collect()
    try:
        import torch

        if torch.cuda.is_available():
            torch.cuda.empty_cache()
    except ImportError:
        pass


def format_table(summary: IterateSummary) -> str:
    s = summary.start_validation
    lines = [f"{'round':>5}  {'pairs':>5}  {'on-policy/original chosen':>25}  {'train samples compile':>21}  "
             f"{summary.validation_split + ' compile':>18}  {'seconds':>7}",
             f"{0:>5}  {'':>5}  {'':>25}  {'':>21}  {s['n_good']:>6}/{s['n']:<4} {s['compile_success']:>6.1%}  {'':>7}"]
    for r in summary.round_records():
        lines.append(f"{r.round:>5}  {r.n_pairs:>5}  {f'{r.chosen_on_policy}/{r.chosen_original}':>25}  "
                     f"{r.train_sample_compile_success:>21.1%}  {r.validation_n_good:>6}/{r.validation_n:<4} "
                     f"{r.validation_compile_success:>6.1%}  {r.seconds['total']:>7.0f}")
    return "\n".join(lines)


def parse_args(argv: list[str] | None = None, prog: str | None = None):
    """(ModelArguments, DataArguments, IterateConfig, recipe path) from a recipe and command-line overrides."""
    argv = list(sys.argv[1:] if argv is None else argv)
    from compile_prefs.training.modeling import preload_unsloth_if_requested

    preload_unsloth_if_requested(argv)
    from compile_prefs.training.configs import TRAINER_CONFIGS
    from compile_prefs.training.configs import parse_args as parse_recipe

    return parse_recipe(TRAINER_CONFIGS["iterate"], argv, prog=prog)


@fails_cleanly(FileNotFoundError, ValueError, RuntimeError)  # bad input or setup: say what, no traceback
def run(model_args, data_args, training_args, recipe: str | None = None) -> int:
    data_args.stage = data_args.stage or STAGE
    if data_args.stage != STAGE:
        print(f"error: training/iterate.py trains the {STAGE} stage, not {data_args.stage!r}", file=sys.stderr)
        return 1
    summary = Loop(model_args, data_args, training_args, recipe).run()
    print(format_table(summary))
    print(f"[compile-prefs] {STAGE}: round {summary.final_round}'s policy in {summary.final_adapter}; "
          f"evaluate it on test with make eval STAGE={STAGE}")
    return 0


def main(argv: list[str] | None = None) -> int:
    return run(*parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
