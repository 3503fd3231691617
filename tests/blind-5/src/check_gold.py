#!/usr/bin/env python3
"""Check the blind-5 gold files against the taxonomy, their documents and score.py.

  python3 check_gold.py        (from anywhere; needs pdftotext, pdfinfo and soffice)

For each <name>.json: the JSON parses; its keys are those of the blind-4 gold files; every category
id, attribute name, enum value and finding id occurs in shared/spec/taxonomy.md; no finding is both
required and forbidden; every cited clause number or heading word occurs in the document's text
(PDF via pdftotext -layout and -raw, DOCX via LibreOffice's txt export); every listed sub-processor
name occurs there; and score.py accepts a synthetic report built from the gold itself with every
check passed. It also checks that each binary document still has the shape the README promises
(producer of each PDF, automatic numbering without typed numbers in the numbered DOCX, Word tables
in the tables DOCX) and prints the word counts. It never runs the engine.
"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile

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
# running header / footer lines of the PDFs, left out of the word counts
PAGE_FURNITURE = re.compile(
    r"^\s*(Vagtplan Nord ApS · Databehandleraftale · version 2\.1|Side \d+ af \d+|Page \d+ of \d+|"
    r"Velin Transcribe Limited|Data Processing Agreement|Klientrum ApS|"
    r"Databehandleraftale – Hvidbjerg Revision ApS)\s*$")
# the shape each binary document must keep: (what, check on the file)
HEADING_WORDS = r"(Punkt|Ziffer|Afsnit|Section|Clause|Klausul|Artikkel|Article|§|##)"


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


def docx_text(path):
    with tempfile.TemporaryDirectory() as d:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{d}/profile", "--headless", "--convert-to",
                        "txt:Text", "--outdir", d, path], capture_output=True, check=True)
        name = os.path.splitext(os.path.basename(path))[0] + ".txt"
        return open(os.path.join(d, name), encoding="utf-8-sig").read()


def doc_text(path):
    """The document's text as an engine would see it; for PDFs the layout text and then the raw
    reading order (table cells that wrap are contiguous there)."""
    if path.endswith(".pdf"):
        return "\n".join(run(["pdftotext"] + mode + [path, "-"]) for mode in (["-layout"], ["-raw"]))
    if path.endswith(".docx"):
        return docx_text(path)
    return open(path, encoding="utf-8").read()


def word_count(path):
    if path.endswith(".pdf"):
        lines = run(["pdftotext", path, "-"]).splitlines()
        return sum(len(l.split()) for l in lines if not PAGE_FURNITURE.match(l))
    return len(doc_text(path).split())


def lettered_item(text, num, letters):
    """'7.c' -> an item '(c)' in the block of Section/Clause/Klausul 7; '10.b.iv' -> '(iv)' after '(b)'."""
    lines = text.splitlines()
    start = None
    for i, line in enumerate(lines):
        if re.match(r"\s*(Section|Clause|Klausul|Artikkel|§)?\s*" + re.escape(num) + r"\.?\s", line):
            start = i
            break
    if start is None:
        return False
    block = []
    for line in lines[start + 1:]:
        if re.match(r"\s*(Section|Clause|Klausul|Artikkel|§)\s+\d+|\s*EXHIBIT|\s*BILAGA|\s*Annex", line):
            break
        block.append(line)
    pos = 0
    for letter in letters:
        found = False
        for j in range(pos, len(block)):
            if re.match(r"\s*\(" + re.escape(letter) + r"\)\s", block[j]):
                pos, found = j + 1, True
                break
        if not found:
            return False
    return True


def ref_in_text(alt, text):
    alt = alt.strip()
    if re.fullmatch(r"¶\d+", alt):
        return True
    flat = re.sub(r"\s+", " ", text)
    m = re.fullmatch(r"§ (\d+)", alt)
    if m:                                     # '§ 5' as a heading at the start of a line
        return re.search(r"(^|\n)\s*§ " + m.group(1) + r"\s", text) is not None
    if re.fullmatch(r"\d+-\d+", alt):         # Norwegian '5-2' sub-items
        return re.search(r"(^|\n)\s*" + re.escape(alt) + r"\s", text) is not None
    m = re.fullmatch(r"(\d+)((?:\.[a-z]+)+)", alt)
    if m:                                     # lettered / roman items: '7.c', '10.b.iv'
        return lettered_item(text, m.group(1), m.group(2).strip(".").split("."))
    if re.fullmatch(r"[A-Z]?\d+(\.\d+)*|[IVX]+", alt):
        # a clause number at the start of a line (list numbers are indented in LibreOffice's export),
        # after a heading word ('Section 5.', 'Klausul 7', 'Artikkel 5', '§ 5')
        if re.search(r"(^|\n)\s*(\*\*[^*]*\*\*\s*)?" + re.escape(alt) + r"(\.|\s)", text):
            return True
        return re.search(r"(^|\n)\s*" + HEADING_WORDS + r"\s*" + re.escape(alt) + r"\b", text) is not None
    # 'Bilag 2', 'Appendix 1', 'Exhibit B', 'Bilaga IV', heading words and run-in headings
    return alt.lower() in flat.lower()


def shape_errors(doc):
    """The properties of each binary document that the README relies on."""
    errors = []
    base = os.path.basename(doc)
    if doc.endswith(".pdf"):
        info = run(["pdfinfo", doc])
        want = {"da-vagtplan-libreoffice.pdf": "LibreOffice", "en-transcription-two-columns.pdf": "ReportLab",
                "da-en-klientportal-appendices.pdf": "Skia/PDF"}.get(base)
        if want and want not in info:
            errors.append(f"PDF producer is not {want}")
        layout = run(["pdftotext", "-layout", doc, "-"])
        pages = layout.count("\f") or 1
        if base == "en-transcription-two-columns.pdf":
            if not re.search(r"Page 3 of 3", layout):
                errors.append("footer 'Page N of 3' missing")
            # two columns: many lines carry text on both halves
            wide = [l for l in layout.splitlines() if re.search(r"\S.{20,}\S {4,}\S.{20,}", l)]
            if len(wide) < 40:
                errors.append("two-column layout not visible in pdftotext -layout")
        if base == "da-vagtplan-libreoffice.pdf" and "Side 4 af 4" not in layout:
            errors.append("footer 'Side N af 4' missing")
        if base == "da-en-klientportal-appendices.pdf" and "Side 4 af 4" not in layout:
            errors.append("footer 'Side N af 4' missing")
        if pages < 2:
            errors.append("expected several pages")
    if doc.endswith(".docx"):
        with zipfile.ZipFile(doc) as z:
            body = z.read("word/document.xml").decode("utf-8")
            numbering = z.read("word/numbering.xml").decode("utf-8") if "word/numbering.xml" in z.namelist() else ""
        runs = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", body)
        if base == "da-lokalebooking-autonummerering.docx":
            if body.count("<w:numPr>") < 40 or 'w:lvlText w:val="%1.%2"' not in numbering:
                errors.append("automatic multi-level numbering missing")
            typed = [r for r in runs if re.match(r"\s*\d+(\.\d+)*\.?\s", r)]
            if typed:
                errors.append(f"typed numbers in runs: {typed[:3]}")
        if base == "en-fieldservice-word-tables.docx" and body.count("<w:tbl>") < 3:
            errors.append("expected three Word tables (parties, measures, sub-processors)")
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
    errors += shape_errors(doc)
    for cat, refs in g["categories_present"].items():
        if cat not in cats:
            errors.append(f"unknown category {cat}")
        for ref in refs:
            for alt in ref.split("|"):
                if not ref_in_text(alt, text):
                    errors.append(f"{cat}: citation '{alt}' not found in text")
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
            if alt and not ref_in_text(alt, text):
                errors.append(f"finding {fid}: citation '{alt}' not in text")
    for fid in g["findings_forbidden"]:
        if not valid_fid(fid):
            errors.append(f"unknown forbidden finding {fid}")
        for r in req:
            if r == fid or (fid.endswith("*") and r.startswith(fid[:-1])):
                errors.append(f"{r} both required and forbidden")
    return errors, g, word_count(doc)


def synthetic(g):
    clauses, ids = [], set()

    def cid(ref):
        alt = ref.split("|")[0]
        if alt not in ids:
            ids.add(alt)
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
            "document": {"name": g["document"]}, "clauses": clauses, "categories": report_cats,
            "findings": findings}


def main():
    tax_text, cats, attrs, finds = taxonomy()
    ok = True
    golds = sorted(glob.glob(os.path.join(SET, "*.json")))
    for gold in golds:
        errors, g, words = check(gold, cats, attrs, finds, tax_text)
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
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
