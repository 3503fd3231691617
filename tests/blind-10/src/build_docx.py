#!/usr/bin/env python3
"""Build the python-docx documents of tests/blind-10 (any Python with python-docx 1.2).

  /tmp/b10venv/bin/python build_docx.py

Writes
  ../da-medlemsnoeglen-standardkontrakt.docx   final: python-docx, typed clause numbers, Heading 1/2
  intermediate/en-quillstream-saas-addendum.docx   typed numbers; printed to PDF by build_libreoffice.py
  intermediate/en-kestrel-scc-2021-915.docx        Word list numbering ("Clause %1", "%1.%2", "(%3)")
  intermediate/da-skolesnak-autonummerering.docx   Word list numbering ("%1.", "%1.%2.")
The two list-numbered intermediates are opened and saved again as DOCX by LibreOffice
(build_libreoffice.py), so the final files are LibreOffice-written DOCX with real w:numPr numbering.
"""
import datetime
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Mm, RGBColor

from markup import HERE, SET, parse, split_label

INTER = os.path.join(HERE, "intermediate")
FIXED = datetime.datetime(2026, 2, 1, 9, 0, 0)


def setup(title, author, font, size, margin=24):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Mm(margin))
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by = title, author, author
    cp.created = cp.modified = FIXED
    cp.revision = 3
    st = doc.styles["Normal"]
    st.font.name, st.font.size = font, Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(5)
    for name, sz in (("Heading 1", size + 1.5), ("Heading 2", size + 0.5), ("Title", size + 6)):
        h = doc.styles[name]
        h.font.name, h.font.size, h.font.bold = font, Pt(sz), True
        h.font.color.rgb = RGBColor(0, 0, 0)
        rf = h.element.rPr.rFonts
        for att in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rf.get(qn(att)) is not None:
                del rf.attrib[qn(att)]
        rf.set(qn("w:ascii"), font)
        rf.set(qn("w:hAnsi"), font)
        h.paragraph_format.space_before = Pt(12 if name == "Heading 1" else 8)
        h.paragraph_format.space_after = Pt(4)
    doc.styles["Title"].font.italic = False
    return doc


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


def header_footer(doc, header, before, between=None, size=Pt(8)):
    if header:
        hp = doc.sections[0].header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        hp.add_run(header).font.size = size
    fp = doc.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run(before + " ").font.size = size
    page_field(fp, "PAGE", size)
    if between:
        fp.add_run(" " + between + " ").font.size = size
        page_field(fp, "NUMPAGES", size)


def hanging(p, left_mm, hang_mm):
    pf = p.paragraph_format
    pf.left_indent = Mm(left_mm)
    pf.first_line_indent = Mm(-hang_mm)
    pf.tab_stops.add_tab_stop(Mm(left_mm))


def no_borders(table):
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tbl_pr.append(borders)


def add_table(doc, rows, grid=True, widths=None):
    table = doc.add_table(rows=0, cols=len(rows[0]))
    if grid:
        table.style = "Table Grid"
    else:
        no_borders(table)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, vals in enumerate(rows):
        row = table.add_row()
        for j, (c, text) in enumerate(zip(row.cells, vals)):
            if widths:
                c.width = widths[j]
            c.text = ""
            par = c.paragraphs[0]
            par.paragraph_format.space_after = Pt(2)
            run_ = par.add_run(text)
            run_.font.size = Pt(9.5) if grid else None
            if grid and i == 0:
                run_.bold = True
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return table


def annex_heading(doc, text, style="Heading 1"):
    p = doc.add_paragraph(text, style=style)
    p.paragraph_format.page_break_before = True
    return p


def typed_document(name, doc, clause_left=12.5, item_left=22.5, item_hang=9):
    """Typed numbers: H -> Heading 1, H2 -> Heading 2, N/I -> Normal with a hanging indent."""
    for tag, text in parse(name + ".txt"):
        if tag == "TITLE":
            p = doc.add_paragraph(text, style="Title")
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif tag == "SUB":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(text).italic = True
        elif tag == "C":
            p = doc.add_paragraph(text)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(2)
        elif tag == "P":
            doc.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif tag == "H":
            doc.add_paragraph(text, style="Heading 1").paragraph_format.keep_with_next = True
        elif tag == "H2":
            doc.add_paragraph(text, style="Heading 2").paragraph_format.keep_with_next = True
        elif tag == "ANNEX":
            annex_heading(doc, text)
        elif tag in ("N", "I"):
            label, body = split_label(text)
            p = doc.add_paragraph(label + "\t" + body)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if tag == "N":
                hanging(p, clause_left, clause_left)
            else:
                hanging(p, item_left, item_hang)
        elif tag == "TABLE":
            add_table(doc, text)
        elif tag == "SIG":
            add_table(doc, text, grid=False)
        else:
            raise ValueError(tag)
    return doc


