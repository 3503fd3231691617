#!/usr/bin/env python3
"""Build da-noeglehul-nummerlinje.pdf (tests/blind-9) with fpdf2.

  /tmp/b9venv/bin/python build_fpdf.py      (fpdf2 2.8 from PyPI; Liberation fonts from Debian)

The shape is that of a PDF exported from Word where a numbered heading's number and its title were
two paragraphs: every heading is a bold line holding only the number ("7.") and, on the NEXT line,
the bold title ("Overførsel til tredjelande"). The clauses are numbered with a trailing dot
("7.1."), the number in the left margin and the text in a hanging indent. The parties block is
unnumbered, the signatures are a two-column block, and "Bilag 1" / "Underdatabehandlere" follows the
same number-line / title-line pattern on a page of its own with a small table.
Source: da-noeglehul-nummerlinje.txt (#TITLE, #C centred, #P party line, #N number line,
#T title line, #S signature row, #PAGE, #R table row; other lines are clauses "N.N. text").
"""
import datetime
import os
import re

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, ".."))
NAME = "da-noeglehul-nummerlinje"
FONTS = "/usr/share/fonts/truetype/liberation"


class Doc(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_font("LibSans", size=8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Side {self.page_no()} af {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def build():
    pdf = Doc(format="A4", unit="mm")
    pdf.set_creation_date(datetime.datetime(2025, 2, 12, 10, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("Databehandleraftale")
    pdf.set_author("Nøglehul ApS")
    pdf.set_producer(f"fpdf2 {__import__('fpdf').__version__}")
    pdf.add_font("LibSerif", "", os.path.join(FONTS, "LiberationSerif-Regular.ttf"))
    pdf.add_font("LibSerif", "B", os.path.join(FONTS, "LiberationSerif-Bold.ttf"))
    pdf.add_font("LibSans", "", os.path.join(FONTS, "LiberationSans-Regular.ttf"))
    pdf.set_margins(25, 22, 25)
    pdf.set_auto_page_break(True, 22)
    pdf.alias_nb_pages()
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    indent = 13
    rows = []

    def flush_rows():
        if not rows:
            return
        pdf.set_font("LibSerif", size=10)
        from fpdf.fonts import FontFace
        with pdf.table(col_widths=(55, 40, 65), text_align="LEFT", first_row_as_headings=True,
                       headings_style=FontFace(emphasis="BOLD")) as table:
            for r in rows:
                row = table.row()
                for c in r:
                    row.cell(c)
        rows.clear()

    for line in open(os.path.join(HERE, NAME + ".txt"), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        tag, _, rest = line.partition(" ")
        if tag == "#TITLE":
            pdf.set_font("LibSerif", "B", 17)
            pdf.cell(0, 10, rest, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif tag == "#C":
            pdf.set_font("LibSerif", size=11)
            pdf.cell(0, 7, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "#P":
            pdf.set_font("LibSerif", size=11)
            pdf.cell(0, 5.5, rest, align="C", new_x="LMARGIN", new_y="NEXT")
        elif tag == "#N":                                   # the number, alone on its line
            if pdf.get_y() > pdf.h - 50:
                pdf.add_page()
            pdf.ln(4)
            pdf.set_font("LibSerif", "B", 12)
            pdf.cell(0, 6, rest, new_x="LMARGIN", new_y="NEXT")
        elif tag == "#T":                                   # the title, on the next line
            pdf.set_font("LibSerif", "B", 12)
            pdf.cell(0, 6, rest, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif tag == "#S":
            left, right = rest.split("|")
            pdf.set_font("LibSerif", size=11)
            pdf.cell(width / 2, 7, left)
            pdf.cell(width / 2, 7, right, new_x="LMARGIN", new_y="NEXT")
        elif tag == "#PAGE":
            pdf.add_page()
        elif tag == "#R":
            rows.append(rest.split("|"))
        else:
            m = re.match(r"(\d+\.\d+\.) (.*)", line)
            if not m:
                raise ValueError(line)
            pdf.set_font("LibSerif", size=11)
            y = pdf.get_y()
            if y > pdf.h - 35:
                pdf.add_page()
                y = pdf.get_y()
            pdf.set_xy(pdf.l_margin, y)
            pdf.cell(indent, 5.6, m.group(1))
            pdf.set_xy(pdf.l_margin + indent, y)
            pdf.multi_cell(width - indent, 5.6, m.group(2), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    flush_rows()
    out = os.path.join(OUT, NAME + ".pdf")
    pdf.output(out)
    print("wrote", out)


if __name__ == "__main__":
    build()
