#!/usr/bin/env python3
"""Checks dlde-export's atom.xml and rss.xml the way feed readers see them.

Usage: check_feed.py ATOM RSS EXPECTED.json [REPORT.json]

EXPECTED.json, written by the Swift tests from the model, holds the feed id,
title, site, self URLs, `updated` (seconds since 1970) and the entries
newest first ({id, title, date, category}). The script
- parses both feeds with feedparser: no bozo, version atom10 / rss20, the
  expected entry ids, titles (unchanged, character for character), dates,
  categories;
- checks the RFC 4287 MUSTs on the Atom tree (feed and entry id, title,
  updated, author, one alternate link per type and hreflang, RFC 3339 dates,
  ids that are absolute IRIs, tag: ids well-formed per RFC 4151);
- checks RSS 2.0 and the W3C feed validator's rules that can be checked
  offline (required channel elements, unique guids, RFC 822 dates,
  atom:link rel=self, no relative URLs in HTML, titles without HTML end
  tags or entities, no script).
Prints every problem and exits 1 when there is one; the validator's
warnings (an RSS title that looks like HTML) are printed and listed in the
report, not fatal. REPORT.json receives
what feedparser read (ids, titles, summaries) for the tests to compare.
"""
import email.utils
import html
import json
import re
import sys
import xml.etree.ElementTree as ET
from datetime import datetime
from html.parser import HTMLParser

import feedparser

ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
# RFC 4151: tag:DNSname,date:specific
DNSCOMP = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
TAG_URI = re.compile(
    r"^tag:" + DNSCOMP + r"(?:\." + DNSCOMP + r")*,\d{4}(?:-\d{2}(?:-\d{2})?)?:"
    r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*$")
# The HTML end tags the W3C validator's `nonhtml` rule looks for (a subset).
HTML_TAGS = {"a", "b", "br", "div", "em", "i", "img", "li", "p", "script", "span",
             "strong", "style", "table", "td", "tr", "u", "ul", "ol", "h1", "h2", "h3", "code", "pre"}

problems = []
# Rules the W3C validator reports as warnings; the tests decide which they allow.
warnings = []


def problem(text):
    problems.append(text)


def warning(text):
    warnings.append(text)


def rfc3339_seconds(text, where):
    if not RFC3339.match(text or ""):
        problem(f"{where}: '{text}' is not an RFC 3339 date-time with upper-case T and a zone")
        return None
    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


class LinkCollector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.urls, self.scripts = [], []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "iframe", "object", "embed", "meta"):
            self.scripts.append(tag)
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.urls.append(value)
            if name.startswith("on"):
                self.scripts.append(name)


def check_html(fragment, where):
    collector = LinkCollector()
    collector.feed(fragment or "")
    collector.close()
    for url in collector.urls:
        if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", url):
            problem(f"{where}: relative URL '{url}' (the validator's ContainsRelRef)")
    for tag in collector.scripts:
        problem(f"{where}: contains '{tag}' (the validator's SecurityRisk)")


def check_nonhtml(text, where):
    tags = [t for t in re.findall(r"</(\w+)>", text) if t.lower() in HTML_TAGS]
    entities = [e for e in re.findall(r"&(#?\w+);", text) if e in html.entities.name2codepoint or not e.isalpha()]
    if tags or entities:
        warning(f"{where}: '{text}' looks like HTML (the validator's ContainsHTML warning)")


