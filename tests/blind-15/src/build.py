#!/usr/bin/env python3
"""Build the seven documents of tests/blind-15 (adapted from tests/blind-13/src/build.py).

  /tmp/b12venv/bin/python build.py        (python-docx, reportlab; chromium, soffice on PATH)

Intermediates go to src/intermediate/. The DOCX files are byte-reproducible (fixed core-property dates and
zip timestamps); Chromium, LibreOffice and reportlab write creation dates into the PDFs.
"""
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

from common import (E, INTER, WD_ALIGN_PARAGRAPH, Mm, Pt, add_table, annex_heading, chromium_pdf, hanging,
                    header_footer, page, setup, OxmlElement, qn, parse_xml, nsdecls)
from markup import HERE, SET, parse
import scc914

LABEL = re.compile(r"^(\([A-Za-z0-9]{1,4}\)|[a-z]\)|[A-Z]\.\d+\.?|\d+(?:\.\d+)*\.?)\s+(.*)$")


def label(text):
    m = LABEL.match(text)
    if not m:
        raise ValueError(f"no label in {text[:40]!r}")
    return m.group(1), m.group(2)


def fixed_zip(path):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, data)


def libreoffice_pdf(name):
    with tempfile.TemporaryDirectory() as d:
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/b15lo", "--headless",
                        "--convert-to", "pdf:writer_pdf_Export", "--outdir", d,
                        os.path.join(INTER, name + ".docx")], check=True, capture_output=True, timeout=300)
        shutil.copyfile(os.path.join(d, name + ".pdf"), os.path.join(SET, name + ".pdf"))
    print("wrote", name + ".pdf (LibreOffice)")


def blocks_of(name, scc=None):
    """Body file plus optional annex file (which may hold an @SCC line)."""
    out = parse(name + ".txt", scc)
    if os.path.exists(os.path.join(HERE, name + ".annexes.txt")):
        out += parse(name + ".annexes.txt", scc)
    return out


# ------------------------------------------------------------------ Chromium (1, 4)
def html_body(blocks):
    out, in_ul = [], False
    for tag, text in blocks:
        if tag != "B" and in_ul:
            out.append("</ul>")
            in_ul = False
        if tag == "TITLE":
            out.append(f"<h1>{E(text)}</h1>")
        elif tag == "SUB":
            out.append(f'<p class="sub">{E(text)}</p>')
        elif tag == "C":
            out.append(f'<p class="c">{E(text)}</p>')
        elif tag == "P":
            out.append(f"<p>{E(text)}</p>")
        elif tag == "H":
            out.append(f"<h2>{E(text)}</h2>")
        elif tag == "U":
            out.append(f'<h2 class="sec">{E(text)}</h2>')
        elif tag == "H2":
            out.append(f"<h3>{E(text)}</h3>")
        elif tag == "ANNEX":
            out.append(f'<h2 class="annex">{E(text)}</h2>')
        elif tag == "B":
            if not in_ul:
                out.append('<ul class="toms">')
                in_ul = True
            out.append(f"<li>{E(text)}</li>")
        elif tag in ("N", "I"):
            lab, rest = label(text)
            cls = "n1" if tag == "N" else "i"
            out.append(f'<p class="{cls}"><span class="no">{E(lab)}</span> {E(rest)}</p>')
        elif tag == "TABLE":
            out.append('<table class="list"><thead><tr>' + "".join(f"<th>{E(c)}</th>" for c in text[0]) +
                       "</tr></thead><tbody>")
            for r in text[1:]:
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


