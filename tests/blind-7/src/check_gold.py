#!/usr/bin/env python3
"""Check the blind-7 gold files against the taxonomy, their documents and score.py.

  python3 check_gold.py        (from anywhere; needs pdftotext, pdfinfo and soffice)

For each <name>.json: the JSON parses; its keys are those of the blind-6 gold files; every category
id, attribute name, enum value and finding id occurs in shared/spec/taxonomy.md; no finding is both
required and forbidden; every `missing_required:<cat>` has no clause and its category absent; every
finding id of the taxonomy is required, forbidden or explained in the notes; every cited clause
number or heading word occurs in the document's text (PDF via pdftotext -layout and -raw, DOCX via
LibreOffice's txt export, the Windows-1252 text decoded as cp1252); every listed sub-processor name
and location occurs there; and score.py accepts a synthetic report built from the gold itself with
every check passed. It also checks that each document still has the shape the README promises (no
clause numbers in the capitals-headings text; cp1252 bytes and CRLF; LibreOffice producer, § headings,
Absätze, running header and footer; SCC-style annexes, an HTML table and ligature glyphs; automatic
Word numbering without typed numbers; margin line numbers, footnotes and a clause broken over a page;
a two-column table with a repeated header row; Normal-style-only DOCX with typed TAB numbers; US
`Section N.` with nested (a)/(i) and letter-spaced titles; Markdown ordered lists and tables) and
prints the word counts. It never runs the engine.
"""
import base64
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
import zlib

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
ANNEX = r"(Annex|Bilag|Anlage|Appendix|Schedule|Bilaga|Vedlegg|Exhibit)"
# running header / footer lines of the PDFs, left out of the word counts
PAGE_FURNITURE = re.compile(
    r"^\s*(Belegfix GmbH – Auftragsverarbeitungsvertrag|Stand: 07/2025|Seite \d+ von \d+|"
    r"Klippekort ApS – Databehandleraftale|Åndedræt Yoga ApS|Side \d+ af \d+|"
    r"Ferntide Labs Oy · Data Processing Addendum · v3\.2|Page \d+ of \d+|"
    r"Databehandleravtale · Lindeberg Terrasse Borettslag / Styrerommet AS|Side \d+ av \d+|"
    r"Cobaltline Support, Inc\. – Data Processing Addendum \(Maré Azul\)|– ?\d+ ?–)\s*$")
LINE_NUMBER = re.compile(r"^\s*\d{1,2}\s*$")
MARGIN_NUMBER = re.compile(r"^[ ]{0,6}(?:5|10|15|20|25|30|35|40)(?:[ ]{2,}|\n)", re.M)
LETTER_SPACED = re.compile(r"\b(?:[A-Z] ){2,}[A-Z]\b")   # a letter-spaced title counts as one word      # margin line numbers of the Norwegian PDF (pdftotext, reading order)
HEADING_WORDS = r"(Section|Clause|Article|Artikkel|§|##|## Article|Pkt\.)"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


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
    """The document's text as an engine should see it; for PDFs the layout text and then the raw
    reading order."""
    if path.endswith(".pdf"):
        text = "\n".join(run(["pdftotext"] + mode + [path, "-"]) for mode in (["-layout"], ["-raw"]))
        if path.endswith("linjenummer.pdf"):     # the same text without the margin line numbers
            text += "\n" + MARGIN_NUMBER.sub("", text)
        return text
    if path.endswith(".docx"):
        return docx_text(path)
    if path.endswith("cp1252.txt"):
        return open(path, "rb").read().decode("cp1252").replace("\r\n", "\n")
    return open(path, encoding="utf-8").read()


def word_count(path):
    """Tokens with a letter or digit (dotted leaders of a table of contents are not words)."""
    if path.endswith(".pdf"):
        lines = [l for l in run(["pdftotext", path, "-"]).splitlines()
                 if not PAGE_FURNITURE.match(l) and not (path.endswith("linjenummer.pdf") and LINE_NUMBER.match(l))]
    else:
        lines = doc_text(path).splitlines()
    lines = [LETTER_SPACED.sub("TITLE", l) for l in lines]
    return sum(1 for l in lines for tok in l.split() if re.search(r"\w", tok))


