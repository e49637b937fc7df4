"""Reads ICS_FILE with icalendar and checks each event's SUMMARY (in UID
order) equals the strings of EXPECTED_JSON.

    check_ics_text.py ICS_FILE EXPECTED_JSON
"""
import json
import sys

import icalendar

with open(sys.argv[1], "rb") as handle:
    calendar = icalendar.Calendar.from_ical(handle.read())
with open(sys.argv[2], encoding="utf-8") as handle:
    expected = json.load(handle)
events = sorted(calendar.walk("VEVENT"), key=lambda event: int(str(event["UID"]).split("@")[0]))
problems = []
if len(events) != len(expected):
    problems.append(f"{len(events)} events, expected {len(expected)}")
for event, text in zip(events, expected):
    got = str(event.get("SUMMARY", ""))
    if got != text:
        problems.append(f"UID {event['UID']}: {got!r} != {text!r}")
for line in problems[:20]:
    print(line)
sys.exit(1 if problems else 0)
