#!/usr/bin/env python3
"""Writes the words of an outline from clause boundaries chosen by reading a document.

    outline.py DOCUMENT BOUNDARIES.spec

Each spec line is `id<TAB>first line[<TAB>nolast|nofirst]`: the clause starts at that line (1-based)
and runs to the line before the next clause. The script only copies words (line-end hyphens
joined); where clauses begin and what they are called is the person's reading, not the
segmenter's. Paste the output under the outline's comment header."""
import re
import sys

src, spec = sys.argv[1], sys.argv[2]
lines = open(src, encoding="utf-8").read().split("\n")
entries = []
for raw in open(spec, encoding="utf-8"):
    raw = raw.rstrip("\n")
    if not raw.strip() or raw.startswith("#"):
        continue
    parts = raw.split("\t")
    entries.append([parts[0], int(parts[1]), None, parts[2:]])
for k, e in enumerate(entries):
    e[2] = entries[k + 1][1] - 1 if k + 1 < len(entries) else len(lines)
for cid, a, b, flags in entries:
    text = "\n".join(l.strip() for l in lines[a - 1:b] if l.strip())
    words = re.sub(r"(\w)-\n(\w)", r"\1\2", text).split()
    first = "…" if "nofirst" in flags else " ".join(words[:8])
    last = "…" if "nolast" in flags else " ".join(words[-8:])
    print(f"{cid}\t{first}\t{last}")
