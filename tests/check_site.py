#!/usr/bin/env python3
"""Checks the site dlde-export writes (dlde-export site) as search engines
and readers see it, against workshop.json (the checked model, written by
`dlde-export json` from the same input), never against the site's own code.

Usage:
  check_site.py metadata SITE WORKSHOP.json
      extruct reads index.html's JSON-LD: one schema.org Event whose name is
      the title, startDate/endDate (with their UTC offset) the first slot's
      start and the last slot's end (start_utc/end_utc), a performer per
      speaker, an organizer per organizer; and each paper page's JSON-LD:
      one ScholarlyArticle with the paper's title_text and authors. Each
      paper page's Highwire tags (read by an HTML parser): citation_title
      equal to title_text, one citation_author per author in order,
      citation_publication_date the workshop's date, citation_pdf_url the
      PDF when there is one, citation_conference_title naming the title
      and venue; its calendar (papers/ID.ics, read by icalendar) holds one
      event per slot presenting it, at the slot's instants. Feeds are
      announced with <link rel="alternate">.
  check_site.py sitemap SITE WORKSHOP.json
      sitemap.xml lists exactly the site's HTML pages, each under the
      workshop's url; robots.txt names the sitemap.
  check_site.py seed SITE SEED.txt
      every fact of the workshop's original page (the Jekyll page the
      bundled data was transcribed from) appears on index.html: title,
      venue, location, the important dates, every slot's time and title,
      every speaker with link, every organizer with affiliation, every
      sponsor's link, the contact addresses.
Prints every problem and exits 1 when there is one.
"""
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from datetime import datetime
from html.parser import HTMLParser
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

PROBLEMS = []


def problem(message):
    PROBLEMS.append(message)
    print("problem: " + message)


