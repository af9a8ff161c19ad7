"""Validate CSV tables against a Frictionless Table Schema descriptor.

This is a strict, small implementation of the parts of the Table Schema / Data Package specs
the book uses (types string, integer, number, boolean, date, year, list; constraints
required, unique, enum, pattern, minimum, maximum, minLength, maxLength; primary and foreign
keys), plus a few documented `x-` extensions the book needs:

- ``x-partialDate``: a string field holding ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` that must be
  a real calendar date (the pattern alone would accept 2025-02-30);
- ``x-notBefore``: name of another date field of the same row that must not be later;
- ``x-references``: foreign key for a ``list`` field (every item must exist in the target);
- ``x-actors``: list items must be a country, an organisation or ``person[:office]``;
- ``x-bibkeys``: list items must be keys of ``references.bib``;
- ``x-matchesPrecision``: name of a partial-date field whose form this precision field states.

Why not call the ``frictionless`` library at load time? It reports many errors in its own
format and is slow to import inside every chapter; the book wants exactly one error naming
file, row, column, value and rule, and nothing partial returned. The test suite still runs the
reference implementation over the same descriptor as a cross-check.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
MISSING = ""


class DataValidationError(ValueError):
    """One precise problem in one table: where it is, what was found, which rule it breaks."""

    def __init__(
        self,
        file: str,
        rule: str,
        message: str,
        row: int | None = None,
        column: str | None = None,
        value: Any = None,
    ) -> None:
        self.file = file
        self.rule = rule
        self.row = row
        self.column = column
        self.value = value
        self.detail = message
        where = file
        if row is not None:
            # Row 1 is the first data row; the header is line 1 of the file.
            where += f", row {row} (line {row + 1})"
        if column is not None:
            where += f", column '{column}'"
        shown = f", value {value!r}" if value is not None else ""
        super().__init__(f"{where}{shown}: {message} [rule: {rule}]")


class Lookups:
    """Sets that cross-table checks need, computed on first use (so tables load in any order).

    ``key_values(resource, field)`` returns the values of a field of an already validated table.
    """

    def __init__(self, bibkeys: frozenset[str], key_values: Callable[[str, str], set], offices: frozenset[str]):
        self.bibkeys = bibkeys
        self.offices = offices
        self._key_values = key_values

    @property
    def countries(self) -> set:
        return self._key_values("countries", "iso3")

    @property
    def organisations(self) -> set:
        return self._key_values("organisations", "id")

    @property
    def people(self) -> set:
        return self._key_values("persons", "person_id")


def read_rows(path: Path, display: str, field_names: list[str]) -> list[dict[str, str]]:
    """Read a CSV file strictly: UTF-8, RFC 4180, exact header, equal row lengths."""
    if not path.is_file():
        raise DataValidationError(display, "file-exists", "file is missing")
    raw = path.read_bytes()
    if not raw.strip():
        raise DataValidationError(display, "not-empty", "file is empty (no header, no rows)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise DataValidationError(
            display,
            "encoding",
            f"not valid UTF-8 at line {line}, byte {err.start} (re-save the file as UTF-8)",
            value=raw[err.start : err.start + 4].hex(" "),
        ) from None
    text = text.removeprefix("\ufeff")
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        records = list(reader)
    except csv.Error as err:
        raise DataValidationError(
            display, "csv-syntax", f"malformed CSV near line {reader.line_num}: {err}"
        ) from None
    header, body = records[0], records[1:]
    if header != field_names:
        raise DataValidationError(
            display,
            "header",
            f"header must be exactly {','.join(field_names)}",
            value=",".join(header),
        )
    rows = []
    for number, record in enumerate(body, start=1):
        if record == []:
            raise DataValidationError(display, "csv-syntax", "blank line inside the table", row=number)
        if len(record) != len(header):
            raise DataValidationError(
                display,
                "row-length",
                f"row has {len(record)} cells, header has {len(header)} (check quoting of commas)",
                row=number,
            )
        rows.append(dict(zip(header, record)))
    return rows


def partial_date_bounds(text: str) -> tuple[dt.date, dt.date] | None:
    """First and last day of the period a ``YYYY[-MM[-DD]]`` string denotes; None if invalid."""
    match = PARTIAL_DATE.match(text)
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if day is not None:
            start = dt.date(year, month, day)
            return start, start
        if month is not None:
            start = dt.date(year, month, 1)
            following = dt.date(year + (month == 12), month % 12 + 1, 1)
            return start, following - dt.timedelta(days=1)
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:
        return None


def period_start(text: str):
    """First day of the period a partial date names, as a pandas Timestamp (plotting position)."""
    import pandas as pd

    return pd.Timestamp(partial_date_bounds(text)[0])


def period_covers(start: str | None, end: str | None, day) -> bool:
    """Whether a period from `start` to `end` (partial dates; None = open) includes `day`."""
    import pandas as pd

    day = pd.Timestamp(day)
    after_start = start is None or pd.Timestamp(partial_date_bounds(start)[0]) <= day
    before_end = end is None or day <= pd.Timestamp(partial_date_bounds(end)[1])
    return after_start and before_end


def precision_of(text: str) -> str:
    """'day', 'month' or 'year' for a valid partial date string."""
    return {10: "day", 7: "month", 4: "year"}[len(text)]


def _parse_scalar(kind: str, text: str) -> Any:
    """Convert one non-missing cell to its Table Schema type; raise ValueError if impossible."""
    if kind == "string":
        return text
    if kind == "integer":
        if not re.fullmatch(r"-?\d+", text):
            raise ValueError("not an integer")
        return int(text)
    if kind == "number":
        if not re.fullmatch(r"-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?", text):
            raise ValueError("not a number (use a dot for decimals, no thousands separator)")
        value = float(text)
        if not math.isfinite(value):
            raise ValueError("not a finite number")
        return value
    if kind == "boolean":
        if text not in ("true", "false"):
            raise ValueError("not a boolean (true or false)")
        return text == "true"
    if kind == "date":
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError("not an ISO date YYYY-MM-DD")
        return dt.date.fromisoformat(text)
    if kind == "year":
        if not re.fullmatch(r"\d{4}", text):
            raise ValueError("not a four-digit year")
        return int(text)
    raise ValueError(f"unsupported field type {kind!r}")


def _check_constraints(field: dict, value: Any, fail: Callable[[str, str], None]) -> None:
    constraints = field.get("constraints", {})
    if "enum" in constraints and value not in constraints["enum"]:
        fail("enum", f"must be one of: {', '.join(map(str, constraints['enum']))}")
    if "pattern" in constraints and isinstance(value, str):
        if not re.fullmatch(constraints["pattern"], value):
            fail("pattern", f"does not match the pattern {constraints['pattern']}")
    if "minimum" in constraints and value < constraints["minimum"]:
        fail("minimum", f"must be at least {constraints['minimum']}")
    if "maximum" in constraints and value > constraints["maximum"]:
        fail("maximum", f"must be at most {constraints['maximum']}")
    if "minLength" in constraints and len(value) < constraints["minLength"]:
        fail("minLength", f"must be at least {constraints['minLength']} characters")
    if "maxLength" in constraints and len(value) > constraints["maxLength"]:
        fail("maxLength", f"must be at most {constraints['maxLength']} characters")


def parse_cell(field: dict, text: str, fail: Callable[[str, str], None]) -> Any:
    """Type and constrain one cell. Missing cells are None (after the required check)."""
    constraints = field.get("constraints", {})
    if text == MISSING:
        if constraints.get("required"):
            fail("required", "a value is required")
        return None
    if text != text.strip():
        fail("whitespace", "leading or trailing spaces")
    kind = field.get("type", "string")
    if kind == "list":
        delimiter = field.get("delimiter", ",")
        items = text.split(delimiter)
        if any(item == "" or item != item.strip() for item in items):
            fail("list", f"empty or padded item in a '{delimiter}'-separated list")
        if len(set(items)) != len(items):
            fail("list", "the same item appears twice in the list")
        parsed = []
        for item in items:
            try:
                parsed.append(_parse_scalar(field.get("itemType", "string"), item))
            except ValueError as err:
                fail("type", f"list item {item!r} is {err}")
        for item in parsed:
            _check_constraints(field, item, fail)
        return parsed
    try:
        value = _parse_scalar(kind, text)
    except ValueError as err:
        fail("type", f"{err} (type {kind})")
    if field.get("x-partialDate") and partial_date_bounds(value) is None:
        fail("date", "not a real calendar date in the form YYYY, YYYY-MM or YYYY-MM-DD")
    _check_constraints(field, value, fail)
    return value


def _actor_problem(item: str, lookups: Lookups) -> str | None:
    """Why an actor item is unknown, or None if it is a country, organisation or person."""
    if item in lookups.countries or item in lookups.organisations:
        return None
    person, _, office = item.partition(":")
    if person not in lookups.people:
        if re.fullmatch(r"[A-Z]{3}", item):
            return "unknown country code (not in countries.csv)"
        return "unknown actor: not a country, an organisation or a person id of persons.csv"
    if office and office not in lookups.offices:
        return f"unknown office {office!r} after the person id"
    return None


def validate_rows(
    display: str,
    schema: dict,
    rows: list[dict[str, str]],
    lookups: Lookups,
    key_values: Callable[[str, str], set],
) -> list[dict[str, Any]]:
    """Type every cell and check every row-level rule; return typed rows (all or nothing)."""
    fields = schema["fields"]
    typed_rows: list[dict[str, Any]] = []
    unique_seen: dict[str, dict[Any, int]] = {f["name"]: {} for f in fields if f.get("constraints", {}).get("unique")}
    for number, row in enumerate(rows, start=1):
        typed: dict[str, Any] = {}
        for field in fields:
            name, text = field["name"], row[field["name"]]

            def fail(rule: str, message: str, _name: str = name, _text: str = text) -> None:
                raise DataValidationError(display, rule, message, row=number, column=_name, value=_text)

            value = parse_cell(field, text, fail)
            typed[name] = value
            if value is None:
                continue
            if name in unique_seen:
                if value in unique_seen[name]:
                    fail("unique", f"duplicates row {unique_seen[name][value]}")
                unique_seen[name][value] = number
            items = value if isinstance(value, list) else [value]
            if field.get("x-bibkeys"):
                for item in items:
                    if item not in lookups.bibkeys:
                        fail("source-key", f"source key {item!r} is not in references.bib")
            if field.get("x-actors"):
                for item in items:
                    problem = _actor_problem(item, lookups)
                    if problem:
                        fail("actor", f"{item!r}: {problem}")
            for ref in field.get("x-references", []):
                allowed = key_values(ref["resource"], ref["field"]) | set(ref.get("extra", []))
                for item in items:
                    if item not in allowed:
                        fail("foreign-key", f"{item!r} not found in {ref['resource']}.{ref['field']}")
        for field in fields:
            _check_row_rules(display, field, typed, row, number)
        typed_rows.append(typed)
    _check_primary_key(display, schema, typed_rows, rows)
    return typed_rows


def _check_row_rules(display: str, field: dict, typed: dict, row: dict, number: int) -> None:
    name = field["name"]
    other = field.get("x-notBefore")
    if other and typed.get(name) and typed.get(other):
        later, earlier = partial_date_bounds(typed[name]), partial_date_bounds(typed[other])
        # Compare at the coarser of the two precisions: 1954 is not before 1954-03-12.
        if later[1] < earlier[0]:
            raise DataValidationError(
                display, "date-order", f"is earlier than '{other}' ({row[other]})",
                row=number, column=name, value=row[name],
            )
    dated = field.get("x-matchesPrecision")
    if dated and typed.get(name) and typed.get(dated):
        if precision_of(typed[dated]) != typed[name]:
            raise DataValidationError(
                display, "date-precision",
                f"says {typed[name]!r} but '{dated}' is {row[dated]!r} ({precision_of(typed[dated])} precision)",
                row=number, column=name, value=row[name],
            )


def _check_primary_key(display: str, schema: dict, typed_rows: list[dict], rows: list[dict]) -> None:
    key = schema.get("primaryKey")
    if not key:
        return
    key = [key] if isinstance(key, str) else key
    seen: dict[tuple, int] = {}
    for number, typed in enumerate(typed_rows, start=1):
        value = tuple(typed[k] for k in key)
        if any(v is None for v in value):
            raise DataValidationError(display, "primary-key", "primary key field is empty",
                                      row=number, column=",".join(key))
        if value in seen:
            raise DataValidationError(
                display, "primary-key", f"duplicate primary key (first used in row {seen[value]})",
                row=number, column=",".join(key), value=",".join(rows[number - 1][k] for k in key),
            )
        seen[value] = number


def check_foreign_keys(
    display: str, schema: dict, typed_rows: list[dict], rows: list[dict], key_values: Callable[[str, str], set]
) -> None:
    """Standard Table Schema foreign keys (single field, empty values skipped)."""
    for fk in schema.get("foreignKeys", []):
        fields = [fk["fields"]] if isinstance(fk["fields"], str) else fk["fields"]
        ref = fk["reference"]
        ref_fields = [ref["fields"]] if isinstance(ref["fields"], str) else ref["fields"]
        if len(fields) != 1:
            raise NotImplementedError("only single-field foreign keys are used in this book")
        allowed = key_values(ref["resource"], ref_fields[0])
        for number, typed in enumerate(typed_rows, start=1):
            value = typed[fields[0]]
            if value is not None and value not in allowed:
                raise DataValidationError(
                    display, "foreign-key",
                    f"not found in {ref['resource'] or 'this table'}.{ref_fields[0]}",
                    row=number, column=fields[0], value=rows[number - 1][fields[0]],
                )


def field_names(schema: dict) -> list[str]:
    return [f["name"] for f in schema["fields"]]


def iter_fields(descriptor: dict) -> Iterable[tuple[str, dict]]:
    for resource in descriptor["resources"]:
        for field in resource["schema"]["fields"]:
            yield resource["name"], field
