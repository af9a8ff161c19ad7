"""Strict builds fail on every fault; the execution cache re-runs exactly what changed."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from buildtools import copy_repository, executed_pages, jupyter_book
from conftest import ROOT

pytestmark = pytest.mark.build

NOTEBOOK_HEADER = """---
jupytext:
  text_representation:
    extension: .md
    format_name: myst
    format_version: 0.13
kernelspec:
  display_name: Python 3
  language: python
  name: python3
---
"""


def _mini_book(tmp_path: Path, body: str) -> Path:
    """A one-page book that uses the real _config.yml, extension and bibliography settings."""
    book = tmp_path / "mini"
    book.mkdir()
    for name in ("_config.yml", "CITATION.cff"):
        shutil.copy(ROOT / name, book / name)
    shutil.copytree(ROOT / "book" / "_static", book / "book" / "_static")  # the config's html_static_path
    (book / "references.bib").write_text(
        "@misc{testwire20250101one,\n title = {Test},\n date = {2025-01-01},\n kind = {wire},\n"
        " url = {https://example.org},\n howpublished = {Test Wire},\n}\n", encoding="utf-8")
    (book / "_toc.yml").write_text("format: jb-book\nroot: index\n", encoding="utf-8")
    (book / "index.md").write_text(NOTEBOOK_HEADER + "# Test page\n\n" + body, encoding="utf-8")
    return book


GOOD = "Cited {cite}`testwire20250101one`.\n\n```{code-cell} ipython3\n1 + 1\n```\n\n```{bibliography}\n```\n"


def test_minimal_book_builds_cleanly(tmp_path):
    result = jupyter_book(_mini_book(tmp_path, GOOD))
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


@pytest.mark.parametrize(
    "fault, body, expected",
    [
        ("failing cell", GOOD + "\n```{code-cell} ipython3\nraise RuntimeError('boom')\n```\n", "boom"),
        ("unresolved reference", GOOD + "\nSee {numref}`fig-does-not-exist`.\n", "fig-does-not-exist"),
        ("unknown citation", GOOD + "\nAs {cite}`nosuchkey2025`.\n", "nosuchkey2025"),
        ("image without alt text", GOOD + "\n```{image} https://example.org/x.png\n```\n", "alt text"),
    ],
)
def test_strict_build_fails(tmp_path, fault, body, expected):
    book = _mini_book(tmp_path, body)
    first = jupyter_book(book)
    assert first.returncode != 0, f"{fault}: build passed"
    assert expected in first.stdout + first.stderr
    # A second build over the unchanged page must fail too (a known Jupyter Book trap).
    second = jupyter_book(book)
    assert second.returncode != 0, f"{fault}: second build passed"


def _requote(path: Path) -> None:
    """Rewrite a CSV with every cell quoted: new bytes, same data (a harmless data edit)."""
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, quoting=csv.QUOTE_ALL, lineterminator="\n").writerows(rows)


def test_cache_reexecutes_what_changed_and_only_that(tmp_path):
    repo = copy_repository(tmp_path / "repo")
    first = jupyter_book(repo)
    assert first.returncode == 0, first.stdout[-3000:]
    data_pages = executed_pages(first.stdout + first.stderr)
    assert {"history", "legal", "regional", "economy", "claims"} <= data_pages

    unchanged = jupyter_book(repo)
    assert unchanged.returncode == 0
    assert executed_pages(unchanged.stdout + unchanged.stderr) == set()

    _requote(repo / "data" / "countries.csv")
    after_data = jupyter_book(repo)
    rerun = executed_pages(after_data.stdout + after_data.stderr)
    assert {"history", "legal", "regional", "economy", "claims", "data-dictionary"} <= rerun
    assert "how-to-cite" not in rerun  # it reads CITATION.cff, not data/

    with open(repo / "perumex" / "display.py", "a", encoding="utf-8") as handle:
        handle.write("\n# a harmless edit to the package\n")
    after_package = jupyter_book(repo)
    assert executed_pages(after_package.stdout + after_package.stderr) >= {"history", "how-to-cite"}

    chapter = repo / "book" / "legal.md"
    chapter.write_text(chapter.read_text(encoding="utf-8").replace("import perumex\n", "import perumex  # edited\n", 1),
                       encoding="utf-8")
    after_chapter = jupyter_book(repo)
    log = after_chapter.stdout + after_chapter.stderr
    assert executed_pages(log) == {"legal"}, log[-2000:]
    assert after_chapter.returncode == 0
