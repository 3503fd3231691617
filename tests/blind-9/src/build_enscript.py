#!/usr/bin/env python3
"""Build da-banebog-enscript.pdf (tests/blind-9): GNU enscript → PostScript → ps2pdf (Ghostscript).

  python3 build_enscript.py      (needs enscript 1.6 and ps2pdf; no Python packages)

Source: da-banebog-enscript.txt, one paragraph per line. This script hard-wraps it to 70 columns
the way a typed text file would be: an outline heading "6) Underdatabehandlere" at the margin, each
lettered clause "a) …" with the continuation lines indented by three spaces (hanging indent), list
lines "   - …" indented further, and a blank line between numbered sections only (not between the
lettered clauses). The wrapped text (src/da-banebog-enscript.wrapped.txt) is written in ISO-8859-1
and printed by enscript in Courier 10 pt on A4 with a typed-looking header on every page
(document name left, "Side N af M" right; enscript's -b header, no fancy header box).
"""
import os
import re
import shutil
import subprocess
import tempfile
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, ".."))
NAME = "da-banebog-enscript"
WIDTH = 70


def wrap():
    out = []
    for line in open(os.path.join(HERE, NAME + ".txt"), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            out.append("")
            continue
        if "______" in line or line.startswith(("For ", "Poul ")):
            out.append(line)                               # the signature block is typed as is
            continue
        m = re.match(r"([a-z]\) )(.*)", line)
        if m:
            out += textwrap.wrap(m.group(2), WIDTH, initial_indent=m.group(1), subsequent_indent="   ",
                                 break_on_hyphens=False)
            continue
        m = re.match(r"(   - )(.*)", line)
        if m:
            out += textwrap.wrap(m.group(2), WIDTH, initial_indent=m.group(1), subsequent_indent="     ",
                                 break_on_hyphens=False)
            continue
        out += textwrap.wrap(line, WIDTH, break_on_hyphens=False) or [""]
    return "\n".join(out) + "\n"


def main():
    text = wrap()
    wrapped = os.path.join(HERE, NAME + ".wrapped.txt")
    with open(wrapped, "w", encoding="utf-8") as f:
        f.write(text)
    out = os.path.join(OUT, NAME + ".pdf")
    with tempfile.TemporaryDirectory() as d:
        latin = os.path.join(d, "aftale.txt")
        with open(latin, "w", encoding="iso-8859-1") as f:
            f.write(text)
        ps = os.path.join(d, "aftale.ps")
        env = dict(os.environ, ENSCRIPT="")
        subprocess.run(["enscript", "--quiet", "-X", "latin1", "-M", "A4", "-f", "Courier10", "--margins=72:60:40:50",
                        "-b", "Databehandleraftale - Kalø Vig Golfklub / Banebog ApS||Side $% af $=".encode("iso-8859-1"),
                        "-t", "Databehandleraftale", "-p", ps, latin], check=True, env=env)
        subprocess.run(["ps2pdf", "-dPDFSETTINGS=/prepress", ps, out], check=True)
    print("wrote", out)


if __name__ == "__main__":
    main()
