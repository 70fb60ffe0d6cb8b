"""The built wheel: one `compile_prefs` namespace that works from outside the checkout.

The wheel is built from a copy of the source (nothing written into the checkout) and installed
without dependencies into a fresh venv that sees this environment's packages through a .pth line
(a path line only: the editable install's finder is not run there), so every import below comes
from the wheel.
"""

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

# What the source tree of a build needs; data, tests and the venv stay behind.
SOURCE = ("pyproject.toml", "README.md", "compile_prefs", "builders", "training", "cards", "evaluate_metric")
TOP_LEVEL_FOLDERS = ("builders", "training", "cards", "evaluate_metric")


def run(cmd, **kwargs) -> subprocess.CompletedProcess:
    out = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=300, **kwargs)
    assert out.returncode == 0, f"{cmd} failed ({out.returncode}):\n{out.stdout[-3000:]}\n{out.stderr[-3000:]}"
    return out


@pytest.fixture(scope="module")
def wheel_venv(repo_root, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("packaging")
    src = tmp / "src"
    for name in SOURCE:
        path = repo_root / name
        if path.is_dir():
            shutil.copytree(path, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        else:
            src.mkdir(exist_ok=True)
            shutil.copy2(path, src / name)
    build = run([sys.executable, "-m", "pip", "wheel", "-v", "--no-deps", "--no-build-isolation",
                 "-w", tmp / "dist", src])
    (wheel,) = (tmp / "dist").glob("compile_prefs-*.whl")

    venv = tmp / "venv"
    run([sys.executable, "-m", "venv", "--without-pip", venv])
    site = Path(run([venv / "bin" / "python", "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"])
                .stdout.strip())
    (site / "project-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    run([sys.executable, "-m", "pip", "--python", venv / "bin" / "python", "install", "-q", "--no-deps", wheel])
    outside = tmp / "elsewhere"
    outside.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return {"build_log": build.stdout + build.stderr, "wheel": wheel, "venv": venv, "site": site, "cwd": outside,
            "env": env}


@pytest.mark.slow
def test_wheel_holds_one_namespace_with_its_data(wheel_venv):
    names = zipfile.ZipFile(wheel_venv["wheel"]).namelist()
    tops = {n.split("/")[0] for n in names}
    assert tops == {"compile_prefs", wheel_venv["wheel"].name.split("-py3")[0] + ".dist-info"}, tops
    for data in ("compile_prefs/training/recipes/gemma/sft.yaml", "compile_prefs/training/recipes/tiny/dpo.yaml",
                 "compile_prefs/training/accelerate_configs/cpu.yaml", "compile_prefs/cards/templates/model_card.md.jinja",
                 "compile_prefs/evaluate_metric/compile_success/README.md",
                 "compile_prefs/evaluate_metric/compile_success/requirements.txt",
                 "compile_prefs/training/sft.py", "compile_prefs/cli/__main__.py"):
        assert data in names, data
    log = wheel_venv["build_log"]
    assert "running build_py" in log  # the backend's own output is in the log (pip -v), warnings included
    assert "would be ignored" not in log and "importable package" not in log, log[-3000:]
    assert "SetuptoolsDeprecationWarning" not in log and "SetuptoolsWarning" not in log, log[-3000:]


@pytest.mark.slow
def test_installed_cli_and_metric_work_outside_the_checkout(wheel_venv, repo_root, tmp_path):
    venv, cwd, env = wheel_venv["venv"], wheel_venv["cwd"], wheel_venv["env"]
    python, cli = venv / "bin" / "python", venv / "bin" / "compile-prefs"

    out = run([cli, "--help"], cwd=cwd, env=env)
    assert "mine-prefs" in out.stdout and "score" in out.stdout

    good, bad = cwd / "good.cpp", cwd / "bad.cpp"
    good.write_text("#include <cstdio>\nint main() { std::puts(\"hi\"); return 0; }\n")
    bad.write_text("int main() { return undeclared; }\n")
    scored = json.loads(run([cli, "score", good, bad, "--json"], cwd=cwd, env=env).stdout)
    assert scored["compile_success"] == 0.5
    assert {Path(d["name"]).name: d["verdict"] for d in scored["details"]} == {"good.cpp": "Good", "bad.cpp": "Bad"}

    probe = (
        "import json, sys, evaluate\n"
        "import compile_prefs, compile_prefs.builders, compile_prefs.training.formats as formats\n"
        "import compile_prefs.training.recipe_files as recipe_files\n"
        "from compile_prefs.cards import render\n"
        "metric = evaluate.load(str(render.METRIC_DIR))\n"
        "score = metric.compute(predictions=['int main() { return 0; }\\n', 'int main() { return x; }\\n'])\n"
        "print(json.dumps({'score': score['compile_success'], 'metric_dir': str(render.METRIC_DIR),\n"
        "    'files': [compile_prefs.__file__, compile_prefs.builders.__file__, formats.__file__],\n"
        "    'recipes': list(recipe_files.model_families()), 'templates': render.TEMPLATES.is_dir(),\n"
        "    'top_level': [m for m in ('builders', 'training', 'cards', 'evaluate_metric') if m in sys.modules]}))\n"
    )
    out = run([python, "-c", probe], cwd=cwd, env=env)
    got = json.loads(out.stdout.strip().splitlines()[-1])
    site = str(wheel_venv["site"])
    assert got["score"] == 0.5
    assert got["metric_dir"].startswith(site)
    assert all(f.startswith(site) for f in got["files"]), got["files"]
    assert got["recipes"] and got["templates"] and got["top_level"] == []
    assert not any(str(repo_root) in f for f in got["files"])


@pytest.mark.parametrize("folder", TOP_LEVEL_FOLDERS)
def test_checkout_folders_import_only_under_the_package_name(repo_root, folder):
    """From the repository root (on sys.path as for `python -m`), the bare folder name refuses to load."""
    bare = subprocess.run([sys.executable, "-c", f"import {folder}"], cwd=repo_root, capture_output=True, text=True)
    assert bare.returncode != 0 and f"import compile_prefs.{folder}, not {folder}" in bare.stderr, bare.stderr
    named = run([sys.executable, "-c", f"import compile_prefs.{folder} as m; print(m.__file__)"], cwd=repo_root)
    assert Path(named.stdout.strip()) == repo_root / "compile_prefs" / folder / "__init__.py"
    assert Path(named.stdout.strip()).resolve() == repo_root / folder / "__init__.py"


@pytest.mark.parametrize("folder", TOP_LEVEL_FOLDERS)
def test_package_links_point_at_the_top_level_folders(repo_root, folder):
    link = repo_root / "compile_prefs" / folder
    assert link.is_symlink() and Path(os.readlink(link)) == Path("..") / folder


def test_one_path_per_module_wherever_python_starts(repo_root, tmp_path):
    """From the repository root (python -m, lint-imports) and from elsewhere (the console script, accelerate
    launch of a script), a module loads from the same path: the editable install maps only compile_prefs."""
    probe = "import compile_prefs.training.formats as m; print(m.__file__)"
    at_root = run([sys.executable, "-c", probe], cwd=repo_root).stdout.strip()
    elsewhere = run([sys.executable, "-c", probe], cwd=tmp_path).stdout.strip()
    assert at_root == elsewhere == str(repo_root / "compile_prefs" / "training" / "formats.py")


def test_bare_lint_imports_from_the_checkout_sees_every_layer(repo_root):
    """`lint-imports` as a newcomer runs it: the graph holds the linked packages' modules and their imports."""
    lint = Path(sys.executable).parent / "lint-imports"
    out = subprocess.run([lint, "--no-cache"], cwd=repo_root, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    assert "Contracts: 2 kept, 0 broken." in out.stdout, out.stdout[-3000:]
    graph = subprocess.run(
        [sys.executable, "-c", "import grimp; g = grimp.build_graph('compile_prefs', cache_dir=None); "
         "print(g.direct_import_exists(importer='compile_prefs.cards.report', imported='compile_prefs.stats')); "
         "print(len([m for m in g.modules if m.startswith('compile_prefs.training.')]))"],
        cwd=repo_root, capture_output=True, text=True, timeout=300)
    assert graph.returncode == 0, graph.stderr[-3000:]
    edge, training_modules = graph.stdout.split()
    assert edge == "True"
    assert int(training_modules) == len([f for f in (repo_root / "training").glob("*.py") if f.name != "__init__.py"])
