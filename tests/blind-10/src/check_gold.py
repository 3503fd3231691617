#!/usr/bin/env python3
"""Check the blind-10 gold files against the taxonomy, their documents and score.py.

  python3 check_gold.py        (from anywhere; needs pdftotext, pdfinfo and soffice; standard library only)

Adapted from tests/blind-9/src/check_gold.py. For each <name>.json: the JSON parses; its keys are those
of the blind-8/9 gold files; every category id, attribute name, enum value and finding id occurs in
shared/spec/taxonomy.md; no finding is both required and forbidden; every `missing_required:<cat>` has
no clause and its category absent; every finding id of the taxonomy is required or forbidden (or
explained in the notes); every cited clause reference exists in the document: a number ('7.4', '§ 6',
'C.6', '1.1.a') must be one of the clause ids that THIS script derives from the document's own structure
(typed numbers in PDF text layers, Word list numbering as LibreOffice renders it, Markdown/HTML/text
lines), words ('Annex 3', 'Bilag C', 'Clause 8', a title) must occur in the text; every listed
sub-processor name and location occurs in the text; the attributes and the findings agree with each
other (e.g. deadline > 72 <-> breach_deadline_over_72h, flow_down false <-> sub_processor_no_flow_down);
and score.py accepts a synthetic report built from the gold itself with every check passed.

It also checks that each document still has the shape and producer the README promises, and prints the
word counts (tokens with a letter or digit, without running headers and footers). It never runs the
engine.
"""
import glob
import html
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
SHARED = os.environ.get("KLAUSUL_SHARED", "/work/shared")
TAXONOMY = os.path.join(SHARED, "spec", "taxonomy.md")
SCORE = os.path.join(SHARED, "tools", "score.py")
KEYS = ["document", "language", "categories_present", "categories_absent", "attributes",
        "findings_required", "findings_forbidden", "notes"]
ENUMS = {
    ("sub_processors", "authorisation"): {"specific", "general", "both", None},
    ("sub_processors", "objection_right"): {"free", "restricted", "none", None},
    ("transfers", "stance"): {"prohibited", "instruction_only", "general_authorisation", "listed", None},
    ("deletion_return", "trigger"): {"end_of_service", "on_request", None},
    ("audits", "cost_bearer"): {"processor", "controller", "shared", None},
}
FORMS = {"report", "questionnaire", "inspection", "meeting"}
LANGS = {"da", "en", "de", "no", "sv"}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PAGE_FURNITURE = re.compile(
    r"^\s*(Quillstream Service Cloud – Data Processing Addendum v4\.2|Page \d+( of \d+)?|Side \d+( af \d+)?|"
    r"Seite \d+ von \d+|"
    r"Data Processing Clauses – Kestrel Veterinary Group B\.V\. / Anvil Clinical Software GmbH|"
    r"Databehandleraftale – Fitnesshuset Mols ApS / Medlemsnøglen ApS|"
    r"Personalekompasset ApS – Databehandleraftale v3\.1|"
    r"Auftragsverarbeitungsvertrag Ostalb Logistik GmbH / Kontorwerk Software AG)\s*$")


def taxonomy():
    text = open(TAXONOMY, encoding="utf-8").read()
    s1 = text.split("## 1. Categories")[1].split("## 2.")[0]
    s2 = text.split("## 2. Attributes")[1].split("## 3.")[0]
    s3 = text.split("## 3. Findings")[1].split("## 4.")[0]
    cats = set(re.findall(r"^\| `([a-z_]+)` \|", s1, re.M))
    attrs = {}
    for cat, names in re.findall(r"^\| `([a-z_]+)` \| (`[^|]+`) \|", s2, re.M):
        for n in re.findall(r"`([a-z_]+)`", names):
            attrs.setdefault(cat, set()).add(n)
    finds = set(re.findall(r"^\| `([a-z0-9_:<>]+)` \|", s3, re.M))
    return text, cats, attrs, finds


def run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def layout(path):
    """pdftotext -layout with page breaks turned into line breaks."""
    return run(["pdftotext", "-layout", path, "-"]).replace("\f", "\n")


