#!/usr/bin/env python3
"""Reads a .bib file back with pybtex (or bibtexparser v2), independently of
dlde-export.

Usage: bibtex_readback.py [--bibtexparser] FILE.bib

With --bibtexparser the entries and their field values are read by
bibtexparser v2 instead (any failed block is an error, exit 1); names are
still split by pybtex's name parser, the values decoded as below.

pybtex parses the file in strict mode (any syntax problem is an error, exit 1).
Every field value is then turned back into Unicode text by a small TeX reader
written here (accent commands, escaped specials, protective braces), with each
math span kept as its TeX between U+E000 and U+E001. Names are split
by pybtex into BibTeX's parts. Prints JSON: a list of entries in file order,
each {key, type, fields, raw, persons}.
"""
import codecs
import json
import re
import subprocess
import sys
import unicodedata

import latexcodec  # noqa: F401 (registers the "ulatex" codec)

import pybtex.errors
from pybtex.database.input import bibtex

MATH_OPEN, MATH_CLOSE = "\ue000", "\ue001"
ACCENTS = {
    "'": "\u0301", "`": "\u0300", "^": "\u0302", "~": "\u0303", "=": "\u0304",
    "u": "\u0306", ".": "\u0307", '"': "\u0308", "r": "\u030A", "H": "\u030B",
    "v": "\u030C", "d": "\u0323", "c": "\u0327", "k": "\u0328", "b": "\u0331",
}
WORDS = {
    "textbackslash": "\\", "textbraceleft": "{", "textbraceright": "}",
    "textasciitilde": "~", "textasciicircum": "^", "textless": "<",
    "textgreater": ">", "textbar": "|", "l": "ł", "L": "Ł", "o": "ø", "O": "Ø",
    "ss": "ß", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "aa": "å", "AA": "Å",
    "i": "ı", "j": "ȷ", "ldots": "…", "pounds": "£", "S": "§", "P": "¶",
    "copyright": "©", "dag": "†", "ddag": "‡", "textbullet": "•",
    "textperiodcentered": "·", "textdegree": "°", "enspace": "\u2002",
    "quad": "\u2003",
}
SYMBOLS = {"%": "%", "#": "#", "&": "&", "$": "$", "_": "_", ",": "\u2009",
           "{": "{", "}": "}", " ": " "}
# The text commands pdfLaTeX's UTF-8 input stands for (its own table,
# utf8enc.dfu): `\textonehalf` is ½. Commands that take no argument.
DFU = {}
with open(subprocess.run(["kpsewhich", "utf8enc.dfu"], capture_output=True, text=True, check=True).stdout.strip(), encoding="latin-1") as dfu:
    for code, body in re.findall(r"\\DeclareUnicodeCharacter\{([0-9A-F]+)\}\{\\([A-Za-z]+)\}\s*$", dfu.read(), re.M):
        DFU.setdefault(body, chr(int(code, 16)))
# The symbol of each math command (unicode-math's table): `\leq` is ≤.
MATH_SYMBOLS = {}
with open(subprocess.run(["kpsewhich", "unicode-math-table.tex"], capture_output=True, text=True, check=True).stdout.strip(), encoding="utf-8") as table:
    for code, name in re.findall(r'\\UnicodeMathSymbol\{"([0-9A-F]+)\}\{\\([A-Za-z]+)\s*\}', table.read()):
        MATH_SYMBOLS.setdefault(name, chr(int(code, 16)))
# TeX's input ligatures (--, ``, !`) are left as written: the caller compares
# them with the model's text folded the same way. A tie is a no-break space.
LIGATURES = [("~", "\u00a0")]


