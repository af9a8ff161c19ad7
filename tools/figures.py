"""`make figures`: re-execute every chapter from scratch; write every figure and its data to one folder."""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chapters import ROOT, execute_all  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "figures")
    args = parser.parse_args()
    out = args.out.resolve()
    shutil.rmtree(out, ignore_errors=True)
    timings = execute_all(out)
    for chapter, seconds in timings.items():
        print(f"{chapter:20s} executed in {seconds:5.1f} s")
    files = sorted(p.name for p in out.iterdir())
    print(f"{len(files)} files in {out} (each figure: .svg, .pdf, .csv with the data plotted, .json with alt text)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
