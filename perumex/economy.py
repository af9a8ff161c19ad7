"""Economic chapter: trade series kept by reporter and compiler, shocks dated from the events
table, the mirror gap, products, investment, travel, and explicit scenarios.

Rules the functions enforce: figures from different reporters or compilers are never blended
or summed; growth is computed only between two years of the same reporter, compiler, flow,
partner and scope; nothing is interpolated.
"""

from __future__ import annotations

import pandas as pd

from perumex.figures import MEXICO_COLOUR, PALETTE, PERU_COLOUR, new_figure
from perumex.tables import load

ANNUAL = "goods, annual"

# Each shock is an event of the events table: its date is read there, never typed here.
SHOCKS = {
    "December 2022 crisis": "E20221207-vacancy-vote",
    "2023 'pause' in relations": "E20230526-amlo-chile-pause",
    "2024 Mexican visa requirement": "E20240506-visa-in-force",
    "November 2025 rupture": "E20251103-rupture",
}


def shock_dates() -> pd.DataFrame:
    events = load("events").set_index("id")
    return pd.DataFrame([{"shock": name, "event": event, "date": events.loc[event, "date"],
                          "sources": events.loc[event, "sources"]} for name, event in SHOCKS.items()])


def annual_trade() -> pd.DataFrame:
    """Full-year goods figures only (partial years and unknown reporters left out)."""
    trade = load("trade")
    return trade[(trade["scope"] == ANNUAL) & trade["reporter"].notna() & trade["month"].isna()].copy()


def bilateral_series() -> pd.DataFrame:
    """Annual bilateral figures, one row per reporter, compiler, flow and year."""
    trade = annual_trade()
    trade = trade[trade["partner"].isin(["PER", "MEX"])]
    return trade[["id", "year", "reporter", "partner", "flow", "compiler", "value_usd_millions", "basis", "sources",
                  "note"]].sort_values(["reporter", "flow", "year", "compiler"]).reset_index(drop=True)


def same_series_growth(table: pd.DataFrame) -> pd.DataFrame:
    """Year-on-year growth between consecutive years of the same reporter/partner/flow/compiler."""
    rows = []
    for key, group in table.groupby(["reporter", "partner", "flow", "compiler"]):
        group = group.sort_values("year")
        if group["year"].duplicated().any():
            continue  # two figures for one year from one compiler: no single series to compute on
        years = group.set_index("year")["value_usd_millions"]
        for year in years.index:
            if year - 1 in years.index:
                rows.append(dict(zip(["reporter", "partner", "flow", "compiler"], key), year=int(year),
                                 previous=float(years[year - 1]), value=float(years[year]),
                                 growth_pct=round(100 * (years[year] / years[year - 1] - 1), 1)))
    return pd.DataFrame(rows)


def shock_table() -> pd.DataFrame:
    """For each shock: bilateral growth over the shock year vs the reporter's world growth, same compiler.

    Annual data place a shock in its year t; the comparison is year t+1 (first full year after)
    against year t, for Peru's exports to Mexico and Peru's exports to the world. Where either is
    missing the cell stays empty: the data cannot say.
    """
    growth = same_series_growth(annual_trade())
    rows = []
    for shock in shock_dates().itertuples():
        year = int(shock.date[:4])
        after = year + 1 if shock.date[5:7] >= "07" else year
        for partner, label in (("MEX", "to Mexico"), ("WLD", "to the world")):
            found = growth[(growth["reporter"] == "PER") & (growth["partner"] == partner) &
                           (growth["flow"] == "export") & (growth["year"] == after)]
            for row in found.itertuples():
                rows.append({"shock": shock.shock, "shock date": shock.date, "year compared": f"{after - 1}→{after}",
                             "Peru's exports": label, "compiler": row.compiler, "growth %": row.growth_pct})
            if found.empty:
                rows.append({"shock": shock.shock, "shock date": shock.date, "year compared": f"{after - 1}→{after}",
                             "Peru's exports": label, "compiler": "—", "growth %": None})
    return pd.DataFrame(rows)


