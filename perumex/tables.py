"""Load the book's tables: validated against ``data/datapackage.json``, typed, all or nothing.

Chapters call :func:`load` (one table) or :func:`load_all`; they never open files themselves.
Any problem raises :class:`perumex.validate.DataValidationError` naming file, row, column,
value and rule, and no table is returned until every table of the package is valid (foreign
keys cross tables, so a half-checked package could hide a dangling reference).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd

from perumex import deps
from perumex.paths import bib_path, data_dir
from perumex.sources import load_sources
from perumex.validate import (
    DataValidationError,
    Lookups,
    check_foreign_keys,
    field_names,
    read_rows,
    validate_rows,
)

DESCRIPTOR = "datapackage.json"

# pandas dtypes for Table Schema types; lists stay Python lists in an object column.
_DTYPES = {
    "string": "string",
    "integer": "Int64",
    "number": "Float64",
    "boolean": "boolean",
    "year": "Int64",
}


def read_descriptor(directory: Path | None = None) -> dict:
    """The parsed ``datapackage.json`` (raises a DataValidationError if unreadable)."""
    path = (directory or data_dir()) / DESCRIPTOR
    if not path.is_file():
        raise DataValidationError(DESCRIPTOR, "file-exists", f"descriptor missing at {path}")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise DataValidationError(DESCRIPTOR, "descriptor", f"not valid JSON: {err}") from None


class _PackageLoader:
    """Validates every resource once, resolving cross-table references on demand."""

    def __init__(self, directory: Path, bib: Path) -> None:
        self.directory = directory
        self.descriptor = read_descriptor(directory)
        self.resources = {r["name"]: r for r in self.descriptor["resources"]}
        self.sources = load_sources(bib)
        offices = self._enum("people", "office")
        self.lookups = Lookups(frozenset(self.sources), self._key_values, frozenset(offices))
        self.typed: dict[str, list[dict[str, Any]]] = {}
        self._in_progress: set[str] = set()

    def _enum(self, resource: str, field: str) -> list[str]:
        for f in self.resources.get(resource, {}).get("schema", {}).get("fields", []):
            if f["name"] == field:
                return f.get("constraints", {}).get("enum", [])
        return []

    def _key_values(self, resource: str, field: str) -> set:
        rows = self.rows(resource)
        values = set()
        for row in rows:
            value = row[field]
            values.update(value if isinstance(value, list) else [value])
        values.discard(None)
        return values

    def rows(self, name: str) -> list[dict[str, Any]]:
        if name in self.typed:
            return self.typed[name]
        if name not in self.resources:
            raise DataValidationError(DESCRIPTOR, "resource", f"no table named {name!r}")
        if name in self._in_progress:
            raise DataValidationError(DESCRIPTOR, "resource", f"circular reference through {name!r}")
        self._in_progress.add(name)
        resource = self.resources[name]
        schema = resource["schema"]
        display = f"data/{resource['path']}"
        raw = read_rows(self.directory / resource["path"], display, field_names(schema))
        typed = validate_rows(display, schema, raw, self.lookups, self._key_values)
        check_foreign_keys(display, schema, typed, raw, self._self_or_other(name, typed))
        self._in_progress.discard(name)
        self.typed[name] = typed
        return typed

    def _self_or_other(self, name: str, typed: list[dict]):
        def key_values(resource: str, field: str) -> set:
            if resource in ("", name):  # a self-reference, e.g. events.version_of -> events.id
                return {row[field] for row in typed if row[field] is not None}
            return self._key_values(resource, field)

        return key_values

    def all(self) -> dict[str, list[dict[str, Any]]]:
        for name in self.resources:
            self.rows(name)
        return self.typed


def _to_frame(schema: dict, rows: list[dict[str, Any]]) -> pd.DataFrame:
    columns = {}
    for field in schema["fields"]:
        name, kind = field["name"], field.get("type", "string")
        values = [row[name] for row in rows]
        if kind == "date":
            columns[name] = pd.to_datetime(pd.Series(values, dtype="object"))
        elif kind == "list":
            columns[name] = pd.Series([v if v is not None else [] for v in values], dtype="object")
        else:
            columns[name] = pd.Series(values, dtype=_DTYPES[kind])
    return pd.DataFrame(columns)


_memo: dict[tuple, dict[str, pd.DataFrame]] = {}


def _fingerprint(directory: Path, bib: Path) -> tuple:
    files = sorted(directory.glob("*")) + [bib]
    return tuple((str(p), p.stat().st_mtime_ns, p.stat().st_size) for p in files if p.is_file())


def load_all(directory: Path | None = None, bib: Path | None = None) -> dict[str, pd.DataFrame]:
    """Every table of the package as typed DataFrames, after validating the whole package."""
    directory = (directory or data_dir()).resolve()
    bib = (bib or bib_path()).resolve()
    key = (str(directory), _fingerprint(directory, bib))
    if key not in _memo:
        loader = _PackageLoader(directory, bib)
        typed = loader.all()
        frames = {name: _to_frame(loader.resources[name]["schema"], rows) for name, rows in typed.items()}
        _memo.clear()
        _memo[key] = frames
    deps.record(bib, directory / DESCRIPTOR, *sorted(directory.glob("*.csv")))
    return {name: frame.copy() for name, frame in _memo[key].items()}


def load(name: str, directory: Path | None = None, bib: Path | None = None) -> pd.DataFrame:
    """One table as a typed DataFrame (the whole package is validated first)."""
    tables = load_all(directory, bib)
    if name not in tables:
        raise DataValidationError(DESCRIPTOR, "resource", f"no table named {name!r}; have {sorted(tables)}")
    return tables[name]


def table_names(directory: Path | None = None) -> list[str]:
    return [r["name"] for r in read_descriptor(directory)["resources"]]
