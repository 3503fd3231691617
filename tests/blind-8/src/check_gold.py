#!/usr/bin/env python3
"""Check the blind-8 gold files against the taxonomy, their documents and score.py.

  python3 check_gold.py        (from anywhere; needs pdftotext and pdfinfo; soffice for the TOC check)

For each <name>.json: the JSON parses; its keys are those of the blind-7 gold files; every category id,
attribute name, enum value and finding id occurs in shared/spec/taxonomy.md; no finding is both
required and forbidden; every `missing_required:<cat>` has no clause and its category absent; every
finding id of the taxonomy is required, forbidden or explained in the notes; every cited clause number
or heading occurs in the document's text; every listed sub-processor name and location occurs there;
and score.py accepts a synthetic report built from the gold itself with every check passed.

The document text is read as follows: DOCX by our own reader of word/document.xml with tracked changes
ACCEPTED (w:ins and w:moveTo kept, w:del / w:delText and w:moveFrom dropped, a paragraph whose mark is
deleted or moved away dropped), comments left out, a text box read once (mc:Choice, not mc:Fallback),
field results kept and field codes dropped, content controls kept; PDF by pdftotext -layout and -raw;
the UTF-16 text decoded; HTML as its visible text (no head, script or style). It also checks that each
document still has the shape the README promises, and prints the word counts. It never runs the engine.
"""
import glob
import html.parser
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
ANNEX = r"(Annex|Bilag|Anlage|Appendix|Schedule|Bilaga|Vedlegg|Exhibit)"
# running headers / footers, typed or drawn: left out of the word counts
PAGE_FURNITURE = re.compile(
    r"^\s*(Personuppgiftsbiträdesavtal – Friskolan Ekbacken AB / Skolpulsen AB|Sida \d+ av \d+|"
    r"Berthwise Systems Ltd — Data Processing Agreement\s+Meridian Yacht Charters Ltd|Page \d+( of \d+)?|"
    r"Master Services Agreement – Moselle Language Institute S\.A\. / Syllabrix Learning Systems Limited|"
    r"Sydthy Vandforsyning A\.m\.b\.a\. · Vandur ApS – Databehandleraftale|Side \d+ af \d+|"
    r"Databehandleraftale – Ribe Fysioterapi og Træning ApS / Kropsjournal ApS)\s*$")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11, "XII": 12}


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


# ------------------------------------------------------------------ DOCX: accepted text
def docx_paragraphs(path):
    """Paragraph texts of word/document.xml in reading order, tracked changes accepted."""
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []

    def para_text(p):
        ppr = p.find(W + "pPr")
        if ppr is not None:
            rpr = ppr.find(W + "rPr")
            if rpr is not None and (rpr.find(W + "del") is not None or rpr.find(W + "moveFrom") is not None):
                return None                     # the paragraph itself is deleted / moved away
        parts, in_instr = [], [False]

        def walk(el):
            tag = el.tag
            if tag in (W + "del", W + "moveFrom", W + "commentReference", W + "instrText", W + "delText"):
                return
            if tag == MC + "Fallback":
                return
            if tag == W + "txbxContent":
                for sub in el.iter(W + "p"):
                    t = para_text(sub)
                    if t:
                        out.append(t)
                return
            if tag == W + "fldChar":
                kind = el.get(W + "fldCharType")
                in_instr[0] = kind == "begin"
                return
            if tag == W + "t":
                parts.append(el.text or "")
            elif tag == W + "tab":
                parts.append("\t")
            elif tag in (W + "br", W + "cr"):
                parts.append("\n")
            for child in el:
                walk(child)

        for child in p:
            if child.tag != W + "pPr":
                walk(child)
        return "".join(parts)

    def block(el):
        for child in el:
            if child.tag == W + "p":
                t = para_text(child)
                if t is not None:
                    out.append(t)
            elif child.tag == W + "tbl":
                for tr in child.iter(W + "tr"):
                    for tc in tr.findall(W + "tc"):
                        block(tc)
            elif child.tag in (W + "sdt",):
                content = child.find(W + "sdtContent")
                if content is not None:
                    block(content)
            elif child.tag in (W + "moveToRangeStart", W + "moveFromRangeStart", W + "bookmarkStart"):
                continue

    block(root.find(W + "body"))
    return out


# ------------------------------------------------------------------ HTML: visible text
class Visible(html.parser.HTMLParser):
    BLOCK = {"p", "h1", "h2", "h3", "li", "tr", "div", "header", "footer", "nav", "section", "article", "table", "td", "th", "button"}

    def __init__(self):
        super().__init__()
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self.skip -= 1
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(re.sub(r"\s+", " ", data))


