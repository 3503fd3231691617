#!/usr/bin/env python3
"""Rebuild da-roklub-60-kolonner.txt (tests/blind-6) from da-roklub-kilde.txt.

  python3 wrap_60.py

Every paragraph of the source (one per line, blank lines between) is hard-wrapped at 60 columns,
as an old mail client or a text export with fixed line length does. A word that does not fit is
hyphenated when a break point leaves at least three letters on each side and the first part fits
(the break goes before the last consonant ahead of a vowel: "databe-handleren", "behand-ling",
"kontin-gent"); otherwise the word moves to the next line. Lines end without
trailing spaces; paragraphs stay separated by one blank line.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "da-roklub-kilde.txt")
OUT = os.path.normpath(os.path.join(HERE, "..", "da-roklub-60-kolonner.txt"))
WIDTH = 60
VOWELS = set("aeiouyæøåAEIOUYÆØÅ")


def breaks(word):
    pts = []
    for i in range(3, len(word) - 2):
        a, b, c = word[i - 1], word[i], word[i + 1]
        if not (a.isalpha() and b.isalpha() and c.isalpha()):
            continue
        if not any(ch in VOWELS for ch in word[:i]) or not any(ch in VOWELS for ch in word[i:]):
            continue
        if b not in VOWELS and c in VOWELS:      # the last consonant before a vowel starts the new line
            pts.append(i)
    return pts


def wrap(par):
    words = par.split()
    lines, cur = [], ""
    while words:
        w = words.pop(0)
        cand = (cur + " " + w) if cur else w
        if len(cand) <= WIDTH:
            cur = cand
            continue
        room = WIDTH - len(cur) - (1 if cur else 0) - 1
        best = None
        for p in breaks(w.rstrip(".,;:»«()")):
            if p <= room:
                best = p
        if best:
            lines.append((cur + " " if cur else "") + w[:best] + "-")
            words.insert(0, w[best:])
            cur = ""
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def main():
    pars = [p.strip() for p in open(SRC, encoding="utf-8").read().split("\n\n") if p.strip()]
    out = []
    for p in pars:
        out.extend(wrap(" ".join(p.split())))
        out.append("")
    open(OUT, "w", encoding="utf-8").write("\n".join(out).rstrip("\n") + "\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
