#!/usr/bin/env python3
"""Hand corrections to transcripts/dev15/expected.json that expect.py does not produce (README, "Dev15 group").
Run after `python3 expect.py email-verify email-deep-validator pixl-mail`.

pixl-mail's pixl-logger rows close every column with "]" ("[250 2.1.0 Sender ok][{…"tnx":"server"}]"), an end expect.py
accepts after neither a reply nor a command, and a multi-line reply is one row, its lines joined by a space: the replies
(tnx "server") and commands (tnx "client") of those rows are listed here from the row's own mark, then the session's
faults are placed again on them. Clients' own error lines that quote the reply that failed ("Mail Error: … 550 5.1.1 …")
are listed as replies, as in dev14. Each entry added here is marked "added": "dev15 review: …".

  python3 dev15Corrections.py
"""
import json
import re

from corrections import Group
from expect import SMTP_VERBS, load_events, place_faults

GROUP = Group('dev15')
REVIEW = GROUP.review
ROW = re.compile(r'^\[[\d.]+\]\[[^\]]*\]\[[^\]]*\]\[\d+\]\[Mailer\]\[debug\]\[9\]\[(.*)\]\[(\{.*\})\]$')
ENH = re.compile(r'^\d{3}[ -]([245]\.\d{1,3}\.\d{1,3})(?=\s|$)')

for name, f in GROUP.files.items():
    if f['producer'] != 'pixl-mail':
        continue
    lines = GROUP.lines_of(name)
    events = load_events(GROUP.root / 'sessions' / 'pixl-mail' / name.split('/', 1)[1].replace('.txt', '.jsonl'))
    sent = sorted({e['line'].rstrip() for e in events if e['dir'] == 'S' and len(e['line'].rstrip()) >= 3}, key=len, reverse=True)
    rows = {}
    for n, line in enumerate(lines, 1):
        m = ROW.match(line)
        if m:
            rows[n] = (m.start(1), m.group(1), json.loads(m.group(2)).get('tnx'))
    replies = [r for r in f['replies'] if r['line'] not in rows]
    commands = [c for c in f['commands'] if c['line'] not in rows]
    where = {}
    for r in replies:
        where.setdefault(r['text'], []).append(r['line'])
    for n, (start, msg, tnx) in rows.items():
        if tnx == 'server':
            taken = []
            for s in sent:
                i = msg.find(s)
                while i >= 0:
                    end = i + len(s)
                    if (i == 0 or msg[i - 1] == ' ') and (end == len(msg) or msg[end] == ' ') and all(end <= a or i >= b for a, b in taken):
                        taken.append((i, end))
                        r = {'line': n, 'code': s[:3], 'col': start + i + 1, 'text': s}
                        em = ENH.match(s)
                        if em:
                            r.update(enhanced=em.group(1), ecol=start + i + 5)
                        r['added'] = f'{REVIEW}: a reply line in pixl-logger\'s msg column (tnx server)'
                        replies.append(r)
                        where.setdefault(s, []).append(n)
                    i = msg.find(s, i + 1)
        elif tnx in ('send', 'mail', 'transport'):
            # Nodemailer's send error, as a row: "Send error for <id>: Message failed: 550-5.7.1 … 550-5.7.1 …][{…"err":
            # {"code":"EMESSAGE","response":"550-5.7.1 …","responseCode":550,…}": the reply it quotes (every line of it,
            # joined by spaces), the same reply as a JSON string (its lines joined by a literal \\n), and responseCode (as
            # Nodemailer's in opened/). tnx "send" (smtp-transport), "transport" and "mail" rows.
            line = lines[n - 1]
            taken = []
            for s in sent:
                i = line.find(s)
                while i >= 0:
                    end = i + len(s)
                    if (line[i - 1] in ' "' or line[i - 2:i] == '\\n') and (end == len(line) or line[end] in ' "]' or line[end:end + 2] == '\\n') and all(end <= a or i >= b for a, b in taken):
                        taken.append((i, end))
                        r = {'line': n, 'code': s[:3], 'col': i + 1, 'text': s}
                        em = ENH.match(s)
                        if em:
                            r.update(enhanced=em.group(1), ecol=i + 5)
                        r['added'] = f'{REVIEW}: the send error row quotes the reply that failed'
                        replies.append(r)
                    i = line.find(s, i + 1)
            for mm in re.finditer(r'"responseCode":(\d{3})\b', line):
                replies.append({'line': n, 'code': mm.group(1), 'col': mm.start(1) + 1, 'text': line[mm.start(1):mm.end(1)],
                                'added': f'{REVIEW}: Nodemailer\'s responseCode in the send error row'})
        elif tnx == 'client':
            verb = msg.split(' ')[0].upper()
            if verb in SMTP_VERBS:
                commands.append({'line': n, 'col': start + 1, 'verb': verb, 'added': f'{REVIEW}: a command in pixl-logger\'s msg column (tnx client)'})
                where.setdefault(msg.strip(), []).append(n)
                mm = re.match(r'^(AUTH\s+\S+)\s', msg, re.I)
                if mm:
                    where.setdefault(mm.group(1), []).append(n)
    for k in where:
        where[k].sort()
    faults = place_faults(events, lines, where)
    for x in faults:
        x['added'] = f'{REVIEW}: placed on the pixl-logger row'
    f['replies'], f['commands'], f['faults'] = replies, commands, sorted(faults, key=lambda x: x['line'])

# The tools' own error lines quote the reply that failed ("Mail Error: Can't send mail - all recipients were rejected:
# 550 5.1.1 …", "Mail Error: Invalid login: 535 5.7.8 …"): a code in a reply's place.
QUOTED = re.compile(r'^Mail Error: .*?: (\d{3})\b(?: (\d\.\d{1,3}\.\d{1,3})\b)?')
for name, f in GROUP.files.items():
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
    f['commands'].sort(key=lambda c: (c['line'], c['col']))

GROUP.save()
t = GROUP.data['transcripts']
print(f"dev15: {len(t)} files, {sum(len(x['replies']) for x in t)} replies, {sum(len(x['commands']) for x in t)} commands, "
      f"{sum(len(x['faults']) for x in t)} faults")
