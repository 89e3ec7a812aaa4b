#!/usr/bin/env python3
"""Hand corrections to transcripts/dev10/expected.json that expect.py does not produce (README, "Dev10 group").
Run after `python3 expect.py sendmailr fossil-smtp-trace testssl-debug dovecot-submission-relay hydra-debug monit-vv flim-smtp
inetutils-telnet`; each assert fails if a rebuild moved what it corrects.

  python3 dev10Corrections.py
"""
import re

from corrections import Group

GROUP = Group('dev10')
REVIEW = GROUP.review
lines_of = GROUP.lines_of
ENH = r'([245]\.\d{1,3}\.\d{1,3})'
# The code of a reply a tool quotes in its own words, in a reply context (as Gambas's "(502)" or Swift Mailer's "(code: 550)"):
QUOTED_CODES = {
    # sendmailR's warning for a reply it has no rule for ("Unknown SMTP code: 451") and R's print of its result list,
    # "$code" then '[1] "221"' (the code of the reply to QUIT).
    'sendmailr/': [re.compile(r'^Unknown SMTP code: (\d{3})$'), re.compile(r'^\[1\] "(\d{3})"$')],
    # FLIM's smtp-response-error: 'SMTP response error: 550, "5.7.1 …", "5.7.1 …"' (the code, then each line's text quoted).
    'flim-smtp/': [re.compile(r'^SMTP response error: (\d{3}), "' + ENH + ' ')],
    # Dovecot joins a multi-line reply into one line ("Got reply (1/1): 250 mail.test.example Hello … PIPELINING SIZE …") and
    # quotes the final reply in its relay summary ("reply=`550 5.7.1 This message … spam sent to this server, …'"): the
    # reply with its later lines' codes dropped (as Mail::SendEasy's in dev8).
    'dovecot-submission-relay/': [re.compile(r'Got reply \(\d+/\d+\): (\d{3}) (?:' + ENH + ' )?'),
                                  re.compile(r'reply=`(\d{3}) (?:' + ENH + ' )?')],
}


def add_quoted_codes(name, f):
    pats = next((p for prefix, p in QUOTED_CODES.items() if name.startswith(prefix)), [])
    for n, l in enumerate(lines_of(name), 1):
        for pat in pats:
            m = pat.search(l)
            if not m or any(r['line'] == n and r['col'] == m.start(1) + 1 for r in f['replies']):
                continue
            entry = {'line': n, 'code': m.group(1), 'col': m.start(1) + 1, 'text': l.strip()[:120],
                     'added': f'{REVIEW}: the code of a reply the tool quotes in its own words'}
            if m.lastindex and m.lastindex >= 2 and m.group(2):
                entry['enhanced'], entry['ecol'] = m.group(2), m.start(2) + 1
            f['replies'].append(entry)
            if name.startswith('flim-smtp/'):
                # Each later quoted line's enhanced code: an extra entry, same code and col (as smtplib's joined replies).
                for more in re.finditer(r', "' + ENH + ' ', l[m.end():]):
                    f['replies'].append({**entry, 'enhanced': more.group(1), 'ecol': m.end() + more.start(1) + 1})
    f['replies'].sort(key=lambda r: (r['line'], r['col'], r.get('ecol', 0)))


def main():
    t = GROUP.files
    for name, f in t.items():
        add_quoted_codes(name, f)
        if name.startswith('hydra-debug/'):
            # Hydra prints replies only in the ASCII column of its hex dump ("[ 334 VXNlcm5hbWU6 ]"): not listed, as the
            # replies in s_client -debug's hex dump (dev7).
            f['replies'] = []
        if name.startswith('testssl-debug/'):
            lines = lines_of(name)
            # Its commands are the "C: " lines ("C: STARTTLS plus lf"); "initiated STARTTLS" and "received ack for STARTTLS"
            # are its notes.
            f['commands'] = [c for c in f['commands'] if lines[c['line'] - 1].startswith('C: ')]
            for n, l in enumerate(lines, 1):
                m = re.match(r'^C: ([A-Z]+) ', l)
                if m and not any(c['line'] == n for c in f['commands']):
                    f['commands'].append({'line': n, 'col': 4, 'verb': m.group(1),
                                          'added': f'{REVIEW}: printed command followed by testssl.sh\'s "plus lf"'})
            f['commands'].sort(key=lambda c: (c['line'], c['col']))
    # testssl.sh's no-starttls run: the one STARTTLS sent without being advertised came from the openssl s_client it started,
    # which prints nothing here; expect.py placed it on a line that only names STARTTLS.
    f = t['testssl-debug/no-starttls.txt']
    assert [x['line'] for x in f['faults']] == [27], f['faults']
    f['faults'] = []
    # Dovecot's joined EHLO reply of fault-ehlo shows the keyword where the domain goes ("250 PIPELINING SIZE 52428800 …");
    # the SIZE value and the empty final line cannot be told apart in the joined form.
    f = t['dovecot-submission-relay/fault-ehlo.txt']
    assert [x['line'] for x in f['faults']] == [14], f['faults']
    f['faults'] = [{'line': 14, 'what': 'EHLO reply: first line carries a keyword instead of the domain',
                    'added': f'{REVIEW}: the joined reply shows the keyword where the domain goes; the other two shapes are not visible'}]
    # FLIM sends QUIT after the 421 (its trace buffer shows it; the server had closed the connection, so its record does not):
    # a printed command and a command after 421, as postal's and syslog-ng's in dev8.
    f, lines = t['flim-smtp/shutdown.txt'], lines_of('flim-smtp/shutdown.txt')
    assert lines[18] == 'QUIT' and lines[17].startswith('421 ') and not any(c['line'] == 19 for c in f['commands']), lines[17:19]
    f['commands'].append({'line': 19, 'col': 1, 'verb': 'QUIT', 'added': f'{REVIEW}: sent after 421, not in the server record'})
    f['faults'].append({'line': 19, 'what': 'QUIT after 421: the server has closed the connection',
                        'added': f'{REVIEW}: a command after 421, printed by the client only'})
    GROUP.save()


if __name__ == '__main__':
    main()
