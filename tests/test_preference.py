"""Preference mining: pairing by id, edit distances, configs written into the dataset folder."""

import json
import random

import pytest
from datasets import load_dataset

from compile_prefs.training.preference import distribution, edit_distances, mine_pairs, shortcut_report, standard_form
from compile_prefs import layout
from compile_prefs.cli import main


def _rows(n=6):
    return {f"s{i}": {"id": f"s{i}", "problem_id": f"p{i % 2}", "prompt": f"int main() {{\n  int v{i} = {i}",
                      "completion": f";\n  return v{i};\n}}\n"} for i in range(n)}


def _gen(row, completion, verdict="Bad", reason="error", **kw):
    rec = {"id": row["id"], "prompt": row["prompt"], "completion": completion, "verdict": verdict, "reason": reason,
           "diagnostic": "main.cpp:2:3: error: x", "prompt_format": "base", "decoding": {"strategy": "greedy"},
           "stage": "sft"}
    rec.update(kw)
    return rec


def test_pairs_are_joined_by_id_not_position():
    rows = _rows()
    gens = [_gen(r, f"WRONG{r['id']}\n}}\n") for r in rows.values()]
    random.Random(0).shuffle(gens)
    pairs, summary = mine_pairs(gens, rows, model="tiny")
    assert len(pairs) == 6 == summary["n_pairs"]
    for p in pairs:
        row = rows[p["submission_id"]]
        assert p["prompt"] == row["prompt"] and p["chosen"] == row["completion"].rstrip()
        assert p["rejected"] == f"WRONG{p['submission_id']}\n}}"
        assert row["prompt"] not in p["chosen"] and row["prompt"] not in p["rejected"]
        assert p["model"] == "tiny" and p["stage"] == "sft" and p["reason"] == "error"


def test_what_gives_no_pair():
    rows = _rows()
    r = list(rows.values())
    gens = [_gen(r[0], None, reason="no_code", diagnostic="no code found"),
            _gen(r[1], ";\n}\n", verdict="Good", reason=None),
            _gen(r[2], r[2]["completion"]),  # identical to the original
            _gen({"id": "s999", "prompt": "x"}, "y"),  # not in the train split
            _gen(r[3], "z;", prompt="another build's prompt"),
            _gen(r[4], "oops;\n}\n")]
    pairs, summary = mine_pairs(gens, rows, model="tiny")
    assert [p["submission_id"] for p in pairs] == ["s4"]
    assert summary["skipped"] == {"id_not_in_train_split": 1, "identical_to_chosen": 1, "no_code": 1,
                                  "prompt_differs_from_dataset": 1}


def test_edit_distances_and_stats():
    raw, norm = edit_distances(["kitten", "abc", ""], ["sitting", "abc", "xy"])
    assert raw.tolist() == [3, 0, 2]
    assert norm.tolist() == pytest.approx([3 / 7, 0.0, 1.0])
    d = distribution([1, 2, 3, 4, 100])
    assert d["median"] == 3 and d["mean"] == 22 and d["max"] == 100 and d["n"] == 5
    assert distribution([]) == {"n": 0}


def test_min_edit_distance_and_dedupe():
    rows = _rows(3)
    r = list(rows.values())
    gens = [_gen(r[0], ";\n  return v0;\n}}\n"), _gen(r[1], "completely different text\n"),
            _gen(r[1], "completely different text\n") | {"id": "s1"}]
    pairs, summary = mine_pairs(gens, rows, model="tiny", min_edit_distance=5, dedupe=True)
    assert [p["submission_id"] for p in pairs] == ["s1"]
    assert summary["skipped"] == {"below_min_edit_distance": 1, "duplicate": 1}
    assert summary["levenshtein_all"]["n"] == 3 and summary["levenshtein"]["n"] == 1


def test_chat_pairs_are_conversational_and_convert_back():
    rows = _rows(1)
    row = rows["s0"]
    pairs, _ = mine_pairs([_gen(row, "bad;\n}", prompt_format="chat")], rows, model="mistral")
    p = pairs[0]
    assert p["prompt"][-1]["role"] == "user" and p["chosen"][0]["role"] == "assistant"
    std = standard_form(p)
    assert (std["prompt"], std["chosen"], std["rejected"]) == (row["prompt"], row["completion"].rstrip("\n"), "bad;\n}")


def _masked_rows(programs):
    from compile_prefs.builders.masking import mask_code

    rows = {}
    for i, program in enumerate(programs):
        m = mask_code(program)
        rows[f"s{i}"] = {"id": f"s{i}", "problem_id": f"p{i}", "prompt": m.prompt, "completion": m.completion}
    return rows


def test_mined_base_pairs_end_alike_and_no_feature_separates(tiny_cpp_programs):
    """Rejected completions come from the base extractor (which ends them with a newline), chosen ones from the
    masked dataset (right-stripped): in the mined set neither side may be told apart by how it ends."""
    from compile_prefs.training.formats import get_format

    rows = _masked_rows(tiny_cpp_programs[:20])
    gens = []
    for row in rows.values():
        # A model output that misses the completion's last semicolon, then babbles a stray brace.
        raw = row["completion"][::-1].replace(";", "", 1)[::-1] + "\n}\n"
        ext = get_format("base").extract(row["prompt"], raw)
        assert ext.completion.endswith("\n")  # what generation records, and compiles
        gens.append(_gen(row, ext.completion, finish="eos"))
    pairs, summary = mine_pairs(gens, rows, model="tiny")
    assert len(pairs) == 20
    assert sum(p["rejected"].endswith("\n") for p in pairs) == sum(p["chosen"].endswith("\n") for p in pairs) == 0
    report = summary["shortcuts"]
    assert report["n_pairs"] == 20 and report["warnings"] == []
    assert report["features"]["final_newline"] == {"chosen": 0, "rejected": 0, "pairs_rejected_only": 0,
                                                   "pairs_chosen_only": 0, "separating_share": 0.0,
                                                   "separates": False}
    assert not any(f["separates"] for f in report["features"].values())


