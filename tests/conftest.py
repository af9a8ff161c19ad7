"""Shared fixtures: the repository, and a small valid data package to break in tests."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent

# A tiny, clearly synthetic package (test fixtures, not facts of the book).
FIXTURE_BIB = """
@misc{testwire20250101one,
  title = {Test source one},
  howpublished = {Test Wire},
  date = {2025-01-01},
  url = {https://example.org/one},
  kind = {wire},
}
@misc{testgov2024two,
  title = {Test source two},
  howpublished = {Test Government},
  date = {2024},
  url = {https://example.org/two},
  kind = {official},
}
"""

FIXTURE_ROWS = {
    "countries": [
        ["PER", "Peru", "Perú", "south-america", "true", "testwire20250101one"],
        ["MEX", "Mexico", "México", "north-america", "true", "testwire20250101one"],
    ],
    "organisations": [["OAS", "Organization of American States", "Organización de los Estados Americanos",
                       "regional-organisation", "", "testgov2024two"]],
    "persons": [["test-person", "Test Person", "testgov2024two"]],
    "people": [["test-person-president-2020", "test-person", "PER", "president",
                "President of Peru", "2020-01-01", "2021-12-31", "testgov2024two"]],
    "events": [
        ["E20250101-first", "2025-01-01", "day", "PER;MEX", "statement", "A first test event.",
         "testwire20250101one", "high", "", ""],
        ["E2021-second", "2021", "year", "test-person:president;OAS", "other", "A second test event.",
         "testwire20250101one;testgov2024two", "medium", "", ""],
    ],
    "trade": [["T2024-PER-MEX-export-test", "2024", "", "PER", "MEX", "export", "12.5", "FOB", "Test",
               "goods, annual", "testgov2024two", ""]],
    "treaties": [["caracas-1954", "Convention on Diplomatic Asylum", "Convención sobre Asilo Diplomático",
                  "1954-03-28", "Caracas", "1954-12-29", "OAS", "testgov2024two"]],
    "treaty_status": [["caracas-1954", "PER", "1", "1954-03-28", "1962-06-22", "ratification", "", "", "", "testgov2024two", ""]],
}


def write_table(directory: Path, name: str, rows: list[list[str]]) -> None:
    descriptor = json.loads((directory / "datapackage.json").read_text(encoding="utf-8"))
    resource = next(r for r in descriptor["resources"] if r["name"] == name)
    header = [f["name"] for f in resource["schema"]["fields"]]
    with open(directory / resource["path"], "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def edit_cell(path: Path, row: int, column: str, value: str) -> None:
    """Set one cell of a CSV file (row 1 = first data row), leaving every other byte's meaning alone."""
    with open(path, newline="", encoding="utf-8") as handle:
        records = list(csv.reader(handle))
    records[row][records[0].index(column)] = value
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, lineterminator="\n").writerows(records)


@pytest.fixture
def mini_package(tmp_path: Path) -> Path:
    """A valid package with the real descriptor and a few synthetic rows; returns its data dir."""
    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(ROOT / "data" / "datapackage.json", data / "datapackage.json")
    descriptor = json.loads((data / "datapackage.json").read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        write_table(data, resource["name"], FIXTURE_ROWS.get(resource["name"], []))
    (tmp_path / "references.bib").write_text(FIXTURE_BIB, encoding="utf-8")
    return data


@pytest.fixture(scope="session")
def built() -> Path:
    """The real book, built once per test run with the README's command (`make book`)."""
    venv = Path(sys.prefix)
    (venv / ".installed").touch()  # this interpreter already has the pinned stack
    result = subprocess.run(["make", "--no-print-directory", "book", f"VENV={venv}"], cwd=ROOT,
                            capture_output=True, text=True, timeout=1800)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    return ROOT / "_build"


ARTEFACTS = ROOT / "_build" / "test-artifacts"
