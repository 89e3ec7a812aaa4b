#!/usr/bin/env python3
"""Hand corrections to transcripts/dev9/expected.json that expect.py does not produce (README, "Dev9 group").
Run after `python3 expect.py swiftmailer horde-smtp libetpan-stream-debug busybox-telnet`; each assert fails if a
rebuild moved what it corrects.

  python3 dev9Corrections.py
"""
import re

from corrections import Group

GROUP = Group('dev9')
REVIEW = GROUP.review
lines_of = GROUP.lines_of
# Swift Mailer's EchoLogger ends each failure with the code of the reply it quoted: '" (code: 550)' (or ' (code: 550)' after
# its "Log data:" line): the reply's code in a reply context, as Nodemailer's responseCode.
SWIFT_CODE = re.compile(r'^"? \(code: ([2-5]\d\d)\)$')
# Commands the client printed that the server's record holds as message text (it was one reply behind after the stray
# line, or in DATA mode) or never received (pipelined behind a 421, sent after the connection closed).
PRINTED_COMMANDS = {
    'swiftmailer/fault-stray-line.txt': [(42, 'QUIT')],
    'swiftmailer/fault-no-data-reply.txt': [(42, 'QUIT')],
    'swiftmailer/shutdown.txt': [(19, 'RCPT'), (22, 'DATA')],
    'horde-smtp/shutdown.txt': [(16, 'RCPT')],
    'horde-smtp/fault-stray-line.txt': [(21, 'RSET'), (24, 'QUIT')],
    'libetpan-stream-debug/fault-stray-line.txt': [(42, 'QUIT')],
    'libetpan-stream-debug/fault-no-data-reply.txt': [(57, 'QUIT')],
}


def main():
    t = GROUP.files
    for name, f in t.items():
        if not name.startswith('swiftmailer/'):
            continue
        for n, l in enumerate(lines_of(name), 1):
            m = SWIFT_CODE.match(l)
            if m and not any(r['line'] == n for r in f['replies']):
                f['replies'].append({'line': n, 'code': m.group(1), 'col': m.start(1) + 1, 'text': l.strip()[:120],
                                     'added': f'{REVIEW}: the code of the reply quoted above, in a reply context'})
        f['replies'].sort(key=lambda r: (r['line'], r['col']))
    for name, cmds in PRINTED_COMMANDS.items():
        f, lines = t[name], lines_of(name)
        for n, verb in cmds:
            l = lines[n - 1]
            col = l.find(verb) + 1
            assert col > 0 and not any(c['line'] == n for c in f['commands']), (name, n, l)
            f['commands'].append({'line': n, 'col': col, 'verb': verb,
                                  'added': f'{REVIEW}: printed command the server read as message text or never received'})
        f['commands'].sort(key=lambda c: (c['line'], c['col']))
    GROUP.save()


if __name__ == '__main__':
    main()
