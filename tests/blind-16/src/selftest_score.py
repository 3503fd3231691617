#!/usr/bin/env python3
"""Feed score.py synthetic reports built from the gold files themselves (every check must pass),
to make sure score.py accepts the gold files of tests/blind-16 as they are (copied from tests/blind-14).

  python3 selftest_score.py [/work/shared/tools/score.py]
"""
import json
import os
import subprocess
import sys
import tempfile

from markup import SET

SCORE = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/tools/score.py"
PAIRS = sorted(d for d in os.listdir(SET) if os.path.isfile(os.path.join(SET, d, "gold.json")))


def first(ref):
    return ref.split("|")[0].strip()


def analysis_report(g):
    clauses = {}
    cats = {}
    for cat, refs in g.get("categories_present", {}).items():
        ids = [first(r) for r in refs]
        for i in ids:
            clauses.setdefault(i, {"id": i, "heading": i, "categories": []})
            if cat not in clauses[i]["categories"]:
                clauses[i]["categories"].append(cat)
        cats[cat] = {"present": True, "clauses": ids, "attributes": {}}
    for c in clauses.values():
        c["categories"] = c["categories"][:3]
    for cat, attrs in g.get("attributes", {}).items():
        cats.setdefault(cat, {"present": False, "clauses": [], "attributes": {}})["attributes"] = attrs
    findings = [{"id": r["id"], "clauses": [first(r["clause"])] if r.get("clause") else []}
                for r in g.get("findings_required", [])]
    return {"clauses": list(clauses.values()), "categories": cats, "findings": findings}


def comparison_report(gold, ga, gb):
    a = analysis_report(ga)
    b = analysis_report(gb)
    for cat, attrs in gold.get("b_attributes", {}).items():
        b["categories"].setdefault(cat, {"present": False, "clauses": [], "attributes": {}})["attributes"].update(attrs)
    cats = {}
    for key, v in gold.get("verdicts", {}).items():
        cat, attr = key.split(".", 1)
        cats.setdefault(cat, {"attributes": {}})["attributes"][attr] = {"verdict": v}
    for cat in gold.get("conflicts", []):
        cats.setdefault(cat, {"attributes": {}})["conflict"] = True
    for cat, p in gold.get("presence", {}).items():
        cats.setdefault(cat, {"attributes": {}})["presence"] = p
    rows = []

    def clause(side, i):
        side["clauses"].append({"id": i, "heading": i, "categories": ["unclassified"]})

    for r in gold.get("clauses_unchanged", []):
        alts = r.split("|")
        ia, ib = alts[0], alts[-1]
        clause(a, ia); clause(b, ib)
        rows.append({"a": ia, "b": ib, "status": "unchanged"})
    for ra, rb in gold.get("clauses_renumbered", {}).items():
        clause(a, first(ra)); clause(b, first(rb))
        rows.append({"a": first(ra), "b": first(rb), "status": "renumbered"})
    for r in gold.get("clauses_changed", []):
        clause(b, "X" + first(r)); clause(b, first(r))
        rows.append({"a": None, "b": first(r), "status": "changed"})
    for r in gold.get("clauses_added", []):
        clause(b, first(r))
        rows.append({"a": None, "b": first(r), "status": "added"})
    for r in gold.get("clauses_removed", []):
        clause(a, first(r))
        rows.append({"a": first(r), "b": None, "status": "removed"})
    findings = {"a_only": gold.get("findings_a_only", []), "b_only": gold.get("findings_b_only", []),
                "both": gold.get("findings_b_required", [])}
    return {"a": a, "b": b, "categories": cats, "alignment": rows, "findings": findings}


def run(mode, report, gold_path):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(report, f)
    out = subprocess.run([sys.executable, SCORE, mode, f.name, gold_path], capture_output=True, text=True)
    os.unlink(f.name)
    return out.returncode, out.stdout.strip().splitlines()[-1], out.stdout


bad = 0
for pair in PAIRS:
    d = os.path.join(SET, pair)
    ga = json.load(open(os.path.join(d, "a.json")))
    gb = json.load(open(os.path.join(d, "b.json")))
    gold = json.load(open(os.path.join(d, "gold.json")))
    for name, rep, g in (("a.json", analysis_report(ga), "a.json"), ("b.json", analysis_report(gb), "b.json"),
                         ("gold.json", comparison_report(gold, ga, gb), "gold.json")):
        mode = "comparison" if name == "gold.json" else "analysis"
        rc, last, full = run(mode, rep, os.path.join(d, g))
        print(f"{pair}/{name}: {last}")
        if rc != 0:
            bad += 1
            print(full)
sys.exit(1 if bad else 0)
