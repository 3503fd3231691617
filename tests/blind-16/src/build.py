#!/usr/bin/env python3
"""Build the 12 documents of tests/blind-16 (6 pairs, a.<ext> and b.<ext> in one folder each).

  /tmp/b12venv/bin/python build.py        (python-docx 1.2, reportlab 5.1; chromium and soffice on PATH)

Sources: the texts in this folder (line markup of markup.py) and derive.py (second versions).
Helpers come from build_lib.py (copied from blind-14, which copied them from blind-11).
Intermediates (HTML printed by Chromium, DOCX before LibreOffice) go to src/intermediate/.
"""
import os
import re
import shutil
import tempfile

from docx.enum.text import WD_ALIGN_PARAGRAPH

import derive
from build_lib import (body_html, chromium_pdf, css_print, header_footer, install_numbering, numpr, out_path, page,
                       parse_text, plain_text, reportlab_pdf, setup, soffice, typed_docx)
from markup import HERE, split_label

INTER = os.path.join(HERE, "intermediate")

PAIRS = ["nb-storvang-kommune-vs-leksebroen", "nb-timeboka-flyttede-punkter", "sv-granvik-mall-vs-omsorgsplan",
         "sv-korkortsportalen-paragrafer", "de-gastlink-neuer-paragraf", "da-hedegaard-vs-paywell-engelsk"]


def word_numbered_docx(blocks, doc):
    """(from blind-14's ziffer_docx) H '1. Formål' -> Heading 1 on list level 0 ('%1.'); N '1.1 …' -> level 1
    ('%1.%2'); the typed numbers are removed, so they exist only in numbering.xml. Annexes keep their labels."""
    in_annex = False
    for tag, text in blocks:
        if tag == "ANNEX":
            in_annex = True
        if tag == "H" and not in_annex:
            p = doc.add_paragraph(re.sub(r"^\d+\. ", "", text), style="Heading 1")
            numpr(p, 0)
            p.paragraph_format.keep_with_next = True
        elif tag == "N" and not in_annex:
            p = doc.add_paragraph(split_label(text)[1])
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            numpr(p, 1)
        else:
            typed_docx([(tag, text)], doc)
    return doc


SITE_CSS = ("body { font-family: 'Liberation Sans', Arial, sans-serif; max-width: 48em; margin: 2em auto; padding: 0 1em; "
            "line-height: 1.5; color: #222; } header.site, footer.site { font-size: .85em; color: #555; } "
            "header.site { border-bottom: 1px solid #ccc; } footer.site { border-top: 1px solid #ccc; margin-top: 2em; } "
            "h2 { font-size: 1.15em; margin-top: 1.5em; } p.n .no { font-weight: bold; } "
            "table { border-collapse: collapse; } th, td { border: 1px solid #999; padding: 3px 6px; text-align: left; }")