# ------------------------------------------------------------------ reading the documents
def docx_paragraphs(path):
    """(style, numId, ilvl, text) for each body paragraph, tables included."""
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):
        ppr = p.find(W + "pPr")
        style = num_id = ilvl = None
        if ppr is not None:
            ps = ppr.find(W + "pStyle")
            style = ps.get(W + "val") if ps is not None else None
            np_ = ppr.find(W + "numPr")
            if np_ is not None:
                ni, il = np_.find(W + "numId"), np_.find(W + "ilvl")
                num_id = ni.get(W + "val") if ni is not None else None
                ilvl = int(il.get(W + "val")) if il is not None else 0
        text = "".join((t.text or "") if t.tag == W + "t" else "\t"
                       for r in p.iter(W + "r") for t in r if t.tag in (W + "t", W + "tab"))
        out.append({"style": style, "num": num_id, "ilvl": ilvl, "text": text})
    return out


_rendered = {}


def soffice_text(path):
    """LibreOffice's PDF rendering of a DOCX, as pdftotext -layout sees it (list numbers included)."""
    if path not in _rendered:
        with tempfile.TemporaryDirectory() as d:
            subprocess.run(["soffice", f"-env:UserInstallation=file://{d}/p", "--headless", "--convert-to", "pdf",
                            "--outdir", d, path], capture_output=True, check=True, timeout=300)
            pdf = os.path.join(d, os.path.basename(path)[:-5] + ".pdf")
            _rendered[path] = run(["pdftotext", "-layout", pdf, "-"]).replace("\f", "\n")
    return _rendered[path]


def html_text(path):
    s = open(path, encoding="utf-8").read()
    s = re.sub(r"<(style|script)\b.*?</\1>", "", s, flags=re.S)
    s = re.sub(r"</(p|h[1-6]|tr|li|header|footer|div)>", "\n", s)
    s = re.sub(r"<(td|th)\b[^>]*>", " ", s)
    s = re.sub(r"<[^>]+>", "", s)
    return "\n".join(l.strip() for l in html.unescape(s).splitlines() if l.strip())


def doc_text(path):
    if path.endswith(".pdf"):
        return "\n".join(run(["pdftotext"] + mode + [path, "-"]) for mode in (["-layout"], ["-raw"]))
    if path.endswith(".docx"):
        return "\n".join(p["text"] for p in docx_paragraphs(path)) + "\n" + soffice_text(path)
    if path.endswith(".html"):
        return html_text(path)
    return open(path, encoding="utf-8").read()


def word_count(path):
    if path.endswith(".pdf"):
        lines = run(["pdftotext", path, "-"]).splitlines()
    elif path.endswith(".docx"):
        lines = [p["text"] for p in docx_paragraphs(path)]
    elif path.endswith(".html"):
        lines = html_text(path).splitlines()
    else:
        lines = open(path, encoding="utf-8").read().splitlines()
    lines = [l for l in lines if not PAGE_FURNITURE.match(l.replace("\f", ""))]
    return sum(1 for l in lines for tok in l.split() if re.search(r"\w", tok))


# ------------------------------------------------------------------ clause ids derived from each shape
def ids_typed_lines(lines, item_re=None):
    """Section lines 'N. Title' / 'N Title', clause lines 'N.N …' or 'N.N. …', optional items under clauses."""
    ids, clause = set(), None
    for line in lines:
        m = re.match(r"^(\d+)\.\s+\S", line)
        if m and not re.match(r"^\d+\.\d", line):
            ids.add(m.group(1))
            clause = None
            continue
        m = re.match(r"^(\d+\.\d+)\.?\s+\S", line)
        if m:
            ids.add(m.group(1))
            clause = m.group(1)
            continue
        if item_re and clause:
            m = re.match(item_re, line)
            if m:
                ids.add(f"{clause}.{m.group(1)}")
    return ids


def ids_pdf_typed(path):                     # LibreOffice / Chromium / wkhtmltopdf PDFs with typed numbers
    return ids_typed_lines(layout(path).splitlines(), r"^\s+\(([a-z])\)\s")


