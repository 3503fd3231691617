#!/usr/bin/env python3
"""Make da-kropsjournal-utf16.txt (tests/blind-8) from da-kropsjournal-utf16-kilde.txt.

  python3 build_utf16.py

The output is UTF-16 little-endian with a byte-order mark (FF FE) and CRLF line endings, as some
document-management and journal systems export text. Paragraphs are hard-wrapped at 76 columns
(lines with two or more spaces in a row - the signature block and the Bilag 1 columns - are kept as
typed). The source marks page breaks with <<FF>>; each page gets a typed running header line and a
centred "Side N af M" footer line, and pages are separated by a form feed (U+000C) at the start of the
next page's first line. One page break falls inside § 5 Stk. 3, mid-sentence.
"""
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = "Databehandleraftale – Ribe Fysioterapi og Træning ApS / Kropsjournal ApS"
WIDTH = 76


def wrap_page(text):
    out = []
    for para in text.split("\n"):
        if not para.strip() or "  " in para or len(para) <= WIDTH:
            out.append(para.rstrip())
        else:
            out.extend(textwrap.wrap(para, WIDTH, break_long_words=False, break_on_hyphens=False))
    while out and not out[0].strip():
        out.pop(0)
    while out and not out[-1].strip():
        out.pop()
    return out


def build():
    src = open(os.path.join(HERE, "da-kropsjournal-utf16-kilde.txt"), encoding="utf-8").read()
    pages = [wrap_page(p) for p in src.split("<<FF>>")]
    n = len(pages)
    chunks = []
    for i, lines in enumerate(pages, 1):
        foot = f"Side {i} af {n}".center(WIDTH).rstrip()
        chunks.append("\r\n".join([HEADER, ""] + lines + ["", "", foot]))
    text = "\r\n\f".join(chunks) + "\r\n"
    with open(os.path.join(HERE, "..", "da-kropsjournal-utf16.txt"), "wb") as f:
        f.write(b"\xff\xfe" + text.encode("utf-16-le"))
    print(f"wrote da-kropsjournal-utf16.txt ({n} pages)")


if __name__ == "__main__":
    build()
