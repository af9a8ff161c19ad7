"""The book's real data: complete where the chapters promise it, consistent across tables."""

from __future__ import annotations

import frictionless
import pandas as pd
import pycountry
import pytest
from conftest import ROOT

import perumex
from perumex import history
from perumex.sources import load_sources
from perumex.validate import partial_date_bounds


@pytest.fixture(scope="module")
def tables():
    return perumex.load_all()


def test_reference_implementation_agrees_the_package_is_valid():
    report = frictionless.validate(str(ROOT / "data" / "datapackage.json"))
    problems = [(t.name, e.note) for t in report.tasks for e in t.errors][:5]
    assert report.valid, problems


def test_every_source_key_of_every_table_is_in_the_bibliography(tables):
    keys = set(load_sources())
    used = {k for t in tables.values() if "sources" in t for ks in t["sources"] for k in ks}
    assert used and used <= keys


# --- History (issue 3) -------------------------------------------------------------------

def test_events_count_and_period_coverage(tables):
    events = tables["events"]
    main = events[events["version_of"].isna()]
    assert len(main) >= 90
    years = main["date"].str[:4].astype(int)
    required = {1930: "Estrada Doctrine", 1932: "first rupture", 1933: "restoration", 1939: "Spanish refugees",
                1949: "Haya de la Torre asylum", 1951: "ICJ Haya judgment", 1954: "Haya leaves", 1973: "Chile",
                2019: "Evo Morales / Bolivia PNG", 2022: "Castillo crisis", 2023: "downgrade", 2024: "visas",
                2025: "rupture", 2026: "after the rupture"}
    missing = {y: what for y, what in required.items() if y not in set(years)}
    assert not missing, missing
    for kind in ("rupture", "restoration", "downgrade", "persona-non-grata", "expulsion", "asylum", "safe-conduct",
                 "protecting-power", "visa", "raid", "court-ruling", "government-change", "election", "oas"):
        assert kind in set(main["type"]), kind


def test_every_change_of_peruvian_head_of_state_2022_2026_is_an_event(tables):
    changes = tables["events"][tables["events"]["type"] == "government-change"]
    for fragment in ("Boluarte", "Jerí", "Balcázar"):
        assert changes["summary"].str.contains(fragment).any(), fragment


def test_no_event_names_an_office_holder_outside_their_term():
    problems = history.office_violations()
    assert problems.empty, problems.to_string()


def test_office_terms_are_ordered_and_do_not_overlap(tables):
    people = tables["people"]
    for (country, office), terms in people.groupby(["country", "office"]):
        if office not in ("president", "foreign-minister"):
            continue
        dated = terms.dropna(subset=["start"]).sort_values("start")
        previous_end = None
        for term in dated.itertuples():
            start = partial_date_bounds(term.start)[1]  # latest day the start could be
            if previous_end is not None:
                # A handover may share its day; a later term must not start before the earlier ended.
                assert start >= previous_end, (country, office, term.term_id)
            previous_end = partial_date_bounds(term.end)[0] if pd.notna(term.end) else None  # earliest end


def test_versions_point_to_a_main_event(tables):
    events = tables["events"]
    versions = events[events["version_of"].notna()]
    main_ids = set(events[events["version_of"].isna()]["id"])
    assert set(versions["version_of"]) <= main_ids


def test_key_events_and_phases_exist_and_are_ordered():
    assert len(history.key_events_table()) == len(history.KEY_EVENTS)
    bounds = history.phase_bounds()
    assert bounds["begins"].is_monotonic_increasing


def test_countries_are_valid_iso_codes(tables):
    for code in tables["countries"]["iso3"]:
        assert pycountry.countries.get(alpha_3=code) is not None, code


# --- Data dictionary (issue 7) ------------------------------------------------------------

def test_data_dictionary_matches_datapackage(tables):
    import json

    from perumex.dictionary import fields_of, tables_overview

    descriptor = json.loads((ROOT / "data" / "datapackage.json").read_text(encoding="utf-8"))
    overview = tables_overview().set_index("table")
    assert list(overview.index) == [r["name"] for r in descriptor["resources"]]
    for resource in descriptor["resources"]:
        assert overview.loc[resource["name"], "rows"] == len(tables[resource["name"]])
        assert list(fields_of(resource["name"])["field"]) == [f["name"] for f in resource["schema"]["fields"]]