def main():
    os.makedirs(INTER, exist_ok=True)
    lo = tempfile.mkdtemp(prefix="b16-lo-")
    with tempfile.TemporaryDirectory() as prof:
        # 1 ------------------------------------------------------------ nb: municipal template (Word numbering) vs supplier (LibreOffice PDF)
        pair = PAIRS[0]
        doc = setup("Databehandleravtale – Storvang kommune", "Storvang kommune", "Liberation Sans", 10.5, 24)
        header_footer(doc, "Storvang kommune – standard databehandleravtale 2026-1", "Side", "av")
        install_numbering(doc, [("decimal", "%1.", 567, 567, True), ("decimal", "%1.%2", 851, 851, False),
                                ("lowerLetter", "%3)", 1276, 425, False)])
        word_numbered_docx(parse_text(derive.read("nb-storvang-kommune.txt")), doc)
        doc.save(out_path(pair, "a.docx"))
        doc = setup("Databehandleravtale Leksebroen", "Leksebroen AS", "Carlito", 11, 24)
        header_footer(doc, "Leksebroen AS – databehandleravtale v3.0", "Side", "av")
        typed_docx(parse_text(derive.read("nb-leksebroen-vilkaar.txt")), doc)
        inter = os.path.join(INTER, pair + "-b.docx")
        doc.save(inter)
        soffice(["--convert-to", "pdf:writer_pdf_Export", "--outdir", lo, inter], prof)
        shutil.copyfile(os.path.join(lo, pair + "-b.pdf"), out_path(pair, "b.pdf"))
        print("pair 1 done")

        # 2 ------------------------------------------------------------ nb: TXT -> Chromium PDF
        pair = PAIRS[1]
        open(out_path(pair, "a.txt"), "w", encoding="utf-8").write(plain_text(parse_text(derive.read("nb-timeboka-v1.txt"))))
        src = os.path.join(INTER, pair + "-b.html")
        open(src, "w", encoding="utf-8").write(page("nb", "Databehandleravtale Fjordklinikken / Timeboka",
                                                    css_print("Fjordklinikken Fysioterapi – Timeboka · databehandleravtale versjon 2 · mai 2026", "Side", "av",
                                                              "'Liberation Serif', serif", "#1c3d5a"),
                                                    body_html(parse_text(derive.timeboka_v2()))))
        chromium_pdf(src, out_path(pair, "b.pdf"))
        print("pair 2 done")

        # 3 ------------------------------------------------------------ sv: municipal template (Chromium PDF) vs supplier (python-docx)
        pair = PAIRS[2]
        src = os.path.join(INTER, pair + "-a.html")
        open(src, "w", encoding="utf-8").write(page("sv", "Personuppgiftsbiträdesavtal – Granviks kommun",
                                                    css_print("Granviks kommun · Mall PUB-avtal · socialförvaltningen · 2026", "Sida", "av"),
                                                    body_html(parse_text(derive.read("sv-granvik-mall.txt")))))
        chromium_pdf(src, out_path(pair, "a.pdf"))
        doc = setup("Personuppgiftsbiträdesavtal", "Omsorgsplan Nordic AB", "Liberation Serif", 11, 25)
        header_footer(doc, "Omsorgsplan Nordic AB – PUB-villkor 5.2", "Sida", "av")
        typed_docx(parse_text(derive.read("sv-omsorgsplan-pub.txt")), doc)
        doc.save(out_path(pair, "b.docx"))
        print("pair 3 done")

        # 4 ------------------------------------------------------------ sv: '§ 1' DOCX (LibreOffice re-save) -> '1.1' DOCX (python-docx)
        pair = PAIRS[3]
        doc = setup("Personuppgiftsbiträdesavtal", "Kronobergs Trafikskola AB", "Liberation Serif", 11, 25)
        header_footer(doc, "PUB-avtal Kronobergs Trafikskola – Körkortsportalen · version 1", "Sida", "av")
        typed_docx(parse_text(derive.read("sv-korkort-v1.txt")), doc, clause_left=14)
        inter = os.path.join(INTER, pair + "-a.docx")
        doc.save(inter)
        soffice(["--convert-to", "docx:MS Word 2007 XML", "--outdir", lo, inter], prof)
        shutil.copyfile(os.path.join(lo, pair + "-a.docx"), out_path(pair, "a.docx"))
        doc = setup("Personuppgiftsbiträdesavtal", "Körkortsportalen Sverige AB", "Carlito", 11, 24)
        header_footer(doc, "Körkortsportalen – PUB-avtal – version 2 (maj 2026)", "Sida", "av")
        typed_docx(parse_text(derive.korkort_v2()), doc)
        doc.save(out_path(pair, "b.docx"))
        print("pair 4 done")

        # 5 ------------------------------------------------------------ de: HTML page -> reportlab PDF
        pair = PAIRS[4]
        body = ('<header class="site">Gastlink Software · Produkte · Preise · Rechtliches · Login</header>\n<main>\n' +
                body_html(parse_text(derive.read("de-gastlink-v1.txt"))) +
                '\n</main>\n<footer class="site">Gastlink Software GmbH · Rosenheimer Straße 12 · 83022 Rosenheim · '
                'datenschutz@gastlink.example · Impressum · Datenschutzerklärung</footer>')
        open(out_path(pair, "a.html"), "w", encoding="utf-8").write(page("de", "AVV – Gastlink Software GmbH", SITE_CSS, body))
        reportlab_pdf(parse_text(derive.gastlink_v2()), out_path(pair, "b.pdf"),
                      "Gastlink Software GmbH – AVV Gastlink PMS – Stand: Juli 2026", "Vertrag über die Auftragsverarbeitung",
                      footer="Seite {n} von {m}", author="Gastlink Software GmbH", creator="Gastlink Vertragsdienst")
        print("pair 5 done")

        # 6 ------------------------------------------------------------ da customer's template (python-docx) vs English DPA (Chromium PDF)
        pair = PAIRS[5]
        doc = setup("Databehandleraftale", "Hedegaard Byg A/S", "Liberation Serif", 11, 25)
        header_footer(doc, "Hedegaard Byg A/S – databehandleraftale (løn) – udgave 2026", "Side", "af")
        typed_docx(parse_text(derive.read("da-hedegaard-standard.txt")), doc)
        doc.save(out_path(pair, "a.docx"))
        src = os.path.join(INTER, pair + "-b.html")
        open(src, "w", encoding="utf-8").write(page("en", "Paywell Data Processing Addendum",
                                                    css_print("Paywell Cloud Ltd · Data Processing Addendum · v2026.2", "Page", "of",
                                                              "'Liberation Sans', sans-serif", "#3b2a6b"),
                                                    body_html(parse_text(derive.read("en-paywell-dpa.txt")))))
        chromium_pdf(src, out_path(pair, "b.pdf"))
        print("pair 6 done")
    shutil.rmtree(lo, ignore_errors=True)


if __name__ == "__main__":
    main()
