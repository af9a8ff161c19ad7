"""Claims chapter: what five press articles got right and wrong, from the claims table."""

from __future__ import annotations

import pandas as pd

from perumex.figures import new_figure
from perumex.tables import load

VERDICTS = ("confirmed", "partly correct", "outdated", "contradicted", "unsupported", "opinion")
VERDICT_COLOURS = dict(zip(VERDICTS, ("#009E73", "#56B4E9", "#E69F00", "#D55E00", "#999999", "#DDDDDD")))
SERIOUS = ("contradicted", "outdated", "partly correct")


def verdict_counts(by: str = "article") -> pd.DataFrame:
    claims = load("claims")
    table = pd.crosstab(claims[by], claims["verdict"]).reindex(columns=list(VERDICTS), fill_value=0)
    table["total"] = table.sum(axis=1)
    return table


def verdict_figure():
    by_article, by_topic = verdict_counts("article"), verdict_counts("topic")
    fig, axes = new_figure(9.0, 4.6, nrows=1, ncols=2)
    for ax, table, title in ((axes[0], by_article, "by article"), (axes[1], by_topic, "by topic")):
        left = pd.Series(0, index=table.index)
        labels = [str(i)[:3] if title == "by article" else str(i) for i in table.index]
        for verdict in VERDICTS:
            ax.barh(labels, table[verdict], left=left, color=VERDICT_COLOURS[verdict], label=verdict,
                    edgecolor="white", linewidth=0.5)
            left = left + table[verdict]
        ax.invert_yaxis()
        ax.set_title(f"Verdicts {title}")
        ax.set_xlabel("claims")
    axes[1].legend(fontsize=7, loc="lower right")
    data = pd.concat([by_article.reset_index().rename(columns={"article": "group"}).assign(grouping="article"),
                      by_topic.reset_index().rename(columns={"topic": "group"}).assign(grouping="topic")])
    return fig, data


def errors_table() -> pd.DataFrame:
    """Claims judged contradicted or outdated: what was said, and the record."""
    claims = load("claims")
    errors = claims[claims["verdict"].isin(["contradicted", "outdated"])].copy()
    errors["book rows"] = errors["evidence"].map(lambda links: ", ".join(links[:4]) or "—")
    return errors[["article", "quote", "verdict", "correct_fact", "book rows", "sources"]]


def partly_table() -> pd.DataFrame:
    claims = load("claims")
    partly = claims[claims["verdict"] == "partly correct"]
    return partly[["article", "claim", "correct_fact", "sources"]]


def unsupported_table() -> pd.DataFrame:
    claims = load("claims")
    return claims[claims["verdict"] == "unsupported"][["article", "quote", "note"]]


def articles_table() -> pd.DataFrame:
    claims = load("claims")
    return claims.groupby("article").agg(outlet=("outlet", "first"), date=("article_date", "first"),
                                         claims=("id", "count")).reset_index()


# How a row of each table is named in an evidence reference ("table:key").
ROW_KEYS = {
    "treaty_status": ("treaty", "state", "variant"),
    "memberships": ("iso3", "bloc", "start"),
    "orientations": ("iso3", "start"),
    "people": ("term_id",),
    "persons": ("person_id",),
    "countries": ("iso3",),
}


def row_keys(table: str) -> set[str]:
    """Every reference a row of `table` can be cited by in `claims.evidence`."""
    frame = load(table)
    columns = ROW_KEYS.get(table, ("id",))
    return {":".join(str(row[c]) for c in columns) for _, row in frame.iterrows()}


def unresolved_evidence() -> list[str]:
    """Evidence references of the claims table that name no existing row."""
    claims = load("claims")
    cache: dict[str, set[str]] = {}
    missing = []
    for claim in claims.itertuples():
        for reference in claim.evidence:
            table, _, key = reference.partition(":")
            if table not in cache:
                try:
                    cache[table] = row_keys(table)
                except Exception:  # an unknown table name is itself an unresolved reference
                    cache[table] = set()
            if key not in cache[table]:
                missing.append(f"{claim.id}: {reference}")
    return missing


def linked_share() -> float:
    """Share of judged claims (not opinions) whose verdict names at least one row of the book's tables."""
    claims = load("claims")
    judged = claims[claims["verdict"] != "opinion"]
    return float((judged["evidence"].map(len) > 0).mean())
