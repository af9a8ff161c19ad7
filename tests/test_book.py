"""The real book, built once with the README's commands: HTML site, PDF edition, figures.

The session fixture `built` (conftest) runs `make book` (strict HTML, the PDF through xelatex,
then publication to _build/site) in the repository. PDF checks are skipped, with the reason, where TeX Live is not installed.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
import yaml
from conftest import ROOT

pytestmark = [pytest.mark.build]
HAVE_TEX = shutil.which("xelatex") is not None and shutil.which("pdftotext") is not None
SPANISH = "áéíóúñ¿¡«»"


def page_titles() -> list[str]:
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    names = [toc["root"]] + [c["file"] for part in toc["parts"] for c in part["chapters"]]
    titles = []
    for name in names:
        text = (ROOT / f"{name}.md").read_text(encoding="utf-8")
        titles.append(re.search(r"^# (.+)$", text, re.M).group(1).strip())
    return titles


def test_every_page_is_in_the_site_with_version_footer(built):
    import perumex

    pages = sorted((built / "site" / "book").glob("*.html"))
    assert len(pages) == len(page_titles())
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert f"Version {perumex.__version__}" in html, page.name
        assert 'href="../perumex-book.pdf"' in html, page.name


@pytest.fixture(scope="module")
def pdf_text(built) -> str:
    if not HAVE_TEX:
        pytest.skip("TeX Live (xelatex) or poppler-utils not installed: run tools/ensure-tex.sh as root")
    pdf = built / "latex" / "book.pdf"
    assert pdf.exists()
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def test_pdf_is_copied_into_the_site(pdf_text, built):
    assert (built / "site" / "perumex-book.pdf").read_bytes() == (built / "latex" / "book.pdf").read_bytes()


def test_pdf_has_title_page_contents_chapters_and_bibliography(pdf_text):
    import perumex

    first_page = pdf_text.split("\f")[0]
    assert "Peru and Mexico" in first_page and f"Version {perumex.__version__}" in first_page
    assert "contents" in pdf_text.lower()
    flat = " ".join(pdf_text.split()).lower()
    root, *chapters = page_titles()
    assert " ".join(root.split()).lower() in " ".join(first_page.split()).lower()  # the book's title page
    for title in chapters:
        assert " ".join(title.split()).lower() in flat, title
    assert "Bibliography" in pdf_text


def test_pdf_renders_spanish_characters(pdf_text):
    missing = [c for c in SPANISH if c not in pdf_text]
    assert not missing, f"characters missing from the PDF text: {missing}"


def test_pdf_embeds_every_font(pdf_text, built):
    report = subprocess.run(["pdffonts", str(built / "latex" / "book.pdf")], capture_output=True, text=True,
                            check=True).stdout.splitlines()[2:]
    assert report, "no fonts listed"
    for line in report:
        assert re.search(r"\s(yes)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$", line), f"not embedded: {line}"


def test_pdf_numbers_every_figure(pdf_text):
    declared = sum(len(re.findall(r"^:\s+name: fig-", p.read_text(encoding="utf-8"), re.M))
                   for p in (ROOT / "book").glob("*.md"))
    numbered = set(re.findall(r"Fig\. (\d+\.\d+)", pdf_text))
    assert declared >= 1
    assert len(numbered) >= declared, (declared, sorted(numbered))


def test_latex_log_has_no_warnings(pdf_text, built):
    log = (built / "latex" / "book.log").read_text(encoding="latin-1")
    warnings = [line for line in log.splitlines() if re.search(r"(LaTeX|Package \w+) Warning", line)]
    assert not warnings, warnings[:10]


def test_pdf_figure_numbers_are_continuous_within_each_chapter(pdf_text):
    captions = re.findall(r"Fig\. (\d+)\.(\d+):", pdf_text)
    by_chapter: dict[int, set[int]] = {}
    for chapter, number in captions:
        by_chapter.setdefault(int(chapter), set()).add(int(number))
    assert by_chapter, "no figure captions found"
    for chapter, numbers in by_chapter.items():
        assert numbers == set(range(1, max(numbers) + 1)), (chapter, sorted(numbers))


def html_figure_captions(site) -> list[tuple[str, str]]:
    """(number, first words of the caption) of every numbered figure in the HTML edition."""
    found = []
    for page in sorted((site / "book").glob("*.html")):
        html = page.read_text(encoding="utf-8")
        for number, text in re.findall(r'caption-number">Fig\. (\d+\.\d+) </span><span class="caption-text">([^<]+)', html):
            found.append((number, " ".join(text.split()[:5])))
    return found


def test_pdf_and_html_number_chapters_and_figures_alike(pdf_text, built):
    # A reader citing "Fig. 2.1" or "chapter 2" must find the same thing in both editions.
    captions = html_figure_captions(built / "site")
    assert captions, "no numbered figures in the HTML"
    flat = " ".join(pdf_text.split())
    for number, words in captions:
        assert f"Fig. {number}: {words}" in flat, (number, words)
    pages = [" ".join(page.split()) for page in pdf_text.split("\f")]
    start = next(i for i, page in enumerate(pages) if page.startswith("CONTENTS"))
    contents = " ".join(pages[start:start + 2])  # the contents run over two pages
    assert re.search(r"\b1 History\b", contents), "History is not chapter 1 in the PDF contents"
    assert "1 Key findings" not in contents
    assert contents.count("Bibliography") == 1, "the bibliography opens two chapters"


def test_pdf_internal_links_point_to_existing_destinations(pdf_text, built):
    from pypdf import PdfReader

    reader = PdfReader(str(built / "latex" / "book.pdf"))
    destinations = set(reader.named_destinations)
    links = broken = 0
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") != "/Link":
                continue
            target = annotation.get("/Dest")
            action = annotation.get("/A")
            if target is None and action is not None and action.get("/S") == "/GoTo":
                target = action.get("/D")
            if target is None:
                continue  # external URL
            links += 1
            if isinstance(target, str) and target not in destinations:
                broken += 1
    assert links > 100, links
    assert broken == 0, f"{broken} of {links} internal links have no destination"
