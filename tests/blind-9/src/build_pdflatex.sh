#!/bin/sh
# Build en-fernleaf-pdflatex.pdf (tests/blind-9) with pdflatex (Debian texlive-latex-base,
# texlive-latex-recommended, texlive-fonts-recommended, texlive-lang-european; TeX Live 2022).
#   sh build_pdflatex.sh
# Two runs (none of the text depends on the second, but it is the usual way). SOURCE_DATE_EPOCH and
# \pdfinfoomitdate / \pdftrailerid{} keep the bytes reproducible.
set -e
cd "$(dirname "$0")"
tmp=$(mktemp -d)
export SOURCE_DATE_EPOCH=1739779200
export FORCE_SOURCE_DATE=1
for i in 1 2; do
  pdflatex -interaction=nonstopmode -halt-on-error -output-directory "$tmp" en-fernleaf-pdflatex.tex > "$tmp/log.txt"
done
cp "$tmp/en-fernleaf-pdflatex.pdf" ../en-fernleaf-pdflatex.pdf
rm -rf "$tmp"
echo "wrote en-fernleaf-pdflatex.pdf"
