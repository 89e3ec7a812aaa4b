#!/usr/bin/env python3
"""Hand corrections to transcripts/dev6/expected.json that expect.py does not produce (README, "Dev6 group").
Run after `python3 expect.py <dev6 producers>`; each assert fails if a rebuild moved what it corrects.

  python3 dev6Corrections.py
"""
import re

from corrections import Group

GROUP = Group('dev6')
REVIEW = GROUP.review
lines_of = GROUP.lines_of


def main():
    t = GROUP.files

    # proxsmtp answers the client's DATA itself ("CLIENT < data", "CLIENT > 354 Start mail input") and sends its own
    # "DATA" to the server once the filter has run: the server's record holds only the latter, the client's is a command too.
    for name, f in t.items():
        if not name.startswith('proxsmtp/'):
            continue
        for n, l in enumerate(lines_of(name), 1):
            m = re.match(r'^proxsmtpd: \d+: CLIENT < (data)$', l)
            if m:
                assert not any(c['line'] == n for c in f['commands'])
                f['commands'].append({'line': n, 'col': m.start(1) + 1, 'verb': 'DATA', 'added': f"{REVIEW}: the client's DATA, answered by proxsmtp"})
        f['commands'].sort(key=lambda c: (c['line'], c['col']))

    # curl --trace-ascii wraps a long reply at 64 bytes ("0000: 550 5.1.1 <…>: Recipient address rejected: User" then
    # "0040:  unknown in …"): expect.py finds no line that holds the whole reply, so the reply under its
    # "<= Recv header" is added here, its code and enhanced code on the first row.
    for name, f in t.items():
        if not name.startswith('curl-trace-ascii/'):
            continue
        lines = lines_of(name)
        for n, l in enumerate(lines, 1):
            m = re.match(r'^0000: ([2-5]\d\d)[ -](?:([245]\.\d{1,3}\.\d{1,3}) )?', l)
            wrapped = n < len(lines) and lines[n].startswith('0040: ')
            if not m or not wrapped or not re.match(r'^(?:[\d:.]+ )?<= Recv header', lines[n - 2]) or any(r['line'] == n for r in f['replies']):
                continue
            reply = {'line': n, 'code': m.group(1), 'col': 7, 'text': l[10:]}
            if m.group(2):
                reply.update({'enhanced': m.group(2), 'ecol': m.start(2) + 1})
            reply['added'] = f'{REVIEW}: a reply curl wrapped onto a second trace row'
            f['replies'].append(reply)
        f['replies'].sort(key=lambda r: (r['line'], r['col']))

    # qpsmtpd is a real server, not the scripted one: after the EHLO without a domain it refuses every later MAIL
    # ("503 please say hello first"), so a MAIL sent after that refusal is itself sent before a successful EHLO.
    for name, f in t.items():
        if not name.startswith('qpsmtpd/'):
            continue
        lines = lines_of(name)
        for n, l in enumerate(lines, 1):
            answer = next((x for x in lines[n:] if re.match(r'^\d+ \d{3} ', x)), '')
            if re.match(r'^\d+ dispatching MAIL ', l) and 'please say hello first' in answer and not any(x['line'] == n for x in f['faults']):
                f['faults'].append({'line': n, 'what': f'{REVIEW}: MAIL before a successful EHLO (qpsmtpd: "please say hello first")'})
        f['faults'].sort(key=lambda x: x['line'])

    GROUP.save()
    print('dev6 corrections applied')


if __name__ == '__main__':
    main()
