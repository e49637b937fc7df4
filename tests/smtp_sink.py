#!/usr/bin/env python3
"""A real SMTP server on 127.0.0.1 for the delivery tests (aiosmtpd).

Usage: smtp_sink.py DIR [--fail-nth N] [--fail-reply "451 4.3.0 try later"] [--delay SECONDS]

Listens on a free port of 127.0.0.1 and writes the port number to DIR/port
once it listens. Every message it accepts is stored, before the 250 reply,
as DIR/messages/NNNN.eml (the DATA exactly as received, dot-unstuffed, CRLF
line ends) with its envelope in NNNN.json. --fail-nth N answers the Nth
DATA (counting from 1 over the server's life) with --fail-reply instead,
once. --delay holds every DATA reply for that many seconds. Runs until
killed.
"""
import argparse
import asyncio
import json
import os

from aiosmtpd.smtp import SMTP


class Sink:
    def __init__(self, folder, fail_nth, fail_reply, delay):
        self.folder = os.path.join(folder, "messages")
        os.makedirs(self.folder, exist_ok=True)
        self.fail_nth = fail_nth
        self.fail_reply = fail_reply
        self.delay = delay
        self.data_commands = 0
        self.stored = 0

    async def handle_DATA(self, server, session, envelope):
        self.data_commands += 1
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.data_commands == self.fail_nth:
            return self.fail_reply
        self.stored += 1
        base = os.path.join(self.folder, f"{self.stored:04d}")
        with open(base + ".json.tmp", "w") as handle:
            json.dump({"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos}, handle)
        os.rename(base + ".json.tmp", base + ".json")
        with open(base + ".eml.tmp", "wb") as handle:
            handle.write(envelope.original_content)
        os.rename(base + ".eml.tmp", base + ".eml")
        return "250 2.0.0 OK"


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--fail-nth", type=int, default=0)
    parser.add_argument("--fail-reply", default="451 4.3.0 Try again later")
    parser.add_argument("--delay", type=float, default=0)
    args = parser.parse_args()
    sink = Sink(args.folder, args.fail_nth, args.fail_reply, args.delay)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: SMTP(sink, hostname="sink.test"), "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    with open(os.path.join(args.folder, "port.tmp"), "w") as handle:
        handle.write(str(port))
    os.rename(os.path.join(args.folder, "port.tmp"), os.path.join(args.folder, "port"))
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
