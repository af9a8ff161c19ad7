"""Networks of the regional chapter, built only from sourced rows.

Every edge carries the ids of the rows it comes from (``rows``) and their sources, so a reader
can check any edge. Rows that are other sources' versions of the same step (same states, same
type, dates within a month, e.g. a persona-non-grata declaration dated the 20th by one outlet
and the 21st by another) become one edge that keeps every row id.
"""

from __future__ import annotations

import networkx as nx
import pandas as pd

from perumex.tables import load
from perumex.validate import period_covers, period_start

VERSION_WINDOW_DAYS = 35
HOSTILE_TYPES = ("rupture", "suspension", "expulsion", "persona-non-grata", "recall", "downgrade")


def rupture_steps(since: str = "2019-01-01", until: str | None = None,
                  types: tuple[str, ...] = HOSTILE_TYPES) -> pd.DataFrame:
    """Rows of the ruptures table in a window, with versions of one step collapsed into one."""
    table = load("ruptures")
    table["when"] = table["date"].map(period_start)
    table = table[(table["when"] >= pd.Timestamp(since)) & table["type"].isin(types)]
    if until:
        table = table[table["when"] <= pd.Timestamp(until)]
    table = table.sort_values(["from_state", "to_state", "type", "when"])
    steps = []
    for (source, target, kind), group in table.groupby(["from_state", "to_state", "type"], sort=True):
        current = None
        for row in group.itertuples():
            if current is not None and (row.when - current["when"]).days <= VERSION_WINDOW_DAYS:
                current["rows"].append(row.id)
                current["sources"] |= set(row.sources)
                current["dates"].append(row.date)
                continue
            current = {"from_state": source, "to_state": target, "type": kind, "when": row.when, "date": row.date,
                       "rows": [row.id], "sources": set(row.sources), "dates": [row.date]}
            steps.append(current)
    frame = pd.DataFrame(steps)
    if frame.empty:
        return frame
    frame["sources"] = frame["sources"].map(sorted)
    return frame.sort_values(["when", "from_state", "to_state"]).reset_index(drop=True)


def rupture_graph(since: str = "2019-01-01", until: str | None = None) -> nx.MultiDiGraph:
    """Directed multigraph: an edge from the state that acted to the state it targeted, per step."""
    graph = nx.MultiDiGraph()
    countries = load("countries").set_index("iso3")
    for step in rupture_steps(since, until).itertuples():
        for state in (step.from_state, step.to_state):
            graph.add_node(state, name=countries.loc[state, "name_en"])
        graph.add_edge(step.from_state, step.to_state, key=f"{step.type}:{step.date}", type=step.type,
                       date=step.date, rows=list(step.rows), sources=list(step.sources))
    return graph


def degree_table(graph: nx.MultiDiGraph) -> pd.DataFrame:
    rows = [{"state": node, "name": graph.nodes[node]["name"], "steps taken": graph.out_degree(node),
             "steps received": graph.in_degree(node),
             "counterparts": len(set(graph.predecessors(node)) | set(graph.successors(node)))}
            for node in graph.nodes]
    return pd.DataFrame(rows).sort_values(["counterparts", "steps received", "state"],
                                          ascending=[False, False, True]).reset_index(drop=True)


def simple_undirected(graph: nx.MultiDiGraph) -> nx.Graph:
    simple = nx.Graph()
    simple.add_nodes_from(graph.nodes(data=True))
    for source, target in graph.edges():
        simple.add_edge(source, target)
    return simple


def component_table(graph: nx.MultiDiGraph) -> pd.DataFrame:
    simple = simple_undirected(graph)
    components = sorted(nx.connected_components(simple), key=lambda c: (-len(c), sorted(c)))
    return pd.DataFrame([{"component": i + 1, "states": len(c), "members": ", ".join(sorted(c))}
                         for i, c in enumerate(components)])


def bridges(graph: nx.MultiDiGraph) -> list[tuple[str, str]]:
    """Links whose removal would split a component (on the undirected simple graph)."""
    return sorted(tuple(sorted(edge)) for edge in nx.bridges(simple_undirected(graph)))


def graph_edges(graph: nx.MultiDiGraph) -> pd.DataFrame:
    return pd.DataFrame([{"from_state": u, "to_state": v, "type": d["type"], "date": d["date"],
                          "rows": ";".join(d["rows"]), "sources": ";".join(d["sources"])}
                         for u, v, d in graph.edges(data=True)])


# ----- Alignment graph around the Peru–Mexico dispute ---------------------------------------

