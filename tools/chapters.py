"""Execute the book's chapters outside Sphinx: for `make figures`, the benchmark and tests."""

from __future__ import annotations

import os
import time
from pathlib import Path

import jupytext
import nbclient
import yaml

ROOT = Path(__file__).resolve().parent.parent


def toc_files(root: Path = ROOT) -> list[Path]:
    """Every page of _toc.yml, in reading order."""
    toc = yaml.safe_load((root / "_toc.yml").read_text(encoding="utf-8"))
    files = [toc["root"]]
    for part in toc.get("parts", []):
        files += [chapter["file"] for chapter in part.get("chapters", [])]
    return [root / f"{name}.md" for name in files]


def executable_chapters(root: Path = ROOT) -> list[Path]:
    """Pages that are notebooks (have a kernelspec) and hold code cells."""
    chapters = []
    for path in toc_files(root):
        notebook = jupytext.read(path)
        if notebook.metadata.get("kernelspec") and any(c.cell_type == "code" for c in notebook.cells):
            chapters.append(path)
    return chapters


def execute_chapter(path: Path, figures_dir: Path, timeout: int = 300) -> float:
    """Run one chapter from scratch in a fresh kernel; return its execution time in seconds."""
    notebook = jupytext.read(path)
    os.environ["PERUMEX_FIGURES_DIR"] = str(figures_dir)
    os.environ.pop("PERUMEX_DEPS_FILE", None)
    client = nbclient.NotebookClient(notebook, timeout=timeout, kernel_name="python3",
                                     resources={"metadata": {"path": str(path.parent)}})
    start = time.perf_counter()
    client.execute()
    return time.perf_counter() - start


def execute_all(figures_dir: Path, root: Path = ROOT) -> dict[str, float]:
    figures_dir.mkdir(parents=True, exist_ok=True)
    return {path.stem: execute_chapter(path, figures_dir) for path in executable_chapters(root)}
