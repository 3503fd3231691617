#!/usr/bin/env python3
"""(blind-16: copied from tests/blind-14/src/build_lib.py; reportlab_pdf also takes P: blocks.)
Helpers copied from tests/blind-11/src/build.py (its main() builds blind-11 and is not used here).
Original docstring: Build the 16 documents of tests/blind-11 (8 pairs, a.<ext> and b.<ext> in one folder each).

  /tmp/b10venv/bin/python build.py        (python-docx 1.2, reportlab 5; chromium, soffice and
                                           wkhtmltopdf on PATH)

Sources: the v1 / supplier texts in this folder (line markup of markup.py, except
en-tenantdesk-v1.txt, which is the plain-text document itself); v2 texts come from derive.py.
Intermediate files (HTML printed by Chromium / wkhtmltopdf, DOCX re-saved or exported by
LibreOffice) go to src/intermediate/.
"""
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
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

import derive
from markup import HERE, SET, split_label

INTER = os.path.join(HERE, "intermediate")
E = html.escape
LO = None                 # LibreOffice output folder (temporary)
TAGS = {"TITLE", "SUB", "C", "P", "U", "H", "H2", "N", "I", "ANNEX", "T", "S"}


def parse_text(text, name="?"):
    blocks = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        tag, sep, body = line.partition(": ")
        if not sep or tag not in TAGS:
            raise ValueError(f"{name}: bad line {line[:60]!r}")
        if tag in ("T", "S"):
            kind = "TABLE" if tag == "T" else "SIG"
            cells = [c.strip() for c in body.split(" | ")]
            if blocks and blocks[-1][0] == kind:
                blocks[-1][1].append(cells)
            else:
                blocks.append((kind, [cells]))
        else:
            blocks.append((tag, body))
    return blocks


def out_path(pair, fname):
    d = os.path.join(SET, pair)
    os.makedirs(d, exist_ok=True)
    return os.path.join(d, fname)


# ================================================================== python-docx
FIXED = datetime.datetime(2026, 3, 2, 9, 0, 0)


def setup(title, author, font, size, margin=24):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(margin)
    sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by = title, author, author
    cp.created = cp.modified = FIXED
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


def add_table(doc, rows, grid=True):
    table = doc.add_table(rows=0, cols=len(rows[0]))
    if grid:
        table.style = "Table Grid"
    else:
        no_borders(table)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, vals in enumerate(rows):
        row = table.add_row()
        for c, text in zip(row.cells, vals):
            c.text = ""
            par = c.paragraphs[0]
            par.paragraph_format.space_after = Pt(2)
            r = par.add_run(text)
            if grid:
                r.font.size = Pt(9.5)
                r.bold = i == 0
    doc.add_paragraph().paragraph_format.space_after = Pt(2)


def typed_docx(blocks, doc, clause_left=12.5, item_left=22.5, item_hang=9, tab=True):
    for tag, text in blocks:
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
        elif tag in ("H", "U"):
            doc.add_paragraph(text, style="Heading 1").paragraph_format.keep_with_next = True
        elif tag == "H2":
            doc.add_paragraph(text, style="Heading 2").paragraph_format.keep_with_next = True
        elif tag == "ANNEX":
            p = doc.add_paragraph(text, style="Heading 1")
            p.paragraph_format.page_break_before = True
        elif tag in ("N", "I"):
            label, body = split_label(text)
            p = doc.add_paragraph(label + ("\t" if tab else " ") + body)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if tab:
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


# ------------------------------------------------------------------ Word list numbering (pair 2, v1)
def install_numbering(doc, levels):
    ns = nsdecls("w")
    lvls = []
    for i, (fmt, text, left, hang, bold) in enumerate(levels):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        lvls.append(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                    f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:suff w:val="tab"/>'
                    f'<w:pPr><w:tabs><w:tab w:val="num" w:pos="{left}"/></w:tabs>'
                    f'<w:ind w:left="{left}" w:hanging="{hang}"/></w:pPr>{rpr}</w:lvl>')
    absn = (f'<w:abstractNum {ns} w:abstractNumId="71"><w:nsid w:val="3C7A5B22"/>'
            f'<w:multiLevelType w:val="multilevel"/>' + "".join(lvls) + "</w:abstractNum>")
    num = f'<w:num {ns} w:numId="71"><w:abstractNumId w:val="71"/></w:num>'
    numbering = doc.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    a = parse_xml(absn)
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    numbering.append(parse_xml(num))


