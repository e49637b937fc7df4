"""Checks dlde-export's schedule.ics with two independent consumers.

    check_calendar.py SCHEDULE_ICS WORKSHOP_JSON [EXPECT_JSON]

WORKSHOP_JSON is `dlde-export json` output for the same workshop: every slot's
start_utc/end_utc is the model's instant. EXPECT_JSON (optional) holds what the
test states independently: {"dtstamp_utc": "...", "events": {UID: {"summary":
..., "location": ..., "url": ..., "description_contains": [...]}}}.

The file is read
- as bytes: UTF-8, CRLF after every line, physical lines of at most 75 octets;
- by `icalendar` as is (it resolves an IANA TZID with the system's zone data,
  as calendar clients do);
- by `icalendar` with the TZID renamed to one no zone database knows, so the
  times must come from the file's own VTIMEZONE, whose offsets are compared
  with the system zone every 15 minutes across the schedule;
- by `vobject` (validating; it builds the zone from the VTIMEZONE with dateutil).
Every event's start and end, converted to UTC, must be the model's instants.
Prints each problem and exits 1 if there is any.
"""

import datetime as dt
import json
import re
import sys
from urllib.parse import urlparse
from zoneinfo import ZoneInfo

import icalendar
import vobject

UTC = dt.timezone.utc
RENAMED_ZONE = "DLDE-Test/Only-In-This-File"
problems = []


def problem(message):
    problems.append(message)


def parse_utc(text):
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def check_bytes(data):
    if not data.endswith(b"\r\n"):
        problem("the file does not end with CRLF")
    for number, line in enumerate(data.split(b"\r\n")[:-1], start=1):
        if b"\r" in line or b"\n" in line:
            problem(f"line {number}: a bare CR or LF (every line must end with CRLF)")
        if len(line) > 75:
            problem(f"line {number}: {len(line)} octets, more than 75")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as error:
            problem(f"line {number}: not UTF-8 on its own (a fold split a character?): {error}")
        continuation = number > 1 and line.startswith(b" ")
        if not continuation and not re.match(rb"[A-Z][A-Z0-9-]*[;:]", line):
            problem(f"line {number}: neither a property nor a continuation: {line[:20]!r}")


def unfold(text):
    return re.sub(r"\r\n[ \t]", "", text)


def as_utc(value, what):
    if not isinstance(value, dt.datetime):
        problem(f"{what}: {value!r} is a date, not a date-time")
        return None
    if value.tzinfo is None or value.utcoffset() is None:
        problem(f"{what}: {value!r} is floating (no zone)")
        return None
    return value.astimezone(UTC)


def expected_events(workshop):
    host = urlparse(workshop["url"]).hostname
    return {f"{slot['id']}@{host}": slot for slot in workshop["schedule"]}


def check_times(reader, events, workshop):
    """events: UID -> (start, end) as the reader gives them."""
    wanted = expected_events(workshop)
    if sorted(events) != sorted(wanted):
        problem(f"{reader}: UIDs {sorted(events)} are not the slots' {sorted(wanted)}")
    for uid, slot in wanted.items():
        if uid not in events:
            continue
        start, end = events[uid]
        for name, value, expected in (("DTSTART", start, slot["start_utc"]), ("DTEND", end, slot["end_utc"])):
            got = as_utc(value, f"{reader}: {uid} {name}")
            if got is not None and got != parse_utc(expected):
                problem(f"{reader}: {uid} {name} is {value.isoformat()} = {got.isoformat()}, the model says {expected}")


def check_icalendar_as_is(data, workshop, expect):
    calendar = icalendar.Calendar.from_ical(data)
    for component in calendar.walk():
        for error in getattr(component, "errors", []):
            problem(f"icalendar: {component.name}: {error}")
    if "dlde-export" not in str(calendar.get("PRODID", "")):
        problem(f"icalendar: PRODID {calendar.get('PRODID')!r} does not name dlde-export")
    for name, value in (("VERSION", "2.0"), ("CALSCALE", "GREGORIAN"), ("METHOD", "PUBLISH")):
        if str(calendar.get(name, "")) != value:
            problem(f"icalendar: {name} is {calendar.get(name)!r}, not {value}")
    if not str(calendar.get("X-WR-CALNAME", "")):
        problem("icalendar: no X-WR-CALNAME")
    zones = calendar.walk("VTIMEZONE")
    if [str(zone["TZID"]) for zone in zones] != [workshop["timezone"]]:
        problem(f"icalendar: VTIMEZONEs {[str(z.get('TZID')) for z in zones]}, want one for {workshop['timezone']}")
    events = {}
    for event in calendar.walk("VEVENT"):
        uid = str(event["UID"])
        if uid in events:
            problem(f"icalendar: UID {uid} twice")
        events[uid] = (event["DTSTART"].dt, event["DTEND"].dt)
        for name in ("DTSTART", "DTEND"):
            tzid = event[name].params.get("TZID")
            if tzid is not None and tzid != workshop["timezone"]:
                problem(f"icalendar: {uid} {name} has TZID {tzid}, not the workshop's zone")
        for name in ("DTSTAMP", "SUMMARY", "DESCRIPTION", "URL"):
            if name not in event:
                problem(f"icalendar: {uid} has no {name}")
        stamp = event["DTSTAMP"].dt
        if stamp.utcoffset() != dt.timedelta(0):
            problem(f"icalendar: {uid} DTSTAMP {stamp!r} is not in UTC")
        if "dtstamp_utc" in expect and stamp != parse_utc(expect["dtstamp_utc"]):
            problem(f"icalendar: {uid} DTSTAMP {stamp.isoformat()}, want {expect['dtstamp_utc']}")
        if workshop.get("location") is not None and str(event.get("LOCATION")) != workshop["location"]:
            problem(f"icalendar: {uid} LOCATION {event.get('LOCATION')!r}, want {workshop['location']!r}")
        check_text("icalendar", uid, {n.lower(): str(event[n]) for n in ("SUMMARY", "DESCRIPTION", "URL", "LOCATION") if n in event}, expect)
    check_times("icalendar", events, workshop)


