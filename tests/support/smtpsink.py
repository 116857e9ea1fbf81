#!/usr/bin/env python3
"""A real SMTP server for the tests (Debian's python3-aiosmtpd): listens on a free loopback
port, prints "listening on PORT", and keeps each message it accepts as <folder>/new/<n>.eml
(written to a temporary name, then renamed). Controlled by files in <folder>:
  slow     - holds a number of seconds: before answering DATA, the sink writes <folder>/receiving
             and waits that long; a client that hangs up meanwhile leaves no message (aiosmtpd
             cancels the handler), as a real server that never said 250 keeps nothing.
  refuse   - every DATA is answered 451 (try again later).
Usage: smtpsink.py FOLDER"""
import asyncio
import itertools
import os
import sys

from aiosmtpd.smtp import SMTP


class Sink:
    def __init__(self, folder):
        self.folder = folder
        self.new = os.path.join(folder, "new")
        os.makedirs(self.new, exist_ok=True)
        self.counter = itertools.count(1)

    async def handle_DATA(self, server, session, envelope):
        if os.path.exists(os.path.join(self.folder, "refuse")):
            return "451 4.3.0 Try again later"
        slow = os.path.join(self.folder, "slow")
        if os.path.exists(slow):
            with open(slow) as f:
                seconds = float(f.read().strip() or "5")
            open(os.path.join(self.folder, "receiving"), "w").close()
            await asyncio.sleep(seconds)
        n = next(self.counter)
        name = "%d-%06d.eml" % (os.getpid(), n)
        tmp = os.path.join(self.folder, "." + name)
        with open(tmp, "wb") as f:
            f.write(envelope.original_content or envelope.content)
        os.rename(tmp, os.path.join(self.new, name))
        return "250 2.0.0 Message accepted"


async def main(folder):
    loop = asyncio.get_running_loop()
    handler = Sink(folder)
    server = await loop.create_server(lambda: SMTP(handler, enable_SMTPUTF8=True), "127.0.0.1", 0)
    print("listening on %d" % server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
