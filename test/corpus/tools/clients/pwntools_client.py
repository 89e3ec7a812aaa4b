#!/usr/bin/env python3
"""pwntools as a quick SMTP test script (context.log_level = 'debug'): pwntools logs every send and receive as
"[DEBUG] Sent 0x14 bytes:" / "[DEBUG] Received 0x1f bytes:" followed by the bytes as a repr (or a hexdump when
they are not mostly printable). Each argument is sent after the previous reply's final line arrived; one
starting with '#' is message text (no reply awaited).

  pwntools_client.py <port> <plain|ssl> LINE...
"""
import os
import re
import sys

os.environ.setdefault('PWNLIB_NOTERM', '1')  # no curses terminal handling: plain lines as in a redirected log
ARGV = sys.argv[1:]  # `import pwn` takes every all-caps argument (DATA, QUIT) out of sys.argv as a magic option
from pwn import context, remote  # noqa: E402

context.log_level = 'debug'
FINAL = re.compile(rb'(^|\n)\d{3}( [^\r\n]*)?\r\n$')


def read_reply(r):
    buf = b''
    while not FINAL.search(buf):
        buf += r.recvline(timeout=5)
        if not buf.endswith(b'\n'):
            break
    return buf


r = remote('127.0.0.1', int(ARGV[0]), ssl=ARGV[1] == 'ssl')
read_reply(r)
for line in ARGV[2:]:
    text = line[1:] if line.startswith('#') else line
    r.send(text.encode() + b'\r\n')
    if line.startswith('#'):
        continue
    try:
        if not read_reply(r):
            break
    except EOFError:
        break
r.close()
