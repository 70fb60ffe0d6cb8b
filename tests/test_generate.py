"""Batched generation with the tiny model: records, scoring, determinism, resume after a crash."""

import json

import pytest

from compile_prefs.artifacts import REASONS
from compile_prefs.training.generate import (GenerateConfig, HFBackend, generate_file, load_rows, read_records)


@pytest.fixture(scope="module")
def backend(tiny_model_dir, tiny_data_dir):
    cfg = GenerateConfig(model=str(tiny_model_dir), data=str(tiny_data_dir), out="unused", max_new_tokens=40)
    return HFBackend(cfg, str(tiny_model_dir))


def _cfg(tiny_model_dir, tiny_data_dir, out, **kw):
    base = {"model": str(tiny_model_dir), "data": str(tiny_data_dir), "out": str(out), "split": "train", "batch_size": 4,
            "max_new_tokens": 40, "limit": 12, "model_name": "tiny", "stage": "base", "progress": False}
    base.update(kw)
    return GenerateConfig(**base)


@pytest.fixture(scope="module")
def reference(tmp_path_factory, tiny_model_dir, tiny_data_dir, backend, models_runner):
    """An uninterrupted run: the file every resumed run must reproduce."""
    out = tmp_path_factory.mktemp("gen") / "ref.jsonl"
    generate_file(_cfg(tiny_model_dir, tiny_data_dir, out), runner=models_runner, backend=backend)
    return out


def test_records_are_complete_and_scored(reference, tiny_data_dir):
    recs = read_records(reference)
    rows = load_rows(tiny_data_dir, "train", limit=12)
    assert [r["id"] for r in recs] == [r["id"] for r in rows]  # dataset order, no duplicates
    by_id = {r["id"]: r for r in rows}
    for rec in recs:
        assert rec["prompt"] == by_id[rec["id"]]["prompt"]
        assert rec["reason"] is None or rec["reason"] in REASONS
        assert rec["finish"] in ("eos", "stop", "length")
        assert 0 < rec["new_tokens"] <= 40
        if rec["reason"] == "no_code":
            assert rec["program"] is None and rec["verdict"] == "Bad"
        else:
            assert rec["program"] == rec["prompt"] + rec["completion"]
            assert (rec["verdict"] == "Good") == (rec["reason"] is None)
        assert rec["model"] == "tiny" and rec["decoding"]["strategy"] == "greedy"


def test_batched_equals_one_at_a_time(tmp_path, tiny_model_dir, tiny_data_dir, backend, reference):
    out = tmp_path / "b1.jsonl"
    generate_file(_cfg(tiny_model_dir, tiny_data_dir, out, batch_size=1, limit=4, score=False), backend=backend)
    one = {r["id"]: r["raw_output"] for r in read_records(out)}
    batched = {r["id"]: r["raw_output"] for r in read_records(reference)}
    assert one and all(one[i] == batched[i] for i in one)


class Crash(Exception):
    pass


