#!/usr/bin/env python3
"""Build the 12 documents of tests/blind-14 (6 pairs, a.<ext> and b.<ext> in one folder each).

  /tmp/b12venv/bin/python build.py        (python-docx 1.2, reportlab 5.1; chromium and soffice on PATH)

Sources: the texts in this folder (line markup of markup.py) and derive.py (second versions, and the
2021/915 clauses with their options chosen). Helpers come from build_lib.py (copied from blind-11).
Intermediates (HTML printed by Chromium, DOCX exported by LibreOffice) go to src/intermediate/.
"""
import difflib
import os
import re
import shutil
import tempfile

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

import derive
from build_lib import (E, body_html, chromium_pdf, css_print, hanging, header_footer, install_numbering, numpr,
                       out_path, page, parse_text, plain_text, reportlab_pdf, setup, soffice, typed_docx)
from markup import HERE, split_label

INTER = os.path.join(HERE, "intermediate")

# ================================================================== Word tracked changes (pair 1, b.docx)
AUTHOR = "Torben Lauritsen (Nøglehuset ApS)"
DATE = "2026-09-14T10:30:00Z"
_rev = [100]


def _rev_el(kind):
    _rev[0] += 1
    el = OxmlElement(f"w:{kind}")
    el.set(qn("w:id"), str(_rev[0]))
    el.set(qn("w:author"), AUTHOR)
    el.set(qn("w:date"), DATE)
    return el


def _run_el(text, deleted=False, size=None):
    r = OxmlElement("w:r")
    if size:
        rpr = OxmlElement("w:rPr")
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), str(int(size * 2)))
        rpr.append(sz)
        r.append(rpr)
    parts = text.split("\t")
    for k, part in enumerate(parts):
        if k:
            r.append(OxmlElement("w:tab"))
        if part:
            t = OxmlElement("w:delText" if deleted else "w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = part
            r.append(t)
    return r


def tracked(p, text, kind, size=None):
    """Append a run inside <w:ins> or <w:del> to paragraph p."""
    wrap = _rev_el(kind)
    wrap.append(_run_el(text, deleted=(kind == "del"), size=size))
    p._p.append(wrap)


def mark_paragraph(p, kind):
    """Mark the paragraph mark itself as inserted / deleted (pPr/rPr/w:ins|w:del)."""
    ppr = p._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    rpr.append(_rev_el(kind))
    ppr.append(rpr)


def tokens(s):
    return re.findall(r"\s+|[\w\-\.,]+|[^\w\s]", s)


def diff_segments(old, new):
    a, b = tokens(old), tokens(new)
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(("eq", "".join(a[i1:i2])))
        else:
            if i2 > i1:
                out.append(("del", "".join(a[i1:i2])))
            if j2 > j1:
                out.append(("ins", "".join(b[j1:j2])))
    return out


def new_par(doc, tag, text):
    """An empty paragraph formatted like typed_docx would format it; returns (paragraph, full text)."""
    if tag in ("H", "U"):
        p = doc.add_paragraph(style="Heading 1")
        p.paragraph_format.keep_with_next = True
        return p, text
    if tag == "ANNEX":
        p = doc.add_paragraph(style="Heading 1")
        p.paragraph_format.page_break_before = True
        return p, text
    p = doc.add_paragraph()
    if tag in ("N", "I"):
        label, body = split_label(text)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        hanging(p, 12.5, 12.5) if tag == "N" else hanging(p, 22.5, 9)
        return p, label + "\t" + body
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p, text


def tracked_table(doc, old_rows, new_rows):
    table = doc.add_table(rows=0, cols=len(new_rows[0]))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    a = [tuple(r) for r in old_rows]
    b = [tuple(r) for r in new_rows]
    rows = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            rows += [("eq", r) for r in b[j1:j2]]
        else:
            rows += [("del", r) for r in a[i1:i2]] + [("ins", r) for r in b[j1:j2]]
    for k, (kind, vals) in enumerate(rows):
        row = table.add_row()
        if kind != "eq":
            trpr = row._tr.get_or_add_trPr()
            trpr.append(_rev_el(kind))
        for c, text in zip(row.cells, vals):
            par = c.paragraphs[0]
            par.paragraph_format.space_after = Pt(2)
            if kind == "eq":
                r = par.add_run(text)
                r.font.size = Pt(9.5)
                r.bold = k == 0
            else:
                tracked(par, text, kind, size=9.5)
                mark_paragraph(par, kind)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)


