#!/bin/sh
# Build en-casefold-roman-letters.docx (tests/blind-9) with pandoc (Debian pandoc 2.17).
#   sh build_pandoc.sh
# Markdown without the fancy_lists extension, so "A. The Service Provider …" stays a typed paragraph
# (no Word list numbering) and "# I. PARTIES AND PURPOSE" becomes a Heading 1 paragraph with the Roman
# numeral typed in its text. The title block becomes pandoc's Title and Subtitle paragraphs; the
# Annex is a pipe table (pandoc's "Table" style). SOURCE_DATE_EPOCH fixes the zip timestamps.
set -e
cd "$(dirname "$0")"
SOURCE_DATE_EPOCH=1740355200 pandoc -f markdown-fancy_lists-auto_identifiers -t docx \
  -o ../en-casefold-roman-letters.docx en-casefold-roman-letters.md
echo "wrote en-casefold-roman-letters.docx"
