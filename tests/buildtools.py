"""Helpers for tests that build the book: run Jupyter Book, copy the repository, read logs."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from conftest import ROOT, VENV_BIN

# --all re-reads every page, so a warning from an unchanged page is raised again on the next build.
STRICT = ["-W", "-n", "--keep-going", "--all"]
COPY_IGNORE = shutil.ignore_patterns(".venv", "_build", ".git", "figures", "research", "__pycache__", ".pytest_cache")


def env_for(root: Path) -> dict[str, str]:
    """Environment that makes a copy of the repository use its own package, data and bibliography."""
    env = dict(os.environ)
    env["PERUMEX_ROOT"] = str(root)
    env["PYTHONPATH"] = str(root)
    env.pop("PERUMEX_DATA_DIR", None)
    env.pop("PERUMEX_BIB", None)
    env.pop("PERUMEX_FIGURES_DIR", None)
    env.pop("PERUMEX_DEPS_FILE", None)
    return env


def jupyter_book(root: Path, *extra: str, timeout: int = 900) -> subprocess.CompletedProcess:
    """`jupyter-book build .` in `root` with the strict flags; output captured."""
    return subprocess.run(
        [str(VENV_BIN / "jupyter-book"), "build", ".", *STRICT, *extra],
        cwd=root, env=env_for(root), capture_output=True, text=True, timeout=timeout,
    )


def copy_repository(target: Path) -> Path:
    shutil.copytree(ROOT, target, ignore=COPY_IGNORE)
    return target


def executed_pages(log: str) -> set[str]:
    """Pages that a build executed (not taken from the cache)."""
    return {Path(m).stem for m in re.findall(r"(\S+\.md): Executed notebook", log)}


def cached_pages(log: str) -> set[str]:
    return {Path(m).stem for m in re.findall(r"(\S+\.md): Using cached notebook", log)}
