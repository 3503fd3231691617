#!/usr/bin/env python3
"""Shared helpers for tests/blind-13/src/build.py, copied from tests/blind-12/src/build.py (Chromium page,
typed-number HTML body, python-docx setup, header/footer fields, tables, typed_document); B: bullets added."""
import datetime
import html
import os
import re
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Mm, RGBColor

from markup import HERE, SET, parse, split_label

INTER = os.path.join(HERE, "intermediate")
FIXED = datetime.datetime(2026, 3, 1, 9, 0, 0)
E = html.escape


# ================================================================== Chromium
def chromium_pdf(src_html, out_pdf):
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-pdf-header-footer",
                        f"--user-data-dir={prof}", f"--print-to-pdf={out_pdf}", "file://" + src_html],
                       check=True, capture_output=True, timeout=180)


def page(lang, title, css, body):
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{E(title)}</title>\n'
            f"<style>\n{css}\n</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def typed_body(name, esc=E):
    """Typed-number markup -> HTML (numbers are text)."""
    out, in_ul = [], False
    for tag, text in parse(name + ".txt"):
        if tag != "B" and in_ul:
            out.append("</ul>")
            in_ul = False
        if tag == "TITLE":
            out.append(f"<h1>{esc(text)}</h1>")
        elif tag == "SUB":
            out.append(f'<p class="sub">{esc(text)}</p>')
        elif tag == "C":
            out.append(f'<p class="c">{esc(text)}</p>')
        elif tag == "P":
            out.append(f"<p>{esc(text)}</p>")
        elif tag == "H":
            out.append(f"<h2>{esc(text)}</h2>")
        elif tag == "H2":
            out.append(f"<h3>{esc(text)}</h3>")
        elif tag == "ANNEX":
            out.append(f'<h2 class="annex">{esc(text)}</h2>')
        elif tag == "B":
            if not in_ul:
                out.append('<ul class="toms">')
                in_ul = True
            out.append(f"<li>{esc(text)}</li>")
        elif tag in ("N", "I"):
            label, rest = split_label(text)
            depth = label.count(".") if tag == "N" else 3
            cls = {0: "n1", 1: "n1", 2: "n2"}.get(depth, "i") if tag == "N" else "i"
            out.append(f'<p class="{cls}"><span class="no">{E(label)}</span> {esc(rest)}</p>')
        elif tag == "TABLE":
            rows = text
            out.append('<table class="list"><thead><tr>' + "".join(f"<th>{E(c)}</th>" for c in rows[0]) +
                       "</tr></thead><tbody>")
            for r in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>")
            out.append("</tbody></table>")
        elif tag == "SIG":
            out.append('<table class="sig">')
            for r in text:
                out.append("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>")
            out.append("</table>")
        else:
            raise ValueError(tag)
    if in_ul:
        out.append("</ul>")
    return "\n".join(out)


# ================================================================== python-docx
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
    cp.revision = 2
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
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    table._tbl.tblPr.append(borders)


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


def typed_document(name, doc, clause_left=12.5, item_left=22.5, item_hang=9, def_widths=None):
    for tag, text in parse(name + ".txt"):
        if tag == "TITLE":
            doc.add_paragraph(text, style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
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
        elif tag == "B":
            doc.add_paragraph(text, style="List Bullet").alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif tag == "TABLE":
            add_table(doc, text, widths=def_widths if len(text[0]) == 2 else None)
        elif tag == "SIG":
            add_table(doc, text, grid=False)
        else:
            raise ValueError(tag)
    return doc