def ids_paragraphs_de(path):                 # reportlab: '§ 6 Title', '(2) …'
    ids, sec = set(), None
    for line in layout(path).splitlines():
        m = re.match(r"^§ (\d+) \S", line)
        if m:
            sec = m.group(1)
            ids |= {sec, "§ " + sec}
            continue
        m = re.match(r"^\((\d+)\)\s", line)
        if m and sec:
            ids.add(f"{sec}.{m.group(1)}")
    return ids


def ids_docx_typed(path):                    # python-docx, typed '6.2.<tab>', annex 'C.6.', 'D.1.'
    ids = set()
    for p in docx_paragraphs(path):
        t = p["text"]
        m = re.match(r"^(\d+)\. \S", t)
        if m and p["style"] == "Heading1":
            ids.add(m.group(1))
        m = re.match(r"^(\d+\.\d+)\.\t", t)
        if m:
            ids.add(m.group(1))
        m = re.match(r"^([A-D]\.\d+)\.[\t ]", t)
        if m:
            ids.add(m.group(1))
    return ids


def ids_docx_clauses(path):                  # LibreOffice rendering of 'Clause %1' / '%1.%2' / '(%3)'
    ids, clause, sub = set(), None, None
    for line in soffice_text(path).splitlines():
        m = re.match(r"^Clause (\d+)\s+\S", line)
        if m:
            clause, sub = m.group(1), None
            ids.add(clause)
            continue
        m = re.match(r"^(\d+\.\d+)\s{2,}\S", line)
        if m and clause and m.group(1).split(".")[0] == clause:
            sub = m.group(1)
            ids.add(sub)
            continue
        m = re.match(r"^\s+\(([a-z])\)\s", line)
        if m and clause:
            ids.add(f"{sub or clause}.{m.group(1)}")
    return ids


def ids_docx_listnum(path):                  # LibreOffice rendering of '%1.' / '%1.%2.'
    return ids_typed_lines(soffice_text(path).splitlines())


def ids_markdown(path):
    ids = set()
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^## (\d+)\. \S", line)
        if m:
            ids.add(m.group(1))
        m = re.match(r"^(\d+\.\d+) \S", line)
        if m:
            ids.add(m.group(1))
    return ids


def ids_text(path):
    return ids_typed_lines(open(path, encoding="utf-8").read().splitlines())


def ids_html(path):
    return ids_typed_lines(html_text(path).splitlines())


ID_READERS = {"en-quillstream-saas-addendum.pdf": ids_pdf_typed,
              "en-kestrel-scc-2021-915.docx": ids_docx_clauses,
              "da-medlemsnoeglen-standardkontrakt.docx": ids_docx_typed,
              "da-personalekompasset-saas.pdf": ids_pdf_typed,
              "da-skolesnak-autonummerering.docx": ids_docx_listnum,
              "de-mieterportal-avv-altklauseln.pdf": ids_pdf_typed,
              "de-kontorwerk-bcr-paragraphen.pdf": ids_paragraphs_de,
              "sv-tidrapporten-puba.md": ids_markdown,
              "en-fieldnote-business-days.txt": ids_text,
              "no-barnehagepost-alternativer.html": ids_html}


def ref_in_doc(alt, text, ids):
    alt = alt.strip()
    if re.fullmatch(r"¶\d+", alt):
        return True
    if re.fullmatch(r"(§ )?\d+(\.\d+)*(\.[a-z])?|[A-D]\.\d+", alt):
        return alt in ids                                  # a clause number: must be one the document has
    return re.sub(r"\s+", " ", alt).lower() in re.sub(r"\s+", " ", text).lower()


# ------------------------------------------------------------------ shapes
def pdf_info(doc):
    return run(["pdfinfo", doc])


