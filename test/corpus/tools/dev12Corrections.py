#!/usr/bin/env python3
"""Hand corrections to transcripts/dev12/expected.json that expect.py does not produce (README, "Dev12 group").
Run after `python3 expect.py stone-dump ckermit-connect scapy-show ruby-net-telnet`; each assert fails if a rebuild moved
what it corrects.

  python3 dev12Corrections.py
"""
from corrections import Group

GROUP = Group('dev12')
REVIEW = GROUP.review
lines_of = GROUP.lines_of


def main():
    t = GROUP.files
    # C-Kermit's shutdown: the RCPT typed after the 421 (Kermit had left on the disconnect, so the terminal only echoed it
    # and the server's record lacks it): a printed command and a command after 421, as plink's in dev11.
    f, lines = t['ckermit-connect/shutdown.txt'], lines_of('ckermit-connect/shutdown.txt')
    assert lines[23].startswith('421 ') and lines[27] == 'RCPT TO:<bob@example.net>', lines[23:28]
    assert not any(c['line'] == 28 for c in f['commands']) and not f['faults'], f
    f['commands'].append({'line': 28, 'col': 1, 'verb': 'RCPT', 'added': f'{REVIEW}: typed after 421, not in the server record'})
    f['faults'].append({'line': 28, 'what': 'RCPT after 421: the server has closed the connection',
                        'added': f'{REVIEW}: a command after 421, printed by the client only'})
    # stone's fault-no-data-reply: expect.py put the fault on the first line of message text; the line that shows the end
    # of DATA with no reply after it is the relayed final dot.
    f, lines = t['stone-dump/fault-no-data-reply.txt'], lines_of('stone-dump/fault-no-data-reply.txt')
    assert [x['line'] for x in f['faults']] == [21] and lines[30].endswith(' 3 5>6 .<0d><0a>'), (f['faults'], lines[30])
    f['faults'] = [{**f['faults'][0], 'line': 31, 'added': f'{REVIEW}: on the final dot, the last line relayed'}]
    # Ruby's Net::Telnet logs only what it receives: its fault-no-data-reply ends at the 354 and shows neither the end of
    # DATA nor the closed connection, so the fault is not printed (README: a fault the tool never prints is not listed).
    f, lines = t['ruby-net-telnet/fault-no-data-reply.txt'], lines_of('ruby-net-telnet/fault-no-data-reply.txt')
    assert [x['line'] for x in f['faults']] == [16] and lines[14].startswith('354 ') and lines[15] == '', (f['faults'], lines[14:])
    f['faults'] = []
    GROUP.save()


if __name__ == '__main__':
    main()