def numpr(p, ilvl, num_id=71):
    ppr = p._p.get_or_add_pPr()
    np_ = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    np_.append(il)
    np_.append(ni)
    ppr.insert(1 if ppr.find(qn("w:pStyle")) is not None else 0, np_)


def list_numbered_docx(blocks, doc):
    """H 'Clause 6 – Use of …' -> Heading 1 with list level 0 ('Clause %1'); N '6.1 …' -> level 1 ('%1.%2');
    I '(a) …' -> level 2 ('(%3)'). The typed numbers are removed. Annex items keep typed numbers."""
    in_annex = False
    for tag, text in blocks:
        if tag == "ANNEX":
            in_annex = True
        if tag == "H" and not in_annex:
            p = doc.add_paragraph(re.sub(r"^Clause \d+ – ", "", text), style="Heading 1")
            numpr(p, 0)
            p.paragraph_format.keep_with_next = True
        elif tag == "N" and not in_annex:
            p = doc.add_paragraph(split_label(text)[1])
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            numpr(p, 1)
        elif tag == "I" and not in_annex:
            p = doc.add_paragraph(split_label(text)[1])
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            numpr(p, 2)
        elif tag == "U":
            p = doc.add_paragraph(text, style="Heading 2")
            p.paragraph_format.space_before = Pt(16)
        else:
            typed_docx([(tag, text)], doc, clause_left=8, tab=True)
    return doc


def soffice(args, profile):
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless"] + args,
                   check=True, capture_output=True, timeout=300)


# ================================================================== HTML, Chromium, wkhtmltopdf
def body_html(blocks, numbered=True):
    out = []
    for tag, text in blocks:
        if tag == "TITLE":
            out.append(f"<h1>{E(text)}</h1>")
        elif tag == "SUB":
            out.append(f'<p class="sub">{E(text)}</p>')
        elif tag == "C":
            out.append(f'<p class="c">{E(text)}</p>')
        elif tag == "P":
            out.append(f"<p>{E(text)}</p>")
        elif tag in ("H", "U"):
            out.append(f"<h2>{E(text)}</h2>")
        elif tag == "H2":
            out.append(f"<h3>{E(text)}</h3>")
        elif tag == "ANNEX":
            out.append(f'<h2 class="annex">{E(text)}</h2>')
        elif tag in ("N", "I"):
            label, rest = split_label(text)
            cls = "n" if tag == "N" else "i"
            out.append(f'<p class="{cls}"><span class="no">{E(label)}</span> {E(rest)}</p>')
        elif tag == "TABLE":
            out.append('<table class="list"><thead><tr>' + "".join(f"<th>{E(c)}</th>" for c in text[0]) +
                       "</tr></thead><tbody>")
            for r in text[1:]:
                out.append("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>")
            out.append("</tbody></table>")
        elif tag == "SIG":
            out.append('<table class="sig">' + "".join(
                "<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in text) + "</table>")
        else:
            raise ValueError(tag)
    return "\n".join(out)


def page(lang, title, css, body):
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{E(title)}</title>\n'
            f"<style>\n{css}\n</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def chromium_pdf(src, out):
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-pdf-header-footer",
                        f"--user-data-dir={prof}", f"--print-to-pdf={out}", "file://" + src],
                       check=True, capture_output=True, timeout=180)


