"""Regional chapter: stances, a tile-grid map, the rupture network and the orientation test."""

from __future__ import annotations

import matplotlib.patches as mpatches
import networkx as nx
import pandas as pd

from perumex import graphs, legal
from perumex.figures import MEXICO_COLOUR, PALETTE, PERU_COLOUR, new_figure
from perumex.tables import load

# A tile-grid map of the Americas (column, row): one square per state, roughly where it lies.
# Drawn from this table, so the map needs no download at build time.
TILES = {
    "CAN": (2, 0), "USA": (2, 1),
    "MEX": (1, 2), "CUB": (3, 2), "BHS": (4, 2),
    "GTM": (1, 3), "BLZ": (2, 3), "JAM": (3, 3), "HTI": (4, 3), "DOM": (5, 3), "KNA": (6, 3), "ATG": (7, 3),
    "SLV": (1, 4), "HND": (2, 4), "LCA": (6, 4), "DMA": (7, 4),
    "NIC": (2, 5), "GRD": (5, 5), "VCT": (6, 5), "BRB": (7, 5),
    "CRI": (2, 6), "PAN": (3, 6), "TTO": (6, 6),
    "COL": (3, 7), "VEN": (4, 7), "GUY": (5, 7), "SUR": (6, 7),
    "ECU": (2, 8), "BRA": (4, 8),
    "PER": (2, 9), "BOL": (3, 9), "PRY": (4, 9),
    "CHL": (2, 10), "ARG": (3, 10), "URY": (4, 10),
}
POSITION_COLOURS = {"supports-PER": PERU_COLOUR, "supports-MEX": MEXICO_COLOUR, "neutral": "#56B4E9",
                    "mediating": "#56B4E9", "mixed": "#CC79A7", "protagonist": "#333333",
                    "no statement found": "#FFFFFF"}


def country_positions() -> pd.DataFrame:
    """Each in-scope state's position on the dispute: from stances and from the OAS initiative."""
    countries = load("countries")
    in_scope = countries[countries["in_scope"]][["iso3", "name_en"]]
    stances = graphs.stance_positions().set_index("actor")
    initiative = graphs.initiative_positions()
    rows = []
    for state in in_scope.itertuples():
        positions, sources = set(), set()
        if state.iso3 in stances.index:
            positions |= set(stances.loc[state.iso3, "positions"])
            sources |= set(stances.loc[state.iso3, "sources"])
        for row in initiative[initiative["state"] == state.iso3].itertuples():
            positions.add(row.position)
            sources |= set(row.sources)
        if state.iso3 in ("PER", "MEX"):
            label = "protagonist"
        elif not positions:
            label = "no statement found"
        elif len(positions) == 1:
            label = positions.pop()
        else:
            label = "mixed"
        rows.append({"iso3": state.iso3, "name": state.name_en, "position": label,
                     "sources": sorted(sources)})
    return pd.DataFrame(rows)


def tile_map_figure(date: str = "2025-12-03"):
    positions = country_positions().set_index("iso3")
    fig, ax = new_figure(6.5, 8.0)
    records = []
    for iso3, (column, row) in TILES.items():
        position = positions.loc[iso3, "position"]
        camp = graphs.camp(graphs.orientation_on(iso3, date))
        ax.add_patch(mpatches.FancyBboxPatch((column, -row), 0.9, 0.9, boxstyle="round,pad=0.02",
                                             facecolor=POSITION_COLOURS[position], edgecolor="#666666", linewidth=0.6))
        text_colour = "white" if position in ("protagonist", "supports-PER", "supports-MEX") else "#222222"
        ax.text(column + 0.45, -row + 0.55, iso3, ha="center", va="center", fontsize=8, weight="bold", color=text_colour)
        ax.text(column + 0.45, -row + 0.22, {"left": "L", "right": "R", "centre": "C", "disputed": "L/R?",
                                              "unclassified": "·"}[camp], ha="center", va="center", fontsize=6,
                color=text_colour)
        records.append({"iso3": iso3, "column": column, "row": row, "position": position, "orientation_camp": camp})
    ax.set_xlim(-0.2, 8.1)
    ax.set_ylim(-10.3, 1.1)
    ax.set_aspect("equal")
    ax.axis("off")
    handles = [mpatches.Patch(facecolor=c, edgecolor="#666666", label=label) for label, c in POSITION_COLOURS.items()
               if label != "mediating"]
    ax.legend(handles=handles, loc="lower right", fontsize=7, title="position", title_fontsize=7)
    ax.set_title("Positions on the Peru–Mexico dispute, Nov 2025 – Feb 2026\n"
                 "(letters: orientation of the government on 3 Dec 2025)", fontsize=9)
    return fig, pd.DataFrame(records)


