#!/usr/bin/env python3
"""Build the four DOCX documents of tests/blind-8.

  /tmp/b8venv/bin/python build_docx.py      (any Python with python-docx 1.2)

python-docx makes the package (styles, settings, header/footer, page setup); the bodies of three of
the documents are written here as WordprocessingML and spliced into word/document.xml, because
python-docx has no API for what they are there to test.

da-kystlys-tosproget.docx: a bilingual agreement, Danish left and English right, every clause one
  row of a two-column table (header row `Dansk | English` repeated on each page, w:tblHeader); the
  annex is a separate three-column table with bilingual column heads.
de-kassenwerk-steuerelemente.docx: a German AVV whose party names, dates and signatories sit in
  **content controls** (w:sdt, run level; two date pickers), whose transfer clause is a pair of
  **check-box content controls** (w14:checkbox, one ticked ☒, one not ☐), with a **text box**
  (mc:AlternateContent: a DrawingML wps:txbx and its VML fallback, so the box text is stored twice),
  a DOCPROPERTY field (fldSimple) in the title block and header, and a REF field in the signature
  line pointing to a bookmark inside the party-name control.
da-skiftevagt-indholdsfortegnelse.docx: a Danish agreement with Heading 1 / Heading 2 paragraphs
  with typed numbers (`5`, `5.1`), body clauses typed to four levels (`4.1.1.3`), and a **table of
  contents field** (TOC \\o "1-2" \\h \\z \\u) whose cached result lists every heading with a
  PAGEREF page number, before the first heading.
en-quillon-tracked-changes.docx: an English DPA as a **negotiated redline**: w:ins / w:del runs by two
  authors left unaccepted, one paragraph moved (w:moveFrom / w:moveTo with range marks; the
  moved-from copy keeps ordinary w:t text), a wholly inserted paragraph, and seven Word
  **comments** (word/comments.xml) anchored on changed text.
Sources: the .txt files of the same names (markup described in each builder below).
"""
import datetime
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Mm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, ".."))
FIXED = datetime.datetime(2025, 6, 2, 9, 0, 0)


def lines(name):
    return [l.rstrip("\n") for l in open(os.path.join(HERE, name), encoding="utf-8") if l.strip()]


def fixed_core(doc, title, author=""):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    for attr in ("comments", "keywords", "subject"):
        setattr(cp, attr, "")
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 3


def a4(doc, margin=22, landscape=False):
    sec = doc.sections[0]
    w, h = (Mm(297), Mm(210)) if landscape else (Mm(210), Mm(297))
    sec.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = w, h
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Mm(margin))


def field_runs(paragraph, instr, result, size=None):
    """A complex field in its own runs with a cached result."""
    for kind, text in (("begin", None), ("instr", instr), ("separate", None), ("text", result), ("end", None)):
        run = paragraph.add_run()
        if size:
            run.font.size = size
        if kind == "instr":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = f" {instr} "
            run._r.append(it)
        elif kind == "text":
            run.text = text
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._r.append(fc)


def footer_pages(doc, words, size=Pt(8)):
    fp = doc.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(words[0] + " ")
    r.font.size = size
    field_runs(fp, "PAGE", "1", size)
    r = fp.add_run(" " + words[1] + " ")
    r.font.size = size
    field_runs(fp, "NUMPAGES", "1", size)