CSS_COMMON = """body { font-family: 'Liberation Sans', sans-serif; font-size: 9.5pt; line-height: 1.4; margin: 0; color: #111; }
h1 { font-size: 17pt; margin: 0 0 3pt 0; }
p.sub { margin: 0 0 12pt 0; color: #444; }
p.c { text-align: center; margin: 0 0 3pt 0; }
h2 { font-size: 11pt; margin: 13pt 0 4pt 0; break-after: avoid; }
h2.sec { text-align: center; font-size: 10.5pt; letter-spacing: .04em; }
h2.annex { break-before: page; font-size: 13pt; }
h3 { font-size: 10pt; margin: 10pt 0 3pt 0; break-after: avoid; }
p { margin: 0 0 5pt 0; text-align: justify; }
p.n1 { padding-left: 11mm; text-indent: -11mm; }
p.n1 .no { display: inline-block; width: 11mm; text-indent: 0; }
p.i { padding-left: 19mm; text-indent: -8mm; }
p.i .no { display: inline-block; width: 8mm; text-indent: 0; }
ul.toms { margin: 2pt 0 6pt 0; padding-left: 7mm; } ul.toms li { margin-bottom: 2pt; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0 10pt 0; }
table.list th, table.list td { border: 0.6pt solid #666; padding: 3pt 5pt; text-align: left; vertical-align: top; font-size: 8.8pt; }
table.list th { background: #e6e6e6; }
table.sig { margin-top: 16pt; } table.sig td { width: 50%; padding: 2pt 8pt 2pt 0; }"""

CSS_EN = """@page { size: A4; margin: 22mm 20mm 20mm 20mm;
  @top-left { content: "Corvane, Inc. · Customer Data Processing Addendum v3.2"; font: 7.5pt 'Liberation Sans', sans-serif; color: #555; }
  @top-right { content: "Public – Corvane Legal"; font: 7.5pt 'Liberation Sans', sans-serif; color: #555; }
  @bottom-left { content: "DPA v3.2 (March 2026)"; font: 7.5pt 'Liberation Sans', sans-serif; color: #555; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7.5pt 'Liberation Sans', sans-serif; color: #555; } }
""" + CSS_COMMON

CSS_DA = """@page { size: A4; margin: 24mm 22mm 22mm 24mm;
  @top-left { content: "Databehandleraftale · Fjordlys Boligadministration A/S / Pladsbooking Nordic ApS"; font: 7.5pt 'Liberation Sans', sans-serif; color: #444; }
  @bottom-center { content: "Side " counter(page) " af " counter(pages); font: 7.5pt 'Liberation Sans', sans-serif; color: #444; } }
""" + CSS_COMMON