def tracked_docx(doc, v1, v2, comments):
    """Render v2 with every difference from v1 as a Word revision. comments: {substring of a v2 block: text}."""
    b1, b2 = parse_text(v1), parse_text(v2)
    key = lambda blk: (blk[0], blk[1] if isinstance(blk[1], str) else tuple(map(tuple, blk[1])))
    k1, k2 = [key(x) for x in b1], [key(x) for x in b2]

    def plain(blk):
        typed_docx([blk], doc)

    def changed(old, new):
        if old[0] == "TABLE" and new[0] == "TABLE":
            tracked_table(doc, old[1], new[1])
            return
        p, new_text = new_par(doc, new[0], new[1])
        old_text = full_text(old)
        first = None
        for kind, seg in diff_segments(old_text, new_text):
            if kind == "eq":
                r = p.add_run(seg)
                first = first or r
            else:
                tracked(p, seg, kind)
        for needle, text in comments.items():
            if needle in new[1] and first is not None:
                doc.add_comment(first, text=text, author=AUTHOR, initials="TL")

    def whole(blk, kind):
        if blk[0] in ("TABLE", "SIG"):
            raise ValueError("whole tables are not tracked here")
        p, text = new_par(doc, blk[0], blk[1])
        tracked(p, text, kind)
        mark_paragraph(p, kind)

    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, k1, k2, autojunk=False).get_opcodes():
        if op == "equal":
            for blk in b2[j1:j2]:
                plain(blk)
        elif op == "replace" and i2 - i1 == j2 - j1:
            for old, new in zip(b1[i1:i2], b2[j1:j2]):
                changed(old, new)
        else:
            for blk in b1[i1:i2]:
                whole(blk, "del")
            for blk in b2[j1:j2]:
                whole(blk, "ins")
    settings = doc.settings.element
    anchor = settings.find(qn("w:defaultTabStop"))       # schema order: ... proofState, ..., trackRevisions, ..., defaultTabStop
    anchor.addprevious(OxmlElement("w:trackRevisions"))
    return doc


def full_text(blk):
    tag, text = blk
    if tag in ("N", "I"):
        label, body = split_label(text)
        return label + "\t" + body
    return text


# ================================================================== Markdown (pair 3, a.md)
def markdown(blocks):
    out = []
    for tag, text in blocks:
        if tag == "TITLE":
            out.append("# " + text)
        elif tag == "SUB":
            out.append("*" + text + "*")
        elif tag in ("H", "ANNEX"):
            out.append("## " + text)
        elif tag == "N":
            label, body = split_label(text)
            out.append(f"**{label}** {body}" if "." in label.rstrip(".") else f"{label} {body}")
        elif tag == "TABLE":
            rows = ["| " + " | ".join(r) + " |" for r in text]
            rows.insert(1, "|" + "---|" * len(text[0]))
            out.append("\n".join(rows))
        elif tag == "SIG":
            out.append("  \n".join(" · ".join(r) for r in text))
        else:
            out.append(text)
    return "\n\n".join(out) + "\n"


# ================================================================== Word automatic numbering, Ziffer style (pair 4, b.docx)
def ziffer_docx(blocks, doc):
    """H '1. Anwendungsbereich' -> Heading 1 on list level 0 ('%1.'); N '1.1 …' -> level 1 ('%1.%2');
    the typed numbers are removed, so they exist only in numbering.xml. Annexes keep their own labels."""
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