class Page(HTMLParser):
    """The parts of a page the checks read: meta tags, links, text, table rows."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.meta = []
        self.links = []
        self.anchors = []
        self.text_parts = []
        self.rows = []
        self._row = None
        self._cell = None
        self._skip = 0
        self.feed(text)
        self.text = " ".join(" ".join(self.text_parts).split())

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta":
            key = attrs.get("name") or attrs.get("property")
            if key:
                self.meta.append((key, attrs.get("content", "")))
        elif tag == "link":
            self.links.append(attrs)
        elif tag == "a":
            self.anchors.append(attrs.get("href", ""))
        elif tag in ("script", "style"):
            self._skip += 1
        elif tag == "tr":
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []
        if tag in ("br", "p", "li", "dd", "dt", "span", "td", "th", "h1", "h2", "h3", "div"):
            self.text_parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1
        elif tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append(" ".join(" ".join(self._cell).split()))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.rows.append(self._row)
            self._row = None
        if tag in ("p", "li", "dd", "dt", "span", "td", "th", "h1", "h2", "h3", "div"):
            self.text_parts.append(" ")

    def handle_data(self, data):
        if self._skip:
            return
        self.text_parts.append(data)
        if self._cell is not None:
            self._cell.append(data)


def read(path):
    with open(path, encoding="utf-8") as handle:
        return handle.read()


def instant(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def names(people):
    """Display names: workshop.json writes a name as a string or as {given, family}."""
    out = []
    for person in people:
        name = person.get("name")
        if isinstance(name, dict):
            name = " ".join(part for part in (name.get("given"), name.get("family")) if part)
        out.append(name)
    return out


def json_ld(html, workshop, kind):
    """The JSON-LD items of type `kind` that extruct reads in `html`."""
    import extruct

    items = extruct.extract(html, base_url=workshop["url"], syntaxes=["json-ld"])["json-ld"]
    return [item for item in items if item.get("@type") == kind]


def check_metadata(site, workshop):

    home_html = read(os.path.join(site, "index.html"))
    events = json_ld(home_html, workshop, "Event")
    if len(events) != 1:
        problem(f"index.html: {len(events)} JSON-LD Events, expected 1: {events}")
    else:
        event = events[0]
        if event.get("name") != workshop["title"]:
            problem(f"Event name {event.get('name')!r} != {workshop['title']!r}")
        schedule = workshop.get("schedule", [])
        if schedule:
            first = min(instant(slot["start_utc"]) for slot in schedule)
            last = max(instant(slot["end_utc"]) for slot in schedule)
            for key, expected in (("startDate", first), ("endDate", last)):
                value = event.get(key, "")
                if not re.search(r"[+-]\d\d:\d\d$|Z$", value):
                    problem(f"Event {key} {value!r} has no UTC offset")
                elif instant(value) != expected:
                    problem(f"Event {key} {value} != {expected.isoformat()}")
        if "eventAttendanceMode" not in event and workshop.get("location"):
            problem("Event has no eventAttendanceMode")
        location = event.get("location", {})
        if workshop.get("location") and location.get("@type") not in ("VirtualLocation", "Place"):
            problem(f"Event location {location!r} is neither VirtualLocation nor Place")
        if names(event.get("performer", [])) != names(workshop.get("speakers", [])):
            problem(f"Event performers {names(event.get('performer', []))} != speakers")
        if names(event.get("organizer", [])) != names(workshop.get("organizers", [])):
            problem(f"Event organizers {names(event.get('organizer', []))} != organizers")
    home = Page(home_html)
    feeds = {(link.get("type"), link.get("href")) for link in home.links if link.get("rel") == "alternate"}
    for expected in (("application/atom+xml", "atom.xml"), ("application/rss+xml", "rss.xml")):
        if expected not in feeds:
            problem(f"index.html does not announce {expected[1]} with <link rel=alternate type={expected[0]}>")

    date = workshop["date"].replace("-", "/")
    for paper in workshop.get("papers", []):
        path = os.path.join(site, "papers", paper["id"] + ".html")
        if not os.path.exists(path):
            problem(f"no page for paper {paper['id']}")
            continue
        page_html = read(path)
        articles = json_ld(page_html, workshop, "ScholarlyArticle")
        if len(articles) != 1:
            problem(f"{paper['id']}: {len(articles)} ScholarlyArticles in JSON-LD")
        else:
            article = articles[0]
            if article.get("headline") != paper["title_text"]:
                problem(f"{paper['id']}: headline {article.get('headline')!r} != {paper['title_text']!r}")
            if names(article.get("author", [])) != names(paper["authors"]):
                problem(f"{paper['id']}: JSON-LD authors {names(article.get('author', []))} != {names(paper['authors'])}")
        page = Page(page_html)
        tags = {}
        for key, value in page.meta:
            tags.setdefault(key, []).append(value)
        expected = {
            "citation_title": [paper["title_text"]],
            "citation_author": names(paper["authors"]),
            "citation_publication_date": [date],
        }
        if paper.get("pdf"):
            expected["citation_pdf_url"] = [paper["pdf"]]
            # Both sides decoded: the page percent-encodes what an URL may not hold.
            expected["citation_pdf_url"] = [unquote(paper["pdf"])]
            tags["citation_pdf_url"] = [unquote(url) for url in tags.get("citation_pdf_url", [])]
        for key, value in expected.items():
            if tags.get(key) != value:
                problem(f"{paper['id']}: {key} {tags.get(key)} != {value}")
        if not paper.get("pdf") and "citation_pdf_url" in tags:
            problem(f"{paper['id']}: citation_pdf_url without a PDF")
        conference = (tags.get("citation_conference_title") or [""])[0]
        if workshop["title"] not in conference or workshop["venue"] not in conference:
            problem(f"{paper['id']}: citation_conference_title {conference!r} lacks the title or venue")
        # The paper's calendar, read by icalendar: one event per slot presenting it, at the slot's instants.
        slots = [slot for slot in workshop.get("schedule", []) if paper["id"] in slot.get("papers", [])]
        calendar_path = os.path.join(site, "papers", paper["id"] + ".ics")
        if slots:
            import icalendar
            with open(calendar_path, "rb") as handle:
                calendar = icalendar.Calendar.from_ical(handle.read())
            events = sorted((event.decoded("dtstart"), event.decoded("dtend")) for event in calendar.walk("VEVENT"))
            expected_events = sorted((instant(slot["start_utc"]), instant(slot["end_utc"])) for slot in slots)
            if events != expected_events:
                problem(f"{paper['id']}.ics: events {events} != slots {expected_events}")
            if f'href="{paper["id"]}.ics"' not in page_html:
                problem(f"{paper['id']}: the page does not link its calendar")
        elif os.path.exists(calendar_path):
            problem(f"{paper['id']}.ics exists but no slot presents the paper")
        for key in ("og:title", "og:type", "og:url"):
            if key not in tags:
                problem(f"{paper['id']}: no {key}")
        if tags.get("og:title") != [paper["title_text"]]:
            problem(f"{paper['id']}: og:title {tags.get('og:title')} != {paper['title_text']!r}")


def check_sitemap(site, workshop):
    namespace = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    tree = ET.parse(os.path.join(site, "sitemap.xml"))
    locations = [element.text for element in tree.iter(namespace + "loc")]
    parts = urlsplit(workshop["url"])
    base = urlunsplit((parts.scheme, parts.netloc, parts.path if parts.path.endswith("/") else parts.path + "/", "", ""))
    pages = set()
    for folder, _, files in os.walk(site):
        for name in files:
            if name.endswith(".html"):
                relative = os.path.relpath(os.path.join(folder, name), site).replace(os.sep, "/")
                pages.add(base if relative == "index.html" else urljoin(base, relative))
    if len(locations) != len(set(locations)):
        problem("sitemap.xml lists a page twice")
    if set(locations) != pages:
        problem(f"sitemap.xml lists {sorted(set(locations) - pages)} that are not pages and misses {sorted(pages - set(locations))}")
    robots = read(os.path.join(site, "robots.txt"))
    if f"Sitemap: {urljoin(base, 'sitemap.xml')}" not in robots.splitlines():
        problem(f"robots.txt does not name the sitemap: {robots!r}")


class Seed(HTMLParser):
    """The facts of the original Jekyll page, by section."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.section = None
        self.schedule = []
        self.speakers = []
        self.speaker_links = []
        self.organizers = []
        self.organizer_links = []
        self.sponsor_links = []
        self.dates = []
        self.title = ""
        self.venue = ""
        self._tags = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        identifier = attrs.get("id")
        if identifier:
            self.section = identifier
        if tag not in VOID:
            self._tags.append([])
        if tag == "a" and attrs.get("href", "").startswith("http"):
            href = attrs["href"]
            if self.section == "speakers":
                self.speaker_links.append(href)
            elif self.section == "organizers" and "google.com" not in href:
                self.organizer_links.append(href)
            elif "sponsor" in attrs.get("class", "") or self.section == "sponsors-block":
                pass
        if tag == "div" and "sponsor" in (attrs.get("class") or ""):
            self.section = "sponsors-block"

    def handle_endtag(self, tag):
        text = " ".join("".join(self._tags.pop() if self._tags else []).split())
        if tag == "h1" and not self.title:
            self.title = text
        elif tag == "h2" and not self.venue and self.title:
            self.venue = text
        elif tag == "li" and self.section == "schedule" and text:
            self.schedule.append(text)
        elif tag == "b" and self.section == "speakers":
            self.speakers.append(text)
        elif tag == "a" and self.section == "organizers" and text:
            self.organizers.append([text, None])
        elif tag == "h6" and self.section == "organizers" and self.organizers:
            self.organizers[-1][1] = text
        elif tag == "td" and self.section == "dates":
            self.dates.append(text)

    def handle_data(self, data):
        for buffer in self._tags:
            buffer.append(data)


