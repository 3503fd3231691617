#!/usr/bin/env python3
"""Build the reportlab PDFs of tests/blind-7.

  /tmp/rr/rl/bin/python build_reportlab_pdf.py      (any Python with reportlab 4.x)

no-styrerommet-linjenummer.pdf: bare canvas, our own ragged-right line breaking. **Line numbers in the
  left margin** (counted per page, every 5th printed: 5, 10, 15 ...), **footnotes at the bottom of the
  page** that carries the mark (superscript digit in the body, a short rule, then the note), header
  and "Side N av M" footer. The pagination puts a page break inside a clause in the middle of a sentence.
en-us-cobaltline-sections.pdf: platypus; US style "Section 3." headings with their titles in letter-spaced
  small capitals (capital letters in a smaller size, charSpace), sub-clauses (a), (b) with nested (i),
  (ii) as hanging indents, cross-references such as "Section 7(b)(ii)".
Sources: no-styrerommet-linjenummer.txt and en-us-cobaltline-sections.txt.
"""
import os
import re

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

rl_config.invariant = 1
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, ".."))

# ------------------------------------------------------------------ Norwegian: line numbers + footnotes
FONT, BOLD, SIZE, LEAD = "Times-Roman", "Times-Bold", 11, 14.2
FN_SIZE, FN_LEAD = 8.5, 10.5
W, H = A4
LEFT, RIGHT, TOP, BOTTOM = 30 * mm, 22 * mm, 26 * mm, 22 * mm
MARK = re.compile(r"\[\^(\d+)\]")


def tokens_width(word, font, size):
    plain = MARK.sub("", word)
    marks = MARK.findall(word)
    return stringWidth(plain, font, size) + sum(stringWidth(m, font, size * 0.65) for m in marks)


def wrap(text, font, size, width, indent=0):
    words, lines, cur = text.split(), [], []
    for w in words:
        trial = cur + [w]
        avail = width - (indent if lines else 0)
        if cur and sum(tokens_width(x, font, size) for x in trial) + stringWidth(" ", font, size) * (len(trial) - 1) > avail:
            lines.append(" ".join(cur))
            cur = [w]
        else:
            cur = trial
    if cur:
        lines.append(" ".join(cur))
    return lines


def draw_marked(c, x, y, line, font, size):
    pos = 0
    for m in MARK.finditer(line):
        seg = line[pos:m.start()]
        c.setFont(font, size)
        c.drawString(x, y, seg)
        x += stringWidth(seg, font, size)
        c.setFont(font, size * 0.65)
        c.drawString(x, y + size * 0.38, m.group(1))
        x += stringWidth(m.group(1), font, size * 0.65)
        pos = m.end()
    c.setFont(font, size)
    c.drawString(x, y, line[pos:])


def build_no():
    src = [l.rstrip("\n") for l in open(os.path.join(HERE, "no-styrerommet-linjenummer.txt"), encoding="utf-8") if l.strip()]
    notes = {}
    items = []          # (kind, lines) kind: title, head, body
    width = W - LEFT - RIGHT
    for l in src:
        if l.startswith("#FN "):
            n, t = l[4:].split(" ", 1)
            notes[n] = wrap(t, FONT, FN_SIZE, width - 4 * mm)
        elif l.startswith("#TITLE "):
            items.append(("title", [l[7:]]))
        elif l.startswith("#H "):
            items.append(("head", [l[3:]]))
        elif l.startswith("#P "):
            items.append(("body", wrap(l[3:], FONT, SIZE, width)))
        else:
            m = re.match(r"(\d+\.\d+|-) (.*)", l)
            items.append(("clause", [m.group(1)] + wrap(m.group(2), FONT, SIZE, width - 10 * mm)))
    # flatten into page lines: (kind, text, gap_before)
    flat = []
    for kind, ls in items:
        if kind == "clause":
            label, ls = ls[0], ls[1:]
            for i, t in enumerate(ls):
                flat.append(("clause", t, 4 if i == 0 else 0, label if i == 0 else None))
        else:
            for i, t in enumerate(ls):
                flat.append((kind, t, (10 if kind == "head" else 6) if i == 0 else 0, None))
    pages, cur, used, page_notes = [], [], 0, []
    body_h = H - TOP - BOTTOM
    for entry in flat:
        new_notes = [n for n in MARK.findall(entry[1]) if n not in page_notes]
        notes_h = sum(len(notes[n]) * FN_LEAD + 2 for n in page_notes + new_notes)
        notes_h = notes_h + 8 if page_notes + new_notes else 0
        need = LEAD + entry[2]
        if cur and used + need + notes_h > body_h:
            pages.append((cur, page_notes))
            cur, used, page_notes = [], 0, []
            new_notes = MARK.findall(entry[1])
        cur.append(entry)
        used += need
        page_notes += new_notes
    pages.append((cur, page_notes))
    c = canvas.Canvas(os.path.join(OUT, "no-styrerommet-linjenummer.pdf"), pagesize=A4)
    c.setTitle("Databehandleravtale")
    c.setAuthor("")
    for pno, (lines, pnotes) in enumerate(pages, 1):
        c.setFont("Helvetica", 7.5)
        c.setFillGray(0.35)
        c.drawString(LEFT, H - 14 * mm, "Databehandleravtale · Lindeberg Terrasse Borettslag / Styrerommet AS")
        c.drawRightString(W - RIGHT, 12 * mm, f"Side {pno} av {len(pages)}")
        c.setFillGray(0)
        y = H - TOP
        for n, (kind, text, gap, label) in enumerate(lines, 1):
            y -= gap + (LEAD if n > 1 or gap else LEAD)
            if n % 5 == 0:
                c.setFont("Helvetica", 7)
                c.setFillGray(0.45)
                c.drawRightString(LEFT - 8 * mm, y, str(n))
                c.setFillGray(0)
            if kind == "title":
                c.setFont(BOLD, 15)
                c.drawCentredString(W / 2, y, text)
            elif kind == "head":
                c.setFont(BOLD, SIZE + 0.5)
                c.drawString(LEFT, y, text)
            elif kind == "clause":
                if label:
                    c.setFont(FONT, SIZE)
                    c.drawString(LEFT, y, label if label != "-" else "–")
                draw_marked(c, LEFT + 10 * mm, y, text, FONT, SIZE)
            else:
                draw_marked(c, LEFT, y, text, FONT, SIZE)
        if pnotes:
            fy = BOTTOM + sum(len(notes[n]) * FN_LEAD + 2 for n in pnotes)
            c.setLineWidth(0.5)
            c.line(LEFT, fy + 6, LEFT + 45 * mm, fy + 6)
            for n in pnotes:
                for i, t in enumerate(notes[n]):
                    fy -= FN_LEAD
                    if i == 0:
                        c.setFont(FONT, FN_SIZE * 0.75)
                        c.drawString(LEFT, fy + 3, n)
                    c.setFont(FONT, FN_SIZE)
                    c.drawString(LEFT + 4 * mm, fy, t)
                fy -= 2
        c.showPage()
    c.save()
    print("wrote no-styrerommet-linjenummer.pdf", len(pages), "pages")


