"""Legal tables: signatories covered, dates ordered, articles cited in the chapter exist."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT

import perumex
from perumex import legal


@pytest.fixture(scope="module")
def status():
    return perumex.load("treaty_status")


def test_caracas_has_20_signatories_and_14_parties(status):
    # 20 signatories and 14 parties per the depositary compilations (see the legal chapter).
    caracas = status[status["treaty"] == "caracas-1954"]
    assert caracas["state"].nunique() == 20
    parties = caracas.groupby("state")["consent"].apply(lambda s: s.notna().any())
    assert parties.sum() == 14
    assert {"PER", "MEX"} <= set(parties[parties].index)


def test_havana_signatories_have_rows(status):
    assert status[status["treaty"] == "havana-1928"]["state"].nunique() == 21


def test_signature_precedes_consent_and_denunciation_follows(status):
    # The loader enforces x-notBefore; this checks the rule is declared on the real descriptor.
    import json

    fields = {f["name"]: f for r in json.loads((ROOT / "data" / "datapackage.json").read_text())["resources"]
              if r["name"] == "treaty_status" for f in r["schema"]["fields"]}
    assert fields["consent"]["x-notBefore"] == "signature"
    assert fields["denunciation"]["x-notBefore"] == "consent"
    dated = status.dropna(subset=["signature", "consent"])
    assert (dated["consent"].str[:4] >= dated["signature"].str[:4]).all()


def test_every_article_cited_in_the_chapter_exists_in_provisions():
    text = (ROOT / "book" / "legal.md").read_text(encoding="utf-8")
    cited = set(re.findall(r"(Caracas|Montevideo|Vienna|Havana)\s+Art\.\s+([IVXL]+|\d+)(?:[–-]([IVXL]+))?", text))
    provisions = set(perumex.load("provisions")["id"])
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
    assert cited
    for treaty, first, last in cited:
        articles = roman[roman.index(first):roman.index(last) + 1] if last else [first]
        for article in articles:
            assert f"{treaty.lower()}-{article}" in provisions, f"{treaty} Art. {article}"


def test_argument_map_points_to_existing_provisions():
    provisions = set(perumex.load("provisions")["id"])
    for _, ids in legal.ARGUMENTS:
        assert set(ids) <= provisions


# The articles the legal issue names as deciding the case: each must be a row of provisions.
REQUIRED_ARTICLES = ([f"caracas-{a}" for a in ("I", "II", "III", "IV", "V", "VI", "VII", "IX", "XI", "XII",
                                               "XVII", "XVIII", "XIX", "XX")]
                     + ["montevideo-2", "montevideo-4", "vienna-9", "vienna-22", "vienna-41", "vienna-45"])


def test_provisions_cover_the_articles_at_issue():
    provisions = set(perumex.load("provisions")["id"])
    assert not set(REQUIRED_ARTICLES) - provisions, sorted(set(REQUIRED_ARTICLES) - provisions)


def test_an_article_without_text_is_shown_as_a_gap():
    table = legal.provisions_table()
    assert table["summary"].notna().all()
    gaps = table[table["summary"] == legal.TEXT_NOT_FOUND]
    # Every gap is a row whose summary is empty in the data, and nothing else is marked as one.
    raw = perumex.load("provisions").set_index("id")["summary"]
    assert set(gaps["id"]) == set(raw[raw.isna()].index)


def test_vienna_status_for_both_protagonists(status):
    vienna = status[(status["treaty"] == "vienna-1961") & (status["variant"] == 1)].set_index("state")
    assert vienna.loc["MEX", "consent_type"] == "ratification" and vienna.loc["MEX", "consent"] == "1965-06-16"
    assert vienna.loc["PER", "consent_type"] == "accession" and vienna.loc["PER", "consent"] == "1968-12-18"


# Delegations named in Mexico's 1936 promulgation text of the Montevideo Convention, the only
# plenipotentiary list read (it is cut off after Uruguay; see the legal chapter).
MONTEVIDEO_NAMED = {"HND", "USA", "SLV", "DOM", "HTI", "ARG", "VEN", "URY", "MEX"}


def test_montevideo_named_delegations_have_rows(status):
    montevideo = status[status["treaty"] == "montevideo-1933"]
    assert MONTEVIDEO_NAMED <= set(montevideo["state"])


def test_disputed_signature_is_shown_as_disputed():
    # The United States is named in the preamble (variant 1) but a US bulletin says its delegates
    # were not instructed to sign (variant 2): the matrix must show the dispute, not a signature.
    matrix = legal.status_matrix().reset_index().set_index("state")
    assert matrix.loc["USA", "montevideo-1933"] == "signature disputed"
    assert matrix.loc["PER", "havana-1928"] == "party, date not found"