def test_shortcut_report_flags_a_separating_feature(tiny_cpp_programs):
    rows = _masked_rows(tiny_cpp_programs[:10])
    gens = [_gen(r, r["completion"][:-3], finish="length") for r in rows.values()]
    gens[0]["finish"] = "eos"
    _, summary = mine_pairs(gens, rows, model="tiny")
    cap = summary["shortcuts"]["features"]["length_cap"]
    assert (cap["rejected"], cap["chosen"], cap["pairs_rejected_only"], cap["separates"]) == (9, 0, 9, True)
    assert summary["shortcuts"]["warnings"] == [
        "length_cap marks the rejected response in 9 of 10 pairs: DPO can separate the set by it alone"]
    # Below the threshold: reported, not flagged.
    gens[1]["finish"] = gens[2]["finish"] = "stop"
    _, summary = mine_pairs(gens, rows, model="tiny")
    assert summary["shortcuts"]["features"]["length_cap"]["separates"] is False
    assert summary["shortcuts"]["warnings"] == []


def test_shortcut_report_features():
    report = shortcut_report(["a;\n}", "```x", "b  \nc"], ["a\n", "y", "b\nc"])
    f = report["features"]
    assert (f["final_newline"]["rejected"], f["final_newline"]["pairs_rejected_only"]) == (1, 1)
    assert (f["fence"]["chosen"], f["fence"]["pairs_chosen_only"]) == (1, 1)
    assert (f["trailing_whitespace"]["chosen"], f["trailing_whitespace"]["rejected"]) == (1, 0)
    assert f["length_cap"]["rejected"] == 0 and report["warnings"] == []
    assert shortcut_report([], [])["features"]["fence"]["separates"] is False


def test_end_to_end_tiny(tmp_path, tiny_model_dir, tiny_data_dir, capsys):
    """generate on train -> score -> mine -> load_dataset of every config, for a base and a chat model."""
    import shutil

    data = tmp_path / "data"
    shutil.copytree(tiny_data_dir, data)
    gens = tmp_path / "tiny" / "generations.jsonl"
    assert main(["generate", "--model", str(tiny_model_dir), "--model-name", "tiny", "--data", str(data),
                 "--split", "train", "--limit", "12", "--max-new-tokens", "40", "--out", str(gens),
                 "--no-progress"]) == 0
    assert main(["mine-prefs", "--model", "tiny", "--data", str(data), "--generations", str(gens), "--stage", "sft"]) == 0
    summary = json.loads((gens.parent / "mining_summary.json").read_text())
    assert summary["n_pairs"] > 0 and summary["levenshtein"]["n"] == summary["n_pairs"]
    assert "Levenshtein" in capsys.readouterr().out

    # The tiny model never learned to answer in code blocks, so its chat-format generations have no
    # code (-> no pairs, a clear message); a chat model's pairs are simulated from the scored records.
    chat_gens = tmp_path / "tinychat" / "generations.jsonl"
    assert main(["generate", "--model", str(tiny_model_dir), "--model-name", "tinychat", "--format", "chat",
                 "--data", str(data), "--split", "train", "--limit", "4", "--max-new-tokens", "16",
                 "--out", str(chat_gens), "--no-progress"]) == 0
    recs = [json.loads(line) for line in chat_gens.read_text().splitlines()]
    assert all(r["prompt_format"] == "chat" and r["verdict"] == "Bad" for r in recs)
    if all(r["reason"] == "no_code" for r in recs):
        assert main(["mine-prefs", "--model", "tinychat", "--data", str(data), "--generations", str(chat_gens)]) == 1
        assert "no preference pairs" in capsys.readouterr().err
    chat_gens.write_text("".join(
        json.dumps(json.loads(line) | {"model": "tinychat", "prompt_format": "chat"}) + "\n"
        for line in gens.read_text().splitlines()))
    assert main(["mine-prefs", "--model", "tinychat", "--data", str(data), "--generations", str(chat_gens)]) == 0

    tiny = load_dataset(str(data), "preference-tiny", split="train")
    chat = load_dataset(str(data), "preference-tinychat", split="train")
    combined = load_dataset(str(data), "preference", split="train")
    assert isinstance(tiny[0]["prompt"], str) and isinstance(chat[0]["prompt"], list)
    assert len(combined) == len(tiny) + len(chat)
    assert set(combined["model"]) == {"tiny", "tinychat"} and isinstance(combined[0]["chosen"], str)
    train = {r["submission_id"]: r for r in load_dataset(str(data), "completion", split="train")}
    for p in combined:
        assert p["prompt"] == train[p["submission_id"]]["prompt"]
        assert p["chosen"].rstrip() == train[p["submission_id"]]["completion"].rstrip()
        assert p["rejected"] != p["chosen"]
    assert set(layout.list_configs(data)) == {"completion", "preference", "preference-tiny", "preference-tinychat"}
