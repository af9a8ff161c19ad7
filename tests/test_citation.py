"""The book is citable: CITATION.cff is valid and agrees with the package and the How-to-cite page."""

from __future__ import annotations

import json

import jsonschema
import yaml
from conftest import ROOT
from pybtex.database import parse_string

import perumex
from perumex.citation import bibtex_entry, read_citation


def test_citation_cff_is_valid_cff_1_2_0():
    # Schema vendored from citation-file-format 1.2.0 (via cffconvert 2.0.0), so the check runs offline.
    schema = json.loads((ROOT / "tests" / "schemas" / "cff-1.2.0.schema.json").read_text(encoding="utf-8"))
    meta = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    meta["date-released"] = str(meta["date-released"])  # YAML parses dates; the schema wants strings
    jsonschema.validate(meta, schema, format_checker=jsonschema.FormatChecker())


def test_citation_version_matches_package():
    assert str(read_citation()["version"]) == perumex.__version__


def test_bibtex_entry_parses_and_carries_version_and_date():
    entry = parse_string(bibtex_entry(), "bibtex").entries
    (key, item), = entry.items()
    meta = read_citation()
    assert item.fields["version"] == perumex.__version__
    assert item.fields["date"] == str(meta["date-released"])
    assert meta["title"] in item.fields["title"]


def test_how_to_cite_page_is_generated_from_citation_cff():
    text = (ROOT / "book" / "how-to-cite.md").read_text(encoding="utf-8")
    assert "bibtex_entry()" in text and "plain_citation()" in text
