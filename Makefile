# Two commands a reader needs: `make book` (HTML + PDF) and `make test`.
# Each target sets itself up from nothing: a virtual environment with the pinned stack,
# and (for the PDF) Debian's TeX Live, installed with apt-get when missing and run as root.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
JB := $(VENV)/bin/jupyter-book
STAMP := $(VENV)/.installed
# --all: re-read every page (outputs still come from the execution cache), so a warning in an
# unchanged page fails every build, not just the first.
JBFLAGS := -W -n --keep-going --all
PDF := _build/latex/book.pdf

.PHONY: book html pdf figures test test-fast bench validate setup tex lab clean

# The site is published to _build/site only when HTML and PDF both built (tools/publish.sh).
book: html pdf
	tools/publish.sh

setup: $(STAMP)

$(STAMP): requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Check every table and the bibliography before anything is built or published.
validate: $(STAMP)
	$(PY) -m perumex validate

html: validate
	$(JB) build . $(JBFLAGS)

pdf: validate
	@if tools/ensure-tex.sh; then \
	  rm -rf _build/latex && \
	  : "LaTeX sources are regenerated on each build; a stale index file would break latexmk" && \
	  $(JB) build . --builder pdflatex $(JBFLAGS) && \
	  echo "PDF: $(PDF)"; \
	else echo "PDF SKIPPED: TeX Live is missing (see the message above); the HTML edition is still built"; fi

figures: validate
	$(PY) tools/figures.py --out figures

test: $(STAMP)
	@tools/ensure-tex.sh || echo "TeX Live missing: PDF tests will be skipped with a reason"
	@tools/ensure-browser.sh || echo "Chromium missing: browser tests will be skipped with a reason"
	$(PY) -m pytest

test-fast: $(STAMP)
	$(PY) -m pytest -m "not build and not pdf"

bench: validate
	@tools/ensure-tex.sh
	$(PY) tools/bench.py

lab: $(STAMP)
	$(VENV)/bin/jupyter lab book/

clean:
	rm -rf _build figures
