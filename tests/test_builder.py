"""The datasets builder: completion config (data_dir and download manager), preference schema and forms."""

import json
import tarfile

import pytest

from compile_prefs.builders.builder import (
    CODENET_URL,
    COMPLETION_FEATURES,
    CONVERSATIONAL_PREFERENCE_FEATURES,
    PREFERENCE_FEATURES,
    CodeNetCompilePrefs,
    PreferenceSchemaError,
    build_preference_dataset,
    validate_preference_rows,
)
from fixtures_builders import clean_tree


def _pair(i=0, **over):
    row = {"prompt": f"int main() {{\n    int x = {i};\n", "chosen": "    return x;\n}", "rejected": "    return x\n}",
           "problem_id": "p00001", "submission_id": f"s{i:09d}", "model": "tiny", "stage": "sft",
           "decoding": {"do_sample": False, "max_new_tokens": 64}, "diagnostic": "main.cpp:3:13: error: expected ';'",
           "reason": "error"}
    row.update(over)
    return row


def _chat_pair(i=0):
    return {"prompt": [{"role": "system", "content": "Complete the C++ program."}, {"role": "user", "content": f"int x = {i};"}],
            "chosen": [{"role": "assistant", "content": "```cpp\nreturn 0; }\n```"}],
            "rejected": [{"role": "assistant", "content": "```cpp\nreturn 0\n```"}],
            "problem_id": "p00002", "submission_id": f"s{i:09d}", "model": "mistral", "stage": "base"}


def _write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_completion_config_from_data_dir(tmp_path, builders_runner):
    tree = clean_tree(tmp_path / "tree", n_problems=3)
    builder = CodeNetCompilePrefs(config_name="completion", data_dir=str(tree), cache_dir=str(tmp_path / "cache"),
                                  runner=builders_runner, seed=5, cut="line", mask_ratio=0.2)
    builder.download_and_prepare()
    ds = builder.as_dataset()
    assert set(ds) == {"train", "test", "validation"} and ds["train"].num_rows == 15 and ds["test"].num_rows == 6
    assert ds["train"].features == COMPLETION_FEATURES
    for split in ds.values():
        for r in split:
            assert r["prompt"] + r["completion"] == r["code"] and r["prompt"].endswith("\n")
            assert (r["mask_ratio"], r["cut"], r["seed"], r["split_by"]) == (0.2, "line", 5, "submission")
    assert builder.summary["counts"] == {"train": 15, "test": 6, "validation": 3}
    assert builder.summary["compiler"]["std"] == "c++17"


def test_completion_config_through_the_download_manager(tmp_path, builders_runner):
    """Without data_dir the archive at `codenet_url` is fetched and extracted by datasets (here a local tarball)."""
    assert CodeNetCompilePrefs.BUILDER_CONFIGS[0].codenet_url == CODENET_URL
    assert CODENET_URL == "https://dax-cdn.cdn.appdomain.cloud/dax-project-codenet/1.0.0/Project_CodeNet.tar.gz"
    tree = clean_tree(tmp_path / "tree", n_problems=2)
    archive = tmp_path / "Project_CodeNet.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(tree / "Project_CodeNet", arcname="Project_CodeNet")
    builder = CodeNetCompilePrefs(config_name="completion", cache_dir=str(tmp_path / "cache"), runner=builders_runner,
                                  codenet_url=str(archive))
    builder.download_and_prepare()
    ds = builder.as_dataset()
    assert ds["train"].num_rows == 10 and ds["test"].num_rows == 4
    assert builder.summary["codenet_root"] != str(tree)  # read from the extracted copy


def test_split_by_problem_and_options_reach_the_rows(tmp_path, builders_runner):
    tree = clean_tree(tmp_path / "tree", n_problems=5)
    builder = CodeNetCompilePrefs(config_name="completion", data_dir=str(tree), cache_dir=str(tmp_path / "cache"),
                                  runner=builders_runner, split_by="problem", test_problem_fraction=0.2)
    builder.download_and_prepare()
    ds = builder.as_dataset()
    assert not set(ds["train"]["problem_id"]) & set(ds["test"]["problem_id"])
    assert set(ds["test"]["split_by"]) == {"problem"} and ds["test"].num_rows == 2


@pytest.mark.parametrize("kwargs", [{"mask_ratio": 1.5}, {"cut": "word"}, {"split_by": "user"}, {"form": "xml"}])
def test_bad_config_fails_at_construction(tmp_path, kwargs):
    with pytest.raises(ValueError):
        CodeNetCompilePrefs(config_name="completion", data_dir=str(tmp_path), cache_dir=str(tmp_path / "c"), **kwargs)


