"""The data module: typed tables from a valid package, and one precise error for each fault."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pandas as pd
import pytest
from conftest import edit_cell, write_table

from perumex.tables import load, load_all
from perumex.validate import DataValidationError, partial_date_bounds


def _load(data: Path):
    return load_all(data, data.parent / "references.bib")


def test_valid_package_loads_typed_frames(mini_package):
    tables = _load(mini_package)
    events = tables["events"]
    assert list(events["id"]) == ["E20250101-first", "E2021-second"]
    assert events["actors"].iloc[1] == ["test-person:president", "OAS"]
    assert events["sources"].iloc[1] == ["testwire20250101one", "testgov2024two"]
    assert str(events["summary"].dtype) == "string"
    trade = tables["trade"]
    assert trade["value_usd_millions"].iloc[0] == 12.5
    assert str(trade["value_usd_millions"].dtype) == "Float64"
    assert str(trade["year"].dtype) == "Int64"
    assert pd.isna(trade["month"].iloc[0])
    assert bool(tables["countries"]["in_scope"].iloc[0]) is True
    assert tables["treaty_status"]["variant"].iloc[0] == 1


def test_load_one_table_by_name(mini_package):
    countries = load("countries", mini_package, mini_package.parent / "references.bib")
    assert set(countries["iso3"]) == {"PER", "MEX"}


def _edit_cell(data: Path, file: str, row: int, column: str, value: str) -> None:
    edit_cell(data / file, row, column, value)


# Each case: how to break the package, then (file, row, column, rule) the error must name.
CELL_CASES = {
    "bad date": ("events.csv", 1, "date", "2025-02-30", "date"),
    "malformed date": ("events.csv", 1, "date", "3/11/2025", "date"),
    "unknown country code": ("trade.csv", 1, "reporter", "XYZ", "foreign-key"),
    "unknown country in actors": ("events.csv", 1, "actors", "PER;QQQ", "actor"),
    "unknown source key": ("events.csv", 2, "sources", "testwire20250101one;nosuch2025key", "source-key"),
    "duplicate id": ("events.csv", 2, "id", "E20250101-first", "unique"),
    "missing required field": ("events.csv", 1, "summary", "", "required"),
    "negative money": ("trade.csv", 1, "value_usd_millions", "-3.2", "minimum"),
    "number with comma": ("trade.csv", 1, "value_usd_millions", "1,460", "type"),
    "unknown enum value": ("events.csv", 1, "type", "coup", "enum"),
    "dangling foreign key": ("events.csv", 1, "version_of", "E19990101-nothing", "foreign-key"),
    "unknown person office": ("events.csv", 2, "actors", "test-person:king", "actor"),
    "precision disagrees with date": ("events.csv", 1, "date_precision", "month", "date-precision"),
    "ratification before signature": ("treaty_status.csv", 1, "consent", "1950-01-01", "date-order"),
    "unknown treaty": ("treaty_status.csv", 1, "treaty", "havana-1999", "foreign-key"),
    "padded value": ("events.csv", 1, "type", " statement", "whitespace"),
}


@pytest.mark.parametrize("case", sorted(CELL_CASES))
def test_bad_cell_names_file_row_column_value_rule(mini_package, case):
    file, row, column, value, rule = CELL_CASES[case]
    _edit_cell(mini_package, file, row, column, value)
    with pytest.raises(DataValidationError) as caught:
        _load(mini_package)
    err = caught.value
    assert (err.file, err.row, err.column, err.rule) == (f"data/{file}", row, column, rule), str(err)
    message = str(err)
    assert f"data/{file}" in message and f"row {row}" in message and column in message and rule in message
    if rule not in ("unique",):
        assert repr(value) in message


def test_duplicate_composite_primary_key(mini_package):
    write_table(mini_package, "treaty_status", [
        ["caracas-1954", "PER", "1", "1954-03-28", "1962-06-22", "ratification", "", "", "", "testgov2024two", ""],
        ["caracas-1954", "PER", "1", "1954-03-28", "1962-06-22", "ratification", "", "", "", "testgov2024two", ""],
    ])
    with pytest.raises(DataValidationError) as caught:
        _load(mini_package)
    assert caught.value.rule == "primary-key" and caught.value.row == 2


def test_malformed_csv_unclosed_quote(mini_package):
    path = mini_package / "events.csv"
    path.write_text(path.read_text(encoding="utf-8") + 'E20250102-x,"2025-01-02,day\n', encoding="utf-8")
    with pytest.raises(DataValidationError) as caught:
        _load(mini_package)
    assert caught.value.file == "data/events.csv"
    assert caught.value.rule in ("csv-syntax", "row-length")


def test_malformed_csv_wrong_cell_count(mini_package):
    path = mini_package / "countries.csv"
    path.write_text(path.read_text(encoding="utf-8") + "CHL,Chile,Chile\n", encoding="utf-8")
    with pytest.raises(DataValidationError) as caught:
        _load(mini_package)
    assert (caught.value.file, caught.value.row, caught.value.rule) == ("data/countries.csv", 3, "row-length")


def test_wrong_encoding_is_reported_with_line(mini_package):
    path = mini_package / "countries.csv"
    path.write_bytes(path.read_text(encoding="utf-8").encode("latin-1"))  # 'Perú' in Latin-1
    with pytest.raises(DataValidationError) as caught:
        _load(mini_package)
    assert caught.value.rule == "encoding" and caught.value.file == "data/countries.csv"
    assert "line 2" in str(caught.value)


def test_empty_file(mini_package):
    (mini_package / "trade.csv").write_bytes(b"")
    with pytest.raises(DataValidationError) as caught:
        _load(mini_package)
    assert (caught.value.file, caught.value.rule) == ("data/trade.csv", "not-empty")


def test_missing_file(mini_package):
    (mini_package / "people.csv").unlink()
    with pytest.raises(DataValidationError) as caught:
        _load(mini_package)
    assert (caught.value.file, caught.value.rule) == ("data/people.csv", "file-exists")


def test_wrong_header(mini_package):
    path = mini_package / "trade.csv"
    text = path.read_text(encoding="utf-8").replace("value_usd_millions", "value", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataValidationError) as caught:
        _load(mini_package)
    assert (caught.value.file, caught.value.rule) == ("data/trade.csv", "header")


def test_broken_bibliography_entry(mini_package):
    bib = mini_package.parent / "references.bib"
    bib.write_text(bib.read_text(encoding="utf-8").replace("kind = {wire}", "kind = {blog}"), encoding="utf-8")
    with pytest.raises(DataValidationError) as caught:
        _load(mini_package)
    assert caught.value.rule == "bib-kind" and "testwire20250101one" in str(caught.value)


def test_nothing_partial_is_returned(mini_package):
    """A fault in the last table stops the whole load: no earlier table comes back."""
    _edit_cell(mini_package, "trade.csv", 1, "basis", "DDP")
    result = None
    with pytest.raises(DataValidationError):
        result = _load(mini_package)
    assert result is None


def test_error_message_is_one_readable_line(mini_package):
    _edit_cell(mini_package, "events.csv", 1, "date", "2025-13-01")
    with pytest.raises(DataValidationError) as caught:
        _load(mini_package)
    message = str(caught.value)
    assert "\n" not in message
    assert re.search(r"data/events\.csv, row 1 \(line 2\), column 'date', value '2025-13-01'", message)


def test_partial_date_bounds():
    assert partial_date_bounds("2024") == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert partial_date_bounds("2024-02") == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert partial_date_bounds("2025-12") == (dt.date(2025, 12, 1), dt.date(2025, 12, 31))
    assert partial_date_bounds("2025-02-29") is None


def test_cli_validate_reports_error_and_exit_code(mini_package, monkeypatch, capsys):
    from perumex.__main__ import main

    monkeypatch.setenv("PERUMEX_DATA_DIR", str(mini_package))
    monkeypatch.setenv("PERUMEX_BIB", str(mini_package.parent / "references.bib"))
    assert main(["validate"]) == 0
    _edit_cell(mini_package, "events.csv", 1, "type", "coup")
    assert main(["validate"]) == 1
    assert "data/events.csv, row 1" in capsys.readouterr().err
