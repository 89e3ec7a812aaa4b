#!/usr/bin/env python3
"""Hand corrections to transcripts/dev6/expected.json that expect.py does not produce (README, "Dev6 group").
Run after `python3 expect.py <dev6 producers>`; each assert fails if a rebuild moved what it corrects.

  python3 dev6Corrections.py
"""
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / 'transcripts' / 'dev6'
PATH = ROOT / 'expected.json'
REVIEW = 'dev6 review'


def lines_of(name):
    return re.split(r'\r\n|\r|\n', (ROOT / name).read_bytes().decode('utf-8', 'replace'))


def main():
    d = json.loads(PATH.read_text())
    t = {x['file']: x for x in d['transcripts']}

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

    PATH.write_text(json.dumps(d, indent=1) + '\n')
    print('dev6 corrections applied')


if __name__ == '__main__':
    main()
