#!/usr/bin/env python3
"""Hand corrections to transcripts/dev3/expected.json that expect.py does not produce (README, "dev3").
Run after `python3 expect.py <dev3 producers>`; each assert fails if a rebuild moved what it corrects.

  python3 dev3Corrections.py
"""
import json
from pathlib import Path

PATH = Path(__file__).resolve().parent.parent / 'transcripts' / 'dev3' / 'expected.json'
REVIEW = 'dev3 review'


def main():
    d = json.loads(PATH.read_text())
    t = {x['file']: x for x in d['transcripts']}

    # ngrep shows each CR as '.', so the end of DATA is the line '..'; expect.py stopped at the header line ending '>.'.
    f = t['ngrep/fault-no-data-reply-byline.txt']
    assert [x['line'] for x in f['faults']] == [76]
    f['faults'] = [{**f['faults'][0], 'line': 83, 'added': f"{REVIEW}: the end of DATA is ngrep's '..' line (the dot and its CR)"}]

    # QUIT typed after the server's 220 to STARTTLS went out in cleartext (ngrep shows it); the server, already in its
    # TLS handshake, never read it as a command, so the session record lacks it.
    f = t['ngrep/client-faults-typed.txt']
    assert not any(c['line'] == 70 for c in f['commands'])
    f['commands'].append({'line': 70, 'col': 1, 'verb': 'QUIT', 'added': f'{REVIEW}: sent, but read by the server as TLS handshake bytes'})
    f['commands'].sort(key=lambda c: (c['line'], c['col']))

    PATH.write_text(json.dumps(d, indent=1) + '\n')
    print('dev3 corrections applied')


if __name__ == '__main__':
    main()
