"""Regional data and graphs: complete country list, sourced edges, consistent date ranges."""

from __future__ import annotations

import re

import pandas as pd
import pycountry
import pytest

import perumex
from perumex import graphs
from perumex.validate import partial_date_bounds

CELAC_PLUS = {"ATG", "ARG", "BHS", "BRB", "BLZ", "BOL", "BRA", "CHL", "COL", "CRI", "CUB", "DMA", "DOM", "ECU",
              "SLV", "GRD", "GTM", "GUY", "HTI", "HND", "JAM", "MEX", "NIC", "PAN", "PRY", "PER", "KNA", "LCA",
              "VCT", "SUR", "TTO", "URY", "VEN", "USA", "CAN"}


@pytest.fixture(scope="module")
def tables():
    return perumex.load_all()


def test_country_list_is_complete_and_codes_valid(tables):
    countries = tables["countries"]
    in_scope = set(countries[countries["in_scope"]]["iso3"])
    assert in_scope == CELAC_PLUS
    assert all(pycountry.countries.get(alpha_3=c) for c in countries["iso3"])


def test_every_stance_has_a_source(tables):
    assert (tables["stances"]["sources"].map(len) > 0).all()


def test_every_rupture_edge_comes_from_sourced_rows(tables):
    rows = tables["ruptures"].set_index("id")
    graph = graphs.rupture_graph("2008-01-01")
    assert graph.number_of_edges() > 20
    for u, v, data in graph.edges(data=True):
        assert data["rows"], (u, v)
        for row_id in data["rows"]:
            row = rows.loc[row_id]
            assert (row["from_state"], row["to_state"], row["type"]) == (u, v, data["type"])
            assert len(row["sources"]) > 0


def test_every_alignment_edge_comes_from_sourced_rows(tables):
    graph = graphs.alignment_graph("2025-12-03")
    stances = tables["stances"].set_index("id")
    steps = tables["initiative"].set_index("id")
    for u, v, data in graph.edges(data=True):
        assert data["rows"], (u, v)
        if data["kind"] == "bloc":
            for bloc in data["blocs"]:
                assert {u, v} <= graphs.members_on(bloc, "2025-12-03")
        else:
            for row_id in data["rows"]:
                source_row = stances.loc[row_id] if row_id in stances.index else steps.loc[row_id]
                assert len(source_row["sources"]) > 0


def _ranges(frame: pd.DataFrame) -> list[tuple]:
    out = []
    for row in frame.itertuples():
        if pd.isna(row.start):
            continue
        start = partial_date_bounds(row.start)[1]
        end = partial_date_bounds(row.end)[0] if pd.notna(row.end) else None
        out.append((start, end, row))
    return sorted(out, key=lambda r: r[0])


def _is_variant(row) -> bool:
    """Rows that record another source's version carry VARIANT, DISAGREEMENT or CONTESTED in their note."""
    return bool(re.search(r"variant|disagreement|contested", str(row.note), re.I))


def test_membership_periods_do_not_overlap(tables):
    memberships = tables["memberships"]
    for (iso3, bloc), group in memberships.groupby(["iso3", "bloc"]):
        # Sources that disagree on a date are kept as separate rows with a note; compare one
        # status at a time, and allow the same start recorded twice.
        for status, rows in group.groupby("status"):
            ranges = _ranges(rows)
            for (s1, e1, r1), (s2, e2, r2) in zip(ranges, ranges[1:]):
                if s1 == s2 or _is_variant(r1) or _is_variant(r2):
                    continue
                assert e1 is not None and e1 <= s2, (iso3, bloc, status, r1.start, r2.start)


def test_orientation_terms_of_one_classifier_do_not_overlap(tables):
    orientations = tables["orientations"]
    for (iso3, classifier), group in orientations.groupby(["iso3", "classifier"]):
        ranges = _ranges(group)
        for (s1, e1, r1), (s2, e2, r2) in zip(ranges, ranges[1:]):
            if r1.head == r2.head or s1 == s2:
                continue  # the same term recorded with two start dates (sources disagree)
            assert e1 is not None and e1 <= s2, (iso3, classifier, r1.head, r2.head)
