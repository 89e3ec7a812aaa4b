#!/usr/bin/env python3
"""Hand corrections to transcripts/dev7/expected.json that expect.py does not produce (README, "Dev7 group").
Run after `python3 expect.py <dev7 producers>`; each assert fails if a rebuild moved what it corrects.

  python3 dev7Corrections.py
"""
import re

from corrections import Group

GROUP = Group('dev7')
REVIEW = GROUP.review
lines_of = GROUP.lines_of
# tshark -O smtp dissects each protocol line into fields under it: "        Command: DATA" (the verb of the
# "Command Line:" above) and "        Response parameter: AUTH PLAIN LOGIN" (the text of an EHLO keyword line)
# are fields, not commands; "        Response code: Requested mail action okay, completed (250)" names the code of the
# "Response:" line above it, a reply code in a reply context (as Medusa's "Login attempt failed (535)" in dev4).
TSHARK_FIELD = re.compile(r'^ {8}(?:Command|Response parameter): ')
TSHARK_CODE = re.compile(r'^ {8}Response code: .* \((\d{3})\)$')
S_CLIENT_DUMP = re.compile(r'^[0-9a-f]{4} - (?:[0-9a-f]{2}[ -]){1,16}')


def main():
    t = GROUP.files

    for name, f in t.items():
        if not name.startswith('tshark-details/'):
            continue
        lines = lines_of(name)
        before = len(f['commands'])
        f['commands'] = [c for c in f['commands'] if not TSHARK_FIELD.match(lines[c['line'] - 1])]
        assert len(f['commands']) <= before
        for n, l in enumerate(lines, 1):
            m = TSHARK_CODE.match(l)
            if m:
                assert not any(r['line'] == n for r in f['replies'])
                f['replies'].append({'line': n, 'code': m.group(1), 'col': m.start(1) + 1, 'text': l.strip(),
                                     'added': f"{REVIEW}: tshark's dissected reply code"})
        f['replies'].sort(key=lambda r: (r['line'], r['col']))

    # openssl s_client -debug dumps what it reads before STARTTLS as "0000 - 32 35 30 2d 50 49 50 45-…   250-PIPELINING":
    # a reply in a hex dump's ASCII column is not listed (README, "Expectations policy"); expect.py's HEX_DUMP does not
    # know this dump's shape.
    for name, f in t.items():
        if not name.startswith('openssl-s_client-debug/'):
            continue
        lines = lines_of(name)
        f['replies'] = [r for r in f['replies'] if not S_CLIENT_DUMP.match(lines[r['line'] - 1])]
        f['commands'] = [c for c in f['commands'] if not S_CLIENT_DUMP.match(lines[c['line'] - 1])]

    GROUP.save()
    print('dev7 corrections applied')


if __name__ == '__main__':
    main()