def trade_figure():
    """Bilateral goods trade by year, each reporter and compiler its own series, shocks marked."""
    series = bilateral_series()
    shocks = shock_dates()
    fig, axes = new_figure(9.0, 5.2, nrows=1, ncols=2, sharey=True)
    markers = ("o", "s", "^", "D", "v", "P", "X")
    for ax, flow_from_peru, title in ((axes[0], "export", "Peru → Mexico"), (axes[1], "import", "Mexico → Peru")):
        # Peru's exports are Mexico's imports: each panel shows both reporters' view of one flow.
        views = series[((series["reporter"] == "PER") & (series["flow"] == flow_from_peru)) |
                       ((series["reporter"] == "MEX") & (series["flow"] == ("import" if flow_from_peru == "export"
                                                                             else "export")))]
        for i, ((reporter, compiler), group) in enumerate(views.groupby(["reporter", "compiler"])):
            colour = PERU_COLOUR if reporter == "PER" else MEXICO_COLOUR
            ax.plot(group["year"], group["value_usd_millions"], marker=markers[i % len(markers)], color=colour,
                    linestyle="-" if len(group) > 1 else "none", label=f"{reporter}: {compiler}", alpha=0.85)
        for shock in shocks.itertuples():
            position = int(shock.date[:4]) + (int(shock.date[5:7]) - 0.5) / 12
            ax.axvline(position, color="#999999", linestyle=":", linewidth=0.9)
        ax.set_title(title)
        ax.set_xlabel("year")
        ax.legend(fontsize=6.5, loc="upper left")
    axes[0].set_ylabel("US$ millions, nominal")
    fig.suptitle("Goods trade as reported by each side (dotted lines: the four shocks)", fontsize=11)
    data = series.assign(sources=series["sources"].map(";".join))
    return fig, data


def mirror_table(year: int = 2022) -> pd.DataFrame:
    """Each flow as reported by the exporter and by the importer, every compiler kept."""
    series = bilateral_series()
    series = series[series["year"] == year]
    rows = []
    for exporter, importer in (("PER", "MEX"), ("MEX", "PER")):
        for row in series.itertuples():
            if (row.reporter == exporter and row.flow == "export") or (row.reporter == importer and row.flow == "import"):
                rows.append({"flow": f"{exporter} → {importer}",
                             "reported_by": f"{'exporter' if row.reporter == exporter else 'importer'} ({row.reporter})",
                             "compiler": row.compiler, "value": row.value_usd_millions, "basis": row.basis,
                             "sources": row.sources})
    return pd.DataFrame(rows)


def mirror_figure(year: int = 2022):
    table = mirror_table(year)
    fig, ax = new_figure(8.0, 3.8)
    labels = [f"{r.flow}\n{r.reported_by}: {r.compiler}" for r in table.itertuples()]
    colours = [PERU_COLOUR if "(PER)" in r.reported_by else MEXICO_COLOUR for r in table.itertuples()]
    ax.barh(range(len(table)), table["value"], color=colours)
    ax.set_yticks(range(len(table)), labels, fontsize=7)
    ax.invert_yaxis()
    ax.set_xlabel("US$ millions")
    ax.set_title(f"The same flows, {year}, as reported by each side")
    for i, value in enumerate(table["value"]):
        ax.text(value, i, f" {value:,.0f}", va="center", fontsize=7)
    data = table.assign(sources=table["sources"].map(";".join))
    return fig, data


def mirror_ratios(year: int = 2022) -> pd.DataFrame:
    """Importer-reported over exporter-reported value, for every pair of compilers."""
    table = mirror_table(year)
    rows = []
    for flow, group in table.groupby("flow"):
        exporter = group[group["reported_by"].str.startswith("exporter")]
        importer = group[group["reported_by"].str.startswith("importer")]
        for e in exporter.itertuples():
            for i in importer.itertuples():
                rows.append({"flow": flow, "exporter's compiler": e.compiler, "importer's compiler": i.compiler,
                             "importer / exporter": round(i.value / e.value, 2)})
    return pd.DataFrame(rows)


