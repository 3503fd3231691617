#!/usr/bin/env python3
"""HTML-based documents of tests/blind-10 (standard-library Python; chromium and wkhtmltopdf on PATH).

  python3 build_html.py

  no-barnehagepost-alternativer.txt -> ../no-barnehagepost-alternativer.html  (the HTML page itself)
  da-personalekompasset-saas.txt    -> intermediate/da-personalekompasset-saas.html
                                    -> ../da-personalekompasset-saas.pdf    (chromium --headless --print-to-pdf)
  de-mieterportal-avv-altklauseln.txt -> intermediate/de-mieterportal-avv-altklauseln.html
                                    -> ../de-mieterportal-avv-altklauseln.pdf (wkhtmltopdf 0.12.6 with unpatched Qt 5: no header or footer)
Clause numbers are typed text in every case (no <ol>).
"""
import html
import os
import subprocess
import tempfile

from markup import HERE, SET, parse, split_label

INTER = os.path.join(HERE, "intermediate")
E = html.escape


def body_html(name, clause_cls="n"):
    out = []
    for tag, text in parse(name + ".txt"):
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
        elif tag == "H2":
            out.append(f"<h3>{E(text)}</h3>")
        elif tag == "ANNEX":
            out.append(f'<h2 class="annex">{E(text)}</h2>')
        elif tag in ("N", "I"):
            label, rest = split_label(text)
            cls = clause_cls if tag == "N" else "i"
            out.append(f'<p class="{cls}"><span class="no">{E(label)}</span> {E(rest)}</p>')
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
    return "\n".join(out)


def page(lang, title, css, body):
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{E(title)}</title>\n'
            f"<style>\n{css}\n</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


# ------------------------------------------------------------------ Norwegian web page
CSS_NO = """body { font-family: 'Liberation Sans', Arial, sans-serif; max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 1.5; color: #222; }
header.site { border-bottom: 1px solid #ccc; margin-bottom: 1.5em; font-size: .9em; color: #555; }
h1 { font-size: 1.8em; margin-bottom: .2em; }
p.sub { color: #555; margin-top: 0; }
h2 { font-size: 1.2em; margin-top: 1.6em; }
p.n .no { font-weight: bold; }
table { border-collapse: collapse; margin: 1em 0; }
table.list th, table.list td { border: 1px solid #999; padding: .3em .6em; text-align: left; }
table.sig td { padding: .2em 2em .2em 0; }
footer.site { border-top: 1px solid #ccc; margin-top: 2em; font-size: .85em; color: #555; }"""


def build_no():
    name = "no-barnehagepost-alternativer"
    body = ('<header class="site">Barnehagepost AS – personvern og avtaler</header>\n<main>\n<article>\n' +
            body_html(name) + "\n</article>\n</main>\n"
            '<footer class="site">Sist oppdatert 11. august 2025 · Barnehagepost AS, Kanalveien 9, 5068 Bergen</footer>')
    with open(os.path.join(SET, name + ".html"), "w", encoding="utf-8") as f:
        f.write(page("nb", "Databehandleravtale – Barnehagepost", CSS_NO, body))
    print("wrote", name + ".html")


# ------------------------------------------------------------------ Chromium print (Danish)
CSS_DA = """@page { size: A4; margin: 22mm 20mm 22mm 22mm;
  @top-left { content: "Personalekompasset ApS – Databehandleraftale v3.1"; font: 8pt 'Liberation Sans', sans-serif; color: #666; }
  @bottom-right { content: "Side " counter(page) " af " counter(pages); font: 8pt 'Liberation Sans', sans-serif; color: #666; } }
body { font-family: 'Liberation Sans', sans-serif; font-size: 10pt; line-height: 1.38; margin: 0; }
h1 { font-size: 17pt; margin: 0 0 2pt 0; color: #12466b; }
p.sub { margin: 0 0 12pt 0; color: #555; }
h2 { font-size: 11.5pt; margin: 13pt 0 4pt 0; color: #12466b; break-after: avoid; }
h2.annex { break-before: page; font-size: 13pt; }
p { margin: 0 0 5pt 0; text-align: justify; }
p.n, p.i { padding-left: 10mm; text-indent: -10mm; }
p.n .no, p.i .no { display: inline-block; width: 10mm; text-indent: 0; font-weight: bold; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0 10pt 0; }
table.list th, table.list td { border: 0.6pt solid #777; padding: 3pt 5pt; text-align: left; vertical-align: top; font-size: 9.5pt; }
table.list th { background: #e6eef5; }
table.sig { margin-top: 22pt; } table.sig td { width: 50%; padding: 2pt 8pt 2pt 0; }"""


def build_chromium():
    name = "da-personalekompasset-saas"
    src = os.path.join(INTER, name + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(page("da", "Databehandleraftale – Personalekompasset", CSS_DA, body_html(name)))
    out = os.path.join(SET, name + ".pdf")
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-pdf-header-footer",
                        f"--user-data-dir={prof}", f"--print-to-pdf={out}", "file://" + src],
                       check=True, capture_output=True, timeout=180)
    print("wrote", name + ".pdf")


# ------------------------------------------------------------------ wkhtmltopdf (German)
CSS_DE = """body { font-family: 'Liberation Serif', serif; font-size: 15pt; line-height: 1.35; }
h1 { font-size: 21pt; text-align: center; margin: 0 0 3pt 0; }
p.sub { text-align: center; margin: 0 0 14pt 0; }
p.c { text-align: center; margin: 2pt 0; }
h2 { font-size: 16pt; margin: 16pt 0 6pt 0; page-break-after: avoid; }
h2.annex { page-break-before: always; }
p { margin: 0 0 5pt 0; text-align: justify; }
p.n { padding-left: 14mm; text-indent: -14mm; }
p.n .no { display: inline-block; width: 14mm; text-indent: 0; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0 10pt 0; }
table.list th, table.list td { border: 0.8pt solid #444; padding: 3pt 5pt; text-align: left; vertical-align: top; }
table.sig { margin-top: 24pt; } table.sig td { width: 50%; padding: 2pt 8pt 2pt 0; }"""


def build_wkhtmltopdf():
    name = "de-mieterportal-avv-altklauseln"
    src = os.path.join(INTER, name + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(page("de", "Auftragsverarbeitungsvertrag Hansewerft / Mieterportal Nord", CSS_DE, body_html(name)))
    out = os.path.join(SET, name + ".pdf")
    rt = tempfile.mkdtemp(prefix="wk-runtime-")
    os.chmod(rt, 0o700)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=rt)
    subprocess.run(["wkhtmltopdf", "--quiet", "--page-size", "A4", "--margin-top", "22mm", "--margin-bottom", "20mm",
                    "--margin-left", "22mm", "--margin-right", "20mm", "--encoding", "utf-8",
                    "--title", "Auftragsverarbeitungsvertrag",
                    src, out], check=True, capture_output=True, env=env, timeout=180)
    os.rmdir(rt)
    print("wrote", name + ".pdf")


def main():
    os.makedirs(INTER, exist_ok=True)
    build_no()
    build_chromium()
    build_wkhtmltopdf()


if __name__ == "__main__":
    main()
