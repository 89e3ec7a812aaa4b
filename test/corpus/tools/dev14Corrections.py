#!/usr/bin/env python3
"""Hand corrections to transcripts/dev14/expected.json that expect.py does not produce (README, "Dev14 group").
Run after `python3 expect.py node-mail node-mailer chasquid-server perl-net-smtp-auth`.

chasquid's log prints no reply verbatim ("<- 250  2.1.5 …": two spaces after the code, a multi-line reply on one line
joined by a literal \\n, "-> EHLO " with a trailing space), so expect.py finds almost nothing in it: its replies and
commands are listed here from the log's own marks, each marked "added": "dev14 review: …".

  python3 dev14Corrections.py
"""
import json
import re

from corrections import Group

GROUP = Group('dev14')
REVIEW = GROUP.review
VERBS = {'HELO', 'EHLO', 'MAIL', 'RCPT', 'DATA', 'RSET', 'VRFY', 'EXPN', 'HELP', 'NOOP', 'QUIT', 'AUTH', 'STARTTLS', 'BDAT'}
REPLY = re.compile(r'(?:: <- |\bfailed: )(\d{3})  ((\d\.\d{1,3}\.\d{1,3}) )?')
CMD = re.compile(r': -> ([A-Za-z]+)\b')

# The clients' own error lines quote the reply that failed ("send failed: : 550 5.7.1 …", "DATA failed: 421"): a code in
# a reply's place, like the echoes of earlier rounds.
QUOTED = re.compile(r'\bfailed: (?:: )?(\d{3})\b(?: (\d\.\d{1,3}\.\d{1,3})\b)?')
for name, f in GROUP.files.items():
    if f['producer'] == 'chasquid-server':
        continue
    for n, line in enumerate(GROUP.lines_of(name), 1):
        for m in QUOTED.finditer(line):
            if any(r['line'] == n and r['col'] == m.start(1) + 1 for r in f['replies']):
                continue
            r = {'line': n, 'code': m.group(1), 'col': m.start(1) + 1, 'text': line[m.start(1):]}
            if m.group(2):
                r.update(enhanced=m.group(2), ecol=m.start(2) + 1)
            r['added'] = f'{REVIEW}: the client\'s error line quotes the reply that failed'
            f['replies'].append(r)
    f['replies'].sort(key=lambda r: (r['line'], r['col']))

# node_mailer prints each chunk it received as a string after a tree glyph, its lines joined by a literal \r\n, and then
# the buffer it had before as a second string (a repeat of earlier chunks): the replies are the lines of the first string.
CHUNK_LINE = re.compile(r'(\d{3})(?=[ -]|$)(?:[ -](\d\.\d{1,3}\.\d{1,3})\b)?')
for name, f in GROUP.files.items():
    if f['producer'] != 'node-mailer':
        continue
    lines = GROUP.lines_of(name)
    kept = [r for r in f['replies'] if not lines[r['line'] - 1].lstrip().startswith('└──"')]
    for n, line in enumerate(lines, 1):
        head = line.find('└──"')
        if head < 0 or line[:head].strip():
            continue
        start = head + 4
        end = line.find('"', start)
        body = line[start:end if end >= 0 else len(line)]
        at = 0
        for piece in body.split('\\r\\n'):
            m = CHUNK_LINE.match(piece)
            if m:
                r = {'line': n, 'code': m.group(1), 'col': start + at + 1, 'text': piece}
                if m.group(2):
                    r.update(enhanced=m.group(2), ecol=start + at + m.start(2) + 1)
                r['added'] = f'{REVIEW}: a line of the chunk node_mailer received (its first string), not of the buffer it repeats'
                kept.append(r)
            at += len(piece) + 4
    f['replies'] = sorted(kept, key=lambda r: (r['line'], r['col']))

# node-mail sends the string "undefined" after a refused command (a bug of the library): the server gets a line that is no
# SMTP command, a real fault of the client's.
for name, f in GROUP.files.items():
    if f['producer'] != 'node-mail':
        continue
    for n, line in enumerate(GROUP.lines_of(name), 1):
        if 'SEND (((undefined' in line and not any(x['line'] == n for x in f['faults']):
            f['faults'].append({'line': n, 'what': 'not an SMTP command: undefined', 'added': f'{REVIEW}: node-mail sent "undefined"'})
    f['faults'].sort(key=lambda x: x['line'])

for name, f in GROUP.files.items():
    if f['producer'] != 'chasquid-server':
        continue
    replies, commands = [], []
    for n, line in enumerate(GROUP.lines_of(name), 1):
        m = REPLY.search(line)
        if m:
            r = {'line': n, 'code': m.group(1), 'col': m.start(1) + 1, 'text': line[m.start(1):]}
            if m.group(3):
                r.update(enhanced=m.group(3), ecol=m.start(3) + 1)
            r['added'] = f'{REVIEW}: chasquid prints the reply as "<- NNN  text" (quoted in its "failed:" error lines too)'
            replies.append(r)
        m = CMD.search(line)
        if m and m.group(1).upper() in VERBS:
            commands.append({'line': n, 'col': m.start(1) + 1, 'verb': m.group(1).upper(), 'added': f'{REVIEW}: chasquid prints the command received as "-> VERB"'})
    f['replies'], f['commands'] = replies, commands
    # The AUTH line is printed as "-> AUTH <redacted>": expect.py could not match it to the session's AUTH fault.
    events = [json.loads(l) for l in (GROUP.root / 'sessions' / 'chasquid-server' / name.split('/')[1].replace('.txt', '.jsonl')).read_text().splitlines()][0]['events']
    auth_faults = [e['fault'] for e in events if e['dir'] == 'C' and e['line'].upper().startswith('AUTH') and e.get('fault')]
    auth_lines = [c['line'] for c in commands if c['verb'] == 'AUTH']
    for what, n in zip(auth_faults, auth_lines):
        if not any(x['line'] == n for x in f['faults']):
            f['faults'].append({'line': n, 'what': what, 'added': f'{REVIEW}: AUTH printed as "-> AUTH <redacted>"'})
GROUP.save()