def main():
    os.makedirs(INTER, exist_ok=True)
    lo = tempfile.mkdtemp(prefix="b14-lo-")
    with tempfile.TemporaryDirectory() as prof:
        # 1 ------------------------------------------------------------ da, Chromium PDF -> DOCX with tracked changes
        pair = "da-noeglehuset-sporede-aendringer"
        v1 = derive.read("da-noeglehuset-v1.txt")
        src = os.path.join(INTER, pair + "-a.html")
        open(src, "w", encoding="utf-8").write(page("da", "Databehandleraftale Boligforeningen Klitly / Nøglehuset",
                                                    css_print("Databehandleraftale Klitly – Nøglehuset · version 1.0 · april 2026", "Side", "af"),
                                                    body_html(parse_text(v1))))
        chromium_pdf(src, out_path(pair, "a.pdf"))
        doc = setup("Databehandleraftale", "Nøglehuset ApS", "Liberation Serif", 11, 25)
        header_footer(doc, "Databehandleraftale – version 2.0 – udkast med ændringsmarkeringer, september 2026", "Side", "af")
        tracked_docx(doc, v1, derive.noeglehuset_v2(),
                     {"senest 24 timer": "Fristen er sat ned til 24 timer efter ønske fra boligforeningens bestyrelse. /TL"})
        doc.save(out_path(pair, "b.docx"))
        print("pair 1 done")

        # 2 ------------------------------------------------------------ en, the 2021/915 clauses (python-docx) vs vendor DPA (LibreOffice PDF)
        pair = "en-petloop-vs-eu-standard"
        doc = setup("Standard contractual clauses (Art. 28(7) GDPR)", "Ardmore Veterinary Clinics Ltd", "Liberation Sans", 10, 24)
        header_footer(doc, "Ardmore Veterinary Clinics – processor clauses (Decision (EU) 2021/915) – our standard", "Page", "of")
        typed_docx(parse_text(derive.scc_benchmark()), doc, clause_left=10, item_left=10, item_hang=8)
        doc.save(out_path(pair, "a.docx"))
        doc = setup("Petloop Data Processing Addendum", "Petloop Software B.V.", "Carlito", 10.5, 22)
        header_footer(doc, "Petloop DPA v3.2", "Page", "of")
        typed_docx(parse_text(derive.read("en-petloop-vendor.txt")), doc, clause_left=11)
        inter = os.path.join(INTER, pair + "-b.docx")
        doc.save(inter)
        soffice(["--convert-to", "pdf:writer_pdf_Export", "--outdir", lo, inter], prof)
        shutil.copyfile(os.path.join(lo, pair + "-b.pdf"), out_path(pair, "b.pdf"))
        print("pair 2 done")

        # 3 ------------------------------------------------------------ nb, Markdown -> reportlab PDF
        pair = "nb-barnehagedagbok-innsatt-kapittel"
        open(out_path(pair, "a.md"), "w", encoding="utf-8").write(
            markdown(parse_text(derive.read("nb-barnehagedagbok-v1.txt"))))
        reportlab_pdf(parse_text(derive.barnehage_v2()), out_path(pair, "b.pdf"),
                      "Databehandleravtale Fjellvang / Dagbokappen – versjon 2, juni 2026", "Databehandleravtale",
                      footer="Side {n} av {m}", author="Dagbokappen AS", creator="Dagbokappen kontraktsmaler")
        print("pair 3 done")

        # 4 ------------------------------------------------------------ de, customer's Muster (HTML page) vs supplier's AVV (Word numbering)
        pair = "de-lagerfix-vs-muster-avv"
        css = ("body { font-family: 'Liberation Sans', Arial, sans-serif; max-width: 48em; margin: 2em auto; padding: 0 1em; "
               "line-height: 1.5; color: #222; } header.site, footer.site { font-size: .85em; color: #555; } "
               "header.site { border-bottom: 1px solid #ccc; } footer.site { border-top: 1px solid #ccc; margin-top: 2em; } "
               "h2 { font-size: 1.15em; margin-top: 1.5em; } p.n .no { font-weight: bold; }")
        body = ('<header class="site">Landhandel Ostermeier · Lieferantenportal · Vertragsvorlagen</header>\n<main>\n' +
                body_html(parse_text(derive.read("de-ostermeier-muster.txt"))) +
                '\n</main>\n<footer class="site">Landhandel Ostermeier GmbH · Bahnhofstraße 17 · 84307 Eggenfelden · datenschutz@ostermeier.example</footer>')
        open(out_path(pair, "a.html"), "w", encoding="utf-8").write(page("de", "Muster-AVV Landhandel Ostermeier", css, body))
        doc = setup("Vereinbarung zur Auftragsverarbeitung", "Lagerfix Software GmbH", "Liberation Sans", 10.5, 24)
        header_footer(doc, "Lagerfix Software GmbH – AVV Version 4.1", "Seite", "von")
        install_numbering(doc, [("decimal", "%1.", 567, 567, True), ("decimal", "%1.%2", 851, 851, False),
                                ("lowerLetter", "%3)", 1276, 425, False)])
        ziffer_docx(parse_text(derive.read("de-lagerfix-avv.txt")), doc)
        doc.save(out_path(pair, "b.docx"))
        print("pair 4 done")

        # 5 ------------------------------------------------------------ sv, TXT -> python-docx
        pair = "sv-klubbportalen-delat-avsnitt"
        open(out_path(pair, "a.txt"), "w", encoding="utf-8").write(
            plain_text(parse_text(derive.read("sv-klubbportalen-v1.txt"))))
        doc = setup("Personuppgiftsbiträdesavtal", "Klubbportalen Sverige AB", "Carlito", 11, 25)
        header_footer(doc, "Klubbportalen – PUB-avtal – version 2 (juni 2026)", "Sida", "av")
        typed_docx(parse_text(derive.klubbportalen_v2()), doc)
        doc.save(out_path(pair, "b.docx"))
        print("pair 5 done")

        # 6 ------------------------------------------------------------ en, US style: Chromium PDF -> LibreOffice PDF
        pair = "en-quillstack-us-stil"
        src = os.path.join(INTER, pair + "-a.html")
        css = css_print("Quillstack DPA – Kilbride Language School – EXECUTION VERSION", "Page", "of",
                        "'Liberation Serif', serif", "#1f2f5c") + \
            "\np.n { padding-left: 24mm; text-indent: -24mm; } p.n .no { width: 24mm; } h2 { text-transform: none; }"
        open(src, "w", encoding="utf-8").write(page("en", "Data Processing Agreement – Quillstack", css,
                                                    body_html(parse_text(derive.read("en-quillstack-v1.txt")))))
        chromium_pdf(src, out_path(pair, "a.pdf"))
        doc = setup("Data Processing Agreement", "Quillstack, Inc.", "Liberation Sans", 10, 24)
        header_footer(doc, "Quillstack – DPA – Quillstack comments 2 (April 2026) – CONFIDENTIAL", "Page", "of")
        typed_docx(parse_text(derive.quillstack_v2()), doc, clause_left=24, item_left=32, item_hang=8)
        inter = os.path.join(INTER, pair + "-b.docx")
        doc.save(inter)
        soffice(["--convert-to", "pdf:writer_pdf_Export", "--outdir", lo, inter], prof)
        shutil.copyfile(os.path.join(lo, pair + "-b.pdf"), out_path(pair, "b.pdf"))
        print("pair 6 done")
    shutil.rmtree(lo, ignore_errors=True)


if __name__ == "__main__":
    main()
