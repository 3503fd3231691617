#!/usr/bin/env python3
"""Build the ten documents of tests/blind-12 (adapted from tests/blind-10/src/build_*.py).

  /tmp/b12venv/bin/python build.py        (python-docx 1.2, reportlab 5; chromium, soffice, qpdf on PATH)

Intermediates go to src/intermediate/. Only the text, Markdown, HTML and reportlab outputs are
byte-reproducible; Chromium, LibreOffice, python-docx and qpdf (random salt) write dates or salts.
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


# ------------------------------------------------------------------ 1 encrypted English PDF
CSS_EN = """@page { size: A4; margin: 24mm 20mm 22mm 22mm;
  @top-right { content: "Larchmont Cloud Solutions Limited – Data Processing Agreement v5.0"; font: 8pt 'Liberation Sans', sans-serif; color: #555; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt 'Liberation Sans', sans-serif; color: #555; } }
body { font-family: 'Liberation Serif', serif; font-size: 10.5pt; line-height: 1.36; margin: 0; }
h1 { font-size: 19pt; margin: 0 0 2pt 0; text-align: center; }
p.sub { margin: 0 0 14pt 0; text-align: center; color: #444; font-style: italic; }
h2 { font-size: 11.5pt; margin: 13pt 0 4pt 0; break-after: avoid; }
h2.annex { break-before: page; font-size: 13pt; }
h3 { font-size: 10.5pt; margin: 9pt 0 3pt 0; break-after: avoid; }
p { margin: 0 0 5pt 0; text-align: justify; }
p.n1 { padding-left: 11mm; text-indent: -11mm; }
p.n2 { padding-left: 22mm; text-indent: -11mm; }
p.i { padding-left: 20mm; text-indent: -8mm; }
p.n1 .no, p.n2 .no { display: inline-block; width: 11mm; text-indent: 0; }
p.i .no { display: inline-block; width: 8mm; text-indent: 0; }
ul.toms { margin: 2pt 0 6pt 0; padding-left: 8mm; } ul.toms li { margin-bottom: 2pt; text-align: justify; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0 10pt 0; }
table.list th, table.list td { border: 0.6pt solid #666; padding: 3pt 5pt; text-align: left; vertical-align: top; font-size: 9.5pt; }
table.list th { background: #e8e8e8; }
table.sig { margin-top: 20pt; } table.sig td { width: 50%; padding: 2pt 8pt 2pt 0; }"""


def build_en_encrypted():
    name = "en-larchmont-engage-encrypted"
    src = os.path.join(INTER, name + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(page("en", "Larchmont Engage – Data Processing Agreement", CSS_EN, typed_body(name)))
    plain = os.path.join(INTER, name + ".unencrypted.pdf")
    chromium_pdf(src, plain)
    out = os.path.join(SET, name + ".pdf")
    if os.path.exists(out):
        os.remove(out)
    subprocess.run(["qpdf", "--encrypt", "", "Larchm0nt-0wner-2026", "256", "--print=none", "--extract=n", "--",
                    plain, out], check=True)
    print("wrote", name + ".pdf (encrypted, empty user password)")


# ------------------------------------------------------------------ 2 trust-center HTML with nested <ol>
CSS_TC = """body { font-family: 'Liberation Sans', Arial, sans-serif; margin: 0; color: #1d2330; line-height: 1.55; }
.topnav { display: flex; gap: 1.4em; padding: .8em 2em; background: #0c3b5e; color: #fff; font-size: .92em; }
.topnav a { color: #fff; text-decoration: none; }
.crumbs { padding: .6em 2em; font-size: .85em; color: #5a6474; }
.layout { display: flex; gap: 2em; max-width: 72em; margin: 0 auto; padding: 0 2em; }
aside.side { flex: 0 0 14em; font-size: .9em; } aside.side ul { list-style: none; padding: 0; }
main { flex: 1; max-width: 48em; }
main ol { padding-left: 1.6em; } main ol > li { margin: .35em 0; }
main > article > ol > li > h2 { font-size: 1.15em; margin: 1.4em 0 .3em 0; }
table { border-collapse: collapse; margin: .6em 0; } th, td { border: 1px solid #b8c0cc; padding: .3em .6em; text-align: left; }
.cookie { position: fixed; bottom: 0; left: 0; right: 0; background: #f4f6f9; border-top: 1px solid #ccd; padding: 1em 2em; font-size: .9em; }
.cookie button { margin-right: .6em; }
footer.site { margin-top: 3em; padding: 1.5em 2em 7em 2em; background: #eef1f5; font-size: .85em; color: #4a5360; }"""


def build_trust_center():
    name = "en-wavecrest-trust-center-ol"
    blocks = parse(name + ".txt")
    art, depth = [], 0            # depth = number of open <ol> levels

    def close_to(level):
        nonlocal depth
        while depth > level:
            art.append("</li></ol>")
            depth -= 1

    types = {1: "<ol>", 2: "<ol>", 3: '<ol type="a">', 4: '<ol type="i">'}
    level_of = {"H0": 1, "H1": 2, "L2": 3, "L3": 4}
    for tag, text in blocks:
        if tag == "TITLE":
            art.append(f"<h1>{E(text)}</h1>")
        elif tag == "SUB":
            art.append(f'<p class="updated">{E(text)}</p>')
        elif tag == "P":
            art.append(f"<p>{E(text)}</p>")
        elif tag in level_of:
            lv = level_of[tag]
            if depth >= lv:
                close_to(lv)
                art.append("</li>")
            else:
                while depth < lv:
                    depth += 1
                    art.append(types[depth])
            content = f"<h2>{E(text)}</h2>" if tag == "H0" else E(text)
            art.append(f"<li>{content}")
        elif tag == "TABLE":
            rows = text
            art.append("<table><thead><tr>" + "".join(f"<th>{E(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>" +
                       "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in rows[1:]) +
                       "</tbody></table>")
        else:
            raise ValueError(tag)
    close_to(0)
    body = f"""<div class="cookie" role="dialog" aria-label="Cookie consent">
<p>We use cookies to keep this site secure, to remember your preferences and, if you agree, to measure how our pages are used. You can change your choice at any time under Cookie settings in the footer. Read our <a href="/legal/cookies">Cookie Policy</a>.</p>
<button>Accept all</button><button>Reject non-essential</button><button>Cookie settings</button>
</div>
<nav class="topnav" aria-label="Main"><a href="/">Wavecrest</a><a href="/product">Product</a><a href="/pricing">Pricing</a><a href="/trust">Trust Center</a><a href="/support">Support</a><a href="/login">Log in</a></nav>
<div class="crumbs">Trust Center › Legal › Data Processing Agreement</div>
<div class="layout">
<aside class="side"><ul>
<li><a href="/trust/security">Security overview</a></li>
<li><a href="/trust/certifications">Certifications</a></li>
<li><a href="/trust/subprocessors">Sub-processors</a></li>
<li><a href="/legal/terms">Terms of Service</a></li>
<li><a href="/legal/dpa">Data Processing Agreement</a></li>
<li><a href="/legal/privacy">Privacy Notice</a></li>
<li><a href="/trust/status">System status</a></li>
</ul></aside>
<main><article>
{chr(10).join(art)}
<p><a href="/legal/dpa/wavecrest-dpa-3.2.pdf">Download this DPA as PDF</a> · <a href="/legal/dpa/archive">Previous versions</a></p>
</article></main>
</div>
<footer class="site">
<p>© 2025 Wavecrest Software B.V. · Catharijnesingel 48, 3511 GC Utrecht · KvK 87654321 · VAT NL864512307B01</p>
<p><a href="/legal/terms">Terms</a> · <a href="/legal/privacy">Privacy</a> · <a href="/legal/cookies">Cookies</a> · <a href="#">Cookie settings</a> · <a href="/trust">Trust Center</a> · <a href="/contact">Contact</a></p>
</footer>"""
    with open(os.path.join(SET, name + ".html"), "w", encoding="utf-8") as f:
        f.write(page("en", "Data Processing Agreement | Wavecrest Trust Center", CSS_TC, body))
    print("wrote", name + ".html")


# ------------------------------------------------------------------ 5 Danish municipality PDF, hyphenated
VOWELS = "aeiouyæøåéü"


def soft_hyphens(word):
    """Soft hyphens (U+00AD) at VC-CV boundaries of long lower-case words (names stay whole): Chromium has
    no Danish hyphenation dictionary offline, so hyphens: auto alone would not hyphenate."""
    if len(word) < 10 or not word.isalpha() or word[0].isupper():
        return word
    parts, last = [], 0
    for i in range(4, len(word) - 3):
        if (word[i - 1].lower() not in VOWELS and word[i].lower() not in VOWELS and word[i + 1].lower() in VOWELS
                and i - last >= 4):
            parts.append(word[last:i])
            last = i
    parts.append(word[last:])
    return "\u00ad".join(parts)


def da_text(s):
    return re.sub(r"[A-Za-zÆØÅæøåéü]+", lambda m: soft_hyphens(m.group(0)), E(s))


CSS_DA = """@page { size: A4; margin: 24mm 62mm 24mm 30mm;
  @top-left { content: "Stensby Kommune · Databehandleraftale Plejeplan · J.nr. 27.03.00-G01-112-25"; font: 7.5pt 'Liberation Sans', sans-serif; color: #444; width: 150mm; }
  @bottom-right { content: "Side " counter(page) " af " counter(pages); font: 7.5pt 'Liberation Sans', sans-serif; color: #444; } }
body { font-family: 'Liberation Serif', serif; font-size: 10pt; line-height: 1.32; margin: 0; hyphens: auto; -webkit-hyphens: auto; }
h1 { font-size: 17pt; margin: 0 0 2pt 0; hyphens: none; }
p.sub { margin: 0 0 12pt 0; color: #333; }
p.c { text-align: left; margin: 0; }
h2 { font-size: 11pt; margin: 12pt 0 4pt 0; break-after: avoid; }
h2.annex { break-before: page; font-size: 12.5pt; }
h3 { font-size: 10pt; margin: 9pt 0 3pt 0; break-after: avoid; }
p { margin: 0 0 5pt 0; text-align: justify; }
p.n1 { padding-left: 9mm; text-indent: -9mm; }
p.n1 .no { display: inline-block; width: 9mm; text-indent: 0; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0 10pt 0; hyphens: none; }
table.list th, table.list td { border: 0.6pt solid #666; padding: 2pt 4pt; text-align: left; vertical-align: top; font-size: 8.5pt; }
table.sig { margin-top: 16pt; } table.sig td { width: 50%; padding: 2pt 6pt 2pt 0; font-size: 9pt; }"""


def build_da_kommune():
    name = "da-stensby-kommune-hyphenated"
    src = os.path.join(INTER, name + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(page("da", "Databehandleraftale – Stensby Kommune", CSS_DA, typed_body(name, esc=da_text)))
    chromium_pdf(src, os.path.join(SET, name + ".pdf"))
    print("wrote", name + ".pdf")


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
        elif tag == "TABLE":
            add_table(doc, text, widths=def_widths if len(text[0]) == 2 else None)
        elif tag == "SIG":
            add_table(doc, text, grid=False)
        else:
            raise ValueError(tag)
    return doc


# ------------------------------------------------------------------ Word list numbering
def lvl_xml(i, fmt, text, left, hang, bold, restart_after=None):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    rs = f'<w:lvlRestart w:val="{restart_after}"/>' if restart_after is not None else ""
    return (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{rs}'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:suff w:val="tab"/>'
            f'<w:pPr><w:tabs><w:tab w:val="num" w:pos="{left}"/></w:tabs>'
            f'<w:ind w:left="{left}" w:hanging="{hang}"/></w:pPr>{rpr}</w:lvl>')


def install_numbering(doc, abstract_id, nsid, levels, num_ids_restart=()):
    """One abstract list; numId abstract_id uses it; every id in num_ids_restart is a new instance that restarts at 1."""
    ns = nsdecls("w")
    numbering = doc.part.numbering_part.element
    lvls = "".join(lvl_xml(i, *lv) for i, lv in enumerate(levels))
    absn = parse_xml(f'<w:abstractNum {ns} w:abstractNumId="{abstract_id}"><w:nsid w:val="{nsid}"/>'
                     f'<w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(f'<w:num {ns} w:numId="{abstract_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'))
    for nid in num_ids_restart:
        numbering.append(parse_xml(
            f'<w:num {ns} w:numId="{nid}"><w:abstractNumId w:val="{abstract_id}"/>'
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))


def numpr(p, ilvl, num_id):
    ppr = p._p.get_or_add_pPr()
    np_ = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    np_.append(il)
    np_.append(ni)
    ppr.insert(1 if ppr.find(qn("w:pStyle")) is not None else 0, np_)


def numbered_document(name, doc, num_id, body_left_mm, annex_nums=(), h1_style="Normal"):
    started, annex_i = False, -1
    for tag, text in parse(name + ".txt"):
        if tag == "H0":
            started = True
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
            p = doc.add_paragraph(text)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if started:
                p.paragraph_format.left_indent = Mm(body_left_mm)
        elif tag == "H0":
            p = doc.add_paragraph(text, style="Heading 1")
            numpr(p, 0, num_id)
            p.paragraph_format.keep_with_next = True
        elif tag == "H1":
            p = doc.add_paragraph(text, style=h1_style)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            numpr(p, 1, num_id)
        elif tag == "L2":
            p = doc.add_paragraph(text)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            numpr(p, 2, num_id)
        elif tag == "L3":
            p = doc.add_paragraph(text)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            numpr(p, 3, num_id)
        elif tag == "ANNEX":
            annex_heading(doc, text)
            annex_i += 1
            started = False
        elif tag == "A1":
            p = doc.add_paragraph(text)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            numpr(p, 0, annex_nums[annex_i])
        elif tag == "TABLE":
            add_table(doc, text)
        elif tag == "SIG":
            add_table(doc, text, grid=False)
        else:
            raise ValueError(tag)
    return doc


def build_docx_all():
    # 3: UK DPA, python-docx with four-level Word numbering, final DOCX
    name = "en-keyfold-uk-schedules"
    doc = setup("Data Processing Agreement", "Keyfold Software Limited", "Carlito", 11, 25)
    header_footer(doc, "Keyfold Software Limited – Data Processing Agreement (Ashbourne Lettings Limited)", "Page", "of")
    install_numbering(doc, 70, "4C1D2E3F", [("decimal", "%1.", 709, 709, True),
                                            ("decimal", "%1.%2", 709, 709, False),
                                            ("lowerLetter", "(%3)", 1418, 709, False),
                                            ("lowerRoman", "(%4)", 2127, 709, False)])
    numbered_document(name, doc, 70, 12.5)
    doc.save(os.path.join(SET, name + ".docx"))
    print("wrote", name + ".docx")

    # 6: Danish SaaS DPA, Word numbering '%1.' / '%1.%2.' / 'a)', annex lists restarting at 1
    name = "da-foreningsfabrikken-autonummer"
    doc = setup("Databehandleraftale", "Foreningsfabrikken ApS", "Liberation Sans", 10, 24)
    header_footer(doc, "Foreningsfabrikken ApS – Databehandleraftale v2.3", "Side", "af")
    install_numbering(doc, 80, "5A6B7C8D", [("decimal", "%1.", 709, 709, True),
                                            ("decimal", "%1.%2.", 709, 709, False),
                                            ("lowerLetter", "%3)", 1134, 425, False)])
    install_numbering(doc, 90, "6B7C8D9E", [("decimal", "%1.", 567, 567, False)], num_ids_restart=(91, 92, 93))
    numbered_document(name, doc, 80, 12.5, annex_nums=(91, 92, 93))
    doc.save(os.path.join(SET, name + ".docx"))
    print("wrote", name + ".docx")

    # 4: US addendum, typed numbers + two-column definitions table -> LibreOffice PDF
    name = "en-quarrystone-us-addendum"
    doc = setup("Data Processing Addendum", "Quarrystone Labs, Inc.", "Carlito", 10.5, 24)
    header_footer(doc, "Quarrystone Labs, Inc. – Data Processing Addendum (Rev. 2025-09)", "Page", "of")
    typed_document(name, doc, clause_left=11, def_widths=(Mm(42), Mm(120)))
    doc.save(os.path.join(INTER, name + ".docx"))

    # 8: German AVV, typed 'Ziffer' headings -> LibreOffice PDF
    name = "de-formkraft-avv-ziffern"
    doc = setup("Vertrag zur Auftragsverarbeitung", "Formkraft Digital GmbH", "Liberation Sans", 10, 24)
    header_footer(doc, "", "Seite", "von")
    typed_document(name, doc, clause_left=11)
    doc.save(os.path.join(INTER, name + ".docx"))
    print("wrote intermediates for LibreOffice")


def build_libreoffice():
    with tempfile.TemporaryDirectory() as d:
        for name in ("en-quarrystone-us-addendum", "de-formkraft-avv-ziffern"):
            subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/b12lo", "--headless",
                            "--convert-to", "pdf:writer_pdf_Export", "--outdir", d,
                            os.path.join(INTER, name + ".docx")], check=True, capture_output=True, timeout=300)
            shutil.copyfile(os.path.join(d, name + ".pdf"), os.path.join(SET, name + ".pdf"))
            print("wrote", name + ".pdf (LibreOffice)")


# ================================================================== text, Markdown
def build_text():
    shutil.copyfile(os.path.join(HERE, "da-pixelhuset-email.txt"), os.path.join(SET, "da-pixelhuset-email.txt"))
    shutil.copyfile(os.path.join(HERE, "no-fjordvik-kommune-vedlegg.md"), os.path.join(SET, "no-fjordvik-kommune-vedlegg.md"))
    print("wrote da-pixelhuset-email.txt, no-fjordvik-kommune-vedlegg.md")


# ================================================================== reportlab (Swedish)
def build_reportlab():
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape

    name = "sv-bokapp-pub-romerska"
    fd = "/usr/share/fonts/truetype/liberation"
    pdfmetrics.registerFont(TTFont("LibSerif", os.path.join(fd, "LiberationSerif-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("LibSerif-Bold", os.path.join(fd, "LiberationSerif-Bold.ttf")))
    base = ParagraphStyle("base", fontName="LibSerif", fontSize=10.5, leading=14, alignment=TA_JUSTIFY, spaceAfter=4)
    title = ParagraphStyle("t", parent=base, fontName="LibSerif-Bold", fontSize=17, leading=21, alignment=TA_CENTER)
    sub = ParagraphStyle("s", parent=base, alignment=TA_CENTER, spaceAfter=10)
    centre = ParagraphStyle("c", parent=base, alignment=TA_CENTER, spaceAfter=2)
    head = ParagraphStyle("h", parent=base, fontName="LibSerif-Bold", fontSize=11.5, leading=15, spaceBefore=10, alignment=0)
    clause = ParagraphStyle("n", parent=base, leftIndent=11 * mm, bulletIndent=0, bulletFontName="LibSerif")
    cell = ParagraphStyle("cell", parent=base, fontSize=9.5, leading=12, alignment=0, spaceAfter=0)

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
                self.drawString(22 * mm, 11 * mm, "PUB-avtal Klarälvens Padelcenter AB – Bokapp Norden AB")
                self.drawRightString(A4[0] - 20 * mm, 11 * mm, f"Sida {self._pageNumber} ({total})")
                super().showPage()
            super().save()

    story = []
    for tag, text in parse(name + ".txt"):
        if tag == "TITLE":
            story.append(Paragraph(escape(text), title))
        elif tag == "SUB":
            story.append(Paragraph(escape(text), sub))
        elif tag == "C":
            story.append(Paragraph(escape(text), centre))
        elif tag == "H":
            story.append(Paragraph(escape(text), head))
        elif tag == "N":
            label, rest = split_label(text)
            story.append(Paragraph(escape(rest), clause, bulletText=label))
        elif tag == "SIG":
            t = Table([[Paragraph(escape(c), cell) for c in r] for r in text], colWidths=[84 * mm, 84 * mm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(Spacer(1, 16))
            story.append(KeepTogether([t]))
        else:
            raise ValueError(tag)
    doc = SimpleDocTemplate(os.path.join(SET, name + ".pdf"), pagesize=A4, leftMargin=22 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=22 * mm, title="Personuppgiftsbiträdesavtal",
                            author="Bokapp Norden AB", creator="Bokapp avtalsmotor", invariant=1)
    doc.build(story, canvasmaker=NumberedCanvas)
    print("wrote", name + ".pdf")


def main():
    os.makedirs(INTER, exist_ok=True)
    build_en_encrypted()
    build_trust_center()
    build_da_kommune()
    build_docx_all()
    build_libreoffice()
    build_text()
    build_reportlab()


if __name__ == "__main__":
    main()
