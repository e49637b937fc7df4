"""Checks that a paper's OpenReview link is the same URL in every format.

Usage: check_paper_links.py OUTPUT_FOLDER PAPER_ID EXPECTED_URL

Reads program.html (html.parser: every href naming OpenReview), atom.xml
and rss.xml (feedparser: the paper entry's links), the personal messages
to the paper's authors (Python's email) and the .bib (pybtex: the entry's
url field), and requires EXPECTED_URL in each, and no other OpenReview URL.
"""
import email
import email.policy
import glob
import html.parser
import os
import re
import sys

import feedparser
import pybtex.database

folder, paper, expected = sys.argv[1], sys.argv[2], sys.argv[3]
problems = []
found = {}


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href")
        if tag == "a" and href and "openreview.net/forum" in href:
            self.hrefs.append(href)


links = Links()
links.feed(open(os.path.join(folder, "program.html"), encoding="utf-8").read())
found["program.html"] = set(links.hrefs)

atom = feedparser.parse(os.path.join(folder, "atom.xml"))
found["atom.xml"] = {link.href for entry in atom.entries for link in entry.get("links", []) if "openreview.net/forum" in link.href}

messages = glob.glob(os.path.join(folder, "announcements", "*", f"paper-{paper}.eml"))
urls = set()
for path in messages:
    with open(path, "rb") as handle:
        message = email.message_from_binary_file(handle, policy=email.policy.default)
    if message.defects:
        problems.append(f"{path}: defects {message.defects}")
    urls |= set(re.findall(r"https://openreview\.net/forum\S*", message.get_body(("plain",)).get_content()))
found["personal mail"] = urls

bib = glob.glob(os.path.join(folder, "*.bib"))[0]
entries = pybtex.database.parse_file(bib, bib_format="bibtex").entries
found[".bib"] = {entry.fields["url"] for entry in entries.values() if "url" in entry.fields and "openreview.net/forum" in entry.fields["url"]}

for name, urls in found.items():
    if urls != {expected}:
        problems.append(f"{name}: {sorted(urls)}, expected [{expected!r}]")
    print(f"{name}: {sorted(urls)}")
for problem in problems:
    print("PROBLEM:", problem)
sys.exit(1 if problems else 0)
