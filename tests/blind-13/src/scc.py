"""Turn the EUR-Lex text of the Art. 28 standard contractual clauses (Implementing Decision (EU) 2021/915,
copied from /work/shared/references into this folder) into blind-13 markup, with the choices a user makes
(string replacements below), followed by our own filled-in annexes (<name>.annexes.txt).

Source of the clause text: EUR-Lex, Commission Implementing Decision (EU) 2021/915, (c) European Union.
Output tags (markup.py): H (section), H2 (clause label), H3 (clause title / sub-clause heading),
I (item '(a)' / 'a)'), I2 (item '(1)' / '1)'), P (paragraph).
"""
import os
import re

from markup import HERE

# document 1: English, choices made (Clause 1(a) Option 1, Clause 7.7 Option 2 with 30 days, Art. 32 etc.)
EN_CHOICES = [
    ("[choose relevant option: OPTION 1: Article 28(3)", "Article 28(3)"),
    ("(General Data Protection Regulation)] / [OPTION 2: Article 29(3) and (4) of Regulation (EU) 2018/1725 of the European Parliament and of the Council of 23 October 2018 on the protection of natural persons with regard to the processing of personal data by the Union institutions, bodies, offices and agencies and on the free movement of such data, and repealing Regulation (EC) No 45/2001 and Decision No 1247/2002/EC].",
     "(General Data Protection Regulation)."),
    ("at least [SPECIFY TIME PERIOD] in advance", "at least thirty (30) days in advance"),
    ("the obligations in [OPTION 1] Article 32 of Regulation (EU) 2016/679/ [OPTION 2] Articles 33 and 36 to 38 of Regulation (EU) 2018/1725.",
     "the obligations in Article 32 of Regulation (EU) 2016/679."),
    ("pursuant to [OPTION 1] Article 33(3) of Regulation (EU) 2016/679/ [OPTION 2] Article 34(3) of Regulation (EU) 2018/1725,",
     "pursuant to Article 33(3) of Regulation (EU) 2016/679,"),
    ("pursuant to [OPTION 1] Article 34 of Regulation (EU) 2016/679 / [OPTION 2] Article 35 of Regulation (EU) 2018/1725,",
     "pursuant to Article 34 of Regulation (EU) 2016/679,"),
    ("under [OPTION 1] Articles 33 and 34 of Regulation (EU) 2016/679 / [OPTION 2] Articles 34 and 35 of Regulation (EU) 2018/1725.",
     "under Articles 33 and 34 of Regulation (EU) 2016/679."),
]
# Option 1 of 7.7(a) deleted by the user (the line is dropped), the 'OPTION 2:' label left standing.
EN_DROP = ["(a) OPTION 1: PRIOR SPECIFIC AUTHORISATION:"]
EN_PREFIX = {"OPTION 2: GENERAL WRITTEN AUTHORISATION:": "(a) "}

# document 2: German, Clause 1(a) and the Art. 32/33/34 options chosen, BOTH options of 7.7(a) kept with blanks
DE_CHOICES = [
    ("[zutreffende Option auswählen: OPTION 1: Artikel 28", "Artikel 28"),
    ("(Datenschutz-Grundverordnung)] oder [OPTION 2: Artikel 29 Absätze 3 und 4 der Verordnung (EU) 2018/1725 des Europäischen Parlaments und des Rates vom 23. Oktober 2018 zum Schutz natürlicher Personen bei der Verarbeitung personenbezogener Daten durch die Organe, Einrichtungen und sonstigen Stellen der Union, zum freien Datenverkehr und zur Aufhebung der Verordnung (EG) Nr. 45/2001 und des Beschlusses Nr. 1247/2002/EG] sichergestellt werden.",
     "(Datenschutz-Grundverordnung) sichergestellt werden."),
    ("Verpflichtungen gemäß [OPTION 1: Artikel 32 der Verordnung (EU) 2016/679] oder [OPTION 2: Artikel 33 und Artikel 36 bis 38 der Verordnung (EU) 2018/1725].",
     "Verpflichtungen gemäß Artikel 32 der Verordnung (EU) 2016/679."),
    ("gemäß [OPTION 1: Artikel 33 Absatz 3 der Verordnung (EU) 2016/679] oder [OPTION 2: Artikel 34 Absatz 3 der Verordnung (EU) 2018/1725]",
     "gemäß Artikel 33 Absatz 3 der Verordnung (EU) 2016/679"),
    ("gemäß [OPTION 1: Artikel 34 der Verordnung (EU) 2016/679] oder [OPTION 2: Artikel 35 der Verordnung (EU) 2018/1725]",
     "gemäß Artikel 34 der Verordnung (EU) 2016/679"),
    ("gemäß [OPTION 1: Artikel 33 und 34 der Verordnung (EU) 2016/679] oder [OPTION 2: Artikel 34 und 35 der Verordnung (EU) 2018/1725]",
     "gemäß Artikel 33 und 34 der Verordnung (EU) 2016/679"),
]


def clauses(lang):
    path = os.path.join(HERE, f"eu-scc-2021-915.{lang}.txt")
    text = open(path, encoding="utf-8").read()
    choices, drop, prefix = (EN_CHOICES, EN_DROP, EN_PREFIX) if lang == "en" else (DE_CHOICES, [], {})
    for old, new in choices:
        if old not in text:
            raise ValueError(f"choice not found: {old[:60]}")
        text = text.replace(old, new)
    lines = [l.strip() for l in text.split("\n")]
    annex = "ANNEX I" if lang == "en" else "ANHANG I"
    lines = lines[:lines.index(annex)]
    out, i = [], 0
    clause_re = re.compile(r"^(Clause|Klausel) \d+")
    while i < len(lines):
        l = lines[i]
        i += 1
        if not l or l in ("Standard contractual clauses", "Standardvertragsklauseln"):
            continue
        if any(l.startswith(d) for d in drop):
            continue
        for p, v in prefix.items():
            if l.startswith(p):
                l = v + l
        if re.match(r"^(SECTION|ABSCHNITT) [IV]+$", l):
            nxt = lines[i] if i < len(lines) else ""
            if nxt.isupper() and nxt:
                l += " – " + nxt
                i += 1
            out.append(("H", l))
        elif clause_re.match(l):
            out.append(("H2", l))
            out.append(("H3", lines[i]))
            i += 1
        elif re.match(r"^\d+\.\d+\.? \S", l) and len(l) < 80:
            out.append(("H3", l))
        elif re.match(r"^(\([a-z]\)|[a-z]\)) ", l):
            out.append(("I", l))
        elif re.match(r"^(\(\d\)|\d\)) ", l):
            out.append(("I2", l))
        else:
            out.append(("P", l))
    return out
