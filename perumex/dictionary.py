"""The data dictionary, generated from ``datapackage.json`` (never written by hand)."""

from __future__ import annotations

import pandas as pd

from perumex.tables import load_all, read_descriptor


def _constraints(field: dict) -> str:
    parts = []
    for name, value in field.get("constraints", {}).items():
        if name == "enum":
            parts.append("one of: " + ", ".join(map(str, value)))
        elif value is True:
            parts.append(name)
        else:
            parts.append(f"{name} {value}")
    for key, label in (("x-bibkeys", "keys of references.bib"), ("x-actors", "countries, organisations or people"),
                       ("x-partialDate", "real calendar date")):
        if field.get(key):
            parts.append(label)
    if field.get("x-notBefore"):
        parts.append(f"not before {field['x-notBefore']}")
    for ref in field.get("x-references", []):
        parts.append(f"items in {ref['resource']}.{ref['field']}")
    return "; ".join(parts)


def tables_overview() -> pd.DataFrame:
    """One row per table: name, title, description, row count, primary key."""
    descriptor, frames = read_descriptor(), load_all()
    rows = []
    for resource in descriptor["resources"]:
        key = resource["schema"].get("primaryKey", "")
        rows.append({
            "table": resource["name"],
            "title": resource["title"],
            "rows": len(frames[resource["name"]]),
            "primary key": ", ".join(key) if isinstance(key, list) else key,
            "description": resource["description"],
        })
    return pd.DataFrame(rows)


def fields_of(table: str) -> pd.DataFrame:
    """One row per field of a table: name, type, description, constraints."""
    resource = next(r for r in read_descriptor()["resources"] if r["name"] == table)
    return pd.DataFrame([
        {"field": f["name"], "type": f.get("type", "string") + (f" of {f.get('itemType', 'string')}" if f.get("type") == "list" else ""),
         "description": f.get("description", ""), "constraints": _constraints(f)}
        for f in resource["schema"]["fields"]
    ])
