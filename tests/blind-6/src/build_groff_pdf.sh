#!/bin/sh
# Rebuild en-charity-groff.pdf (tests/blind-6): plain troff with own macros (automatic section
# numbers "1.", hanging clause numbers "1.1", header and footer by page traps), groff's
# PostScript device, then Ghostscript's ps2pdf. preconv (-k) reads the UTF-8 source.
set -e
cd "$(dirname "$0")"
groff -k -Tps -dpaper=a4 -P-pa4 en-charity-groff.ms > /tmp/en-charity-groff.$$.ps
ps2pdf -dPDFSETTINGS=/prepress /tmp/en-charity-groff.$$.ps ../en-charity-groff.pdf
rm -f /tmp/en-charity-groff.$$.ps
echo "wrote ../en-charity-groff.pdf"