def html_text(path):
    v = Visible()
    v.feed(open(path, encoding="utf-8").read())
    return "\n".join(l.strip() for l in "".join(v.out).splitlines() if l.strip())


def doc_text(path):
    if path.endswith(".pdf"):
        return "\n".join(run(["pdftotext"] + mode + [path, "-"]) for mode in (["-layout"], ["-raw"]))
    if path.endswith(".docx"):
        return "\n".join(docx_paragraphs(path))
    if path.endswith(".html"):
        return html_text(path)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xff\xfe"):
        return raw.decode("utf-16").replace("\r\n", "\n")
    return raw.decode("utf-8")


def word_count(path):
    """Tokens with a letter or digit, without running headers and footers."""
    if path.endswith(".pdf"):
        lines = run(["pdftotext", path, "-"]).splitlines()
    else:
        lines = doc_text(path).splitlines()
    lines = [l.replace("\f", "") for l in lines if not PAGE_FURNITURE.match(l.replace("\f", ""))]
    return sum(1 for l in lines for tok in l.split() if re.search(r"\w", tok))


# ------------------------------------------------------------------ citations
def in_block(text, head_re, item_re, stop_re):
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if re.match(head_re, line):
            for nxt in lines[i + 1:]:
                if re.match(stop_re, nxt):
                    break
                if re.match(item_re, nxt):
                    return True
    return False


def ref_in_text(alt, text):
    alt = alt.strip()
    if re.fullmatch(r"¶\d+", alt):
        return True
    flat = re.sub(r"\s+", " ", text)
    if alt in ROMAN:                                       # 'IV' -> 'ARTICLE IV —'
        return re.search(r"(^|\n)\s*ARTICLE " + alt + r" —", text) is not None
    m = re.fullmatch(ANNEX + r" (\w+) (.+)", alt)
    if m:                                                  # 'Schedule 3 5.1.3', 'Bilag D D.4'
        head = re.search(r"(^|\n)\s*" + m.group(1) + r"\s+" + re.escape(m.group(2)) + r"\b", text, re.I)
        if not head:
            return False
        return re.search(r"(^|\n)\s*" + re.escape(m.group(3)) + r"(\.|\s)", text[head.end():]) is not None
    if re.fullmatch(r"[A-E](\.\d+)+", alt):                # lettered annex clauses 'B.4', 'B.7.1'
        return re.search(r"(^|\n)\s*" + re.escape(alt) + r"\s", text) is not None
    if re.fullmatch(r"\d+(\.\d+)*", alt):
        if re.search(r"(^|\n)\s*" + re.escape(alt) + r"(\.|\s)", text):
            return True
        if re.search(r"(^|\n)\s*(§|ARTICLE|Artikel)\s*" + re.escape(alt) + r"\b", text):
            return True
        if re.search(r"\s{4,}" + re.escape(alt) + r"\s", text):      # right-hand column of a 2-column page
            return True
        m = re.fullmatch(r"(\d+)\.(\d+)", alt)
        if m:                                              # '5.3' = 'Stk. 3.' under '§ 5.'
            return in_block(text, r"§ " + m.group(1) + r"\. ", r"Stk\. " + m.group(2) + r"\. ", r"§ \d+\. ")
        return False
    return alt.lower() in flat.lower()


# ------------------------------------------------------------------ shapes
def zipped(path, name):
    with zipfile.ZipFile(path) as z:
        return z.read(name).decode("utf-8") if name in z.namelist() else ""


