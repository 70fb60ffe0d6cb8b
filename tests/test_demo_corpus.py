"""The committed demo corpus (data/demo_corpus) against CodeNet's layout and its own generator
(tools/demo_corpus/, on the tests' path through pytest's `pythonpath`)."""

import csv
import random
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import demo_corpus as dc
import pytest

STATUSES = {"Accepted", "Compile Error", "Wrong Answer", "Runtime Error", "Time Limit Exceeded"}


@pytest.fixture(scope="module")
def corpus():
    return dc.build_corpus(dc.DEFAULT_SEED)


def _rows(path: Path) -> tuple[list[str], list[dict]]:
    with open(path, newline="") as f:
        reader = csv.DictReader(f)
        return reader.fieldnames, list(reader)


def test_layout_and_metadata(demo_corpus):
    root = demo_corpus / "Project_CodeNet"
    header, problems = _rows(root / "metadata" / "problem_list.csv")
    assert header == dc.PROBLEM_LIST_HEADER
    pids = [p["id"] for p in problems]
    assert len(pids) == len(set(pids)) >= 100  # 2 test programs per problem: >= 200 test prompts
    assert all(p.startswith("p9") and int(p[1:]) >= 90000 for p in pids)  # never a real CodeNet id

    listed, statuses, accepted = set(), Counter(), Counter()
    for pid in pids:
        header, rows = _rows(root / "metadata" / f"{pid}.csv")
        assert header == dc.METADATA_HEADER
        assert (root / "problem_descriptions" / f"{pid}.html").read_text().startswith("<H1>")
        assert (root / "derived" / "input_output" / "data" / pid / "input.txt").is_file()
        for row in rows:
            path = root / "data" / pid / "C++" / f"{row['submission_id']}.cpp"
            assert row["problem_id"] == pid and row["language"] == "C++" and row["filename_ext"] == "cpp"
            assert row["submission_id"].startswith("s9") and row["user_id"].startswith("u9")
            assert row["status"] in STATUSES and row["original_language"].startswith("C++")
            assert int(row["code_size"]) == path.stat().st_size > 0
            assert 1_300_000_000 < int(row["date"]) < 1_700_000_000
            listed.add(row["submission_id"])
            statuses[row["status"]] += 1
            accepted[pid] += row["status"] == "Accepted"
    on_disk = {p.stem for p in (root / "data").glob("p*/C++/*.cpp")}
    assert on_disk == listed  # no orphan files, no missing files
    # Enough Accepted programs in every problem for 5 train, 2 test and 1 validation program.
    assert len(accepted) == len(pids) and min(accepted.values()) >= 8
    assert all(statuses[s] > 0 for s in STATUSES)


def test_headers_match_real_codenet(demo_corpus, codenet_sample):
    real = codenet_sample / "Project_CodeNet" / "metadata"
    assert _rows(real / "problem_list.csv")[0] == dc.PROBLEM_LIST_HEADER
    some = next(p for p in sorted(real.glob("p*.csv")))
    assert _rows(some)[0] == dc.METADATA_HEADER


def test_programs_are_varied_and_distinct(corpus):
    codes = [s.code for s in corpus.submissions]
    assert len(set(codes)) == len(codes)
    accepted = [s.code for s in corpus.submissions if s.status == "Accepted" and not s.legacy_std]
    assert all(15 <= c.count("\n") + (not c.endswith("\n")) <= 70 for c in accepted)
    share = lambda pattern: sum(pattern in c for c in accepted) / len(accepted)  # noqa: E731
    for pattern in ("#include <bits/stdc++.h>", "#include <iostream>", "scanf(", "std::cout", "#define rep",
                    "typedef long long ll;", "template", "struct ", "void solve()", "\t"):
        assert 0.01 < share(pattern) < 0.9, pattern
    assert 0.1 < sum(c.endswith("\n") for c in accepted) / len(accepted) < 0.9
    # Every problem's accepted programs use more than one algorithm.
    skeletons = Counter()
    for s in corpus.submissions:
        if s.status == "Accepted":
            skeletons[(s.problem_id, s.skeleton)] += 1
    per_problem = Counter(pid for pid, _ in skeletons)
    assert min(per_problem.values()) >= 2


def test_make_demo_corpus_recreates_the_committed_corpus(demo_corpus, repo_root, tmp_path):
    """`make demo-corpus DEMO_CORPUS_OUT=...` (the command `make demo-corpus` runs) into a fresh folder."""
    # -o: the venv is this one, never reinstalled from here.
    out = subprocess.run(["make", "-s", "-o", ".venv/.installed", "demo-corpus", f"DEMO_CORPUS_OUT={tmp_path}",
                          f"PY={sys.executable}"], cwd=repo_root, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    fresh = {p.relative_to(tmp_path): p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    committed = {p.relative_to(demo_corpus): p.read_bytes() for p in demo_corpus.rglob("*") if p.is_file()}
    assert fresh.keys() == committed.keys()
    changed = [str(k) for k in fresh if fresh[k] != committed[k]]
    assert not changed, f"regenerate with make demo-corpus: {changed[:5]}"


def test_seed_changes_the_corpus():
    a = dc.corpus_files(dc.build_corpus(1))
    b = dc.corpus_files(dc.build_corpus(2))
    assert a.keys() != b.keys()


def test_tokenizer_round_trips(corpus):
    for s in corpus.submissions[::7]:
        for line in s.code.split("\n"):
            assert "".join(tok for _, tok in dc.tokenize(line)) == line


@pytest.mark.skipif(shutil.which("g++") is None, reason="g++ not installed")
def test_sample_compiles_as_its_status_says(corpus):
    """20 files through the compile runner (-fsyntax-only): the legacy "Accepted" ones, compile errors and the rest.

    `python tools/demo_corpus/demo_corpus.py --verify` does all of them, links them and runs the samples.
    """
    rng = random.Random(0)
    # <bits/stdc++.h> costs a second per file; two such files are enough to cover it.
    bits = lambda s: "bits/stdc++.h" in s.code  # noqa: E731
    legacy = [s for s in corpus.submissions if s.legacy_std]
    ce = [s for s in corpus.submissions if s.status == "Compile Error"]
    others = [s for s in corpus.submissions if s.compiles]
    sample = legacy + rng.sample([s for s in ce if bits(s)], 1) + rng.sample([s for s in others if bits(s)], 1)
    sample += rng.sample([s for s in ce if not bits(s)], 6)
    sample += rng.sample([s for s in others if not bits(s)], 20 - len(sample))
    checks = dc.verify(corpus, jobs=2, syntax_only=True, run=False, only=sample)
    failures = [(c.submission.submission_id, c.submission.status, c.detail) for c in checks if not c.ok]
    assert not failures
    assert {c.submission.status for c in checks} >= {"Accepted", "Compile Error"}
