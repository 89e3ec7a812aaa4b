#!/usr/bin/env python3
"""Hand corrections to transcripts/dev11/expected.json that expect.py does not produce (README, "Dev11 group").
Run after `python3 expect.py pwntools-debug perl-net-telnet plink-raw tcpconnect tcpbug ltrace mitmdump-tcp`; each assert
fails if a rebuild moved what it corrects.

  python3 dev11Corrections.py
"""
from corrections import Group

GROUP = Group('dev11')
REVIEW = GROUP.review
lines_of = GROUP.lines_of


def main():
    t = GROUP.files
    # plink's shutdown: RCPT and QUIT typed after the 421 (the server had closed the connection, so its record lacks them;
    # plink answers "Broken pipe"): printed commands and commands after 421, as FLIM's QUIT in dev10.
    f, lines = t['plink-raw/shutdown.txt'], lines_of('plink-raw/shutdown.txt')
    assert lines[15].startswith('421 ') and lines[16] == 'RCPT TO:<bob@example.net>' and lines[17] == 'QUIT', lines[15:18]
    assert not any(c['line'] in (17, 18) for c in f['commands']) and not f['faults'], f
    for n, verb in ((17, 'RCPT'), (18, 'QUIT')):
        f['commands'].append({'line': n, 'col': 1, 'verb': verb, 'added': f'{REVIEW}: typed after 421, not in the server record'})
        f['faults'].append({'line': n, 'what': f'{verb} after 421: the server has closed the connection',
                            'added': f'{REVIEW}: a command after 421, printed by the client only'})
    # ltrace's curl in fault-no-data-reply: expect.py put the fault on the message text's send(); the end of DATA is the next
    # send ("\r\n.\r\n") and the line that shows no reply came is the recv() that returned 0 bytes.
    f, lines = t['ltrace/curl-fault-no-data-reply.txt'], lines_of('ltrace/curl-fault-no-data-reply.txt')
    assert [x['line'] for x in f['faults']] == [10] and lines[11].startswith('libcurl.so.4->recv(6, "", '), (f['faults'], lines[11])
    f['faults'] = [{**f['faults'][0], 'line': 12, 'added': f'{REVIEW}: on the empty recv() after the end of DATA'}]
    GROUP.save()


if __name__ == '__main__':
    main()
