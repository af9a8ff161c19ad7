"""The one registry of sources: ``references.bib``.

Every citation in the prose and every ``sources`` cell in ``data/`` must name a key of this
file, and every entry must say where it can be read (url), when it was published (date) and
what kind of source it is, so readers can weigh it.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from pybtex.database import parse_string
from pybtex.scanner import PybtexError

from perumex.paths import bib_path
from perumex.validate import DataValidationError, partial_date_bounds

SOURCE_KINDS = ("official", "court", "treaty", "wire", "press", "secondary", "encyclopedic", "data")
REQUIRED_FIELDS = ("title", "kind")
KEY_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_]*$")


@dataclass(frozen=True)
class Source:
    """One bibliography entry, reduced to what the book shows and checks."""

    key: str
    title: str
    date: str | None
    kind: str
    url: str | None
    publisher: str | None


def _field(entry, name: str) -> str | None:
    value = entry.fields.get(name)
    return str(value).strip("{}") if value is not None else None


def _check_entry(display: str, key: str, entry) -> Source:
    def fail(rule: str, message: str, field: str | None = None, value: str | None = None) -> None:
        raise DataValidationError(display, rule, f"entry '{key}': {message}", column=field, value=value)

    if not KEY_PATTERN.match(key):
        fail("bib-key", "keys are lower-case ascii letters, digits and underscores", value=key)
    for name in REQUIRED_FIELDS:
        if not _field(entry, name):
            fail("bib-required", f"field '{name}' is required", field=name)
    date, kind = _field(entry, "date"), _field(entry, "kind")
    if date is None and not _field(entry, "note"):
        # An undated page is allowed (never guess a date), but the entry must say why.
        fail("bib-required", "field 'date' is required, or a 'note' explaining why it is unknown", field="date")
    if date is not None and partial_date_bounds(date) is None:
        fail("bib-date", "date must be YYYY, YYYY-MM or YYYY-MM-DD", field="date", value=date)
    if kind not in SOURCE_KINDS:
        fail("bib-kind", f"kind must be one of {', '.join(SOURCE_KINDS)}", field="kind", value=kind)
    url = _field(entry, "url")
    if kind not in ("treaty", "court") and not url:
        fail("bib-required", "field 'url' is required (only treaty and court texts may go without)", field="url")
    year = _field(entry, "year")
    if year and date and year != date[:4]:
        fail("bib-date", f"year {year} disagrees with date {date}", field="year", value=year)
    return Source(
        key=key,
        title=_field(entry, "title") or "",
        date=date,
        kind=kind,
        url=url,
        publisher=_field(entry, "howpublished") or _field(entry, "publisher") or _field(entry, "journal"),
    )


def parse_sources(path: Path) -> dict[str, Source]:
    """Parse and check a .bib file; raise DataValidationError naming the entry at fault."""
    display = path.name
    if not path.is_file():
        raise DataValidationError(display, "file-exists", "bibliography file is missing")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise DataValidationError(display, "encoding", "bibliography is not valid UTF-8") from None
    try:
        database = parse_string(text, "bibtex")
    except PybtexError as err:
        raise DataValidationError(display, "bib-syntax", str(err)) from None
    return {key: _check_entry(display, key, entry) for key, entry in database.entries.items()}


@functools.lru_cache(maxsize=4)
def _cached_sources(path: str, mtime_ns: int, size: int) -> dict[str, Source]:
    return parse_sources(Path(path))


def load_sources(path: Path | None = None) -> dict[str, Source]:
    """All sources of the book, keyed by citation key (cached until the file changes)."""
    path = path or bib_path()
    stat = path.stat() if path.exists() else None
    if stat is None:
        return parse_sources(path)
    return _cached_sources(str(path), stat.st_mtime_ns, stat.st_size)


def cite_keys(keys: list[str] | str) -> str:
    """A MyST ``{cite}`` role for one or more keys, for tables generated in chapters."""
    keys = [keys] if isinstance(keys, str) else list(keys)
    return "{cite}`" + ",".join(keys) + "`"
