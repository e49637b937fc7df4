#!/usr/bin/env python3
"""Opens pages of the site in Debian's headless Chromium (through
chromium-driver and Selenium) from file://.

Usage: check_site_browser.py ARTIFACTS PAGE.html...
       check_site_browser.py --local-zone ZONE WORKSHOP.json HOME.html

The second form runs Chromium in the time zone ZONE (TZ) and checks the
home page's progressive enhancement: a schedule column headed with ZONE
whose every cell is the slot's start and end in ZONE, computed here with
Python's zoneinfo from workshop.json's start_utc/end_utc.

For each page, at 375x800 and 1280x800:
- nothing is fetched but the site's own files (file://);
- no horizontal scrolling: the document's scrollWidth is at most the
  viewport's width (window.innerWidth);
- a full-page screenshot kept in ARTIFACTS (named after the page and the
  width) for a person to look at;
- axe-core (bundled with axe-selenium-python, injected into the page, no
  network) reports no violation of any rule it runs.
Prints every problem and exits 1 when there is one.
"""
import json
import os
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

from axe_selenium_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

WIDTHS = (375, 1280)
HEIGHT = 800


def browser(width):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                     "--disable-dev-shm-usage", f"--window-size={width},{HEIGHT}"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    # The first window can open wider than asked (Chromium's minimum); set it again.
    driver.set_window_size(width, HEIGHT)
    return driver


def report(problems):
    """Prints each problem and their count; the exit status."""
    for message in problems:
        print("problem: " + message)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


def check_local_zone(zone, workshop_json, home):
    with open(workshop_json, encoding="utf-8") as handle:
        workshop = json.load(handle)
    os.environ["TZ"] = zone
    driver = browser(1280)
    problems = []
    try:
        driver.get("file://" + os.path.abspath(home))
        reported = driver.execute_script("return Intl.DateTimeFormat().resolvedOptions().timeZone")
        if reported != zone:
            problems.append(f"Chromium runs in {reported}, not {zone}")
        header = driver.execute_script("var c = document.querySelector('table.schedule th.local'); return c ? c.textContent : null")
        cells = driver.execute_script("return Array.prototype.map.call(document.querySelectorAll('table.schedule td.local'), function (c) { return c.textContent; })")
        if header != f"Your time ({zone})":
            problems.append(f"no column for the reader's zone: {header!r}")
        expected = []
        for slot in workshop["schedule"]:
            start = datetime.fromisoformat(slot["start_utc"].replace("Z", "+00:00")).astimezone(ZoneInfo(zone))
            end = datetime.fromisoformat(slot["end_utc"].replace("Z", "+00:00")).astimezone(ZoneInfo(zone))
            text = f"{start:%H:%M}\u2013{end:%H:%M}"
            if start.date().isoformat() != workshop["date"]:
                text += start.date().isoformat()
            expected.append(text)
        if cells != expected:
            problems.append(f"reader's-zone cells {cells} != {expected}")
        print(f"{zone}: {len(cells)} cells, first {cells[:1]}")
    finally:
        driver.quit()
    return report(problems)


def main():
    if len(sys.argv) == 5 and sys.argv[1] == "--local-zone":
        return check_local_zone(*sys.argv[2:])
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    artifacts, pages = sys.argv[1], sys.argv[2:]
    os.makedirs(artifacts, exist_ok=True)
    problems = []
    for width in WIDTHS:
        driver = browser(width)
        try:
            for page in pages:
                name = os.path.splitext(os.path.basename(page))[0]
                driver.get("file://" + os.path.abspath(page))
                viewport = driver.execute_script("return window.innerWidth")
                scroll = driver.execute_script("return document.documentElement.scrollWidth")
                print(f"{name} at {width}: viewport {viewport}, scrollWidth {scroll}")
                if viewport > width:
                    problems.append(f"{name}: the viewport is {viewport} px wide, not at most {width}")
                if scroll > viewport:
                    problems.append(f"{name} at {width} px: scrollWidth {scroll} > {viewport}: the page scrolls sideways")
                # Nothing is fetched from elsewhere: every resource is a file of the site.
                resources = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
                for resource in resources:
                    if not resource.startswith("file://"):
                        problems.append(f"{name}: fetches {resource}")
                height = driver.execute_script("return document.documentElement.scrollHeight")
                driver.set_window_size(width, min(max(height, HEIGHT), 12000))
                driver.save_screenshot(os.path.join(artifacts, f"site-{name}-{width}.png"))
                driver.set_window_size(width, HEIGHT)
                axe = Axe(driver)
                axe.inject()
                results = axe.run()
                version = driver.execute_script("return window.axe && axe.version")
                print(f"{name} at {width}: axe-core {version}, "
                      f"{len(results['passes'])} rules passed, {len(results['violations'])} violated")
                for violation in results["violations"]:
                    targets = [node.get("target") for node in violation.get("nodes", [])][:5]
                    problems.append(f"{name} at {width} px: axe {violation['id']}: {violation['help']} {targets}")
                if not results["passes"]:
                    problems.append(f"{name}: axe-core ran no rule")
        finally:
            driver.quit()
    return report(problems)


if __name__ == "__main__":
    sys.exit(main())
