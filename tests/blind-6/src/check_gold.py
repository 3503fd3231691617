#!/usr/bin/env python3
"""Check the blind-6 gold files against the taxonomy, their documents and score.py.

  python3 check_gold.py        (from anywhere; needs pdftotext, pdfinfo and soffice)

For each <name>.json: the JSON parses; its keys are those of the blind-5 gold files; every category
id, attribute name, enum value and finding id occurs in shared/spec/taxonomy.md; no finding is both
required and forbidden; every `missing_required:<cat>` has no clause and its category absent; every
cited clause number or heading word occurs in the document's text (PDF via pdftotext -layout and
-raw, DOCX via LibreOffice's txt export, except the tracked-changes DOCX, whose text is its
**accepted** text extracted here from document.xml: insertions kept, deletions and deleted
paragraphs dropped); every listed sub-processor name occurs there; and score.py accepts a synthetic
report built from the gold itself with every check passed. It also checks that each document still
has the shape the README promises (tracked changes and comments, footnotes and content controls,
a table of contents with dotted leaders, list-marker numbers, glyph-by-glyph drawing with hyphenated
line ends, the groff/Ghostscript producer, `N §` paragraphs, `## Article` headings with `- (a)`
bullets, 60-column hard wrapping, a DPA that starts as Annex 3 after the services agreement) and
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
    r"^\s*(Mieterlink GmbH – Vereinbarung zur Auftragsverarbeitung|Fassung 02/2025|Seite \d+ von \d+|"
    r"Smilnet ApS – Databehandleraftale \(tandklinikker\), v\. 4|\d+/\d+|"
    r"Foreldrepost AS · Databehandleravtale · Solbakken barnehage SA|Side \d+ av \d+|"
    r"Givebase Software Limited|Data Processing Agreement|Page \d+)\s*$")
HEADING_WORDS = r"(Section|Clause|Article|Artikkel|§|##|## Article)"
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


def accepted_text(path):
    """The text of a DOCX with all tracked changes accepted: w:ins kept, w:del dropped, and a paragraph
    whose mark is deleted and whose content is all deleted left out altogether."""
    import xml.etree.ElementTree as ET
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    lines = []
    for p in root.iter(W + "p"):
        ppr = p.find(W + "pPr")
        mark_deleted = ppr is not None and ppr.find(f"{W}rPr/{W}del") is not None
        parts = []

        def walk(el, deleted):
            for ch in el:
                if ch.tag == W + "del":
                    walk(ch, True)
                elif ch.tag == W + "t" and not deleted:
                    parts.append(ch.text or "")
                elif ch.tag in (W + "pPr",):
                    continue
                else:
                    walk(ch, deleted)
        walk(p, False)
        text = "".join(parts)
        if mark_deleted and not text.strip():
            continue
        lines.append(text)
    return "\n".join(lines) + "\n"


def doc_text(path):
    """The document's text as an engine should see it; for PDFs the layout text and then the raw
    reading order."""
    if path.endswith(".pdf"):
        return "\n".join(run(["pdftotext"] + mode + [path, "-"]) for mode in (["-layout"], ["-raw"]))
    if path.endswith("sporede-aendringer.docx"):
        return accepted_text(path)
    if path.endswith(".docx"):
        return docx_text(path)
    return open(path, encoding="utf-8").read()


def word_count(path):
    """Tokens with a letter or digit (dotted leaders of a table of contents are not words)."""
    if path.endswith(".pdf"):
        lines = [l for l in run(["pdftotext", path, "-"]).splitlines() if not PAGE_FURNITURE.match(l)]
    elif path.endswith("60-kolonner.txt"):       # words split at line ends count once
        lines = re.sub(r"(\w)-\n(\w)", r"\1\2", doc_text(path)).splitlines()
    else:
        lines = doc_text(path).splitlines()
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


def ref_in_text(alt, text):
    alt = alt.strip()
    if re.fullmatch(r"¶\d+", alt):
        return True
    flat = re.sub(r"\s+", " ", text)
    m = re.fullmatch(r"(?:§ (\d+)|(\d+) §)", alt)
    if m:                                     # Swedish '5 §' (either spelling) at the start of a line
        n = m.group(1) or m.group(2)
        return re.search(r"(^|\n)\s*" + n + r" §\s", text) is not None
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
        return re.search(r"(^|\n)\s*" + HEADING_WORDS + r"\s*" + re.escape(alt) + r"\b", text) is not None
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
        want = {"de-hausverwaltung-inhaltsverzeichnis.pdf": "ReportLab", "no-barnehage-glyfer.pdf": "ReportLab",
                "da-tandklinik-listenumre.pdf": "Skia/PDF", "en-charity-groff.pdf": "Ghostscript"}.get(base)
        if want and want not in info:
            errors.append(f"PDF producer is not {want}")
        layout = run(["pdftotext", "-layout", doc, "-"])
        if (layout.count("\f") or 1) < 2:
            errors.append("expected several pages")
        if base == "de-hausverwaltung-inhaltsverzeichnis.pdf":
            toc = [l for l in layout.split("\f")[0].splitlines() if re.search(r"(\. ){5,}\.?\s*\d+\s*$", l)]
            if len(toc) < 12 or "Inhaltsverzeichnis" not in layout:
                errors.append(f"table of contents with dotted leaders missing ({len(toc)} lines)")
            if "Seite 5 von 5" not in layout:
                errors.append("footer 'Seite N von 5' missing")
        if base == "en-charity-groff.pdf":
            if "groff" not in info:
                errors.append("Creator is not groff")
            if not re.search(r"^\s*13\. Term, liability", layout, re.M):
                errors.append("automatic section number 13. missing")
        if base == "da-tandklinik-listenumre.pdf":
            html = open(os.path.join(HERE, "da-tandklinik-listenumre.html"), encoding="utf-8").read()
            if re.search(r"<li>\s*\d+(\.\d+)*\.?\s", html):
                errors.append("a clause number is typed in the HTML")
            if html.count("<ol") < 13 or "::marker" not in html:
                errors.append("nested <ol> lists with ::marker numbers missing")
            if not re.search(r"^\s*10\.1\s+Ved Hovedaftalens", layout, re.M):
                errors.append("marker '10.1' not rendered before its clause")
        if base == "no-barnehage-glyfer.pdf":
            shows = [s for st in pdf_streams(doc) for s in re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", st)]
            singles = sum(1 for s in shows if len(re.sub(rb"\\([0-7]{1,3}|.)", b"x", s)) == 1)
            if not shows or singles != len(shows):
                errors.append(f"text is not drawn glyph by glyph ({singles}/{len(shows)} single-character Tj)")
            hyph = [l for l in layout.splitlines() if re.search(r"[a-zæøå]-\s*$", l)]
            if len(hyph) < 8:
                errors.append(f"only {len(hyph)} hyphenated line ends")
            if "Side 2 av 2" not in layout:
                errors.append("footer 'Side N av 2' missing")
    if doc.endswith(".docx"):
        with zipfile.ZipFile(doc) as z:
            names = z.namelist()
            body = z.read("word/document.xml").decode("utf-8")
            comments = z.read("word/comments.xml").decode("utf-8") if "word/comments.xml" in names else ""
            notes = z.read("word/footnotes.xml").decode("utf-8") if "word/footnotes.xml" in names else ""
        if base == "da-rengoering-sporede-aendringer.docx":
            if body.count("<w:ins ") < 8 or body.count("<w:del ") < 10:
                errors.append("tracked insertions / deletions missing")
            if comments.count("<w:comment ") != 2 or body.count("<w:commentReference") != 2:
                errors.append("expected two Word comments")
            if not re.search(r"<w:pPr>.*?<w:rPr><w:del ", body):
                errors.append("no deleted paragraph mark")
        if base == "en-gym-fodnoter-indholdskontroller.docx":
            if body.count("<w:footnoteReference") != 4 or notes.count("<w:footnote w:id=") < 4:
                errors.append("expected four footnotes")
            if body.count("<w:sdt>") < 3 or "Corrloch Leisure Limited" not in re.sub(r"<[^>]+>", "", "".join(re.findall(r"<w:sdt>.*?</w:sdt>", body))):
                errors.append("party names not in content controls")
    if base == "sv-bostadsko-paragrafer.txt":
        text = open(doc, encoding="utf-8").read()
        if len(re.findall(r"^\d+ § ", text, re.M)) != 21 or "första stycket" not in text:
            errors.append("expected 1 § … 21 § and a 'första stycket' reference")
    if base == "en-ticketing-artikler-punkter.md":
        text = open(doc, encoding="utf-8").read()
        if len(re.findall(r"^## Article \d+ – ", text, re.M)) != 11 or len(re.findall(r"^- \([a-z]\) ", text, re.M)) < 30:
            errors.append("expected '## Article N – …' headings and '- (a)' bullets")
    if base == "da-roklub-60-kolonner.txt":
        lines = open(doc, encoding="utf-8").read().splitlines()
        if max(len(l) for l in lines) > 60:
            errors.append("a line is longer than 60 characters")
        if sum(1 for l in lines if re.search(r"\w-$", l)) < 20:
            errors.append("fewer than 20 hyphenated line ends")
        src = open(os.path.join(HERE, "da-roklub-kilde.txt"), encoding="utf-8").read()
        joined = re.sub(r"(\w)-\n(\w)", r"\1\2", "\n".join(lines))
        if " ".join(joined.split()) != " ".join(src.split()):
            errors.append("de-hyphenated text differs from the source")
    if base == "en-dk-uk-support-annex3.txt":
        text = open(doc, encoding="utf-8").read()
        order = [text.find(s) for s in ("8. GOVERNING LAW", "ANNEX 2 – CHARGES", "ANNEX 3 – DATA PROCESSING TERMS",
                                          "Part A – Terms", "Part B – Details", "Part C – Approved")]
        if -1 in order or order != sorted(order):
            errors.append("the DPA does not start as Annex 3 after the services agreement")
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
