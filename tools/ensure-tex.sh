#!/usr/bin/env bash
# Make sure the PDF toolchain is present: xelatex, latexmk, the fonts the book uses, and
# poppler-utils (pdffonts/pdftotext, used by the PDF tests). Installs Debian's packages with
# apt-get when missing and running as root; otherwise says exactly what to install.
# Exit 0 when everything is there, 3 when it is missing and could not be installed.
set -u
PACKAGES="latexmk texlive-xetex texlive-latex-extra texlive-fonts-recommended fonts-freefont-otf texlive-lang-spanish make poppler-utils"

have_all() {
  command -v xelatex >/dev/null && command -v latexmk >/dev/null && command -v pdffonts >/dev/null \
    && fc-list 2>/dev/null | grep -q FreeSerif && kpsewhich polyglossia.sty >/dev/null 2>&1
}

have_all && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing TeX Live for the PDF (Debian packages: $PACKAGES)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends $PACKAGES >/dev/null
  have_all && exit 0
fi
cat >&2 <<MSG
The PDF edition needs TeX Live with xelatex and the FreeFont fonts. Install them with:
    sudo apt-get install --no-install-recommends $PACKAGES
(on other systems: TeX Live with xelatex, latexmk, polyglossia, and GNU FreeFont).
The HTML edition does not need them.
MSG
exit 3
