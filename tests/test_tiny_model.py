"""The tiny demo model: builds offline, loads like a Hub model, has real special tokens and a chat template."""

import json

import pytest
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

from compile_prefs.training.tiny_model import build_tiny_model, read_corpus


def test_loads_like_a_hub_model(tiny_model_dir):
    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    assert model.config.model_type == "llama"
    specials = {tok.bos_token_id, tok.eos_token_id, tok.pad_token_id}
    assert None not in specials and len(specials) == 3
    assert tok.chat_template and "bos_token" in tok.chat_template
    ids = tok("int main() { return 0; }")["input_ids"]
    assert ids[0] == tok.bos_token_id and ids.count(tok.bos_token_id) == 1
    assert tok.decode(ids, skip_special_tokens=True) == "int main() { return 0; }"  # byte-level: lossless
    chat = tok.apply_chat_template([{"role": "user", "content": "hi"}], add_generation_prompt=True)
    chat_ids = chat["input_ids"] if isinstance(chat, dict) or hasattr(chat, "keys") else chat
    assert chat_ids.count(tok.bos_token_id) == 1


def test_pretraining_learned_something(tiny_model_dir):
    info = json.loads((tiny_model_dir / "tiny_model.json").read_text())
    assert info["loss_last"] < info["loss_first"] - 1.0
    assert info["tokens_per_second"] > 0 and info["parameters"] > 10_000
    tok = AutoTokenizer.from_pretrained(tiny_model_dir)
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    x = tok("#include <iostream>\nusing namespace std;\n\nint main() {\n", return_tensors="pt")
    with torch.inference_mode():
        out = model.generate(**x, max_new_tokens=24, do_sample=False)
    text = tok.decode(out[0, x["input_ids"].shape[1]:], skip_special_tokens=True)
    assert text.strip() and any(w in text for w in ("int", "cin", "cout", ";"))


def _codenet_tree(root):
    meta, data = root / "Project_CodeNet" / "metadata", root / "Project_CodeNet" / "data" / "p00001" / "C++"
    meta.mkdir(parents=True)
    data.mkdir(parents=True)
    (meta / "p00001.csv").write_text(
        "submission_id,problem_id,user_id,date,language,original_language,filename_ext,status,cpu_time,memory,code_size,accuracy\n"
        "s1,p00001,u1,0,C++,C++14,cpp,Accepted,0,0,10,1/1\n"
        "s2,p00001,u1,0,C++,C++14,cpp,Compile Error,0,0,10,0/1\n"
        "s3,p00001,u1,0,C++,C++14,cpp,Accepted,0,0,10,1/1\n")
    for sid in ("s1", "s2", "s3"):
        (data / f"{sid}.cpp").write_text(f"int main() {{ return 0; }} // {sid}\n")
    return root


def test_read_corpus_codenet_layout_and_plain_folder(tmp_path):
    root = _codenet_tree(tmp_path / "cn")
    texts = read_corpus(root)
    assert len(texts) == 2 and not any("s2" in t for t in texts)  # Accepted only
    assert read_corpus(root, exclude_ids={"s1"}) == ["int main() { return 0; } // s3\n"]
    plain = tmp_path / "plain"
    (plain / "sub").mkdir(parents=True)
    (plain / "sub" / "a.cpp").write_text("int main() {}\n")
    (plain / "b.txt").write_text("not code")
    assert read_corpus(plain) == ["int main() {}\n"]
    with pytest.raises(ValueError, match="no C\\+\\+ sources"):
        read_corpus(tmp_path / "plain" / "sub", exclude_ids={"a"})


def test_cli_excludes_test_split_and_skips_when_built(tmp_path, tiny_data_dir, tiny_cpp_programs, capsys):
    from compile_prefs.cli import main

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    from compile_prefs.training.generate import load_rows

    test_ids = [r["id"] for r in load_rows(tiny_data_dir, "test")]
    train_ids = [r["id"] for r in load_rows(tiny_data_dir, "train")]
    for sid, code in zip(test_ids + train_ids, tiny_cpp_programs):
        (corpus / f"{sid}.cpp").write_text(code)
    out = tmp_path / "model"
    args = ["tiny-model", "--corpus", str(corpus), "--out", str(out), "--exclude-split-of", str(tiny_data_dir),
            "--steps", "3", "--vocab-size", "300", "--hidden-size", "32", "--block-size", "64"]
    assert main(args) == 0
    info = json.loads((out / "tiny_model.json").read_text())
    assert info["programs"] == len(train_ids)
    assert AutoModelForCausalLM.from_pretrained(out).config.hidden_size == 32
    assert main(args) == 0
    assert "skipping" in capsys.readouterr().out


def test_bad_budget_is_rejected(tmp_path):
    with pytest.raises(ValueError, match="steps or max_seconds"):
        build_tiny_model(["int main() {}\n"] * 3, tmp_path / "m", steps=None, max_seconds=None)
