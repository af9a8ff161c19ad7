"""Legal chapter: who is bound by which convention, which articles each side invokes, the ICJ record."""

from __future__ import annotations

import matplotlib.patches as mpatches
import pandas as pd

from perumex.figures import MEXICO_COLOUR, NEUTRAL_COLOUR, PERU_COLOUR, new_figure
from perumex.tables import load

TREATY_ORDER = ("havana-1928", "montevideo-1933", "caracas-1954", "vienna-1961")
STATUS_COLOURS = {
    "party": "#0072B2",
    "party (dates disputed)": "#56B4E9",
    "party, date not found": "#9ECAE1",
    "denounced, then withdrawn": "#E69F00",
    "signed, no consent found": "#BBBBBB",
    "signature disputed": "#F0E442",
    "row without dates": "#EFEFEF",
}


def status_of(rows: pd.DataFrame) -> str:
    """One state's status under one treaty, from all its rows (variants included).

    A consent type without a date means a source says the state is a party but gives no date;
    sources that disagree on whether the state signed at all keep the cell visibly disputed.
    """
    consented = rows["consent"].notna()
    if (rows["denunciation"].notna() & rows["denunciation_withdrawn"].notna()).any():
        return "denounced, then withdrawn"
    if consented.any():
        dates = set(rows.loc[consented, "consent"])
        return "party (dates disputed)" if len(dates) > 1 else "party"
    if rows["consent_type"].notna().any():
        return "party, date not found"
    signed = rows["signature"].notna()
    if signed.any() and not signed.all():
        return "signature disputed"
    if signed.any():
        return "signed, no consent found"
    return "row without dates"


def status_matrix() -> pd.DataFrame:
    """States of the Americas (rows) by convention (columns): status, from treaty_status."""
    status = load("treaty_status")
    countries = load("countries")
    in_scope = countries[countries["in_scope"]].set_index("iso3")["name_en"]
    cells = []
    for (treaty, state), rows in status.groupby(["treaty", "state"]):
        if state in in_scope.index:
            cells.append({"state": state, "name": in_scope[state], "treaty": treaty, "status": status_of(rows)})
    matrix = pd.DataFrame(cells).pivot(index=["state", "name"], columns="treaty", values="status")
    matrix = matrix.reindex(columns=list(TREATY_ORDER))
    full = pd.DataFrame(index=pd.MultiIndex.from_tuples([(c, n) for c, n in in_scope.items()], names=["state", "name"]))
    return full.join(matrix).sort_index(level="name").fillna("no row in the data")


def ratification_figure():
    matrix = status_matrix()
    colours = dict(STATUS_COLOURS, **{"no row in the data": "#FFFFFF"})
    fig, ax = new_figure(7.5, 9.0)
    for row, (index, statuses) in enumerate(matrix.iterrows()):
        for column, treaty in enumerate(TREATY_ORDER):
            status = statuses[treaty]
            ax.add_patch(mpatches.Rectangle((column, row), 0.95, 0.9, facecolor=colours[status],
                                            edgecolor="#999999", linewidth=0.4))
    ax.set_xlim(0, len(TREATY_ORDER))
    ax.set_ylim(len(matrix), 0)
    ax.set_xticks([c + 0.47 for c in range(len(TREATY_ORDER))],
                  ["Havana\n1928", "Montevideo\n1933", "Caracas\n1954", "Vienna\n1961"])
    ax.set_yticks([r + 0.45 for r in range(len(matrix))], [name for _, name in matrix.index], fontsize=8)
    ax.xaxis.tick_top()
    ax.grid(False)
    for spine in ax.spines.values():
        spine.set_visible(False)
    handles = [mpatches.Patch(facecolor=c, edgecolor="#999999", label=s) for s, c in colours.items()]
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.01), ncol=2, fontsize=8)
    data = matrix.reset_index()
    return fig, data


def caracas_parties() -> pd.DataFrame:
    """States with a consent date to the Caracas Convention, one row per source version."""
    status = load("treaty_status")
    caracas = status[(status["treaty"] == "caracas-1954")]
    return caracas[["state", "variant", "signature", "consent", "consent_type", "denunciation",
                    "denunciation_withdrawn", "reservations", "sources"]].sort_values(["state", "variant"])


