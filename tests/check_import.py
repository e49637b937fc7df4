"""Independent check of `dlde-export import`: reads the export with Python's
own csv or json module and the printed papers.yaml with PyYAML, and checks
that every accepted paper's id, title, abstract and number of authors agree.

Usage: check_import.py EXPORT PRINTED_YAML
Prints one line per paper checked; exits 1 on the first disagreement.
"""
import csv
import json
import re
import sys

import yaml


def fold(text):
    """A one-line field as papers.yaml reads it: line breaks folded, trimmed."""
    return re.sub(r"[ \t]*(\r\n|\r|\n)[ \t]*", " ", text).strip()


def block(text):
    """A multi-line field: CRLF and CR made LF, ends trimmed."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def value(v):
    return v["value"] if isinstance(v, dict) and "value" in v else v


def from_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    papers = {}
    for row in rows:
        low = {k.strip().lower(): (v or "") for k, v in row.items() if k is not None}
        pid = low.get("id") or low.get("paper id") or low.get("submission id")
        title = low.get("title") or low.get("paper title")
        abstract = low.get("abstract", "")
        if "authors" in low:
            names = [n for n in re.split(r";| and ", low["authors"]) if n.strip()]
        else:
            names = [k for k, v in low.items() if re.fullmatch(r"\d+: last name", k) and v.strip()]
        papers[pid.strip()] = (fold(title), block(abstract) or None, len(names))
    return papers


def from_json(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    notes = data["notes"] if isinstance(data, dict) else data
    papers = {}
    for note in notes:
        content = note["content"]
        abstract = value(content.get("abstract"))
        papers[note.get("forum") or note["id"]] = (
            fold(value(content["title"])),
            block(abstract) if abstract else None,
            len(value(content["authors"])),
        )
    return papers


def main(export, printed):
    source = from_json(export) if export.endswith(".json") else from_csv(export)
    with open(printed, encoding="utf-8") as f:
        imported = yaml.safe_load(f)
    if not imported:
        print("no papers in the printed YAML")
        return 1
    for paper in imported:
        pid = paper["id"]
        if not isinstance(pid, str) or pid not in source:
            print(f"paper id {pid!r} is not in the export (ids: {sorted(source)})")
            return 1
        title, abstract, authors = source[pid]
        got = (paper["title"], paper.get("abstract"), len(paper["authors"]))
        if got != (title, abstract, authors):
            print(f"{pid}: the export says {(title, abstract, authors)!r}, the YAML says {got!r}")
            return 1
        print(f"ok {pid}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
