"""The line markup shared by the blind-10/11/14/16 sources (blind-14 adds "Section 4.2", blind-16 adds "§ 5") (one block per line, `TAG: text`).

  TITLE: / SUB:   title and subtitle              C:  centred line (parties block)
  P:   plain paragraph                            U:  un-numbered heading (section divider)
  H:   heading, number typed in the text          H2: sub-heading inside an annex
  N:   clause, number typed: "7.1 text" / "(1) text" / "1. text" / "D.1. text"
  I:   item, label typed: "(a) text" / "a) text"
  H0 / H1 / L2: paragraphs numbered by Word list levels 0 / 1 / 2 (no number typed)
  ANNEX: annex heading on a new page             T:  table row (first row of a run = header)
  S:   signature row, cells separated by " | "
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

TAGS = {"TITLE", "SUB", "C", "P", "U", "H", "H2", "N", "I", "H0", "H1", "L2", "ANNEX", "T", "S"}


def parse(name):
    """[(tag, text)] with consecutive T: / S: rows merged into ('TABLE'|'SIG', [[cells]])."""
    blocks = []
    for raw in open(os.path.join(HERE, name), encoding="utf-8"):
        line = raw.rstrip("\n")
        if not line.strip():
            continue
        tag, sep, text = line.partition(": ")
        if not sep or tag not in TAGS:
            raise ValueError(f"{name}: bad line {line[:60]!r}")
        if tag in ("T", "S"):
            kind = "TABLE" if tag == "T" else "SIG"
            cells = [c.strip() for c in text.split(" | ")]
            if blocks and blocks[-1][0] == kind:
                blocks[-1][1].append(cells)
            else:
                blocks.append((kind, [cells]))
        else:
            blocks.append((tag, text))
    return blocks


def split_label(text):
    """'7.1 The …' -> ('7.1', 'The …'); '(a) …' -> ('(a)', '…'); 'D.1. Vederlag …' -> ('D.1.', 'Vederlag …')."""
    m = re.match(r"^(Section \d+(?:\.\d+)*|§ \d+|\(\w+\)|[a-z]\)|[A-Z]\.\d+\.?|\d+(?:\.\d+)*\.?)\s+(.*)$", text)
    if not m:
        raise ValueError(f"no label in {text[:40]!r}")
    return m.group(1), m.group(2)
