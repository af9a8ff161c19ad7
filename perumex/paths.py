"""Where the book's inputs and outputs live.

Environment variables let tests and tools point the package at another tree without
touching the real one: PERUMEX_ROOT (repository root), PERUMEX_DATA_DIR, PERUMEX_BIB,
PERUMEX_FIGURES_DIR.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def repo_root() -> Path:
    return Path(os.environ.get("PERUMEX_ROOT", PACKAGE_DIR.parent)).resolve()


def data_dir() -> Path:
    return Path(os.environ.get("PERUMEX_DATA_DIR", repo_root() / "data")).resolve()


def bib_path() -> Path:
    return Path(os.environ.get("PERUMEX_BIB", repo_root() / "references.bib")).resolve()


def figures_dir() -> Path:
    return Path(os.environ.get("PERUMEX_FIGURES_DIR", repo_root() / "_build" / "figures")).resolve()
