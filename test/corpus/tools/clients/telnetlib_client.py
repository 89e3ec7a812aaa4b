#!/usr/bin/env python3
"""Python's telnetlib with set_debuglevel(1) as a quick SMTP test script: each line in argv is sent after the
previous reply's final line arrived, and the library prints every send and recv as a bytes repr (a multi-line
reply arrives as one recv, its lines joined by a literal \\r\\n). A line starting with '#' is message text (no reply).

  telnetlib_client.py <port> LINE...
"""
import re
import sys
import warnings

warnings.simplefilter('ignore', DeprecationWarning)  # telnetlib is deprecated in 3.11, still shipped
import telnetlib  # noqa: E402

FINAL = re.compile(rb'(^|\n)\d{3}( [^\r\n]*)?\r\n$')


def read_reply(t):
    buf = b''
    while not FINAL.search(buf):
        chunk = t.read_until(b'\r\n', timeout=5)
        if not chunk:
            break
        buf += chunk
    return buf


t = telnetlib.Telnet('127.0.0.1', int(sys.argv[1]), timeout=10)
t.set_debuglevel(1)
read_reply(t)
for line in sys.argv[2:]:
    text = line[1:] if line.startswith('#') else line
    t.write(text.encode() + b'\r\n')
    if not line.startswith('#'):
        try:
            if not read_reply(t):
                print('no reply, connection closed')
                break
        except EOFError:
            print('EOFError: telnet connection closed')
            break
t.close()
