"""Sphinx extension that makes the build honest about data, figures and versions.

1. Dependency-aware execution cache. Jupyter Book caches executed notebooks keyed on the
   text of their code cells only, so editing ``data/`` or this package would keep stale
   outputs (jupyter-book#1633). Before each chapter is parsed we point the kernel at a
   dependency record (``PERUMEX_DEPS_FILE``); the package writes there every file it reads,
   with its hash. On the next build, a chapter whose recorded files changed is (a) dropped
   from the execution cache, so it runs again, and (b) marked outdated, so Sphinx re-reads
   it. Chapters whose inputs did not change keep their cached outputs.
2. Every image must carry alt text: a figure without it is a build warning, hence an error
   under ``-W``.
3. The book's version and date, from the package and ``CITATION.cff``, in every page footer
   and on the PDF title page; a "Cite this page" block on every HTML page, with a link to the
   chapter as an executed notebook.
4. The PDF numbers chapters as the HTML does. LaTeX numbers every chapter, so the front matter
   would become chapters 1-3 and History chapter 4 (and its figures 4.x) in the PDF but chapter 1
   in the HTML. Each part of the table of contents now switches LaTeX numbering on or off as
   its ``numbered`` flag says, so a chapter or figure number cites the same thing in both editions.
"""

from __future__ import annotations

import os
import shutil
from html import escape as html_escape
from pathlib import Path

from docutils import nodes
from pybtex.plugin import register_plugin
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.util import logging

from perumex import __version__, deps
from perumex.bibstyle import Style
from perumex.citation import plain_authors, read_citation

logger = logging.getLogger(__name__)

# LaTeX switches used at the start of each part: the class's own depth for numbered parts,
# none for the others (an unnumbered chapter does not step the chapter counter either).
LATEX_PART_NUMBERING = r"""
\makeatletter
\AtBeginDocument{\edef\perumex@secnumdepth{\the\c@secnumdepth}}
\newcommand{\perumexnumbered}{\setcounter{secnumdepth}{\perumex@secnumdepth}}
\newcommand{\perumexunnumbered}{\setcounter{secnumdepth}{-1}}
\makeatother
"""


def _deps_dir(app: Sphinx) -> Path:
    cache = app.config.nb_execution_cache_path or str(Path(app.outdir).parent / ".jupyter_cache")
    return Path(cache).resolve() / "perumex-deps"


def _deps_file(app: Sphinx, docname: str) -> Path:
    return _deps_dir(app) / (docname.replace("/", "__") + ".json")


def _on_source_read(app: Sphinx, docname: str, source: list[str]) -> None:
    # The kernel that executes this document starts after this event and inherits os.environ.
    os.environ["PERUMEX_DEPS_FILE"] = str(_deps_file(app, docname))


def _drop_cached_execution(app: Sphinx, docname: str) -> None:
    from jupyter_cache import get_cache

    cache_path = app.config.nb_execution_cache_path
    if not cache_path or not Path(cache_path).exists():
        return
    cache = get_cache(cache_path)
    source = Path(app.env.doc2path(docname)).resolve()
    for record in cache.list_cache_records():
        if Path(record.uri).resolve() == source:
            cache.remove_cache(record.pk)


def _on_env_get_outdated(app, env, added, changed, removed) -> list[str]:
    outdated = []
    recorded_in_env: dict = getattr(env, "perumex_deps", {})
    for docname in sorted(env.found_docs):
        stale_cache = deps.changed_files(deps.read_record(_deps_file(app, docname)))
        if stale_cache:
            logger.info(f"[perumex] {docname}: inputs changed ({', '.join(Path(p).name for p in stale_cache[:4])}); re-executing")
            _drop_cached_execution(app, docname)
        stale_doc = deps.changed_files(recorded_in_env.get(docname, {}))
        if (stale_cache or stale_doc) and docname not in changed and docname not in added:
            outdated.append(docname)
    return outdated


def _on_doctree_read(app: Sphinx, doctree: nodes.document) -> None:
    docname = app.env.docname
    if not hasattr(app.env, "perumex_deps"):
        app.env.perumex_deps = {}
    # The record on disk describes the execution whose outputs this doctree shows.
    app.env.perumex_deps[docname] = deps.read_record(_deps_file(app, docname))
    for image in doctree.findall(nodes.image):
        if not str(image.get("alt", "")).strip() or image.get("alt") == image.get("uri"):
            logger.warning(
                f"image without alt text: {image.get('uri')} (give the cell 'mystnb: image: alt:')",
                location=image,
            )


def _on_env_purge_doc(app: Sphinx, env, docname: str) -> None:
    getattr(env, "perumex_deps", {}).pop(docname, None)


