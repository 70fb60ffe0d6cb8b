"""Check pyproject.toml's import-linter contracts over the package as it installs.

    python tools/lint_imports.py        # exit status of lint-imports

import-linter's graph builder (grimp) finds a package's modules by walking its folder, but the
folders of compile_prefs.builders, .training, ... are not inside compile_prefs/ in the checkout:
setuptools' package-dir maps them there (see pyproject.toml). So this lays out the installed
tree -- compile_prefs/ with builders/, training/, ... inside, every module a link to its file in
the checkout -- in a temporary folder and runs lint-imports there.
The packages and the mapping are read from pyproject.toml, the one place that defines them.
"""

from __future__ import annotations

import os
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def package_folders(pyproject: Path = ROOT / "pyproject.toml") -> dict[str, Path]:
    """Installed package name -> its folder in the checkout, as setuptools maps them."""
    setuptools = tomllib.loads(pyproject.read_text(encoding="utf-8"))["tool"]["setuptools"]
    mapping = setuptools.get("package-dir", {})
    folders: dict[str, Path] = {}
    for package in sorted(setuptools["packages"]):  # parents before children
        parent, _, leaf = package.rpartition(".")
        if package in mapping:
            folders[package] = ROOT / mapping[package]
        elif parent:
            folders[package] = folders[parent] / leaf
        else:
            folders[package] = ROOT / mapping.get("", "") / package
        if not (folders[package] / "__init__.py").is_file():
            raise FileNotFoundError(f"package {package}: no {folders[package] / '__init__.py'}")
    return folders


def installed_layout(dest: Path) -> Path:
    """Link every module of every package into `dest` at the path it installs to."""
    for package, folder in package_folders().items():
        target = dest.joinpath(*package.split("."))
        target.mkdir(parents=True, exist_ok=True)
        for module in folder.glob("*.py"):
            (target / module.name).symlink_to(module)
    return dest


def main() -> int:
    from importlinter.cli import lint_imports

    with tempfile.TemporaryDirectory(prefix="compile-prefs-layout-") as tmp:
        sys.path.insert(0, str(installed_layout(Path(tmp))))
        # lint-imports puts the working directory first on sys.path: from the checkout, that would
        # be compile_prefs/ without its mapped subpackages.
        os.chdir(tmp)
        return lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True)


if __name__ == "__main__":
    sys.exit(main())
