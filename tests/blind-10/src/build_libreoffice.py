#!/usr/bin/env python3
"""LibreOffice steps of tests/blind-10 (run after build_docx.py; needs `soffice`, LibreOffice 7.4).

  python3 build_libreoffice.py

  intermediate/en-quillstream-saas-addendum.docx -> ../en-quillstream-saas-addendum.pdf  (writer_pdf_Export)
  intermediate/en-kestrel-scc-2021-915.docx      -> ../en-kestrel-scc-2021-915.docx      (opened and saved
  intermediate/da-skolesnak-autonummerering.docx -> ../da-skolesnak-autonummerering.docx  again as "MS Word 2007 XML")
A private LibreOffice profile in a temporary folder is used, so the user's profile is untouched.
"""
import os
import subprocess
import tempfile

from markup import HERE, SET

INTER = os.path.join(HERE, "intermediate")


def soffice(args, profile):
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless"] + args,
                   check=True, capture_output=True, timeout=300)


def main():
    with tempfile.TemporaryDirectory() as prof:
        soffice(["--convert-to", "pdf:writer_pdf_Export", "--outdir", SET,
                 os.path.join(INTER, "en-quillstream-saas-addendum.docx")], prof)
        print("wrote en-quillstream-saas-addendum.pdf")
        for name in ("en-kestrel-scc-2021-915", "da-skolesnak-autonummerering"):
            soffice(["--convert-to", 'docx:MS Word 2007 XML', "--outdir", SET,
                     os.path.join(INTER, name + ".docx")], prof)
            print("wrote", name + ".docx (LibreOffice)")


if __name__ == "__main__":
    main()