class TeXText:
    """Turns a BibTeX field value into Unicode text."""

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def read(self, stop_at_group_end=False):
        out = []
        while self.pos < len(self.text):
            char = self.text[self.pos]
            if char == "}":
                if stop_at_group_end:
                    self.pos += 1
                    return "".join(out)
                raise ValueError(f"unbalanced '}}' at {self.pos} in {self.text!r}")
            if char == "{":
                self.pos += 1
                out.append(self.read(stop_at_group_end=True))
            elif char == "$":
                end = self.pos + 1
                while self.text[end] != "$":
                    end += 2 if self.text[end] == "\\" else 1
                span = self.text[self.pos + 1:end]
                # One symbol written as math ({$\cap$} for ∩) reads back as that symbol.
                command = re.fullmatch(r"\s*\\([A-Za-z]+)\s*", span)
                # Greek letters are in the table as \mupalpha...
                symbol = (MATH_SYMBOLS.get(command.group(1)) or MATH_SYMBOLS.get("mup" + command.group(1), "")) if command else ""
                if not symbol and span.strip().startswith("\\"):
                    symbol = codecs.decode("$" + span + "$", "ulatex")
                out.append(symbol if len(symbol) == 1 and not symbol.isascii() else MATH_OPEN + span + MATH_CLOSE)
                self.pos = end + 1
            elif char == "\\":
                out.append(self.command())
            else:
                for source, result in LIGATURES:
                    if self.text.startswith(source, self.pos):
                        out.append(result)
                        self.pos += len(source)
                        break
                else:
                    out.append(char)
                    self.pos += 1
        if stop_at_group_end:
            raise ValueError(f"unclosed '{{' in {self.text!r}")
        return "".join(out)

    def argument(self):
        while self.pos < len(self.text) and self.text[self.pos] == " ":
            self.pos += 1
        if self.text[self.pos] == "{":
            self.pos += 1
            return self.read(stop_at_group_end=True)
        if self.text[self.pos] == "\\":
            return self.command()
        self.pos += 1
        return self.text[self.pos - 1]

    def command(self):
        start = self.pos + 1
        end = start
        while end < len(self.text) and self.text[end].isascii() and self.text[end].isalpha():
            end += 1
        name = self.text[start:end] if end > start else self.text[start]
        self.pos = end if end > start else start + 1
        if end > start:
            while self.pos < len(self.text) and self.text[self.pos] == " ":
                self.pos += 1
        if name in ACCENTS and (len(name) == 1):
            base = self.argument()
            base = {"ı": "i", "ȷ": "j"}.get(base, base)
            return unicodedata.normalize("NFC", base + ACCENTS[name])
        if name in WORDS:
            return WORDS[name]
        if name in SYMBOLS:
            return SYMBOLS[name]
        if name in DFU:
            return DFU[name]
        if name in ACCENTS:
            base = self.argument()
            return unicodedata.normalize("NFC", base + ACCENTS[name])
        raise ValueError(f"unknown command \\{name} in {self.text!r}")


def decode(value):
    text = TeXText(value).read()
    return unicodedata.normalize("NFC", " ".join(text.split()))


def split_top_level(value, separator=","):
    parts, depth, current = [], 0, ""
    for char in value:
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        if char == separator and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return [part.strip() for part in parts if part.strip()]


def person(p):
    def joined(parts):
        return decode(" ".join(parts))
    return {
        "given": joined(p.first_names + p.middle_names),
        "family": joined(p.prelast_names + p.last_names),
        "suffix": joined(p.lineage_names),
        "prelast": joined(p.prelast_names),
        "last": joined(p.last_names),
    }


def bibtexparser_entries(path):
    """(key, type, fields, persons) as bibtexparser v2 reads them."""
    import bibtexparser
    from pybtex.database import Person

    with open(path, encoding="utf-8") as file:
        library = bibtexparser.parse_string(file.read())
    if library.failed_blocks:
        raise SystemExit(f"bibtexparser failed on {len(library.failed_blocks)} block(s): "
                         + "; ".join(repr(block.raw[:80]) for block in library.failed_blocks))
    months = dict(zip("jan feb mar apr may jun jul aug sep oct nov dec".split(), [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]))
    for entry in library.entries:
        fields = {field.key: field.value for field in entry.fields}
        # An unquoted month is BibTeX's macro, left unexpanded: expand it as BibTeX (and pybtex) do.
        if fields.get("month") in months:
            fields["month"] = months[fields["month"]]
        persons = {}
        for role in ("author", "editor"):
            if role in fields:
                persons[role] = [Person(name) for name in re.split(r"\s+and\s+", fields.pop(role).strip())]
        yield entry.key, entry.entry_type, fields, persons


def pybtex_entries(path):
    pybtex.errors.set_strict_mode(True)
    data = bibtex.Parser(encoding="UTF-8").parse_file(path)
    for key, entry in data.entries.items():
        yield key, entry.type, dict(entry.fields.items()), {role: list(people) for role, people in entry.persons.items()}


def main(arguments):
    use_bibtexparser = arguments[0] == "--bibtexparser"
    path = arguments[-1]
    entries = []
    for key, entry_type, entry_fields, entry_persons in (bibtexparser_entries if use_bibtexparser else pybtex_entries)(path):
        fields = {}
        raw = {}
        for name, value in entry_fields.items():
            raw[name.lower()] = value
            if name.lower() == "url":
                fields["url"] = value
            elif name.lower() == "keywords":
                fields["keywords"] = [decode(k) for k in split_top_level(value)]
            else:
                fields[name.lower()] = decode(value)
        persons = {role.lower(): [person(p) for p in people] for role, people in entry_persons.items()}
        entries.append({"key": key, "type": entry_type, "fields": fields, "raw": raw, "persons": persons})
    json.dump(entries, sys.stdout, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main(sys.argv[1:])
