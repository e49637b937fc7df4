"""Independent reference for the program's zone columns (Python's zoneinfo).

Usage: zone_times.py DATE ZONE "HH:MM-HH:MM,..." EXTRA_ZONE...
Prints JSON: for each slot, for each zone (workshop zone first), [start, end,
start_day_shift, end_day_shift] where a shift is the number of days between
the workshop's date and the local date in that zone.
"""
import datetime
import json
import sys
from zoneinfo import ZoneInfo

day = datetime.date.fromisoformat(sys.argv[1])
home = ZoneInfo(sys.argv[2])
slots = [item.split("-") for item in sys.argv[3].split(",")]
zones = [sys.argv[2]] + [z for z in sys.argv[4:] if z != sys.argv[2]]


def instant(text):
    hour, minute = map(int, text.split(":"))
    if hour == 24:
        local = datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time(0, 0), tzinfo=home)
    else:
        local = datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=home)
    return local.astimezone(datetime.timezone.utc)


rows = []
for start, end in slots:
    row = []
    for name in zones:
        a = instant(start).astimezone(ZoneInfo(name))
        b = instant(end).astimezone(ZoneInfo(name))
        row.append([a.strftime("%H:%M"), b.strftime("%H:%M"), (a.date() - day).days, (b.date() - day).days])
    rows.append(row)
print(json.dumps(rows))
