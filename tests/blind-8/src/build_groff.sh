#!/bin/sh
# Build en-berthwise-groff-articles.pdf (tests/blind-8): plain troff with home-made -ms-like macros
# (groff-base has no ms package) and tbl for the two tables, PostScript by grops, PDF by Ghostscript.
#   sh build_groff.sh        (needs groff 1.22 with tbl and devps, and ps2pdf)
set -e
cd "$(dirname "$0")"
groff -k -t -Tps en-berthwise-groff-articles.roff | ps2pdf - ../en-berthwise-groff-articles.pdf
echo "wrote en-berthwise-groff-articles.pdf"
