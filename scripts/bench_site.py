#!/usr/bin/env python3
"""The site against Hugo, side by side in one run (part of `make bench`).

For a synthetic workshop (dlde-synth), times `dlde-export site` (load, check,
every page, the booklet, feeds, calendar and .bib inside the site) against
Debian's `hugo` building a site of the same papers: one page per paper with
the same title and Markdown abstract (rendered by Hugo's goldmark), a home
page listing them and Hugo's RSS feed. The Hugo project is written from
workshop.json (`dlde-export json`) before the clock starts. Runs alternate
(dlde-export, hugo, dlde-export, ...) so that load on the machine falls on
both alike; medians are reported.

Usage: bench_site.py [--size 10000] [--runs 3] [--tool PATH] [--synth PATH]
bench.py calls `measure` and writes the result into docs/benchmarks.md.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, ".bench")

HUGO_CONFIG = """baseURL = "https://bench.example.org/"
title = "Bench workshop"
languageCode = "en"
disableKinds = ["taxonomy", "term"]
[outputs]
home = ["HTML", "RSS"]
section = ["HTML"]
[services.rss]
limit = -1
"""

BASE_LAYOUT = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title>
{{ range .AlternativeOutputFormats }}<link rel="{{ .Rel }}" type="{{ .MediaType.Type }}" href="{{ .Permalink }}">{{ end }}
</head><body>{{ block "main" . }}{{ end }}</body></html>
"""
SINGLE_LAYOUT = """{{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ delimit .Params.authors ", " }}</p>{{ .Content }}</article>{{ end }}
"""
LIST_LAYOUT = """{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .RegularPagesRecursive }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
"""


def hugo_project(workshop_json, folder):
    """A Hugo site of workshop.json's papers: title, authors, abstract."""
    with open(workshop_json, encoding="utf-8") as handle:
        workshop = json.load(handle)
    shutil.rmtree(folder, ignore_errors=True)
    for sub in ("content/papers", "layouts/_default"):
        os.makedirs(os.path.join(folder, sub))
    with open(os.path.join(folder, "config.toml"), "w", encoding="utf-8") as handle:
        handle.write(HUGO_CONFIG)
    for name, text in (("baseof.html", BASE_LAYOUT), ("single.html", SINGLE_LAYOUT), ("list.html", LIST_LAYOUT)):
        with open(os.path.join(folder, "layouts/_default", name), "w", encoding="utf-8") as handle:
            handle.write(text)
    with open(os.path.join(folder, "content/_index.md"), "w", encoding="utf-8") as handle:
        handle.write("---\n" + json.dumps({"title": workshop["title"]}) + "\n---\n")
    for paper in workshop["papers"]:
        authors = []
        for author in paper["authors"]:
            name = author["name"]
            authors.append(name if isinstance(name, str) else " ".join(p for p in (name.get("given"), name.get("family")) if p))
        front = {"title": paper.get("title_text", paper["title"]), "authors": authors, "date": workshop["date"]}
        # JSON front matter: every title and name arrives as written.
        with open(os.path.join(folder, "content/papers", paper["id"] + ".md"), "w", encoding="utf-8") as handle:
            handle.write(json.dumps(front, ensure_ascii=False) + "\n\n" + (paper.get("abstract") or "") + "\n")
    return len(workshop["papers"])


def measure(size, runs, tool, synth, seed="2021"):
    """Median seconds of `dlde-export site` and `hugo` on `size` papers."""
    folder = os.path.join(WORK, f"synth-{size}-{seed}")
    if not os.path.exists(os.path.join(folder, "papers.yaml")):
        subprocess.run([synth, "--papers", str(size), "--seed", seed, "-o", folder], check=True)
    output = os.path.join(WORK, f"site-out-{size}")
    subprocess.run([tool, "json", "--workshop", folder, "--output", output], check=True, stderr=subprocess.DEVNULL)
    project = os.path.join(WORK, f"hugo-{size}")
    pages = hugo_project(os.path.join(output, "workshop.json"), project)
    commands = {
        "dlde-export site": [tool, "site", "--workshop", folder, "--output", output],
        "hugo": ["hugo", "--quiet", "--source", project, "--destination", os.path.join(project, "public"), "--cleanDestinationDir"],
    }
    times = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            start = time.perf_counter()
            result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            times[name].append(time.perf_counter() - start)
            if result.returncode != 0:
                sys.exit(f"failed: {' '.join(command)}\n{result.stderr[-2000:]}")
    # Both built every paper's page and a feed.
    site_pages = len(os.listdir(os.path.join(output, "site", "papers")))
    hugo_pages = len([d for d in os.listdir(os.path.join(project, "public", "papers")) if os.path.isdir(os.path.join(project, "public", "papers", d))])
    for name, path in (("hugo", os.path.join(project, "public", "index.xml")), ("dlde-export site", os.path.join(output, "site", "rss.xml"))):
        if not os.path.exists(path):
            sys.exit(f"{name} wrote no feed ({path})")
    if hugo_pages != pages or site_pages < pages:
        sys.exit(f"pages: hugo {hugo_pages}, dlde-export {site_pages} files, {pages} papers")
    return {name: statistics.median(values) for name, values in times.items()}, times


def report_lines(size, medians, runs, hugo_version):
    site, hugo = medians["dlde-export site"], medians["hugo"]
    return [
        "",
        f"The site against Hugo ({hugo_version}), {size:,} papers, side by side in one run (scripts/bench_site.py;",
        f"runs alternate, median of {runs}): `dlde-export site` (everything: load, check, every page, booklet,",
        "feeds, calendar, .bib) and `hugo` building one page per paper of the same titles, authors and",
        "Markdown abstracts, a home page and an RSS feed.",
        "",
        "| papers | dlde-export site | hugo | dlde-export / hugo |",
        "|---:|---:|---:|---:|",
        f"| {size:,} | {site:.3f} s | {hugo:.3f} s | {site / hugo:.2f}× |",
    ]


def hugo_version():
    text = subprocess.run(["hugo", "version"], capture_output=True, text=True).stdout.split()
    return text[1] if len(text) > 1 else "hugo"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tool", default=os.path.join(ROOT, ".build", "release", "dlde-export"))
    parser.add_argument("--synth", default=os.path.join(ROOT, ".build", "release", "dlde-synth"))
    args = parser.parse_args()
    medians, times = measure(args.size, args.runs, args.tool, args.synth)
    for name, values in times.items():
        print(f"{name}: " + ", ".join(f"{value:.3f}" for value in values) + f" s (median {medians[name]:.3f} s)")
    print("\n".join(report_lines(args.size, medians, args.runs, hugo_version())))


if __name__ == "__main__":
    main()