def shape_errors(doc):
    errors = []
    base = os.path.basename(doc)
    if doc.endswith(".pdf"):
        info = pdf_info(doc)
        lay = layout(doc)
        pages = [p for p in run(["pdftotext", "-layout", doc, "-"]).split("\f") if p.strip()]
        if len(pages) < 4:
            errors.append("expected at least four pages")
        secs = re.findall(r"^(\d+)\. [A-ZÄÖÜÆØÅ]", lay, re.M)
        if base == "en-quillstream-saas-addendum.pdf":
            if "LibreOffice" not in info or "Writer" not in info:
                errors.append("not a LibreOffice Writer PDF")
            if len(set(secs) & {str(i) for i in range(1, 17)}) != 16:
                errors.append("expected sections 1-16")
            if len(re.findall(r"^\d+\.\d+\s{2,}\S", lay, re.M)) < 55:
                errors.append("fewer than 55 typed clauses 'N.N'")
            if len(re.findall(r"^\s+\([a-n]\)\s", lay, re.M)) != 14:
                errors.append("expected 14 lettered definitions (a)-(n)")
            for i, p in enumerate(pages, 1):
                if "Quillstream Service Cloud – Data Processing Addendum v4.2" not in p or f"Page {i} of {len(pages)}" not in p:
                    errors.append(f"page {i}: header or 'Page N of M' missing")
        if base == "da-personalekompasset-saas.pdf":
            if "HeadlessChrome" not in info or "Skia/PDF" not in info:
                errors.append("not a headless Chromium PDF")
            if len(set(secs) & {str(i) for i in range(1, 18)}) != 17:
                errors.append("expected sections 1-17")
            for i, p in enumerate(pages, 1):
                if f"Side {i} af {len(pages)}" not in p:
                    errors.append(f"page {i}: 'Side N af M' missing")
        if base == "de-mieterportal-avv-altklauseln.pdf":
            if "wkhtmltopdf" not in info or "Qt" not in info:
                errors.append("not a wkhtmltopdf PDF")
            if len(set(secs) & {str(i) for i in range(1, 15)}) != 14:
                errors.append("expected sections 1-14")
            if re.search(r"Seite \d+ von", lay):
                errors.append("unexpected page furniture (unpatched Qt prints none)")
        if base == "de-kontorwerk-bcr-paragraphen.pdf":
            if "ReportLab" not in info:
                errors.append("not a reportlab PDF")
            if len(re.findall(r"^§ \d+ [A-ZÄÖÜ]", lay, re.M)) != 16:
                errors.append("expected 16 '§ N' headings")
            if len(re.findall(r"^\(\d+\)\s", lay, re.M)) < 35:
                errors.append("fewer than 35 '(n)' paragraphs")
            for i, p in enumerate(pages, 1):
                if f"Seite {i} von {len(pages)}" not in p:
                    errors.append(f"page {i}: 'Seite N von M' missing")
    if doc.endswith(".docx"):
        paras = docx_paragraphs(doc)
        z = zipfile.ZipFile(doc)
        body = z.read("word/document.xml").decode("utf-8")
        app = z.read("docProps/app.xml").decode("utf-8") if "docProps/app.xml" in z.namelist() else ""
        if base in ("en-kestrel-scc-2021-915.docx", "da-skolesnak-autonummerering.docx"):
            if "LibreOffice" not in app:
                errors.append("not saved by LibreOffice")
            if "<w:numPr>" not in body:
                errors.append("no Word list numbering")
            numbering = z.read("word/numbering.xml").decode("utf-8")
            lay = soffice_text(doc)
            if base == "en-kestrel-scc-2021-915.docx":
                if "Clause %1" not in numbering:
                    errors.append("numbering.xml lacks 'Clause %1'")
                if any(re.match(r"\s*(Clause \d|\d+\.\d|\([a-z]\))", p["text"]) for p in paras):
                    errors.append("a number is typed in the text")
                heads = re.findall(r"^Clause (\d+)\s", lay, re.M)
                if heads != [str(i) for i in range(1, 20)]:
                    errors.append(f"rendered clause headings {heads}")
                subs = re.findall(r"^(\d+\.\d+)\s{2,}[A-Z]", lay, re.M)
                if subs != ["7.1", "7.2", "7.3", "7.4", "7.5", "7.6", "7.7", "7.8", "9.1", "9.2"]:
                    errors.append(f"rendered sub-clauses {subs}")
                if len(re.findall(r"^\s+\([a-f]\)\s", lay, re.M)) < 35:
                    errors.append("fewer than 35 rendered '(a)' items")
            else:
                if any(re.match(r"\s*\d", p["text"]) for p in paras if p["num"]):
                    errors.append("a number is typed in a numbered paragraph")
                heads = re.findall(r"^(\d+)\.\s+[A-ZÆØÅ]", lay, re.M)
                if heads != [str(i) for i in range(1, 17)]:
                    errors.append(f"rendered headings {heads}")
                if len(re.findall(r"^\d+\.\d+\.\s", lay, re.M)) < 35:
                    errors.append("fewer than 35 rendered 'N.N.' clauses")
        if base == "da-medlemsnoeglen-standardkontrakt.docx":
            if "<w:numPr>" in body:
                errors.append("numbers must be typed, not list numbering")
            if len([p for p in paras if p["style"] == "Heading1"]) != 18:
                errors.append("expected 14 section + 4 annex Heading 1 paragraphs")
            if len([p for p in paras if p["style"] == "Heading2"]) != 15:
                errors.append("expected 15 annex sub-headings (A.1-A.5, B.1-B.2, C.1-C.8)")
            if len([p for p in paras if re.match(r"^\d+\.\d+\.\t", p["text"])]) < 40:
                errors.append("fewer than 40 typed clauses 'N.N.<tab>'")
            if "[ANGIV TIDSPERIODE]" not in body:
                errors.append("placeholder missing")
    if doc.endswith(".md"):
        text = open(doc, encoding="utf-8").read()
        heads = re.findall(r"^## (\d+)\. ", text, re.M)
        if heads != [str(i) for i in range(1, 15)] or "## Bilaga 1 – " not in text:
            errors.append(f"headings {heads}")
        if re.search(r"^\d+\. ", text, re.M) or re.search(r"^[-*] ", text, re.M):
            errors.append("a Markdown list item")
        if "|---|---|" not in text:
            errors.append("signature pipe table missing")
    if doc.endswith(".txt"):
        raw = open(doc, "rb").read()
        if raw.startswith(b"\xef\xbb\xbf") or raw.count(b"\n") != raw.count(b"\r\n"):
            errors.append("expected CRLF everywhere and no BOM")
        lines = raw.decode("utf-8").split("\r\n")
        if max(len(l) for l in lines) < 400:
            errors.append("expected unwrapped paragraphs (a line of 400+ characters)")
        heads = [m.group(1) for l in lines for m in [re.match(r"^(\d+)\. [A-Z' -]+$", l)] if m]
        if heads != [str(i) for i in range(1, 18)]:
            errors.append(f"caps headings {heads}")
    if doc.endswith(".html"):
        s = open(doc, encoding="utf-8").read()
        if '<meta charset="utf-8">' not in s or "<ol" in s:
            errors.append("expected UTF-8 meta and no <ol>")
        if len(re.findall(r"<h2>\d+\. ", s)) != 15 or len(re.findall(r'<h2 class="annex">Vedlegg \d', s)) != 3:
            errors.append("expected 15 numbered <h2> and 3 Vedlegg headings")
    return errors


