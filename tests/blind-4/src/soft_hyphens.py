#!/usr/bin/env python3
"""Insert soft hyphens (U+00AD) into the body text of an HTML file.

Chromium honours CSS `hyphens: auto` only when it has hyphenation dictionaries, which an offline
build does not download. So that words really break at line ends in the PDF, the Danish source
gets explicit soft hyphens from pyphen's da_DK patterns (words of 8 letters or more, text between
tags only, nothing inside <head>).

  soft_hyphens.py IN.html OUT.html [lang]     (needs `pip install pyphen`)
"""
import re
import sys

import pyphen


def main(src, dst, lang="da_DK"):
    html = open(src, encoding="utf-8").read()
    dic = pyphen.Pyphen(lang=lang)
    head_end = html.index("</head>")
    head, body = html[:head_end], html[head_end:]

    def hyph_text(text):
        return re.sub(r"[^\W\d_]{8,}", lambda m: dic.inserted(m.group(0), hyphen="\u00ad"), text)

    parts = re.split(r"(<[^>]+>)", body)
    body = "".join(p if p.startswith("<") else hyph_text(p) for p in parts)
    open(dst, "w", encoding="utf-8").write(head + body)


if __name__ == "__main__":
    main(*sys.argv[1:])
