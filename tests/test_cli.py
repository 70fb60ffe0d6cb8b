"""The `compile-prefs` entry point and the preflight checks of `make reproduce`."""

import subprocess
import sys

from compile_prefs import cli
from compile_prefs.cli import preflight


def test_every_subcommand_module_exposes_the_interface():
    for name in cli.SUBCOMMANDS:
        module = cli.subcommand_module(name)
        assert module.__name__.startswith("compile_prefs."), module.__name__
        parses = hasattr(module, "ARGUMENTS") or callable(getattr(module, "parse_args", None)) or callable(
            getattr(module, "add_arguments", None))
        assert parses and callable(module.run), name


def test_help_and_unknown_command(capsys):
    assert cli.main([]) == 2
    assert "score" in capsys.readouterr().out
    try:
        cli.main(["frobnicate"])
    except SystemExit as err:
        assert err.code == 2
    assert "unknown command 'frobnicate'" in capsys.readouterr().err


def test_console_script_runs(repo_root):
    out = subprocess.run([sys.executable, "-m", "compile_prefs.cli", "score", "--help"], capture_output=True,
                         text=True, cwd=repo_root)
    assert out.returncode == 0 and "--json" in out.stdout


def test_preflight_names_what_is_missing(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ARTIFACTS", str(tmp_path))
    monkeypatch.setattr("torch.cuda.is_available", lambda: False)
    checks = {c.name: c for c in preflight.run_checks("gemma", str(tmp_path / "nope"), min_free_gb=0)}
    assert checks["compiler"].ok and checks["recipe"].ok and checks["disk"].ok
    assert not checks["codenet"].ok and "is not a folder" in checks["codenet"].detail
    import torch

    assert checks["cuda"].ok == torch.cuda.is_available()  # the check says what torch sees
    assert not checks["hub"].ok   # and no Hub (HF_HUB_OFFLINE=1)
    assert "google/gemma-7b" in checks["recipe"].detail

    assert preflight.run(preflight.PreflightConfig(model="gemma", min_free_gb=0.0)) == 2
    out, err = capsys.readouterr()
    assert "MISSING  codenet" in out and "preflight failed" in err and "nothing was started" in err


def test_preflight_accepts_a_codenet_tree_and_rejects_unknown_models(codenet_sample):
    assert preflight.check_codenet(str(codenet_sample)).ok
    assert not preflight.check_recipe("llama-99").ok
