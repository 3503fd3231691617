#!/usr/bin/env python3
"""Check the blind-15 gold files against the taxonomy, their documents and score.py
(adapted from tests/blind-13/src/check_gold.py; standard library + pdftotext, pdfinfo, soffice).
blind-15: annex prefixes (Schedule N, Bilag X, Anlage N) on clause ids, letter-number annex items (C.6),
Word automatic numbering read from a LibreOffice rendering, a plain-text document with no numbers.

For each <name>.json: keys as in blind-12; category ids, attribute names, enum values and finding ids
from shared/spec/taxonomy.md; no finding both required and forbidden; missing_required:<cat> has no clause
and its category absent; every finding id required or forbidden (or explained in the notes); every cited
clause number is one of the ids THIS script derives from the document's own structure ('Clause 7' / '7.7.'
headings, typed numbers, 'Bilag 4' prefix after the annex heading, first table column, '§ N' headings),
and every cited word reference occurs in the text; listed sub-processor names and locations occur in the
text; attributes and findings agree; score.py accepts a synthetic report built from the gold with every
check passed. It also checks each document's shape and producer, and prints word counts. It never runs
the engine.
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
FURNITURE = re.compile(
    r"^\s*(Corvane, Inc\. · Customer Data Processing Addendum v3\.2|Public – Corvane Legal|DPA v3\.2 \(March 2026\)|"
    r"Databehandleraftale · Fjordlys Boligadministration A/S / Pladsbooking Nordic ApS|"
    r"Kellerhaus Versand GmbH · Auftragsverarbeitungsvertrag Veltrix Commerce Inc\.|"
    r"Quillmoor Data Services Limited – Data Processing Agreement \(Brenwick Rewards\)|"
    r"Side \d+ af \d+|Sida \d+ av \d+|Seite \d+ von \d+|Page \d+ of \d+|"
    r"Corvane, Inc\. · Customer Data Processing Addendum v3\.2\s+Public – Corvane Legal|"
    r"DPA v3\.2 \(March 2026\)\s+Page \d+ of \d+)\s*$")
GENERIC = re.compile(r"\b(provider|platform|hosting provider|leverandør|contractor|various)\b", re.I)


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
def ids_lines(lines, annex=None):
    """'Clause 7' / 'Klausel 7' / 'Section 7.' / '§ 7' / '7.' headings, '7.7' / '7.7.' clauses, 'a)' / '(a)' items
    under the last clause, letter-number annex items 'C.6'; after a line matching the regex `annex` (an annex
    heading such as 'Schedule 1 – …', 'Bilag E – …'), numbers get that annex's label as prefix ('Bilag E 9')."""
    ids, clause, prefix = set(), None, ""
    for line in lines:
        s = line.strip()
        if annex:
            m = re.match(annex, s)
            if m:
                prefix = m.group(1) + " "
                ids.add(m.group(1))
                continue
        m = re.match(r"^([A-E]\.\d+)\.?\s+\S", s)
        if m:
            ids.add(m.group(1))
            ids.add(prefix + m.group(1))
            clause = prefix + m.group(1)
            continue
        m = re.match(r"^(?:Clause |Klausel |Section |§ )?(\d{1,2})(?:\.)?(?:\s+\S|$)", s)
        if m and not re.match(r"^\d+\.\d", s) and (line[:1] != " " or re.match(r"^(Clause|Klausel|Section|§)", s)):
            clause = prefix + m.group(1)
            ids.add(clause)
            continue
        m = re.match(r"^(\d+\.\d+(?:\.\d+)?)\.?\s+\S", s)
        if m:
            clause = prefix + m.group(1)
            ids.add(clause)
            continue
        m = re.match(r"^(?:\(([a-z])\)|([a-z])\))\s", s)
        if m and clause:
            ids.add(f"{clause}.{m.group(1) or m.group(2)}")
    return ids


def ids_pdf(path, annex=None):
    return ids_lines(layout(path).splitlines(), annex)


def ids_docx(path, annex=None):
    return ids_lines((p["text"] for p in docx_paragraphs(path)), annex)


def ids_rendered(path, annex=None):
    """Word automatic numbering: the numbers exist only in the rendering (LibreOffice -> pdftotext)."""
    return ids_lines(soffice_text(path).splitlines(), annex)


