"""The claims table: covers every seed article, fixed verdicts, sourced, verbatim short quotes."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT

import perumex
from perumex.claims import VERDICTS

SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture(scope="module")
def claims():
    return perumex.load("claims")


def seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


def test_at_least_80_claims_and_only_fixed_verdicts(claims):
    assert len(claims) >= 80
    assert set(claims["verdict"]) <= set(VERDICTS)


def test_every_verdict_but_opinion_has_a_source(claims):
    judged = claims[claims["verdict"] != "opinion"]
    missing = judged[judged["sources"].map(len) == 0]
    assert missing.empty, list(missing["id"])


def test_quotes_are_at_most_25_words(claims):
    long = claims[claims["quote"].str.split().map(len) > 25]
    assert long.empty, list(long["id"])


def test_wrong_claims_state_the_correct_fact(claims):
    wrong = claims[claims["verdict"].isin(["contradicted", "outdated", "partly correct"])]
    assert wrong["correct_fact"].notna().all()


@pytest.mark.skipif(not SEEDS.is_dir(), reason=f"seed articles not available at {SEEDS} (kept outside the project)")
def test_claims_cover_every_seed_article(claims):
    assert {p.name for p in seed_files()} == set(claims["article"])


@pytest.mark.skipif(not SEEDS.is_dir(), reason=f"seed articles not available at {SEEDS} (kept outside the project)")
def test_quotes_are_verbatim(claims):
    texts = {p.name: p.read_text(encoding="utf-8") for p in seed_files()}
    not_found = [row.id for row in claims.itertuples() if row.quote not in texts[row.article]]
    assert not not_found, not_found


def test_evidence_references_resolve_and_cover_most_verdicts(claims):
    from perumex.claims import linked_share, unresolved_evidence

    assert unresolved_evidence() == []
    assert linked_share() > 0.8
    assert (claims[claims["verdict"] == "opinion"]["evidence"].map(len) == 0).all()