def test_preference_standard_form(tmp_path):
    path = _write_jsonl(tmp_path / "pairs.jsonl", [_pair(i) for i in range(3)])
    builder = CodeNetCompilePrefs(config_name="preference", data_files={"train": str(path)}, cache_dir=str(tmp_path / "c"))
    builder.download_and_prepare()
    ds = builder.as_dataset(split="train")
    assert ds.features == PREFERENCE_FEATURES and ds.num_rows == 3
    row = ds[0]
    assert row["decoding"] == '{"do_sample": false, "max_new_tokens": 64}'
    assert row["levenshtein"] == 1 and 0 < row["levenshtein_normalized"] < 1  # computed when absent
    from trl.data_utils import is_conversational

    assert not is_conversational(row)


def test_preference_conversational_form_from_data_dir(tmp_path):
    folder = tmp_path / "prefs"
    folder.mkdir()
    _write_jsonl(folder / "generations.jsonl", [_chat_pair(i) for i in range(2)])
    builder = CodeNetCompilePrefs(config_name="preference", data_dir=str(folder), cache_dir=str(tmp_path / "c"))
    builder.download_and_prepare()
    ds = builder.as_dataset(split="train")
    assert ds.features == CONVERSATIONAL_PREFERENCE_FEATURES
    assert ds[0]["chosen"] == [{"role": "assistant", "content": "```cpp\nreturn 0; }\n```"}]
    from trl.data_utils import is_conversational

    assert is_conversational(ds[0])
    with pytest.raises(PreferenceSchemaError, match="conversational form but the set is standard"):
        CodeNetCompilePrefs(config_name="preference", data_dir=str(folder), cache_dir=str(tmp_path / "d"),
                            form="standard").download_and_prepare()


def test_build_preference_dataset_from_rows_keeps_given_distances():
    ds = build_preference_dataset([_pair(0, levenshtein=7, levenshtein_normalized=0.5)])
    assert ds[0]["levenshtein"] == 7 and ds[0]["levenshtein_normalized"] == 0.5


@pytest.mark.parametrize("bad, message", [
    ({"chosen": None}, "'chosen' must be a string"),
    ({"stage": "final"}, "'stage' must be one of"),
    ({"model": "a/b"}, "'model' must be a model name"),
    ({"rejected": "    return x;\n}"}, "identical"),
    ({"id": 3}, "unknown key"),
    ({"levenshtein": -1}, "non-negative"),
    ({"prompt": 5}, "'prompt' must be a string (standard) or a list"),
])
def test_preference_schema_errors_name_row_and_field(bad, message):
    rows = [_pair(0), _pair(1, **bad)]
    with pytest.raises(PreferenceSchemaError) as err:
        validate_preference_rows(rows)
    assert "row 1:" in str(err.value) and message in str(err.value)
    assert all(i == 1 for i, _ in err.value.problems)


def test_preference_schema_other_errors(tmp_path):
    missing = _pair(0)
    del missing["submission_id"]
    with pytest.raises(PreferenceSchemaError, match=r"missing key\(s\) \['submission_id'\]"):
        validate_preference_rows([missing])
    with pytest.raises(PreferenceSchemaError, match="conversational form but the set is standard"):
        validate_preference_rows([_pair(0), _chat_pair(1)])
    bad_chat = _chat_pair(0)
    bad_chat["chosen"] = [{"role": "user", "content": "x"}]
    with pytest.raises(PreferenceSchemaError, match="must be an assistant message"):
        validate_preference_rows([bad_chat])
    with pytest.raises(PreferenceSchemaError, match="no rows"):
        validate_preference_rows([])
    broken = tmp_path / "broken.jsonl"
    broken.write_text(json.dumps(_pair(0)) + "\n{not json\n")
    with pytest.raises(PreferenceSchemaError, match="row 1: not valid JSON"):
        CodeNetCompilePrefs(config_name="preference", data_files={"train": str(broken)},
                            cache_dir=str(tmp_path / "c")).download_and_prepare()
    with pytest.raises(ValueError, match="pass data_files= or data_dir="):
        CodeNetCompilePrefs(config_name="preference", cache_dir=str(tmp_path / "d")).download_and_prepare()
    form, rows = validate_preference_rows([_pair(0)])
    assert form == "standard" and set(rows[0]) == set(PREFERENCE_FEATURES)