# ------------------------------------------------------------------ attributes <-> findings
def consistency_errors(g):
    errors = []
    a = g["attributes"]
    req = {r["id"] for r in g["findings_required"]}
    forb = set(g["findings_forbidden"])

    def need(cond, fid, why):
        if cond and fid not in req:
            errors.append(f"{why} but {fid} is not required")
        if not cond and fid in req:
            errors.append(f"{fid} required but not ({why})")

    b = a.get("breach_notification", {})
    if "deadline_hours" in b:
        need(b["deadline_hours"] is not None and b["deadline_hours"] > 72, "breach_deadline_over_72h", "deadline > 72")
        need(b["deadline_hours"] is None and b.get("without_undue_delay") is True, "breach_no_deadline",
             "no deadline, only without undue delay")
    s = a.get("sub_processors", {})
    if "objection_right" in s:
        need(s["objection_right"] == "restricted", "sub_processor_objection_restricted", "objection restricted")
    if "flow_down" in s and "sub_processors" in g["categories_present"]:
        need(s["flow_down"] is False, "sub_processor_no_flow_down", "flow_down false")
    if "listed" in s and "authorisation" in s:
        need(s["listed"] is None and s["authorisation"] in ("general", "both"), "sub_processor_list_missing",
             "general authorisation without a list")
    if "authorisation" in s:
        need(s["authorisation"] == "both", "conflicting_options", "authorisation both")
    t = a.get("transfers", {})
    if "stance" in t:
        need(t["stance"] == "general_authorisation", "transfer_general_authorisation", "stance general_authorisation")
    if "mechanism" in t and t.get("stance") in ("listed", "general_authorisation"):
        need(t["mechanism"] is None, "transfer_without_mechanism", "transfers allowed, mechanism null")
    d = a.get("deletion_return", {})
    if "trigger" in d:
        need(d["trigger"] == "on_request", "deletion_on_request_only", "trigger on_request")
    au = a.get("audits", {})
    if "notice_days" in au and "cost_bearer" in au:
        need((au["notice_days"] or 0) > 30 or au["cost_bearer"] == "controller", "audit_restricted",
             "audit notice > 30 days or controller pays")
    c = a.get("costs", {})
    if "assistance_paid" in c:
        need(c["assistance_paid"] is True, "assistance_paid", "assistance_paid true")
    o = a.get("processor_own_use", {})
    if "anonymisation" in o:
        need(o["anonymisation"] is True, "processor_anonymisation_reuse", "anonymisation true")
    for fid in req & forb:
        errors.append(f"{fid} required and forbidden")
    return errors


