#!/usr/bin/env python3
"""Build the eight documents of tests/blind-13 (adapted from tests/blind-12/src/build.py).

  /tmp/b12venv/bin/python build.py        (python-docx 1.2; chromium, soffice on PATH)

Intermediates go to src/intermediate/. The HTML page and the three DOCX files are byte-reproducible (fixed
core-properties dates and zip timestamps); Chromium and LibreOffice write creation dates into the PDFs.
"""
import os
import shutil
import subprocess
import tempfile

from common import (E, INTER, WD_ALIGN_PARAGRAPH, Mm, Pt, add_table, annex_heading, chromium_pdf, hanging,
                    header_footer, page, setup, typed_body, typed_document, OxmlElement, qn)
from markup import HERE, SET, parse
import scc


def fixed_zip(path):
    """Rewrite a python-docx file with fixed zip timestamps (byte-reproducible DOCX)."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, data)


def libreoffice_pdf(names):
    with tempfile.TemporaryDirectory() as d:
        for name in names:
            subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/b13lo", "--headless",
                            "--convert-to", "pdf:writer_pdf_Export", "--outdir", d,
                            os.path.join(INTER, name + ".docx")], check=True, capture_output=True, timeout=300)
            shutil.copyfile(os.path.join(d, name + ".pdf"), os.path.join(SET, name + ".pdf"))
            print("wrote", name + ".pdf (LibreOffice)")


# ------------------------------------------------------------------ 1, 2: the 2021/915 clauses in Word
def scc_document(name, lang, doc):
    """Cover page and annexes from <name>.annexes.txt, clauses from scc.clauses(lang); Word heading styles."""
    blocks = parse(name + ".annexes.txt")
    cover = [b for b in blocks if b[0].startswith("COVER_")]
    annexes = [b for b in blocks if not b[0].startswith("COVER_")]
    for tag, text in cover:
        if tag == "COVER_TITLE":
            doc.add_paragraph(text, style="Title").alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif tag == "COVER_SUB":
            p = doc.add_paragraph(text, style="Subtitle")
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            doc.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    first = True
    for tag, text in scc.clauses(lang):
        if tag == "H":
            p = doc.add_paragraph(text, style="Heading 1")
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if first:
                p.paragraph_format.page_break_before = True
                first = False
        elif tag == "H2":
            p = doc.add_paragraph(text, style="Heading 2")
            p.paragraph_format.keep_with_next = True
        elif tag == "H3":
            p = doc.add_paragraph(text, style="Heading 3")
            p.paragraph_format.keep_with_next = True
        elif tag == "I":
            label, _, rest = text.partition(" ")
            p = doc.add_paragraph(label + "\t" + rest)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            hanging(p, 10, 10)
        elif tag == "I2":
            label, _, rest = text.partition(" ")
            p = doc.add_paragraph(label + "\t" + rest)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            hanging(p, 20, 10)
        else:
            doc.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for tag, text in annexes:
        if tag == "ANNEX":
            annex_heading(doc, text)
        elif tag == "H3":
            doc.add_paragraph(text, style="Heading 2").paragraph_format.keep_with_next = True
        elif tag == "B":
            doc.add_paragraph(text, style="List Bullet").alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif tag == "P":
            doc.add_paragraph(text).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        else:
            raise ValueError(tag)
    return doc


def heading3(doc, font, size):
    h = doc.styles["Heading 3"]
    h.font.name, h.font.size, h.font.bold, h.font.italic = font, Pt(size), True, False
    h.font.color.rgb = None
    rf = h.element.rPr.rFonts
    for att in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rf.get(qn(att)) is not None:
            del rf.attrib[qn(att)]
    rf.set(qn("w:ascii"), font)
    rf.set(qn("w:hAnsi"), font)


def build_scc():
    name = "en-lahtisalo-eu-scc-art28"
    doc = setup("Data Processing Agreement – City of Lahtisalo / Norrviken Skolsystem AB", "City of Lahtisalo",
                "Carlito", 11, 25)
    heading3(doc, "Carlito", 11)
    header_footer(doc, "City of Lahtisalo – Data Processing Agreement (Kompass) – Appendix 5", "Page", "of")
    scc_document(name, "en", doc)
    doc.save(os.path.join(SET, name + ".docx"))
    fixed_zip(os.path.join(SET, name + ".docx"))
    print("wrote", name + ".docx")

    name = "de-hohenfurt-scc-art28-optionen"
    doc = setup("Auftragsverarbeitung – Standardvertragsklauseln (Entwurf)", "Stadt Hohenfurt, Hauptamt",
                "Liberation Sans", 10, 24)
    heading3(doc, "Liberation Sans", 10)
    header_footer(doc, "Stadt Hohenfurt – AV-Vereinbarung Online-Terminvergabe – ENTWURF", "Seite", "von")
    scc_document(name, "de", doc)
    doc.save(os.path.join(INTER, name + ".docx"))


# ------------------------------------------------------------------ 3, 6: Chromium PDFs with running headers
CSS_DA = """@page { size: A4; margin: 24mm 22mm 22mm 24mm;
  @top-left { content: "Kontrakt nr. TK-IT-2025-07 · Tovegård Kommune / Driftsværket A/S"; font: 8pt 'Liberation Sans', sans-serif; color: #444; }
  @top-right { content: "Fortroligt – til intern brug"; font: 8pt 'Liberation Sans', sans-serif; color: #444; }
  @bottom-center { content: "Side " counter(page) " af " counter(pages); font: 8pt 'Liberation Sans', sans-serif; color: #444; } }
body { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; line-height: 1.38; margin: 0; }
h1 { font-size: 16pt; margin: 0 0 4pt 0; }
p.sub { margin: 0 0 14pt 0; color: #333; }
h2 { font-size: 11pt; margin: 12pt 0 4pt 0; break-after: avoid; }
h2.annex { break-before: page; font-size: 14pt; }
h3 { font-size: 10.5pt; margin: 12pt 0 4pt 0; break-after: avoid; }
p { margin: 0 0 5pt 0; text-align: justify; }
p.n1 { padding-left: 11mm; text-indent: -11mm; }
p.n1 .no { display: inline-block; width: 11mm; text-indent: 0; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0 10pt 0; }
table.list th, table.list td { border: 0.6pt solid #666; padding: 3pt 5pt; text-align: left; vertical-align: top; font-size: 9pt; }
table.list th { background: #e6e6e6; }
table.sig { margin-top: 18pt; } table.sig td { width: 50%; padding: 2pt 8pt 2pt 0; }"""

CSS_EN = """@page { size: Letter; margin: 0.9in 0.85in 0.85in 0.85in;
  @top-left { content: "Brightpath Analytics, Inc. · Data Processing Addendum v4.1"; font: 7.5pt 'Liberation Sans', sans-serif; color: #666; }
  @bottom-left { content: "Brightpath Confidential"; font: 7.5pt 'Liberation Sans', sans-serif; color: #666; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7.5pt 'Liberation Sans', sans-serif; color: #666; } }
body { font-family: 'Liberation Sans', sans-serif; font-size: 9.5pt; line-height: 1.42; margin: 0; color: #111; }
h1 { font-size: 18pt; margin: 0 0 2pt 0; color: #1b3a6b; }
p.sub { margin: 0 0 14pt 0; color: #555; }
h2 { font-size: 10.5pt; margin: 13pt 0 4pt 0; break-after: avoid; color: #1b3a6b; text-transform: none; }
h2.annex { break-before: page; font-size: 12pt; }
p { margin: 0 0 5pt 0; text-align: justify; }
p.n1 { padding-left: 10mm; text-indent: -10mm; }
p.n1 .no, p.n2 .no { display: inline-block; width: 10mm; text-indent: 0; }
p.i { padding-left: 18mm; text-indent: -8mm; }
p.i .no { display: inline-block; width: 8mm; text-indent: 0; }
ul.toms { margin: 2pt 0 6pt 0; padding-left: 7mm; } ul.toms li { margin-bottom: 2pt; }"""


def build_chromium():
    for name, lang, title, css in (
            ("da-tovegaard-it-driftsaftale-bilag", "da", "Kontrakt om drift – Tovegård Kommune", CSS_DA),
            ("en-brightpath-vendor-dpa-long", "en", "Brightpath Data Processing Addendum", CSS_EN)):
        src = os.path.join(INTER, name + ".html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(page(lang, title, css, typed_body(name)))
        chromium_pdf(src, os.path.join(SET, name + ".pdf"))
        print("wrote", name + ".pdf (Chromium)")


# ------------------------------------------------------------------ 4: Norwegian, typed numbers -> LibreOffice PDF
def build_no():
    name = "no-hammerdal-kommune-digdir-stil"
    doc = setup("Databehandleravtale – Hammerdal kommune", "Hammerdal kommune", "Liberation Serif", 11, 25)
    header_footer(doc, "Hammerdal kommune – Databehandleravtale Barnehageportalen", "Side", "av")
    typed_document(name, doc, clause_left=11)
    doc.save(os.path.join(INTER, name + ".docx"))


# ------------------------------------------------------------------ 5: Swedish, Word headings, no numbers
def build_sv():
    name = "sv-ekbacka-rubrikformat"
    doc = setup("Personuppgiftsbiträdesavtal", "Ekbacka kommun", "Carlito", 11, 25)
    header_footer(doc, "", "Sida", "av")
    typed_document(name, doc, def_widths=(Mm(45), Mm(115)))
    doc.save(os.path.join(SET, name + ".docx"))
    fixed_zip(os.path.join(SET, name + ".docx"))
    print("wrote", name + ".docx")


# ------------------------------------------------------------------ 7: Danish, whole agreement in a two-column table
def build_da_table():
    name = "da-solbjerg-tabelklausuler"
    doc = setup("Databehandleraftale – Solbjerg Kommune", "Solbjerg Kommune", "Liberation Sans", 10, 22)
    header_footer(doc, "Solbjerg Kommune – Databehandleraftale – Parkeringsdata ApS", "Side", "af")
    for tag, text in parse(name + ".txt"):
        if tag == "TITLE":
            doc.add_paragraph(text, style="Title")
        elif tag == "SUB":
            doc.add_paragraph(text)
        elif tag == "TABLE":
            table = add_table(doc, text, widths=(Mm(16), Mm(150)))
            table.autofit = False
            for col, w in zip(table.columns, (Mm(16), Mm(150))):
                col.width = w
            for row in table.rows[1:]:
                if "." not in row.cells[0].text:          # section rows: bold, shaded
                    for c in row.cells:
                        for r in c.paragraphs[0].runs:
                            r.bold = True
                        shd = OxmlElement("w:shd")
                        shd.set(qn("w:val"), "clear")
                        shd.set(qn("w:fill"), "D9E2F3")
                        c._tc.get_or_add_tcPr().append(shd)
        else:
            raise ValueError(tag)
    doc.save(os.path.join(SET, name + ".docx"))
    fixed_zip(os.path.join(SET, name + ".docx"))
    print("wrote", name + ".docx")


# ------------------------------------------------------------------ 8: German AVV as a web page
CSS_DE = """body { font-family: 'Liberation Sans', Arial, sans-serif; margin: 0; color: #222; line-height: 1.55; }
header.site { display: flex; justify-content: space-between; padding: 1em 2em; border-bottom: 3px solid #2b7a4b; }
header.site nav a { margin-left: 1.2em; color: #2b7a4b; text-decoration: none; }
main { max-width: 46em; margin: 2em auto; padding: 0 1.5em; }
main h2 { font-size: 1.1em; margin: 1.6em 0 .4em 0; }
.cookie { position: fixed; bottom: 0; left: 0; right: 0; background: #fff; border-top: 2px solid #2b7a4b; padding: 1em 2em; box-shadow: 0 -2px 8px rgba(0,0,0,.15); }
footer.site { margin-top: 3em; padding: 1.5em 2em 8em 2em; background: #f1f4f2; font-size: .85em; color: #555; }"""


def build_html():
    name = "de-lindgrund-avv-paragraphen"
    art, in_ul = [], False
    for tag, text in parse(name + ".txt"):
        if tag != "B" and in_ul:
            art.append("</ul>")
            in_ul = False
        if tag == "TITLE":
            art.append(f"<h1>{E(text)}</h1>")
        elif tag == "SUB":
            art.append(f'<p class="stand"><em>{E(text)}</em></p>')
        elif tag == "H":
            art.append(f"<h2>{E(text)}</h2>")
        elif tag == "P":
            art.append(f"<p>{E(text)}</p>")
        elif tag == "B":
            if not in_ul:
                art.append("<ul>")
                in_ul = True
            art.append(f"<li>{E(text)}</li>")
        else:
            raise ValueError(tag)
    if in_ul:
        art.append("</ul>")
    body = f"""<div class="cookie" role="dialog" aria-label="Cookie-Hinweis">
<p><strong>Wir respektieren Ihre Privatsphäre.</strong> Wir verwenden technisch notwendige Cookies und – mit Ihrer Einwilligung – Cookies zur Reichweitenmessung. Ihre Einwilligung können Sie jederzeit unter „Cookie-Einstellungen“ widerrufen. Mehr dazu in unserer <a href="/datenschutz">Datenschutzerklärung</a>.</p>
<button>Alle akzeptieren</button> <button>Nur notwendige</button> <button>Einstellungen</button>
</div>
<header class="site"><a href="/" class="logo">Terminwerk</a>
<nav aria-label="Hauptnavigation"><a href="/funktionen">Funktionen</a><a href="/kommunen">Für Kommunen</a><a href="/preise">Preise</a><a href="/hilfe">Hilfe</a><a href="/login">Anmelden</a></nav></header>
<main><article>
{chr(10).join(art)}
<p><a href="/rechtliches/avv-terminwerk-2024-03.pdf">AVV als PDF herunterladen</a> · <a href="/rechtliches/unterauftragnehmer">Aktuelle Unterauftragnehmer</a></p>
</article></main>
<footer class="site">
<p>Terminwerk GmbH · Lindgrunder Straße 5 · 34117 Kassel · Amtsgericht Kassel HRB 20481 · USt-IdNr. DE318765432</p>
<p><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · <a href="/rechtliches/avv">AVV</a> · <a href="/agb">AGB</a> · <a href="#">Cookie-Einstellungen</a> · <a href="/barrierefreiheit">Barrierefreiheit</a></p>
<p>© 2024 Terminwerk GmbH</p>
</footer>"""
    with open(os.path.join(SET, name + ".html"), "w", encoding="utf-8") as f:
        f.write(page("de", "Auftragsverarbeitungsvertrag (AVV) | Terminwerk", CSS_DE, body))
    print("wrote", name + ".html")


def main():
    os.makedirs(INTER, exist_ok=True)
    build_scc()
    build_chromium()
    build_no()
    build_sv()
    build_da_table()
    build_html()
    libreoffice_pdf(["de-hohenfurt-scc-art28-optionen", "no-hammerdal-kommune-digdir-stil"])


if __name__ == "__main__":
    main()