def check_atom_tree(path, expected):
    root = ET.parse(path).getroot()
    if root.tag != ATOM + "feed":
        problem(f"{path}: root is {root.tag}, not atom:feed")
        return

    def exactly_one(parent, name, where):
        found = parent.findall(ATOM + name)
        if len(found) != 1:
            problem(f"{where}: {len(found)} atom:{name} elements, RFC 4287 requires exactly one")
            return None
        return found[0]

    def check_links(parent, where):
        seen = set()
        for link in parent.findall(ATOM + "link"):
            if not link.get("href"):
                problem(f"{where}: atom:link without href")
            if link.get("rel", "alternate") == "alternate":
                key = (link.get("type"), link.get("hreflang"))
                if key in seen:
                    problem(f"{where}: two alternate links with type/hreflang {key}")
                seen.add(key)
        return seen

    def check_text(element, where):
        if element is not None and element.get("type", "text") not in ("text", "html", "xhtml"):
            problem(f"{where}: bad text construct type {element.get('type')}")

    for name in ("id", "title", "updated"):
        exactly_one(root, name, "feed")
    feed_id = root.findtext(ATOM + "id")
    if feed_id != expected["feed_id"]:
        problem(f"feed id is '{feed_id}', expected '{expected['feed_id']}'")
    if not TAG_URI.match(feed_id or ""):
        problem(f"feed id '{feed_id}' is not a well-formed tag: URI (RFC 4151)")
    check_text(root.find(ATOM + "title"), "feed title")
    updated = rfc3339_seconds(root.findtext(ATOM + "updated"), "feed updated")
    if updated is not None and updated != expected["updated"]:
        problem(f"feed updated is {root.findtext(ATOM + 'updated')}, expected {expected['updated']} seconds")
    feed_authors = root.findall(ATOM + "author")
    for person in feed_authors + root.findall(ATOM + "contributor"):
        if person.find(ATOM + "name") is None:
            problem("feed: a person without atom:name")
    check_links(root, "feed")
    selfs = [l.get("href") for l in root.findall(ATOM + "link") if l.get("rel") == "self"]
    if selfs != [expected["self_atom"]]:
        problem(f"feed self links {selfs}, expected [{expected['self_atom']}]")
    alternates = [l.get("href") for l in root.findall(ATOM + "link") if l.get("rel", "alternate") == "alternate"]
    if alternates != [expected["site"]]:
        problem(f"feed alternate links {alternates}, expected [{expected['site']}]")

    ids = set()
    updated_values = set()
    newest = None
    for index, entry in enumerate(root.findall(ATOM + "entry")):
        where = f"entry {index}"
        for name in ("id", "title", "updated"):
            exactly_one(entry, name, where)
        entry_id = entry.findtext(ATOM + "id")
        if entry_id in ids:
            problem(f"{where}: duplicate id {entry_id}")
        ids.add(entry_id)
        if not TAG_URI.match(entry_id or ""):
            problem(f"{where}: id '{entry_id}' is not a well-formed tag: URI")
        check_text(entry.find(ATOM + "title"), where + " title")
        stamp = rfc3339_seconds(entry.findtext(ATOM + "updated"), where + " updated")
        if stamp in updated_values:
            warning(f"{where}: another entry has the same atom:updated (the validator's DuplicateUpdated)")
        updated_values.add(stamp)
        if stamp is not None:
            newest = stamp if newest is None else max(newest, stamp)
        published = entry.findtext(ATOM + "published")
        if published is not None:
            rfc3339_seconds(published, where + " published")
        if not feed_authors and not entry.findall(ATOM + "author"):
            problem(f"{where}: no atom:author and the feed has none (RFC 4287 4.1.2)")
        alternates = check_links(entry, where)
        content = entry.find(ATOM + "content")
        if content is None and not alternates:
            problem(f"{where}: no content and no alternate link")
        if len(entry.findall(ATOM + "content")) > 1 or len(entry.findall(ATOM + "summary")) > 1:
            problem(f"{where}: more than one content or summary")
        if content is not None and content.get("type") == "html":
            check_html(content.text, where + " content")
        if not entry.findall(ATOM + "category"):
            problem(f"{where}: no category")
    if newest is not None and updated is not None and updated != newest:
        problem("feed updated is not the newest entry's updated")


def check_rss_tree(path, expected):
    root = ET.parse(path).getroot()
    if root.tag != "rss" or root.get("version") != "2.0":
        problem(f"{path}: not <rss version=\"2.0\">")
        return
    channel = root.find("channel")
    for name in ("title", "link", "description"):
        if channel.find(name) is None or not (channel.findtext(name) or "").strip():
            problem(f"rss channel: missing {name}")
    check_nonhtml(channel.findtext("title") or "", "rss channel title")
    selfs = [l for l in channel.findall(ATOM + "link") if l.get("rel") == "self"]
    if len(selfs) != 1 or selfs[0].get("href") != expected["self_rss"] or selfs[0].get("type") != "application/rss+xml":
        problem(f"rss: expected one atom:link rel=self href={expected['self_rss']} type=application/rss+xml")
    build = channel.findtext("lastBuildDate")
    try:
        if email.utils.parsedate_to_datetime(build).timestamp() != expected["updated"]:
            problem(f"rss lastBuildDate {build} is not {expected['updated']} seconds")
    except (TypeError, ValueError):
        problem(f"rss lastBuildDate '{build}' is not an RFC 822 date")
    editor = channel.findtext("managingEditor")
    if editor is not None and not re.match(r"^[^\s@()]+@[^\s@()]+ \(.+\)$", editor):
        problem(f"rss managingEditor '{editor}' is not 'address (Name)'")
    guids = set()
    for index, item in enumerate(channel.findall("item")):
        where = f"rss item {index}"
        if item.find("title") is None and item.find("description") is None:
            problem(f"{where}: neither title nor description")
        check_nonhtml(item.findtext("title") or "", where + " title")
        guid = item.find("guid")
        if guid is None or guid.get("isPermaLink") != "false":
            problem(f"{where}: guid missing or not isPermaLink=\"false\"")
        elif guid.text in guids:
            problem(f"{where}: duplicate guid {guid.text}")
        else:
            guids.add(guid.text)
        try:
            email.utils.parsedate_to_datetime(item.findtext("pubDate"))
        except (TypeError, ValueError):
            problem(f"{where}: pubDate '{item.findtext('pubDate')}' is not an RFC 822 date")
        for name in ("description", CONTENT + "encoded"):
            if len(item.findall(name)) > 1:
                problem(f"{where}: more than one {name}")
            check_html(item.findtext(name), f"{where} {name}")


