#!/usr/bin/env python3
"""Build the three python-docx documents of tests/blind-7 and print two of them with LibreOffice.

  /tmp/rr/rl/bin/python build_docx.py      (any Python with python-docx 1.x; soffice on PATH)

de-belegfix-libreoffice.pdf: a German AVV as a Word file (`§ 1 Gegenstand und Dauer` headings in
  Heading 2, typed `(1)` Absätze, typed `1.` list items indented inside an Absatz, running header and
  footer with PAGE / NUMPAGES fields), printed to PDF by LibreOffice (`soffice --convert-to pdf`).
da-klippekort-tabel.pdf: a Danish agreement whose clauses sit in a two-column table (Pkt. | Bestemmelse)
  that runs over several pages; its first row is a header row repeated on every page (w:tblHeader);
  printed to PDF by LibreOffice.
en-pawsheet-gdocs.docx: an English agreement made to look like a Google Docs export: Arial 11, every
  paragraph in the Normal style (no Heading styles), headings are bold Normal paragraphs, and clause
  numbers are typed and followed by a TAB ("1.1<TAB>The Supplier shall ...").
Sources: de-belegfix-avv.txt, da-klippekort-tabel.txt, en-pawsheet-gdocs.txt (one paragraph a line;
#TITLE, #CENTER, #H, #P, #HEAD, #SIGN mark the special lines).
"""
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, ".."))


def lines(name):
    return [l.rstrip("\n") for l in open(os.path.join(HERE, name), encoding="utf-8") if l.strip()]


def fixed_core(doc, title):
    cp = doc.core_properties
    cp.title = title
    for attr in ("author", "last_modified_by", "comments", "keywords", "subject"):
        setattr(cp, attr, "")
    cp.revision = 1


def field(paragraph, instr):
    """A complex field (PAGE, NUMPAGES) in its own runs."""
    for kind, text in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        run = paragraph.add_run()
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._r.append(fc)
        elif text == instr:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = f" {instr} "
            run._r.append(it)
        else:
            run.text = text


def header_footer(doc, left, right, page_words):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(left)
    r.font.size = Pt(8)
    hp.add_run("\t\t")
    r = hp.add_run(right)
    r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run(page_words[0] + " ")
    field(fp, "PAGE")
    fp.add_run(" " + page_words[1] + " ")
    field(fp, "NUMPAGES")
    for run in fp.runs:
        run.font.size = Pt(8)


def a4(doc, margin=25):
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Mm(margin))


