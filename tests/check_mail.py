#!/usr/bin/env python3
"""Checks dlde-export's announcement messages with Python's email package.

Usage: check_mail.py MANIFEST.json

The manifest (written by the Swift tests from the loaded model) lists the
messages and what each must say:

    {"messages": [{"path": ".../x.eml", "subject": "...", "from": ["Name", "a@b"],
                   "to": [["", "list@b"]], "reply_to": [["Name", "a@b"]],
                   "date": "2021-08-02T09:00:00-04:00", "message_id": "<...>",
                   "body": "laid-out body or null", "body_contains": ["..."]}],
     "mbox": "path or null"}

Every message is parsed with policy.default (the strict, RFC 5322/6532
aware policy): neither the message nor any header may report a defect.
Prints one line per problem and exits 1 when there is any.
"""
import base64
import datetime
import email
import email.header
import email.policy
import json
import mailbox
import quopri
import re
import sys

EXPECTED_HEADERS = ["From", "To", "Reply-To", "Subject", "Date", "Message-ID",
                    "MIME-Version", "Content-Type", "Content-Transfer-Encoding"]
ENCODED_WORD = re.compile(rb"=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=")
URL_TOKEN = re.compile(r"^<?(?:[A-Za-z][A-Za-z0-9+.-]*://|mailto:)\S+$")

problems = []


def problem(where, text):
    problems.append(f"{where}: {text}")


def squeeze(text):
    """Text without any white space: wrapping and cut words do not matter."""
    return re.sub(r"\s+", "", text)


def check_raw(where, raw):
    """Line ends, line lengths and encoded-words in the bytes as written."""
    if b"\r\n" not in raw:
        problem(where, "no CRLF line ends")
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        problem(where, "a bare LF or CR")
    head, separator, body = raw.partition(b"\r\n\r\n")
    if not separator:
        problem(where, "no blank line between header and body")
    for number, line in enumerate(raw.split(b"\r\n"), 1):
        if len(line) > 998:
            problem(where, f"line {number} is {len(line)} octets (limit 998)")
    for line in head.split(b"\r\n"):
        if len(line) > 78:
            problem(where, f"header line over 78 characters: {line[:60]!r}...")
        if any(byte >= 0x80 for byte in line):
            problem(where, f"header line not ASCII: {line[:60]!r}")
    for match in ENCODED_WORD.finditer(head):
        word = match.group(0)
        if len(word) > 75:
            problem(where, f"encoded-word of {len(word)} characters (limit 75): {word!r}")
        charset, kind, text = match.groups()
        try:
            data = base64.b64decode(text, validate=True) if kind in b"bB" else quopri.decodestring(text.replace(b"_", b" "), header=True)
            data.decode(charset.decode("ascii"))
        except Exception as error:  # a split UTF-8 sequence lands here
            problem(where, f"encoded-word {word!r} does not decode on its own: {error}")
    return head, body