ALIGNMENT_BLOCS = ("PACIFIC_ALLIANCE", "MERCOSUR", "ALBA", "CELAC", "OAS")


def members_on(bloc: str, date: str) -> set[str]:
    """States whose membership row of `bloc` covers `date` with status member."""
    memberships = load("memberships")
    rows = memberships[(memberships["bloc"] == bloc) & (memberships["status"] == "member")]
    return {row.iso3 for row in rows.itertuples()
            if period_covers(_or_none(row.start), _or_none(row.end), date)}


def _or_none(value):
    return None if pd.isna(value) else value


def orientation_on(iso3: str, date: str) -> list[tuple[str, str]]:
    """(orientation, classifier) pairs for the government of `iso3` on `date` (may disagree)."""
    table = load("orientations")
    return [(row.orientation, row.classifier if pd.notna(row.classifier) else "")
            for row in table[table["iso3"] == iso3].itertuples()
            if pd.notna(row.start) and pd.notna(row.orientation)
            and period_covers(row.start, _or_none(row.end), date)]


LEFT = {"left", "centre-left"}
RIGHT = {"right", "centre-right"}


def camp(orientations: list[tuple[str, str]]) -> str:
    """'left', 'right', 'centre', 'disputed' (classifiers disagree across camps) or 'unclassified'."""
    labels = {o for o, _ in orientations}
    if not labels:
        return "unclassified"
    camps = {"left" if o in LEFT else "right" if o in RIGHT else "centre" for o in labels}
    return camps.pop() if len(camps) == 1 else "disputed"


def stance_positions(exclude: tuple[str, ...] = ("PER", "MEX")) -> pd.DataFrame:
    """One row per actor with the positions it took (states and organisations)."""
    stances = load("stances")
    stances = stances[~stances["actor"].isin(exclude)]
    return stances.groupby("actor").agg(positions=("position", lambda p: sorted(set(p))),
                                        ids=("id", list), sources=("sources", lambda s: sorted({k for ks in s for k in ks}))
                                        ).reset_index()


def initiative_positions() -> pd.DataFrame:
    """States reported as supporting or opposing Peru's OAS initiative (a second, separate signal)."""
    steps = load("initiative")
    rows = []
    for step in steps.itertuples():
        for state in step.supporters:
            rows.append({"state": state, "position": "supports-PER", "step": step.id, "sources": step.sources})
        for state in step.opponents:
            rows.append({"state": state, "position": "supports-MEX", "step": step.id, "sources": step.sources})
    return pd.DataFrame(rows, columns=["state", "position", "step", "sources"])


def alignment_graph(date: str = "2025-12-03") -> nx.MultiGraph:
    """States linked by bloc co-membership on `date`, plus stance edges to Peru or Mexico.

    Node attributes: orientation camp on `date`. Edge attributes: kind ('bloc' with the blocs
    shared, or 'stance' with the position and the rows it comes from).
    """
    countries = load("countries")
    in_scope = countries[countries["in_scope"]].set_index("iso3")
    graph = nx.MultiGraph()
    for iso3, row in in_scope.iterrows():
        graph.add_node(iso3, name=row["name_en"], camp=camp(orientation_on(iso3, date)))
    for bloc in ("PACIFIC_ALLIANCE", "MERCOSUR", "ALBA"):
        members = sorted(members_on(bloc, date) & set(in_scope.index))
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if graph.has_edge(a, b, key="bloc"):
                    graph.edges[a, b, "bloc"]["blocs"].append(bloc)
                else:
                    graph.add_edge(a, b, key="bloc", kind="bloc", blocs=[bloc],
                                   rows=[f"memberships:{a}:{bloc}", f"memberships:{b}:{bloc}"])
    stances = load("stances")
    for row in stances[stances["actor"].isin(in_scope.index) & ~stances["actor"].isin(["PER", "MEX"])].itertuples():
        target = {"supports-PER": "PER", "supports-MEX": "MEX"}.get(row.position)
        if target:
            graph.add_edge(row.actor, target, key=f"stance:{row.id}", kind="stance", position=row.position,
                           rows=[row.id], sources=list(row.sources))
    for row in initiative_positions().itertuples():
        target = "PER" if row.position == "supports-PER" else "MEX"
        if row.state in ("PER", "MEX"):
            continue
        graph.add_edge(row.state, target, key=f"initiative:{row.step}", kind="stance", position=row.position,
                       rows=[row.step], sources=list(row.sources))
    return graph
