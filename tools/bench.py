"""`make bench`: how long the build takes, and how much of that is the chapters' own work.

Runs on a throw-away copy of the repository (the working tree is never edited) and prints,
from one run: clean build (execute + HTML), no-change rebuild, one-chapter-change rebuild,
PDF build, peak memory, and the sum of the chapters' own execution times, then checks the
targets below. Exit status 1 if a target is missed.
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

from jbuild import copy_repository, jupyter_book


def run(root: Path, *args: str) -> float:
    start = time.perf_counter()
    result = jupyter_book(root, *args)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"build failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return elapsed


def execution_seconds(root: Path) -> dict[str, float]:
    from jupyter_cache import get_cache

    cache = get_cache(str(root / "_build" / ".jupyter_cache"))
    return {Path(r.uri).stem: float(r.data.get("execution_seconds", 0.0)) for r in cache.list_cache_records()}


def edit_one_chapter(root: Path, seconds: dict[str, float]) -> str:
    """Change a code cell of the chapter that takes longest to execute; return its name."""
    name = max(seconds, key=seconds.get)
    path = root / "book" / f"{name}.md"
    text = path.read_text(encoding="utf-8")
    marker = "```{code-cell} ipython3\n"
    position = text.index(marker)
    cell_end = text.index("\n```", position + len(marker))
    path.write_text(text[:cell_end] + "\n# benchmark edit" + text[cell_end:], encoding="utf-8")
    return name


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="perumex-bench-") as tmp:
        root = copy_repository(Path(tmp) / "repo")
        clean = run(root)
        seconds = execution_seconds(root)
        chapters_total = sum(seconds.values())
        no_change = run(root)
        edited = edit_one_chapter(root, seconds)
        one_chapter = run(root)
        pdf = run(root, "--builder", "pdflatex")
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

    ratio = clean / chapters_total if chapters_total else float("inf")
    print(f"chapters' own execution time (sum of {len(seconds)} pages): {chapters_total:6.1f} s")
    print(f"clean build (execute + HTML):                       {clean:6.1f} s   ({ratio:.2f}x the chapters' time)")
    print(f"no-change rebuild:                                  {no_change:6.1f} s")
    print(f"one-chapter change rebuild ({edited}, {seconds[edited]:.1f} s own): {one_chapter:6.1f} s")
    print(f"PDF build (from cached execution):                  {pdf:6.1f} s")
    print(f"peak memory of any build process:                   {peak_mb:6.0f} MB")
    targets = {
        "clean build <= 2x chapters' execution": ratio <= 2.0,
        "no-change rebuild < 10 s": no_change < 10,
        "one-chapter rebuild < its execution + 10 s": one_chapter < seconds[edited] + 10,
        "PDF < 90 s": pdf < 90,
        "peak memory < 2 GB": peak_mb < 2048,
    }
    for name, ok in targets.items():
        print(f"{'PASS' if ok else 'MISS'}  {name}")
    return 0 if all(targets.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