def shares() -> pd.DataFrame:
    """Bilateral flow as a share of the reporter's world total in the same year and flow.

    Numerator and denominator may come from different compilers; both are named in the row,
    because a share across compilers is less exact than one within a compiler.
    """
    trade = annual_trade()
    bilateral = trade[trade["partner"].isin(["PER", "MEX"]) & trade["flow"].isin(["export", "import"])]
    world = trade[trade["partner"] == "WLD"]
    rows = []
    for b in bilateral.itertuples():
        for w in world[(world["reporter"] == b.reporter) & (world["year"] == b.year) & (world["flow"] == b.flow)].itertuples():
            rows.append({"reporter": b.reporter, "year": int(b.year), "flow": b.flow,
                         "bilateral (compiler)": f"{b.value_usd_millions:,.1f} ({b.compiler})",
                         "world (compiler)": f"{w.value_usd_millions:,.1f} ({w.compiler})",
                         "share %": round(100 * b.value_usd_millions / w.value_usd_millions, 2),
                         "sources": sorted(set(b.sources) | set(w.sources))})
    return pd.DataFrame(rows).sort_values(["reporter", "flow", "year"]).reset_index(drop=True)


def products_table(reporter: str = "PER") -> pd.DataFrame:
    products = load("products")
    products = products[products["reporter"] == reporter]
    return products[["year", "flow", "product", "value_usd_millions", "rank", "sources"]].sort_values(
        ["flow", "year", "value_usd_millions"], ascending=[True, True, False])


def products_figure():
    products = load("products")
    valued = products[(products["reporter"] == "PER") & (products["flow"] == "export")
                      & products["value_usd_millions"].notna()]
    exports = annual_trade()
    exports = exports[(exports["reporter"] == "PER") & (exports["partner"] == "MEX") & (exports["flow"] == "export")
                      & (exports["compiler"] == "Adex")]
    fig, ax = new_figure(8.5, 4.2)
    years = sorted(set(valued["year"]))
    width = 0.8 / max(1, valued.groupby("year").size().max())
    for i, year in enumerate(years):
        rows = valued[valued["year"] == year].sort_values("value_usd_millions", ascending=False)
        for j, row in enumerate(rows.itertuples()):
            ax.bar(i + j * width, row.value_usd_millions, width=width * 0.95, color=PALETTE[j % len(PALETTE)])
            ax.text(i + j * width, row.value_usd_millions, f"{row.product[:28]}\n{row.value_usd_millions:,.0f}",
                    ha="center", va="bottom", fontsize=6)
        total = exports[exports["year"] == year]
        if len(total) == 1:
            ax.axhline(float(total["value_usd_millions"].iloc[0]), xmin=(i + 0.02) / len(years),
                       xmax=(i + 0.9) / len(years), color="#333333", linestyle="--", linewidth=0.8)
    ax.set_xticks([i + 0.3 for i in range(len(years))], [str(y) for y in years])
    ax.set_ylabel("US$ millions")
    ax.set_title("Peru's exports to Mexico: products and groups with a reported value\n"
                 "(dashed: total exports to Mexico reported by Adex that year)", fontsize=10)
    data = valued[["year", "product", "value_usd_millions", "sources"]].assign(
        sources=lambda t: t["sources"].map(";".join))
    return fig, data


def investment_table() -> pd.DataFrame:
    investment = load("investment")
    return investment[["year", "investor_country", "firm", "sector", "amount_usd_millions", "amount_basis",
                       "description", "sources"]].sort_values(["investor_country", "year"], na_position="last")


def investment_figure():
    investment = load("investment")
    aggregate = investment[investment["firm"].str.contains("aggregate") & investment["amount_usd_millions"].notna()]
    fig, ax = new_figure(8.0, 3.8)
    bases = sorted(set(aggregate["amount_basis"].fillna("unknown")))
    for i, basis in enumerate(bases):
        rows = aggregate[aggregate["amount_basis"].fillna("unknown") == basis]
        ax.scatter(rows["year"], rows["amount_usd_millions"], s=50, color=PALETTE[i], label=f"basis: {basis}",
                   zorder=3)
    ax.set_yscale("log")
    ax.set_ylabel("US$ millions (log scale)")
    ax.set_xlabel("year the figure refers to")
    ax.set_title("Mexican investment in Peru: aggregate figures as reported, by basis")
    ax.legend(fontsize=7)
    data = aggregate[["year", "firm", "amount_usd_millions", "amount_basis", "description", "sources"]].assign(
        sources=lambda t: t["sources"].map(";".join))
    return fig, data