# ------------------------------------------------------------------ Word list numbering
def numbering_xml(levels):
    ns = nsdecls("w")
    lvls = []
    for i, (fmt, text, left, hang, bold) in enumerate(levels):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        lvls.append(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                    f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:suff w:val="tab"/>'
                    f'<w:pPr><w:tabs><w:tab w:val="num" w:pos="{left}"/></w:tabs>'
                    f'<w:ind w:left="{left}" w:hanging="{hang}"/></w:pPr>{rpr}</w:lvl>')
    absn = (f'<w:abstractNum {ns} w:abstractNumId="70"><w:nsid w:val="2B6F4A11"/>'
            f'<w:multiLevelType w:val="multilevel"/>' + "".join(lvls) + "</w:abstractNum>")
    num = f'<w:num {ns} w:numId="70"><w:abstractNumId w:val="70"/></w:num>'
    return absn, num


def install_numbering(doc, levels):
    numbering = doc.part.numbering_part.element
    absn, num = numbering_xml(levels)
    first_num = numbering.find(qn("w:num"))
    a = parse_xml(absn)
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    numbering.append(parse_xml(num))


def numpr(p, ilvl, num_id=70):
    ppr = p._p.get_or_add_pPr()
    np_ = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    np_.append(il)
    np_.append(ni)
    ppr.insert(1 if ppr.find(qn("w:pStyle")) is not None else 0, np_)


def numbered_document(name, doc, h0_style, h1_style, body_left_mm):
    started = False                      # paragraphs before the first numbered heading are not indented
    for tag, text in parse(name + ".txt"):
        if tag == "H0":
            started = True
        if tag == "ANNEX":
            started = False
        if tag == "TITLE":
            doc.add_paragraph(text, style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif tag == "SUB":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(text).italic = True
        elif tag == "P":
            p = doc.add_paragraph(text)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if started:
                p.paragraph_format.left_indent = Mm(body_left_mm)
        elif tag == "U":
            p = doc.add_paragraph(style="Heading 1")
            p.paragraph_format.space_before = Pt(16)
            p.add_run(text)
            p.paragraph_format.keep_with_next = True
        elif tag == "H0":
            p = doc.add_paragraph(text, style=h0_style)
            numpr(p, 0)
            p.paragraph_format.keep_with_next = True
        elif tag == "H1":
            p = doc.add_paragraph(text, style=h1_style)
            numpr(p, 1)
            if h1_style.startswith("Heading"):
                p.paragraph_format.keep_with_next = True
            else:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif tag == "L2":
            p = doc.add_paragraph(text)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            numpr(p, 2)
        elif tag == "ANNEX":
            annex_heading(doc, text)
        elif tag == "TABLE":
            add_table(doc, text)
        elif tag == "SIG":
            add_table(doc, text, grid=False)
        else:
            raise ValueError(tag)
    return doc


def main():
    os.makedirs(INTER, exist_ok=True)

    name = "da-medlemsnoeglen-standardkontrakt"
    doc = setup("Databehandleraftale", "Medlemsnøglen ApS", "Liberation Serif", 11, 25)
    header_footer(doc, "Databehandleraftale – Fitnesshuset Mols ApS / Medlemsnøglen ApS", "Side", "af")
    typed_document(name, doc, clause_left=12.5)
    doc.save(os.path.join(SET, name + ".docx"))
    print("wrote", name + ".docx")

    name = "en-quillstream-saas-addendum"
    doc = setup("Data Processing Addendum", "Quillstream Ireland Limited", "Carlito", 10.5, 22)
    header_footer(doc, "Quillstream Service Cloud – Data Processing Addendum v4.2", "Page", "of")
    typed_document(name, doc, clause_left=11, item_left=21, item_hang=8)
    doc.save(os.path.join(INTER, name + ".docx"))
    print("wrote intermediate", name + ".docx")

    name = "en-kestrel-scc-2021-915"
    doc = setup("Data Processing Clauses", "Kestrel Veterinary Group B.V.", "Liberation Sans", 10, 24)
    header_footer(doc, "Data Processing Clauses – Kestrel Veterinary Group B.V. / Anvil Clinical Software GmbH", "Page")
    install_numbering(doc, [("decimal", "Clause %1", 1418, 1418, True),
                            ("decimal", "%1.%2", 1418, 1418, True),
                            ("lowerLetter", "(%3)", 1418, 567, False)])
    numbered_document(name, doc, "Heading 1", "Heading 2", 25)
    doc.save(os.path.join(INTER, name + ".docx"))
    print("wrote intermediate", name + ".docx")

    name = "da-skolesnak-autonummerering"
    doc = setup("Databehandleraftale", "Skovbrynets Friskole", "Carlito", 11, 25)
    header_footer(doc, "", "Side")
    install_numbering(doc, [("decimal", "%1.", 709, 709, True),
                            ("decimal", "%1.%2.", 709, 709, False),
                            ("lowerLetter", "%3)", 1134, 425, False)])
    numbered_document(name, doc, "Heading 1", "Normal", 12.5)
    doc.save(os.path.join(INTER, name + ".docx"))
    print("wrote intermediate", name + ".docx")


if __name__ == "__main__":
    main()
