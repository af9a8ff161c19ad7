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
    errors = claims[claims["verdict"].isin(["contradicted", "outdated"])].set_index("id")
    errors["book rows"] = evidence_links()[errors.index].map(lambda links: ", ".join(links[:4]) or "—")
    return errors.reset_index()[["article", "quote", "verdict", "correct_fact", "book rows", "sources"]]


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


LINKED_TABLES = ("events", "provisions", "cases", "stances", "ruptures", "trade", "treaty_status", "people")


def evidence_links() -> pd.Series:
    """For each claim, the rows of the book's own tables that cite one of the claim's sources.

    This ties a verdict to the tables it rests on (by row id) without a second, hand-kept list.
    """
    index: dict[str, list[str]] = {}
    for name in LINKED_TABLES:
        table = load(name)
        key = "id" if "id" in table else ("term_id" if "term_id" in table else None)
        for position, row in table.iterrows():
            row_id = row[key] if key else f"{row['treaty']}:{row['state']}:{row['variant']}"
            for source in row["sources"]:
                index.setdefault(source, []).append(f"{name}:{row_id}")
    claims = load("claims")
    links = [sorted({link for source in sources for link in index.get(source, [])}) for sources in claims["sources"]]
    return pd.Series(links, index=claims["id"], name="book rows")


def linked_share() -> float:
    """Share of judged claims (not opinions) whose verdict is tied to at least one table row."""
    claims = load("claims").set_index("id")
    links = evidence_links()
    judged = claims[claims["verdict"] != "opinion"].index
    return float((links[judged].map(len) > 0).mean())
