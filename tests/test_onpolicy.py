"""On-policy mining from k samples per prompt (hand-made generations scored by the real g++), and k samples per
prompt in generation (records, resume, seeds) on the tiny model."""

from __future__ import annotations

import json

import pytest

from compile_prefs import layout
from compile_prefs.artifacts import MiningSummary
from compile_prefs.cli import main as cli_main
from compile_prefs.training.generate import GenerateConfig, _score, generate_file, read_records
from compile_prefs.training.onpolicy import mine_onpolicy

# f(a) returns 1 or falls through: the completions decide what g++ says.
PROMPT = "int f(int a) {\n    if (a > 1) return 1;\n"
ORIGINAL = "    return 0;\n}\n\nint main() {\n    return f(3);\n}"
GOOD_SHORT = "    return 2;\n}\nint main() { return f(1); }\n"
GOOD_LONG = "    return a * 2;\n}\n\nint main() {\n    int r = f(5);\n    return r;\n}\n"
ERROR = "    return 0\n}\nint main() { return f(1); }\n"
ERROR_2 = "    return b;\n}\nint main() { return f(1); }\n"
RETURN_TYPE = "}\nint main() { return f(1); }\n"  # control reaches end of non-void function: -Wreturn-type only
MULTICHAR = "    return 'ab';\n}\nint main() { return f(1); }\n"  # garbage-style warning: -Wmultichar only


def _row(sid: str, prompt: str = PROMPT, completion: str = ORIGINAL) -> dict:
    return {"id": sid, "problem_id": "p1", "prompt": prompt, "completion": completion}


def _samples(runner, row: dict, completions: list[str | None], stage: str = "sft") -> list[dict]:
    """Records as generation writes them for k samples of one prompt, scored by the real runner."""
    recs = [{"id": row["id"], "sample": s, "problem_id": row["problem_id"], "prompt": row["prompt"],
             "completion": c, "program": None if c is None else row["prompt"] + c, "raw_output": c or "",
             "finish": "eos", "verdict": None, "reason": "no_code" if c is None else None, "diagnostic": "",
             "prompt_format": "base", "decoding": {"strategy": "sample"}, "stage": stage, "split": "train",
             "num_samples": len(completions)} for s, c in enumerate(completions)]
    return _score(recs, runner)


def test_chosen_is_the_first_good_sample_rejected_every_distinct_bad(models_runner):
    row = _row("s1")
    gens = _samples(models_runner, row, [ERROR, GOOD_LONG, GOOD_SHORT, ERROR + "  \n\n", ERROR_2, None])
    assert [g["verdict"] for g in gens] == ["Bad", "Good", "Good", "Bad", "Bad", "Bad"]
    assert gens[0]["has_error"] is True and gens[5]["has_error"] is None  # no code: nothing was compiled

    pairs, summary = mine_onpolicy(gens, {"s1": row}, model="tiny")
    # the lowest sample index among the Good ones (not the shortest): sample 1
    assert [p["chosen"] for p in pairs] == [GOOD_LONG.rstrip()] * 2
    # sample 3 is sample 0 with trailing whitespace: one pair after normalisation; no code gives none
    assert [p["rejected"] for p in pairs] == [ERROR.rstrip(), ERROR_2.rstrip()]
    assert all(p["submission_id"] == "s1" and p["reason"] == "error" and p["stage"] == "sft" for p in pairs)
    assert summary["skipped"] == {"duplicate": 1, "no_code": 1}
    assert summary["chosen_source"] == {"on_policy": 2, "original": 0, "prompts_with_good_sample": 1}
    assert summary["kinds"] == {"good>bad": 2} and summary["by_reason"] == {"error": 2}
    assert summary["sample_compile_success"] == pytest.approx(2 / 6) and summary["num_samples"] == 5
    assert summary["pairs_per_prompt"]["mean"] == 2 and summary["levenshtein"]["n"] == 2

    one, one_summary = mine_onpolicy(gens, {"s1": row}, model="tiny", max_pairs_per_prompt=1)
    assert [p["rejected"] for p in one] == [ERROR.rstrip()]
    assert one_summary["skipped"]["over_max_pairs_per_prompt"] == 1


def test_without_a_good_sample_the_original_is_chosen_and_never_paired_with_itself(models_runner):
    fails = _row("s2")
    same = _row("s3", completion="    return 0;\n}\nint main() { return f(1); }")
    all_good = _row("s4")
    gens = (_samples(models_runner, fails, [ERROR, ERROR_2])
            + _samples(models_runner, same, [same["completion"] + "\n", ERROR])
            + _samples(models_runner, all_good, [GOOD_SHORT, GOOD_SHORT]))
    # s3: sample 0 is the original itself (Good), so the original is never the rejected side
    pairs, summary = mine_onpolicy(gens, {r["id"]: r for r in (fails, same, all_good)}, model="tiny")
    by_id = {}
    for p in pairs:
        by_id.setdefault(p["submission_id"], []).append(p)
    assert [p["chosen"] for p in by_id["s2"]] == [ORIGINAL, ORIGINAL]
    assert [(p["chosen"], p["rejected"]) for p in by_id["s3"]] == [(same["completion"], ERROR.rstrip())]
    assert "s4" not in by_id  # all Good: nothing to prefer against
    assert summary["chosen_source"] == {"on_policy": 1, "original": 2, "prompts_with_good_sample": 2}
    assert all(p["chosen"] != p["rejected"] for p in pairs)

    # a Bad sample identical to the chosen original (flags under which the original fails) gives no pair
    broken = _row("s5", completion=ERROR.rstrip())
    gens = _samples(models_runner, broken, [ERROR])
    pairs, summary = mine_onpolicy(gens, {"s5": broken}, model="tiny")
    assert pairs == [] and summary["skipped"] == {"identical_to_chosen": 1}


