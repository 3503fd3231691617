#!/usr/bin/env python3
"""Build sv-rekryta-autonummer.docx (tests/blind-7): a flat ODT written here, converted to DOCX by LibreOffice.

  python3 build_odt_docx.py      (needs soffice on PATH)

Every section heading and clause is an item of one ODF list whose style numbers level 1 as "1." and
level 2 as "1.1" (display-levels 2): no number is typed in the text. LibreOffice turns the list style
into a Word numbering definition (word/numbering.xml, lvlText "%1." and "%1.%2"). The sub-processors
sit in a three-column table in "Bilaga 1" after the list.
Source: sv-rekryta-autonummer.txt (T: title, P: plain paragraph, # heading = level 1, other lines = level 2,
A: annex heading, U: table row).
"""
import os
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, ".."))

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Personuppgiftsbiträdesavtal</dc:title></office:meta>
<office:font-face-decls>
 <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.12cm"/>
  <style:text-properties style:font-name="DejaVu Sans" fo:font-size="10pt" fo:language="sv" fo:country="SE"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/>
  <style:text-properties fo:font-size="15pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Avsnitt" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:margin-top="0.35cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Klausul" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="justify"/>
 </style:style>
 <style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-size="9.5pt"/>
 </style:style>
 <text:list-style style:name="Avtalsnumrering">
  <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1cm" fo:text-indent="-1cm" fo:margin-left="1cm"/>
   </style:list-level-properties>
  </text:list-level-style-number>
  <text:list-level-style-number text:level="2" style:num-suffix="" style:num-format="1" text:display-levels="2">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1cm" fo:text-indent="-1cm" fo:margin-left="1cm"/>
   </style:list-level-properties>
  </text:list-level-style-number>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm" table:align="left"/></style:style>
 <style:style style:name="TblCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
"""


def build():
    rows = [l.rstrip("\n") for l in open(os.path.join(HERE, "sv-rekryta-autonummer.txt"), encoding="utf-8") if l.strip()]
    body, in_list, in_section, table = [], False, False, []

    def close_list():
        nonlocal in_list, in_section
        if in_section:
            body.append("</text:list></text:list-item>")
        if in_list:
            body.append("</text:list>")
        in_list = in_section = False

    def flush_table():
        if not table:
            return
        body.append('<table:table table:name="Underbitraden" table:style-name="Tbl">'
                    '<table:table-column table:number-columns-repeated="3"/>')
        for i, cells in enumerate(table):
            tag = "table:table-header-rows" if i == 0 else None
            if tag:
                body.append("<table:table-header-rows>")
            body.append("<table:table-row>" + "".join(
                f'<table:table-cell table:style-name="TblCell" office:value-type="string"><text:p text:style-name="Cell">{escape(c)}</text:p></table:table-cell>'
                for c in cells) + "</table:table-row>")
            if tag:
                body.append("</table:table-header-rows>")
        body.append("</table:table>")
        table.clear()

    for line in rows:
        if line.startswith("T: "):
            body.append(f'<text:p text:style-name="Title">{escape(line[3:])}</text:p>')
        elif line.startswith("P: "):
            close_list()
            flush_table()
            body.append(f'<text:p text:style-name="Standard">{escape(line[3:])}</text:p>')
        elif line.startswith("A: "):
            close_list()
            body.append(f'<text:p text:style-name="Avsnitt">{escape(line[3:])}</text:p>')
        elif line.startswith("U: "):
            table.append(line[3:].split("|"))
        elif line.startswith("# "):
            if not in_list:
                body.append('<text:list xml:id="avtal" text:style-name="Avtalsnumrering">')
                in_list = True
            if in_section:
                body.append("</text:list></text:list-item>")
            body.append(f'<text:list-item><text:p text:style-name="Avsnitt">{escape(line[2:])}</text:p><text:list>')
            in_section = True
        else:
            body.append(f'<text:list-item><text:p text:style-name="Klausul">{escape(line)}</text:p></text:list-item>')
    close_list()
    flush_table()
    fodt = os.path.join(HERE, "sv-rekryta-autonummer.fodt")
    with open(fodt, "w", encoding="utf-8") as f:
        f.write(HEAD + "\n".join(body) + "\n</office:text></office:body></office:document>\n")
    with tempfile.TemporaryDirectory() as d:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{d}/profile", "--headless", "--convert-to",
                        "docx:MS Word 2007 XML", "--outdir", d, fodt], check=True, capture_output=True)
        shutil.copy(os.path.join(d, "sv-rekryta-autonummer.docx"), os.path.join(OUT, "sv-rekryta-autonummer.docx"))
    print("wrote sv-rekryta-autonummer.docx")


if __name__ == "__main__":
    build()
