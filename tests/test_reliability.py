"""Reliability: the whole build offline, reproducible across clean builds, and safe under faults.

A throw-away copy of the repository is built with `make book` inside a network namespace with
no network at all (`unshare -n`). The same copy is then broken in several ways; each fault must
stop `make book` with a clear message and leave the previously published site byte-identical.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from buildtools import copy_repository, env_for, jupyter_book
from conftest import ARTEFACTS, ROOT, edit_cell

pytestmark = pytest.mark.build


def _make_book(root: Path, offline: bool = False) -> subprocess.CompletedProcess:
    venv = Path(sys.prefix)
    (venv / ".installed").touch()
    command = ["make", "--no-print-directory", "book", f"VENV={venv}"]
    if offline:
        # A new network namespace has no network at all; only loopback is brought up, as on any
        # offline machine (the notebook kernels talk to Sphinx over 127.0.0.1).
        command = ["unshare", "-n", "sh", "-c", 'ip link set lo up && exec "$@"', "offline", *command]
    return subprocess.run(command, cwd=root, env=env_for(root), capture_output=True, text=True, timeout=1800)


def _tree_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(folder)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@pytest.fixture(scope="module")
def offline_copy(tmp_path_factory) -> Path:
    probe = ["unshare", "-n", "sh", "-c", "ip link set lo up"]
    if shutil.which("unshare") is None or shutil.which("ip") is None or subprocess.run(probe).returncode != 0:
        pytest.skip("cannot create a network namespace here (unshare -n and ip need root or user namespaces)")
    root = copy_repository(tmp_path_factory.mktemp("offline") / "repo")
    result = _make_book(root, offline=True)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return root


def test_whole_book_builds_with_no_network(offline_copy):
    site = offline_copy / "_build" / "site"
    assert (site / "index.html").exists() and (site / "book" / "history.html").exists()
    if shutil.which("xelatex"):
        assert (site / "perumex-book.pdf").stat().st_size > 100_000


def test_two_clean_builds_produce_identical_figures_and_data(offline_copy, tmp_path):
    second = copy_repository(tmp_path / "second")
    result = jupyter_book(second)
    assert result.returncode == 0, result.stdout[-3000:]
    first_files = sorted(p.name for p in (offline_copy / "_build" / "figures").iterdir())
    second_files = sorted(p.name for p in (second / "_build" / "figures").iterdir())
    assert first_files and first_files == second_files
    for name in first_files:
        a = (offline_copy / "_build" / "figures" / name).read_bytes()
        b = (second / "_build" / "figures" / name).read_bytes()
        assert a == b, name


def _break_events_date(root: Path) -> None:
    edit_cell(root / "data" / "events.csv", 1, "date", "2025-02-30")


def _unknown_source(root: Path) -> None:
    """Replace the sources of the first stance with a key that is not in references.bib."""
    edit_cell(root / "data" / "stances.csv", 1, "sources", "nosuchsource2025key")


def _missing_table(root: Path) -> None:
    (root / "data" / "people.csv").unlink()


def _failing_chapter(root: Path) -> None:
    path = root / "book" / "outlook.md"
    path.write_text(path.read_text(encoding="utf-8").replace("from perumex import history\n",
                                                             "from perumex import history\nraise RuntimeError('broken chapter')\n", 1),
                    encoding="utf-8")


FAULTS = {
    "impossible date": (_break_events_date, "data/events.csv"),
    "unknown source key": (_unknown_source, "nosuchsource2025key"),
    "missing table": (_missing_table, "data/people.csv"),
    "failing chapter": (_failing_chapter, "broken chapter"),
}


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_fault_stops_the_build_and_keeps_the_published_site(offline_copy, fault):
    breaker, expected = FAULTS[fault]
    site = offline_copy / "_build" / "site"
    before = _tree_digest(site)
    backup = offline_copy.parent / "backup"
    shutil.rmtree(backup, ignore_errors=True)
    shutil.copytree(offline_copy / "data", backup / "data")
    shutil.copytree(offline_copy / "book", backup / "book")
    try:
        breaker(offline_copy)
        result = _make_book(offline_copy)
        output = result.stdout + result.stderr
        assert result.returncode != 0, f"{fault}: the build passed"
        assert expected in output, output[-2000:]
        assert _tree_digest(site) == before, f"{fault}: the published site changed"
    finally:
        for name in ("data", "book"):
            shutil.rmtree(offline_copy / name)
            shutil.copytree(backup / name, offline_copy / name)


def test_dependency_audit():
    """Audit the pinned set for known vulnerabilities where the vulnerability service is reachable."""
    audit = Path(sys.prefix) / "bin" / "pip-audit"
    result = subprocess.run([str(audit), "-r", str(ROOT / "requirements.txt"), "--no-deps", "--disable-pip",
                             "--progress-spinner", "off", "--format", "json"], capture_output=True, text=True,
                            timeout=600)
    ARTEFACTS.mkdir(parents=True, exist_ok=True)
    (ARTEFACTS / "pip-audit.json").write_text(result.stdout or "{}", encoding="utf-8")
    (ARTEFACTS / "pip-audit.log").write_text(result.stderr, encoding="utf-8")
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        pytest.skip(f"pip-audit produced no report (service unreachable?): {result.stderr[-300:]}")
    dependencies = report.get("dependencies", [])
    audited = [d for d in dependencies if "skip_reason" not in d]
    if not audited:
        pytest.skip("the vulnerability service could not be reached from this machine: "
                    f"{len(dependencies)} pins listed, none audited (report in _build/test-artifacts)")
    vulnerable = [f"{d['name']}=={d['version']}: {[v['id'] for v in d['vulns']]}" for d in audited if d.get("vulns")]
    assert not vulnerable, vulnerable