def shape_errors(doc):
    errors = []
    base = os.path.basename(doc)
    if doc.endswith(".pdf"):
        info = run(["pdfinfo", doc])
        layout = run(["pdftotext", "-layout", doc, "-"])
        raw = run(["pdftotext", "-raw", doc, "-"])
        pages = [p for p in layout.split("\f") if p.strip()]
        if len(pages) < 2:
            errors.append("expected several pages")
        if base == "sv-skolpulsen-tvaspalt.pdf":
            if "Skia/PDF" not in info:
                errors.append("not a Chromium (Skia/PDF) PDF")
            two_col = [l for l in layout.splitlines() if re.match(r"\S.{20,}\s{4,}\S", l) and len(l) > 80]
            if len(two_col) < 45:
                errors.append(f"only {len(two_col)} lines with text in both columns")
            hy = len(re.findall("\u2010\n", raw))
            if hy < 20:
                errors.append(f"only {hy} words hyphenated at a line end (U+2010)")
            if re.search("\u00ad(?!\n?\u2010)", raw):
                errors.append("a soft hyphen U+00AD inside a line")
        if base == "en-berthwise-groff-articles.pdf":
            if "groff" not in info or "Ghostscript" not in info:
                errors.append("not a groff + Ghostscript PDF")
            if len(re.findall(r"^ARTICLE [IVX]+ — [A-Z]", layout, re.M)) != 12:
                errors.append("expected 12 'ARTICLE <roman> —' headings")
            if len(re.findall(r"[a-z]-\n", raw)) < 15:
                errors.append("fewer than 15 hyphenated line ends")
            if not re.search(r"^\s*Sub-processor\s+Location\s+Service", layout, re.M):
                errors.append("Schedule 2 table missing")
        if base == "en-syllabrix-msa-schedule.pdf":
            if "LibreOffice" not in info:
                errors.append("not a LibreOffice PDF")
            sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", run(["pdfinfo", "-f", "1", "-l", "99", doc]))
            land = [i for i, (w, h) in enumerate(sizes, 1) if float(w) > float(h)]
            if len(land) != 1 or not re.search(r"SCHEDULE 2 – CHARGES", layout.split("\f")[land[0] - 1]):
                errors.append("Schedule 2 should be the one landscape page")
            for n in range(1, 5):
                if not re.search(rf"SCHEDULE {n} – ", layout):
                    errors.append(f"SCHEDULE {n} heading missing")
            if not re.search(r"^\s*5\.1\.3\s", layout, re.M) or not re.search(r"^12\. Records and own use", layout, re.M):
                errors.append("Schedule 3 numbering missing")
        if base == "da-vandur-bilag-liggende.pdf":
            if "ReportLab" not in info:
                errors.append("not a ReportLab PDF")
            sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", run(["pdfinfo", "-f", "1", "-l", "99", doc]))
            if not sizes or any(float(w) < float(h) for w, h in sizes):
                errors.append("not every page is landscape")
            for letter in "ABCDE":
                if not any(re.match(r"\s*Bilag " + letter + " – ", p.lstrip("\n").splitlines()[3] if len(p.lstrip('\n').splitlines()) > 3 else "")
                           or re.search(r"^\s*Bilag " + letter + " – ", "\n".join(p.splitlines()[:6]), re.M) for p in pages):
                    errors.append(f"Bilag {letter} does not start a page")
            if len(re.findall(r"^\s*[A-E]\.\d+(\.\d+)?\s", layout, re.M)) < 25:
                errors.append("fewer than 25 lettered annex clauses")
    if doc.endswith(".docx"):
        body = zipped(doc, "word/document.xml")
        if base == "da-kystlys-tosproget.docx":
            if body.count("<w:tbl>") != 2 or "<w:tblHeader/>" not in body:
                errors.append("expected the clause table with a repeated header row and the annex table")
            rows = re.findall(r"<w:tr>.*?</w:tr>", body, re.S)
            two = [r for r in rows if r.count("<w:tc>") == 2]
            if len(two) < 45:
                errors.append(f"only {len(two)} two-column rows")
            numbered = [r for r in two if len(re.findall(r"<w:t[^>]*>(\d+(?:\.\d+)?) ", r)) == 2]
            if len(numbered) < 40:
                errors.append("clause numbers not typed in both cells")
        if base == "en-quillon-tracked-changes.docx":
            for tag, least in (("<w:ins ", 10), ("<w:del ", 8), ("<w:moveFrom ", 2), ("<w:moveTo ", 2),
                               ("<w:moveFromRangeStart", 1), ("<w:commentRangeStart", 7), ("<w:delText", 8)):
                if body.count(tag) < least:
                    errors.append(f"fewer than {least} {tag.strip('<')}")
            comments = zipped(doc, "word/comments.xml")
            if comments.count("<w:comment ") != 7:
                errors.append("expected 7 comments")
            if "<w:trackRevisions/>" not in zipped(doc, "word/settings.xml"):
                errors.append("track changes not switched on")
            text = "\n".join(docx_paragraphs(doc))
            for s in ("[DATE]", "Privacy Shield", "EUR 95", "24 hours", "72 hours"):
                if s in text:
                    errors.append(f"accepted text still contains '{s}'")
            for s in ("five (5) Business Days", "on reasonable grounds", "11.2\tNotwithstanding", "60 days' written notice"):
                if s not in text:
                    errors.append(f"accepted text lacks '{s}'")
            if text.count("has committed themselves to confidentiality") != 1 or not re.search(r"^4\.1\tQuillon shall ensure", text, re.M):
                errors.append("the moved confidentiality clause is not read once, as 4.1")
        if base == "de-kassenwerk-steuerelemente.docx":
            if body.count("<w:sdt>") != 9 or body.count("<w:date ") != 2 or body.count("<w14:checkbox>") != 2:
                errors.append("content controls (text, date, check box) missing")
            if body.count('w14:checked w14:val="1"') != 1:
                errors.append("exactly one ticked check box expected")
            if body.count("<w:txbxContent>") != 2 or "<mc:Fallback>" not in body:
                errors.append("text box with VML fallback missing")
            if "DOCPROPERTY" not in body or " REF KundeName " not in body or "docProps/custom.xml" not in zipfile.ZipFile(doc).namelist():
                errors.append("DOCPROPERTY / REF fields or custom properties missing")
            text = "\n".join(docx_paragraphs(doc))
            if text.count("Ilka Brandes") != 1:
                errors.append("text box text should be read once")
        if base == "da-skiftevagt-indholdsfortegnelse.docx":
            if 'TOC \\o "1-2"' not in body or body.count("PAGEREF _Toc") != 21:
                errors.append("TOC field with 21 PAGEREF entries missing")
            if body.count('w:val="Heading1"') != 10 or body.count('w:val="Heading2"') != 11:
                errors.append("expected 10 Heading 1 and 11 Heading 2 paragraphs")
            text = "\n".join(docx_paragraphs(doc))
            if not re.search(r"^4\.1\.1\.3\t", text, re.M):
                errors.append("four-level clause numbers missing")
            toc = dict(re.findall(r"^(\d+(?:\.\d+)?) [^\t]+\t(\d+)$", text, re.M))
            try:
                with tempfile.TemporaryDirectory() as d:
                    subprocess.run(["soffice", f"-env:UserInstallation=file://{d}/p", "--headless", "--convert-to", "pdf",
                                    "--outdir", d, doc], capture_output=True, check=True)
                    lay = run(["pdftotext", "-layout", os.path.join(d, base[:-5] + ".pdf"), "-"])
                where = {}
                for pno, page in enumerate(lay.split("\f"), 1):
                    if pno > 1:
                        for m in re.finditer(r"^(\d+(?:\.\d+)?) [A-ZÆØÅ][^.\n]*$", page, re.M):
                            where.setdefault(m.group(1), str(pno))
                if where != toc:
                    errors.append(f"cached TOC page numbers differ from LibreOffice's layout: {toc} vs {where}")
            except (OSError, subprocess.CalledProcessError):
                print("    (soffice not available: TOC page numbers not checked)")
    if base == "da-kropsjournal-utf16.txt":
        raw = open(doc, "rb").read()
        if not raw.startswith(b"\xff\xfe"):
            errors.append("no UTF-16LE byte-order mark")
        text = raw.decode("utf-16")
        if text.count("\n") != text.count("\r\n"):
            errors.append("line endings are not all CRLF")
        pages = text.split("\f")
        if len(pages) != 5:
            errors.append("expected five pages separated by form feeds")
        for i, p in enumerate(pages, 1):
            if not p.startswith("Databehandleraftale – Ribe Fysioterapi og Træning ApS / Kropsjournal ApS\r\n") or f"Side {i} af 5" not in p:
                errors.append(f"page {i}: typed header or footer missing")
        if len(pages) > 2 and not re.search(r"ApS\r\n\r\ngennem en skriftlig aftale", pages[2]):
            errors.append("§ 5 Stk. 3 does not continue at the top of page 3")
        if len(re.findall(r"^§ \d+\. ", text, re.M)) != 12 or len(re.findall(r"^Stk\. \d+\. ", text, re.M)) < 30:
            errors.append("expected '§ N.' headings and 'Stk. N.' paragraphs")
    if base == "no-smorbukk-sporsmal-svar.html":
        src = open(doc, encoding="utf-8").read()
        qs = re.findall(r"<h3>\d+\.\d+ [^<]+\?</h3>", src)
        if len(qs) != 29:
            errors.append(f"only {len(qs)} numbered questions")
        for needle in ('"@type": "FAQPage"', '<nav class="toc"', '<div class="cookie"', "<footer", "<script>", "<table>"):
            if needle not in src:
                errors.append(f"{needle} missing")
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
    joined = re.sub("(\\w)(?:[-\u00ad\u2010]\n?)+\\s*(\\w)", r"\1\2", text)     # hyphenated line ends joined
    flat = re.sub(r"\s+", " ", joined).lower()
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