VOID = {"br", "img", "hr", "meta", "link", "input"}


MONTHS = "January February March April May June July August September October November December".split()


def check_seed(site, seed_path):
    seed_text = read(seed_path)
    seed = Seed(seed_text)
    page = Page(read(os.path.join(site, "index.html")))
    text = page.text
    hrefs = set(page.anchors)

    def expect(fact, where="index.html"):
        if fact not in text:
            problem(f"{where} lacks {fact!r}")

    # Title "Long title (SHORT)", venue, location.
    match = re.match(r"(.*) \((\w+)\)$", seed.title)
    if not match:
        problem(f"cannot read the seed's title {seed.title!r}")
    else:
        expect(match.group(1))
        expect(match.group(2))
    expect(seed.venue)
    location = re.search(r"\d\d:\d\d [AP]M to \d\d:\d\d [AP]M,\s*([^<]+?)\s*</span>", seed_text)
    if location:
        expect(location.group(1).strip())
    else:
        problem("cannot find the location in the seed")
    day = re.search(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d+)\w\w (\w+)", seed_text)
    if day:
        expect(f"{day.group(1)}, {day.group(2)} {day.group(3)}")
    # Important dates: each label and its day.
    for label, when in zip(seed.dates[0::2], seed.dates[1::2]):
        if label.lower() not in text.lower():
            problem(f"index.html lacks the important date {label!r}")
        found = re.search(r"(" + "|".join(MONTHS) + r") (\d+)\w\w,\s+(\d{4})", when)
        if found:
            expect(f"{found.group(2)} {found.group(1)} {found.group(3)}")
        else:
            problem(f"cannot read the seed's date {when!r}")
    # The schedule: "08:00 AM : Title" (the seed's AM after noon is a slip:
    # its times are 24-hour) is a row whose first cell starts with the time
    # and whose last cell holds the title; "End" is the last row's end.
    if not seed.schedule:
        problem("no schedule in the seed")
    for item in seed.schedule:
        found = re.match(r"(\d\d:\d\d) [AP]M : ([^|]+?)\s*(\||$)", item)
        if not found:
            problem(f"cannot read the seed's slot {item!r}")
            continue
        time, title = found.group(1), found.group(2).strip()
        if title == "End":
            if not page.rows or not re.match(r"\d\d:\d\d.(" + time + r")", page.rows[-1][0]):
                problem(f"the schedule does not end at {time}")
            continue
        if not any(row and row[0].startswith(time) and title in row[-1] for row in page.rows):
            problem(f"no schedule row at {time} with {title!r}")
    # Speakers with their pages, organizers with affiliations, their correct links.
    for name in seed.speakers:
        expect(name)
    for href in seed.speaker_links:
        if href not in hrefs:
            problem(f"index.html does not link {href}")
    if not seed.speakers:
        problem("no speakers in the seed")
    if len(seed.organizers) < 2:
        problem("no organizers in the seed")
    for name, affiliation in seed.organizers:
        expect(name)
        if affiliation:
            expect(affiliation)
    # Sponsors: every sponsor's address, linked.
    sponsors = re.findall(r'<div class="col-xs-12 sponsor">(.*?)</div>', seed_text, re.S)
    sponsor_links = re.findall(r'href="(https?://[^"]+)"', sponsors[0]) if sponsors else []
    if not sponsor_links:
        problem("no sponsors in the seed")
    for href in sponsor_links:
        if href not in hrefs:
            problem(f"index.html does not link the sponsor {href}")
    # Contact addresses (the call for papers names them).
    for address in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", seed_text):
        if f"mailto:{address}" not in hrefs:
            problem(f"index.html does not link mailto:{address}")


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ("metadata", "sitemap", "seed"):
        print(__doc__, file=sys.stderr)
        return 2
    command, site, other = sys.argv[1:]
    if command == "seed":
        check_seed(site, other)
    else:
        with open(other, encoding="utf-8") as handle:
            workshop = json.load(handle)
        (check_metadata if command == "metadata" else check_sitemap)(site, workshop)
    print(f"{len(PROBLEMS)} problem(s)")
    return 1 if PROBLEMS else 0


if __name__ == "__main__":
    sys.exit(main())
