"""CodeNet reader: both layouts, proper CSV, every bad row and file counted by reason, the real sample."""

import csv
import inspect

import pytest

from compile_prefs.builders import codenet
from compile_prefs.builders.codenet import CodeNetReader, detect_layout
from fixtures_builders import good_program, messy_tree, write_full_tree


def test_detect_layout(tmp_path):
    write_full_tree(tmp_path / "full", {"p00001": [("s1", "Accepted", "int main() {}\n")]})
    assert detect_layout(tmp_path / "full") == ("full", tmp_path / "full" / "Project_CodeNet")
    assert detect_layout(tmp_path / "full" / "Project_CodeNet")[0] == "full"
    cpp = tmp_path / "bench" / "Project_CodeNet_C++1000" / "p00001"
    cpp.mkdir(parents=True)
    assert detect_layout(tmp_path / "bench") == ("cpp1000", cpp.parent)
    (tmp_path / "empty").mkdir()
    with pytest.raises(FileNotFoundError, match="no CodeNet tree"):
        detect_layout(tmp_path / "empty")


def test_messy_tree_every_bad_input_counted(tmp_path):
    reader = CodeNetReader(messy_tree(tmp_path))
    assert reader.problem_ids() == ["p00001", "p00002", "p00003"]
    subs = list(reader.submissions())
    report = reader.report.to_dict()
    assert sorted(s.submission_id for s in subs) == [
        "s100000001", "s100000002", "s200000001", "s200000002", "s200000006", "s200000007"]
    assert report["skipped"] == {
        "malformed_problem_list_row": 1, "missing_metadata": 1,
        "wrong_column_count": 2, "problem_id_mismatch": 1, "duplicate_submission": 1,
        "malformed_row": 1, "undecodable_row": 1,
        "missing_file": 1, "empty_file": 1, "undecodable_file": 2, "unreadable_file": 1,
    }
    assert report["filtered"] == {"language": 1, "status": 1}
    assert report["notes"] == {"crlf_normalised": 1, "bom_stripped": 1, "code_size_mismatch": 1, "blank_metadata_line": 1}
    assert report["rows_selected"] == 11 and report["files_read"] == 9
    assert report["examples"]["missing_file"] == ["p00002/s200000003"]
    by_id = {s.submission_id: s for s in subs}
    assert by_id["s200000002"].source == good_program(2, 2)  # CRLF -> LF
    assert by_id["s200000006"].source == good_program(2, 6)  # BOM gone
    assert by_id["s200000007"].row.original_language == "C++ (GCC, 9.2.1)"  # a quoted comma is one field


def test_rows_stream_and_filters_are_configurable(tmp_path):
    tree = messy_tree(tmp_path)
    reader = CodeNetReader(tree)
    assert inspect.isgenerator(reader.rows("p00002"))
    everything = CodeNetReader(tree, languages=None, statuses=None)
    rows = list(everything.rows("p00002"))
    assert {r.status for r in rows} == {"Accepted", "Wrong Answer"}
    assert {r.language for r in rows} == {"C++", "Python"}
    assert everything.report.filtered == {}
    wa = CodeNetReader(tree, statuses=("Wrong Answer",))
    assert [r.submission_id for r in wa.rows("p00002")] == ["s200000009"]


def test_metadata_without_problem_list_and_reordered_columns(tmp_path):
    write_full_tree(tmp_path, {"p00007": [("s7", "Accepted", "int main() {}\n")]}, problem_list=False)
    meta = tmp_path / "Project_CodeNet" / "metadata" / "p00007.csv"
    rows = list(csv.reader(meta.read_text().splitlines()))
    order = list(reversed(range(len(rows[0]))))
    meta.write_text("\n".join(",".join(r[i] for i in order) for r in rows) + "\n")
    reader = CodeNetReader(tmp_path)
    assert reader.problem_ids() == ["p00007"]
    assert [s.submission_id for s in reader.submissions()] == ["s7"]


def test_bad_metadata_header_is_counted(tmp_path):
    write_full_tree(tmp_path, {"p00001": [("s1", "Accepted", "int main() {}\n")]})
    (tmp_path / "Project_CodeNet" / "metadata" / "p00001.csv").write_text("a,b,c\n1,2,3\n")
    reader = CodeNetReader(tmp_path)
    assert list(reader.submissions()) == []
    assert reader.report.skipped == {"bad_metadata_header": 1}


def test_cpp1000_layout(tmp_path):
    root = tmp_path / "Project_CodeNet_C++1000"
    for pid, n in (("p00010", 3), ("p00020", 2)):
        (root / pid).mkdir(parents=True)
        for k in range(n):
            (root / pid / f"s{k:09d}.cpp").write_text(good_program(int(pid[1:]), k))
    (root / "p00020" / "s000000009.cpp").write_bytes(b"")
    reader = CodeNetReader(tmp_path)
    assert reader.layout == "cpp1000" and reader.problem_ids() == ["p00010", "p00020"]
    subs = list(reader.submissions())
    assert [(s.problem_id, s.submission_id) for s in subs] == [
        ("p00010", "s000000000"), ("p00010", "s000000001"), ("p00010", "s000000002"),
        ("p00020", "s000000000"), ("p00020", "s000000001")]
    assert {s.row.status for s in subs} == {"Accepted"}
    assert reader.report.skipped == {"empty_file": 1}


def test_real_sample(codenet_sample):
    reader = CodeNetReader(codenet_sample)
    assert reader.layout == "full" and len(reader.problem_ids()) == 17
    subs = list(reader.submissions())
    report = reader.report
    # SOURCE.md: 614 C++ rows, 344 Accepted, no quoted fields, 12 columns everywhere, files byte-identical.
    assert report.rows_read == 614 and report.rows_selected == 344 and len(subs) == 344
    assert report.filtered == {"status": 270}
    assert report.skipped == {}
    assert report.notes.get(codenet.NOTE_SIZE_MISMATCH, 0) == 0
    assert report.notes[codenet.NOTE_NO_FINAL_NEWLINE] > 0  # the sample's files often lack one
    per_problem = {pid: sum(s.problem_id == pid for s in subs) for pid in ("p00002", "p02256", "p04030")}
    assert per_problem == {"p00002": 100, "p02256": 116, "p04030": 114}
    everything = CodeNetReader(codenet_sample, statuses=None)
    assert sum(1 for _ in everything.submissions()) == 614
    clusters = reader.problem_clusters()
    assert clusters["p03197"] == clusters["p03195"] == "p03195"
