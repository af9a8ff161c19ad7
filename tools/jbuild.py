"""Run Jupyter Book the way the Makefile does, on the repository or on a throw-away copy of it.

Shared by the benchmark and the build tests, so both measure and test the same command.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
# Same flags as JBFLAGS in the Makefile: warnings are errors, references checked, every page re-read.
STRICT = ["-W", "-n", "--keep-going", "--all"]
COPY_IGNORE = shutil.ignore_patterns(".venv", "_build", ".git", "figures", "research", "__pycache__", ".pytest_cache")


def env_for(root: Path) -> dict[str, str]:
    """Environment that makes a copy of the repository use its own package, data and bibliography."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PERUMEX_")}
    env["PERUMEX_ROOT"] = str(root)
    env["PYTHONPATH"] = str(root)
    return env


def jupyter_book(root: Path, *extra: str, timeout: int = 900) -> subprocess.CompletedProcess:
    """`jupyter-book build .` in `root` with the strict flags; output captured."""
    return subprocess.run([str(BIN / "jupyter-book"), "build", ".", *STRICT, *extra], cwd=root, env=env_for(root),
                          capture_output=True, text=True, timeout=timeout)


def copy_repository(target: Path) -> Path:
    shutil.copytree(ROOT, target, ignore=COPY_IGNORE)
    return target
