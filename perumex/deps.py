"""Record which files a chapter's execution read, so the build can re-execute it when they change.

Jupyter Book's execution cache keys on the text of code cells only (jupyter-book#1633): a
change to ``data/`` or to this package would otherwise leave stale outputs. The Sphinx
extension (``perumex.sphinxext``) sets ``PERUMEX_DEPS_FILE`` before a chapter is parsed; the
kernel inherits it, and every file the package reads on the chapter's behalf is written there
with its content hash. Outside a build (JupyterLab, tests) nothing is recorded.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from perumex.paths import PACKAGE_DIR

_recorded: dict[str, str] = {}


def file_digest(path: Path) -> str:
    """SHA-256 of a file's bytes ('missing' if it does not exist)."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except FileNotFoundError:
        return "missing"


def package_files() -> list[Path]:
    return sorted(PACKAGE_DIR.glob("*.py"))


def record(*paths: Path) -> None:
    """Add files to this kernel's dependency record (first write of a kernel starts afresh)."""
    target = os.environ.get("PERUMEX_DEPS_FILE")
    if not target:
        return
    for path in paths:
        _recorded[str(Path(path).resolve())] = file_digest(Path(path))
    out = Path(target)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    tmp.write_text(json.dumps(_recorded, indent=1, sort_keys=True), encoding="utf-8")
    tmp.replace(out)


def read_record(path: Path) -> dict[str, str]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return {}


def changed_files(record_: dict[str, str]) -> list[str]:
    """Files of a record whose content differs now from when it was recorded."""
    return sorted(p for p, digest in record_.items() if file_digest(Path(p)) != digest)
