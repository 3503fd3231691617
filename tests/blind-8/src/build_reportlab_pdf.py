#!/usr/bin/env python3
"""Build da-vandur-bilag-liggende.pdf (tests/blind-8) with reportlab.

  /tmp/b8venv/bin/python build_reportlab_pdf.py      (any Python with reportlab 4.x or 5.x)

A Danish agreement on **landscape A4** pages (long lines of up to ~190 characters), DejaVu Sans 9.5 pt.
A short main document (`1. Aftalens opbygning` … `5. Underskrifter`, clauses `1.1` as hanging
paragraphs) and five annexes that carry the substance, each starting on a new page with the heading
`Bilag A – Behandlingens omfang` … `Bilag E – Ophør og ansvar`; the annex clauses are **lettered**
`A.1`, `B.7`, `B.7.1`, each with a bold run-in title (`B.4 Registreredes rettigheder. Vandur bistår …`);
`D.3` is followed by a table of sub-processors. Header with the parties, footer `Side N af M`.
Source: da-vandur-bilag-liggende.txt (#TITLE, #P, #H heading, #ANNEX, #T table row, other lines
number + text; in an annex the text before the first full stop is the run-in title).
"""
import os
import re
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

rl_config.invariant = 1
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, ".."))
FONTS = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DejaVu", FONTS + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", FONTS + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold", italic="DejaVu", boldItalic="DejaVu-Bold")
PAGE = landscape(A4)
HEADER = "Sydthy Vandforsyning A.m.b.a. · Vandur ApS – Databehandleraftale"


class NumberedCanvas(canvas.Canvas):
    """Draws header and 'Side N af M' once the page count is known."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self.setFont("DejaVu", 7.5)
            self.setFillGray(0.35)
            self.drawString(18 * mm, PAGE[1] - 11 * mm, HEADER)
            self.drawCentredString(PAGE[0] / 2, 9 * mm, f"Side {self._pageNumber} af {total}")
            self.setFillGray(0)
            super().showPage()
        super().save()


def styles():
    base = ParagraphStyle("base", fontName="DejaVu", fontSize=9.5, leading=12.5, alignment=TA_JUSTIFY, spaceAfter=4)
    return {
        "title": ParagraphStyle("title", parent=base, fontName="DejaVu-Bold", fontSize=15, leading=19, alignment=TA_CENTER, spaceAfter=6),
        "party": ParagraphStyle("party", parent=base, alignment=TA_CENTER, leftIndent=30 * mm, rightIndent=30 * mm, spaceAfter=10),
        "head": ParagraphStyle("head", parent=base, fontName="DejaVu-Bold", fontSize=10.5, leading=14, spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "annex": ParagraphStyle("annex", parent=base, fontName="DejaVu-Bold", fontSize=12.5, leading=16, spaceAfter=8),
        "clause": ParagraphStyle("clause", parent=base, leftIndent=16 * mm, bulletIndent=0),
        "deep": ParagraphStyle("deep", parent=base, leftIndent=30 * mm, bulletIndent=16 * mm),
        "cell": ParagraphStyle("cell", parent=base, alignment=0, spaceAfter=0),
    }


def build():
    st = styles()
    story, rows, in_annex = [], [], False
    src = [l.rstrip("\n") for l in open(os.path.join(HERE, "da-vandur-bilag-liggende.txt"), encoding="utf-8") if l.strip()]
    for line in src + ["#END"]:
        if line.startswith("#T "):
            rows.append(line[3:].split("|"))
            continue
        if rows:
            data = [[Paragraph(("<b>%s</b>" if i == 0 else "%s") % escape(c), st["cell"]) for c in r] for i, r in enumerate(rows)]
            t = Table(data, colWidths=[80 * mm, 70 * mm, 95 * mm], hAlign="LEFT")
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [Spacer(1, 2), t, Spacer(1, 6)]
            rows = []
        if line.startswith("#TITLE "):
            story.append(Paragraph(escape(line[7:]), st["title"]))
        elif line.startswith("#P "):
            story.append(Paragraph(escape(line[3:]), st["party"]))
        elif line.startswith("#H "):
            story.append(Paragraph(escape(line[3:]), st["head"]))
        elif line.startswith("#ANNEX "):
            story += [PageBreak(), Paragraph(escape(line[7:]), st["annex"])]
            in_annex = True
        elif line == "#END":
            pass
        else:
            num, text = line.split(" ", 1)
            if in_annex:
                m = re.match(r"([^.]+\.)(\s.*|)$", text) if not re.match(r"Godkendte", text) else None
                body = f"<b>{escape(m.group(1))}</b>{escape(m.group(2))}" if m else escape(text)
            else:
                body = escape(text)
            style = st["deep"] if num.count(".") >= 2 else st["clause"]
            story.append(Paragraph(body, style, bulletText=num))
    doc = SimpleDocTemplate(os.path.join(OUT, "da-vandur-bilag-liggende.pdf"), pagesize=PAGE,
                            leftMargin=18 * mm, rightMargin=18 * mm, topMargin=17 * mm, bottomMargin=16 * mm,
                            title="Databehandleraftale", author="")
    doc.build(story, canvasmaker=NumberedCanvas)
    print("wrote da-vandur-bilag-liggende.pdf")


if __name__ == "__main__":
    build()
