"""Helpers for tests that build the book: the shared runner in tools/jbuild.py, and log readers."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
from jbuild import copy_repository, env_for, jupyter_book  # noqa: E402,F401


def executed_pages(log: str) -> set[str]:
    """Pages that a build executed (not taken from the cache)."""
    return {Path(m).stem for m in re.findall(r"(\S+\.md): Executed notebook", log)}


def cached_pages(log: str) -> set[str]:
    return {Path(m).stem for m in re.findall(r"(\S+\.md): Using cached notebook", log)}
