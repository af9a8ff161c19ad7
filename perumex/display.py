"""Render tables for the book: Markdown that MyST parses, so ``{cite}`` roles in cells work."""

from __future__ import annotations

import pandas as pd
from IPython.display import Markdown

from perumex.sources import cite_keys


def _cell(value) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return "—"
    text = str(value).replace("|", "\\|").replace("\n", " ")
    return text


def markdown_table(frame: pd.DataFrame, sources_column: str | None = "sources") -> Markdown:
    """A DataFrame as a Markdown table; a list-valued sources column becomes a citation."""
    frame = frame.copy()
    if sources_column and sources_column in frame:
        frame[sources_column] = [cite_keys(keys) if len(keys) else "—" for keys in frame[sources_column]]
    header = "| " + " | ".join(map(str, frame.columns)) + " |"
    rule = "| " + " | ".join("---" for _ in frame.columns) + " |"
    body = ["| " + " | ".join(_cell(v) for v in row) + " |" for row in frame.itertuples(index=False)]
    return Markdown("\n".join([header, rule, *body]))
