"""Compares the text between QQSTARTnQQ and QQENDnQQ markers in a PDF
(pdftotext) with the strings of EXPECTED_JSON, white space collapsed and
compatibility forms folded (ligatures such as ﬁ), the circumflex accent
glyph read as ^.

    check_pdf_text.py DOC.pdf EXPECTED.json
"""
import json
import re
import subprocess
import sys
import unicodedata

text = subprocess.run(["pdftotext", "-raw", sys.argv[1], "-"], capture_output=True, text=True, check=True).stdout
expected = json.load(open(sys.argv[2], encoding="utf-8"))


def norm(value):
    value = unicodedata.normalize("NFKC", value).replace("\u02c6", "^").replace("\u02dc", "~")
    return " ".join(value.split())


problems = []
for index, original in enumerate(expected):
    match = re.search(r"QQSTART%dQQ(.*?)QQEND%dQQ" % (index, index), text, re.S)
    if not match:
        problems.append(f"{index}: markers not found")
        continue
    got, want = norm(match.group(1)), norm(original)
    if got != want:
        problems.append(f"{index}: {got!r} != {want!r}")
for line in problems[:20]:
    print(line)
sys.exit(1 if problems else 0)