def orientation_crosstab(date: str = "2025-12-03") -> pd.DataFrame:
    """Orientation camp against position, for states other than the two protagonists."""
    positions = country_positions()
    positions = positions[~positions["iso3"].isin(["PER", "MEX"])].copy()
    positions["camp"] = positions["iso3"].map(lambda s: graphs.camp(graphs.orientation_on(s, date)))
    return pd.crosstab(positions["camp"], positions["position"])


def positioned_states(date: str = "2025-12-03") -> pd.DataFrame:
    positions = country_positions()
    positions = positions[~positions["position"].isin(["protagonist", "no statement found"])].copy()
    positions["orientation (classifier)"] = positions["iso3"].map(
        lambda s: "; ".join(f"{o} ({c})" for o, c in graphs.orientation_on(s, date)) or "not classified")
    positions["camp"] = positions["iso3"].map(lambda s: graphs.camp(graphs.orientation_on(s, date)))
    # Party status comes from the legal chapter's treaty table, not from a second list.
    caracas = legal.status_matrix()["caracas-1954"].droplevel("name")
    positions["Caracas 1954"] = positions["iso3"].map(caracas)
    return positions[["name", "position", "camp", "Caracas 1954", "orientation (classifier)", "sources"]]


def pacific_alliance_test(date: str = "2025-12-03") -> pd.DataFrame:
    """Positions of Pacific Alliance members other than the protagonists (an institutional test)."""
    members = graphs.members_on("PACIFIC_ALLIANCE", date) - {"PER", "MEX"}
    positions = country_positions()
    return positions[positions["iso3"].isin(members)][["name", "position", "sources"]]


def network_figure(since: str = "2019-01-01"):
    graph = graphs.rupture_graph(since)
    colours = {"rupture": "#000000", "suspension": "#7F7F7F", "expulsion": PALETTE[1], "persona-non-grata": PALETTE[3],
               "recall": PALETTE[0], "downgrade": PALETTE[4]}
    positions = {state: (TILES[state][0], -TILES[state][1]) if state in TILES else (7.0, -8.0 - 0.8 * i)
                 for i, state in enumerate(sorted(graph.nodes))}
    fig, ax = new_figure(7.5, 8.0)
    degree = dict(graphs.simple_undirected(graph).degree())
    nx.draw_networkx_nodes(graph, positions, ax=ax, node_size=[120 + 60 * degree[n] for n in graph.nodes],
                           node_color=[PERU_COLOUR if n == "PER" else MEXICO_COLOUR if n == "MEX" else "#DDDDDD"
                                       for n in graph.nodes], edgecolors="#555555")
    nx.draw_networkx_labels(graph, positions, ax=ax, font_size=7)
    for kind, colour in colours.items():
        edges = [(u, v, k) for u, v, k, d in graph.edges(keys=True, data=True) if d["type"] == kind]
        nx.draw_networkx_edges(graph, positions, edgelist=[(u, v) for u, v, _ in edges], ax=ax, edge_color=colour,
                               arrows=True, arrowsize=9, width=1.1, connectionstyle="arc3,rad=0.15",
                               node_size=300)
    handles = [mpatches.Patch(color=c, label=k) for k, c in colours.items()]
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.78, 0.98), fontsize=7, title="step (arrow: who acted → target)",
              title_fontsize=7)
    ax.set_title(f"Ruptures, expulsions and other hostile steps in the Americas since {since[:4]}", fontsize=9)
    ax.axis("off")
    return fig, graphs.graph_edges(graph)


def steps_by_year(since: str = "2019-01-01") -> pd.DataFrame:
    steps = graphs.rupture_steps(since)
    steps["year"] = steps["when"].dt.year
    return steps.pivot_table(index="year", columns="type", values="date", aggfunc="count", fill_value=0)