def visitors_table() -> pd.DataFrame:
    visitors = load("visitors")
    return visitors[["year", "origin", "destination", "count", "definition", "compiler", "sources"]].sort_values(
        ["origin", "year"])


def visa_table() -> pd.DataFrame:
    rules = load("visa_rules")
    return rules[["nationality", "destination", "rule", "start", "end", "status", "instrument", "sources"]]


def travel_figure():
    """Peruvian air arrivals in Mexico, same definition and months, before and after the visa."""
    visitors = load("visitors")
    same = visitors[(visitors["compiler"] == "Datur (SECTUR)") & (visitors["origin"] == "PER")].copy()
    same["period"] = same["definition"].str.extract(r"(Jan–Aug|August)")[0]
    same = same.dropna(subset=["period"])
    fig, ax = new_figure(7.0, 3.6)
    for i, (period, group) in enumerate(same.groupby("period", sort=False)):
        group = group.sort_values("year")
        ax.bar([f"{period}\n{y}" for y in group["year"]], group["count"], color=PALETTE[i])
        for label, count in zip([f"{period}\n{y}" for y in group["year"]], group["count"]):
            ax.text(label, count, f"{count:,}", ha="center", va="bottom", fontsize=8)
    visa = load("events").set_index("id").loc[SHOCKS["2024 Mexican visa requirement"], "date"]
    ax.set_title(f"Air arrivals of residents of Peru in Mexico (Datur); visa required from {visa}", fontsize=10)
    ax.set_ylabel("arrivals")
    data = same[["id", "year", "period", "count", "definition", "compiler", "sources"]].assign(
        sources=lambda t: t["sources"].map(";".join))
    return fig, data


def scenario_table() -> pd.DataFrame:
    """What a prolonged rupture could cost Peru's exporters under stated hypotheses.

    Base: the latest full-year Peru-side export figure (sourced). Each scenario applies a
    hypothetical change that mirrors a change observed in the data (also sourced), not a forecast.
    """
    exports = annual_trade()
    exports = exports[(exports["reporter"] == "PER") & (exports["partner"] == "MEX") & (exports["flow"] == "export")
                      & (exports["compiler"] == "Adex")].set_index("year")
    base_year = int(exports.index.max())
    base = float(exports.loc[base_year, "value_usd_millions"])
    growth = same_series_growth(annual_trade())
    growth = growth[(growth["reporter"] == "PER") & (growth["partner"] == "MEX") & (growth["flow"] == "export")
                    & (growth["compiler"] == "Adex")].set_index("year")["growth_pct"]
    scenarios = [
        ("No measurable effect (as after Dec 2022 and Nov 2025)", 0.0, "observed: exports grew in the years after both shocks"),
        ("Back to the pre-rupture level", round(100 * (float(exports.loc[base_year - 1, "value_usd_millions"]) / base - 1), 1),
         f"hypothesis: {base_year + 1} exports fall to the {base_year - 1} level"),
        ("A fall as large as the visa effect on travel", -54.0,
         "hypothesis: goods fall as Peruvian air arrivals in Mexico fell Jan–Aug 2025 vs 2024 (Datur)"),
    ]
    rows = []
    for name, change, basis in scenarios:
        rows.append({"scenario": name, "assumed change %": change, "assumption": basis,
                     "base year": base_year, "base US$ m": base,
                     "implied change US$ m": round(base * change / 100, 1)})
    table = pd.DataFrame(rows)
    table.attrs["observed_growth"] = growth.to_dict()
    table.attrs["base_sources"] = list(exports.loc[base_year, "sources"])
    return table
