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
REPLY = re.compile(r'(?:: <- |: error: \w+ failed: )(\d{3})  ((\d\.\d{1,3}\.\d{1,3}) )?')
CMD = re.compile(r': -> ([A-Za-z]+)\b')

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
