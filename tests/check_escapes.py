"""Reads escaped texts back with Python's own parsers and compares them with
the originals, for the property tests.

    check_escapes.py xml FILE.xml EXPECTED.json   # <t a="..">..</t> elements under <r>
    check_escapes.py header FILE.json             # [{"raw": "Subject: ...", "expected": "..."}]
"""
import email.header
import json
import sys
import xml.etree.ElementTree as ET

problems = []
mode = sys.argv[1]
if mode == "xml":
    root = ET.parse(sys.argv[2]).getroot()
    expected = json.load(open(sys.argv[3], encoding="utf-8"))
    items = root.findall("t")
    if len(items) != len(expected):
        problems.append(f"{len(items)} elements, expected {len(expected)}")
    for index, (item, text) in enumerate(zip(items, expected)):
        if (item.text or "") != text:
            problems.append(f"text {index}: {item.text!r} != {text!r}")
        if item.get("a") != text:
            problems.append(f"attribute {index}: {item.get('a')!r} != {text!r}")
elif mode == "header":
    cases = json.load(open(sys.argv[2], encoding="utf-8"))
    for index, case in enumerate(cases):
        raw = case["raw"]
        name, _, value = raw.partition(":")
        lines = raw.split("\r\n")
        if any("\r" in line or "\n" in line for line in lines) or any(not line.startswith((" ", "\t")) for line in lines[1:]):
            problems.append(f"header {index} has a line that is not a continuation: {raw!r}")
        if any(len(line.encode()) > 998 for line in lines):
            problems.append(f"header {index} has a line over 998 octets")
        unfolded = value.replace("\r\n", "")
        decoded = str(email.header.make_header(email.header.decode_header(unfolded))).strip(" \t")
        if decoded != case["expected"]:
            problems.append(f"header {index}: {decoded!r} != {case['expected']!r}")
for line in problems[:20]:
    print(line)
sys.exit(1 if problems else 0)
