#!/usr/bin/env python3
"""Write sv-skolpulsen-tvaspalt.html (tests/blind-8) from sv-skolpulsen-tvaspalt.txt and print it.

  /tmp/b8venv/bin/python build_html_sv.py      (needs pyphen 0.18, node + playwright-core, pdftotext)

The page is set in two newspaper-style columns (CSS `columns: 2`, title and parties spanning both),
justified, 9.5 pt DejaVu Serif, so the lines are short. Hyphenation: pass 1 gives every word of seven
letters or more soft hyphens (U+00AD) at the points of pyphen's Swedish patterns and prints the page
with Chromium (build_pdf_chromium.js); the words that Chromium broke at a line end are read back from
`pdftotext -raw` (a line ending in U+2010, the hyphen Chromium draws); the next pass keeps a soft
hyphen only at those points, and so on until every soft hyphen left sits at a line break. Chromium
keeps soft hyphens in the text layer, so without this the PDF text would carry stray U+00AD inside
unbroken words. The result: many words split over two lines (`personupp‐` / `gifter`) and no U+00AD
anywhere else. Clause numbers are bold run-ins (`<b>5.3</b>`), headings `<h2>`, `Bilaga 1` an `<h2>`
with a `<ul>` list.
"""
import html
import os
import re
import subprocess

import pyphen

HERE = os.path.dirname(os.path.abspath(__file__))
PDF = os.path.join(HERE, "..", "sv-skolpulsen-tvaspalt.pdf")
DIC = pyphen.Pyphen(lang="sv", left=3, right=3)
SHY, HY = "\u00ad", "\u2010"
WORD = re.compile(r"[A-Za-zÅÄÖåäöÉé]+")
FURNITURE = re.compile(r"^(Personuppgiftsbiträdesavtal – Friskolan Ekbacken AB / Skolpulsen AB|Sida \d+ av \d+)$")

CSS = """
@page { size: A4; margin: 22mm 16mm 20mm 16mm; }
body { font-family: 'DejaVu Serif', serif; font-size: 9.5pt; line-height: 1.32; color: #111; margin: 0; }
.cols { columns: 2; column-gap: 9mm; column-rule: 0.4pt solid #999; text-align: justify; }
h1 { column-span: all; text-align: center; font-size: 15pt; letter-spacing: 0.5pt; margin: 0 0 8pt 0; }
p.party { column-span: all; text-align: center; font-style: italic; margin: 0 12mm 12pt 12mm; }
h2 { font-size: 10pt; margin: 9pt 0 3pt 0; break-after: avoid; }
p { margin: 0 0 4pt 0; orphans: 2; widows: 2; }
p.sign { margin-top: 8pt; text-align: left; }
ul { margin: 0 0 4pt 0; padding-left: 12pt; text-align: left; }
"""


class Hyphenator:
    """Counts word occurrences over the whole text in document order; inserts soft hyphens in the
    segments that may be hyphenated: everywhere (keep None) or only at the kept points."""

    def __init__(self, keep):
        self.keep, self.seen = keep, {}

    def __call__(self, text, allowed=True):
        def one(m):
            w = m.group(0)
            k = self.seen.get(w, 0)
            self.seen[w] = k + 1
            if not allowed or len(w) < 7:
                return w
            if self.keep is None:
                return DIC.inserted(w, hyphen=SHY)
            pos = self.keep.get((w, k))
            return w if pos is None else w[:pos] + SHY + w[pos:]
        return html.escape(WORD.sub(one, text), quote=False)


def write_html(keep):
    hy = Hyphenator(keep)
    out = ['<!DOCTYPE html>', '<html lang="sv">', '<head><meta charset="utf-8"><title>Personuppgiftsbiträdesavtal</title>',
           f'<style>{CSS}</style></head>', '<body>', '<div class="cols">']
    in_list = False
    for line in open(os.path.join(HERE, "sv-skolpulsen-tvaspalt.txt"), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        if not line.startswith("#LI ") and in_list:
            out.append("</ul>")
            in_list = False
        if line.startswith("#TITLE "):
            out.append(f"<h1>{hy(line[7:], False)}</h1>")
        elif line.startswith("#PARTY "):
            out.append(f'<p class="party">{hy(line[7:])}</p>')
        elif line.startswith("#H "):
            out.append(f"<h2>{hy(line[3:], False)}</h2>")
        elif line.startswith("#SIGN "):
            out.append(f'<p class="sign">{hy(line[6:], False)}</p>')
        elif line.startswith("#LI "):
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{hy(line[4:], False)}</li>")
        else:
            num, text = line.split(" ", 1)
            out.append(f"<p><b>{hy(num, False)}</b> {hy(text)}</p>")
    if in_list:
        out.append("</ul>")
    out += ["</div>", "</body>", "</html>", ""]
    with open(os.path.join(HERE, "sv-skolpulsen-tvaspalt.html"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def breaks_in_pdf():
    """{(word, occurrence): split index} for the words broken at a line end, and the number of soft
    hyphens left inside lines."""
    subprocess.run(["node", os.path.join(HERE, "build_pdf_chromium.js")], check=True, capture_output=True)
    raw = subprocess.run(["pdftotext", "-raw", PDF, "-"], capture_output=True, text=True, check=True).stdout
    stream = []
    for line in raw.replace("\f", "\n").splitlines():
        if FURNITURE.match(line.strip()):
            continue
        if line.endswith(HY):                 # the hyphen Chromium draws where it broke the word
            stream.append(line[:-1] + "\x01")
        elif line.endswith(SHY):              # pdftotext -raw ends a text chunk at each soft hyphen
            stream.append(line)
        else:
            stream.append(line + "\n")
    text = "".join(stream)
    stray = text.count(SHY) - len(re.findall(SHY + "\x01", text))
    text = text.replace(SHY, "")
    seen, found = {}, {}
    for m in re.finditer(r"[A-Za-zÅÄÖåäöÉé\x01]+", text):
        tok = m.group(0)
        w = tok.replace("\x01", "")
        k = seen.get(w, 0)
        seen[w] = k + 1
        if "\x01" in tok:
            found[(w, k)] = tok.index("\x01")
    return found, stray


def build():
    keep = None
    for n in range(1, 8):
        write_html(keep)
        found, stray = breaks_in_pdf()
        print(f"pass {n}: {len(found)} words broken at a line end, {stray} soft hyphens inside lines")
        if keep is not None and found == keep and stray == 0:
            break
        keep = found
    else:
        raise SystemExit("hyphenation did not settle")
    print("wrote src/sv-skolpulsen-tvaspalt.html and sv-skolpulsen-tvaspalt.pdf")


if __name__ == "__main__":
    build()