def _on_config_inited(app: Sphinx, config) -> None:
    meta = read_citation(Path(app.confdir) / "CITATION.cff")
    date = str(meta["date-released"])
    config.version = config.release = __version__
    config.today = date  # the title page shows the book's date, not the build day
    options = dict(config.html_theme_options or {})
    footer = options.get("extra_footer", "")
    options["extra_footer"] = footer.replace("@VERSION@", __version__).replace("@DATE@", date)
    # pydata-sphinx-theme reads the default light/dark mode from html_context; left empty, it
    # logs a console error on every first visit.
    config.html_context = {**(config.html_context or {}), "default_mode": "auto"}
    config.html_theme_options = options
    elements = dict(config.latex_elements or {})
    elements["preamble"] = elements.get("preamble", "") + LATEX_PART_NUMBERING
    config.latex_elements = elements


def _cite_block(app: Sphinx, docname: str, title: str) -> str:
    """HTML for the 'Cite this page' block (and the notebook download, for executable pages)."""
    meta = read_citation(Path(app.confdir) / "CITATION.cff")
    authors = plain_authors(meta)
    date = str(meta["date-released"])
    base = (app.config.html_baseurl or "").rstrip("/")
    url = f"{base}/{docname}.html" if base else f"{docname}.html"
    citation = (f"{authors} ({date[:4]}). “{title}”. In {meta['title']}, version {__version__}, {date}. {url}")
    depth = "../" * docname.count("/")
    notebook = ""
    if (Path(app.outdir).parent / "jupyter_execute" / f"{docname}.ipynb").exists():
        notebook = (f'<p><a href="{depth}_notebooks/{Path(docname).name}.ipynb" download>'
                    f"Download this chapter as a Jupyter notebook (with outputs)</a></p>")
    return ('<aside class="perumex-cite" aria-label="Cite this page"><p class="rubric">Cite this page</p>'
            f"<p>{html_escape(citation)}</p>{notebook}</aside>")


def part_numbering(app: Sphinx) -> dict[str, bool]:
    """First document of each part of the table of contents -> whether that part is numbered."""
    site_map = getattr(app.env, "external_site_map", None)
    if site_map is None:
        return {}
    parts = [part for part in site_map.root.subtrees if part.files()]
    if len({bool(part.numbered) for part in parts}) < 2:
        return {}  # all numbered or none: LaTeX's default already matches the HTML
    return {str(part.files()[0]): bool(part.numbered) for part in parts}


def _number_latex_parts_as_html(app: Sphinx, doctree: nodes.document) -> None:
    first_docs = part_numbering(app)
    for start in doctree.findall(addnodes.start_of_file):
        if start["docname"] in first_docs:
            switch = r"\perumexnumbered" if first_docs[start["docname"]] else r"\perumexunnumbered"
            start.insert(0, nodes.raw("", switch + "\n", format="latex"))


def _on_doctree_resolved(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    if app.builder.format == "latex":
        _number_latex_parts_as_html(app, doctree)
        return
    if app.builder.format != "html":
        return
    titles = list(doctree.findall(nodes.title))
    title = titles[0].astext() if titles else docname
    doctree.append(nodes.raw("", _cite_block(app, docname, title), format="html"))


def _on_build_finished(app: Sphinx, exception) -> None:
    """Publish each executed chapter as a notebook beside the HTML (offered by the cite block)."""
    if exception or app.builder.format != "html":
        return
    executed = Path(app.outdir).parent / "jupyter_execute"
    target = Path(app.outdir) / "_notebooks"
    target.mkdir(exist_ok=True)
    for notebook in sorted(executed.rglob("*.ipynb")):
        shutil.copyfile(notebook, target / notebook.name)
    # Docutils marks the bibliography 'role="list"' although its children are citation entries
    # and anchors, which assistive technology (and axe-core) reject; a plain container is correct.
    for page in Path(app.outdir).rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        if '<div role="list" class="citation-list">' in html:
            page.write_text(html.replace('<div role="list" class="citation-list">', '<div class="citation-list">'),
                            encoding="utf-8")


def setup(app: Sphinx) -> dict:
    register_plugin("pybtex.style.formatting", "perumex", Style, force=True)
    app.connect("config-inited", _on_config_inited)
    app.connect("source-read", _on_source_read)
    app.connect("env-get-outdated", _on_env_get_outdated)
    app.connect("env-purge-doc", _on_env_purge_doc)
    app.connect("doctree-read", _on_doctree_read)
    app.connect("doctree-resolved", _on_doctree_resolved)
    app.connect("build-finished", _on_build_finished)
    return {"version": __version__, "parallel_read_safe": False, "parallel_write_safe": True}