def test_resume_after_crash_gives_the_same_file(tmp_path, tiny_model_dir, tiny_data_dir, backend, reference,
                                                models_runner):
    out = tmp_path / "gen.jsonl"
    cfg = _cfg(tiny_model_dir, tiny_data_dir, out)

    def crash_after_first(k):
        if k == 0:
            raise Crash

    with pytest.raises(Crash):
        generate_file(cfg, runner=models_runner, backend=backend, after_batch=crash_after_first)
    partial = read_records(out)
    assert 0 < len(partial) < 12
    # and a hard kill in the middle of writing a line
    with out.open("a") as fh:
        fh.write('{"id": "s1000000')
    seen = []
    generate_file(cfg, runner=models_runner, backend=backend, after_batch=seen.append)
    assert len(seen) == -(-(12 - len(partial)) // 4)  # only the missing samples were generated
    assert out.read_text() == reference.read_text()


def test_finished_run_is_not_redone_and_other_runs_are_refused(tmp_path, tiny_model_dir, tiny_data_dir, reference):
    out = tmp_path / "gen.jsonl"
    out.write_text(reference.read_text())
    generate_file(_cfg(tiny_model_dir, tiny_data_dir, out), backend=object())  # a backend that cannot generate
    assert out.read_text() == reference.read_text()
    with pytest.raises(ValueError, match="different run"):
        generate_file(_cfg(tiny_model_dir, tiny_data_dir, out, decoding="sample"), backend=object())


def test_sampling_and_beam_run(tmp_path, tiny_model_dir, tiny_data_dir, backend):
    for decoding in ("sample", "beam"):
        out = tmp_path / f"{decoding}.jsonl"
        cfg = _cfg(tiny_model_dir, tiny_data_dir, out, decoding=decoding, limit=2, batch_size=2, score=False,
                   max_new_tokens=12)
        backend.cfg = cfg
        try:
            generate_file(cfg, backend=backend)
        finally:
            backend.cfg = _cfg(tiny_model_dir, tiny_data_dir, "unused")
        recs = read_records(out)
        assert len(recs) == 2 and recs[0]["decoding"]["strategy"] == decoding


def test_baseline_and_cli(tmp_path, tiny_data_dir, models_runner, monkeypatch):
    from compile_prefs.cli import main

    out = tmp_path / "braces.jsonl"
    assert main(["generate", "--model", "baseline:braces", "--data", str(tiny_data_dir), "--split", "test",
                 "--out", str(out), "--no-progress"]) == 0
    recs = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(recs) == 8 and all(r["finish"] == "baseline" for r in recs)
    assert all(r["completion"].strip().strip("};\n") == "" for r in recs if r["completion"])


def test_missing_adapter_is_a_clear_error(tmp_path, tiny_data_dir, monkeypatch, capsys):
    from compile_prefs.cli import main

    monkeypatch.setenv("ARTIFACTS", str(tmp_path / "artifacts"))
    assert main(["generate", "--model", "tiny", "--stage", "sft", "--data", str(tiny_data_dir)]) == 1
    assert "train the sft stage first" in capsys.readouterr().err


@pytest.mark.slow
def test_resume_after_sigkill_of_the_cli(tmp_path, tiny_model_dir, tiny_data_dir, backend, models_runner, repo_root):
    """A real crash: SIGKILL the `generate` process once it has written something, then rerun."""
    import os
    import signal
    import subprocess
    import sys
    import time

    out = tmp_path / "killed.jsonl"
    cmd = [sys.executable, "-m", "compile_prefs.cli", "generate", "--model", str(tiny_model_dir),
           "--model-name", "tiny", "--stage", "base", "--data", str(tiny_data_dir), "--split", "train",
           "--batch-size", "2", "--max-new-tokens", "40", "--limit", "16", "--out", str(out), "--no-progress"]
    env = dict(os.environ, PYTHONPATH=str(repo_root))
    proc = subprocess.Popen(cmd, cwd=repo_root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if out.exists() and out.stat().st_size > 0:
                break
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait()
    written = read_records(out, repair=False)
    if proc.returncode == 0 or len(written) == 16:
        pytest.skip("the run finished before it could be killed")
    assert written, "the run was killed before writing anything"
    cfg = _cfg(tiny_model_dir, tiny_data_dir, out, batch_size=2, limit=16)
    generate_file(cfg, runner=models_runner, backend=backend)
    ref = tmp_path / "ref.jsonl"
    generate_file(_cfg(tiny_model_dir, tiny_data_dir, ref, batch_size=2, limit=16), runner=models_runner,
                  backend=backend)
    final = read_records(out)
    assert len(final) == 16 and len({r["id"] for r in final}) == 16
    assert out.read_text() == ref.read_text()


@pytest.mark.parametrize("format_name", ["base", "chat"])
def test_rows_in_flight_do_not_change_any_output(tiny_model_dir, tiny_data_dir, backend, format_name):
    """Greedy outputs, token counts and finish reasons are the same one prompt at a time and with
    rows leaving and joining a batch of 3 (as generate orders prompts: by length)."""
    from compile_prefs.training.formats import get_format

    fmt = get_format(format_name)
    rows = load_rows(tiny_data_dir, "train", limit=10)
    prompts = sorted((fmt.render_prompt(r["prompt"], backend.tokenizer) for r in rows), key=lambda p: len(p.input_ids))
    saved = backend.cfg
    backend.cfg = GenerateConfig(model=str(tiny_model_dir), data=str(tiny_data_dir), out="unused", max_new_tokens=40,
                                 batch_size=3)
    try:
        alone = [backend.generate([p], fmt, batch_seed=0)[0] for p in prompts]
        together = backend.generate(prompts, fmt, batch_seed=0)
        reference = backend._hf_generate(prompts[:1], fmt, batch_seed=0)[0]  # transformers' own loop
    finally:
        backend.cfg = saved
    assert [(o.raw, o.new_tokens, o.finish) for o in together] == [(o.raw, o.new_tokens, o.finish) for o in alone]
    assert (reference.raw, reference.new_tokens, reference.finish) == (alone[0].raw, alone[0].new_tokens, alone[0].finish)
    assert len({o.new_tokens for o in alone}) > 1  # rows finished at different steps: some left early


def test_batches_run_as_one_loop_with_the_outputs_of_each_batch_alone(tiny_model_dir, tiny_data_dir, backend,
                                                                     monkeypatch):
    """generate_batches keeps `batch_size` rows in flight across batches (the next batch's prompts start
    while the last rows of this one finish) and yields each batch's outputs in order: the same outputs
    as each batch alone, greedy and sampled (a row draws from its own generator, seeded by its batch's
    seed and its place in the batch), so a run resumed at a later batch samples what the first run did."""
    from compile_prefs.training.formats import get_format

    from compile_prefs.training import generate

    moves = {"insert": 0, "gather": 0}  # new rows into finished rows' slots, or a new batch of all rows

    def counted(name):
        method = getattr(generate._Batch, name)

        def call(*args, **kwargs):
            moves[name] += 1
            return method(*args, **kwargs)
        return call

    monkeypatch.setattr(generate._Batch, "insert", counted("insert"))
    monkeypatch.setattr(generate._Batch, "gather", staticmethod(counted("gather")))
    fmt = get_format("base")
    rows = load_rows(tiny_data_dir, "train", limit=9)
    prompts = sorted((fmt.render_prompt(r["prompt"], backend.tokenizer) for r in rows), key=lambda p: len(p.input_ids))
    batches, seeds = [prompts[:4], prompts[4:8], prompts[8:]], [11, 22, 33]
    saved = backend.cfg
    results = {}
    try:
        for decoding in ("greedy", "sample"):
            backend.cfg = GenerateConfig(model=str(tiny_model_dir), data=str(tiny_data_dir), out="unused",
                                         max_new_tokens=24, batch_size=4, decoding=decoding, temperature=1.0)
            stream = backend.generate_batches(batches, fmt, seeds)
            together = [[(o.raw, o.new_tokens, o.finish) for o in outputs] for outputs in stream]
            alone = [[(o.raw, o.new_tokens, o.finish) for o in backend.generate(b, fmt, s)] for b, s in zip(batches, seeds)]
            assert [len(t) for t in together] == [4, 4, 1]
            assert together == alone
            results[decoding] = together
            if decoding == "sample":
                other = [[o.raw for o in outputs] for outputs in backend.generate_batches(batches, fmt, [12, 23, 34])]
                assert other != [[raw for raw, _, _ in outputs] for outputs in together]
    finally:
        backend.cfg = saved
    assert results["sample"] != results["greedy"]
    assert moves["insert"] and moves["gather"]


@pytest.mark.parametrize("format_name", ["base", "chat", "base-paper", "chat-paper"])
def test_stop_signs_are_necessary_for_the_stop_rule(tiny_cpp_programs, format_name):
    """Generation asks the stop rule only once the output holds one of the format's stop signs: wherever
    is_done is true (programs cut anywhere, continued by their rest and by what models append after a
    program: a second main, headers, fences, stray braces), a sign is in the output."""
    from compile_prefs.training.formats import get_format

    fmt = get_format(format_name)
    tails = ["", "\n#include <cstdio>\nint main() { return 0; }\n", "\n```\nThis program reads n.", "\n}\n}\n"]
    fired = 0
    for program in tiny_cpp_programs[:6]:
        for cut in [*range(0, len(program), max(1, len(program) // 12)), len(program)]:
            prefix = program[:cut]
            signs = fmt.stop_signs(prefix)
            for tail in tails:
                rest = program[cut:] + tail
                if fmt.kind == "chat":
                    rest = "Here it is:\n```cpp\n" + rest + "\n```\nDone."
                for end in range(0, len(rest) + 1, 2):
                    if fmt.is_done(prefix, rest[:end]):
                        fired += 1
                        assert signs is not None and any(c in rest[:end] for c in signs), (prefix, rest[:end])
    assert fired or fmt.protocol == "paper" and fmt.kind == "base"  # the base paper format never stops early
