"""History chapter: phases, timeline, office-holders and the escalation ladder, from the data.

Phase boundaries are event ids, not typed dates, so a corrected date in ``events.csv`` moves
the phase with it. Rows that are another source's version of an event (``version_of``) are
kept for the disagreement table and left out of counts and figures, so no event is counted
twice.
"""

from __future__ import annotations

from dataclasses import dataclass

import matplotlib.dates as mdates
import pandas as pd

from perumex.figures import MEXICO_COLOUR, NEUTRAL_COLOUR, PALETTE, PERU_COLOUR, new_figure
from perumex.tables import load
from perumex.validate import partial_date_bounds, period_start


@dataclass(frozen=True)
class Phase:
    key: str
    title: str
    starts_with: str  # event id that opens the phase
    ends_with: str | None  # event id that opens the next phase (None: still open)


PHASES = (
    Phase("doctrine", "Doctrine, first rupture and the asylum precedent", "E19300927-estrada-doctrine", "E19730911-santiago-embassy"),
    Phase("normal", "Normal relations and integration", "E19730911-santiago-embassy", "E20210728-castillo-inauguration"),
    Phase("castillo", "The Castillo presidency", "E20210728-castillo-inauguration", "E20221207-vacancy-vote"),
    Phase("crisis", "The December 2022 crisis and the first downgrades", "E20221207-vacancy-vote", "E20230224-downgrade"),
    Phase("charge", "Relations at chargé d'affaires level", "E20230224-downgrade", "E20251103-rupture"),
    Phase("rupture", "Rupture and after", "E20251103-rupture", None),
)

# The ladder of diplomatic steps, from words to the end of relations (bottom to top).
ESCALATION_STEPS = ("statement", "protest-note", "recall", "persona-non-grata", "expulsion", "downgrade", "rupture",
                    "protecting-power")

KEY_EVENTS = (
    "E19300927-estrada-doctrine", "E193205-rupture", "E19330523-restoration", "E19501120-icj-asylum-judgment",
    "E19540406-haya-departure", "E20120201-aic-in-force", "E20221207-vacancy-vote", "E20221207-castillo-arrest",
    "E20221215-recall-consultations", "E20221220-asylum-granted", "E20221220-monroy-png", "E20230224-downgrade",
    "E20230525-plenary-png", "E20230628-chile-ppt", "E20240405-quito-raid", "E20240506-visa-in-force",
    "E20250903-tc-habeas", "E20251010-jeri-sworn", "E20251103-asylum-granted", "E20251103-rupture",
    "E20251106-png-63-34-2", "E20251107-safeconduct-deferred", "E20251127-sentence", "E20251203-oas",
    "E20260125-brazil", "E20260218-balcazar-64", "E20260219-sheinbaum",
)


def _positioned_events() -> pd.DataFrame:
    """All events with `when`, the first day of the period each date names (plotting position)."""
    table = load("events")
    table["when"] = table["date"].map(period_start)
    return table


def events(include_versions: bool = False) -> pd.DataFrame:
    """Events with a plotting position (`when`) and their phase; versions dropped by default."""
    table = _positioned_events()
    if not include_versions:
        table = table[table["version_of"].isna()]
    table = table.sort_values(["when", "id"]).reset_index(drop=True)
    table["phase"] = assign_phases(table)
    return table


