#!/usr/bin/env python3
"""Build en-bookvane-versaler.pdf (tests/blind-9) with WeasyPrint.

  /tmp/b9venv/bin/python build_weasyprint.py      (WeasyPrint 70 from PyPI; Pango from Debian)

Source: en-bookvane-versaler.txt (#TITLE, #H = heading, #SIG = signature row with three cells,
other lines = paragraphs). The headings are typed in CAPITALS in the source (not CSS
text-transform), so the text layer holds them in capitals; they carry NO numbers, and no body
paragraph is numbered. A4, 11 pt Liberation Serif, justified, running header and "Page N of M"
footer from @page margin boxes; the signature rows are a borderless table.
The intermediate HTML is written to en-bookvane-versaler.html.
"""
import html
import os

from weasyprint import HTML

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, ".."))
NAME = "en-bookvane-versaler"

CSS = """
@page { size: A4; margin: 26mm 24mm 24mm 24mm;
  @top-left { content: "Bookvane Limited — Data Processing Agreement"; font: 8pt 'Liberation Sans'; color: #666; }
  @top-right { content: "Tidewell Surf School Limited"; font: 8pt 'Liberation Sans'; color: #666; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt 'Liberation Sans'; color: #666; } }
body { font-family: 'Liberation Serif'; font-size: 11pt; line-height: 1.35; }
h1 { font-family: 'Liberation Sans'; font-size: 15pt; text-align: center; letter-spacing: 0.5pt; margin: 0 0 14pt 0; }
h2 { font-family: 'Liberation Sans'; font-size: 10.5pt; font-weight: bold; margin: 14pt 0 4pt 0; page-break-after: avoid; }
p { text-align: justify; margin: 0 0 6pt 0; }
p.party { margin-left: 10mm; }
table.sig { width: 100%; border-collapse: collapse; margin-top: 8pt; }
table.sig td { vertical-align: top; padding: 4pt 6pt 18pt 0; width: 33%; font-size: 10pt; }
"""


def build():
    body = []
    party = 0
    sig_rows = []
    for line in open(os.path.join(HERE, NAME + ".txt"), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        if line.startswith("#TITLE "):
            body.append(f"<h1>{html.escape(line[7:])}</h1>")
        elif line.startswith("#H "):
            if sig_rows:
                raise ValueError("signature rows must come last")
            body.append(f"<h2>{html.escape(line[3:])}</h2>")
        elif line.startswith("#SIG "):
            sig_rows.append(line[5:].split("|"))
        else:
            cls = ""
            if line.startswith(("Tidewell Surf School Limited,", "Bookvane Limited,")):
                cls = ' class="party"'
            body.append(f"<p{cls}>{html.escape(line)}</p>")
    if sig_rows:
        body.append('<table class="sig">')
        for row in sig_rows:
            body.append("<tr>" + "".join(f"<td>{html.escape(c)}<br>____________________</td>" if i == 1 else f"<td>{html.escape(c)}</td>"
                                         for i, c in enumerate(row)) + "</tr>")
        body.append("</table>")
    doc = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Data Processing Agreement – Bookvane Limited</title>'
           f"<style>{CSS}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n")
    with open(os.path.join(HERE, NAME + ".html"), "w", encoding="utf-8") as f:
        f.write(doc)
    out = os.path.join(OUT, NAME + ".pdf")
    HTML(string=doc, base_url=HERE).write_pdf(out, uncompressed_pdf=False)
    print("wrote", out)


if __name__ == "__main__":
    build()
