#!/usr/bin/env python3
"""Rebuild the two reportlab PDFs of tests/blind-6.

  /tmp/rr/rl/bin/python build_reportlab_pdf.py      (any Python with reportlab 4.x)

de-hausverwaltung-inhaltsverzeichnis.pdf: platypus with a TableOfContents on page 1 (dotted leaders,
  page numbers; multiBuild resolves them), the agreement from page 2, "Seite N von M" footer.
no-barnehage-glyfer.pdf: no platypus at all. Our own line breaker justifies every paragraph and
  hyphenates words that do not fit (a break between a vowel and a consonant-vowel pair, or between two
  consonants, at least three letters on either side), then **every character is drawn with its own
  drawString at its own x position**, as layout programs such as InDesign or QuarkXPress emit text:
  no word or line exists as a string in the PDF.
Texts are in texts_reportlab.py.
"""
import os
import re

from reportlab import rl_config
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus.tableofcontents import TableOfContents

import texts_reportlab as T

rl_config.invariant = 1
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, ".."))
PAGE_W, PAGE_H = A4

# ------------------------------------------------------------------ German with a table of contents

base = ParagraphStyle("base", fontName="Helvetica", fontSize=10, leading=13.5, alignment=TA_JUSTIFY, spaceAfter=4)
head = ParagraphStyle("head", parent=base, fontName="Helvetica-Bold", fontSize=11, spaceBefore=8, spaceAfter=3,
                      alignment=0, keepWithNext=1)
title = ParagraphStyle("title", parent=base, fontName="Helvetica-Bold", fontSize=16, leading=20, alignment=TA_CENTER,
                       spaceAfter=10)
centre = ParagraphStyle("centre", parent=base, alignment=TA_CENTER, spaceAfter=3)
tochead = ParagraphStyle("tochead", parent=head, spaceBefore=18)
bullet = ParagraphStyle("bullet", parent=base, leftIndent=12, bulletIndent=2)
toc1 = ParagraphStyle("toc1", fontName="Helvetica", fontSize=10, leading=14, leftIndent=0, firstLineIndent=0)
DE_STATE = {"pages": 0}


class TocDoc(SimpleDocTemplate):
    def afterFlowable(self, flowable):
        if isinstance(flowable, Paragraph) and flowable.style.name == "head":
            self.notify("TOCEntry", (0, flowable.getPlainText(), self.page))


