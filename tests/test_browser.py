"""The site as readers meet it, in Debian's Chromium driven headless by Playwright.

Every page of the published site (_build/site) is served on localhost and opened at desktop
and phone widths: no console errors, no failed or third-party requests, every image loaded
with alt text, every internal link resolving, no serious or critical accessibility violation
(axe-core). Screenshots are saved under _build/test-artifacts/screenshots.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

import pytest
from conftest import ARTEFACTS

pytestmark = pytest.mark.build
CHROMIUM = shutil.which("chromium")
playwright = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
if CHROMIUM is None:
    pytest.skip("Chromium is not installed (tools/ensure-browser.sh installs it as root)", allow_module_level=True)

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
PAGE_BUDGET_BYTES = 3_000_000  # HTML plus the images it shows, per page


@pytest.fixture(scope="module")
def site(built) -> Path:
    return built / "site"


@pytest.fixture(scope="module")
def server(site):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


def pages(site: Path) -> list[str]:
    return ["index.html"] + sorted(f"book/{p.name}" for p in (site / "book").glob("*.html"))


def visit(browser, url: str, viewport: dict) -> dict:
    """Open a page; record console errors, failed requests and any request leaving localhost."""
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    record = {"console": [], "failed": [], "external": []}
    page.on("console", lambda m: record["console"].append(m.text) if m.type == "error" else None)
    page.on("requestfailed", lambda r: record["failed"].append(r.url))
    page.on("response", lambda r: record["failed"].append(f"{r.status} {r.url}") if r.status >= 400 else None)

    def route(request_route):
        host = urlparse(request_route.request.url).hostname
        if request_route.request.url.startswith(("data:", "blob:", "file:")) or host in ("127.0.0.1", "localhost"):
            request_route.continue_()
        else:
            record["external"].append(request_route.request.url)
            request_route.abort()

    page.route("**/*", route)
    page.goto(url, wait_until="load")
    page.wait_for_timeout(300)
    record["page"], record["context"] = page, context
    return record


def test_every_page_loads_cleanly_with_images_alt_text_and_no_external_request(browser, server, site):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    shots = ARTEFACTS / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    problems = []
    for path in pages(site):
        for width, viewport in VIEWPORTS.items():
            record = visit(browser, urljoin(server, path), viewport)
            page = record["page"]
            images = page.evaluate("Array.from(document.images).map(i => [i.currentSrc || i.src, i.alt, "
                                   "i.complete && i.naturalWidth > 0])")
            for src, alt, loaded in images:
                if not loaded:
                    problems.append(f"{path}: image not loaded {src}")
                if not (alt or "").strip():
                    problems.append(f"{path}: image without alt text {src}")
            problems += [f"{path} [{width}]: console error {c}" for c in record["console"]]
            problems += [f"{path} [{width}]: failed request {f}" for f in record["failed"]]
            problems += [f"{path} [{width}]: external request {e}" for e in record["external"]]
            if width == "desktop":
                results = axe.run(page)
                for violation in results.response["violations"]:
                    if violation["impact"] in ("serious", "critical"):
                        problems.append(f"{path}: axe {violation['impact']} {violation['id']} "
                                        f"({len(violation['nodes'])} nodes)")
            page.screenshot(path=str(shots / f"{Path(path).stem}-{width}.png"), full_page=False)
            record["context"].close()
    assert not problems, "\n".join(problems[:40])


def test_every_internal_link_and_image_resolves(site):
    from html.parser import HTMLParser

    class Links(HTMLParser):
        def __init__(self):
            super().__init__()
            self.targets = []

        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            for name in ("href", "src"):
                if attrs.get(name):
                    self.targets.append(attrs[name])

    broken = []
    for path in pages(site):
        parser = Links()
        parser.feed((site / path).read_text(encoding="utf-8"))
        for target in parser.targets:
            parsed = urlparse(target)
            if parsed.scheme or target.startswith(("#", "mailto:", "javascript:")):
                continue
            resolved = (site / path).parent / unquote(parsed.path)
            if parsed.path and not resolved.exists():
                broken.append(f"{path} -> {target}")
    assert not broken, broken[:20]


def test_page_weight_budget(site):
    over = []
    for path in pages(site):
        html = site / path
        text = html.read_text(encoding="utf-8")
        images = {html.parent / unquote(src) for src in __import__("re").findall(r'<img[^>]+src="([^"]+)"', text)
                  if not urlparse(src).scheme}
        weight = html.stat().st_size + sum(i.stat().st_size for i in images if i.exists())
        if weight > PAGE_BUDGET_BYTES:
            over.append(f"{path}: {weight:,} bytes")
    assert not over, over


def test_site_works_from_file_url(browser, site):
    record = visit(browser, (site / "book" / "history.html").as_uri(), VIEWPORTS["desktop"])
    page = record["page"]
    assert page.locator("h1").first.inner_text().strip().endswith("History")
    assert page.evaluate("Array.from(document.images).every(i => i.complete && i.naturalWidth > 0)")
    assert not record["external"]
    record["context"].close()


def test_pages_offer_cite_block_download_and_repository_buttons(site):
    html = (site / "book" / "history.html").read_text(encoding="utf-8")
    assert "Cite this page" in html
    assert (site / "_notebooks" / "history.ipynb").exists() and "_notebooks/history.ipynb" in html
    assert "perumex-book.pdf" in html
    for marker in ("mybinder.org", "/edit/", "/issues/new", 'property="og:title"'):
        assert marker in html, marker