def test_graded_pairs_follow_severity_and_garbage_warnings_stay_at_the_bottom(models_runner, tmp_path):
    row = _row("s6")
    gens = _samples(models_runner, row, [RETURN_TYPE, ERROR, MULTICHAR, GOOD_SHORT])
    warn = gens[0]
    assert (warn["reason"], warn["has_error"], warn["warning_options"]) == ("warning", False, ["-Wreturn-type"])
    assert gens[2]["warning_options"] == ["-Wmultichar"]

    pairs, summary = mine_onpolicy(gens, {"s6": row}, model="tiny", graded=True, runner=models_runner)
    kinds = [(p["chosen"], p["rejected"]) for p in pairs]
    assert kinds == [(GOOD_SHORT.rstrip(), RETURN_TYPE.rstrip()),       # good > warnings only
                     (GOOD_SHORT.rstrip(), ERROR.rstrip()),             # good > bad
                     (GOOD_SHORT.rstrip(), MULTICHAR.rstrip()),         # -Wmultichar is not on the allow-list
                     (RETURN_TYPE.rstrip(), ERROR.rstrip()),            # warnings only > bad
                     (RETURN_TYPE.rstrip(), MULTICHAR.rstrip())]
    assert summary["kinds"] == {"good>warnings": 1, "good>bad": 2, "warnings>bad": 2}
    assert summary["tiers"] == {"good": 1, "warnings": 1, "bad": 2, "warnings_not_confirmed": 0}

    binary, binary_summary = mine_onpolicy(gens, {"s6": row}, model="tiny")
    assert binary_summary["kinds"] == {"good>bad": 3} and len(binary) == 3

    # written through the preference writer as preference-<model>-graded, loadable, with the summary beside it
    gen_file = tmp_path / "gens.jsonl"
    gen_file.write_text("".join(json.dumps(g) + "\n" for g in gens))
    data = tmp_path / "data"
    layout.write_config(data, layout.COMPLETION_CONFIG, {"train": _completion_split([row])})
    assert cli_main(["mine-onpolicy", "--model", "tiny", "--data", str(data), "--generations", str(gen_file),
                     "--graded"]) == 0
    summary = MiningSummary.load(tmp_path)
    assert summary.n_pairs == 5 and summary.kinds["warnings>bad"] == 2
    assert summary.written["preference-tiny-graded"] == 5 and summary.chosen_source["on_policy"] == 5
    loaded = layout.load_split(data, "preference-tiny-graded", "train")
    assert loaded.num_rows == 5 and set(loaded["submission_id"]) == {"s6"}


def _completion_split(rows):
    from datasets import Dataset

    return Dataset.from_list([{"problem_id": r["problem_id"], "submission_id": r["id"], "prompt": r["prompt"],
                               "completion": r["completion"], "code": r["prompt"] + r["completion"],
                               "mask_ratio": 0.1} for r in rows])


# ------------------------------------------------------------------ k samples per prompt in generation
def _cfg(model_dir, data_dir, out, **kw):
    values = {"model": str(model_dir), "data": str(data_dir), "out": str(out), "split": "train", "limit": 2,
              "batch_size": 4, "max_new_tokens": 12, "decoding": "sample", "num_samples": 3, "temperature": 1.0,
              "progress": False}
    return GenerateConfig(**{**values, **kw})


def test_k_samples_per_prompt_are_records_with_a_sample_index_and_resume(tmp_path, tiny_model_dir, tiny_data_dir,
                                                                        models_runner):
    with pytest.raises(ValueError, match="needs --decoding sample"):
        _cfg(tiny_model_dir, tiny_data_dir, tmp_path / "x.jsonl", decoding="greedy")

    out = tmp_path / "gens.jsonl"
    generate_file(_cfg(tiny_model_dir, tiny_data_dir, out), runner=models_runner)
    records = read_records(out)
    ids = [r["id"] for r in records]
    assert len(records) == 6 and len(set(ids)) == 2
    assert [(r["id"], r["sample"]) for r in records] == [(i, s) for i in dict.fromkeys(ids) for s in range(3)]
    assert all(r["num_samples"] == 3 and r["verdict"] in ("Good", "Bad") and "warning_options" in r
               and "has_error" in r for r in records)
    # k draws of one prompt differ (sampling at temperature 1 from a tiny model)
    assert all(len({r["raw_output"] for r in records if r["id"] == i}) > 1 for i in set(ids))

    # interrupted after the first batch: the resumed run writes the same file (per-batch seeds from (id, sample))
    def crash_after_first(b):
        if b == 0:
            raise KeyboardInterrupt

    again = tmp_path / "again.jsonl"
    with pytest.raises(KeyboardInterrupt):
        generate_file(_cfg(tiny_model_dir, tiny_data_dir, again), runner=models_runner, after_batch=crash_after_first)
    assert 0 < len(read_records(again)) < 6
    generate_file(_cfg(tiny_model_dir, tiny_data_dir, again), runner=models_runner)
    assert again.read_text() == out.read_text()

    with pytest.raises(ValueError, match="num_samples"):  # another k is another run
        generate_file(_cfg(tiny_model_dir, tiny_data_dir, out, num_samples=2), backend=object())
