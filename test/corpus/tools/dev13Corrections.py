#!/usr/bin/env python3
"""Hand corrections to transcripts/dev13/expected.json that expect.py does not produce (README, "Dev13 group").
Run after `python3 expect.py tcpreen opensmtpd-relay msmtp-logfile bash-dev-tcp`; each assert fails if a rebuild moved
what it corrects.

  python3 dev13Corrections.py
"""
import re

from corrections import Group

GROUP = Group('dev13')
REVIEW = GROUP.review
lines_of = GROUP.lines_of
# msmtp's log line: "smtpstatus=550 smtpmsg='550 5.1.1 …'", a multi-line reply joined by a literal \n inside the quotes.
SMTPSTATUS = re.compile(r'\bsmtpstatus=(\d{3}) smtpmsg=\'')
JOINED = re.compile(r'\\n(\d{3})[ -](?:(\d\.\d{1,3}\.\d{1,3}) )?')


def msmtp_log_lines():
    for name, f in GROUP.files.items():
        if f['producer'] != 'msmtp-logfile':
            continue
        for n, line in enumerate(lines_of(name), 1):
            m = SMTPSTATUS.search(line)
            if not m:
                continue
            listed = {r['col'] for r in f['replies'] if r['line'] == n}
            # The status is the reply's code, tied to the reply quoted after it (as Postfix's dsn= in opened/).
            assert m.start(1) + 1 not in listed, (name, n)
            f['replies'].append({'line': n, 'code': m.group(1), 'col': m.start(1) + 1, 'text': f'smtpstatus={m.group(1)}',
                                 'added': f'{REVIEW}: the code of the reply msmtp quotes in smtpmsg'})
            for j in JOINED.finditer(line, m.end()):
                col = j.start(1) + 1
                assert col not in listed, (name, n, col)
                text = re.sub(r"'( errormsg=.*)?$", '', line[col - 1:].split('\\n')[0])
                entry = {'line': n, 'code': j.group(1), 'col': col, 'text': text}
                if j.group(2):
                    entry.update({'enhanced': j.group(2), 'ecol': j.start(2) + 1})
                f['replies'].append({**entry, 'added': f'{REVIEW}: a later line of a multi-line reply joined by a literal \\n'})
            f['replies'].sort(key=lambda r: (r['line'], r['col']))


def opensmtpd_state_names():
    """OpenSMTPD's state changes ("mta: 0x…: MTA_RCPT -> MTA_DATA") name a verb after "MTA_": not a command."""
    dropped = 0
    for name, f in GROUP.files.items():
        if f['producer'] != 'opensmtpd-relay':
            continue
        lines = lines_of(name)
        kept = [c for c in f['commands'] if lines[c['line'] - 1][max(0, c['col'] - 5):c['col'] - 1] != 'MTA_']
        dropped += len(f['commands']) - len(kept)
        f['commands'] = kept
    assert dropped > 0


def quits_typed_after_close():
    """bash /dev/tcp, shutdown: the QUIT typed after the 421 (written to the closed socket, so the server's record lacks
    it) is a printed command and a command after 421, as FLIM's QUIT in dev10."""
    f, lines = GROUP.files['bash-dev-tcp/shutdown.txt'], lines_of('bash-dev-tcp/shutdown.txt')
    assert lines[15].startswith('$ 421 ') and lines[18] == "$ printf 'QUIT\\r\\n' >&3", lines[15:19]
    assert not any(c['line'] == 19 for c in f['commands']), f['commands']
    f['commands'].append({'line': 19, 'col': 11, 'verb': 'QUIT', 'added': f'{REVIEW}: typed after 421, not in the server record'})
    f['faults'].append({'line': 19, 'what': 'QUIT after 421: the server has closed the connection',
                        'added': f'{REVIEW}: a command after 421, printed by the client only'})

    # fault-no-data-reply: the QUIT typed after the server closed without a reply is a printed command as well (not in
    # the record; a command after a silent close is no fault the corpus lists).
    f, lines = GROUP.files['bash-dev-tcp/fault-no-data-reply.txt'], lines_of('bash-dev-tcp/fault-no-data-reply.txt')
    assert lines[21] == "$ printf 'QUIT\\r\\n' >&3" and not any(c['line'] == 22 for c in f['commands']), lines[21]
    f['commands'].append({'line': 22, 'col': 11, 'verb': 'QUIT', 'added': f'{REVIEW}: typed after the server closed, not in the server record'})


def main():
    t = GROUP.files
    msmtp_log_lines()
    opensmtpd_state_names()
    quits_typed_after_close()
    # tcpreen -f hex: its ASCII column is not listed (as Hydra's dump in dev10 and s_client -debug's in dev7); expect.py
    # found the two replies short enough to fit one row.
    f, lines = t['tcpreen/ok-hex.txt'], lines_of('tcpreen/ok-hex.txt')
    assert [(r['line'], r['col']) for r in f['replies']] == [(37, 60), (119, 60)] and lines[36].startswith('0x0000 | '), f['replies']
    f['replies'] = []
    GROUP.save()


if __name__ == '__main__':
    main()
