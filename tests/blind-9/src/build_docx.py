#!/usr/bin/env python3
"""Build the two python-docx documents of tests/blind-9.

  /tmp/b9venv/bin/python build_docx.py      (any Python with python-docx 1.2)

da-trinvis-fede-overskrifter.docx: a Danish DPA with NO clause numbers at all. The headings are
  ordinary Normal paragraphs whose only run is bold (no Heading style, no outline level, no
  numbering); every body paragraph under a heading is plain Normal text. Title and parties are
  unnumbered Normal paragraphs too (the title bold and larger). The sub-processor overview at the
  end is a bold heading followed by a three-column table.
no-klatrelogg-listenummerering.docx: a Norwegian DPA whose headings are LIST PARAGRAPHS numbered by
  Word's automatic numbering (numbering.xml, one abstractNum with level 0 `%1.` and level 1
  `%1.%2.`; level 1 restarts under each level-0 item). No number is typed in the text. The headings
  are style ListParagraph with a bold run, not Heading styles. One level-0 item (the seventh) has a
  number and NO text (an empty heading paragraph, rendered "7."), followed by its two level-1
  clauses 7.1 and 7.2. The annex items (Vedlegg 1) use a second w:num on the same abstractNum with
  a startOverride, so they restart at "1." in the same format as the main headings.
Sources: the .txt files of the same names.
"""
import copy
import datetime
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Mm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, ".."))
FIXED = datetime.datetime(2025, 1, 20, 9, 0, 0)


def lines(name):
    return [l.rstrip("\n") for l in open(os.path.join(HERE, name), encoding="utf-8") if l.strip()]


def fixed_core(doc, title, author=""):
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by = title, author, author
    for attr in ("comments", "keywords", "subject"):
        setattr(cp, attr, "")
    cp.created = cp.modified = FIXED
    cp.revision = 2


def a4(doc, margin=25):
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Mm(margin))


def page_field(paragraph, instr, size):
    for kind in ("begin", "instr", "separate", "text", "end"):
        r = paragraph.add_run()
        r.font.size = size
        if kind == "instr":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = f" {instr} "
            r._r.append(it)
        elif kind == "text":
            r.text = "1"
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)


def footer(doc, before, between, size=Pt(8)):
    fp = doc.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run(before + " ").font.size = size
    page_field(fp, "PAGE", size)
    fp.add_run(" " + between + " ").font.size = size
    page_field(fp, "NUMPAGES", size)


# ------------------------------------------------------------------ 1: bold paragraphs as headings, no numbers
def build_bold_headings():
    name = "da-trinvis-fede-overskrifter"
    doc = Document()
    a4(doc)
    fixed_core(doc, "Databehandleraftale", "Trinvis ApS")
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Liberation Serif", Pt(11)
    st.paragraph_format.space_after = Pt(6)
    footer(doc, "Side", "af")
    rows = []
    for line in lines(name + ".txt"):
        if line.startswith("#TITLE "):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(line[7:])
            r.bold, r.font.size = True, Pt(16)
        elif line.startswith("#H "):
            p = doc.add_paragraph()                      # Normal style, bold run: no Heading style
            p.paragraph_format.space_before = Pt(12)
            p.paragraph_format.space_after = Pt(3)
            p.paragraph_format.keep_with_next = True
            p.add_run(line[3:]).bold = True
        elif line.startswith("|"):
            rows.append(line[1:].split("|"))
        else:
            p = doc.add_paragraph(line)
            if line in ("mellem", "og"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            else:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    table = doc.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, vals in enumerate(rows):
        row = table.add_row()
        for c, text, w in zip(row.cells, vals, (Mm(50), Mm(40), Mm(70))):
            c.width = w
            c.text = ""
            run_ = c.paragraphs[0].add_run(text)
            if i == 0:
                run_.bold = True
    path = os.path.join(OUT, name + ".docx")
    doc.save(path)
    print("wrote", path)


# ------------------------------------------------------------------ 10: automatic list numbering
ABSTRACT = """<w:abstractNum {ns} w:abstractNumId="90">
  <w:nsid w:val="5A3C1E07"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0409001F"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/><w:lvlJc w:val="left"/>
    <w:pPr><w:ind w:left="1134" w:hanging="567"/></w:pPr></w:lvl>
</w:abstractNum>"""
NUMS = """<w:num {ns} w:numId="90"><w:abstractNumId w:val="90"/></w:num>"""
NUM_RESTART = """<w:num {ns} w:numId="91"><w:abstractNumId w:val="90"/>
  <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>"""


def numpr(p, num_id, ilvl):
    ppr = p._p.get_or_add_pPr()
    np_ = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    np_.append(il)
    np_.append(ni)
    ppr.insert(1 if ppr.find(qn("w:pStyle")) is not None else 0, np_)


def build_list_numbering():
    name = "no-klatrelogg-listenummerering"
    doc = Document()
    a4(doc, 24)
    fixed_core(doc, "Databehandleravtale", "Klatrelogg AS")
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Liberation Sans", Pt(10)
    st.paragraph_format.space_after = Pt(5)
    footer(doc, "Side", "av")
    hp = doc.sections[0].header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hr = hp.add_run("Databehandleravtale Tromsø Klatreklubb – Klatrelogg AS")
    hr.font.size = Pt(8)
    numbering = doc.part.numbering_part.element
    ns = nsdecls("w")
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    absn = parse_xml(ABSTRACT.format(ns=ns))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(NUMS.format(ns=ns)))
    numbering.append(parse_xml(NUM_RESTART.format(ns=ns)))
    for line in lines(name + ".txt"):
        tag, _, text = line.partition(" ")
        if tag == "#TITLE":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(text)
            r.bold, r.font.size = True, Pt(15)
        elif tag == "#P":
            p = doc.add_paragraph(text)
            if text in ("mellom", "og"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif tag == "#N1":                                # numbered heading: List Paragraph, bold, level 0
            p = doc.add_paragraph(style="List Paragraph")
            p.paragraph_format.space_before = Pt(10)
            p.paragraph_format.keep_with_next = True
            numpr(p, 90, 0)
            if text:
                p.add_run(text).bold = True
        elif tag == "#N2":
            p = doc.add_paragraph(text, style="List Paragraph")
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            numpr(p, 90, 1)
        elif tag == "#ANNEX":
            p = doc.add_paragraph()
            p.paragraph_format.page_break_before = True
            r = p.add_run(text)
            r.bold, r.font.size = True, Pt(12)
        elif tag == "#L":                                 # annex list: same format, restarted at 1
            p = doc.add_paragraph(text, style="List Paragraph")
            numpr(p, 91, 0)
        else:
            raise ValueError(line)
    path = os.path.join(OUT, name + ".docx")
    doc.save(path)
    print("wrote", path)


if __name__ == "__main__":
    build_bold_headings()
    build_list_numbering()
