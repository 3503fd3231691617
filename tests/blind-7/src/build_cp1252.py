#!/usr/bin/env python3
"""Make da-maegler-cp1252.txt (tests/blind-7) from its UTF-8 source: Windows-1252 bytes, CRLF line
endings, no byte-order mark.

  python3 build_cp1252.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
src = open(os.path.join(HERE, "da-maegler-cp1252-kilde.txt"), encoding="utf-8").read()
with open(os.path.join(HERE, "..", "da-maegler-cp1252.txt"), "wb") as f:
    f.write(src.replace("\n", "\r\n").encode("cp1252"))
print("wrote da-maegler-cp1252.txt")