def build_chromium():
    for name, lang, title, css, scc in (
            ("en-corvane-saas-dpa-scc", "en", "Corvane Customer Data Processing Addendum", CSS_EN,
             scc914.clauses_en(law="Ireland", courts="Ireland", clause9="option2",
                               notice="at least fourteen (14) days")),
            ("da-fjordlys-databehandleraftale-bilag-e", "da", "Databehandleraftale – Fjordlys / Pladsbooking", CSS_DA,
             scc914.clauses_en(law="Ireland", courts="Ireland", clause9="both"))):
        blocks = blocks_of(name, scc)
        src = os.path.join(INTER, name + ".html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(page(lang, title, css, html_body(blocks)))
        chromium_pdf(src, os.path.join(SET, name + ".pdf"))
        print("wrote", name + ".pdf (Chromium)")


# ------------------------------------------------------------------ python-docx (2, 3)
def heading_style(doc, name, font, size):
    h = doc.styles[name]
    h.font.name, h.font.size, h.font.bold, h.font.italic = font, Pt(size), True, False
    h.font.color.rgb = None
    rf = h.element.rPr.rFonts
    for att in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rf.get(qn(att)) is not None:
            del rf.attrib[qn(att)]
    rf.set(qn("w:ascii"), font)
    rf.set(qn("w:hAnsi"), font)


def word_document(blocks, doc):
    for tag, text in blocks:
        if tag == "TITLE":
            doc.add_paragraph(text, style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif tag == "SUB":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(text).italic = True
        elif tag == "C":
            doc.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif tag == "P":
            doc.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif tag == "H":
            doc.add_paragraph(text, style="Heading 1").paragraph_format.keep_with_next = True
        elif tag == "U":
            p = doc.add_paragraph(text, style="Heading 1")
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.keep_with_next = True
        elif tag == "H2":
            doc.add_paragraph(text, style="Heading 2").paragraph_format.keep_with_next = True
        elif tag == "ANNEX":
            annex_heading(doc, text)
        elif tag in ("N", "I"):
            lab, body = label(text)
            if tag == "N" and re.fullmatch(r"\d+\.\d+", lab) and len(body.split()) <= 9 and not body.endswith("."):
                doc.add_paragraph(lab + " " + body, style="Heading 3").paragraph_format.keep_with_next = True
                continue
            p = doc.add_paragraph(lab + "\t" + body)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if tag == "N":
                hanging(p, 12, 12)
            else:
                hanging(p, 21, 9)
        elif tag == "B":
            doc.add_paragraph(text, style="List Bullet").alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif tag == "TABLE":
            add_table(doc, text)
        elif tag == "SIG":
            add_table(doc, text, grid=False)
        else:
            raise ValueError(tag)
    return doc


def build_docx_en():
    name = "en-harrowgate-uk-addendum-scc"
    doc = setup("Data Processing Addendum – Harrowgate Learning, Inc.", "Harrowgate Legal", "Carlito", 10.5, 24)
    heading_style(doc, "Heading 3", "Carlito", 10.5)
    header_footer(doc, "Harrowgate Learning – Data Processing Addendum HLI-DPA-2026-01 – Confidential", "Page", "of")
    word_document(blocks_of(name, scc914.clauses_en(law="Ireland", courts="Ireland", clause9="option2",
                                                      notice="at least fourteen (14) days")), doc)
    doc.save(os.path.join(SET, name + ".docx"))
    fixed_zip(os.path.join(SET, name + ".docx"))
    print("wrote", name + ".docx")

    name = "en-quillmoor-dpf-schedules"
    doc = setup("Data Processing Agreement – Brenwick / Quillmoor", "Quillmoor Data Services Limited",
                "Liberation Serif", 11, 25)
    header_footer(doc, "Quillmoor Data Services Limited – Data Processing Agreement (Brenwick Rewards)", "Page", "of")
    word_document(blocks_of(name), doc)
    doc.save(os.path.join(INTER, name + ".docx"))
    libreoffice_pdf(name)


# ------------------------------------------------------------------ 5: Swedish, Word automatic numbering only
NUMBERING = """<w:abstractNum {ns} w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr><w:rPr><w:b w:val="0"/></w:rPr></w:lvl>
</w:abstractNum>"""


def build_sv():
    name = "sv-norrsken-autonumrering"
    doc = setup("Personuppgiftsbiträdesavtal – Kustklinikerna / Journalia", "Kustklinikerna i Gävle AB", "Carlito", 11, 25)
    header_footer(doc, "Personuppgiftsbiträdesavtal Journalia Tand", "Sida", "av")
    numbering = doc.part.numbering_part.element
    absn = parse_xml(NUMBERING.format(ns=nsdecls("w")))
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    numbering.append(num)

    def numbered(p, level):
        ppr = p._p.get_or_add_pPr()
        numpr = parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>')
        ppr.insert(1 if ppr.find(qn("w:pStyle")) is not None else 0, numpr)

    for tag, text in parse(name + ".txt"):
        if tag == "TITLE":
            doc.add_paragraph(text, style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif tag == "SUB":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(text).italic = True
        elif tag == "H0":
            p = doc.add_paragraph(text, style="Heading 1")
            p.paragraph_format.keep_with_next = True
            numbered(p, 0)
        elif tag == "H1":
            p = doc.add_paragraph(text)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            numbered(p, 1)
        elif tag == "ANNEX":
            annex_heading(doc, text)
        elif tag == "TABLE":
            add_table(doc, text)
        elif tag == "SIG":
            add_table(doc, text, grid=False)
        else:
            raise ValueError(tag)
    doc.save(os.path.join(SET, name + ".docx"))
    fixed_zip(os.path.join(SET, name + ".docx"))
    print("wrote", name + ".docx")


# ------------------------------------------------------------------ 6: German, reportlab
def build_de():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.lib import colors
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                    PageBreak, KeepTogether)
    from reportlab.pdfgen import canvas as rlcanvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    fonts = {"R": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
             "B": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"}
    pdfmetrics.registerFont(TTFont("LS", fonts["R"]))
    pdfmetrics.registerFont(TTFont("LSB", fonts["B"]))
    from reportlab.lib.fonts import addMapping
    addMapping("LS", 0, 0, "LS")
    addMapping("LS", 1, 0, "LSB")
    name = "de-kellerhaus-avv-modul2"
    HEADER = "Kellerhaus Versand GmbH · Auftragsverarbeitungsvertrag Veltrix Commerce Inc."

    class NumberedCanvas(rlcanvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self.setFont("LS", 7.5)
                self.setFillColor(colors.HexColor("#555555"))
                self.drawString(22 * mm, A4[1] - 14 * mm, HEADER)
                self.drawCentredString(A4[0] / 2, 12 * mm, f"Seite {self._pageNumber} von {n}")
                super().showPage()
            super().save()

    st = {
        "title": ParagraphStyle("t", fontName="LSB", fontSize=15, leading=19, spaceAfter=4),
        "sub": ParagraphStyle("s", fontName="LS", fontSize=10, leading=13, spaceAfter=10, textColor=colors.HexColor("#333333")),
        "h": ParagraphStyle("h", fontName="LSB", fontSize=10.5, leading=14, spaceBefore=9, spaceAfter=3),
        "u": ParagraphStyle("u", fontName="LSB", fontSize=10, leading=13, spaceBefore=10, spaceAfter=3, alignment=1),
        "h2": ParagraphStyle("h2", fontName="LSB", fontSize=9.5, leading=12.5, spaceBefore=7, spaceAfter=2),
        "p": ParagraphStyle("p", fontName="LS", fontSize=9.5, leading=12.8, spaceAfter=4, alignment=4),
        "i": ParagraphStyle("i", fontName="LS", fontSize=9.5, leading=12.8, spaceAfter=3, alignment=4,
                            leftIndent=8 * mm, firstLineIndent=-6 * mm),
        "b": ParagraphStyle("b", fontName="LS", fontSize=9.5, leading=12.8, spaceAfter=2, leftIndent=6 * mm,
                            bulletIndent=2 * mm),
        "cell": ParagraphStyle("c", fontName="LS", fontSize=8.8, leading=11),
    }
    story = []
    for tag, text in blocks_of(name, scc914.clauses_de(recht="der Niederlande", gerichte="der Niederlande")):
        t = E(text) if isinstance(text, str) else None
        if tag == "TITLE":
            story.append(Paragraph(t, st["title"]))
        elif tag == "SUB":
            story.append(Paragraph(t, st["sub"]))
        elif tag == "P":
            story.append(Paragraph(t, st["p"]))
        elif tag == "H":
            story.append(Paragraph(t, st["h"]))
        elif tag == "U":
            story.append(Paragraph(t, st["u"]))
        elif tag in ("H2", "N"):
            story.append(Paragraph(t, st["h2"]))
        elif tag == "I":
            story.append(Paragraph(t, st["i"]))
        elif tag == "B":
            story.append(Paragraph(t, st["b"], bulletText="•"))
        elif tag == "ANNEX":
            story.append(PageBreak())
            story.append(Paragraph(t, st["h"]))
        elif tag in ("TABLE", "SIG"):
            data = [[Paragraph(E(c), st["cell"]) for c in r] for r in text]
            tb = Table(data, colWidths=None)
            style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
            if tag == "TABLE":
                style += [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]
            tb.setStyle(TableStyle(style))
            story.append(Spacer(1, 6 if tag == "TABLE" else 14))
            story.append(tb)
            story.append(Spacer(1, 6))
        else:
            raise ValueError(tag)
    out = os.path.join(SET, name + ".pdf")
    d = BaseDocTemplate(out, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=22 * mm,
                        bottomMargin=22 * mm, title="Auftragsverarbeitungsvertrag Kellerhaus / Veltrix",
                        author="Kellerhaus Versand GmbH")
    d.addPageTemplates([PageTemplate(id="p", frames=[Frame(d.leftMargin, d.bottomMargin, d.width, d.height, id="f")])])
    d.build(story, canvasmaker=NumberedCanvas)
    print("wrote", name + ".pdf (reportlab)")


def main():
    os.makedirs(INTER, exist_ok=True)
    build_chromium()
    build_docx_en()
    build_sv()
    build_de()


if __name__ == "__main__":
    main()
