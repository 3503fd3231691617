#!/usr/bin/env python3
"""Check the blind-9 gold files against the taxonomy, their documents and score.py.

  python3 check_gold.py        (from anywhere; needs pdftotext, pdfinfo, pdffonts and soffice)

For each <name>.json: the JSON parses; its keys are those of the blind-8 gold files; every category id,
attribute name, enum value and finding id occurs in shared/spec/taxonomy.md; no finding is both
required and forbidden; every `missing_required:<cat>` has no clause and its category absent; every
finding id of the taxonomy is required or forbidden (or explained in the notes); every cited clause
reference exists in the document: a number or lettered/Roman id must be one of the clause ids that
THIS script derives from the document's own structure (see `ids_*` below: number lines, '§ N' with
'(n)', '6)' with 'a)', Roman sections with letters, Word list numbering as LibreOffice renders it),
heading words must occur in the text; every listed sub-processor name and location occurs in the text;
and score.py accepts a synthetic report built from the gold itself with every check passed.

It also checks that each document still has the shape the README promises, and prints the word
counts (tokens with a letter or digit, without running headers and footers). It never runs the engine.
"""
import glob
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
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI"]
SV_WORDS = ["ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv", "tretton", "fjorton"]
PAGE_FURNITURE = re.compile(
    r"^\s*(Bookvane Limited — Data Processing Agreement\s+Tidewell Surf School Limited|Page \d+( of \d+)?|"
    r"Side \d+ af \d+|Sida \d+ av \d+|Seite \d+ von \d+|"
    r"Personuppgiftsbiträdesavtal · Gävle Simsällskap – Simtid AB|"
    r"AVV Tischlerei Hollenbeck GmbH / Stundenlauf GmbH – Stand 10/2024|"
    r"Data Processing Agreement\s+Ardmore Nursing Home CLG / Fernleaf Rostering|"
    r"Databehandleraftale - Kalø Vig Golfklub / Banebog ApS\s+Side \d+ af \d+)\s*$")


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
    """pdftotext -layout with page breaks turned into line breaks (a form feed starts a line)."""
    return run(["pdftotext", "-layout", path, "-"]).replace("\f", "\n")


# ------------------------------------------------------------------ reading the documents
def docx_paragraphs(path):
    """(style, has_numPr, numId, ilvl, bold_only, text) for each body paragraph, tables included."""
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
                num_id = np_.find(W + "numId").get(W + "val")
                ilvl = int(np_.find(W + "ilvl").get(W + "val"))
        runs = [r for r in p.iter(W + "r")]
        text = "".join(t.text or "" for t in p.iter(W + "t"))
        bold = bool(runs) and all(r.find(W + "rPr") is not None and r.find(W + "rPr").find(W + "b") is not None
                                  for r in runs if "".join(t.text or "" for t in r.iter(W + "t")).strip())
        out.append({"style": style, "num": num_id, "ilvl": ilvl, "bold": bold and bool(text.strip()), "text": text})
    return out


_rendered = {}


def soffice_text(path):
    """LibreOffice's PDF rendering of a DOCX, as pdftotext -layout sees it (list numbers included)."""
    if path not in _rendered:
        with tempfile.TemporaryDirectory() as d:
            subprocess.run(["soffice", f"-env:UserInstallation=file://{d}/p", "--headless", "--convert-to", "pdf",
                            "--outdir", d, path], capture_output=True, check=True)
            pdf = os.path.join(d, os.path.basename(path)[:-5] + ".pdf")
            _rendered[path] = run(["pdftotext", "-layout", pdf, "-"])
    return _rendered[path]


def doc_text(path):
    if path.endswith(".pdf"):
        return "\n".join(run(["pdftotext"] + mode + [path, "-"]) for mode in (["-layout"], ["-raw"]))
    if path.endswith(".docx"):
        return "\n".join(p["text"] for p in docx_paragraphs(path))
    return open(path, encoding="utf-8").read()


def word_count(path):
    if path.endswith(".pdf"):
        lines = run(["pdftotext", path, "-"]).splitlines()
    else:
        lines = doc_text(path).splitlines()
    lines = [l for l in lines if not PAGE_FURNITURE.match(l.replace("\f", ""))]
    return sum(1 for l in lines for tok in l.split() if re.search(r"\w", tok))


