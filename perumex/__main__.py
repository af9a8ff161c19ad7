"""Command line: ``python -m perumex validate`` checks every table and the bibliography."""

from __future__ import annotations

import argparse
import sys

from perumex.sources import load_sources
from perumex.tables import load_all
from perumex.validate import DataValidationError


def validate() -> int:
    try:
        sources = load_sources()
        tables = load_all()
    except DataValidationError as err:
        print(f"DATA ERROR: {err}", file=sys.stderr)
        print("Nothing was built. Fix the file named above and run the command again.", file=sys.stderr)
        return 1
    rows = sum(len(t) for t in tables.values())
    print(f"data OK: {len(tables)} tables, {rows} rows, {len(sources)} sources")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m perumex")
    parser.add_argument("command", choices=["validate"])
    args = parser.parse_args(argv)
    return {"validate": validate}[args.command]()


if __name__ == "__main__":
    sys.exit(main())