def check(gold_path, cats, attrs, finds, tax_text):
    errors = []
    g = json.load(open(gold_path, encoding="utf-8"))
    base = os.path.splitext(os.path.basename(gold_path))[0]
    if list(g.keys()) != KEYS:
        errors.append(f"keys {list(g.keys())}")
    if g.get("language") not in LANGS:
        errors.append(f"language {g.get('language')}")
    doc = os.path.join(SET, g["document"])
    if os.path.splitext(g["document"])[0] != base or not os.path.exists(doc):
        errors.append(f"document {g['document']} missing or misnamed")
        return errors, g, None
    text = doc_text(doc)
    ids = ID_READERS[g["document"]](doc)
    errors += shape_errors(doc)
    errors += consistency_errors(g)
    for cat, refs in g["categories_present"].items():
        if cat not in cats:
            errors.append(f"unknown category {cat}")
        for ref in refs:
            for alt in ref.split("|"):
                if not ref_in_doc(alt, text, ids):
                    errors.append(f"{cat}: citation '{alt}' not found")
    for cat in g["categories_absent"]:
        if cat not in cats:
            errors.append(f"unknown absent category {cat}")
        if cat in g["categories_present"]:
            errors.append(f"{cat} both present and absent")
    for cat, av in g["attributes"].items():
        if cat not in attrs:
            errors.append(f"no attributes for {cat}")
            continue
        for name, val in av.items():
            if name not in attrs[cat]:
                errors.append(f"unknown attribute {cat}.{name}")
            if (cat, name) in ENUMS and val not in ENUMS[(cat, name)]:
                errors.append(f"bad enum {cat}.{name}={val}")
            if (cat, name) == ("audits", "form") and not set(val) <= FORMS:
                errors.append(f"bad audit form {val}")
            if isinstance(val, str) and (cat, name) in ENUMS and f"`{val}`" not in tax_text:
                errors.append(f"enum value {val} not in taxonomy text")
    flat = re.sub(r"\s+", " ", text).lower()
    for e in (g["attributes"].get("sub_processors") or {}).get("listed") or []:
        if e["name"].lower() not in flat:
            errors.append(f"listed name {e['name']} not in text")
        if e.get("location") and e["location"].lower() not in flat:
            errors.append(f"listed location {e['location']} not in text")

    def valid_fid(fid):
        if fid.startswith("missing_required:"):
            c = fid.split(":", 1)[1]
            return c == "*" or c in cats
        return fid in finds

    req = []
    for r in g["findings_required"]:
        fid = r["id"]
        req.append(fid)
        if not valid_fid(fid):
            errors.append(f"unknown finding {fid}")
        if fid.startswith("missing_required:"):
            if r.get("clause"):
                errors.append(f"{fid} should have no clause")
            if fid.split(":", 1)[1] not in g["categories_absent"]:
                errors.append(f"{fid} but the category is not in categories_absent")
        elif not r.get("clause"):
            errors.append(f"finding {fid} without clause")
        for alt in (r.get("clause") or "").split("|"):
            if alt and not ref_in_doc(alt, text, ids):
                errors.append(f"finding {fid}: citation '{alt}' not found")
    for fid in g["findings_forbidden"]:
        if not valid_fid(fid):
            errors.append(f"unknown forbidden finding {fid}")
        for r in req:
            if r == fid or (fid.endswith("*") and r.startswith(fid[:-1])):
                errors.append(f"{r} both required and forbidden")
    decided = set(req) | set(g["findings_forbidden"])
    for fid in sorted(finds):
        if fid.startswith("missing_required"):
            continue
        if fid not in decided and fid not in json.dumps(g["notes"]):
            errors.append(f"finding {fid} neither required nor forbidden, and the notes do not say why")
    if not any(f.startswith("missing_required") for f in decided):
        errors.append("missing_required:* neither required nor forbidden")
    return errors, g, word_count(doc)


