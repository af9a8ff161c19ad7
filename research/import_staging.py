"""Import the research staging folders into data/ and references.bib.

Research threads write CSVs and a sources.bib into research/staging/<thread>/. This script
concatenates them per table (in a fixed thread order), drops exact duplicate rows, merges the
bibliographies (a key used twice must describe the same page), and writes data/ and
references.bib. It changes no value: anything that does not fit the schema is reported by
`python -m perumex validate`, and is fixed in the staging file, not here.

Usage: python research/import_staging.py
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

from pybtex.database import BibliographyData, parse_file

ROOT = Path(__file__).resolve().parent.parent
STAGING = ROOT / "research" / "staging"
# Order matters only for row order in the output and for which duplicate is kept first.
THREADS = ["regional_a", "history_a", "history_b", "history_c", "history_d",
           "legal", "legal_b", "legal_c", "legal_d", "legal_e", "legal_f", "regional_b",
           "economy", "claims", "curated"]
KEY_COLUMN = {"people": "term_id", "treaty_status": ("treaty", "state", "variant"), "memberships": None,
              "orientations": None}


def read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with open(path, newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def merge_table(name: str, header: list[str]) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    seen_keys: dict[str, dict[str, str]] = {}
    key = KEY_COLUMN.get(name, "id" if "id" in header else None)
    for thread in THREADS:
        path = STAGING / thread / f"{name}.csv"
        if not path.exists():
            continue
        fields, found = read_csv(path)
        missing = [f for f in header if f not in fields]
        if missing:
            sys.exit(f"{path}: missing columns {missing}")
        for row in found:
            row = {f: (row.get(f) or "").strip() for f in header}
            if "sources" in row and not row["sources"] and name != "claims":
                # A row no source supports is a research gap, not data: report it, do not import it.
                print(f"gap: {name}: {thread} row {row.get('id', '') or list(row.values())[:3]} has no source; not imported")
                continue
            row_key = tuple(row[k] for k in key) if isinstance(key, tuple) else row.get(key) if key else None
            if key and row_key in seen_keys:
                kept = seen_keys[row_key]
                mergeable = ("sources", "office_detail", "note", "name")
                conflicts = [f for f in header if f not in mergeable and kept[f] and row[f] and kept[f] != row[f]]
                if conflicts:
                    print(f"CONFLICT: {name}: {row_key} differs between threads in {conflicts}; keeping the first")
                    continue
                # Two threads found the same fact, or a later one filled blanks: keep one row,
                # fill its empty cells, cite both threads' sources and keep both notes.
                for f in header:
                    if f not in mergeable and not kept[f]:
                        kept[f] = row[f]
                if "sources" in row:
                    extra = [k for k in row["sources"].split(";") if k and k not in kept["sources"].split(";")]
                    kept["sources"] = ";".join([kept["sources"], *extra]) if extra else kept["sources"]
                if "note" in row and row["note"] and row["note"] not in kept["note"]:
                    kept["note"] = " | ".join(x for x in (kept["note"], row["note"]) if x)
                continue
            if key:
                seen_keys[row_key] = row
            elif row in rows:
                continue
            rows.append(row)
    return rows


def merge_bibliographies() -> BibliographyData:
    merged = BibliographyData()
    for thread in THREADS:
        path = STAGING / thread / "sources.bib"
        if not path.exists():
            continue
        for key, entry in parse_file(path).entries.items():
            if key in merged.entries:
                old = merged.entries[key].fields
                if old.get("url") != entry.fields.get("url") or old.get("date") != entry.fields.get("date"):
                    sys.exit(f"bib key {key} names two different pages ({thread})")
                continue
            merged.entries[key] = entry
    return merged


def to_bibtex(bib: BibliographyData) -> str:
    """Write entries with braced raw values (pybtex's own writer escapes URLs into `\\_`)."""
    out = []
    for key, entry in bib.entries.items():
        lines = [f"@{entry.type}{{{key},"]
        for role, persons in entry.persons.items():
            names = " and ".join(re.sub(r"(?<!\\)%", r"\\%", str(p)) for p in persons)  # % starts a LaTeX comment
            lines.append(f"  {role} = {{{names}}},")
        for name, value in entry.fields.items():
            value = value.replace("\\_", "_").replace("\\%", "%").replace("\\&", "&") if name == "url" else value
            lines.append(f"  {name} = {{{value}}},")
        lines.append("}")
        out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


def main() -> int:
    descriptor = json.loads((ROOT / "data" / "datapackage.json").read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        header = [f["name"] for f in resource["schema"]["fields"]]
        rows = merge_table(resource["name"], header)
        with open(ROOT / "data" / resource["path"], "w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=header, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
        print(f"{resource['name']:15s} {len(rows):4d} rows")
    bib = merge_bibliographies()
    (ROOT / "references.bib").write_text(to_bibtex(bib), encoding="utf-8")
    print(f"references.bib  {len(bib.entries):4d} entries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