def phase_bounds(table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Each phase with the dates of the events that open and close it."""
    when = (_positioned_events() if table is None else table).set_index("id")["when"]
    rows = []
    for phase in PHASES:
        rows.append({
            "phase": phase.title,
            "key": phase.key,
            "begins": when[phase.starts_with],
            "ends": when[phase.ends_with] if phase.ends_with else pd.NaT,
        })
    return pd.DataFrame(rows)


def assign_phases(table: pd.DataFrame) -> pd.Series:
    bounds = phase_bounds(_positioned_events())
    labels = []
    for when in table["when"]:
        label = bounds["key"].iloc[0]
        for row in bounds.itertuples():
            if when >= row.begins:
                label = row.key
        labels.append(label)
    return pd.Series(labels, index=table.index)


def information_date() -> str:
    """Latest date of an event of medium or high confidence (weak and merely scheduled items are 'low')."""
    table = events()
    return table[table["confidence"] != "low"]["date"].iloc[-1]


def latest_bilateral_date() -> str:
    """Latest date of a medium- or high-confidence event involving both Peru and Mexico."""
    table = events()
    table = table[table["confidence"] != "low"]
    return table[_between_peru_and_mexico(table)]["date"].iloc[-1]


def heads_of_state_since(year: int) -> pd.DataFrame:
    """How many people held each country's presidency from `year` on (from the people table)."""
    people = load("people")
    presidents = people[(people["office"] == "president") & people["country"].isin(["PER", "MEX"])]
    end_year = presidents["end"].str[:4].astype("Int64")
    ended_before = (end_year < year).fillna(False).astype(bool)
    return presidents[~ended_before].groupby("country")["person_id"].nunique().rename("heads").reset_index()


def phase_counts() -> pd.DataFrame:
    table = events()
    counts = table.groupby("phase").size()
    bounds = phase_bounds()
    bounds["events"] = bounds["key"].map(counts).fillna(0).astype(int)
    return bounds


def disagreements() -> pd.DataFrame:
    """Every event reported differently by different sources: the main row and each version."""
    table = load("events")
    versions = table[table["version_of"].notna()]
    main = table.set_index("id")
    rows = []
    for main_id, group in versions.groupby("version_of", sort=True):
        rows.append({"event": main_id, "date": main.loc[main_id, "date"], "version": main.loc[main_id, "summary"],
                     "sources": main.loc[main_id, "sources"]})
        for row in group.itertuples():
            rows.append({"event": main_id, "date": row.date, "version": row.summary, "sources": row.sources})
    return pd.DataFrame(rows)


def key_events_table() -> pd.DataFrame:
    table = load("events").set_index("id")
    missing = [i for i in KEY_EVENTS if i not in table.index]
    if missing:
        raise KeyError(f"key events missing from events.csv: {missing}")
    chosen = table.loc[list(KEY_EVENTS)].reset_index()
    return chosen[["date", "type", "summary", "sources"]]


TYPE_GROUPS = {
    "asylum and safe-conduct": ("asylum", "safe-conduct"),
    "diplomatic steps": ("rupture", "restoration", "downgrade", "recall", "persona-non-grata", "expulsion",
                         "protecting-power", "protest-note", "raid"),
    "statements": ("statement",),
    "courts and justice": ("court-ruling", "judicial"),
    "government and elections": ("government-change", "election"),
    "treaties, blocs, OAS": ("treaty", "doctrine", "bloc", "oas"),
    "trade and visas": ("trade-measure", "visa"),
    "other": ("other",),
}


def type_group(kind: str) -> str:
    return next(group for group, kinds in TYPE_GROUPS.items() if kind in kinds)


def timeline_figure(since: str = "2021-07-01"):
    """Dated events since `since`, one row per group of event types, phases shaded."""
    table = events()
    table = table[table["when"] >= pd.Timestamp(since)].copy()
    table["group"] = table["type"].map(type_group)
    groups = list(TYPE_GROUPS)
    fig, ax = new_figure(9.0, 4.8)
    bounds = phase_bounds()
    shades = ("#F2F2F2", "#FFFFFF")
    for i, row in enumerate(bounds.itertuples()):
        start = max(row.begins, pd.Timestamp(since))
        end = row.ends if pd.notna(row.ends) else table["when"].max() + pd.Timedelta(days=30)
        if end <= pd.Timestamp(since):
            continue
        ax.axvspan(start, end, color=shades[i % 2], zorder=0)
        ax.text(start + (end - start) / 2, len(groups) - 0.35, row.key, ha="center", va="bottom", fontsize=8,
                color="#555555")
    for position, group in enumerate(groups):
        points = table[table["group"] == group]
        ax.scatter(points["when"], [position] * len(points), s=22, color=PALETTE[position % len(PALETTE)],
                   zorder=3, alpha=0.85)
    ax.set_yticks(range(len(groups)), groups)
    ax.set_ylim(-0.6, len(groups) + 0.2)
    ax.invert_yaxis()
    ax.xaxis.set_major_locator(mdates.YearLocator())
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.set_title("Peru–Mexico events since mid-2021, by kind and phase")
    ax.grid(axis="y", visible=False)
    data = table[["id", "date", "type", "group", "phase"]].reset_index(drop=True)
    return fig, data


OFFICE_ROWS = (
    ("PER", "president", "Peru: president"),
    ("PER", "foreign-minister", "Peru: foreign minister"),
    ("MEX", "president", "Mexico: president"),
    ("MEX", "foreign-minister", "Mexico: foreign secretary"),
)


def office_terms(since: str = "2018-01-01", until: str | None = None) -> pd.DataFrame:
    """Terms of presidents and foreign ministers of both countries overlapping the window."""
    people = load("people")
    persons = load("persons").set_index("person_id")["name"]
    until_ts = pd.Timestamp(until) if until else events()["when"].max()
    rows = []
    for country, office, label in OFFICE_ROWS:
        terms = people[(people["country"] == country) & (people["office"] == office)]
        for term in terms.itertuples():
            if pd.isna(term.start):
                continue
            start = period_start(term.start)
            end = period_start(term.end) if pd.notna(term.end) else until_ts
            if end < pd.Timestamp(since) or start > until_ts:
                continue
            rows.append({"row": label, "person": persons[term.person_id], "start": term.start,
                         "end": term.end if pd.notna(term.end) else "", "bar_start": max(start, pd.Timestamp(since)),
                         "bar_end": end, "open_end": pd.isna(term.end), "sources": term.sources})
    return pd.DataFrame(rows)


def office_holders_figure(since: str = "2018-01-01"):
    terms = office_terms(since)
    marks = events().set_index("id").loc[["E20221207-vacancy-vote", "E20221220-monroy-png", "E20230224-downgrade",
                                          "E20251103-rupture", "E20260125-brazil"], ["when", "type"]]
    labels = [label for _, _, label in OFFICE_ROWS]
    fig, ax = new_figure(9.0, 3.6)
    for position, label in enumerate(labels):
        rows = terms[terms["row"] == label]
        colour = PERU_COLOUR if label.startswith("Peru") else MEXICO_COLOUR
        for i, term in enumerate(rows.itertuples()):
            ax.barh(position, (term.bar_end - term.bar_start).days, left=term.bar_start, height=0.6,
                    color=colour, alpha=0.55 if i % 2 else 0.85, edgecolor="white", hatch="//" if term.open_end else None)
            surname = term.person.split()[-1] if len(term.person.split()) < 3 else " ".join(term.person.split()[-2:])
            if (term.bar_end - term.bar_start).days > 200:
                ax.text(term.bar_start + (term.bar_end - term.bar_start) / 2, position, surname, ha="center", va="center", fontsize=7)
    for _, row in marks.iterrows():
        ax.axvline(row["when"], color=NEUTRAL_COLOUR, linestyle="--", linewidth=0.8)
    ax.set_yticks(range(len(labels)), labels)
    ax.set_ylim(len(labels) - 0.4, -0.6)
    ax.xaxis.set_major_locator(mdates.YearLocator())
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.set_title("Who held office on each side, with the main diplomatic steps")
    ax.grid(axis="y", visible=False)
    data = terms.drop(columns=["bar_start", "bar_end"]).assign(sources=lambda t: t["sources"].map(";".join))
    return fig, data


def peru_mexico_steps(since: str = "2022-12-01") -> pd.DataFrame:
    """Diplomatic steps between the two countries (not third states) since `since`."""
    table = events()
    table = table[(table["when"] >= pd.Timestamp(since)) & table["type"].isin(ESCALATION_STEPS[1:])]
    return table[_between_peru_and_mexico(table)][["id", "date", "when", "type", "summary", "sources"]].reset_index(
        drop=True)


def _between_peru_and_mexico(table: pd.DataFrame) -> pd.Series:
    """Events whose actors include each country: the state, one of its bodies, or one of its office-holders."""
    people = load("people")
    holders = {country: set(people[people["country"] == country]["person_id"]) for country in ("PER", "MEX")}

    def touches(actors: list[str], country: str) -> bool:
        return any(a == country or a.startswith(f"{country}_") or a.split(":")[0] in holders[country] for a in actors)

    return table["actors"].map(lambda actors: touches(actors, "PER") and touches(actors, "MEX"))


def escalation_figure():
    steps = peru_mexico_steps()
    order = [s for s in ESCALATION_STEPS if s != "statement"]
    fig, ax = new_figure(9.0, 4.2)
    levels = steps["type"].map(order.index)
    ax.step(steps["when"], levels.cummax(), where="post", color=NEUTRAL_COLOUR, linewidth=1, label="highest step so far")
    ax.scatter(steps["when"], levels, color=PERU_COLOUR, s=30, zorder=3, label="step taken")
    ax.set_yticks(range(len(order)), order)
    ax.set_ylim(-0.5, len(order) - 0.5)
    ax.xaxis.set_major_locator(mdates.MonthLocator(bymonth=(1, 7)))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
    ax.set_title("The escalation ladder: diplomatic steps between Peru and Mexico since December 2022")
    ax.legend(loc="upper left")
    data = steps.drop(columns=["when"]).assign(sources=lambda t: t["sources"].map(";".join))
    return fig, data


def office_violations() -> pd.DataFrame:
    """Event actors tagged `person:office` with no term of that office covering the event date."""
    people = load("people")
    problems = []
    for event in load("events").itertuples():
        first, last = partial_date_bounds(event.date)
        for actor in event.actors:
            person, _, office = actor.partition(":")
            if not office:
                continue
            terms = people[(people["person_id"] == person) & (people["office"] == office)]
            covered = False
            for term in terms.itertuples():
                start = partial_date_bounds(term.start)[0] if pd.notna(term.start) else None
                end = partial_date_bounds(term.end)[1] if pd.notna(term.end) else None
                # The event's period must overlap the term: an event dated 'Nov 2025' is fine for a
                # term that starts mid-November.
                if (start is None or last >= start) and (end is None or first <= end):
                    covered = True
            if not covered:
                problems.append({"event": event.id, "date": event.date, "actor": actor})
    return pd.DataFrame(problems, columns=["event", "date", "actor"])
