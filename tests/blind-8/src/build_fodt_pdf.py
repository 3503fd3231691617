#!/usr/bin/env python3
"""Build en-syllabrix-msa-schedule.pdf (tests/blind-8): a flat ODT written here, printed by LibreOffice.

  python3 build_fodt_pdf.py      (needs soffice on PATH)

A master services agreement (clauses 1-10, typed numbers `1.1`, bold capitals headings `1. DEFINITIONS
AND INTERPRETATION`) with four schedules, each starting on a new page with the heading `SCHEDULE N – …`.
The DPA is only Schedule 3 (`1. Subject matter and duration` … `12. Records and own use`, clauses
`1.1`, four-level items `5.1.1`–`5.1.4`); Schedule 2 (charges, a table) is on a **landscape page**
(its own master page), the pages before and after are portrait. Running header with both parties,
footer `Page N of M` (page-number / page-count fields).
Source: en-syllabrix-msa-schedule.txt (#TITLE, #P, #H clause heading, #SCHED[|landscape] schedule
heading, #SH schedule section heading, #T table row (first row of a table is its header), #SIGN,
other lines: number + text).
"""
import os
import re
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, ".."))
NAME = "en-syllabrix-msa-schedule"

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Master Services Agreement – Moselle Language Institute / Syllabrix</dc:title></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.16cm" fo:line-height="115%"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="10.5pt" fo:language="en" fo:country="GB"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.5cm"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="16pt" fo:font-weight="bold" fo:letter-spacing="0.04cm"/>
 </style:style>
 <style:style style:name="Clause_20_Heading" style:display-name="Clause Heading" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Schedule_20_Heading" style:display-name="Schedule Heading" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm" fo:break-before="page"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="12pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Clause" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify" fo:margin-left="1.2cm" fo:text-indent="-1.2cm">
   <style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="Clause_20_Deep" style:display-name="Clause Deep" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify" fo:margin-left="2.6cm" fo:text-indent="-1.4cm">
   <style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="Sign" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.7cm"/>
 </style:style>
 <style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-bottom="0cm"/>
  <style:text-properties fo:font-size="10pt"/>
 </style:style>
 <style:style style:name="Cell_20_Head" style:display-name="Cell Head" style:family="paragraph" style:parent-style-name="Cell">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="7.5pt" fo:color="#555555"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="PLand" style:family="paragraph" style:parent-style-name="Schedule_20_Heading" style:master-page-name="Landscape"/>
 <style:style style:name="PPort" style:family="paragraph" style:parent-style-name="Schedule_20_Heading" style:master-page-name="Standard"/>
 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="__WIDTH__" table:align="left" fo:margin-bottom="0.3cm"/></style:style>
 <style:style style:name="TblCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.12cm" fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="TblHead" style:family="table-cell"><style:table-cell-properties fo:padding="0.12cm" fo:border="0.5pt solid #000000" fo:background-color="#e6e6e6"/></style:style>
 <style:page-layout style:name="pmPort"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.6cm" fo:margin-bottom="1.4cm" fo:margin-left="2.5cm" fo:margin-right="2.3cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
 <style:page-layout style:name="pmLand"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1.6cm" fo:margin-bottom="1.4cm" fo:margin-left="2.3cm" fo:margin-right="2.3cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pmPort">
  <style:header><text:p text:style-name="Header">Master Services Agreement – Moselle Language Institute S.A. / Syllabrix Learning Systems Limited</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>1</text:page-count></text:p></style:footer>
 </style:master-page>
 <style:master-page style:name="Landscape" style:page-layout-name="pmLand">
  <style:header><text:p text:style-name="Header">Master Services Agreement – Moselle Language Institute S.A. / Syllabrix Learning Systems Limited</text:p></style:header>
  <style:footer><text:p text:style-name="Footer">Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>1</text:page-count></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
"""


def p(style, text):
    return f'<text:p text:style-name="{style}">{text}</text:p>'


def clause(num, text):
    style = "Clause_20_Deep" if num.count(".") >= 2 and num.rstrip(".").count(".") >= 2 else "Clause"
    return p(style, f"{escape(num)}<text:tab/>{escape(text)}")


def table(rows, landscape):
    widths = ["7.5cm", "6.5cm", "11cm"] if landscape else ["5.6cm", "5cm", "5.6cm"]
    total = sum(float(w[:-2]) for w in widths)
    out = [f'<table:table table:name="T{abs(hash(rows[0][0])) % 1000}" table:style-name="Tbl">']
    out += [f'<table:table-column table:style-name="C{i}"/>' for i in range(len(widths))]
    for i, row in enumerate(rows):
        if i == 0:
            out.append("<table:table-header-rows>")
        out.append("<table:table-row>")
        for c in row:
            cs, ps = ("TblHead", "Cell_20_Head") if i == 0 else ("TblCell", "Cell")
            out.append(f'<table:table-cell table:style-name="{cs}" office:value-type="string">{p(ps, escape(c))}</table:table-cell>')
        out.append("</table:table-row>")
        if i == 0:
            out.append("</table:table-header-rows>")
    out.append("</table:table>")
    cols = "".join(f'<style:style style:name="C{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}"/></style:style>'
                   for i, w in enumerate(widths))
    return "".join(out), cols, f"{total}cm"


def build():
    body, rows, landscape, col_styles, width = [], [], False, "", "16cm"
    src = [l.rstrip("\n") for l in open(os.path.join(HERE, NAME + ".txt"), encoding="utf-8") if l.strip()]
    for line in src + ["#END"]:
        if line.startswith("#T "):
            rows.append(line[3:].split("|"))
            continue
        if rows:
            xml, col_styles_, width_ = table(rows, landscape)
            body.append(xml)
            col_styles, width = col_styles_, width_
            rows = []
        if line.startswith("#TITLE "):
            body.append(p("Title", escape(line[7:])))
        elif line.startswith("#P "):
            body.append(p("Standard", escape(line[3:])))
        elif line.startswith(("#H ", "#SH ")):
            body.append(p("Clause_20_Heading", escape(line.split(" ", 1)[1])))
        elif line.startswith("#SIGN "):
            body.append(p("Sign", escape(line[6:])))
        elif line.startswith("#SCHED"):
            head, text = line.split(" ", 1)
            new_land = head.endswith("|landscape")
            style = "PLand" if new_land else ("PPort" if landscape else "Schedule_20_Heading")
            landscape = new_land
            body.append(p(style, escape(text)))
        elif line == "#END":
            pass
        else:
            num, text = line.split(" ", 1)
            body.append(clause(num, text))
    doc = HEAD.replace("__WIDTH__", width).replace("</office:automatic-styles>", col_styles + "</office:automatic-styles>")
    doc += "\n".join(body) + "\n</office:text></office:body></office:document>\n"
    fodt = os.path.join(HERE, NAME + ".fodt")
    with open(fodt, "w", encoding="utf-8") as f:
        f.write(doc)
    with tempfile.TemporaryDirectory() as d:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{d}/profile", "--headless", "--convert-to", "pdf",
                        "--outdir", d, fodt], check=True, capture_output=True)
        shutil.copy(os.path.join(d, NAME + ".pdf"), os.path.join(OUT, NAME + ".pdf"))
    print("wrote", NAME + ".pdf")


if __name__ == "__main__":
    build()