def protagonists_status() -> pd.DataFrame:
    status = load("treaty_status")
    both = status[status["state"].isin(["PER", "MEX"])]
    return both[["treaty", "state", "variant", "signature", "consent", "consent_type", "note", "sources"]].sort_values(
        ["treaty", "state", "variant"])


TEXT_NOT_FOUND = "(Text not found in the sources read.)"


def provisions_table() -> pd.DataFrame:
    provisions = load("provisions")
    treaties = load("treaties").set_index("id")["title_en"]
    provisions["instrument"] = provisions["treaty"].map(treaties)
    # An article whose text no source read gave stays in the table, marked as the gap it is.
    provisions["summary"] = provisions["summary"].fillna(TEXT_NOT_FOUND)
    return provisions[["id", "instrument", "article", "summary", "invoked_by", "how_invoked", "sources"]]


# The arguments of the dispute, each tied to the provisions it turns on (ids of provisions.csv).
ARGUMENTS = (
    ("Qualification of the offence", ("caracas-IV", "montevideo-2", "caracas-III")),
    ("Common crimes and persons on trial", ("caracas-III",)),
    ("Urgency", ("caracas-V", "caracas-VI", "caracas-VII")),
    ("Information from the territorial state", ("caracas-IX",)),
    ("The safe-conduct duty", ("caracas-XII",)),
    ("Political activity of the asylee", ("caracas-XVIII",)),
    ("Inviolability of the premises", ("vienna-22",)),
    ("Interference and persona non grata", ("vienna-41", "vienna-9")),
    ("What a break of relations changes", ("caracas-XIX", "montevideo-4", "vienna-45")),
    ("Protecting power", ("vienna-45",)),
)


def argument_map() -> pd.DataFrame:
    """Argument × article, with who invokes each article (from provisions.csv)."""
    provisions = load("provisions").set_index("id")
    rows = []
    for argument, ids in ARGUMENTS:
        for provision in ids:
            rows.append({"argument": argument, "provision": provision,
                         "invoked_by": provisions.loc[provision, "invoked_by"],
                         "sources": provisions.loc[provision, "sources"]})
    return pd.DataFrame(rows)


def argument_figure():
    table = argument_map()
    colours = {"PER": PERU_COLOUR, "MEX": MEXICO_COLOUR, "both": "#7A5195", "neither": "#FFFFFF"}
    arguments = list(dict.fromkeys(table["argument"]))
    provisions = list(dict.fromkeys(table["provision"]))
    fig, ax = new_figure(8.5, 5.0)
    for row in table.itertuples():
        x, y = provisions.index(row.provision), arguments.index(row.argument)
        ax.scatter(x, y, s=140, color=colours[row.invoked_by], edgecolor="#555555", linewidth=0.8, zorder=3)
    ax.set_xticks(range(len(provisions)), provisions, rotation=60, ha="right", fontsize=8)
    ax.set_yticks(range(len(arguments)), arguments, fontsize=8)
    ax.invert_yaxis()
    handles = [mpatches.Patch(facecolor=c, edgecolor="#555555", label=label) for label, c in
               (("invoked by Peru", colours["PER"]), ("invoked by Mexico", colours["MEX"]),
                ("invoked by both", colours["both"]), ("invoked by neither in the sources read", NEUTRAL_COLOUR))]
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.32), ncol=2, fontsize=8)
    ax.set_title("Which article each argument turns on, and who invokes it")
    data = table.assign(sources=table["sources"].map(";".join))
    return fig, data


def cases_table() -> pd.DataFrame:
    cases = load("cases")
    cases["parties"] = cases["parties"].map(" v. ".join)
    return cases[["title", "step", "date", "asked", "held", "sources"]].sort_values("date", na_position="last")


def initiative_table() -> pd.DataFrame:
    steps = load("initiative")
    for column in ("supporters", "opponents"):
        steps[column] = steps[column].map(lambda codes: ", ".join(codes) if len(codes) else "—")
    return steps[["date", "body", "step", "description", "supporters", "opponents", "outcome", "sources"]]
