"""The paper's protocol beside ours: whole-program pairs, the generation budget from the data, the protocol
and the budget in generation records and evaluation summaries, and DPO's reference (SFT or base)."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
import torch
from fixtures_training import RECIPES, TINY_ARGS

from compile_prefs.training import budget as budget_mod
from compile_prefs.training.extract import fence
from compile_prefs.training.formats import get_format
from compile_prefs.training.generate import GenerateConfig, HFBackend, load_rows, read_records


# ------------------------------------------------------------------ pairs and SFT rows
def test_paper_chat_pairs_are_whole_programs(tiny_data_dir):
    from compile_prefs.training.preference import mine_pairs, standard_form

    rows = {r["id"]: r for r in load_rows(tiny_data_dir, "train") if ";" in r["completion"]}
    rows = dict(list(rows.items())[:3])
    gens = []
    for i, (sid, row) in enumerate(rows.items()):
        program = row["prompt"] + row["completion"].replace(";", "", 1) + "\n"  # the model's whole (Bad) program
        rec = {"id": sid, "prompt": row["prompt"], "prompt_format": "chat-paper", "verdict": "Bad",
               "reason": "error", "completion": program, "program": program, "stage": "sft"}
        if i == 2:
            rec.update(reason="no_code", completion=None, program=None)  # no fence: Bad, and no pair
        gens.append(rec)
    pairs, summary = mine_pairs(gens, rows, model="mistral")
    assert summary["n_pairs"] == 2 and summary["skipped"] == {"no_code": 1}
    for pair, rec in zip(pairs, gens):
        row = rows[rec["id"]]
        assert pair["prompt"] == get_format("chat-paper").messages(row["prompt"])
        assert pair["chosen"] == [{"role": "assistant", "content": fence(row["prompt"] + row["completion"])}]
        assert pair["rejected"] == [{"role": "assistant", "content": fence(rec["program"])}]
        # the distance is between the two whole programs, normalised alike: the one deleted ';'
        assert pair["levenshtein"] == 1
        std = standard_form(pair)
        assert std["prompt"] == row["prompt"] and std["chosen"] == row["prompt"] + row["completion"].rstrip("\n")


def test_paper_chat_sft_rows_target_the_whole_program(tiny_model_dir, tiny_data_dir):
    from datasets import Dataset
    from transformers import AutoTokenizer

    from compile_prefs.training.runs import format_rows

    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    rows = load_rows(tiny_data_dir, "train", limit=4)
    ds = Dataset.from_list([{"prompt": r["prompt"], "completion": r["completion"]} for r in rows])
    out, counts = format_rows(ds, get_format("chat-paper"), tok, None, ("completion",))
    assert counts["truncated_prompts"] == 0
    for got, r in zip(out, rows):
        assert got["prompt"][-1]["content"] == "```cpp\n" + r["prompt"] + "\n```"
        assert got["completion"] == [{"role": "assistant", "content": fence(r["prompt"] + r["completion"])}]


# ------------------------------------------------------------------ the budget
@pytest.fixture()
def data_copy(tmp_path, tiny_data_dir):
    import shutil

    return shutil.copytree(tiny_data_dir, tmp_path / "data")


@pytest.fixture(scope="module")
def tok(tiny_model_dir):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(tiny_model_dir)


def test_budget_is_one_and_a_half_p99_of_train_answers(data_copy, tok, monkeypatch):
    rows = load_rows(data_copy, "train")
    for name, answer in (("base", lambda r: r["completion"]),
                         ("chat-paper", lambda r: fence(r["prompt"] + r["completion"]))):
        fmt = get_format(name)
        lengths = [len(tok(answer(r), add_special_tokens=False)["input_ids"]) + 1 for r in rows]
        b = budget_mod.generation_budget(data_copy, fmt, tok, context_length=100_000)
        assert b["max_new_tokens"] == math.ceil(1.5 * float(np.quantile(lengths, 0.99)))
        assert b["source"] == "data" and not b["capped_by_context"] and b["n"] == len(rows)
    cached = json.loads((data_copy / budget_mod.CACHE_FILE).read_text())
    assert len(cached) == 2  # one entry per (dataset, tokenizer, format)

    # computed once: a second use reads the cache; the context cap is applied on each use
    monkeypatch.setattr(budget_mod, "token_stats", lambda *a: pytest.fail("recomputed"))
    base = budget_mod.generation_budget(data_copy, get_format("base"), tok, context_length=100_000)
    context = math.ceil(base["prompt_tokens_p99"]) + 5
    small = budget_mod.generation_budget(data_copy, get_format("base"), tok, context_length=context)
    assert small["max_new_tokens"] == 5 < base["max_new_tokens"] and small["capped_by_context"]


def test_budget_follows_a_changed_dataset(data_copy, tok):
    from datasets import Dataset

    from compile_prefs import layout

    before = budget_mod.generation_budget(data_copy, get_format("base"), tok, 100_000)
    path = layout.parquet_path(data_copy, "completion", "train")
    ds = Dataset.from_parquet(str(path)).to_list()
    for r in ds:
        r["completion"] = r["completion"] * 3
    Dataset.from_list(ds).to_parquet(str(path))
    after = budget_mod.generation_budget(data_copy, get_format("base"), tok, 100_000)
    assert after["max_new_tokens"] > before["max_new_tokens"]


# ------------------------------------------------------------------ records and summaries
def test_paper_protocol_records_and_summary(tmp_path, data_copy, tiny_model_dir, models_runner):
    from compile_prefs.training.evaluate_model import evaluate

    cfg = GenerateConfig(model=str(tiny_model_dir), data=str(data_copy), out="unused", split="test", limit=6,
                         batch_size=3, model_name="tiny", stage="base", protocol="paper", progress=False)
    summary = evaluate(cfg, tmp_path / "eval", runner=models_runner, backend=HFBackend(cfg, str(tiny_model_dir)))
    recs = read_records(tmp_path / "eval" / "verdicts.jsonl")
    budget = recs[0]["generation_budget"]
    assert budget["source"] == "data" and budget["prompt_format"] == "base-paper"
    assert summary["protocol"] == "paper" and summary["prompt_format"] == "base-paper"
    assert summary["decoding"]["max_new_tokens"] == budget["max_new_tokens"]
    for rec in recs:
        assert (rec["protocol"], rec["prompt_format"]) == ("paper", "base-paper")
        assert rec["program"] == rec["prompt"] + rec["raw_output"]  # the whole raw output, uncut
        assert rec["finish"] in ("eos", "length")  # never stopped early
        assert rec["new_tokens"] <= budget["max_new_tokens"]
    assert summary["hit_max_new_tokens"] == sum(r["finish"] == "length" for r in recs) / len(recs)

    # an explicit budget wins, and the share that hits it is reported
    cfg2 = GenerateConfig(model=str(tiny_model_dir), data=str(data_copy), out="unused", split="test", limit=6,
                          batch_size=3, model_name="tiny", stage="base", max_new_tokens=2, progress=False)
    s2 = evaluate(cfg2, tmp_path / "eval2", runner=models_runner, backend=HFBackend(cfg2, str(tiny_model_dir)))
    assert s2["generation_budget"] == {"max_new_tokens": 2, "source": "explicit"}
    assert s2["protocol"] == "improved" and s2["hit_max_new_tokens"] > 0.5


# ------------------------------------------------------------------ DPO's reference
def _chosen_logps(model, batch):
    model.eval()
    with torch.no_grad():
        labels = batch["input_ids"][:, 1:]
        logits = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"]).logits[:, :-1]
        per_token = logits.float().log_softmax(-1).gather(-1, labels.unsqueeze(-1)).squeeze(-1)
        return (per_token * batch["completion_mask"][:, 1:]).sum(-1).chunk(2)[0]


@pytest.mark.parametrize("reference", ["sft", "base"])
def test_dpo_reference_is_the_model_asked_for(reference, tiny_model_dir, train_data_dir, sft_run_dir, tmp_path):
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    from compile_prefs.training import dpo
    from compile_prefs.training.configs import DPOPConfig, parse_args

    argv = [str(RECIPES / "tiny" / "dpo.yaml"), "--model_name_or_path", str(tiny_model_dir),
            "--dataset_path", str(train_data_dir), "--run_dir", str(tmp_path), "--per_device_train_batch_size", "8",
            *TINY_ARGS, "--init_adapter", str(sft_run_dir / "adapter"), "--reference", reference]
    model_args, data_args, training_args, _ = parse_args(DPOPConfig, argv)
    assert training_args.reference == reference
    fmt = dpo.resolve_format(model_args)
    train_ds, _, _ = dpo.prepare_data(data_args, training_args, fmt, dpo.load_tokenizer(model_args))
    trainer, _ = dpo.make_trainer(model_args, training_args, train_ds)
    assert dpo.trainer_reference(trainer) == reference
    batch = next(iter(trainer.get_train_dataloader()))
    ref_chosen, _ = trainer.compute_ref_log_probs(trainer.model, batch)

    base = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    sft_model = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(tiny_model_dir), sft_run_dir / "adapter")
    base_logps, sft_logps = _chosen_logps(base, batch), _chosen_logps(sft_model, batch)
    assert not torch.allclose(base_logps, sft_logps, atol=1e-2)  # the two references differ on this batch
    assert torch.allclose(ref_chosen, sft_logps if reference == "sft" else base_logps, atol=1e-3)
    # the policy still starts from the SFT adapter either way
    assert torch.allclose(_chosen_logps(trainer.model, batch), sft_logps, atol=1e-3)


# ------------------------------------------------------------------ recipes
def test_gemma_r4_sft_variant_differs_only_in_rank():
    import yaml

    default = yaml.safe_load((RECIPES / "gemma" / "sft.yaml").read_text())
    r4 = yaml.safe_load((RECIPES / "gemma" / "sft-r4.yaml").read_text())
    assert (default["lora_r"], r4["lora_r"], r4["lora_alpha"]) == (64, 4, 4)
    assert {k for k in default.keys() | r4.keys() if default.get(k) != r4.get(k)} == {"lora_r", "lora_alpha"}
    assert yaml.safe_load((RECIPES / "gemma" / "dpo.yaml").read_text())["lora_r"] == 4


# ------------------------------------------------------------------ the full CodeNet release
def _full_release(root, listed: int):
    """A full-release tree with 3 real problems, listed among `listed` problems in problem_list.csv."""
    from fixtures_builders import clean_tree

    clean_tree(root, n_problems=3, good=3)
    listing = root / "Project_CodeNet" / "metadata" / "problem_list.csv"
    extra = "".join(f"p{9000 + i:05d},Problem,AIZU,1000,65536,,,\n" for i in range(listed - 3))
    listing.write_text(listing.read_text() + extra)
    return root


def test_problem_cap_on_the_full_release(tmp_path):
    from fixtures_builders import clean_tree

    from compile_prefs.builders.full_release import PAPER_PROBLEMS, problem_cap

    big = _full_release(tmp_path / "big", listed=1200)
    cap, note = problem_cap(big, None)
    assert cap == PAPER_PROBLEMS == 1000
    assert note["problems_available"] == 1200 and note["paper_set"] is False and "NOT the paper's set" in note["note"]
    assert "C++1000" in note["note"]
    assert problem_cap(big, 50) == (50, None)  # an explicit number wins
    cap, note = problem_cap(big, None, all_problems=True)
    assert cap is None and "not the paper's" in note["note"]
    with pytest.raises(ValueError, match="exclude"):
        problem_cap(big, 5, all_problems=True)
    assert problem_cap(clean_tree(tmp_path / "small", n_problems=2, good=2), None) == (None, None)
    assert problem_cap(None, None)[0] == 1000  # --download fetches the full release


def test_build_data_takes_a_seeded_sample_of_the_full_release(tmp_path, builders_compile_cache, monkeypatch, capsys):
    from compile_prefs.builders import build_data, full_release

    root = _full_release(tmp_path / "codenet", listed=1100)
    monkeypatch.setattr(full_release, "PAPER_PROBLEMS", 2)  # so the cap bites on 3 real problems
    out = tmp_path / "data"
    argv = ["--codenet-root", str(root), "--out", str(out), "--workers", "2", "--compile-cache",
            str(builders_compile_cache), "--quiet", "--train-per-problem", "1", "--test-per-problem", "1"]
    assert build_data.main(argv) == 0
    summary = json.loads((out / build_data.SUMMARY_FILE).read_text())
    assert summary["selection"]["problems_used"] == 2
    assert summary["problem_sample"]["max_problems"] == 2 and summary["problem_sample"]["problems_available"] == 1100
    captured = capsys.readouterr()
    assert "NOT the paper's set" in captured.err and "NOT the paper's set" in captured.out

    assert build_data.main([*argv, "--out", str(tmp_path / "all"), "--all-problems"]) == 0
    summary = json.loads((tmp_path / "all" / build_data.SUMMARY_FILE).read_text())
    assert summary["selection"]["problems_used"] == 3 and summary["problem_sample"]["max_problems"] is None