def css_print(header, footer_word, between, font="'Liberation Sans', sans-serif", colour="#1d4e3a"):
    return f"""@page {{ size: A4; margin: 22mm 20mm 22mm 22mm;
  @top-right {{ content: "{header}"; font: 8pt {font}; color: #666; }}
  @bottom-center {{ content: "{footer_word} " counter(page) " {between} " counter(pages); font: 8pt {font}; color: #666; }} }}
body {{ font-family: {font}; font-size: 10pt; line-height: 1.38; margin: 0; }}
h1 {{ font-size: 17pt; margin: 0 0 2pt 0; color: {colour}; text-align: center; }}
p.sub {{ margin: 0 0 10pt 0; color: #555; text-align: center; }}
p.c {{ margin: 0 0 2pt 0; text-align: center; }}
h2 {{ font-size: 11.5pt; margin: 13pt 0 4pt 0; color: {colour}; break-after: avoid; }}
h2.annex {{ break-before: page; font-size: 13pt; }}
h3 {{ font-size: 10.5pt; margin: 9pt 0 3pt 0; break-after: avoid; }}
p {{ margin: 0 0 5pt 0; text-align: justify; }}
p.n, p.i {{ padding-left: 11mm; text-indent: -11mm; }}
p.i {{ margin-left: 8mm; }}
p.n .no, p.i .no {{ display: inline-block; width: 11mm; text-indent: 0; font-weight: bold; }}
table {{ border-collapse: collapse; width: 100%; margin: 6pt 0 10pt 0; }}
table.list th, table.list td {{ border: 0.6pt solid #777; padding: 3pt 5pt; text-align: left; vertical-align: top; font-size: 9pt; }}
table.list th {{ background: #e8efe9; }}
table.sig {{ margin-top: 22pt; }} table.sig td {{ width: 50%; padding: 2pt 8pt 2pt 0; }}"""