# ------------------------------------------------------------------ clause ids derived from each shape
def ids_number_lines(path):                  # fpdf2: "7." alone on a line, clauses "7.1."
    lay = layout(path)
    ids = set(re.findall(r"^(\d+)\.$", lay, re.M))
    ids |= set(re.findall(r"^(\d+\.\d+)\.\s", lay, re.M))
    return ids


def ids_words_sv(path):                      # "Artikel sex – …" -> 'Artikel sex' and '6'
    lay = layout(path)
    ids = set()
    for w in re.findall(r"^Artikel (\w+) – ", lay, re.M):
        ids.add("Artikel " + w)
        ids.add(str(SV_WORDS.index(w) + 1))
    return ids


def ids_paragraphs_de(path):                 # "§ 6 Title", "(2)", "a)"
    lay = layout(path)
    ids, sec, para = set(), None, None
    for line in lay.splitlines():
        m = re.match(r"^§ (\d+) \S", line)
        if m:
            sec, para = m.group(1), None
            ids |= {sec, "§ " + sec}
            continue
        m = re.match(r"^\((\d+)\)\s", line)
        if m and sec:
            para = m.group(1)
            ids.add(f"{sec}.{para}")
            continue
        m = re.match(r"^\s+([a-z])\)\s", line)
        if m and sec and para:
            ids.add(f"{sec}.{para}.{m.group(1)}")
    return ids


def ids_latex(path):                         # "3    Instructions", "3.1     …"
    lay = layout(path)
    ids = set(re.findall(r"^(\d+)\s{2,}[A-Z]", lay, re.M))
    ids |= set(re.findall(r"^\s?(\d+\.\d+)\s{2,}", lay, re.M))
    return ids


def ids_outline(path):                       # "6) Title", "a) …"
    lay = layout(path)
    ids, sec = set(), None
    for line in lay.splitlines():
        m = re.match(r"^(\d+)\) \S", line)
        if m:
            sec = m.group(1)
            ids.add(sec)
            continue
        m = re.match(r"^([a-z])\) \S", line)
        if m and sec:
            ids.add(f"{sec}.{m.group(1)}")
    return ids


def ids_roman(path):                         # Heading "VI. TITLE", paragraphs "B. …"
    ids, sec = set(), None
    for p in docx_paragraphs(path):
        m = re.match(r"^([IVX]+)\. [A-Z]", p["text"])
        if m and p["style"] == "Heading1":
            sec = m.group(1)
            ids |= {sec, str(ROMAN.index(sec) + 1)}
            continue
        m = re.match(r"^([A-Z])\. ", p["text"])
        if m and sec:
            ids |= {f"{sec}.{m.group(1)}", f"{ROMAN.index(sec) + 1}.{m.group(1).lower()}"}
    return ids


def ids_listnum(path):                       # Word list numbering as LibreOffice renders it
    lay = soffice_text(path)
    ids = set(re.findall(r"^(\d+)\.(?:\s|$)", lay, re.M))
    ids |= set(re.findall(r"^(\d+\.\d+)\.\s", lay, re.M))
    return ids


ID_READERS = {"da-noeglehul-nummerlinje.pdf": ids_number_lines, "sv-simtid-ordrubriker.pdf": ids_words_sv,
              "de-stundenlauf-paragraphen.pdf": ids_paragraphs_de, "en-fernleaf-pdflatex.pdf": ids_latex,
              "da-banebog-enscript.pdf": ids_outline, "en-casefold-roman-letters.docx": ids_roman,
              "no-klatrelogg-listenummerering.docx": ids_listnum}


def ref_in_doc(alt, text, ids):
    alt = alt.strip()
    if re.fullmatch(r"¶\d+", alt):
        return True
    if re.fullmatch(r"(§ )?\d+(\.\d+)*(\.[a-z])?|[IVX]+(\.[A-Z])?", alt):
        return alt in ids                                  # a clause number: must be one the document has
    return re.sub(r"\s+", " ", alt).lower() in re.sub(r"\s+", " ", text).lower()


