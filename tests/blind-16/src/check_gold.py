#!/usr/bin/env python3
"""Check the gold files of tests/blind-16 (adapted from tests/blind-14/src/check_gold.py; adds flat Swedish "§ N" refs) (needs pdftotext and soffice; standard-library Python).

  python3 check_gold.py

1. Extracts the text of every document (pdftotext -layout, LibreOffice "Text (encoded)" for DOCX,
   tags stripped for HTML, raw for TXT/MD) and prints word counts.
2. Every clause ref of every gold file (analysis: categories_present, findings_required; comparison:
   changed/added/removed/renumbered/unchanged) must have at least one `|` alternative that occurs in
   the right document's text (a number as a clause label, '§ N (k)' inside § N, 'Bilag C.5' as
   'Bilag C' + 'C.5', a heading as words).
3. Ids: categories, attribute names and enum values, finding ids, presence values and verdicts are
   those of taxonomy.md / report-schema.md; no finding is both required and forbidden.
4. Attributes and findings agree in every analysis gold (deadline > 72 <=> breach_deadline_over_72h, …).
5. Every comparison verdict that has both sides' values in a.json / b.json equals the verdict the
   taxonomy's ordering gives; b_attributes agree with b.json; findings_a_only / _b_only /
   _b_required agree with the required findings of a.json and b.json; presence only_a / only_b /
   both / neither agrees with the analysis golds where they state it; every conflict has an ordered
   verdict a_stricter / b_stricter (and every such verdict's category is a conflict).
6. For the version pairs, the clause texts are taken from the sources (src/*.txt and derive.py):
   clauses_unchanged must have identical text under the same id, clauses_renumbered identical text
   under the two ids, clauses_changed a B text (or A text) that does not occur on the other side,
   clauses_added a B text absent from A, clauses_removed an A text absent from B.
"""
import html as htmlmod
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

import derive
from markup import HERE, SET

PAIRS = ["nb-storvang-kommune-vs-leksebroen", "nb-timeboka-flyttede-punkter", "sv-granvik-mall-vs-omsorgsplan",
         "sv-korkortsportalen-paragrafer", "de-gastlink-neuer-paragraf", "da-hedegaard-vs-paywell-engelsk"]

CATEGORIES = ["scope", "instructions", "confidentiality", "security", "sub_processors", "data_subject_rights",
              "controller_assistance", "breach_notification", "deletion_return", "audits", "transfers",
              "processing_location", "retention", "costs", "processor_own_use", "controller_obligations",
              "instruction_changes", "records", "liability", "term_termination", "precedence", "governing_law",
              "parties_contacts", "background"]
ATTRS = {
    "breach_notification": {"deadline_hours": "num", "without_undue_delay": "bool"},
    "sub_processors": {"authorisation": ["specific", "general", "both", None], "notice_days": "num",
                       "objection_right": ["free", "restricted", "none", None], "flow_down": "bool", "listed": "list"},
    "transfers": {"stance": ["prohibited", "instruction_only", "general_authorisation", "listed", None],
                  "mechanism": "str"},
    "deletion_return": {"trigger": ["end_of_service", "on_request", None], "confirmation": "bool"},
    "audits": {"notice_days": "num", "cost_bearer": ["processor", "controller", "shared", None], "form": "list"},
    "costs": {"assistance_paid": "bool"},
    "processor_own_use": {"anonymisation": "bool"},
    "retention": {"days": "num"},
    "processing_location": {"places": "list"},
    "scope": {"data_types": "list", "data_subjects": "list"},
}
FINDINGS = ["transfer_general_authorisation", "transfer_without_mechanism", "transfer_invalid_mechanism",
            "processor_anonymisation_reuse", "assistance_paid", "breach_no_deadline", "breach_deadline_over_72h",
            "deletion_on_request_only", "sub_processor_objection_restricted", "sub_processor_no_flow_down",
            "sub_processor_list_missing", "sub_processor_list_incomplete", "audit_restricted", "conflicting_options",
            "outdated_law_reference", "template_placeholder"]
