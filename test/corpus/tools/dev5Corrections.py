#!/usr/bin/env python3
"""Hand corrections to transcripts/dev5/expected.json that expect.py does not produce (README, "Dev5 group").
Run after `python3 expect.py <dev5 producers>`; each assert fails if a rebuild moved what it corrects.

  python3 dev5Corrections.py
"""
import re

from corrections import Group

GROUP = Group('dev5')
REVIEW = GROUP.review
lines_of = GROUP.lines_of


def main():
    t = GROUP.files

    # Sendmail reports the failed STARTTLS as a delivery status in reply form ("Deferred: 454 4.7.0 STARTTLS failed."):
    # its own reply, not one the server sent, but a code in a reply context, as Postfix's "said:" quotes are.
    name = 'sendmail-v/fault-stray-line.txt'
    f = t[name]
    n = next(i for i, l in enumerate(lines_of(name), 1) if 'Deferred: 454 4.7.0' in l)
    assert not any(r['line'] == n for r in f['replies'])
    col = lines_of(name)[n - 1].index('454') + 1
    f['replies'].append({'line': n, 'code': '454', 'col': col, 'text': '454 4.7.0 STARTTLS failed.', 'enhanced': '4.7.0', 'ecol': col + 4,
                         'added': f"{REVIEW}: sendmail's own status reply for the failed STARTTLS"})
    f['replies'].sort(key=lambda r: (r['line'], r['col']))

    # npm sendmail, stray line: one reply behind, it sends QUIT after "250 2.1.5" (taken as the reply to DATA); the server,
    # in DATA mode after its 354, reads that QUIT as message text, so its record has no QUIT command. The client printed it.
    name = 'sendmail-npm/fault-stray-line.txt'
    f = t[name]
    n = next(i for i, l in enumerate(lines_of(name), 1) if l == 'send example.net>QUIT')
    assert not any(c['line'] == n for c in f['commands'])
    f['commands'].append({'line': n, 'col': 18, 'verb': 'QUIT', 'added': f'{REVIEW}: sent as QUIT, read by the server as message text'})
    f['commands'].sort(key=lambda c: (c['line'], c['col']))

    # npm sendmail writes an empty line after the last reply it waits for (its queue ends with ''): after the 221 to QUIT
    # (ok) and, one reply behind in the stray-line session, as a command the server answers with 502.
    for name, what in (('sendmail-npm/ok.txt', 'empty line sent after QUIT was answered by 221'),
                       ('sendmail-npm/fault-stray-line.txt', 'not an SMTP command: an empty line (answered by 502)')):
        f = t[name]
        n = max(i for i, l in enumerate(lines_of(name), 1) if l == 'send example.net>')
        assert not any(x['line'] == n for x in f['faults'])
        f['faults'].append({'line': n, 'what': what, 'added': f'{REVIEW}: the client writes an empty line at the end of its queue'})
        f['faults'].sort(key=lambda x: x['line'])

    GROUP.save()
    print('dev5 corrections applied')


if __name__ == '__main__':
    main()