def splice(path, body_xml, comments_xml=None, custom_props=None, settings_extra=""):
    """Put body_xml at the start of <w:body> (before python-docx's own paragraphs and sectPr) and add
    optional parts: word/comments.xml, docProps/custom.xml."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode("utf-8")
                # python-docx leaves one empty paragraph for the template; drop paragraphs it added
                head, rest = text.split("<w:body>", 1)
                sect = rest[rest.index("<w:sectPr"):]
                data = (head + "<w:body>" + body_xml + sect).encode("utf-8")
            elif item.filename == "[Content_Types].xml":
                text = data.decode("utf-8")
                add = ""
                if comments_xml:
                    add += ('<Override PartName="/word/comments.xml" ContentType="application/'
                            'vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
                if custom_props:
                    add += ('<Override PartName="/docProps/custom.xml" ContentType="application/'
                            'vnd.openxmlformats-officedocument.custom-properties+xml"/>')
                data = text.replace("</Types>", add + "</Types>").encode("utf-8")
            elif item.filename == "word/_rels/document.xml.rels" and comments_xml:
                text = data.decode("utf-8")
                rel = ('<Relationship Id="rIdCmt1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                       'relationships/comments" Target="comments.xml"/>')
                data = text.replace("</Relationships>", rel + "</Relationships>").encode("utf-8")
            elif item.filename == "_rels/.rels" and custom_props:
                text = data.decode("utf-8")
                rel = ('<Relationship Id="rIdCust1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                       'relationships/custom-properties" Target="docProps/custom.xml"/>')
                data = text.replace("</Relationships>", rel + "</Relationships>").encode("utf-8")
            elif item.filename == "word/settings.xml" and settings_extra:
                text = data.decode("utf-8")
                data = re.sub(r"(<w:settings[^>]*>)", r"\1" + settings_extra, text, count=1).encode("utf-8")
            zout.writestr(item, data)
        if comments_xml:
            zout.writestr("word/comments.xml", comments_xml)
        if custom_props:
            props = "".join(
                f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="{i}" name="{escape(k)}">'
                f'<vt:lpwstr>{escape(v)}</vt:lpwstr></property>' for i, (k, v) in enumerate(custom_props.items(), 2))
            zout.writestr("docProps/custom.xml",
                          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                          '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
                          'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
                          + props + '</Properties>')
    os.replace(tmp, path)


def t(text):
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def run(text, rpr=""):
    return f"<w:r>{('<w:rPr>' + rpr + '</w:rPr>') if rpr else ''}{t(text)}</w:r>"


def para(inner, style=None, ppr_extra=""):
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + ppr_extra
    return f"<w:p>{('<w:pPr>' + ppr + '</w:pPr>') if ppr else ''}{inner}</w:p>"


def cell(inner, width, shade=None, bold=False):
    tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>' + (f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>' if shade else "")
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{inner}</w:tc>"


def table(rows, widths, header=True, font_rpr=""):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
           f'<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
           f'</w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for i, row in enumerate(rows):
        trpr = '<w:trPr><w:tblHeader/></w:trPr>' if header and i == 0 else '<w:trPr><w:cantSplit/></w:trPr>'
        cells = ""
        for text, w in zip(row, widths):
            rpr = font_rpr + ("<w:b/>" if header and i == 0 else "")
            cells += cell(para(run(text, rpr), ppr_extra='<w:spacing w:after="0"/>'), w, "E7E6E6" if header and i == 0 else None)
        out.append(f"<w:tr>{trpr}{cells}</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


# ------------------------------------------------------------------ A: bilingual two-column table
def build_bilingual():
    doc = Document()
    a4(doc, 18)
    fixed_core(doc, "Databehandleraftale / Data Processing Agreement")
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "DejaVu Sans", Pt(9)
    st.paragraph_format.space_after = Pt(3)
    hp = doc.sections[0].header.paragraphs[0]
    r = hp.add_run("Hotel Kystlys A/S · Roomwise OÜ — Databehandleraftale / Data Processing Agreement")
    r.font.size = Pt(7.5)
    footer_pages(doc, ("Side / Page", "af / of"))
    table_ = None
    annex_rows = []
    for line in lines("da-kystlys-tosproget.txt"):
        if line.startswith("#TITLE "):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(line[7:])
            r.bold, r.font.size = True, Pt(14)
        elif line.startswith("#P "):
            p = doc.add_paragraph(line[3:])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.runs[0]
            r.italic = True
        elif line.startswith("#HEAD "):
            a, b = line[6:].split("|")
            table_ = doc.add_table(rows=1, cols=2)
            table_.style = "Table Grid"
            row = table_.rows[0]
            trpr = row._tr.get_or_add_trPr()
            trpr.append(OxmlElement("w:tblHeader"))
            for c, text in zip(row.cells, (a, b)):
                c.text = ""
                c.paragraphs[0].add_run(text).bold = True
                shd = OxmlElement("w:shd")
                shd.set(qn("w:val"), "clear")
                shd.set(qn("w:fill"), "D9E2F3")
                c._tc.get_or_add_tcPr().append(shd)
        elif line.startswith("#ANNEX "):
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(14)
            p.paragraph_format.keep_with_next = True
            r = p.add_run(line[7:])
            r.bold, r.font.size = True, Pt(10.5)
        elif line.startswith("#T3 "):
            annex_rows.append(line[4:].split("|"))
        else:
            kind, da, en = line.split("|")
            row = table_.add_row()
            row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
            for c, text in zip(row.cells, (da, en)):
                c.text = ""
                run_ = c.paragraphs[0].add_run(text)
                if kind == "H":
                    run_.bold = True
                    c.paragraphs[0].paragraph_format.keep_with_next = True
                elif kind == "C":
                    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for row in table_.rows:
        row.cells[0].width, row.cells[1].width = Mm(87), Mm(87)
    at = doc.add_table(rows=0, cols=3)
    at.style = "Table Grid"
    for i, vals in enumerate(annex_rows):
        row = at.add_row()
        for c, text in zip(row.cells, vals):
            c.text = ""
            c.paragraphs[0].add_run(text).bold = i == 0
    for row in at.rows:
        for c, w in zip(row.cells, (Mm(52), Mm(52), Mm(70))):
            c.width = w
    doc.save(os.path.join(OUT, "da-kystlys-tosproget.docx"))
    print("wrote da-kystlys-tosproget.docx")


# ------------------------------------------------------------------ C: content controls, text box, fields
SDT_ID = [7301]


def sdt_run(alias, text, rpr=""):
    SDT_ID[0] += 1
    return (f'<w:sdt><w:sdtPr><w:rPr>{rpr}</w:rPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/>'
            f'<w:id w:val="{SDT_ID[0]}"/><w15:appearance xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" w15:val="boundingBox"/>'
            f'<w:text/></w:sdtPr><w:sdtContent>{run(text, rpr)}</w:sdtContent></w:sdt>')


def sdt_date(alias, text, iso):
    SDT_ID[0] += 1
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/><w:id w:val="{SDT_ID[0]}"/>'
            f'<w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="dd.MM.yyyy"/><w:lid w:val="de-DE"/>'
            f'<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
            f'<w:sdtContent>{run(text)}</w:sdtContent></w:sdt>')


def sdt_checkbox(checked):
    SDT_ID[0] += 1
    glyph = "☒" if checked else "☐"
    return (f'<w:sdt><w:sdtPr><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>'
            f'<w:id w:val="{SDT_ID[0]}"/><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
            f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
            f'</w14:checkbox></w:sdtPr><w:sdtContent>'
            f'<w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>{t(glyph)}</w:r>'
            f'</w:sdtContent></w:sdt>')


def fld_simple(instr, result):
    return f'<w:fldSimple w:instr=" {instr} \\* MERGEFORMAT ">{run(result)}</w:fldSimple>'


def ref_field(bookmark, result):
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> REF {bookmark} \\h </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'{run(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def textbox_run(text):
    small = '<w:sz w:val="16"/>'
    box_p = f'<w:p><w:pPr><w:spacing w:after="0"/></w:pPr>{run(text, small)}</w:p>'
    cx, cy = 2340000, 860000
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
            f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
            f'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            f'<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
            f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
            f'<wp:docPr id="1" name="Textfeld 1"/><wp:cNvGraphicFramePr/>'
            f'<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            f'<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
            f'<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
            f'<a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill></a:ln></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{box_p}</w:txbxContent></wps:txbx>'
            f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
            f'</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
            f'<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
            f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            f'<v:shape id="Textfeld 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;'
            f'width:184.25pt;height:67.7pt;z-index:251659264;mso-position-horizontal:right;mso-position-horizontal-relative:margin" '
            f'fillcolor="#f2f2f2" strokecolor="#7f7f7f" strokeweight=".5pt"><v:textbox><w:txbxContent>{box_p}</w:txbxContent></v:textbox>'
            f'<w10:wrap type="square"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def inline_c(text, bookmarks):
    """Expand the {{...}} markup of the German source into runs."""
    out, pos = [], 0
    for m in re.finditer(r"\{\{(\w+):([^}]*)\}\}", text):
        if m.start() > pos:
            out.append(run(text[pos:m.start()]))
        kind, arg = m.group(1), m.group(2).split("|")
        if kind == "sdt":
            if arg[0] == "Kunde_Name":
                bid = len(bookmarks) + 10
                bookmarks.append(bid)
                out.append(f'<w:bookmarkStart w:id="{bid}" w:name="KundeName"/>{sdt_run(arg[0], arg[1])}<w:bookmarkEnd w:id="{bid}"/>')
            else:
                out.append(sdt_run(arg[0], arg[1]))
        elif kind == "date":
            out.append(sdt_date(arg[0], arg[1], arg[2]))
        elif kind == "box":
            out.append(sdt_checkbox(arg[0] == "1"))
        elif kind == "ref":
            out.append(ref_field(arg[0], arg[1]))
        elif kind == "docprop":
            out.append(fld_simple(f"DOCPROPERTY  {arg[0]}", arg[1]))
        pos = m.end()
    if pos < len(text):
        out.append(run(text[pos:]))
    return "".join(out)


def build_sdt():
    doc = Document()
    a4(doc, 25)
    fixed_core(doc, "Vereinbarung zur Auftragsverarbeitung", "Vertragsmanagement")
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Liberation Sans", Pt(10)
    st.paragraph_format.space_after = Pt(4)
    h2 = doc.styles["Heading 2"]
    h2.font.size, h2.font.color.rgb = Pt(11), RGBColor(0x1F, 0x3A, 0x5F)
    hp = doc.sections[0].header.paragraphs[0]
    r = hp.add_run("Kassenwerk Digital GmbH · Auftragsverarbeitung · Vertragsnummer ")
    r.font.size = Pt(8)
    fs = OxmlElement("w:fldSimple")
    fs.set(qn("w:instr"), " DOCPROPERTY  Vertragsnummer \\* MERGEFORMAT ")
    rr = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "16")
    rpr.append(sz)
    rr.append(rpr)
    tt = OxmlElement("w:t")
    tt.text = "AV-2025-0417"
    rr.append(tt)
    fs.append(rr)
    hp._p.append(fs)
    footer_pages(doc, ("Seite", "von"))
    body, bookmarks, pending_box = [], [], None
    for line in lines("de-kassenwerk-steuerelemente.txt"):
        if line.startswith("#TITLE "):
            body.append(para(run(line[7:], '<w:sz w:val="32"/>'), "Title", '<w:jc w:val="center"/>'))
        elif line.startswith("#CENTER "):
            body.append(para(inline_c(line[8:], bookmarks), None, '<w:jc w:val="center"/>'))
        elif line.startswith("#TEXTBOX "):
            pending_box = textbox_run(line[9:])
        elif line.startswith("#P "):
            inner = (pending_box or "") + inline_c(line[3:], bookmarks)
            pending_box = None
            body.append(para(inner))
        elif line.startswith("#H "):
            body.append(para(run(line[3:]), "Heading2"))
        elif line.startswith("#OPT "):
            body.append(para(inline_c(line[5:], bookmarks), None,
                             '<w:ind w:left="850" w:hanging="425"/><w:jc w:val="both"/>'))
        elif line.startswith("#SIGN "):
            body.append(para(inline_c(line[6:], bookmarks), None, '<w:spacing w:before="240"/>'))
        elif line.startswith("#ANNEX "):
            body.append(para(run(line[7:]), "Heading2", '<w:pageBreakBefore/>'))
        elif line.startswith("#ITEM "):
            body.append(para(run(line[6:]), None, '<w:ind w:left="425" w:hanging="425"/>'))
        elif line.startswith("#T3 "):
            body.append(("T3", line[4:].split("|")))
        else:
            m = re.match(r"(\d+\.\d+) (.*)", line)
            inner = run(m.group(1)) + '<w:r><w:tab/></w:r>' + inline_c(m.group(2), bookmarks)
            body.append(para(inner, None, '<w:tabs><w:tab w:val="left" w:pos="567"/></w:tabs>'
                                          '<w:ind w:left="567" w:hanging="567"/><w:jc w:val="both"/>'))
    xml, rows = [], []
    for b in body + [None]:
        if isinstance(b, tuple):
            rows.append(b[1])
            continue
        if rows:
            xml.append(table(rows, [3300, 2800, 3000]))
            rows = []
        if b:
            xml.append(b)
    path = os.path.join(OUT, "de-kassenwerk-steuerelemente.docx")
    doc.save(path)
    splice(path, "".join(xml), custom_props={"Vertragsnummer": "AV-2025-0417"})
    print("wrote de-kassenwerk-steuerelemente.docx")


# ------------------------------------------------------------------ J: TOC field, deep typed numbering
def build_toc(pages=None):
    doc = Document()
    a4(doc, 25)
    fixed_core(doc, "Databehandleraftale – Skiftevagt ApS", "Skiftevagt ApS")
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Liberation Serif", Pt(11)
    st.paragraph_format.space_after = Pt(5)
    for lvl, indent in (("TOC 1", 0), ("TOC 2", 220)):
        s = doc.styles.add_style(lvl, WD_STYLE_TYPE.PARAGRAPH)
        s.base_style = doc.styles["Normal"]
        s.paragraph_format.space_after = Pt(2)
        s.paragraph_format.left_indent = Pt(indent / 20)
    for name, size in (("Heading 1", 13), ("Heading 2", 11.5)):
        doc.styles[name].font.size = Pt(size)
        doc.styles[name].font.color.rgb = RGBColor(0, 0, 0)
    footer_pages(doc, ("Side", "af"))
    src = lines("da-skiftevagt-indholdsfortegnelse.txt")
    heads = [(l[1:3], l[4:]) for l in src if l.startswith(("#H1 ", "#H2 "))]
    # page numbers of the cached TOC result: as LibreOffice lays the body out (checked by check_gold)
    pages = pages or {}
    xml = []
    bm = 100
    for line in src:
        if line.startswith("#TITLE "):
            xml.append(para(run(line[7:]), "Title"))
        elif line.startswith("#SUB "):
            xml.append(para(run(line[5:]), "Subtitle"))
        elif line.startswith("#TOCHEAD "):
            xml.append(para(run(line[9:]), "TOCHeading", '<w:spacing w:before="480"/>'))
        elif line == "#TOC":
            for i, (lvl, text) in enumerate(heads):
                num = text.split(" ", 1)[0]
                anchor = "_Toc1880" + str(4000 + i)
                begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
                         '<w:r><w:fldChar w:fldCharType="separate"/></w:r>') if i == 0 else ""
                entry = (f'<w:hyperlink w:anchor="{anchor}" w:history="1">{run(text)}<w:r><w:tab/></w:r>'
                         f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGEREF {anchor} \\h </w:instrText></w:r>'
                         f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{run(str(pages.get(num, 1)))}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>')
                end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if i == len(heads) - 1 else ""
                style = "TOC1" if lvl == "H1" else "TOC2"
                xml.append(para(begin + entry + end, style, '<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9060"/></w:tabs>'))
        elif line.startswith(("#H1 ", "#H2 ")):
            style = "Heading1" if line[2] == "1" else "Heading2"
            anchor = "_Toc1880" + str(4000 + [h[1] for h in heads].index(line[4:]))
            extra = '<w:pageBreakBefore/>' if line[4:].startswith("1 ") else ""
            xml.append(para(f'<w:bookmarkStart w:id="{bm}" w:name="{anchor}"/>{run(line[4:])}<w:bookmarkEnd w:id="{bm}"/>', style, extra))
            bm += 1
        elif line.startswith("#SIGN "):
            xml.append(para(run(line[6:]), None, '<w:spacing w:before="200"/>'))
        else:
            num, text = line.split(" ", 1)
            depth = num.count(".")
            left = {1: 709, 2: 1134, 3: 1701}[depth]
            hang = {1: 709, 2: 1134, 3: 1134}[depth] if depth < 3 else 567
            inner = run(num) + '<w:r><w:tab/></w:r>' + run(text)
            xml.append(para(inner, None, f'<w:tabs><w:tab w:val="left" w:pos="{left}"/></w:tabs>'
                                         f'<w:ind w:left="{left}" w:hanging="{hang if depth < 3 else 567}"/><w:jc w:val="both"/>'))
    path = os.path.join(OUT, "da-skiftevagt-indholdsfortegnelse.docx")
    doc.save(path)
    splice(path, "".join(xml), settings_extra='<w:updateFields w:val="false"/>')
    print("wrote da-skiftevagt-indholdsfortegnelse.docx")
    return path


def toc_pages(path):
    """Where LibreOffice puts each heading: the page (after the TOC page) whose text has a line
    starting with the heading."""
    with tempfile.TemporaryDirectory() as d:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{d}/profile", "--headless", "--convert-to", "pdf",
                        "--outdir", d, path], check=True, capture_output=True)
        pdf = os.path.join(d, os.path.splitext(os.path.basename(path))[0] + ".pdf")
        text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    found = {}
    for pno, page in enumerate(text.split("\f"), 1):
        if pno == 1:
            continue
        for m in re.finditer(r"^(\d+(?:\.\d+)?) [A-ZÆØÅ][^.\n]*$", page, re.M):
            found.setdefault(m.group(1), pno)
    return found


# ------------------------------------------------------------------ B: tracked changes and comments
AUTHORS = {"Q": ("Quillon Legal", "2025-05-14T10:12:00Z"), "O": ("Ostara Legal", "2025-05-20T15:40:00Z")}
REV = [900]


def rev_attrs(author_key):
    REV[0] += 1
    name, date = AUTHORS[author_key]
    return f'w:id="{REV[0]}" w:author="{name}" w:date="{date}"'


TOKEN = re.compile(r"\{\+(O:)?|\+\}|\{-(O:)?|-\}|\[\[(c\d+):|\]\]")


def tracked_inline(text, wrap=None):
    """Turn the {+ins+} {-del-} [[cN:...]] markup into runs. wrap: ('moveFrom'|'moveTo', author)."""
    out, mode, author, pos, open_comments = [], None, "Q", 0, []

    def emit(seg):
        if not seg:
            return
        if mode == "ins":
            out.append(f'<w:ins {rev_attrs(author)}>{run(seg)}</w:ins>')
        elif mode == "del":
            out.append(f'<w:del {rev_attrs(author)}><w:r><w:delText xml:space="preserve">{escape(seg)}</w:delText></w:r></w:del>')
        elif wrap:
            out.append(f'<w:{wrap[0]} {rev_attrs(wrap[1])}>{run(seg)}</w:{wrap[0]}>')
        else:
            out.append(run(seg))

    for m in TOKEN.finditer(text):
        emit(text[pos:m.start()])
        tok = m.group(0)
        if tok.startswith("{+"):
            mode, author = "ins", ("O" if m.group(1) else "Q")
        elif tok.startswith("{-"):
            mode, author = "del", ("O" if m.group(2) else "Q")
        elif tok in ("+}", "-}"):
            mode, author = None, "Q"
        elif tok.startswith("[["):
            cid = int(m.group(3)[1:])
            open_comments.append(cid)
            out.append(f'<w:commentRangeStart w:id="{cid}"/>')
        elif tok == "]]":
            cid = open_comments.pop()
            out.append(f'<w:commentRangeEnd w:id="{cid}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                       f'<w:commentReference w:id="{cid}"/></w:r>')
        pos = m.end()
    emit(text[pos:])
    return "".join(out)


def build_tracked():
    doc = Document()
    a4(doc, 25)
    fixed_core(doc, "Data Processing Agreement – Ostara / Quillon", "Quillon Legal")
    st = doc.styles["Normal"]
    st.font.name, st.font.size = "Liberation Serif", Pt(11)
    st.paragraph_format.space_after = Pt(6)
    for name in ("Heading 1", "Heading 2"):
        doc.styles[name].font.color.rgb = RGBColor(0, 0, 0)
        doc.styles[name].font.size = Pt(12)
    cref = doc.styles.add_style("Comment Reference", WD_STYLE_TYPE.CHARACTER)
    cref.font.size = Pt(8)
    ctext = doc.styles.add_style("Comment Text", WD_STYLE_TYPE.PARAGRAPH)
    ctext.font.size = Pt(10)
    hp = doc.sections[0].header.paragraphs[0]
    r = hp.add_run("DRAFT – Quillon comments 14 May 2025 / Ostara responses 20 May 2025 – subject to contract")
    r.font.size = Pt(8)
    footer_pages(doc, ("Page", "of"))
    comments, xml, rows = {}, [], []
    clause_ppr = '<w:tabs><w:tab w:val="left" w:pos="709"/></w:tabs><w:ind w:left="709" w:hanging="709"/><w:jc w:val="both"/>'
    for line in lines("en-quillon-tracked-changes.txt"):
        if line.startswith("#COMMENT "):
            cid, author, initials, text = line[9:].split("|", 3)
            comments[int(cid[1:])] = (author, initials, text)
            continue
        if line.startswith("#T3 "):
            rows.append(line[4:].split("|"))
            continue
        if rows:
            xml.append(table(rows, [3400, 2900, 2800]))
            rows = []
        if line.startswith("#TITLE "):
            xml.append(para(run(line[7:], "<w:b/><w:sz w:val=\"30\"/>"), None, '<w:jc w:val="center"/>'))
        elif line.startswith("#P "):
            xml.append(para(tracked_inline(line[3:])))
        elif line.startswith("#H "):
            xml.append(para(run(line[3:]), "Heading1"))
        elif line.startswith("#SCHED "):
            xml.append(para(run(line[7:]), "Heading1", '<w:pageBreakBefore/>'))
        elif line.startswith("#SIGN "):
            xml.append(para(run(line[6:]), None, '<w:spacing w:before="360"/>'))
        elif line.startswith(("MOVETO:", "MOVEFROM:")):
            kind, name, text = line.split(":", 2)
            tag = "moveTo" if kind == "MOVETO" else "moveFrom"
            REV[0] += 1
            rid = REV[0]
            name_, date = AUTHORS["Q"]
            start = f'<w:{tag}RangeStart w:id="{rid}" w:author="{name_}" w:date="{date}" w:name="move{name[1:]}"/>'
            end = f'<w:{tag}RangeEnd w:id="{rid}"/>'
            num, rest = text.split(" ", 1)
            inner = tracked_inline(num, (tag, "Q")) + f'<w:{tag} {rev_attrs("Q")}><w:r><w:tab/></w:r></w:{tag}>' + tracked_inline(rest, (tag, "Q"))
            mark = f'<w:rPr><w:{tag} {rev_attrs("Q")}/></w:rPr>'
            xml.append(start + para(inner, None, clause_ppr + mark) + end)
        else:
            wm = re.match(r"\[\[c(\d+):\{\+(\d+\.\d+) (.*)\+\}\]\]$", line)
            if wm:                    # a paragraph inserted as a whole, with a comment on it
                cid, n, body_text = wm.groups()
                inner = (f'<w:commentRangeStart w:id="{cid}"/>'
                         f'<w:ins {rev_attrs("Q")}>{run(n)}<w:r><w:tab/></w:r>{run(body_text)}</w:ins>'
                         f'<w:commentRangeEnd w:id="{cid}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                         f'<w:commentReference w:id="{cid}"/></w:r>')
                xml.append(para(inner, None, clause_ppr + f'<w:rPr><w:ins {rev_attrs("Q")}/></w:rPr>'))
            else:
                num, rest = re.match(r"((?:\{[-+][^}]*[-+]\})+|\d+\.\d+) (.*)", line).groups()
                inner = tracked_inline(num) + '<w:r><w:tab/></w:r>' + tracked_inline(rest)
                xml.append(para(inner, None, clause_ppr))
    if rows:
        xml.append(table(rows, [3400, 2900, 2800]))
    cx = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments '
          'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">']
    for cid, (author, initials, text) in sorted(comments.items()):
        date = AUTHORS["O" if author.startswith("Ostara") else "Q"][1]
        cx.append(f'<w:comment w:id="{cid}" w:author="{author}" w:date="{date}" w:initials="{initials}">'
                  f'<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                  f'<w:annotationRef/></w:r>{run(text)}</w:p></w:comment>')
    cx.append("</w:comments>")
    path = os.path.join(OUT, "en-quillon-tracked-changes.docx")
    doc.save(path)
    splice(path, "".join(xml), comments_xml="".join(cx), settings_extra='<w:trackRevisions/>')
    print("wrote en-quillon-tracked-changes.docx")


if __name__ == "__main__":
    build_bilingual()
    build_sdt()
    build_toc(toc_pages(build_toc()))
    build_tracked()
