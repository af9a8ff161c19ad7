"""`make figures` re-executes every chapter from scratch and reproduces each figure byte for byte."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
from conftest import ROOT

pytestmark = pytest.mark.build


def run_figures(out) -> None:
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "figures.py"), "--out", str(out)],
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    first, second = tmp_path_factory.mktemp("figures-a"), tmp_path_factory.mktemp("figures-b")
    run_figures(first)
    run_figures(second)
    return first, second


def test_rerun_reproduces_every_figure_byte_for_byte(two_runs):
    first, second = two_runs
    names = sorted(p.name for p in first.iterdir())
    assert any(n.endswith(".svg") for n in names)
    assert names == sorted(p.name for p in second.iterdir())
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_every_figure_has_svg_pdf_data_and_alt(two_runs):
    first, _ = two_runs
    for svg in first.glob("*.svg"):
        for suffix in (".pdf", ".csv", ".json"):
            assert svg.with_suffix(suffix).exists(), svg.with_suffix(suffix).name


def test_alt_text_in_chapters_matches_the_saved_figures(two_runs):
    """The alt text readers get (cell metadata) is the one the figure helper saved."""
    first, _ = two_runs
    declared = {}
    for page in (ROOT / "book").glob("*.md"):
        text = page.read_text(encoding="utf-8")
        for block in re.findall(r":mystnb:\n((?::  .*\n)+)", text):
            name = re.search(r"name: (fig-[\w-]+)", block)
            alt = re.search(r"alt: (.+)", block)
            if name:
                assert alt, f"{page.name}: figure {name.group(1)} has no alt text in its cell metadata"
                declared[name.group(1)] = alt.group(1).strip().strip('"').strip("'")
    saved = {p.stem: json.loads(p.read_text(encoding="utf-8"))["alt"] for p in first.glob("*.json")}
    assert declared, "no figure declared in the chapters"
    assert declared == saved
