"""The line markup shared by the blind-15 sources (copied from blind-13; parse() takes an optional list of
lines that replaces an `@SCC` line, and U: section dividers are used by the SCC paraphrase).
blind-13 note: the line markup shared by the blind-13 sources (one block per line, `TAG: text`).
Copied from tests/blind-12/src/markup.py; added H3, I2 and COVER_TITLE / COVER_SUB / COVER_P (cover page).

  TITLE: / SUB:   title and subtitle              C:  centred line (parties block)
  P:   plain paragraph                            U:  un-numbered heading (section divider)
  H:   heading, number typed in the text          H2: sub-heading inside an annex
  N:   clause, number typed: "7.1 text" / "7.1.1 text" / "1. text"
  I:   item, label typed: "(a) text" / "a) text" / "(i) text"
  B:   bullet item (no number)
  H0 / H1 / L2 / L3: paragraphs numbered by list levels 0 / 1 / 2 / 3 (no number typed)
  A1:  annex item numbered by a list that restarts in each annex (no number typed)
  ANNEX: annex heading on a new page             T:  table row (first row of a run = header)
  S:   signature row, cells separated by " | "
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

TAGS = {"TITLE", "SUB", "C", "P", "U", "H", "H2", "N", "I", "B", "H0", "H1", "L2", "L3", "A1", "ANNEX", "T", "S", "H3", "I2", "COVER_TITLE", "COVER_SUB", "COVER_P"}


def parse(name, scc=None):
    """[(tag, text)] with consecutive T: / S: rows merged into ('TABLE'|'SIG', [[cells]])."""
    blocks = []
    lines = []
    for raw in open(os.path.join(HERE, name), encoding="utf-8"):
        if raw.strip() == "@SCC":
            lines += list(scc or [])
        else:
            lines.append(raw)
    for raw in lines:
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
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
    """'7.1 The …' -> ('7.1', 'The …'); '(a) …' -> ('(a)', '…'); 'a) …' -> ('a)', '…')."""
    m = re.match(r"^(\([a-z]{1,4}\)|[a-z]\)|[A-Z]\.\d+\.?|\d+(?:\.\d+)*\.?)\s+(.*)$", text)
    if not m:
        raise ValueError(f"no label in {text[:40]!r}")
    return m.group(1), m.group(2)
