"""The Hub-protocol test server, driven by the real huggingface_hub client and datasets."""

import json
import urllib.error
import urllib.request

import pytest
from huggingface_hub import CommitOperationAdd, CommitOperationDelete, HfApi, hf_hub_download, snapshot_download
from huggingface_hub.errors import EntryNotFoundError, HfHubHTTPError, RepositoryNotFoundError


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "upload"
    (d / "sub").mkdir(parents=True)
    (d / "README.md").write_text("---\nlicense: mit\ntags: [x]\n---\n# hello\n")
    (d / "sub" / "config.json").write_text('{"a": 1}')
    (d / "weights.safetensors").write_bytes(bytes(range(256)) * 8)  # binary: goes through LFS
    return d


def test_whoami_needs_a_valid_token(hub_server):
    assert HfApi().whoami()["name"] == hub_server.user
    with pytest.raises(HfHubHTTPError) as err:
        HfApi(token="hf_not_a_token").whoami()
    assert err.value.response.status_code == 401
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(f"{hub_server.url}/api/whoami-v2")
    assert err.value.code == 401


def test_upload_list_download_and_noop_commit(hub_server, folder, tmp_path):
    api = HfApi()
    url = api.create_repo("tester/m", exist_ok=True)
    assert url.repo_id == "tester/m"
    assert api.create_repo("tester/m", exist_ok=True).repo_id == "tester/m"
    with pytest.raises(HfHubHTTPError):
        api.create_repo("tester/m")  # exists, and exist_ok is off

    info = api.upload_folder(folder_path=folder, repo_id="tester/m", commit_message="first")
    assert sorted(api.list_repo_files("tester/m")) == [".gitattributes", "README.md", "sub/config.json", "weights.safetensors"]
    tree = {e.path: e for e in api.list_repo_tree("tester/m", recursive=True)}
    assert tree["weights.safetensors"].lfs is not None and tree["weights.safetensors"].lfs.size == 2048
    assert tree["sub/config.json"].lfs is None and tree["sub/config.json"].size == 8
    assert [e.path for e in api.list_repo_tree("tester/m")] == ["sub", ".gitattributes", "README.md", "weights.safetensors"]
    assert [e.path for e in api.list_repo_tree("tester/m", path_in_repo="sub")] == ["sub/config.json"]
    assert api.repo_info("tester/m").sha == info.oid
    assert api.model_info("tester/m").card_data["license"] == "mit"

    local = hf_hub_download("tester/m", "weights.safetensors")
    assert open(local, "rb").read() == (folder / "weights.safetensors").read_bytes()
    snap = snapshot_download("tester/m", local_dir=tmp_path / "snap")
    assert json.loads((tmp_path / "snap" / "sub" / "config.json").read_text()) == {"a": 1}
    assert str(snap) == str(tmp_path / "snap")
    with pytest.raises(EntryNotFoundError):
        hf_hub_download("tester/m", "absent.txt")
    with pytest.raises(RepositoryNotFoundError):
        api.repo_info("tester/absent")

    # the same folder again: the client sees equal oids and makes no commit
    assert api.upload_folder(folder_path=folder, repo_id="tester/m", commit_message="again").oid == info.oid
    assert [c.title for c in hub_server.commits("tester/m")] == ["initial commit", "first"]

    api.create_commit("tester/m", [CommitOperationDelete("sub/config.json"),
                                   CommitOperationAdd("notes.txt", b"v2\n")], commit_message="edit")
    assert sorted(hub_server.files("tester/m")) == [".gitattributes", "README.md", "notes.txt", "weights.safetensors"]
    shas = [c.oid for c in hub_server.commits("tester/m")]
    assert len(set(shas)) == 3 and all(len(s) == 40 for s in shas)
    # a commit against a parent that is no longer the head is refused, not applied over the newer one
    with pytest.raises(HfHubHTTPError) as err:
        api.create_commit("tester/m", [CommitOperationAdd("late.txt", b"x")], commit_message="late", parent_commit=info.oid)
    assert err.value.response.status_code == 412 and "late.txt" not in hub_server.files("tester/m")
    # an old revision still serves its files
    old = hf_hub_download("tester/m", "sub/config.json", revision=info.oid)
    assert json.loads(open(old).read()) == {"a": 1}
    assert hub_server.unhandled == []


def test_private_repos_spaces_and_namespaces(hub_server, folder):
    api = HfApi()
    api.create_repo("tester/d", repo_type="dataset", private=True)
    api.upload_file(path_or_fileobj=b"0123456789", path_in_repo="x.txt", repo_id="tester/d", repo_type="dataset",
                    commit_message="x")
    request = urllib.request.Request(f"{hub_server.url}/datasets/tester/d/resolve/main/x.txt",
                                     headers={"Authorization": f"Bearer {hub_server.token}"})
    with urllib.request.urlopen(request) as response:
        assert response.status == 200 and response.read() == b"0123456789"
    with pytest.raises(RepositoryNotFoundError):  # private: invisible without a token
        HfApi(token=False).dataset_info("tester/d")
    with pytest.raises(ValueError):
        api.create_repo("tester/s", repo_type="space")  # a Space needs an sdk (client-side check)
    api.create_repo("tester/s", repo_type="space", space_sdk="gradio")
    assert api.space_info("tester/s").sdk == "gradio"
    with pytest.raises(HfHubHTTPError) as err:
        HfApi().create_repo("someone-else/m")
    assert err.value.response.status_code == 403
    api.create_repo(f"{hub_server.org}/m")  # an org the user belongs to


def test_load_dataset_from_the_server(hub_server, tmp_path):
    from datasets import Dataset, load_dataset

    from compile_prefs import layout

    folder = tmp_path / "ds"
    layout.write_config(folder, "completion", {"train": Dataset.from_dict({"prompt": ["a", "b"], "completion": ["x", "y"]}),
                                               "test": Dataset.from_dict({"prompt": ["c"], "completion": ["z"]})})
    api = HfApi()
    api.create_repo("tester/ds", repo_type="dataset")
    api.upload_folder(folder_path=folder, repo_id="tester/ds", repo_type="dataset", commit_message="data")
    ds = load_dataset("tester/ds", "completion")
    assert ds["train"]["completion"] == ["x", "y"] and ds["test"]["prompt"] == ["c"]
    assert hub_server.unhandled == []
