"""Reads one title back from every format and requires the text a reader
should see.

Usage: check_title_text.py OUTPUT_FOLDER SHOWN_TEXT

SHOWN_TEXT is the title as the model means it (brace markup gone, `\\{` a
brace, math as its TeX). Read with: an HTML parser (program.html),
pdftotext (program.pdf, when present), feedparser (atom.xml: the paper's
entry title), Python's email (the program mail: the poster session's list),
icalendar (the slot that presents the paper: its DESCRIPTION). Each must
contain SHOWN_TEXT with white space collapsed; math may be shown as MathML
in HTML, so there the check is on the prose before the math.
"""
import email
import email.policy
import html.parser
import os
import subprocess
import sys

import feedparser
import icalendar

folder, shown = sys.argv[1], sys.argv[2]
prose = shown.split("$")[0].strip()
problems = []


def squeeze(text):
    return " ".join(text.split())


class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "annotation"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("style", "script", "annotation"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def expect(name, text, wanted):
    if squeeze(wanted) not in squeeze(text):
        problems.append(f"{name}: {wanted!r} not found")
    else:
        print(f"{name}: found {wanted!r}")


page = Text()
page.feed(open(os.path.join(folder, "program.html"), encoding="utf-8").read())
expect("program.html", "".join(page.parts), prose)
pdf = os.path.join(folder, "program.pdf")
if os.path.exists(pdf):
    expect("program.pdf", subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout, prose)
feed = feedparser.parse(os.path.join(folder, "atom.xml"))
expect("atom.xml", "\n".join(entry.title for entry in feed.entries), shown)
with open(os.path.join(folder, "announcements", "program.eml"), "rb") as handle:
    message = email.message_from_binary_file(handle, policy=email.policy.default)
expect("program.eml", message.get_body(("plain",)).get_content(), shown)
calendar = icalendar.Calendar.from_ical(open(os.path.join(folder, "schedule.ics"), "rb").read())
expect("schedule.ics", "\n".join(str(event.get("DESCRIPTION", "")) for event in calendar.walk("VEVENT")), shown)
for problem in problems:
    print("PROBLEM:", problem)
sys.exit(1 if problems else 0)
