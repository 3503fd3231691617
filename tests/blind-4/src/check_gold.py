#!/usr/bin/env python3
"""Check the blind-4 gold files against the taxonomy, their documents and score.py.

  python3 check_gold.py        (from anywhere; needs pdftotext and soffice)

For each <name>.json: the JSON parses; its keys are those of the blind-3 gold files; every category
id, attribute name, enum value and finding id occurs in shared/spec/taxonomy.md; no finding is both
required and forbidden; every cited clause number or heading word occurs in the document's text
(PDF via pdftotext, DOCX via LibreOffice's txt export); and score.py accepts a synthetic report
built from the gold itself with every check passed. It never runs the engine.
"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

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


def doc_text(path):
    if path.endswith(".pdf"):
        # layout text, then the raw reading order (table cells that wrap are contiguous there)
        out = [subprocess.run(["pdftotext"] + mode + [path, "-"], capture_output=True, text=True, check=True).stdout
               for mode in (["-layout"], ["-raw"])]
        return "\n".join(out)
    if path.endswith(".docx"):
        with tempfile.TemporaryDirectory() as d:
            subprocess.run(["soffice", "--headless", "--convert-to", "txt:Text", "--outdir", d, path],
                           capture_output=True, check=True)
            name = os.path.splitext(os.path.basename(path))[0] + ".txt"
            return open(os.path.join(d, name), encoding="utf-8-sig").read()
    return open(path, encoding="utf-8").read()


def ref_in_text(alt, text):
    alt = alt.strip()
    if re.fullmatch(r"¶\d+", alt):
        return True
    flat = re.sub(r"\s+", " ", text)
    # clause number (1, 12.5, E.2, C.1, VIII) at the start of a line, after a heading word, or as a label
    if re.fullmatch(r"[A-Z]?\d*(\.\d+)*|[IVX]+", alt) and alt:
        pat = r"(^|\n)\s*(\*\*[^*]*\*\*\s*)?" + re.escape(alt) + r"(\.|\s)"
        if re.search(pat, text):
            return True
        return re.search(r"(^|\n)\s*(Punkt|Ziffer|Afsnit|Section|Clause|##)\s+" + re.escape(alt) + r"\b", text) is not None \
            or re.search(r"(^|\n)##\s+" + re.escape(alt) + r"\.", text) is not None
    # 'Punkt 7', 'Ziffer 5', 'Bilag 2', 'Annex 1', heading words
    return alt.lower() in flat.lower()


def check(gold_path, cats, attrs, finds, tax_text):
    errors = []
    g = json.load(open(gold_path, encoding="utf-8"))
    base = os.path.splitext(os.path.basename(gold_path))[0]
    if list(g.keys()) != KEYS:
        errors.append(f"keys {list(g.keys())}")
    doc = os.path.join(SET, g["document"])
    if os.path.splitext(g["document"])[0] != base or not os.path.exists(doc):
        errors.append(f"document {g['document']} missing or misnamed")
        return errors, g
    text = doc_text(doc)
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
        if cat in g["categories_absent"]:
            pass  # absent categories still carry attributes (booleans false etc.)
    if "sub_processors" in g["attributes"] and g["attributes"]["sub_processors"].get("listed"):
        for e in g["attributes"]["sub_processors"]["listed"]:
            if e["name"].lower() not in re.sub(r"\s+", " ", text).lower():
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
        for alt in (r.get("clause") or "").split("|"):
            if alt and not ref_in_text(alt, text):
                errors.append(f"finding {fid}: citation '{alt}' not in text")
    for fid in g["findings_forbidden"]:
        if not valid_fid(fid):
            errors.append(f"unknown forbidden finding {fid}")
        for r in req:
            if r == fid or (fid.endswith("*") and r.startswith(fid[:-1])):
                errors.append(f"{r} both required and forbidden")
    # every finding id of the taxonomy (except missing_required:<cat> per category) should be placed
    # in required, forbidden or explained in notes
    return errors, g


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
    for gold in sorted(glob.glob(os.path.join(SET, "*.json"))):
        errors, g = check(gold, cats, attrs, finds, tax_text)
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as f:
            json.dump(synthetic(g), f, ensure_ascii=False)
        res = subprocess.run([sys.executable, SCORE, "analysis", f.name, gold], capture_output=True, text=True)
        os.unlink(f.name)
        if res.returncode != 0:
            errors.append("score.py on synthetic report: " + res.stdout.strip().replace("\n", " | "))
        last = res.stdout.strip().splitlines()[-1] if res.stdout.strip() else "?"
        print(f"{os.path.basename(gold)}: {'OK' if not errors else 'ERRORS'} (score.py: {last})")
        for e in errors:
            print("   ", e)
        ok = ok and not errors
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
