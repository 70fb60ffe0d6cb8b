"""The `compile-prefs` entry point and the preflight checks of `make reproduce`."""

import subprocess
import sys

import pytest

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


def _capture_run(monkeypatch, module):
    seen = []
    monkeypatch.setattr(module, "run", lambda *configs: seen.extend(configs) or 0)
    return seen


def test_report_cards_release_options_reach_their_configs(monkeypatch, tmp_path):
    """The flags the Makefile and the tests use, parsed into the config dataclasses."""
    from compile_prefs.cards import release, render, report

    seen = _capture_run(monkeypatch, report)
    assert cli.main(["report", "--artifacts", "a", "--no-baseline", "--models", "tiny", "gemma", "--workers", "3",
                     "--cache-dir", "c", "--out", "o"]) == 0
    (cfg,) = seen
    assert isinstance(cfg, report.ReportConfig)
    assert (cfg.artifacts, cfg.baseline, cfg.models, cfg.workers, cfg.cache_dir, cfg.out) == (
        "a", False, ["tiny", "gemma"], 3, "c", "o")
    with pytest.raises(SystemExit) as usage:
        cli.main(["report", "--workers", "0"])
    assert usage.value.code == 2

    seen = _capture_run(monkeypatch, render)
    assert cli.main(["cards", "--artifacts", "a", "--namespace", "alice", "--models", "tiny"]) == 0
    assert (seen[0].namespace, seen[0].models, seen[0].out) == ("alice", ["tiny"], None)
    with pytest.raises(SystemExit):
        cli.main(["cards", "--namespace", "not a name"])

    seen = _capture_run(monkeypatch, release)
    assert cli.main(["release", "--model", "tiny", "--artifacts", "a", "--dry-run", "--verify",
                     "--metric-dir", str(tmp_path)]) == 0
    (cfg,) = seen
    assert (cfg.model, cfg.dry_run, cfg.verify, cfg.private, cfg.metric_dir) == ("tiny", True, True, False, tmp_path)
    with pytest.raises(SystemExit):  # --verify checks a dry run's trees
        cli.main(["release", "--model", "tiny", "--verify"])
    with pytest.raises(SystemExit):
        cli.main(["release", "--dry-run"])  # --model is required


def test_a_module_runs_alone_as_the_cli_runs_it(monkeypatch, capsys):
    """`python -m compile_prefs.cards.report` parses like `compile-prefs report` (one helper for both)."""
    from compile_prefs.cards import report

    seen = _capture_run(monkeypatch, report)
    assert report.main(["--no-baseline", "--models", "tiny"]) == 0
    assert seen[0].baseline is False and seen[0].models == ["tiny"]
    with pytest.raises(SystemExit):
        report.main(["--frobnicate"])
    assert "compile-prefs report" in capsys.readouterr().err


def test_fails_cleanly_turns_bad_input_into_one_line(capsys):
    from compile_prefs.command import fails_cleanly

    @fails_cleanly(FileNotFoundError, ValueError, label="step")
    def step(fail_with=None):
        if fail_with is not None:
            raise fail_with
        return None

    assert step() == 0
    assert step(FileNotFoundError("no data/ folder: run make data")) == 1
    assert capsys.readouterr().err == "step: no data/ folder: run make data\n"
    with pytest.raises(KeyError):  # not bad input: a bug, with its traceback
        step(KeyError("x"))
