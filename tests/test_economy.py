"""Economic data: every value sourced with a basis, no blending, shocks dated from events."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT

import perumex
from perumex import economy


@pytest.fixture(scope="module")
def trade():
    return perumex.load("trade")


def test_every_value_has_source_basis_and_compiler(trade):
    assert (trade["sources"].map(len) > 0).all()
    assert trade["basis"].notna().all() and trade["compiler"].notna().all()


def test_no_year_has_two_figures_from_the_same_reporter_and_source(trade):
    keys = trade.assign(source=trade["sources"].map(";".join))
    duplicated = keys.duplicated(["year", "month", "scope", "reporter", "partner", "flow", "source"], keep=False)
    assert not duplicated.any(), keys[duplicated][["id"]].to_string()


def test_no_interpolated_values(trade):
    """Every value is one read in a source: each row's note records the original wording or unit."""
    for row in trade.itertuples():
        assert len(row.sources) > 0
        assert not re.search(r"interpolat|estimat|imput", str(row.note), re.I), row.id


def test_growth_is_only_computed_within_one_series():
    growth = economy.same_series_growth(economy.annual_trade())
    annual = economy.annual_trade()
    for row in growth.itertuples():
        series = annual[(annual["reporter"] == row.reporter) & (annual["partner"] == row.partner)
                        & (annual["flow"] == row.flow) & (annual["compiler"] == row.compiler)]
        values = series.set_index("year")["value_usd_millions"]
        assert values[row.year] == row.value and values[row.year - 1] == row.previous


def test_shares_reconcile_with_their_components():
    for row in economy.shares().itertuples():
        bilateral = float(row._4.split(" (")[0].replace(",", ""))
        world = float(row._5.split(" (")[0].replace(",", ""))
        assert abs(100 * bilateral / world - row._6) < 0.01


def test_shocks_are_dated_from_the_events_table():
    events = perumex.load("events").set_index("id")
    for shock in economy.shock_dates().itertuples():
        assert shock.date == events.loc[shock.event, "date"]
    source = (ROOT / "perumex" / "economy.py").read_text(encoding="utf-8")
    shocks_block = source[source.index("SHOCKS = {"):source.index("}", source.index("SHOCKS = {"))]
    assert not re.search(r"\d{4}-\d{2}-\d{2}", shocks_block)