def de_page(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica", 7.5)
    canv.drawString(20 * mm, PAGE_H - 12 * mm, "Mieterlink GmbH – Vereinbarung zur Auftragsverarbeitung")
    canv.drawRightString(PAGE_W - 20 * mm, PAGE_H - 12 * mm, "Fassung 02/2025")
    canv.drawCentredString(PAGE_W / 2, 10 * mm, f"Seite {doc.page} von {DE_STATE['pages'] or 4}")
    canv.restoreState()


def build_de():
    path = os.path.join(OUT, "de-hausverwaltung-inhaltsverzeichnis.pdf")

    def story():
        s = [Paragraph(T.DE_TITLE, title)]
        s += [Paragraph(line, centre) for line in T.DE_PARTIES]
        s.append(Paragraph("Inhaltsverzeichnis", tochead))
        toc = TableOfContents()
        toc.levelStyles = [toc1]
        toc.dotsMinLevel = 0
        s += [toc, PageBreak()]
        for item in T.DE_BODY:
            kind = item[0]
            if kind == "h":
                s.append(Paragraph(item[1], head))
            elif kind == "p":
                s.append(Paragraph(item[1], base))
            elif kind == "b":
                s.append(Paragraph(item[1], bullet, bulletText="•"))
            elif kind == "sign":
                s.append(Spacer(1, 6))
                s.append(Paragraph(item[1], ParagraphStyle("sign", parent=base, alignment=0)))
            elif kind == "break":
                s.append(PageBreak())
        return s

    for _ in range(2):
        doc = TocDoc(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                     bottomMargin=20 * mm, title=T.DE_TITLE, author="", creator="", producer="ReportLab PDF Library - www.reportlab.com")
        doc.multiBuild(story(), onFirstPage=de_page, onLaterPages=de_page)
        DE_STATE["pages"] = doc.page
    print("wrote", path, "pages:", DE_STATE["pages"])


# ------------------------------------------------------------------ Norwegian, glyph by glyph

FONT, FONT_B, SIZE, LEADING = "Times-Roman", "Times-Bold", 10.5, 13.6
LEFT, RIGHT, TOP, BOTTOM = 24 * mm, PAGE_W - 24 * mm, PAGE_H - 26 * mm, 24 * mm
VOWELS = set("aeiouyæøåAEIOUYÆØÅéÉ")


def hyphen_points(word):
    """Positions i where word[:i] + '-' / word[i:] may be broken (letters only, 3+ on each side)."""
    pts = []
    for i in range(3, len(word) - 2):
        a, b, c = word[i - 1], word[i], word[i + 1]
        if not (a.isalpha() and b.isalpha() and c.isalpha()):
            continue
        if not any(ch in VOWELS for ch in word[:i]) or not any(ch in VOWELS for ch in word[i:]):
            continue
        if a in VOWELS and b not in VOWELS and c in VOWELS:          # V-CV: databe-handleren
            pts.append(i)
        elif a not in VOWELS and b not in VOWELS and word[i - 2] in VOWELS:   # VC-CV: sik-kerhet
            pts.append(i)
    return pts


def lines_of(text, font, size, width):
    """Greedy justified line breaking with hyphenation. Returns [(words, is_last)]."""
    words = text.split()
    space = stringWidth(" ", font, size)
    lines, cur = [], []
    i = 0
    while i < len(words):
        w = words[i]
        cur_w = sum(stringWidth(x, font, size) for x in cur) + space * len(cur)
        if cur_w + stringWidth(w, font, size) <= width:
            cur.append(w); i += 1
            continue
        # try to hyphenate w into the remaining room
        room = width - cur_w
        best = None
        for p in hyphen_points(w):
            if stringWidth(w[:p] + "-", font, size) <= room:
                best = p
        if best and cur:
            cur.append(w[:best] + "-")
            words[i] = w[best:]
        if not cur:                      # a word longer than a line: put it alone
            cur.append(w); i += 1
        lines.append((cur, False))
        cur = []
    if cur:
        lines.append((cur, True))
    return lines


class GlyphWriter:
    def __init__(self, path):
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1)
        self.c.setTitle("Databehandleravtale"); self.c.setAuthor(""); self.c.setCreator("")
        self.c.setProducer("ReportLab PDF Library - www.reportlab.com")
        self.page = 1
        self.y = TOP
        self.total = 0

    def glyphs(self, x, y, text, font, size, extra=0.0):
        """Draw text one character at a time; extra is added after each space (justification)."""
        c = self.c
        c.setFont(font, size)
        for ch in text:
            c.drawString(x, y, ch)
            x += stringWidth(ch, font, size)
            if ch == " ":
                x += extra
        return x

    def furniture(self):
        self.glyphs(LEFT, PAGE_H - 14 * mm, "Foreldrepost AS · Databehandleravtale · Solbakken barnehage SA", "Times-Italic", 8)
        label = f"Side {self.page} av {self.total or 3}"
        self.glyphs(PAGE_W / 2 - stringWidth(label, "Times-Roman", 8) / 2, 12 * mm, label, "Times-Roman", 8)

    def need(self, h):
        if self.y - h < BOTTOM:
            self.furniture()
            self.c.showPage()
            self.page += 1
            self.y = TOP

    def para(self, text, font=FONT, size=SIZE, before=0.0, after=3.0, centred=False, indent=0.0):
        width = RIGHT - LEFT - indent
        ls = lines_of(text, font, size, width)
        self.y -= before
        if font == FONT_B:
            self.need(LEADING * 3)       # keep a heading with the next lines
        for words, last in ls:
            self.need(LEADING)
            self.y -= LEADING
            line = " ".join(words)
            natural = stringWidth(line, font, size)
            if centred:
                self.glyphs(LEFT + (width - natural) / 2, self.y, line, font, size)
            elif last or len(words) == 1:
                self.glyphs(LEFT + indent, self.y, line, font, size)
            else:
                extra = (width - natural) / (len(words) - 1)
                self.glyphs(LEFT + indent, self.y, line, font, size, extra)
        self.y -= after

    def finish(self):
        self.furniture()
        self.c.save()


def build_no():
    path = os.path.join(OUT, "no-barnehage-glyfer.pdf")
    for total in (0, None):
        w = GlyphWriter(path)
        w.total = total if total is not None else pages
        w.para(T.NO_TITLE, FONT_B, 15, after=8, centred=True)
        for line in T.NO_PARTIES:
            w.para(line, after=4)
        for kind, text in T.NO_BODY:
            if kind == "h":
                w.para(text, FONT_B, 11, before=7, after=2)
            else:
                w.para(text)
        pages = w.page
        w.finish()
    print("wrote", path, "pages:", pages)


if __name__ == "__main__":
    build_de()
    build_no()
