"""Checks the schedule's zones and times in every format against workshop.json.

Usage: check_schedule_zones.py OUTPUT_FOLDER [WIDTH]

Independent of dlde-export's code: the expected zones are the workshop's
zone, then each of extra_timezones once, in order; every slot's start and
end in each zone come from workshop.json's UTC instants through Python's
zoneinfo, with the day offset from the workshop's date. Then it reads:
- the plain-text program tables of program.eml and day-of.eml (Python's
  email parser): every table line at most WIDTH columns, every row's cells
  starting at the header's column starts, the zones of all tables in order,
  and each cell equal to the expected "HH:MM[+N]-HH:MM[+N]";
- the feeds' program table (feedparser): the zones in order and each cell;
- program.html's day at a glance (html.parser): the zones in order and
  each start and end with its day marks;
- program.pdf's, when there is one (pdftotext -layout): each column's
  header starting with its zone, each slot's times in zone order on one
  line and the day marks under each time.
Prints what it checked; exits 1 with every mismatch.
"""
import datetime
import email
import email.policy
import html.parser
import json
import os
import re
import subprocess
import sys
from zoneinfo import ZoneInfo

import feedparser

folder = sys.argv[1]
width = int(sys.argv[2]) if len(sys.argv) > 2 else 72
problems = []
workshop = json.load(open(os.path.join(folder, "workshop.json"), encoding="utf-8"))
day = datetime.date.fromisoformat(workshop["date"])
zones = []
for name in [workshop["timezone"]] + workshop["extra_timezones"]:
    if name not in zones:
        zones.append(name)