def ids_table(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    ids = set()
    for tr in root.iter(W + "tr"):
        first = tr.find(W + "tc")
        t = "".join(x.text or "" for x in first.iter(W + "t")).strip()
        if re.fullmatch(r"\d+(\.\d+)?", t):
            ids.add(t)
    return ids


def ids_html(path):
    ids = set()
    for m in re.finditer(r"<h2>§ (\d+) ", open(path, encoding="utf-8").read()):
        ids.add(m.group(1))
    return ids


SCHED = r"^(Schedule \d)\s+–"
ID_READERS = {"en-corvane-saas-dpa-scc.pdf": lambda p: ids_pdf(p, SCHED),
              "en-harrowgate-uk-addendum-scc.docx": lambda p: ids_docx(p, SCHED),
              "en-quillmoor-dpf-schedules.pdf": lambda p: ids_pdf(p, SCHED),
              "da-fjordlys-databehandleraftale-bilag-e.pdf": lambda p: ids_pdf(p, r"^(Bilag [A-E])\s+–"),
              "sv-norrsken-autonumrering.docx": lambda p: ids_rendered(p, r"^(Bilaga \d)\s+–"),
              "de-kellerhaus-avv-modul2.pdf": lambda p: ids_pdf(p, r"^(Anlage \d)\s+–"),
              "no-fjellvoll-uten-nummer.txt": lambda p: set()}


def ref_in_doc(alt, text, ids):
    alt = alt.strip()
    if re.fullmatch(r"¶\d+", alt):
        return True
    if re.fullmatch(r"((Schedule|Bilag|Bilaga|Anlage) \w+ )?(\d+|[A-E]\.\d+)(\.\d+)*(\.[a-z]{1,4})*", alt):
        return alt in ids
    if re.fullmatch(r"(Clause|Klausel|Section|§) \d+", alt):
        return alt.split()[1] in ids and alt.lower() in re.sub(r"\s+", " ", text).lower()
    return re.sub(r"\s+", " ", alt).lower() in re.sub(r"\s+", " ", text).lower()


# ------------------------------------------------------------------ shapes
def pages_of(doc):
    return [p for p in run(["pdftotext", "-layout", doc, "-"]).split("\f") if p.strip()]


def shape_errors(doc):
    """Each document keeps the shape the README promises."""
    e = []
    base = os.path.basename(doc)
    if doc.endswith(".pdf"):
        info = run(["pdfinfo", doc])
        pages = pages_of(doc)
        lay = layout(doc)
        flat = re.sub(r"\s+", " ", lay)
        producer = {"en-corvane": "Skia/PDF", "da-fjordlys": "Skia/PDF", "en-quillmoor": "LibreOffice",
                    "de-kellerhaus": "ReportLab"}[base.split("-")[0] + "-" + base.split("-")[1]]
        if producer not in info:
            e.append(f"producer is not {producer}")
        foot, head = {"en-corvane": ("Page {i} of {n}", "Corvane, Inc. · Customer Data Processing Addendum v3.2"),
                      "da-fjordlys": ("Side {i} af {n}", "Databehandleraftale · Fjordlys Boligadministration"),
                      "en-quillmoor": ("Page {i} of {n}", "Quillmoor Data Services Limited – Data Processing Agreement"),
                      "de-kellerhaus": ("Seite {i} von {n}", "Kellerhaus Versand GmbH · Auftragsverarbeitungsvertrag")}[
            base.split("-")[0] + "-" + base.split("-")[1]]
        for i, p in enumerate(pages, 1):
            if foot.format(i=i, n=len(pages)) not in p or head not in p:
                e.append(f"page {i}: running header or '{foot}' missing")
        if base.startswith("en-corvane"):
            heads = re.findall(r"^Section (\d+)\. ", lay, re.M)
            if heads != [str(i) for i in range(1, 17)]:
                e.append(f"sections {heads}")
            if not all(f"Clause {i} –" in flat for i in range(1, 19) if i != 0) or "OPTION 1" in flat or "[" in flat:
                e.append("expected Clauses 1-18, only Option 2, no bracket")
            if not all(x in flat for x in ("Section 7.3(b)", "Clause 8.6(c)", "Annex I.A", "Annex I.C", "Annex III – List of sub-processors", "India")):
                e.append("cross-references or annexes missing")
        if base.startswith("da-fjordlys"):
            heads = re.findall(r"^(\d+)\. [A-ZÆØÅ]", lay, re.M)
            if heads != [str(i) for i in range(1, 15)]:
                e.append(f"sections {heads}")
            if not all(f"Bilag {x} –" in flat for x in "ABCDE") or not all(f"C.{i}" in flat for i in range(1, 9)):
                e.append("Bilag A-E or C.1-C.8 missing")
            if flat.count("[Specify time period]") != 2 or "OPTION 1: PRIOR SPECIFIC" not in flat or "OPTION 2: GENERAL" not in flat:
                e.append("Bilag E Clause 9 should keep both options with two blanks")
        if base.startswith("en-quillmoor"):
            heads = re.findall(r"^(\d+)\. [A-Z]", lay, re.M)
            if heads[:13] != [str(i) for i in range(1, 14)] or "LibreOffice" not in info or "Writer" not in info:
                e.append(f"sections {heads}")
            if "Clause 8" in flat or "Data Privacy Framework" not in flat or not all(f"Schedule {i} –" in flat for i in (1, 2, 3)):
                e.append("SCC text appended, DPF or schedules missing")
        if base.startswith("de-kellerhaus"):
            heads = re.findall(r"^\s*§ (\d+) ", lay, re.M)
            if heads != [str(i) for i in range(1, 15)]:
                e.append(f"§ headings {heads}")
            if not all(f"Klausel {i} –" in flat for i in range(1, 19)) or "Standardvertragsklauseln – Modul 2" not in flat:
                e.append("Klausel 1-18 / Anlage 3 title missing")
    if doc.endswith(".docx"):
        z = zipfile.ZipFile(doc)
        body = z.read("word/document.xml").decode("utf-8")
        paras = docx_paragraphs(doc)
        texts = [p["text"].replace("\t", " ") for p in paras]
        styles = re.findall(r'<w:pStyle w:val="([^"]+)"/>', body)
        if base.startswith("en-harrowgate"):
            h2 = [t for t in texts if re.match(r"Clause \d+ –", t)]
            if len(h2) != 18 or styles.count("Heading3") < 10 or "Heading1" not in styles:
                e.append(f"expected 18 'Clause N' headings and Heading 3 sub-clauses, got {len(h2)}")
            joined = " ".join(texts)
            if "OPTION 1" in joined or "[" in joined or "UK Addendum" not in joined or "IDTA" not in joined:
                e.append("only Option 2, no bracket, UK Addendum and IDTA expected")
            if not any(t.startswith("6.2 ") for t in texts):
                e.append("typed clause numbers missing")
        if base.startswith("sv-norrsken"):
            if any(re.match(r"\s*\d", t) for t in texts if t.strip()):
                e.append("a paragraph starts with a typed number")
            if body.count("<w:numPr>") < 40 or "w:numId w:val=\"90\"" not in body:
                e.append("expected Word automatic numbering (numId 90)")
            r = soffice_text(doc)
            if not re.search(r"^10\.1\s+Biträdet ska underrätta", r, re.M) or not re.search(r"^16\.\s+Tillämplig lag", r, re.M):
                e.append("LibreOffice rendering does not show the automatic numbers")
            if not all(f"Sida {i} av" in r for i in (1, 2)):
                e.append("footer Sida N av M missing")
    if doc.endswith(".txt"):
        lines = open(doc, encoding="utf-8").read().splitlines()
        if any(re.match(r"\s*(\d+[.)]|\([a-z0-9]+\)|§)", l) for l in lines):
            e.append("a line starts with a number")
        heads = [l for l in lines if l.strip() and l == l.upper() and re.search(r"[A-ZÆØÅ]", l)]
        if len(heads) < 15:
            e.append(f"expected capital headings, got {len(heads)}")
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
            need(any(not x.get("location") or not x.get("name") or GENERIC.search(x["name"]) for x in s["listed"]),
                 "sub_processor_list_incomplete", "a listed entry lacks name or location (or has a generic name)")
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
    covered, total_req, cats_cov = set(), 0, set()
    for gold in golds:
        errors, g, words = check(gold, cats, attrs, finds, tax_text)
        covered |= {r["id"] if not r["id"].startswith("missing_required:") else "missing_required:<category>"
                    for r in g["findings_required"]}
        cats_cov |= set(g["categories_present"])
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
    if len(golds) != 7:
        print(f"expected 7 gold files, found {len(golds)}")
        ok = False
    if covered != finds:                      # informational in blind-15 (seven documents, not every id)
        print(f"note: finding ids never required in this set: {sorted(finds - covered)}")
    if cats_cov != cats:
        print(f"categories never present: {sorted(cats - cats_cov)}")
        ok = False
    print(f"{len(golds)} gold files, {total_req} required findings, "
          f"{len(covered)}/{len(finds)} finding ids required at least once, {len(cats_cov)}/{len(cats)} categories present somewhere")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