def check_text(reader, uid, fields, expect):
    wanted = expect.get("events", {}).get(uid)
    if wanted is None:
        return
    for name in ("summary", "location", "url"):
        if name in wanted and fields.get(name) != wanted[name]:
            problem(f"{reader}: {uid} {name.upper()} is {fields.get(name)!r}, want {wanted[name]!r}")
    for part in wanted.get("description_contains", []):
        if part not in fields.get("description", ""):
            problem(f"{reader}: {uid} DESCRIPTION {fields.get('description')!r} lacks {part!r}")


def renamed(text, zone):
    """The file with its TZID renamed, so no reader can look the zone up."""
    lines = unfold(text).split("\r\n")
    out = []
    for line in lines:
        if line == f"TZID:{zone}":
            line = f"TZID:{RENAMED_ZONE}"
        line = line.replace(f";TZID={zone}:", f";TZID={RENAMED_ZONE}:")
        out.append(line)
    return "\r\n".join(out)


def check_icalendar_own_zone(text, workshop):
    zone = workshop["timezone"]
    calendar = icalendar.Calendar.from_ical(renamed(text, zone))
    events = {}
    for event in calendar.walk("VEVENT"):
        start, end = event["DTSTART"].dt, event["DTEND"].dt
        if isinstance(getattr(start, "tzinfo", None), ZoneInfo):
            problem(f"icalendar (renamed zone): {event['UID']} still resolved through zoneinfo")
        events[str(event["UID"])] = (start, end)
    check_times("icalendar (zone from the file's VTIMEZONE)", events, workshop)
    # The VTIMEZONE's offsets against the system zone across the schedule.
    [component] = calendar.walk("VTIMEZONE")
    own = component.to_tz()
    system = ZoneInfo(zone)
    slots = workshop["schedule"]
    if not slots:
        return
    moment = min(parse_utc(s["start_utc"]) for s in slots)
    last = max(parse_utc(s["end_utc"]) for s in slots)
    # Local to UTC only: dateutil's UTC-to-local (fromutc) assumes a fixed
    # standard offset and fails for zones that change it (Volgograd 2020).
    while moment <= last:
        wall = moment.astimezone(system)  # carries fold=1 for a repeated hour
        mine = wall.replace(tzinfo=own).astimezone(UTC)
        if mine != moment:
            problem(f"VTIMEZONE: the wall-clock time {wall.isoformat()} (fold={wall.fold}) is {mine.isoformat()} by the file's zone, "
                    f"{moment.isoformat()} by the system's")
        moment += dt.timedelta(minutes=15)


def check_vobject(text, workshop, expect, label="vobject"):
    components = list(vobject.readComponents(text, validate=True))
    if len(components) != 1:
        problem(f"{label}: {len(components)} top-level components, want 1")
        return
    calendar = components[0]
    calendar.serialize()  # raises if vobject cannot write back what it read
    events = {}
    for event in calendar.contents.get("vevent", []):
        uid = event.uid.value
        events[uid] = (event.dtstart.value, event.dtend.value)
        fields = {name: getattr(event, name).value for name in ("summary", "description", "url", "location") if hasattr(event, name)}
        check_text(label, uid, fields, expect)
    check_times(label, events, workshop)


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    data = open(sys.argv[1], "rb").read()
    workshop = json.load(open(sys.argv[2], encoding="utf-8"))
    expect = json.load(open(sys.argv[3], encoding="utf-8")) if len(sys.argv) == 4 else {}
    check_bytes(data)
    text = data.decode("utf-8")
    check_icalendar_as_is(data, workshop, expect)
    check_icalendar_own_zone(text, workshop)
    check_vobject(text, workshop, expect)
    # vobject never registers a VTIMEZONE whose offsets equal UTC's under its
    # own TZID (pickTzid returns None for it), so under a name pytz does not
    # know its events would read as floating: a vobject limitation, not the
    # file's. icalendar checked that VTIMEZONE above.
    offsets = set(re.findall(r"^TZOFFSET(?:FROM|TO):([-+][0-9]+)", unfold(text), re.M))
    if offsets - {"+0000"}:
        check_vobject(renamed(text, workshop["timezone"]), workshop, {}, label="vobject (renamed zone)")
    for message in problems:
        print(message)
    if problems:
        sys.exit(1)
    print(f"ok: {len(workshop['schedule'])} events read by icalendar {icalendar.__version__} and vobject")


if __name__ == "__main__":
    main()