def utc(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def local(instant, zone):
    moment = instant.astimezone(ZoneInfo(zone))
    return moment.strftime("%H:%M"), (moment.date() - day).days


def suffix(shift):
    return "" if shift == 0 else ("+%d" % shift if shift > 0 else "%d" % shift)


expected = []  # per slot: per zone: (start, start shift, end, end shift)
for slot in workshop["schedule"]:
    expected.append([local(utc(slot["start_utc"]), z) + local(utc(slot["end_utc"]), z) for z in zones])


def mail_cell(times):
    start, start_shift, end, end_shift = times
    return start + suffix(start_shift) + "-" + end + suffix(end_shift)


# Plain-text tables in the mails.
def tables(lines):
    """(header line, rule line, row lines) for every header followed by a rule of dashes."""
    found = []
    for index in range(len(lines) - 1):
        rule = lines[index + 1]
        if rule and re.fullmatch(r"-+( {2,}-+)*", rule):
            rows = []
            for line in lines[index + 2:]:
                if not line.strip():
                    break
                if re.match(r"\d\d:\d\d", line):
                    rows.append(line)
            found.append((lines[index], rule, rows))
    return found


for name in ["program.eml", "day-of.eml"]:
    path = os.path.join(folder, "announcements", name)
    with open(path, "rb") as handle:
        message = email.message_from_binary_file(handle, policy=email.policy.default)
    if message.defects:
        problems.append(f"{name}: defects {message.defects}")
    text = message.get_body(("plain",)).get_content()
    found = tables(text.split("\n"))
    if not found:
        problems.append(f"{name}: no program table")
        continue
    seen_zones = []
    for header, rule, rows in found:
        starts = [match.start() for match in re.finditer(r"-+", rule)]
        ends = [match.end() for match in re.finditer(r"-+", rule)]
        for line in [header, rule] + rows:
            if len(line) > width:
                problems.append(f"{name}: a table line is {len(line)} columns, over {width}: {line!r}")
        labels = [header[a:b].strip() for a, b in zip(starts, starts[1:] + [len(header) + 1])]
        for a, label in zip(starts, labels):
            if header[a:a + len(label)] != label or (a > 0 and header[a - 1] != " "):
                problems.append(f"{name}: header label {label!r} does not start at its column ({a})")
        if labels[0] != zones[0]:
            problems.append(f"{name}: a table does not start with the workshop's zone: {labels}")
        seen_zones += [label for label in labels if label not in seen_zones]
        if len(rows) != len(expected):
            problems.append(f"{name}: {len(rows)} rows for {len(expected)} slots")
        for row, slot in zip(rows, expected):
            for column, (a, b) in enumerate(zip(starts, ends)):
                cell = row[a:].split("  ")[0].strip() if column == len(starts) - 1 else row[a:starts[column + 1]].strip()
                if a > 0 and row[a - 1] != " " or row[a:a + 1] == " ":
                    problems.append(f"{name}: row {row!r} has no cell starting at column {a}")
                want = mail_cell(slot[zones.index(labels[column])])
                if cell != want:
                    problems.append(f"{name}: {labels[column]}: {cell!r}, expected {want!r}")
    if seen_zones != zones:
        problems.append(f"{name}: zones {seen_zones}, expected {zones}")
    print(f"{name}: {len(found)} table(s), zones {seen_zones}")


# The feeds' program table.
class Cells(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows, self.cell, self.tag = [], None, None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        if tag in ("th", "td"):
            self.cell, self.tag = "", tag

    def handle_endtag(self, tag):
        if tag in ("th", "td") and self.cell is not None:
            self.rows[-1].append((self.tag, re.sub(r"\s+", " ", self.cell).strip()))
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data


def feed_cell(times):
    start, start_shift, end, end_shift = times

    def clock(time, shift):
        return time if shift == 0 else f"{time} ({day + datetime.timedelta(days=shift)})"
    return clock(start, start_shift) + "\u2013" + clock(end, end_shift)


for name in ["atom.xml", "rss.xml"]:
    feed = feedparser.parse(os.path.join(folder, name))
    if feed.bozo:
        problems.append(f"{name}: not well-formed: {feed.bozo_exception}")
    checked = 0
    for entry in feed.entries:
        content = entry.get("content", [{}])[0].get("value") if "content" in entry else entry.get("summary", "")
        if "<table" not in (content or ""):
            continue
        parser = Cells()
        parser.feed(content)
        header = [text for tag, text in parser.rows[0] if tag == "th"]
        if header[:-1] != zones:
            problems.append(f"{name}: zones {header[:-1]}, expected {zones}")
        for row, slot in zip(parser.rows[1:], expected):
            cells = [text for tag, text in row][:len(zones)]
            wants = [feed_cell(times) for times in slot]
            if cells != wants:
                problems.append(f"{name}: row {cells}, expected {wants}")
        checked += 1
    if not checked:
        problems.append(f"{name}: no entry with the program table")
    print(f"{name}: {checked} program table(s)")


# The booklet's day at a glance.
class Glance(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.inside, self.zones, self.rows, self.text, self.capture, self.depth = False, [], [], "", None, 0

    def handle_starttag(self, tag, attrs):
        classes = dict(attrs).get("class", "") or ""
        if tag == "table" and "schedule" in classes.split():
            self.inside = True
        if not self.inside:
            return
        if tag == "th" and "zone" in classes.split():
            self.capture, self.text = "zone", ""
        elif tag == "span" and self.capture == "zone" and "offset" in classes.split():
            self.capture = "offset"
        elif tag == "tr" and self.zones:
            self.rows.append([])
        elif tag == "td" and "time" in classes.split():
            self.capture, self.text = "time", ""

    def handle_endtag(self, tag):
        if not self.inside:
            return
        if tag == "table":
            self.inside = False
        elif tag == "th" and self.capture in ("zone", "offset"):
            self.zones.append(self.text.strip())
            self.capture = None
        elif tag == "td" and self.capture == "time":
            self.rows[-1].append(self.text.strip())
            self.capture = None

    def handle_data(self, data):
        if self.capture in ("zone", "time"):
            self.text += data


def glance_cell(times):
    start, start_shift, end, end_shift = times
    text = f"{start}\u2013{end}"
    if start_shift:
        text += ("+" if start_shift > 0 else "-") + f"{abs(start_shift)} day" + ("" if abs(start_shift) == 1 else "s")
    days = end_shift - start_shift
    if days > 0:
        text += "ends " + ("next day" if days == 1 else f"{days} days later")
    return text


glance = Glance()
glance.feed(open(os.path.join(folder, "program.html"), encoding="utf-8").read())
if glance.zones != zones:
    problems.append(f"program.html: zones {glance.zones}, expected {zones}")
for row, slot in zip(glance.rows, expected):
    wants = [glance_cell(times) for times in slot]
    if row != wants:
        problems.append(f"program.html: row {row}, expected {wants}")
print(f"program.html: zones {glance.zones}, {len(glance.rows)} rows")


# The booklet's PDF, laid out as on the page.
def pdf_marks(times):
    start, start_shift, end, end_shift = times
    marks = []
    if start_shift:
        marks.append(("+" if start_shift > 0 else "-") + f"{abs(start_shift)} day" + ("" if abs(start_shift) == 1 else "s"))
    if end_shift - start_shift > 0:
        marks.append("ends " + ("next day" if end_shift - start_shift == 1 else f"{end_shift - start_shift} days later"))
    return " ".join(marks)


pdf = os.path.join(folder, "program.pdf")
if os.path.exists(pdf):
    lines = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout.split("\n")
    time_pattern = re.compile(r"\d\d:\d\d\u2013\d\d:\d\d")
    header = next((i for i, line in enumerate(lines) if line.lstrip().startswith(zones[0].split("/")[0] + "/" if "/" in zones[0] else zones[0])
                   and "Session" in line), None)
    if header is None:
        problems.append("program.pdf: no day-at-a-glance header")
    else:
        starts = [m.start() for m in re.finditer(r"\S+", lines[header])][:len(zones)]
        columns = [""] * len(starts)
        for line in lines[header:]:
            if not line.strip():
                break
            for index, start in enumerate(starts):
                end = starts[index + 1] if index + 1 < len(starts) else start + 14
                columns[index] += line[start:end].strip()
        for zone, column in zip(zones, columns):
            if not column.startswith(zone):
                problems.append(f"program.pdf: header column {column!r} does not start with {zone!r}")
        rows = [i for i in range(header, len(lines)) if time_pattern.match(lines[i])]
        if len(rows) < len(expected):
            problems.append(f"program.pdf: {len(rows)} rows for {len(expected)} slots")
        for row, slot in zip(rows, expected):
            cells = [(m.start(), m.group()) for m in time_pattern.finditer(lines[row])][:len(zones)]
            wants = [f"{t[0]}\u2013{t[2]}" for t in slot]
            if [cell for _, cell in cells] != wants:
                problems.append(f"program.pdf: row {[cell for _, cell in cells]}, expected {wants}")
                continue
            below = []
            for line in lines[row + 1:]:
                if not line.strip() or time_pattern.match(line):
                    break
                below.append(line)
            for index, (start, _) in enumerate(cells):
                end = cells[index + 1][0] if index + 1 < len(cells) else start + 14
                marks = " ".join(" ".join(line[start:end].split()) for line in below if line[start:end].strip())
                if marks != pdf_marks(slot[index]):
                    problems.append(f"program.pdf: {zones[index]} {wants[index]} marked {marks!r}, expected {pdf_marks(slot[index])!r}")
        print(f"program.pdf: {len(rows)} rows, columns {columns}")

for problem in problems:
    print("PROBLEM:", problem)
sys.exit(1 if problems else 0)
