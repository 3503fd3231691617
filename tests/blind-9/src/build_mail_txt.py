#!/usr/bin/env python3
"""Build da-lektionsbogen-mail-setext.txt (tests/blind-9): an e-mail whose body is a short cover note
followed by the whole agreement pasted as plain text with SETEXT headings (a title underlined with
"=", section headings underlined with "-"), no numbers anywhere, paragraphs hard-wrapped at 72
columns (as a mail client sends format=fixed text) and separated by blank lines.

  python3 build_mail_txt.py

Source: da-lektionsbogen-mail-setext.kilde.txt (one paragraph per line; "#1 " title, "#2 " heading,
"@" lines copied verbatim: mail header lines, the separator, the list lines). UTF-8, LF.
"""
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, ".."))
NAME = "da-lektionsbogen-mail-setext"

out = []
for line in open(os.path.join(HERE, NAME + ".kilde.txt"), encoding="utf-8"):
    line = line.rstrip("\n")
    if line.startswith("#1 "):
        out += [line[3:], "=" * len(line[3:])]
    elif line.startswith("#2 "):
        out += [line[3:], "-" * len(line[3:])]
    elif line.startswith("@"):
        out.append(line[1:])
    elif not line.strip():
        out.append("")
    elif len(line) <= 72:
        out.append(line)
    else:
        out += textwrap.wrap(line, 72, break_on_hyphens=False, break_long_words=False)
with open(os.path.join(OUT, NAME + ".txt"), "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(out).rstrip("\n") + "\n")
print("wrote", NAME + ".txt")