# ------------------------------------------------------------------ shapes
def shape_errors(doc):
    errors = []
    base = os.path.basename(doc)
    if doc.endswith(".pdf"):
        info = run(["pdfinfo", doc])
        pages = [p for p in run(["pdftotext", "-layout", doc, "-"]).split("\f") if p.strip()]
        lay = layout(doc)
        if len(pages) < 2:
            errors.append("expected several pages")
        if base == "en-bookvane-versaler.pdf":
            if "WeasyPrint" not in info:
                errors.append("not a WeasyPrint PDF")
            heads = re.findall(r"^ ?([A-Z][A-Z ,'’-]{5,})$", lay, re.M)
            heads = [h for h in heads if h.strip() != "DATA PROCESSING AGREEMENT"]
            if len(heads) != 17:
                errors.append(f"expected 17 capital headings, found {len(heads)}")
            if re.search(r"^\s*\d+(\.\d+)*\.?\s+[A-Z]", lay, re.M):
                errors.append("a numbered line")
        if base == "da-noeglehul-nummerlinje.pdf":
            if "fpdf2" not in info:
                errors.append("not an fpdf2 PDF")
            nums = re.findall(r"^(\d+)\.\n(\S[^\n]*)$", lay, re.M)
            if len(nums) != 16 or any(re.match(r"\d", t) for _, t in nums):
                errors.append(f"expected 16 number lines each followed by a title line, found {len(nums)}")
            if len(re.findall(r"^\d+\.\d+\.\s", lay, re.M)) < 35:
                errors.append("fewer than 35 clauses 'N.N.'")
            if not re.search(r"^Bilag 1\nUnderdatabehandlere$", lay, re.M):
                errors.append("Bilag 1 / Underdatabehandlere lines missing")
        if base == "sv-simtid-ordrubriker.pdf":
            if "Typst" not in info:
                errors.append("not a Typst PDF")
            heads = re.findall(r"^Artikel (\w+) – ", lay, re.M)
            if heads != SV_WORDS:
                errors.append(f"word headings {heads}")
            if re.search(r"^\s*\d+(\.\d+)*\.?\s+[A-ZÅÄÖ]", lay, re.M):
                errors.append("a numbered line")
        if base == "de-stundenlauf-paragraphen.pdf":
            if "Skia/PDF" not in info or "HeadlessChrome" not in info:
                errors.append("not a headless Chromium PDF")
            if len(re.findall(r"^§ \d+ [A-ZÄÖÜ]", lay, re.M)) != 14:
                errors.append("expected 14 '§ N' headings")
            if len(re.findall(r"^\(\d+\)\s", lay, re.M)) < 40:
                errors.append("fewer than 40 '(n)' paragraphs")
            if len(re.findall(r"^\s+[a-f]\)\s", lay, re.M)) < 12:
                errors.append("fewer than 12 indented 'a)' items")
        if base == "en-fernleaf-pdflatex.pdf":
            if "pdfTeX" not in info:
                errors.append("not a pdfTeX PDF")
            if len(re.findall(r"^\d+\s{2,}[A-Z]", lay, re.M)) != 16:
                errors.append("expected 16 numbered sections")
            fonts = run(["pdffonts", doc])
            if not re.search(r"CMR10\s+Type 1\s+Builtin\s+yes\s+yes\s+no", fonts):
                errors.append("Computer Modern without ToUnicode expected")
            raw = subprocess.run(["sh", "-c", f"pdftotext -layout '{doc}' - | grep -cE '[a-z]-\\s*$'"],
                                 capture_output=True, text=True).stdout.strip()
            if int(raw or 0) < 2:
                errors.append("fewer than 2 hyphenated line ends")
        if base == "da-banebog-enscript.pdf":
            if "Enscript" not in info or "Ghostscript" not in info:
                errors.append("not an enscript + Ghostscript PDF")
            for i, p in enumerate(pages, 1):
                if not re.match(r"\s*Databehandleraftale - Kalø Vig Golfklub / Banebog ApS\s+Side %d af %d" % (i, len(pages)), p):
                    errors.append(f"page {i}: typed header missing")
            if len(re.findall(r"^\d+\) \S", lay, re.M)) != 15 or len(re.findall(r"^[a-z]\) \S", lay, re.M)) < 35:
                errors.append("outline '1)' / 'a)' numbering missing")
            wrapped = open(os.path.join(HERE, "da-banebog-enscript.wrapped.txt"), encoding="utf-8").read()
            if max(len(l) for l in wrapped.splitlines()) > 72:
                errors.append("a line longer than 72 columns")
    if doc.endswith(".docx"):
        paras = docx_paragraphs(doc)
        body = zipfile.ZipFile(doc).read("word/document.xml").decode("utf-8")
        if base == "da-trinvis-fede-overskrifter.docx":
            if "Heading" in body or "<w:numPr>" in body or "outlineLvl" in body:
                errors.append("headings must be un-styled, un-numbered paragraphs")
            heads = [p for p in paras if p["bold"] and p["style"] is None]
            if len(heads) != 22:           # title + 18 headings + the table's three header cells
                errors.append(f"expected 22 bold-only paragraphs, found {len(heads)}")
            if any(re.match(r"\s*\d", p["text"]) for p in paras if p["text"].strip()):
                errors.append("a paragraph starts with a digit")
        if base == "no-klatrelogg-listenummerering.docx":
            num = [p for p in paras if p["num"]]
            if len([p for p in num if p["num"] == "90" and p["ilvl"] == 0]) != 13:
                errors.append("expected 13 level-0 list headings")
            empty = [p for p in num if not p["text"].strip()]
            if len(empty) != 1:
                errors.append("expected exactly one empty numbered heading")
            if len([p for p in num if p["num"] == "91"]) != 3:
                errors.append("expected 3 restarted annex items")
            if any(re.match(r"\s*\d+\.", p["text"]) for p in paras):
                errors.append("a number is typed in the text")
            numbering = zipfile.ZipFile(doc).read("word/numbering.xml").decode("utf-8")
            if "%1.%2." not in numbering or "startOverride" not in numbering:
                errors.append("numbering.xml lacks the multilevel list or the restart")
            lay = soffice_text(doc)
            if not re.search(r"^7\.\s*\n7\.1\.", lay, re.M):
                errors.append("LibreOffice does not render the empty heading as '7.' before 7.1")
            if not re.search(r"^1\.\s+Nordlys Datasenter AS", lay, re.M):
                errors.append("annex list does not restart at 1")
        if base == "en-casefold-roman-letters.docx":
            if body.count('w:val="Heading1"') != 16 or 'w:val="Title"' not in body:
                errors.append("expected Title + 16 Heading 1 paragraphs")
            if "<w:numPr>" in body:
                errors.append("no Word numbering expected")
            if len([p for p in paras if re.match(r"^[A-D]\. ", p["text"])]) < 35:
                errors.append("fewer than 35 lettered clauses")
            if body.count("<w:r>") < 100 or '<w:t xml:space="preserve">\u201c</w:t>' not in body:
                errors.append("pandoc's run splitting at quoted terms missing")
    if doc.endswith(".txt"):
        text = open(doc, encoding="utf-8").read()
        lines = text.splitlines()
        if not lines[0].startswith("Fra: ") or not any(l.startswith("Emne: ") for l in lines[:6]):
            errors.append("e-mail header missing")
        under = [i for i, l in enumerate(lines) if re.fullmatch(r"=+|-+", l) and i > 0 and lines[i - 1].strip()]
        if len(under) != 17 or any(len(lines[i]) != len(lines[i - 1]) for i in under):
            errors.append(f"expected 17 setext underlines of the right length, found {len(under)}")
        if not re.search(r"^DATABEHANDLERAFTALE\n=+$", text, re.M):
            errors.append("title not underlined with '='")
        if max(len(l) for l in lines) > 72 or "\r" in text:
            errors.append("not hard-wrapped at 72 columns with LF")
        starts = re.findall(r"^\d+(?:\.\d+)*[.)]?\s.*", text, re.M)
        if starts != ["32. CPR-numre krypteres særskilt og vises kun maskeret i Systemet.",
                      "48 timer efter at være blevet opmærksom på et brud på"]:
            errors.append(f"lines starting with a number: {starts}")
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
    if doc.endswith(".docx"):
        text += "\n" + soffice_text(doc)
    ids = ID_READERS.get(g["document"], lambda p: set())(doc)
    errors += shape_errors(doc)
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
    joined = re.sub("(\\w)-\n\\s*(\\w)", r"\1\2", text)
    flat = re.sub(r"\s+", " ", text + " " + joined).lower()
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
            "document": {"name": g["document"], "sha256": "", "format": g["document"].rsplit(".", 1)[1],
                         "language": g["language"], "chars": 0, "warnings": []},
            "clauses": clauses, "categories": report_cats, "findings": findings}


def main():
    tax_text, cats, attrs, finds = taxonomy()
    ok = True
    golds = sorted(glob.glob(os.path.join(SET, "*.json")))
    covered = set()
    for gold in golds:
        errors, g, words = check(gold, cats, attrs, finds, tax_text)
        covered |= {r["id"] if not r["id"].startswith("missing_required:") else "missing_required:<category>"
                    for r in g["findings_required"]}
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
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