def to_pdf(docx_path, pdf_name):
    with tempfile.TemporaryDirectory() as d:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{d}/profile", "--headless", "--convert-to", "pdf",
                        "--outdir", d, docx_path], check=True, capture_output=True)
        shutil.copy(os.path.join(d, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"),
                    os.path.join(OUT, pdf_name))
    print("wrote", pdf_name)


# ------------------------------------------------------------------ German AVV, printed by LibreOffice
def build_de():
    doc = Document()
    a4(doc)
    fixed_core(doc, "Vertrag zur Auftragsverarbeitung")
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "DejaVu Sans", Pt(10)
    st.paragraph_format.space_after = Pt(4)
    header_footer(doc, "Belegfix GmbH – Auftragsverarbeitungsvertrag", "Stand: 07/2025", ("Seite", "von"))
    for line in lines("de-belegfix-avv.txt"):
        if line.startswith("#TITLE "):
            p = doc.add_paragraph(style="Title")
            p.add_run(line[7:])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif line.startswith("#CENTER "):
            p = doc.add_paragraph(line[8:])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif line.startswith("#SIGN "):
            p = doc.add_paragraph(line[6:])
            p.paragraph_format.space_before = Pt(14)
        elif line.startswith("§ "):
            doc.add_heading(line, level=2)
        elif line[0].isdigit():                     # a typed list item inside an Absatz
            p = doc.add_paragraph(line)
            p.paragraph_format.left_indent = Mm(16)
            p.paragraph_format.first_line_indent = Mm(-6)
            p.paragraph_format.space_after = Pt(1)
        else:                                       # (1), (2): hanging Absatz
            p = doc.add_paragraph(line)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.left_indent = Mm(8)
            p.paragraph_format.first_line_indent = Mm(-8)
    path = os.path.join(HERE, "de-belegfix-libreoffice.docx")
    doc.save(path)
    to_pdf(path, "de-belegfix-libreoffice.pdf")


# ------------------------------------------------------------------ Danish clauses in a two-column table
def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def build_da():
    doc = Document()
    a4(doc, 22)
    fixed_core(doc, "Databehandleraftale")
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "DejaVu Sans", Pt(9.5)
    header_footer(doc, "Klippekort ApS – Databehandleraftale", "Åndedræt Yoga ApS", ("Side", "af"))
    table = None
    for line in lines("da-klippekort-tabel.txt"):
        if line.startswith("#TITLE "):
            p = doc.add_paragraph(style="Title")
            p.add_run(line[7:])
        elif line.startswith("#P "):
            p = doc.add_paragraph(line[3:])
            p.paragraph_format.space_before = Pt(6)
            table = None
        elif line.startswith("#HEAD "):
            a, b = line[6:].split("|")
            table = doc.add_table(rows=1, cols=2)
            table.style = "Table Grid"
            table.autofit = False
            row = table.rows[0]
            repeat_header(row)
            for cell, text in zip(row.cells, (a, b)):
                cell.text = ""
                cell.paragraphs[0].add_run(text).bold = True
                shd = OxmlElement("w:shd")
                shd.set(qn("w:val"), "clear")
                shd.set(qn("w:fill"), "D9D9D9")
                cell._tc.get_or_add_tcPr().append(shd)
        else:
            num, text = line.split("|", 1)
            row = table.add_row()
            cant_split(row)
            row.cells[0].text = num
            heading = "." not in num
            run = row.cells[1].paragraphs[0].add_run(text)
            run.bold = heading
            if heading:
                row.cells[0].paragraphs[0].runs[0].bold = True
            else:
                row.cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for t in doc.tables:
        t.columns[0].width, t.columns[1].width = Mm(18), Mm(148)
        for row in t.rows:
            row.cells[0].width, row.cells[1].width = Mm(18), Mm(148)
    path = os.path.join(HERE, "da-klippekort-tabel.docx")
    doc.save(path)
    to_pdf(path, "da-klippekort-tabel.pdf")


# ------------------------------------------------------------------ English, Google Docs look
def build_en():
    doc = Document()
    fixed_core(doc, "Data Processing Agreement - Pawsheet / Vossenberg")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(215.9), Mm(279.4)      # Google Docs' default Letter
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Mm(25.4))
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    pf = st.paragraph_format
    pf.line_spacing, pf.space_after, pf.space_before = 1.15, Pt(0), Pt(0)
    for line in lines("en-pawsheet-gdocs.txt"):
        if line.startswith("#TITLE "):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(line[7:])
            r.bold, r.font.size = True, Pt(16)
            doc.add_paragraph()
        elif line.startswith("#H "):
            doc.add_paragraph()                      # Google Docs users type an empty line before a heading
            p = doc.add_paragraph()
            p.add_run(line[3:]).bold = True
        else:
            p = doc.add_paragraph(line)
            if "\t" in line:
                p.paragraph_format.left_indent = Mm(12.7)
                p.paragraph_format.first_line_indent = Mm(-12.7)
                p.paragraph_format.tab_stops.add_tab_stop(Mm(12.7))
            p.paragraph_format.space_after = Pt(6)
    doc.save(os.path.join(OUT, "en-pawsheet-gdocs.docx"))
    print("wrote en-pawsheet-gdocs.docx")


if __name__ == "__main__":
    build_de()
    build_da()
    build_en()
