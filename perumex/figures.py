"""One house style for every figure, deterministic files, and the data behind each figure.

:func:`publish` is the only way a chapter shows a figure. It refuses a figure without alt
text or without its data, writes ``<name>.svg`` (HTML), ``<name>.pdf`` (LaTeX) and
``<name>.csv`` (exactly the data plotted) plus ``<name>.json`` (alt text, for checks) to the
figures folder, and returns an object that Jupyter displays as SVG or PDF. Files are
byte-identical on a rerun: no timestamps, a fixed SVG hash salt, glyphs drawn as paths.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # no display on build machines; also keeps output independent of the GUI

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from perumex.paths import figures_dir  # noqa: E402

# Okabe–Ito palette: distinguishable with the common colour-vision deficiencies and in print.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000")
PERU_COLOUR, MEXICO_COLOUR, NEUTRAL_COLOUR = "#D55E00", "#009E73", "#7F7F7F"
NAME_PATTERN = re.compile(r"^fig-[a-z0-9]+(-[a-z0-9]+)*$")
MIN_ALT_LENGTH = 20

HOUSE_STYLE = {
    "font.family": "DejaVu Sans",  # shipped with matplotlib: same glyphs on every machine
    "font.size": 10,
    "axes.titlesize": 11,
    "axes.labelsize": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.color": "#DDDDDD",
    "grid.linewidth": 0.6,
    "axes.prop_cycle": matplotlib.cycler(color=PALETTE),
    "figure.figsize": (8.0, 4.5),
    "figure.dpi": 100,
    # A white background keeps figures legible on the dark theme as well as in print.
    "figure.facecolor": "white",
    "axes.facecolor": "white",
    "savefig.facecolor": "white",
    "svg.hashsalt": "perumex",
    "svg.fonttype": "path",
    "pdf.fonttype": 42,
    "legend.frameon": False,
}


class FigureError(ValueError):
    """A figure was published without what readers need (alt text, data, a valid name)."""


def apply_house_style() -> None:
    matplotlib.rcParams.update(HOUSE_STYLE)


def new_figure(width: float = 8.0, height: float = 4.5, **kwargs) -> tuple[plt.Figure, plt.Axes]:
    """A figure and axes in the house style."""
    apply_house_style()
    return plt.subplots(figsize=(width, height), **kwargs)


@dataclass(frozen=True)
class PublishedFigure:
    """What a chapter cell returns: displays as SVG in HTML and as PDF in LaTeX."""

    name: str
    alt: str
    svg: str
    pdf: bytes
    files: tuple[Path, ...]

    def _repr_mimebundle_(self, include=None, exclude=None):
        import base64

        return {
            "image/svg+xml": self.svg,
            "application/pdf": base64.b64encode(self.pdf).decode("ascii"),
            "text/plain": f"[figure {self.name}: {self.alt}]",
        }


def _render(fig: plt.Figure, fmt: str) -> bytes:
    buffer = io.BytesIO()
    metadata = {"Date": None} if fmt == "svg" else {"CreationDate": None, "ModDate": None}
    fig.savefig(buffer, format=fmt, bbox_inches="tight", metadata=metadata)
    return buffer.getvalue()


def publish(fig: plt.Figure, *, name: str, alt: str, data: pd.DataFrame) -> PublishedFigure:
    """Save a figure, its alt text and the exact data plotted; return it for display."""
    if not NAME_PATTERN.match(name or ""):
        raise FigureError(f"figure name {name!r} must look like 'fig-chapter-topic'")
    if not isinstance(alt, str) or len(alt.strip()) < MIN_ALT_LENGTH:
        raise FigureError(f"figure {name!r} needs alt text of at least {MIN_ALT_LENGTH} characters")
    if not isinstance(data, pd.DataFrame) or data.empty:
        raise FigureError(f"figure {name!r} needs the non-empty DataFrame it plots")
    svg, pdf = _render(fig, "svg"), _render(fig, "pdf")
    plt.close(fig)
    folder = figures_dir()
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        folder / f"{name}.svg": svg,
        folder / f"{name}.pdf": pdf,
        folder / f"{name}.csv": data.to_csv(index=False, lineterminator="\n").encode("utf-8"),
        folder / f"{name}.json": json.dumps({"name": name, "alt": alt.strip()}, ensure_ascii=False, indent=1).encode("utf-8"),
    }
    for path, content in files.items():
        path.write_bytes(content)
    return PublishedFigure(name=name, alt=alt.strip(), svg=svg.decode("utf-8"), pdf=pdf, files=tuple(files))