# ================================================================== reportlab (pair 5, v1)
def reportlab_pdf(blocks, out, header, title, footer="Seite {n} von {m}", author="Belegwerk Cloud GmbH", creator="Belegwerk Vertragsvorlagen"):
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.platypus import KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape

    fontdir = "/usr/share/fonts/truetype/liberation"
    pdfmetrics.registerFont(TTFont("LibSerif", os.path.join(fontdir, "LiberationSerif-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("LibSerif-Bold", os.path.join(fontdir, "LiberationSerif-Bold.ttf")))
    pdfmetrics.registerFontFamily("LibSerif", normal="LibSerif", bold="LibSerif-Bold")
    base = ParagraphStyle("base", fontName="LibSerif", fontSize=10.5, leading=14, alignment=TA_JUSTIFY, spaceAfter=4)
    ttl = ParagraphStyle("title", parent=base, fontName="LibSerif-Bold", fontSize=16, leading=20, alignment=TA_CENTER)
    sub = ParagraphStyle("sub", parent=base, alignment=TA_CENTER, spaceAfter=10)
    cen = ParagraphStyle("centre", parent=base, alignment=TA_CENTER, spaceAfter=2)
    head = ParagraphStyle("head", parent=base, fontName="LibSerif-Bold", fontSize=11.5, leading=15, spaceBefore=9,
                          alignment=0)
    absz = ParagraphStyle("abs", parent=base, leftIndent=9 * mm, bulletIndent=0, bulletFontName="LibSerif")
    cell = ParagraphStyle("cell", parent=base, fontSize=9.5, leading=12, alignment=0, spaceAfter=0)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="LibSerif-Bold")

    class NumberedCanvas(rl_canvas.Canvas):
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
                self.setFont("LibSerif", 8)
                self.setFillColor("#555555")
                self.drawRightString(A4[0] - 20 * mm, A4[1] - 13 * mm, header)
                self.drawCentredString(A4[0] / 2, 11 * mm, footer.format(n=self._pageNumber, m=total))
                super().showPage()
            super().save()

    story = []
    for tag, text in blocks:
        if tag == "TITLE":
            story.append(Paragraph(escape(text), ttl))
        elif tag == "SUB":
            story.append(Paragraph(escape(text), sub))
        elif tag == "C":
            story.append(Paragraph(escape(text), cen))
        elif tag == "H":
            story.append(Paragraph(escape(text), head))
        elif tag == "P":
            story.append(Paragraph(escape(text), base))
        elif tag == "ANNEX":
            story.append(PageBreak())
            story.append(Paragraph(escape(text), head))
        elif tag in ("N", "I"):
            label, rest = split_label(text)
            story.append(Paragraph(escape(rest), absz, bulletText=label))
        elif tag == "TABLE":
            rows = [[Paragraph(escape(c), cellb if i == 0 else cell) for c in r] for i, r in enumerate(text)]
            t = Table(rows, colWidths=[55 * mm, 55 * mm, 58 * mm], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#444444"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
        elif tag == "SIG":
            rows = [[Paragraph(escape(c), cell) for c in r] for r in text]
            t = Table(rows, colWidths=[84 * mm, 84 * mm])
            story.append(Spacer(1, 18))
            story.append(KeepTogether([t]))
        else:
            raise ValueError(tag)
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                            bottomMargin=20 * mm, title=title, author=author,
                            creator=creator, invariant=1)
    doc.build(story, canvasmaker=NumberedCanvas)


# ================================================================== plain text / Markdown
def plain_text(blocks):
    """A DPA pasted into a text file: one paragraph per line, blank line between."""
    out = []
    for tag, text in blocks:
        if tag == "TABLE":
            out.append("\n".join(" - ".join(r) for r in text))
        elif tag == "SIG":
            out.append("\n".join("    ".join(r) for r in text))
        elif tag in ("H", "ANNEX"):
            out.append(text.upper() if tag == "ANNEX" else text)
        else:
            out.append(text)
    return "\n\n".join(out) + "\n"


def tenantdesk_markdown(text):
    out = []
    for para in text.strip().split("\n\n"):
        if para == "DATA PROCESSING AGREEMENT":
            out.append("# Data Processing Agreement")
        elif re.match(r"^\d+\. [A-Z'’ -]+$", para) or para.startswith("SCHEDULE "):
            out.append("## " + para)
        elif para.startswith("Signed for"):
            out.append("**" + para.split(":")[0] + ":**" + para.split(":", 1)[1])
        else:
            out.append(para)
    return "\n\n".join(out) + "\n"


def plain_html(text, title, lang):
    """The Tenantdesk agreement as the customer's intranet page (pair 7, A)."""
    body = []
    for para in text.strip().split("\n\n"):
        if para == "DATA PROCESSING AGREEMENT":
            body.append(f"<h1>{E(para.title())}</h1>")
        elif re.match(r"^\d+\. [A-Z'’ -]+$", para) or para.startswith("SCHEDULE "):
            body.append(f"<h2>{E(para)}</h2>")
        else:
            body.append(f"<p>{E(para)}</p>")
    css = ("body { font-family: Georgia, 'Liberation Serif', serif; max-width: 44em; margin: 2em auto; padding: 0 1em; "
           "line-height: 1.5; } nav { font-size: .85em; color: #555; border-bottom: 1px solid #bbb; } "
           "h2 { font-size: 1.1em; margin-top: 1.5em; } footer { font-size: .8em; color: #666; border-top: 1px solid #bbb; }")
    return page(lang, title, css,
                '<nav>Harbourline Housing – Procurement – Contract templates</nav>\n<main>\n' + "\n".join(body) +
                "\n</main>\n<footer>Procurement library · signed contracts · last reviewed January 2026</footer>")


# ================================================================== the eight pairs
def main():
    global LO
    os.makedirs(INTER, exist_ok=True)
    LO = tempfile.mkdtemp(prefix="b11-lo-")  # (blind-11 only)
    with tempfile.TemporaryDirectory() as prof:
        # 1 ------------------------------------------------------------ da, Chromium PDF -> python-docx
        pair = "da-lagerstyring-indsat-afsnit"
        v1 = parse_text(derive.read("da-lagerstyring-v1.txt"))
        src = os.path.join(INTER, pair + "-a.html")
        open(src, "w", encoding="utf-8").write(page("da", "Databehandleraftale Brøndmark VVS / Lagerlinjen",
                                                    css_print("Databehandleraftale Brøndmark VVS A/S – Lagerlinjen ApS · version 1.0 · marts 2026", "Side", "af"),
                                                    body_html(v1)))
        chromium_pdf(src, out_path(pair, "a.pdf"))
        doc = setup("Databehandleraftale", "Lagerlinjen ApS", "Liberation Serif", 11, 25)
        header_footer(doc, "Databehandleraftale – version 2.0 – september 2026 – udkast fra Lagerlinjen", "Side", "af")
        typed_docx(parse_text(derive.lagerstyring_v2()), doc)
        doc.save(out_path(pair, "b.docx"))
        print("pair 1 done")

        # 2 ------------------------------------------------------------ en, LibreOffice list-numbered DOCX -> LibreOffice PDF
        pair = "en-clinicflow-opdelt-og-betalt"
        doc = setup("Data Processing Clauses", "Marlow Physiotherapy Partners LLP", "Liberation Sans", 10, 24)
        header_footer(doc, "Marlow Physiotherapy / Clinicflow – Data Processing Clauses – execution copy", "Page", "of")
        install_numbering(doc, [("decimal", "Clause %1", 1418, 1418, True),
                                ("decimal", "%1.%2", 1418, 1418, False),
                                ("lowerLetter", "(%3)", 1985, 567, False)])
        list_numbered_docx(parse_text(derive.read("en-clinicflow-v1.txt")), doc)
        inter = os.path.join(INTER, pair + "-a.docx")
        doc.save(inter)
        soffice(["--convert-to", "docx:MS Word 2007 XML", "--outdir", LO, inter], prof)
        shutil.copyfile(os.path.join(LO, pair + "-a.docx"), out_path(pair, "a.docx"))
        doc = setup("Data Processing Clauses", "Clinicflow Software Oy", "Carlito", 10.5, 22)
        header_footer(doc, "Clinicflow – Data Processing Clauses – Draft 2 (Processor's comments, 14 May 2026)", "Page", "of")
        typed_docx(parse_text(derive.clinicflow_v2()), doc, clause_left=11, item_left=20, item_hang=8)
        inter = os.path.join(INTER, pair + "-b.docx")
        doc.save(inter)
        soffice(["--convert-to", "pdf:writer_pdf_Export", "--outdir", LO, inter], prof)
        shutil.copyfile(os.path.join(LO, pair + "-b.pdf"), out_path(pair, "b.pdf"))
        print("pair 2 done")

        # 3 ------------------------------------------------------------ en, TXT -> Markdown
        pair = "en-tenantdesk-flyttet-klausul"
        open(out_path(pair, "a.txt"), "w", encoding="utf-8").write(derive.read("en-tenantdesk-v1.txt"))
        open(out_path(pair, "b.md"), "w", encoding="utf-8").write(tenantdesk_markdown(derive.tenantdesk_v2()))
        print("pair 3 done")

        # 4 ------------------------------------------------------------ da, HTML page without numbers -> python-docx numbered
        pair = "da-foreningsnettet-uden-numre"
        css = ("body { font-family: 'Liberation Sans', Arial, sans-serif; max-width: 46em; margin: 2em auto; padding: 0 1em; "
               "line-height: 1.55; color: #222; } header.site, footer.site { font-size: .85em; color: #555; } "
               "header.site { border-bottom: 1px solid #ccc; } footer.site { border-top: 1px solid #ccc; margin-top: 2em; } "
               "h2 { font-size: 1.2em; margin-top: 1.6em; }")
        body = ('<header class="site">Foreningsnettet · Priser · Support · Log ind</header>\n<main>\n<article>\n' +
                body_html(parse_text(derive.foreningsnettet_v1())) +
                '\n</article>\n</main>\n<footer class="site">Foreningsnettet ApS · Dalgasgade 31 · 6700 Esbjerg · privatliv@foreningsnettet.example<br>Senest opdateret 1. april 2025 · Cookiepolitik · Privatlivspolitik</footer>')
        open(out_path(pair, "a.html"), "w", encoding="utf-8").write(page("da", "Databehandleraftale – Foreningsnettet", css, body))
        doc = setup("Databehandleraftale for Foreningsnettet", "Foreningsnettet ApS", "Carlito", 11, 25)
        header_footer(doc, "Foreningsnettet ApS – Databehandleraftale – gældende fra 1. februar 2026", "Side", "af")
        typed_docx(parse_text(derive.foreningsnettet_v2()), doc, tab=False)
        doc.save(out_path(pair, "b.docx"))
        print("pair 4 done")

        # 5 ------------------------------------------------------------ de, reportlab PDF -> Chromium PDF
        pair = "de-belegwerk-anlage-entfernt"
        reportlab_pdf(parse_text(derive.read("de-belegwerk-v1.txt")), out_path(pair, "a.pdf"),
                      "AVV Schreinerei Lechner / Belegwerk Cloud – Stand: Januar 2026", "Auftragsverarbeitungsvertrag")
        src = os.path.join(INTER, pair + "-b.html")
        open(src, "w", encoding="utf-8").write(page("de", "Auftragsverarbeitungsvertrag Belegwerk",
                                                    css_print("Belegwerk Cloud GmbH – AVV – Stand: Juni 2026", "Seite", "von",
                                                              "'Liberation Serif', serif", "#222"),
                                                    body_html(parse_text(derive.belegwerk_v2()))))
        chromium_pdf(src, out_path(pair, "b.pdf"))
        print("pair 5 done")

        # 6 ------------------------------------------------------------ sv, python-docx -> LibreOffice PDF
        pair = "sv-tandvardsjournal-avsnitt-struket"
        doc = setup("Personuppgiftsbiträdesavtal", "Journalia Nordic AB", "Liberation Serif", 11, 25)
        header_footer(doc, "Journalia Dental – PUB-avtal v1.0", "Sida", "av")
        typed_docx(parse_text(derive.read("sv-tandvardsjournal-v1.txt")), doc)
        doc.save(out_path(pair, "a.docx"))
        doc = setup("Personuppgiftsbiträdesavtal", "Journalia Nordic AB", "Liberation Serif", 11, 25)
        header_footer(doc, "Journalia Dental – PUB-avtal v1.1 (reviderad)", "Sida", "av")
        typed_docx(parse_text(derive.tandvard_v2()), doc)
        inter = os.path.join(INTER, pair + "-b.docx")
        doc.save(inter)
        soffice(["--convert-to", "pdf:writer_pdf_Export", "--outdir", LO, inter], prof)
        shutil.copyfile(os.path.join(LO, pair + "-b.pdf"), out_path(pair, "b.pdf"))
        print("pair 6 done")

        # 7 ------------------------------------------------------------ en, own signed DPA (HTML) vs supplier's DPA (wkhtmltopdf)
        pair = "en-fixpoint-vs-standard"
        open(out_path(pair, "a.html"), "w", encoding="utf-8").write(
            plain_html(derive.read("en-tenantdesk-v1.txt"), "Data Processing Agreement – Tenantdesk", "en"))
        src = os.path.join(INTER, pair + "-b.html")
        css = ("body { font-family: 'Liberation Sans', sans-serif; font-size: 14pt; line-height: 1.35; } "
               "h1 { font-size: 20pt; } p.sub { color: #555; } h2 { font-size: 15pt; margin: 14pt 0 5pt 0; } "
               "h2.annex { page-break-before: always; } p { text-align: justify; margin: 0 0 5pt 0; } "
               "p.n { padding-left: 12mm; text-indent: -12mm; } p.n .no { display: inline-block; width: 12mm; text-indent: 0; } "
               "table { border-collapse: collapse; width: 100%; } th, td { border: 0.8pt solid #444; padding: 3pt 5pt; text-align: left; }")
        open(src, "w", encoding="utf-8").write(page("en", "Fixpoint DPA", css, body_html(parse_text(derive.read("en-fixpoint-supplier.txt")))))
        rt = tempfile.mkdtemp(prefix="wk-runtime-")
        os.chmod(rt, 0o700)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=rt)
        subprocess.run(["wkhtmltopdf", "--quiet", "--page-size", "A4", "--margin-top", "20mm", "--margin-bottom", "20mm",
                        "--margin-left", "20mm", "--margin-right", "20mm", "--encoding", "utf-8", "--title", "Fixpoint DPA",
                        src, out_path(pair, "b.pdf")], check=True, capture_output=True, env=env, timeout=180)
        print("pair 7 done")

        # 8 ------------------------------------------------------------ da, supplier's DPA (python-docx) vs own signed DPA (TXT)
        pair = "da-ruteplan-vs-standard"
        doc = setup("Databehandleraftale", "Ruteplan Danmark ApS", "Carlito", 10.5, 24)
        header_footer(doc, "Ruteplan Danmark ApS – Databehandleraftale 2026.1", "Side", "af")
        typed_docx(parse_text(derive.read("da-ruteplan-supplier.txt")), doc, clause_left=10)
        doc.save(out_path(pair, "a.docx"))
        open(out_path(pair, "b.txt"), "w", encoding="utf-8").write(
            plain_text(parse_text(derive.read("da-lagerstyring-v1.txt"))))
        print("pair 8 done")


if __name__ == "__main__":
    main()