VERDICTS = {"same", "a_stricter", "b_stricter", "differs"}
PRESENCE = {"both", "only_a", "only_b", "neither"}

errors = []
RAW = {}
RAW_OF = {}          # pdftotext -raw of each PDF (table cells wrap in -layout)


def err(msg):
    errors.append(msg)
    print("ERROR", msg)


# ------------------------------------------------------------------ text extraction
def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        lay = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True, check=True).stdout
        raw = subprocess.run(["pdftotext", "-raw", path, "-"], capture_output=True, text=True, check=True).stdout
        RAW[path] = raw
        return lay
    if ext == "docx" and tracked_docx(path):
        return accepted_docx_text(path)
    if ext == "docx":
        with tempfile.TemporaryDirectory() as tmp:
            prof = os.path.join(tmp, "prof")
            subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to",
                            "txt:Text (encoded):UTF8", "--outdir", tmp, path], capture_output=True, check=True, timeout=300)
            name = os.path.basename(path)[:-5] + ".txt"
            return open(os.path.join(tmp, name), encoding="utf-8-sig").read()
    text = open(path, encoding="utf-8").read()
    if ext == "html":
        text = re.sub(r"(?s)<style.*?</style>", "", text)
        text = re.sub(r"<(/p|/h\d|br|/tr|/li|/header|/footer|/nav)>", "\n", text)
        text = htmlmod.unescape(re.sub(r"<[^>]+>", " ", text))
    return text


