#!/usr/bin/env python3
"""Check the blind-12 gold files against the taxonomy, their documents and score.py
(adapted from tests/blind-10/src/check_gold.py; standard library + pdftotext, pdfinfo, qpdf, soffice).

For each <name>.json: keys as in blind-10; category ids, attribute names, enum values and finding ids
from shared/spec/taxonomy.md; no finding both required and forbidden; missing_required:<cat> has no clause
and its category absent; every finding id required or forbidden (or explained in the notes); every cited
clause number is one of the ids THIS script derives from the document's own structure, and every cited word
reference occurs in the text; listed sub-processor names and locations occur in the text; attributes and
findings agree; score.py accepts a synthetic report built from the gold with every check passed. It also
checks each document's shape and producer, and prints word counts. It never runs the engine.
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
from html.parser import HTMLParser

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
ROMAN = {r: i for i, r in enumerate("I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI".split(), 1)}
FURNITURE = re.compile(
    r"^\s*(Larchmont Cloud Solutions Limited – Data Processing Agreement v5\.0|Page \d+ of \d+|Side \d+ af \d+|"
    r"Seite \d+ von \d+|Stensby Kommune · Databehandleraftale Plejeplan · J\.nr\. 27\.03\.00-G01-112-25|"
    r"Quarrystone Labs, Inc\. – Data Processing Addendum \(Rev\. 2025-09\)|"
    r"PUB-avtal Klarälvens Padelcenter AB – Bokapp Norden AB\s+Sida \d+ \(\d+\))\s*$")


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


def clean(s):
    """Soft hyphens out, hyphenated line ends joined (for word look-ups only)."""
    s = s.replace("\u00ad\u2010\n", "").replace("\u00ad", "")
    return s


def layout(path):
    return clean(run(["pdftotext", "-layout", path, "-"]).replace("\f", "\n"))


# ------------------------------------------------------------------ readers
def docx_paragraphs(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):
        ppr = p.find(W + "pPr")
        num = None
        if ppr is not None and ppr.find(W + "numPr") is not None:
            num = ppr.find(W + "numPr").find(W + "numId").get(W + "val")
        text = "".join((t.text or "") if t.tag == W + "t" else "\t"
                       for r in p.iter(W + "r") for t in r if t.tag in (W + "t", W + "tab"))
        out.append({"num": num, "text": text})
    return out


_rendered = {}


def soffice_text(path):
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
    s = re.sub(r"</(p|h[1-6]|tr|li|div|nav|aside|footer|button)>|<(li|ol|ul)\b[^>]*>", "\n", s)
    s = re.sub(r"<(td|th)\b[^>]*>", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return "\n".join(re.sub(r"\s+", " ", l).strip() for l in html.unescape(s).splitlines() if l.strip())


def doc_text(path):
    if path.endswith(".pdf"):
        return clean("\n".join(run(["pdftotext"] + m + [path, "-"]) for m in (["-layout"], ["-raw"])))
    if path.endswith(".docx"):
        return "\n".join(p["text"] for p in docx_paragraphs(path)) + "\n" + soffice_text(path)
    if path.endswith(".html"):
        return html_text(path)
    return open(path, encoding="utf-8").read()


def word_count(path):
    if path.endswith(".pdf"):
        lines = clean(run(["pdftotext", path, "-"])).splitlines()
    elif path.endswith(".docx"):
        lines = [p["text"] for p in docx_paragraphs(path)]
    elif path.endswith(".html"):
        lines = html_text(path).splitlines()
    else:
        lines = open(path, encoding="utf-8").read().splitlines()
    lines = [l for l in lines if not FURNITURE.match(l.replace("\f", ""))]
    return sum(1 for l in lines for tok in l.split() if re.search(r"\w", tok))


# ------------------------------------------------------------------ clause ids from each shape
def ids_typed_lines(lines):
    """'7.' / 'Ziffer 7' / '7)' sections, '7.4' / '7.4.' clauses, '7.4.1' sub-clauses, '(a)' / 'a)' / 'a.' items,
    'C.4.' / 'D.1.' annex paragraphs."""
    ids, sec, clause = set(), None, None
    for line in lines:
        s = line.strip()
        m = re.match(r"^(?:Ziffer )?(\d+)(?:\.|\))?\s+\S", s) if not re.match(r"^\d+\.\d", s) else None
        if m and (line[:1] != " " or s.startswith("Ziffer")) and len(m.group(1)) <= 2:
            sec = m.group(1)
            ids.add(sec)
            clause = sec
            continue
        m = re.match(r"^(\d+\.\d+(?:\.\d+)?)\.?\s+\S", s)
        if m:
            ids.add(m.group(1))
            clause = m.group(1)
            continue
        m = re.match(r"^([A-D]\.\d+)\.\s", s)
        if m:
            ids.add(m.group(1))
            continue
        m = re.match(r"^(?:\(([a-z]{1,4})\)|([a-z])[.)])\s", s)
        if m and clause:
            lab = m.group(1) or m.group(2)
            if lab in ("i", "ii", "iii", "iv", "v") and any(x.startswith(clause + ".") and x.count(".") > clause.count(".") for x in ids):
                parent = sorted(x for x in ids if x.startswith(clause + ".") and re.search(r"\.[a-h]$", x))
                if parent:
                    ids.add(f"{parent[-1]}.{lab}")
                    continue
            ids.add(f"{clause}.{lab}")
    return ids


def ids_pdf(path):
    return ids_typed_lines(layout(path).splitlines())


def ids_docx(path):
    return ids_typed_lines(soffice_text(path).splitlines())


def ids_text(path):
    return ids_typed_lines(open(path, encoding="utf-8").read().splitlines())


def ids_markdown(path):
    return {m.group(1) for m in re.finditer(r"^## (\d+) \S", open(path, encoding="utf-8").read(), re.M)}


def ids_roman(path):
    ids = set()
    for line in layout(path).splitlines():
        m = re.match(r"^([IVX]+)\. \S", line.strip())
        if m and m.group(1) in ROMAN:
            ids |= {m.group(1), str(ROMAN[m.group(1)])}
        m = re.match(r"^(\d+\.\d+)\s", line.strip())
        if m:
            ids.add(m.group(1))
    return ids


class OlIds(HTMLParser):
    """Ids of <li> items of nested <ol> lists inside <main> (1, 1.2, 1.2.a, 1.2.a.i)."""
    def __init__(self):
        super().__init__()
        self.stack, self.ids, self.in_main = [], set(), False

    def handle_starttag(self, tag, attrs):
        if tag == "main":
            self.in_main = True
        if not self.in_main:
            return
        if tag == "ol":
            self.stack.append([dict(attrs).get("type", "1"), 0])
        elif tag == "li" and self.stack:
            self.stack[-1][1] += 1
            parts = []
            for typ, n in self.stack:
                parts.append(str(n) if typ == "1" else "abcdefghijklmnop"[n - 1] if typ == "a" else
                             ["i", "ii", "iii", "iv", "v", "vi", "vii"][n - 1])
            self.ids.add(".".join(parts))

    def handle_endtag(self, tag):
        if tag == "ol" and self.stack:
            self.stack.pop()
        if tag == "main":
            self.in_main = False


def ids_html(path):
    p = OlIds()
    p.feed(open(path, encoding="utf-8").read())
    return p.ids


ID_READERS = {"en-larchmont-engage-encrypted.pdf": ids_pdf,
              "en-wavecrest-trust-center-ol.html": ids_html,
              "en-keyfold-uk-schedules.docx": ids_docx,
              "en-quarrystone-us-addendum.pdf": ids_pdf,
              "da-stensby-kommune-hyphenated.pdf": ids_pdf,
              "da-foreningsfabrikken-autonummer.docx": ids_docx,
              "da-pixelhuset-email.txt": ids_text,
              "de-formkraft-avv-ziffern.pdf": ids_pdf,
              "no-fjordvik-kommune-vedlegg.md": ids_markdown,
              "sv-bokapp-pub-romerska.pdf": ids_roman}


def ref_in_doc(alt, text, ids):
    alt = alt.strip()
    if re.fullmatch(r"¶\d+", alt):
        return True
    if re.fullmatch(r"\d+(\.\d+)*(\.[a-z]{1,4})*|[A-D]\.\d+|[IVX]+", alt):
        return alt in ids
    return re.sub(r"\s+", " ", alt).lower() in re.sub(r"\s+", " ", text).lower()


# ------------------------------------------------------------------ shapes
def pages_of(doc):
    return [p for p in run(["pdftotext", "-layout", doc, "-"]).split("\f") if p.strip()]


def shape_errors(doc):
    e = []
    base = os.path.basename(doc)
    if doc.endswith(".pdf"):
        info = run(["pdfinfo", doc])
        pages = pages_of(doc)
        lay = layout(doc)
        secs = set(re.findall(r"^(\d+)\. [A-ZÆØÅ]", lay, re.M))
        if base.startswith("en-larchmont"):
            enc = run(["qpdf", "--show-encryption", doc])
            if "User password = \n" not in enc + "\n" or "extract for any purpose: not allowed" not in enc \
                    or "print high resolution: not allowed" not in enc or "R = 6" not in enc:
                e.append("expected AES-256 encryption, empty user password, no printing/extraction")
            if "Skia/PDF" not in info:
                e.append("not a Chromium PDF")
            if secs != {str(i) for i in range(1, 18)}:
                e.append(f"sections {sorted(secs, key=int)}")
            if len(re.findall(r"^\s+\d+\.\d+\.\d+\s", lay, re.M)) < 6:
                e.append("fewer than six three-level clauses")
            for i, p in enumerate(pages, 1):
                if "Larchmont Cloud Solutions Limited – Data Processing Agreement v5.0" not in p or f"Page {i} of {len(pages)}" not in p:
                    e.append(f"page {i}: running header or 'Page N of M' missing")
            for w in ("A. List of parties", "B. Description", "Categories of data subjects", "Categories of personal data",
                      "Frequency of the transfer", "Retention period"):
                if w not in lay:
                    e.append(f"Annex I lacks '{w}'")
        if base.startswith("da-stensby"):
            raw = run(["pdftotext", "-layout", doc, "-"])
            if "Skia/PDF" not in info:
                e.append("not a Chromium PDF")
            if raw.count("\u00ad\u2010\n") < 30:
                e.append("fewer than 30 hyphenated line ends")
            if secs != {str(i) for i in range(1, 15)}:
                e.append(f"sections {sorted(secs, key=int)}")
            for i, p in enumerate(pages, 1):
                if "J.nr. 27.03.00-G01-112-25" not in p or f"Side {i} af {len(pages)}" not in p:
                    e.append(f"page {i}: header with journal number or 'Side N af M' missing")
        if base.startswith("en-quarrystone") or base.startswith("de-formkraft"):
            if "LibreOffice" not in info or "Writer" not in info:
                e.append("not a LibreOffice Writer PDF")
        if base.startswith("en-quarrystone"):
            if secs != {str(i) for i in range(1, 17)}:
                e.append(f"sections {sorted(secs, key=int)}")
            if "CCPA" not in lay or "Sell or Share" not in lay:
                e.append("CCPA section missing")
        if base.startswith("de-formkraft"):
            z = set(re.findall(r"^Ziffer (\d+) ", lay, re.M))
            if z != {str(i) for i in range(1, 15)}:
                e.append(f"Ziffer headings {z}")
            for i, p in enumerate(pages, 1):
                if f"Seite {i} von {len(pages)}" not in p:
                    e.append(f"page {i}: 'Seite N von M' missing")
        if base.startswith("sv-bokapp"):
            if "ReportLab" not in info:
                e.append("not a reportlab PDF")
            heads = re.findall(r"^\s*([IVX]+)\. [A-ZÅÄÖ]", lay, re.M)
            if heads != list(ROMAN)[:14]:
                e.append(f"roman headings {heads}")
            for i, p in enumerate(pages, 1):
                if f"Sida {i} ({len(pages)})" not in p:
                    e.append(f"page {i}: 'Sida N (M)' missing")
    if doc.endswith(".docx"):
        z = zipfile.ZipFile(doc)
        body = z.read("word/document.xml").decode("utf-8")
        numbering = z.read("word/numbering.xml").decode("utf-8")
        paras = docx_paragraphs(doc)
        lay = soffice_text(doc)
        if any(p["num"] and re.match(r"\s*(\d|\([a-z]+\)|[a-z]\))", p["text"]) for p in paras):
            e.append("a number is typed in a numbered paragraph")
        if base.startswith("en-keyfold"):
            for lv in ('w:val="%1."', 'w:val="%1.%2"', 'w:val="(%3)"', 'w:val="(%4)"', 'w:val="lowerRoman"'):
                if lv not in numbering:
                    e.append(f"numbering.xml lacks {lv}")
            heads = re.findall(r"^(\d+)\.\s+[A-Z]", lay, re.M)
            if heads != [str(i) for i in range(1, 17)]:
                e.append(f"rendered headings {heads}")
            if not re.search(r"^\s+\(i\)\s", lay, re.M):
                e.append("no rendered roman item")
        if base.startswith("da-forenings"):
            if "startOverride" not in numbering or 'w:val="%1.%2."' not in numbering:
                e.append("numbering.xml lacks the restart or '%1.%2.'")
            heads = re.findall(r"^(\d+)\.\s+[A-ZÆØÅ]", lay, re.M)
            if heads[:17] != [str(i) for i in range(1, 18)]:
                e.append(f"rendered headings {heads}")
            if "[KUNDENS CVR-NR.]" not in body:
                e.append("placeholder missing")
    if doc.endswith(".html"):
        s = open(doc, encoding="utf-8").read()
        if '<ol type="a">' not in s or "Accept all" not in s or "<nav" not in s or "<footer" not in s:
            e.append("expected nested lettered lists, cookie banner, nav and footer")
        if re.search(r"<li>(<h2>)?\s*\(?\d+[.)]", s):
            e.append("a typed number in a list item")
        if len(re.findall(r"<li><h2>", s)) != 16:
            e.append("expected 16 top-level sections")
    if doc.endswith(".txt"):
        t = open(doc, encoding="utf-8").read()
        heads = re.findall(r"^(\d+)\) \S", t, re.M)
        if heads != [str(i) for i in range(1, 11)] or "Med venlig hilsen" not in t or re.search(r"^>", t, re.M):
            e.append(f"expected items 1)-10), 'Med venlig hilsen', no '>' prefixes ({heads})")
    if doc.endswith(".md"):
        t = open(doc, encoding="utf-8").read()
        heads = re.findall(r"^## (\d+) ", t, re.M)
        if heads != [str(i) for i in range(1, 17)] or re.search(r"^## \d+\.", t, re.M):
            e.append(f"headings {heads}")
        if len(re.findall(r"^## Vedlegg [ABC] ", t, re.M)) != 3:
            e.append("expected Vedlegg A-C")
    return e


# ------------------------------------------------------------------ attributes <-> findings (as blind-10)
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
    if "flow_down" in s:
        need(s["flow_down"] is False, "sub_processor_no_flow_down", "flow_down false")
    if "listed" in s and "authorisation" in s:
        need(s["listed"] is None and s["authorisation"] in ("general", "both"), "sub_processor_list_missing",
             "general authorisation without a list")
        if s["listed"]:
            need(any(not x.get("location") or not x.get("name") for x in s["listed"]), "sub_processor_list_incomplete",
                 "a listed entry lacks name or location")
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
        return [f"document {g['document']} missing or misnamed"], g, None
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
    covered, total_req = set(), 0
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