def check_with_feedparser(path, version, expected, report):
    parsed = feedparser.parse(path)
    if parsed.bozo:
        problem(f"{path}: feedparser bozo: {parsed.bozo_exception!r}")
    if parsed.version != version:
        problem(f"{path}: feedparser detected '{parsed.version}', expected '{version}'")
    if parsed.feed.get("title") != expected["feed_title"]:
        problem(f"{path}: feed title {parsed.feed.get('title')!r}, expected {expected['feed_title']!r}")
    if parsed.feed.get("link") != expected["site"]:
        problem(f"{path}: feed link {parsed.feed.get('link')!r}, expected {expected['site']!r}")
    want = expected["entries"]
    got = parsed.entries
    if len(got) != len(want):
        problem(f"{path}: {len(got)} entries, expected {len(want)}")
    for index, (entry, wanted) in enumerate(zip(got, want)):
        where = f"{path} entry {index}"
        if entry.get("id") != wanted["id"]:
            problem(f"{where}: id {entry.get('id')!r}, expected {wanted['id']!r}")
        if entry.get("title") != wanted["title"]:
            problem(f"{where}: title {entry.get('title')!r}, expected {wanted['title']!r}")
        parsed_date = entry.get("updated_parsed") or entry.get("published_parsed")
        if parsed_date is None or abs(__import__("calendar").timegm(parsed_date) - wanted["date"]) > 0:
            problem(f"{where}: date {entry.get('updated') or entry.get('published')!r}, expected {wanted['date']} seconds")
        terms = [tag.get("term") for tag in entry.get("tags", [])]
        if wanted["category"] not in terms:
            problem(f"{where}: categories {terms}, expected {wanted['category']!r}")
        if entry.get("link") != expected["site"]:
            problem(f"{where}: link {entry.get('link')!r}, expected {expected['site']!r}")
        if not entry.get("content") or not entry.content[0].value.strip():
            problem(f"{where}: no content or empty content")
    report[version] = {
        "feed_id": parsed.feed.get("id"),
        "feed_title": parsed.feed.get("title"),
        "updated": parsed.feed.get("updated"),
        "entries": [{
            "id": e.get("id"),
            "title": e.get("title"),
            "summary": html.unescape(e.get("summary", "")) if version == "rss20" else e.get("summary"),
            "content": e.content[0].value if e.get("content") else None,
            "authors": [a.get("name") for a in e.get("authors", [])],
        } for e in got],
    }


def main(argv):
    if len(argv) not in (4, 5):
        print(__doc__, file=sys.stderr)
        return 64
    atom, rss, expected_path = argv[1:4]
    with open(expected_path, encoding="utf-8") as handle:
        expected = json.load(handle)
    report = {}
    for path in (atom, rss):
        with open(path, "rb") as handle:
            head = handle.read(64)
        if not head.startswith(b'<?xml version="1.0" encoding="UTF-8"?>'):
            problem(f"{path}: no UTF-8 XML declaration")
    check_atom_tree(atom, expected)
    check_rss_tree(rss, expected)
    check_with_feedparser(atom, "atom10", expected, report)
    check_with_feedparser(rss, "rss20", expected, report)
    report["warnings"] = warnings
    if len(argv) == 5:
        with open(argv[4], "w", encoding="utf-8") as handle:
            json.dump(report, handle, ensure_ascii=False, indent=1)
    for text in problems:
        print("error: " + text)
    for text in warnings:
        print("warning: " + text)
    print(f"{'ok' if not problems else 'FAILED'}: {len(problems)} problem(s), {len(warnings)} warning(s) in {atom} and {rss}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
