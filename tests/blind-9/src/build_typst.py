#!/usr/bin/env python3
"""Build sv-simtid-ordrubriker.pdf (tests/blind-9) with Typst (the `typst` package from PyPI).

  /tmp/b9venv/bin/python build_typst.py

Source: sv-simtid-ordrubriker.typ. Liberation Serif / Sans from Debian (fonts-liberation) are
looked up in /usr/share/fonts. Typst writes the headings into the PDF outline as well.
"""
import os

import typst

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, ".."))
NAME = "sv-simtid-ordrubriker"

if __name__ == "__main__":
    out = os.path.join(OUT, NAME + ".pdf")
    typst.compile(os.path.join(HERE, NAME + ".typ"), output=out, font_paths=["/usr/share/fonts/truetype"])
    print("wrote", out)