def check_message(spec):
    where = spec["path"]
    with open(where, "rb") as handle:
        raw = handle.read()
    head, raw_body = check_raw(where, raw)
    message = email.message_from_bytes(raw, policy=email.policy.default)
    if message.defects:
        problem(where, f"message defects: {message.defects}")
    names = [name for name, _ in message.items()]
    if sorted(names) != sorted(EXPECTED_HEADERS):
        problem(where, f"headers are {names}, expected exactly {EXPECTED_HEADERS}")
    for name, value in message.items():
        if getattr(value, "defects", ()):
            problem(where, f"header {name} has defects: {value.defects}")
    subject = str(message["Subject"])
    if subject != spec["subject"]:
        problem(where, f"Subject decodes to {subject!r}, expected {spec['subject']!r}")

    for header, key in (("From", "from"), ("To", "to"), ("Reply-To", "reply_to")):
        expected = [spec[key]] if key == "from" else spec[key]
        raw_value = dict(message.raw_items())[header]
        check_mailboxes(where, header, message[header], raw_value, expected)
    date = message["Date"].datetime
    expected_date = datetime.datetime.fromisoformat(spec["date"].replace("Z", "+00:00"))
    if date != expected_date or date.utcoffset() != expected_date.utcoffset():
        problem(where, f"Date is {date.isoformat()}, expected {expected_date.isoformat()} with its offset")
    if str(message["Message-ID"]) != spec["message_id"]:
        problem(where, f"Message-ID is {message['Message-ID']}, expected {spec['message_id']}")
    if str(message["MIME-Version"]) != "1.0":
        problem(where, "MIME-Version is not 1.0")
    if message.get_content_type() != "text/plain" or message.get_content_charset() != "utf-8":
        problem(where, f"Content-Type is {message['Content-Type']}")
    if message["Content-Type"].params.get("format", "fixed") != "fixed":
        problem(where, "format=flowed is not expected")
    encoding = str(message["Content-Transfer-Encoding"])
    if encoding not in ("7bit", "quoted-printable"):
        problem(where, f"Content-Transfer-Encoding {encoding}")
    if any(byte >= 0x80 for byte in raw_body):
        problem(where, f"body has 8-bit bytes under {encoding}")
    body_lines = raw_body.split(b"\r\n")
    limit = 76 if encoding == "quoted-printable" else 78
    for line in body_lines:
        if len(line) > limit:
            problem(where, f"{encoding} body line of {len(line)} octets: {line[:50]!r}...")
    if encoding == "7bit" and any(line.startswith(b"From ") for line in body_lines):
        problem(where, "7bit body line starting with 'From '")

    body = message.get_content().replace("\r\n", "\n")
    if spec.get("body") is not None and body != spec["body"]:
        problem(where, f"body decodes to something else than was written:\n{body!r}\n!=\n{spec['body']!r}")
    for number, line in enumerate(body.split("\n"), 1):
        if len(line) > 78 and not URL_TOKEN.match(line.strip()):
            problem(where, f"body line {number} has {len(line)} characters and is not a single URL: {line!r}")
    if body.split("\n").count("-- ") != 1:
        problem(where, "no single '-- ' signature separator line")
    else:
        signature = body.split("\n-- \n", 1)[1]
        if spec["from"][1] not in signature:
            problem(where, "the signature does not name the first contact")
    flat = squeeze(body)
    for text in spec.get("body_contains", []):
        if squeeze(text) not in flat:
            problem(where, f"body lacks {text!r}")
    return raw, message


def check_mailboxes(where, name, header, raw_value, expected):
    """The addresses exactly; each display name exactly, or, where Python's
    parser keeps the white space between two adjacent encoded-words of a
    display name (CPython gh-128110, fixed after 3.13: RFC 2047 section 6.2
    says to drop it), the same name up to white space, and exactly the name
    in the RFC 2047 decoding of the raw field by email.header."""
    got = [[address.display_name, address.addr_spec] for address in header.addresses]
    if [address for _, address in got] != [address for _, address in expected] or len(got) != len(expected):
        problem(where, f"{name} is {got}, expected {expected}")
        return
    raw = str(email.header.make_header(email.header.decode_header(raw_value)))
    for (got_name, _), (want_name, _) in zip(got, expected):
        if got_name == want_name:
            continue
        if squeeze(got_name) != squeeze(want_name) or want_name not in raw:
            problem(where, f"{name} display name is {got_name!r}, expected {want_name!r}")


def mboxrd_unquote(data):
    return re.sub(rb"(?m)^>(>*From )", rb"\1", data)


def check_mbox(path, specs, messages):
    box = mailbox.mbox(path, create=False)
    keys = list(box.keys())
    if len(keys) != len(specs):
        problem(path, f"{len(keys)} messages, expected {len(specs)}")
    for key, spec, (raw, parsed) in zip(keys, specs, messages):
        entry = box.get_message(key)
        if not entry.get_from().startswith(spec["from"][1] + " "):
            problem(path, f"From line '{entry.get_from()}' does not start with the sender")
        stored = mboxrd_unquote(box.get_bytes(key)).replace(b"\n", b"\r\n")
        if stored != raw:
            problem(path, f"message {key} differs from {spec['path']}")
        reparsed = email.message_from_bytes(box.get_bytes(key), policy=email.policy.default)
        if reparsed.defects or str(reparsed["Message-ID"]) != spec["message_id"]:
            problem(path, f"message {key} does not parse back to {spec['message_id']}")
    box.close()


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        manifest = json.load(handle)
    messages = [check_message(spec) for spec in manifest["messages"]]
    if manifest.get("mbox"):
        check_mbox(manifest["mbox"], manifest["messages"], messages)
    for text in problems:
        print(text)
    print(f"checked {len(messages)} message(s); {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
