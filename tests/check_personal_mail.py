#!/usr/bin/env python3
"""Checks the personal messages of one `to: authors` announcement against
workshop.json (the model as `dlde-export json` writes it), with Python's
`email` package.

Usage: check_personal_mail.py WORKSHOP_JSON ANNOUNCEMENT_ID MESSAGE_FILE...

The message files are the .eml files as written, or as an SMTP server
received them. For the announcement:
- every paper with at least one author address has exactly one message,
  and no other paper has one;
- each message parses with policy.default without a defect (message or
  header), is text/plain, and its To: holds exactly the paper's author
  addresses (authors of one paper see each other, nobody else);
- its body names exactly the slots that present the paper, each with its
  time in the workshop's zone and in UTC (from start_utc/end_utc), and the
  paper's title.
Prints one line per problem and exits 1 when there is any.
"""
import datetime
import email
import email.policy
import json
import re
import sys

problems = []


def problem(where, text):
    problems.append(f"{where}: {text}")


def squeeze(text):
    return re.sub(r"\s+", "", text)


def hhmm(utc):
    return utc[11:16]


def utc_range(slot, workshop_date):
    start, end = slot["start_utc"], slot["end_utc"]
    text = f"{hhmm(start)}-{hhmm(end)}"
    shift = (datetime.date.fromisoformat(start[:10]) - workshop_date).days
    if shift:
        text += f"{shift:+d}"
    return text


def message_id_part(paper_id):
    """The paper's part of a Message-ID, as docs/announce.md defines it."""
    name = "paper-" + paper_id
    if ".." in name or name.endswith("."):
        return "x" + name.encode("utf-8").hex()
    return name


def main():
    workshop = json.load(open(sys.argv[1], encoding="utf-8"))
    announcement = sys.argv[2]
    files = sys.argv[3:]
    workshop_date = datetime.date.fromisoformat(workshop["date"])
    zone = workshop["timezone"]
    host_tail = f".{workshop['id']}@"
    papers = {paper["id"]: paper for paper in workshop["papers"]}
    expected = {pid for pid, paper in papers.items() if any(a.get("email") for a in paper["authors"])}
    by_part = {message_id_part(pid): pid for pid in papers}
    seen = {}
    for path in files:
        raw = open(path, "rb").read()
        message = email.message_from_bytes(raw, policy=email.policy.default)
        if message.defects:
            problem(path, f"message defects {message.defects}")
        for name, value in message.items():
            if value.defects:
                problem(path, f"header {name} defects {value.defects}")
        message_id = str(message["Message-ID"])
        prefix = f"<{announcement}."
        if not message_id.startswith(prefix) or host_tail not in message_id:
            problem(path, f"Message-ID {message_id} is not one of announcement {announcement}'s paper messages")
            continue
        part = message_id[len(prefix):message_id.rindex(host_tail)]
        paper_id = by_part.get(part)
        if paper_id is None:
            problem(path, f"Message-ID names no paper: {message_id}")
            continue
        if paper_id in seen:
            problem(path, f"a second message for paper {paper_id} (first {seen[paper_id]})")
        seen[paper_id] = path
        paper = papers[paper_id]
        addresses = [a["email"] for a in paper["authors"] if a.get("email")]
        to = [mailbox.addr_spec for mailbox in message["To"].addresses]
        if sorted(set(a.lower() for a in to)) != sorted(set(a.lower() for a in addresses)) or len(to) != len(set(a.lower() for a in to)):
            problem(path, f"To: {to}, but the authors of {paper_id} have {addresses}")
        if message.get_content_type() != "text/plain":
            problem(path, f"content type {message.get_content_type()}")
        body = squeeze(message.get_content())
        if squeeze(paper["title"]) not in body:
            problem(path, f"the title of {paper_id} is missing")
        slots = [slot for slot in workshop["schedule"] if paper_id in slot.get("papers", [])]
        for slot in slots:
            local = squeeze(f"{slot['start']}-{slot['end']} {zone}")
            if local not in body:
                problem(path, f"slot {slot['id']} at {local} (workshop zone) is missing")
        named = set(re.findall(r"\((\d\d:\d\d-\d\d:\d\d(?:[+-]\d+)?)UTC\)", body))
        wanted = {utc_range(slot, workshop_date) for slot in slots}
        if named != wanted:
            problem(path, f"UTC slot times named {sorted(named)}, but paper {paper_id} is presented at {sorted(wanted)} UTC")
        if not slots and "notintheprogramyet" not in body:
            problem(path, f"paper {paper_id} is in no slot, and the message does not say so")
    for missing in sorted(expected - set(seen)):
        problem(announcement, f"no message for paper {missing}, which has an author address")
    for extra in sorted(set(seen) - expected):
        problem(announcement, f"a message for paper {extra}, which has no author address")
    for line in problems:
        print(line)
    print(f"checked {len(files)} messages of {announcement}: {len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
