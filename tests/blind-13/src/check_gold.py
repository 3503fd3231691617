#!/usr/bin/env python3
"""Check the blind-13 gold files against the taxonomy, their documents and score.py
(adapted from tests/blind-12/src/check_gold.py; standard library + pdftotext, pdfinfo, soffice).

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
    r"^\s*(Kontrakt nr\. TK-IT-2025-07 · Tovegård Kommune / Driftsværket A/S\s+Fortroligt – til intern brug|"
    r"Side \d+ af \d+|Side \d+ av \d+|Seite \d+ von \d+|Page \d+ of \d+|"
    r"Brightpath Analytics, Inc\. · Data Processing Addendum v4\.1|Brightpath Confidential\s+Page \d+ of \d+|"
    r"Stadt Hohenfurt – AV-Vereinbarung Online-Terminvergabe – ENTWURF|"
    r"Hammerdal kommune – Databehandleravtale Barnehageportalen)\s*$")
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
def ids_lines(lines, annex_prefix=None):
    """'Clause 7' / 'Klausel 7' / 'Section 7.' / '§ 7' / '7.' headings, '7.7' / '7.7.' clauses, 'a)' / '(a)' items
    under the last clause; after a line starting with annex_prefix, numbers get that prefix ('Bilag 4 6.2')."""
    ids, clause, prefix = set(), None, ""
    for line in lines:
        s = line.strip()
        if annex_prefix and s.startswith(annex_prefix):
            prefix = annex_prefix + " "
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


def ids_pdf(path, annex_prefix=None):
    return ids_lines(layout(path).splitlines(), annex_prefix)


def ids_docx(path):
    return ids_lines(p["text"] for p in docx_paragraphs(path))


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


ID_READERS = {"en-lahtisalo-eu-scc-art28.docx": ids_docx,
              "de-hohenfurt-scc-art28-optionen.pdf": ids_pdf,
              "da-tovegaard-it-driftsaftale-bilag.pdf": lambda p: ids_pdf(p, "Bilag 4"),
              "no-hammerdal-kommune-digdir-stil.pdf": ids_pdf,
              "sv-ekbacka-rubrikformat.docx": lambda p: set(),
              "en-brightpath-vendor-dpa-long.pdf": ids_pdf,
              "da-solbjerg-tabelklausuler.docx": ids_table,
              "de-lindgrund-avv-paragraphen.html": ids_html}


def ref_in_doc(alt, text, ids):
    alt = alt.strip()
    if re.fullmatch(r"¶\d+", alt):
        return True
    if re.fullmatch(r"(Bilag 4 )?\d+(\.\d+)*(\.[a-z]{1,4})*", alt):
        return alt in ids
    if re.fullmatch(r"(Clause|Klausel|Section|§) \d+", alt):
        return alt.split()[1] in ids and alt.lower() in re.sub(r"\s+", " ", text).lower()
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
        if base.startswith(("da-tovegaard", "en-brightpath")) and "Skia/PDF" not in info:
            e.append("not a Chromium PDF")
        if base.startswith(("de-hohenfurt", "no-hammerdal")) and ("LibreOffice" not in info or "Writer" not in info):
            e.append("not a LibreOffice Writer PDF")
        foot = {"da-tovegaard": "Side {i} af {n}", "en-brightpath": "Page {i} of {n}",
                "de-hohenfurt": "Seite {i} von {n}", "no-hammerdal": "Side {i} av {n}"}[base.split("-")[0] + "-" + base.split("-")[1]]
        for i, p in enumerate(pages, 1):
            if foot.format(i=i, n=len(pages)) not in p:
                e.append(f"page {i}: '{foot}' missing")
        if base.startswith("da-tovegaard"):
            main = set(re.findall(r"^(\d+)\. [A-ZÆØÅ]", lay.split("Bilag 4 Databehandleraftale")[0], re.M))
            annex = set(re.findall(r"^(\d+)\. [A-ZÆØÅ]", lay.split("Bilag 4 Databehandleraftale")[1], re.M))
            if main != {str(i) for i in range(1, 26)} or annex != {str(i) for i in range(1, 13)}:
                e.append(f"sections main {sorted(main, key=int)} annex {sorted(annex, key=int)}")
            if not all("Tovegård Kommune / Driftsværket A/S" in p for p in pages):
                e.append("running header missing on a page")
        if base.startswith("de-hohenfurt"):
            if lay.count("[ZEITRAUM ANGEBEN]") != 2 or "OPTION 1: VORHERIGE" not in lay or "OPTION 2: ALLGEMEINE" not in lay:
                e.append("expected both options of 7.7 with two blanks")
            if "[OPTION" in lay or "zutreffende Option" in lay:
                e.append("another option marker left")
            if not all(f"Klausel {i}" in lay for i in range(1, 11)) or "ANHANG IV" not in lay:
                e.append("Klausel 1-10 / Anhang IV missing")
        if base.startswith("en-brightpath"):
            heads = re.findall(r"^Section (\d+)\. ", lay, re.M)
            if heads != [str(i) for i in range(1, 19)] or "UK Addendum" not in lay or "CCPA" not in lay:
                e.append(f"sections {heads}")
        if base.startswith("no-hammerdal"):
            heads = re.findall(r"^(\d+)\. [A-ZÆØÅ]", lay, re.M)
            if heads != [str(i) for i in range(1, 11)] or len(re.findall(r"^Bilag [123] – ", lay, re.M)) != 3:
                e.append(f"sections {heads} or Bilag 1-3")
    if doc.endswith(".docx"):
        z = zipfile.ZipFile(doc)
        body = z.read("word/document.xml").decode("utf-8")
        paras = docx_paragraphs(doc)
        styles = re.findall(r'<w:pStyle w:val="([^"]+)"/>', body)
        if base.startswith("en-lahtisalo"):
            texts = [p["text"].replace("\t", " ") for p in paras]
            if "[" in "".join(texts).replace("[choose", "") and any(re.search(r"\[(OPTION|SPECIFY|choose)", t) for t in texts):
                e.append("an option marker or blank left")
            if not any(t.startswith("(a) OPTION 2: GENERAL WRITTEN AUTHORISATION") for t in texts) or any("OPTION 1: PRIOR" in t for t in texts):
                e.append("7.7(a) should keep only Option 2 with its label")
            h2 = re.findall(r'<w:pStyle w:val="Heading2"/>.*?<w:t[^>]*>(Clause \d+)', body)
            if len(h2) != 10 or "Heading3" not in styles:
                e.append(f"expected 10 'Clause N' Heading 2 paragraphs, got {len(h2)}")
            if "Clause 5 - Optional" not in texts or "ANNEX IV – List of sub-processors" not in texts:
                e.append("docking clause or Annex IV missing")
        if base.startswith("sv-ekbacka"):
            if any(re.match(r"\s*\d", p["text"]) for p in paras if p["text"].strip() and not re.match(r"\s*\d{6}", p["text"])):
                e.append("a paragraph starts with a number")
            if styles.count("Heading1") < 14 or styles.count("Heading2") != 4 or "<w:numPr>" in body:
                e.append("expected Heading 1/2 sections and no list numbering")
        if base.startswith("da-solbjerg"):
            if body.count("<w:tbl>") != 1 or "<w:numPr>" in body:
                e.append("expected exactly one table and no list numbering")
            outside = [p for p in re.split(r"<w:tbl>.*</w:tbl>", body, flags=re.S)]
            if len(re.findall(r"<w:t[ >]", outside[0])) > 3:
                e.append("text outside the table beyond title and subtitle")
    if doc.endswith(".html"):
        s = open(doc, encoding="utf-8").read()
        heads = re.findall(r"<h2>§ (\d+) ", s)
        if heads != [str(i) for i in range(1, 16)]:
            e.append(f"headings {heads}")
        if "Alle akzeptieren" not in s or "<nav" not in s or "<footer" not in s or "<ol" in s:
            e.append("expected cookie banner, nav and footer, no <ol>")
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
    if len(golds) != 8:
        print(f"expected 8 gold files, found {len(golds)}")
        ok = False
    if covered != finds:
        print(f"finding ids never required: {sorted(finds - covered)}")
        ok = False
    if cats_cov != cats:
        print(f"categories never present: {sorted(cats - cats_cov)}")
        ok = False
    print(f"{len(golds)} gold files, {total_req} required findings, "
          f"{len(covered)}/{len(finds)} finding ids required at least once, {len(cats_cov)}/{len(cats)} categories present somewhere")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