def tracked_docx(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    return "<w:del " in xml or "<w:ins " in xml


def accepted_docx_text(path):
    """Text of a DOCX with tracked changes, all revisions ACCEPTED: runs inside <w:del> are dropped,
    runs inside <w:ins> kept, table rows marked deleted dropped; one line per paragraph, cells by tabs."""
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    lines = []

    def para(p):
        out = []
        for el in p.iter():
            if el.tag == W + "t":
                out.append(el.text or "")
            elif el.tag == W + "tab":
                out.append("\t")
        return "".join(out)

    body = root.find(W + "body")
    for child in body:
        if child.tag == W + "p":
            lines.append(para(child))
        elif child.tag == W + "tbl":
            for tr in child.iter(W + "tr"):
                trpr = tr.find(W + "trPr")
                if trpr is not None and trpr.find(W + "del") is not None:
                    continue
                lines.append("\t".join(para(tc) for tc in tr.iter(W + "tc")))
    return "\n".join(lines) + "\n"


def ref_in_text(alt, text):
    t = text
    alt = alt.strip()
    m = re.fullmatch(r"§ (\d+) \((\d+)\)", alt)
    if m:
        n, k = m.groups()
        sec = re.search(rf"(?m)^\s*§ {n} .*?(?=^\s*§ {int(n) + 1} |^\s*Anlage 1 |\Z)", t, re.S)
        return bool(sec and re.search(rf"(^|\n)\s*\({k}\)", sec.group(0)))
    m = re.fullmatch(r"§ (\d+)", alt)
    if m:
        return bool(re.search(rf"(^|\n)\s*§ {m.group(1)}\s", t))
    m = re.fullmatch(r"(Bilag|Bilaga|Annex|Anlage|Schedule|Vedlegg) (\w+)(?: (\S+))?", alt, re.I)
    if m:
        word, label, sub = m.groups()
        pos = [x.start() for x in re.finditer(rf"{word} {re.escape(label)}\b", t, re.I)]
        if not pos:
            return False
        if sub is None:
            return True
        rest = t[pos[-1]:]
        sub = sub if "." in sub else sub + "."
        return bool(re.search(rf"(^|\n|\s){re.escape(sub.rstrip('.'))}\.?\s", rest))
    m = re.fullmatch(r"([A-Z])\.(\d+)", alt)
    if m:
        return bool(re.search(rf"(^|\n)\s*{re.escape(alt)}\b", t))
    m = re.fullmatch(r"\d+(\.\d+)*", alt)
    if m:
        if "." in alt:
            return bool(re.search(rf"(^|\n)\s*(\*\*)?{re.escape(alt)}\.?(\*\*)?\s", t))
        return bool(re.search(rf"(^|\n)\s*(#+ )?(Clause )?{alt}(\.|\s)", t))
    if alt.startswith("¶"):
        return True
    return alt.lower() in re.sub(r"\s+", " ", t).lower()


def check_ref(ref, text, where):
    alts = [a for a in ref.split("|") if a.strip()]
    if not any(ref_in_text(a, text) for a in alts):
        err(f"{where}: ref {ref!r} not found in the text")


# ------------------------------------------------------------------ clause texts from the sources
def clauses_from_markup(src):
    """{id: text} from the line markup: 'N.k' clauses, '§ N (k)' -> 'N.k', annex items, H2 sub-sections."""
    out = {}
    sec = None
    annex = None
    cur = None
    for line in src.split("\n"):
        if not line.strip():
            continue
        tag, _, body = line.partition(": ")
        if tag == "H":
            m = re.match(r"^(?:§ |Clause )?(\d+)\.? ", body)
            sec = m.group(1) if m else None
            cur = None
        elif tag == "ANNEX":
            annex = " ".join(body.split()[:2])
            cur = annex
            out[cur] = ""
        elif tag == "H2":
            lab = body.split()[0]
            cur = lab
            out[cur] = ""
        elif tag == "N" and body.startswith("§ "):
            lab, rest = re.match(r"^(§ \d+) (.*)$", body).groups()
            cur = lab
            out[cur] = rest
        elif tag == "N":
            body = re.sub(r"^Section ", "", body)
            lab, rest = re.match(r"^(\S+) (.*)$", body).groups()
            m = re.fullmatch(r"\((\d+)\)", lab)
            if m:
                cur = f"{sec}.{m.group(1)}"
            elif annex and re.fullmatch(r"\d+\.?", lab):
                cur = f"{annex} {lab.rstrip('.')}"
            elif annex and re.fullmatch(r"\d+\.\d+", lab):
                cur = f"{annex} {lab}"
            else:
                cur = lab.rstrip(".")
            out[cur] = rest
        elif tag == "I":
            lab, rest = re.match(r"^(\S+) (.*)$", body).groups()
            parent = cur.split(".")[0:2] if cur else []
            out[f"{cur}.{lab.strip('()')}"] = rest
        elif tag == "P" and cur is not None:
            out[cur] = (out.get(cur, "") + " " + body).strip()
        elif tag == "T" and annex:
            out[annex] = (out.get(annex, "") + " " + body).strip()
    return {k: re.sub(r"\s+", " ", v).strip() for k, v in out.items()}


def clauses_from_plain(text):
    out = {}
    cur = None
    for para in text.strip().split("\n\n"):
        m = re.match(r"^(\d+\.\d+) (.*)$", para, re.S)
        if m:
            cur = m.group(1)
            out[cur] = m.group(2)
        elif para.startswith("SCHEDULE "):
            cur = " ".join(para.split()[:2]).title()
            out[cur] = ""
        elif re.match(r"^\d+\. [A-Z'’ -]+$", para):
            cur = None
        elif re.match(r"^\(([a-g])\) ", para):
            out[f"1.1.{para[1]}"] = para[4:]
        elif cur and cur.startswith("Schedule") and not para.startswith("Signed"):
            out[cur] = (out[cur] + " " + para).strip()
    return {k: re.sub(r"\s+", " ", v).strip() for k, v in out.items()}


def pick(ref, ids):
    for alt in ref.split("|"):
        a = alt.strip()
        m = re.fullmatch(r"§ (\d+) \((\d+)\)", a)
        if m:
            a = f"{m.group(1)}.{m.group(2)}"
        if a in ids:
            return a
        for pre in ("Bilag C ", "Bilag A ", "Bilag "):
            if a.startswith(pre) and a[len(pre):] in ids:
                return a[len(pre):]
    return None


def source_texts(pair):
    if pair == "nb-timeboka-flyttede-punkter":
        return clauses_from_markup(derive.read("nb-timeboka-v1.txt")), clauses_from_markup(derive.timeboka_v2())
    if pair == "sv-korkortsportalen-paragrafer":
        return clauses_from_markup(derive.read("sv-korkort-v1.txt")), clauses_from_markup(derive.korkort_v2())
    if pair == "de-gastlink-neuer-paragraf":
        return clauses_from_markup(derive.read("de-gastlink-v1.txt")), clauses_from_markup(derive.gastlink_v2())
    return None


def check_redline(pair, gold):
    st = source_texts(pair)
    if st is None:
        return
    a, b = st
    a_vals, b_vals = set(a.values()), set(b.values())
    for ref in gold.get("clauses_unchanged", []):
        ia, ib = pick(ref, a), pick(ref, b)
        if ia is None or ib is None:
            err(f"{pair}: unchanged {ref!r} has no source clause ({ia}, {ib})")
        elif a[ia] != b[ib]:
            err(f"{pair}: unchanged {ref!r} differs:\n  A {a[ia][:120]}\n  B {b[ib][:120]}")
    for ra, rb in gold.get("clauses_renumbered", {}).items():
        ia, ib = pick(ra, a), pick(rb, b)
        if ia is None or ib is None:
            err(f"{pair}: renumbered {ra}->{rb} has no source clause")
        elif a[ia] != b[ib]:
            err(f"{pair}: renumbered {ra}->{rb} text differs")
        elif ia == ib:
            err(f"{pair}: renumbered {ra}->{rb} keeps its id")
    for ref in gold.get("clauses_changed", []):
        ib, ia = pick(ref, b), pick(ref, a)
        if ib is not None and b[ib] not in a_vals:
            continue
        if ia is not None and a[ia] not in b_vals:
            continue
        err(f"{pair}: changed {ref!r} has the same text on both sides")
    for ref in gold.get("clauses_added", []):
        ib = pick(ref, b)
        if ib is None or b[ib] in a_vals:
            err(f"{pair}: added {ref!r} not new in B")
    for ref in gold.get("clauses_removed", []):
        ia = pick(ref, a)
        if ia is None or a[ia] in b_vals:
            err(f"{pair}: removed {ref!r} still in B")
    print(f"  {pair}: redline lists agree with the sources ({len(a)} / {len(b)} source clauses)")


# ------------------------------------------------------------------ ids and consistency
def check_analysis(name, g, text):
    for cat, refs in g["categories_present"].items():
        if cat not in CATEGORIES:
            err(f"{name}: unknown category {cat}")
        for r in refs:
            check_ref(r, text, f"{name} {cat}")
    for cat in g["categories_absent"]:
        if cat not in CATEGORIES or cat in g["categories_present"]:
            err(f"{name}: bad absent category {cat}")
    for cat, attrs in g["attributes"].items():
        for k, v in attrs.items():
            kind = ATTRS.get(cat, {}).get(k)
            if kind is None:
                err(f"{name}: unknown attribute {cat}.{k}")
            elif isinstance(kind, list) and v not in kind:
                err(f"{name}: bad value {cat}.{k}={v}")
            elif kind == "bool" and not isinstance(v, bool):
                err(f"{name}: {cat}.{k} not bool")
            elif kind == "num" and v is not None and not isinstance(v, (int, float)):
                err(f"{name}: {cat}.{k} not a number")
        if cat == "sub_processors" and attrs.get("listed"):
            for e in attrs["listed"]:
                for part in (e["name"], e["location"]):
                    raw = RAW_OF.get(name.split("/")[0] + "/" + name.split("/")[1][0], "")
                    if part.lower() not in re.sub(r"\s+", " ", text).lower() and \
                            part.lower() not in re.sub(r"\s+", " ", raw).lower():
                        err(f"{name}: listed {part!r} not in the text")
    req = {r["id"] for r in g["findings_required"]}
    for r in g["findings_required"]:
        if r["id"] not in FINDINGS:
            err(f"{name}: unknown finding {r['id']}")
        if r.get("clause"):
            check_ref(r["clause"], text, f"{name} finding {r['id']}")
    for f in g["findings_forbidden"]:
        if f != "missing_required:*" and f not in FINDINGS:
            err(f"{name}: unknown forbidden {f}")
        if f in req:
            err(f"{name}: {f} required and forbidden")
    at = g["attributes"]
    bn, sp, tr = at.get("breach_notification", {}), at.get("sub_processors", {}), at.get("transfers", {})
    de, au, co = at.get("deletion_return", {}), at.get("audits", {}), at.get("costs", {})
    rules = [
        ("breach_deadline_over_72h", "deadline_hours" in bn, (bn.get("deadline_hours") or 0) > 72),
        ("breach_no_deadline", "deadline_hours" in bn, bn.get("deadline_hours") is None and bn.get("without_undue_delay") is True),
        ("sub_processor_objection_restricted", "objection_right" in sp, sp.get("objection_right") == "restricted"),
        ("sub_processor_no_flow_down", "flow_down" in sp, sp.get("flow_down") is False),
        ("sub_processor_list_missing", "listed" in sp, sp.get("authorisation") == "general" and sp.get("listed") is None),
        ("conflicting_options", "authorisation" in sp, sp.get("authorisation") == "both"),
        ("transfer_general_authorisation", "stance" in tr, tr.get("stance") == "general_authorisation"),
        ("transfer_without_mechanism", "mechanism" in tr and "stance" in tr,
         tr.get("stance") in ("listed", "general_authorisation") and tr.get("mechanism") is None),
        ("deletion_on_request_only", "trigger" in de, de.get("trigger") == "on_request"),
        ("audit_restricted", "cost_bearer" in au and "notice_days" in au,
         (au.get("notice_days") or 0) > 30 or au.get("cost_bearer") == "controller"),
        ("assistance_paid", "assistance_paid" in co, co.get("assistance_paid") is True),
        ("processor_anonymisation_reuse", "processor_own_use" in at, at.get("processor_own_use", {}).get("anonymisation") is True),
    ]
    for fid, applies, cond in rules:
        if not applies:
            continue
        if cond and fid not in req:
            err(f"{name}: attributes imply {fid} but it is not required")
        if not cond and fid in req:
            err(f"{name}: {fid} required but attributes do not imply it")


ORDER = {
    "breach_notification.deadline_hours": ("lower", None),
    "breach_notification.without_undue_delay": ("bool_true", None),
    "sub_processors.authorisation": ("enum", ["specific", "general"]),
    "sub_processors.notice_days": ("higher", None),
    "sub_processors.objection_right": ("enum", ["free", "restricted", "none"]),
    "sub_processors.flow_down": ("bool_true", None),
    "transfers.stance": ("enum_nullleast", ["prohibited", "instruction_only", "listed", "general_authorisation"]),
    "deletion_return.trigger": ("enum_nullleast", ["end_of_service", "on_request"]),
    "deletion_return.confirmation": ("bool_true", None),
    "audits.notice_days": ("lower_nulldiffers", None),
    "audits.cost_bearer": ("enum", ["processor", "shared", "controller"]),
    "costs.assistance_paid": ("bool_false", None),
    "processor_own_use.anonymisation": ("bool_false", None),
    "retention.days": ("lower_nulldiffers", None),
}


def norm_val(v):
    if isinstance(v, list):
        return sorted((json.dumps(x, sort_keys=True) if isinstance(x, dict) else str(x)).lower() for x in v)
    return v


def verdict(key, a, b):
    if norm_val(a) == norm_val(b):
        return "same"
    kind, order = ORDER.get(key, ("none", None))
    if kind == "none":
        return "differs"
    if kind in ("lower", "higher"):
        if a is None:
            return "b_stricter"
        if b is None:
            return "a_stricter"
        better_a = a < b if kind == "lower" else a > b
        return "a_stricter" if better_a else "b_stricter"
    if kind == "lower_nulldiffers":
        if a is None or b is None:
            return "differs"
        return "a_stricter" if a < b else "b_stricter"
    if kind.startswith("bool"):
        good = kind == "bool_true"
        return "a_stricter" if bool(a) == good else "b_stricter"
    if kind == "enum":
        if a not in order or b not in order:
            return "differs"
        return "a_stricter" if order.index(a) < order.index(b) else "b_stricter"
    if kind == "enum_nullleast":
        if a is None:
            return "b_stricter"
        if b is None:
            return "a_stricter"
        return "a_stricter" if order.index(a) < order.index(b) else "b_stricter"
    raise ValueError(kind)


DEFAULTS = {"bool": False}


def side_value(g, cat, attr):
    at = g["attributes"].get(cat, {})
    if attr in at:
        return True, at[attr]
    return False, None


def check_comparison(pair, gold, ga, gb, ta, tb):
    for k in gold:
        if k not in {"a", "b", "kind", "clauses_changed", "clauses_added", "clauses_removed", "clauses_renumbered",
                     "renumbered_unchanged_text", "clauses_unchanged", "verdicts", "presence", "conflicts",
                     "findings_a_only", "findings_b_only", "findings_b_required", "b_attributes", "notes"}:
            err(f"{pair}: unknown key {k}")
    if gold["kind"] not in ("versions", "agreements"):
        err(f"{pair}: bad kind")
    for ref in gold.get("clauses_changed", []):
        alts_ok = any(ref_in_text(x, tb) or ref_in_text(x, ta) for x in ref.split("|"))
        if not alts_ok:
            err(f"{pair}: changed {ref} not found")
    for ref in gold.get("clauses_added", []):
        check_ref(ref, tb, f"{pair} added")
    for ref in gold.get("clauses_removed", []):
        check_ref(ref, ta, f"{pair} removed")
    for ra, rb in gold.get("clauses_renumbered", {}).items():
        check_ref(ra, ta, f"{pair} renumbered A")
        check_ref(rb, tb, f"{pair} renumbered B")
    for ref in gold.get("clauses_unchanged", []):
        check_ref(ref, ta, f"{pair} unchanged A")
        check_ref(ref, tb, f"{pair} unchanged B")
    ordered = set()
    for key, v in gold.get("verdicts", {}).items():
        if v not in VERDICTS:
            err(f"{pair}: bad verdict {v}")
        cat, attr = key.split(".", 1)
        if attr not in ATTRS.get(cat, {}):
            err(f"{pair}: unknown attribute {key}")
        if v in ("a_stricter", "b_stricter"):
            ordered.add(cat)
        ha, va = side_value(ga, cat, attr)
        hb, vb = side_value(gb, cat, attr)
        if ha and hb:
            want = verdict(key, va, vb)
            if want != v:
                err(f"{pair}: verdict {key} is {v} but the analysis golds ({va!r} vs {vb!r}) give {want}")
        else:
            print(f"  {pair}: verdict {key}={v} not cross-checked (value missing in a.json or b.json)")
    for cat in gold.get("conflicts", []):
        if cat not in ordered:
            err(f"{pair}: conflict {cat} without an ordered verdict in the gold")
    for cat in ordered:
        if cat not in gold.get("conflicts", []):
            err(f"{pair}: ordered verdict in {cat} but no conflict listed")
    for cat, p in gold.get("presence", {}).items():
        if p not in PRESENCE or cat not in CATEGORIES:
            err(f"{pair}: bad presence {cat}={p}")
        ina = True if cat in ga["categories_present"] else (False if cat in ga["categories_absent"] else None)
        inb = True if cat in gb["categories_present"] else (False if cat in gb["categories_absent"] else None)
        want = {(True, True): "both", (True, False): "only_a", (False, True): "only_b", (False, False): "neither"}.get((ina, inb))
        if want is None:
            err(f"{pair}: presence {cat} not backed by both analysis golds ({ina}, {inb})")
        elif want != p:
            err(f"{pair}: presence {cat}={p}, analysis golds give {want}")
    ra = {r["id"] for r in ga["findings_required"]}
    rb = {r["id"] for r in gb["findings_required"]}
    fa, fb = set(ga["findings_forbidden"]), set(gb["findings_forbidden"])
    for f in gold.get("findings_a_only", []):
        if not (f in ra and f in fb):
            err(f"{pair}: {f} A-only but not required in A and forbidden in B")
    for f in gold.get("findings_b_only", []):
        if not (f in rb and f in fa):
            err(f"{pair}: {f} B-only but not required in B and forbidden in A")
    for f in gold.get("findings_b_required", []):
        if f not in rb:
            err(f"{pair}: {f} b_required but not required in b.json")
    for f in ra - fb - set(gold.get("findings_a_only", [])) - rb:
        print(f"  {pair}: note: {f} required in A, not forbidden in B, not in the pair gold")
    for f in rb - fa - set(gold.get("findings_b_only", [])) - ra:
        print(f"  {pair}: note: {f} required in B, not forbidden in A, not in the pair gold")
    if (ra & fb) - set(gold.get("findings_a_only", [])):
        err(f"{pair}: A-only findings missing from the gold: {(ra & fb) - set(gold.get('findings_a_only', []))}")
    if (rb & fa) - set(gold.get("findings_b_only", [])):
        err(f"{pair}: B-only findings missing from the gold: {(rb & fa) - set(gold.get('findings_b_only', []))}")
    for cat, attrs in gold.get("b_attributes", {}).items():
        for k, v in attrs.items():
            if gb["attributes"].get(cat, {}).get(k, "MISSING") != v:
                err(f"{pair}: b_attributes {cat}.{k} disagrees with b.json")


def main():
    total_words = 0
    print("document                                         words")
    for pair in PAIRS:
        d = os.path.join(SET, pair)
        files = sorted(os.listdir(d))
        fa = next(f for f in files if f.startswith("a.") and not f.endswith(".json"))
        fb = next(f for f in files if f.startswith("b.") and not f.endswith(".json"))
        ta, tb = extract(os.path.join(d, fa)), extract(os.path.join(d, fb))
        RAW_OF[pair + "/a"] = RAW.get(os.path.join(d, fa), "")
        RAW_OF[pair + "/b"] = RAW.get(os.path.join(d, fb), "")
        for f, t in ((fa, ta), (fb, tb)):
            n = len(t.split())
            total_words += n
            print(f"{pair + '/' + f:48s} {n:5d}")
            if not 700 <= n <= 1500:
                print(f"  note: {pair}/{f} has {n} words")
        ga = json.load(open(os.path.join(d, "a.json"), encoding="utf-8"))
        gb = json.load(open(os.path.join(d, "b.json"), encoding="utf-8"))
        gold = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
        if ga["document"] != fa or gb["document"] != fb or gold["a"] != fa or gold["b"] != fb:
            err(f"{pair}: document names do not match the files")
        check_analysis(pair + "/a.json", ga, ta)
        check_analysis(pair + "/b.json", gb, tb)
        check_comparison(pair, gold, ga, gb, ta, tb)
        check_redline(pair, gold)
    print(f"total words {total_words}")
    print(f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
