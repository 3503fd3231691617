#!/usr/bin/env python3
"""Build de-stundenlauf-paragraphen.pdf (tests/blind-9) with the Chromium command line.

  python3 build_chromium_cli.py      (needs /usr/bin/chromium; no Python packages)

Source: de-stundenlauf-paragraphen.txt (#TITLE, #C centred line, #P party paragraph, #S section
heading "§ N Title", "(n) …" numbered paragraphs, "a) …" items, #SIG two-column signature row,
#ANLAGE annex heading, #R table row). The intermediate HTML (de-stundenlauf-paragraphen.html) is
printed by `chromium --headless --no-sandbox --print-to-pdf=… --no-pdf-header-footer`: no browser
header/footer; the running header and "Seite N von M" come from CSS @page margin boxes, which
Chromium supports since version 131. The paragraph numbers "(1)" and the item letters "a)" are text
in hanging-indent blocks (CSS grid), not HTML lists, so they are in the text layer as typed.
"""
import html
import os
import re
import shutil
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, ".."))
NAME = "de-stundenlauf-paragraphen"

CSS = """
@page { size: A4; margin: 24mm 22mm 22mm 24mm;
  @top-right { content: "AVV Tischlerei Hollenbeck GmbH / Stundenlauf GmbH – Stand 10/2024"; font: 7.5pt 'Liberation Sans', sans-serif; color: #555; }
  @bottom-center { content: "Seite " counter(page) " von " counter(pages); font: 7.5pt 'Liberation Sans', sans-serif; color: #555; } }
body { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; line-height: 1.4; margin: 0; }
h1 { font-size: 15pt; text-align: center; margin: 0 0 12pt 0; }
p.c { text-align: center; margin: 3pt 0; }
p.party { text-align: center; margin: 3pt 12mm; }
h2 { font-size: 10.5pt; margin: 14pt 0 5pt 0; break-after: avoid; }
h2.anlage { break-before: page; font-size: 12pt; }
div.abs { display: grid; grid-template-columns: 9mm 1fr; margin: 0 0 4pt 0; text-align: justify; }
div.item { display: grid; grid-template-columns: 6mm 1fr; margin: 0 0 2pt 9mm; text-align: justify; }
div.item.top { margin-left: 0; text-align: left; }
table.sig { width: 100%; margin-top: 22pt; border-collapse: collapse; }
table.sig td { width: 50%; padding: 3pt 8pt 3pt 0; vertical-align: top; }
table.list { width: 100%; border-collapse: collapse; margin-top: 6pt; }
table.list th, table.list td { border: 0.6pt solid #444; padding: 4pt 5pt; text-align: left; vertical-align: top; }
table.list th { background: #e8e8e8; }
"""


def build_html():
    body, rows, in_annex = [], [], False
    sig = []

    def flush():
        if rows:
            body.append('<table class="list"><tr>' + "".join(f"<th>{html.escape(c)}</th>" for c in rows[0]) + "</tr>")
            for r in rows[1:]:
                body.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>")
            body.append("</table>")
            rows.clear()
        if sig:
            body.append('<table class="sig">')
            for r in sig:
                body.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>")
            body.append("</table>")
            sig.clear()

    for line in open(os.path.join(HERE, NAME + ".txt"), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        tag, _, rest = line.partition(" ")
        if tag == "#TITLE":
            body.append(f"<h1>{html.escape(rest)}</h1>")
        elif tag == "#C":
            body.append(f'<p class="c">{html.escape(rest)}</p>')
        elif tag == "#P":
            body.append(f'<p class="party">{html.escape(rest)}</p>')
        elif tag == "#S":
            flush()
            body.append(f"<h2>{html.escape(rest)}</h2>")
        elif tag == "#SIG":
            sig.append(rest.split("|"))
        elif tag == "#ANLAGE":
            flush()
            in_annex = True
            body.append(f'<h2 class="anlage">{html.escape(rest)}</h2>')
        elif tag == "#R":
            rows.append(rest.split("|"))
        else:
            m = re.match(r"(\(\d+\)) (.*)", line)
            if m:
                body.append(f'<div class="abs"><span>{m.group(1)}</span><span>{html.escape(m.group(2))}</span></div>')
                continue
            m = re.match(r"([a-z]\)) (.*)", line)
            if m:
                cls = "item top" if in_annex else "item"
                body.append(f'<div class="{cls}"><span>{m.group(1)}</span><span>{html.escape(m.group(2))}</span></div>')
                continue
            raise ValueError(line)
    flush()
    doc = ('<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">'
           '<title>Vereinbarung zur Auftragsverarbeitung – Stundenlauf GmbH</title>'
           f"<style>{CSS}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n")
    path = os.path.join(HERE, NAME + ".html")
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)
    return path


def main():
    src = build_html()
    out = os.path.join(OUT, NAME + ".pdf")
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={prof}", "--disable-background-networking", "--disable-component-update",
                        f"--print-to-pdf={out}", "file://" + src], check=True, capture_output=True)
    print("wrote", out)


if __name__ == "__main__":
    main()
