"""Shared test setup: offline Hub, one thread per process, paths to the real and demo corpora.

Area-specific fixtures live in tests/fixtures_<area>.py, registered as plugins (pytest_plugins)
so every test can use them by name; test modules import only their plain helpers. pytest puts
this folder on sys.path itself (rootdir conftest, "prepend" import mode).
"""

import os
import tempfile
from pathlib import Path

# Before torch/transformers/datasets import anywhere: no network, no thread oversubscription.
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["HF_DATASETS_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
# Caches under a per-process temp dir, never the user's ~/.cache/huggingface (read at import time).
os.environ["HF_HOME"] = tempfile.mkdtemp(prefix="compile-prefs-hf-")
# One verdict cache and one set of precompiled headers per test process, never the user's.
os.environ["COMPILE_PREFS_CACHE"] = tempfile.mkdtemp(prefix="compile-prefs-cache-")

import pytest  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parent.parent
pytest_plugins = ["fixtures_models", "fixtures_hub", "fixtures_builders", "fixtures_training"]

CODENET_SAMPLE = REPO_ROOT.parent / "shared" / "codenet-sample"
DEMO_CORPUS = REPO_ROOT / "data" / "demo_corpus"


@pytest.fixture(autouse=True)
def own_datasets_cache(tmp_path_factory, monkeypatch):
    """Each test gets its own datasets cache. datasets caches a local folder by its name, so the
    stock loader would hand one test's data/ to a later test in the same worker that loads its own
    data/ with the same config."""
    import datasets

    monkeypatch.setattr(datasets.config, "HF_DATASETS_CACHE", tmp_path_factory.mktemp("datasets-cache"))


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def codenet_sample() -> Path:
    """The real CodeNet sample beside the checkout; tests using it skip where it is absent."""
    root = Path(os.environ.get("CODENET_SAMPLE", CODENET_SAMPLE))
    if not (root / "Project_CodeNet" / "metadata").is_dir():
        pytest.skip(f"real CodeNet sample not found at {root}")
    return root


@pytest.fixture(scope="session")
def demo_corpus() -> Path:
    if not (DEMO_CORPUS / "Project_CodeNet" / "metadata").is_dir():
        pytest.skip("demo corpus not generated yet")
    return DEMO_CORPUS