# ------------------------------------------------------------------ US style: Section 3., (a), (i)
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer
from xml.sax.saxutils import escape

US_BASE = ParagraphStyle("usbase", fontName="Times-Roman", fontSize=11, leading=14, alignment=TA_JUSTIFY, spaceAfter=6)
US_A = ParagraphStyle("usa", parent=US_BASE, leftIndent=36, firstLineIndent=-22)
US_I = ParagraphStyle("usi", parent=US_BASE, leftIndent=66, firstLineIndent=-24)
US_TITLE = ParagraphStyle("ustitle", parent=US_BASE, fontName="Times-Bold", fontSize=14, leading=18, alignment=TA_CENTER,
                          spaceAfter=12)
US_EX = ParagraphStyle("usex", parent=US_BASE, fontName="Times-Bold", alignment=TA_CENTER, spaceBefore=14)
US_ROW = ParagraphStyle("usrow", parent=US_BASE, leftIndent=18, alignment=0)


class SectionHeading(Flowable):
    """'Section 3.' in bold, then the title in letter-spaced small capitals: each word's first letter
    at 11 pt, the rest as capitals at 8.5 pt, 1.6 pt extra space between characters."""

    def __init__(self, number, title):
        super().__init__()
        self.number, self.title = number, title
        self.height = 24

    def wrap(self, aw, ah):
        return aw, self.height

    def draw(self):
        c = self.canv
        t = c.beginText(0, 6)
        t.setFont("Times-Bold", 11)
        t.textOut(f"Section {self.number}.  ")
        t.setCharSpace(1.6)
        for i, word in enumerate(self.title.split()):
            if i:
                t.setFont("Times-Roman", 11)
                t.textOut(" ")
            t.setFont("Times-Roman", 11)
            t.textOut(word[0].upper())
            if len(word) > 1:
                t.setFont("Times-Roman", 8.5)
                t.textOut(word[1:].upper())
        t.setCharSpace(0)
        c.drawText(t)


def us_page(canv, doc):
    canv.saveState()
    canv.setFont("Times-Italic", 8.5)
    canv.drawString(1 * 72, letter[1] - 0.55 * 72, "Cobaltline Support, Inc. – Data Processing Addendum (Maré Azul)")
    canv.drawCentredString(letter[0] / 2, 0.5 * 72, f"– {doc.page} –")
    canv.restoreState()


def build_us():
    src = [l.rstrip("\n") for l in open(os.path.join(HERE, "en-us-cobaltline-sections.txt"), encoding="utf-8") if l.strip()]
    story = []
    for l in src:
        if l.startswith("#TITLE "):
            story.append(Paragraph(escape(l[7:]), US_TITLE))
        elif l.startswith("#P "):
            story.append(Paragraph(escape(l[3:]), US_BASE))
        elif l.startswith("#S "):
            n, t = l[3:].split("|")
            story.append(Spacer(1, 4))
            story.append(SectionHeading(n, t))
        elif l.startswith("#X "):
            story.append(Paragraph(escape(l[3:]), US_EX))
        elif l.startswith("#R "):
            story.append(Paragraph(escape(l[3:]), US_ROW))
        elif re.match(r"\((i|ii|iii|iv)\) ", l):
            story.append(Paragraph(escape(l), US_I))
        else:
            m = re.match(r"(\([a-z]\)) (?:([A-Z][A-Za-z ]+)\. )?(.*)", l)
            label, cap, rest = m.groups()
            text = escape(label) + " " + (f"<u>{escape(cap)}</u>. " if cap else "") + escape(rest)
            story.append(Paragraph(text, US_A))
    doc = SimpleDocTemplate(os.path.join(OUT, "en-us-cobaltline-sections.pdf"), pagesize=letter, leftMargin=72,
                            rightMargin=72, topMargin=72, bottomMargin=68, title="Data Processing Addendum", author="")
    doc.build(story, onFirstPage=us_page, onLaterPages=us_page)
    print("wrote en-us-cobaltline-sections.pdf")


if __name__ == "__main__":
    build_no()
    build_us()
