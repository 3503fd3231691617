#!/usr/bin/env python3
"""Plain-text and Markdown documents of tests/blind-10 (standard-library Python).

  python3 build_text.py

  en-fieldnote-business-days.src.txt -> ../en-fieldnote-business-days.txt
      UTF-8 without BOM, Windows line ends (CRLF), one paragraph per line, a blank line between
      paragraphs, ALL-CAPS numbered headings ("6. SUB-PROCESSORS"): the shape of a DPA copied out of
      a vendor's web page into Notepad.
  sv-tidrapporten-puba.md -> ../sv-tidrapporten-puba.md   (copied unchanged: ATX headings "## 6. Underbiträden",
      clauses "6.1 …" as plain paragraphs, a pipe table for the signatures, bold labels in Bilaga 1)
"""
import os
import shutil

from markup import HERE, SET

src = os.path.join(HERE, "en-fieldnote-business-days.src.txt")
text = open(src, encoding="utf-8").read()
assert "\r" not in text
with open(os.path.join(SET, "en-fieldnote-business-days.txt"), "w", encoding="utf-8", newline="\r\n") as f:
    f.write(text)
print("wrote en-fieldnote-business-days.txt")
shutil.copyfile(os.path.join(HERE, "sv-tidrapporten-puba.md"), os.path.join(SET, "sv-tidrapporten-puba.md"))
print("wrote sv-tidrapporten-puba.md")
