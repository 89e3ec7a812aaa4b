#!/usr/bin/env python3
"""A POP3 mailbox on 127.0.0.1 holding clients/message.eml, for fetchmail to fetch and forward over SMTP
(fetchmail_run.sh). Only the POP3 side fetchmail needs; serves one connection, then exits.

  python3 pop3Source.py --port 1110
"""
import argparse
import socket
from pathlib import Path

ap = argparse.ArgumentParser()
ap.add_argument('--port', type=int, default=1110)
a = ap.parse_args()
msg = (Path(__file__).resolve().parent / 'message.eml').read_bytes().replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
srv = socket.create_server(('127.0.0.1', a.port))
print('ready', flush=True)
conn, _ = srv.accept()
f = conn.makefile('rb')


def send(*lines):
    conn.sendall(b''.join(l + b'\r\n' for l in lines))


send(b'+OK POP3 corpus source ready')
while True:
    raw = f.readline()
    if not raw:
        break
    verb, _, arg = raw.strip().partition(b' ')
    verb = verb.upper()
    if verb == b'CAPA':
        send(b'+OK Capability list follows', b'USER', b'UIDL', b'TOP', b'.')
    elif verb in (b'USER', b'PASS', b'NOOP', b'RSET', b'DELE'):
        send(b'+OK')
    elif verb == b'STAT':
        send(b'+OK 1 %d' % len(msg))
    elif verb == b'LIST':
        send(b'+OK 1 %d' % len(msg)) if arg else send(b'+OK 1 messages', b'1 %d' % len(msg), b'.')
    elif verb == b'UIDL':
        send(b'+OK 1 corpus-42') if arg else send(b'+OK', b'1 corpus-42', b'.')
    elif verb in (b'RETR', b'TOP'):
        body = [(b'.' + l if l.startswith(b'.') else l) for l in msg.rstrip(b'\r\n').split(b'\r\n')]
        send(b'+OK %d octets' % len(msg), *body, b'.')
    elif verb == b'QUIT':
        send(b'+OK Bye')
        break
    else:
        send(b'-ERR unknown command')
conn.close()
