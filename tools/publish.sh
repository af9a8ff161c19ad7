#!/usr/bin/env bash
# Publish the freshly built site to _build/site, only after the whole build succeeded.
# The previous site stays in place until the new one is complete, then the two are swapped,
# so a failed build (bad data, a failing chapter) never leaves a half-written site behind.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f _build/html/index.html ] || { echo "publish: no built site in _build/html" >&2; exit 1; }
rm -rf _build/site.new
cp -a _build/html _build/site.new
if [ -f _build/latex/book.pdf ]; then cp _build/latex/book.pdf _build/site.new/perumex-book.pdf; fi
rm -rf _build/site.old
[ -d _build/site ] && mv _build/site _build/site.old
mv _build/site.new _build/site
rm -rf _build/site.old
echo "published: _build/site ($(find _build/site -type f | wc -l) files)"