def lettered_item(text, num, letters):
    """'7.c' -> an item '(c)' (or '- (c)') in the block of Section/Article 7; '10.b.iv' -> '(iv)' after '(b)'."""
    lines = text.splitlines()
    start = None
    for i, line in enumerate(lines):
        if re.match(r"\s*(##\s*)?(Section|Clause|Article|Klausul|Artikkel|§)?\s*" + re.escape(num) + r"\.?\s", line):
            start = i
            break
    if start is None:
        return False
    block = []
    for line in lines[start + 1:]:
        if re.match(r"\s*(##\s*)?(Section|Clause|Article|Klausul|Artikkel|§)\s+\d+|\s*EXHIBIT|\s*BILAGA|\s*Annex", line):
            break
        block.append(line)
    pos = 0
    for letter in letters:
        found = False
        for j in range(pos, len(block)):
            if re.match(r"\s*(- )?\(" + re.escape(letter) + r"\)\s", block[j]):
                pos, found = j + 1, True
                break
        if not found:
            return False
    return True


def sub_item(text, num, sub):
    """'4.2' -> an Absatz '(2)' in the block of '§ 4'; '6.2' -> an ordered-list item '2.' under '## 6.'."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if re.match(r"\s*(§\s*" + re.escape(num) + r"\s|##\s*" + re.escape(num) + r"\.\s)", line):
            for nxt in lines[i + 1:]:
                if re.match(r"\s*(§\s*\d+\s|##\s)", nxt):
                    break
                if re.match(r"\s*(\(" + re.escape(sub) + r"\)|" + re.escape(sub) + r"\.)\s", nxt):
                    return True
    return False


def ref_in_text(alt, text):
    alt = alt.strip()
    if re.fullmatch(r"¶\d+", alt):
        return True
    flat = re.sub(r"\s+", " ", text)
    m = re.fullmatch(r"§ (\d+)", alt)
    if m:                                     # German '§ 5' at the start of a line
        return re.search(r"(^|\n)\s*§ " + m.group(1) + r"\s", text) is not None
    m = re.fullmatch(ANNEX + r" (\w+) (.+)", alt)
    if m and not re.fullmatch(r"[–-].*", m.group(3)):
        # 'Annex 3 5.3', 'Annex 3 Part A 5', 'Annex 3 Part B': the annex heading, then the rest after it
        head = re.search(r"(^|\n)\s*" + m.group(1) + r"\s+" + re.escape(m.group(2)) + r"\b", text, re.I)
        if not head:
            return False
        rest = text[head.end():]
        tail = m.group(3)
        pm = re.fullmatch(r"(Part [A-Z])(?: (.+))?", tail)
        if pm:
            ph = re.search(r"(^|\n)\s*" + re.escape(pm.group(1)) + r"\b", rest)
            if not ph:
                return False
            rest, tail = rest[ph.end():], pm.group(2)
            if not tail:
                return True
        return re.search(r"(^|\n)\s*" + re.escape(tail) + r"(\.|\s)", rest) is not None
    m = re.fullmatch(r"(\d+)((?:\.[a-z]+)+)", alt)
    if m:                                     # lettered / roman items: '7.c', '10.b.iv'
        return lettered_item(text, m.group(1), m.group(2).strip(".").split("."))
    if re.fullmatch(r"[A-Z]?\d+(\.\d+)*|[IVX]+", alt):
        if re.search(r"(^|\n)\s*(\*\*[^*]*\*\*\s*)?" + re.escape(alt) + r"(\.|\s)", text):
            return True
        if re.search(r"(^|\n)\s*" + HEADING_WORDS + r"\s*" + re.escape(alt) + r"\b", text):
            return True
        m = re.fullmatch(r"(\d+)\.(\d+)", alt)
        return bool(m) and sub_item(text, m.group(1), m.group(2))
    # 'Bilag 1', 'Schedule 2', 'Vedlegg 1', 'Anlage 2', heading words
    return alt.lower() in flat.lower()


def pdf_streams(path):
    data = open(path, "rb").read()
    out = []
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\n?endstream", data, re.S):
        raw = m.group(1)
        head = data[max(0, m.start() - 200):m.start()]
        if b"ASCII85Decode" in head:
            raw = raw.strip()
            raw = base64.a85decode(raw[:-2] if raw.endswith(b"~>") else raw)
        try:
            out.append(zlib.decompress(raw))
        except zlib.error:
            out.append(raw)
    return out


def shape_errors(doc):
    """The properties of each document that the README relies on."""
    errors = []
    base = os.path.basename(doc)
    if doc.endswith(".pdf"):
        info = run(["pdfinfo", doc])
        want = {"de-belegfix-libreoffice.pdf": "LibreOffice", "da-klippekort-tabel.pdf": "LibreOffice",
                "en-ferntide-scc-annexes.pdf": "Skia/PDF", "no-styrerommet-linjenummer.pdf": "ReportLab",
                "en-us-cobaltline-sections.pdf": "ReportLab"}.get(base)
        if want and want not in info:
            errors.append(f"PDF producer is not {want}")
        layout = run(["pdftotext", "-layout", doc, "-"])
        pages = [p for p in layout.split("\f") if p.strip()]
        if len(pages) < 2:
            errors.append("expected several pages")
        if base == "de-belegfix-libreoffice.pdf":
            if sum(1 for p in pages if "Belegfix GmbH – Auftragsverarbeitungsvertrag" in p and re.search(r"Seite \d+ von \d+", p)) != len(pages):
                errors.append("running header / 'Seite N von M' footer missing on a page")
            if len(re.findall(r"^§ \d+ \S", layout, re.M)) != 12:
                errors.append("expected headings '§ 1' … '§ 12'")
            if len(re.findall(r"^\(\d\)\s", layout, re.M)) < 25 or len(re.findall(r"^\s{3,}\d\. \S", layout, re.M)) < 10:
                errors.append("Absätze '(1)' or indented list items '1.' missing")
        if base == "da-klippekort-tabel.pdf":
            heads = [p for p in pages if re.search(r"^Pkt\.\s+Bestemmelse\s*$", p, re.M)]
            if len(heads) != len(pages):
                errors.append("table header row not repeated on every page")
            if not re.search(r"^13\.2\s+\S", layout, re.M) or not re.search(r"^7\s+Bistand til Studiet", layout, re.M):
                errors.append("two-column rows 'N | text' not found")
            with zipfile.ZipFile(os.path.join(HERE, "da-klippekort-tabel.docx")) as z:
                body = z.read("word/document.xml").decode("utf-8")
            if "w:tblHeader" not in body or body.count("<w:tbl>") != 1:
                errors.append("source DOCX lacks one table with a repeated header row")
        if base == "en-ferntide-scc-annexes.pdf":
            for head in ("ANNEX I", "A. LIST OF PARTIES", "B. DESCRIPTION OF THE PROCESSING", "ANNEX II", "ANNEX III"):
                if not re.search(r"^\s*" + re.escape(head) + r"\s*$", layout, re.M):
                    errors.append(f"SCC-style annex heading '{head}' missing")
            html = open(os.path.join(HERE, "en-ferntide-scc-annexes.html"), encoding="utf-8").read()
            if "<th>Name</th><th>Location</th><th>Purpose</th>" not in html or "text-align: justify" not in html:
                errors.append("Annex III table or justification missing in the HTML")
            cmaps = b"".join(st for st in pdf_streams(doc) if b"begincmap" in st)
            if not re.search(rb"<FB01>", cmaps, re.I):
                errors.append("no fi ligature glyph (ToUnicode U+FB01) in the PDF")
        if base == "no-styrerommet-linjenummer.pdf":
            numbered = re.findall(r"^\s{0,6}(5|10|15|20|25|30|35|40)\s{2,}\S", layout, re.M)
            if len(numbered) < 12:
                errors.append(f"only {len(numbered)} margin line numbers")
            if len(re.findall(r"^\s+[1-4]\s{2,}\S", layout, re.M)) < 4:
                errors.append("footnotes at the page foot missing")
            p1, p2 = pages[0].rstrip().splitlines(), pages[1]
            body1 = [l for l in p1 if l.strip() and not re.match(r"\s+[1-4]\s{2,}|\s{6,}\S", l) and "Side 1" not in l]
            if not re.search(r"til å bruke underleverandører\s*$", "\n".join(p1)) and not re.search(r"underleverandører\s*$", body1[-1] if body1 else ""):
                errors.append("clause 5.1 does not break at the page end")
            if "(underdatabehandlere). Underleverandørene" not in p2:
                errors.append("clause 5.1 does not continue on page 2")
            if "Side 3 av 3" not in layout:
                errors.append("footer 'Side N av 3' missing")
        if base == "en-us-cobaltline-sections.pdf":
            if len(re.findall(r"^\s*Section \d+\. (?:[A-Z] ){3,}", layout, re.M)) != 12:
                errors.append("expected 12 'Section N.' headings with letter-spaced titles")
            if "Section 7(b)(ii)" not in layout or "Section 7(b)(i)" not in layout:
                errors.append("cross-references Section 7(b)(i)/(ii) missing")
            if len(re.findall(r"^\s+\((i|ii)\) \S", layout, re.M)) < 4:
                errors.append("nested (i)/(ii) paragraphs missing")
    if doc.endswith(".docx"):
        with zipfile.ZipFile(doc) as z:
            names = z.namelist()
            body = z.read("word/document.xml").decode("utf-8")
            numbering = z.read("word/numbering.xml").decode("utf-8") if "word/numbering.xml" in names else ""
            app = z.read("docProps/app.xml").decode("utf-8") if "docProps/app.xml" in names else ""
        paras = re.findall(r"<w:p[ >].*?</w:p>", body, re.S)
        texts = ["".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)) for p in paras]
        if base == "sv-rekryta-autonummer.docx":
            if "LibreOffice" not in app:
                errors.append("not written by LibreOffice")
            if 'w:val="%1.%2"' not in numbering or body.count("<w:numPr>") < 35:
                errors.append("automatic two-level numbering missing")
            if any(re.match(r"\s*\d+(\.\d+)*\.?\s", t) for t in texts):
                errors.append("a clause number is typed in the text")
            if body.count("<w:tbl>") != 1:
                errors.append("expected one sub-processor table")
        if base == "en-pawsheet-gdocs.docx":
            if re.search(r'<w:pStyle w:val="(Heading|Title)', body):
                errors.append("a Heading/Title style is used")
            tabbed = [p for p in paras if re.search(r"<w:t(?: [^>]*)?>\d+\.\d+</w:t>\s*(</w:r>\s*<w:r>\s*(<w:rPr>.*?</w:rPr>)?\s*)?<w:tab/>", p, re.S)]
            if len(tabbed) < 30:
                errors.append(f"only {len(tabbed)} paragraphs typed 'N.N<TAB>'")
            bold_heads = [t for p, t in zip(paras, texts) if re.match(r"\d+\. [A-Z]", t) and "<w:b/>" in p]
            if len(bold_heads) != 12:
                errors.append(f"expected 12 bold Normal headings, found {len(bold_heads)}")
    if base == "en-tixora-versaler.txt":
        text = open(doc, encoding="utf-8").read()
        if re.search(r"^\s*(\d+(\.\d+)*\.?|\([a-z0-9]+\)|[a-z]\))\s", text, re.M):
            errors.append("a line starts with a clause number")
        if len(re.findall(r"^[A-Z][A-Z' -]{3,}$", text, re.M)) < 15:
            errors.append("fewer than 15 ALL-CAPS heading lines")
    if base == "da-maegler-cp1252.txt":
        raw = open(doc, "rb").read()
        try:
            raw.decode("utf-8")
            errors.append("file decodes as UTF-8 (should be Windows-1252)")
        except UnicodeDecodeError:
            pass
        if raw.count(b"\n") != raw.count(b"\r\n") or raw.startswith(b"\xef\xbb\xbf"):
            errors.append("line endings are not all CRLF, or a BOM is present")
        if b"\xf8" not in raw or b"\x96" not in raw:
            errors.append("no cp1252 ø / en dash bytes")
        if len(re.findall(rb"^Pkt\. \d+(\.\d+)? ", raw, re.M)) < 40:
            errors.append("expected 'Pkt. N' / 'Pkt. N.N' lines")
        src = open(os.path.join(HERE, "da-maegler-cp1252-kilde.txt"), encoding="utf-8").read()
        if raw.decode("cp1252").replace("\r\n", "\n") != src:
            errors.append("decoded text differs from the UTF-8 source")
    if base == "da-loenspor-markdown.md":
        text = open(doc, encoding="utf-8").read()
        if len(re.findall(r"^## \d+\. ", text, re.M)) != 13 or len(re.findall(r"^\d\. ", text, re.M)) < 30:
            errors.append("expected '## N.' headings with ordered-list items")
        if len(re.findall(r"^\|---", text, re.M)) != 2:
            errors.append("expected two Markdown tables")
        if not re.search(r"^1\. .*\n1\. .*\n1\. ", text, re.M):
            errors.append("lazy '1. 1. 1.' list missing")
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
    flat = re.sub(r"\s+", " ", re.sub(r"(\w)-\n\s*(\w)", r"\1\2", text)).lower()   # hyphenated line ends joined
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
            if alt and not ref_in_text(alt, text):
                errors.append(f"finding {fid}: citation '{alt}' not in text")
    for fid in g["findings_forbidden"]:
        if not valid_fid(fid):
            errors.append(f"unknown forbidden finding {fid}")
        for r in req:
            if r == fid or (fid.endswith("*") and r.startswith(fid[:-1])):
                errors.append(f"{r} both required and forbidden")
    # every finding id of the taxonomy is decided, except those the notes say are arguable
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