def synthetic(g):
    clauses, seen = [], set()

    def cid(ref):
        alt = ref.split("|")[0]
        if alt not in seen:
            seen.add(alt)
            clauses.append({"id": alt, "heading": alt, "text": "", "span": [0, 0], "categories": ["background"]})
        return alt

    report_cats = {}
    for cat, refs in g["categories_present"].items():
        report_cats[cat] = {"present": True, "clauses": [cid(r) for r in refs], "attributes": {}}
    for cat, av in g["attributes"].items():
        report_cats.setdefault(cat, {"present": False, "clauses": [], "attributes": {}})["attributes"] = dict(av)
    findings = []
    for r in g["findings_required"]:
        cl = [cid(r["clause"])] if r.get("clause") else []
        findings.append({"id": r["id"], "severity": "info", "clauses": cl, "message": {"da": "", "en": ""},
                         "evidence": [], "anchor": ""})
    return {"schema": "klausul.analysis/1", "engine": {"name": "synthetic", "version": "0"},
            "document": {"name": g["document"], "sha256": "", "format": g["document"].rsplit(".", 1)[1],
                         "language": g["language"], "chars": 0, "warnings": []},
            "clauses": clauses, "categories": report_cats, "findings": findings}


def main():
    tax_text, cats, attrs, finds = taxonomy()
    ok = True
    golds = sorted(glob.glob(os.path.join(SET, "*.json")))
    covered = set()
    total_req = 0
    for gold in golds:
        errors, g, words = check(gold, cats, attrs, finds, tax_text)
        covered |= {r["id"] if not r["id"].startswith("missing_required:") else "missing_required:<category>"
                    for r in g["findings_required"]}
        total_req += len(g["findings_required"])
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
            json.dump(synthetic(g), f, ensure_ascii=False)
        res = subprocess.run([sys.executable, SCORE, "analysis", f.name, gold], capture_output=True, text=True)
        os.unlink(f.name)
        if res.returncode != 0:
            errors.append("score.py on synthetic report: " + res.stdout.strip().replace("\n", " | "))
        last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else "?"
        print(f"{os.path.basename(gold)}: {'OK' if not errors else 'ERRORS'} "
              f"({words} words, {len(g['findings_required'])} required; score.py: {last})")
        for e in errors:
            print("   ", e)
        ok = ok and not errors
    if len(golds) != 10:
        print(f"expected 10 gold files, found {len(golds)}")
        ok = False
    if covered != finds:
        print(f"finding ids never required: {sorted(finds - covered)}")
        ok = False
    print(f"{len(golds)} gold files, {total_req} required findings, "
          f"{len(covered)}/{len(finds)} finding ids required at least once")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
