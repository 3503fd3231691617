#!/usr/bin/env python3
"""Build de-kontorwerk-bcr-paragraphen.pdf (tests/blind-10) with reportlab 5 (platypus).

  /tmp/b10venv/bin/python build_reportlab.py      (needs reportlab and Debian's fonts-liberation)

German statute style: '§ 6 Unterauftragsverarbeiter' headings, paragraphs '(1)', '(2)' set as
reportlab bullets (bulletText, so the number is text drawn in the margin), annex items 'a)'.
Running header and 'Seite N von M' drawn on the canvas (two-pass page count). Fixed creation
date and invariant=1, so a rebuild is byte-identical.
"""
import os

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)
from xml.sax.saxutils import escape

from markup import SET, parse, split_label

NAME = "de-kontorwerk-bcr-paragraphen"
FONTDIR = "/usr/share/fonts/truetype/liberation"
pdfmetrics.registerFont(TTFont("LibSans", os.path.join(FONTDIR, "LiberationSans-Regular.ttf")))
pdfmetrics.registerFont(TTFont("LibSans-Bold", os.path.join(FONTDIR, "LiberationSans-Bold.ttf")))
pdfmetrics.registerFontFamily("LibSans", normal="LibSans", bold="LibSans-Bold")

BASE = ParagraphStyle("base", fontName="LibSans", fontSize=9.8, leading=13.4, alignment=TA_JUSTIFY, spaceAfter=4)
TITLE = ParagraphStyle("title", parent=BASE, fontName="LibSans-Bold", fontSize=17, leading=21, alignment=TA_CENTER,
                       spaceAfter=2)
SUB = ParagraphStyle("sub", parent=BASE, alignment=TA_CENTER, spaceAfter=12, textColor="#444444")
CENTRE = ParagraphStyle("centre", parent=BASE, alignment=TA_CENTER, spaceAfter=2)
HEAD = ParagraphStyle("head", parent=BASE, fontName="LibSans-Bold", fontSize=10.8, leading=14, spaceBefore=10,
                      spaceAfter=4, alignment=0)
ABS = ParagraphStyle("abs", parent=BASE, leftIndent=9 * mm, bulletIndent=0, bulletFontName="LibSans")
ITEM = ParagraphStyle("item", parent=BASE, leftIndent=7 * mm, bulletIndent=0, bulletFontName="LibSans")
CELL = ParagraphStyle("cell", parent=BASE, fontSize=8.8, leading=11.5, alignment=0, spaceAfter=0)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="LibSans-Bold")


class NumberedCanvas(rl_canvas.Canvas):
    """Defers page output so that 'Seite N von M' knows M."""

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved)
        for state in self._saved:
            self.__dict__.update(state)
            self.setFont("LibSans", 7.5)
            self.setFillColor("#555555")
            self.drawRightString(A4[0] - 20 * mm, A4[1] - 13 * mm,
                                 "Auftragsverarbeitungsvertrag Ostalb Logistik GmbH / Kontorwerk Software AG")
            self.drawCentredString(A4[0] / 2, 11 * mm, f"Seite {self._pageNumber} von {total}")
            super().showPage()
        super().save()


def story():
    out = []
    for tag, text in parse(NAME + ".txt"):
        if tag == "TITLE":
            out.append(Paragraph(escape(text), TITLE))
        elif tag == "SUB":
            out.append(Paragraph(escape(text), SUB))
        elif tag == "C":
            out.append(Paragraph(escape(text), CENTRE))
        elif tag == "P":
            out.append(Paragraph(escape(text), BASE))
        elif tag == "H":
            out.append(Paragraph(escape(text), HEAD))
        elif tag == "ANNEX":
            out.append(PageBreak())
            out.append(Paragraph(escape(text), ParagraphStyle("annex", parent=HEAD, fontSize=12, spaceBefore=0)))
        elif tag == "N":
            label, rest = split_label(text)
            out.append(Paragraph(escape(rest), ABS, bulletText=label))
        elif tag == "I":
            label, rest = split_label(text)
            out.append(Paragraph(escape(rest), ITEM, bulletText=label))
        elif tag == "TABLE":
            rows = [[Paragraph(escape(c), CELLB if i == 0 else CELL) for c in r] for i, r in enumerate(text)]
            t = Table(rows, colWidths=[48 * mm, 36 * mm, 50 * mm, 36 * mm], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#444444"),
                                   ("BACKGROUND", (0, 0), (-1, 0), "#e4e4e4"),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            out.append(Spacer(1, 4))
            out.append(t)
        elif tag == "SIG":
            rows = [[Paragraph(escape(c), CELL) for c in r] for r in text]
            t = Table(rows, colWidths=[85 * mm, 85 * mm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 3)]))
            out.append(Spacer(1, 18))
            out.append(KeepTogether([t]))
        else:
            raise ValueError(tag)
    return out


def main():
    path = os.path.join(SET, NAME + ".pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                            bottomMargin=20 * mm, title="Auftragsverarbeitungsvertrag", author="Kontorwerk Software AG",
                            creator="Kontorwerk Vertragsgenerator", invariant=1)
    doc.build(story(), canvasmaker=NumberedCanvas)
    print("wrote", NAME + ".pdf")


if __name__ == "__main__":
    main()
