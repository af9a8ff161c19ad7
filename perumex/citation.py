"""How to cite the book: read from ``CITATION.cff`` (the one place its metadata lives)."""

from __future__ import annotations

from pathlib import Path

import yaml

from perumex.paths import repo_root


def read_citation(path: Path | None = None) -> dict:
    return yaml.safe_load((path or repo_root() / "CITATION.cff").read_text(encoding="utf-8"))


def _author_names(meta: dict) -> str:
    names = []
    for author in meta["authors"]:
        if "name" in author:
            names.append("{" + author["name"] + "}")
        else:
            names.append(f"{author['family-names']}, {author['given-names']}")
    return " and ".join(names)


def bibtex_entry(meta: dict | None = None) -> str:
    """A BibTeX entry for the whole book, built from CITATION.cff."""
    meta = meta or read_citation()
    date = str(meta["date-released"])
    fields = {
        "title": "{" + meta["title"] + "}",
        "author": _author_names(meta),
        "year": date[:4],
        "date": date,
        "version": str(meta["version"]),
        "url": meta.get("url", ""),
        "note": "Executable Jupyter Book; HTML and PDF editions",
    }
    body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields.items() if v)
    return f"@book{{perumex{date[:4]}book,\n{body}\n}}"


def plain_authors(meta: dict) -> str:
    """Authors for a plain-text citation: names of organisations, 'Family, Given' for people."""
    return "; ".join(a.get("name") or f"{a['family-names']}, {a['given-names']}" for a in meta["authors"])


def plain_citation(meta: dict | None = None) -> str:
    meta = meta or read_citation()
    authors = plain_authors(meta)
    date = str(meta["date-released"])
    return f"{authors} ({date[:4]}). {meta['title']}. Version {meta['version']}, {date}."
