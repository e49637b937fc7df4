"""Compares the text between QQSTARTnQQ and QQENDnQQ markers in a PDF
(pdftotext) with the strings of EXPECTED_JSON, white space collapsed and
compatibility forms folded (ligatures such as ﬁ), the circumflex accent
glyph read as ^.

    check_pdf_text.py DOC.pdf EXPECTED.json
    check_pdf_text.py --scripts DOC.pdf EXPECTED.json

With --scripts (text in every script, right to left included), pdftotext
reads in reading order and the comparison is exact (NFC), but for the
direction marks pdftotext adds around right-to-left text, and a space where
the direction changes (pdftotext drops it, though the page shows it), which
is not compared. Arabic is compared exactly: the booklet's Arabic font
(Amiri) maps its glyphs, the lam-alef ligature included, back to the letters.
"""
import json
import re
import subprocess
import sys
import unicodedata

scripts = sys.argv[1] == "--scripts"
pdf, expected_path = sys.argv[2:4] if scripts else sys.argv[1:3]
mode = [] if scripts else ["-raw"]
text = subprocess.run(["pdftotext", *mode, pdf, "-"], capture_output=True, text=True, check=True).stdout
expected = json.load(open(expected_path, encoding="utf-8"))
DIRECTION_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))


def norm(value):
    if scripts:
        value = value.translate(DIRECTION_MARKS)
        value = " ".join(unicodedata.normalize("NFC", value).split())
        rtl = "\u0590-\u05FF\uFB1D-\uFB4F\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF"
        value = re.sub(f"(?<=[{rtl}]) (?=[^{rtl} ])", "", value)
        return re.sub(f"(?<=[^{rtl} ]) (?=[{rtl}])", "", value)
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
