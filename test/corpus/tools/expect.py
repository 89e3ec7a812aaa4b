#!/usr/bin/env python3
"""Derives expected.json for each group of the printed-transcript corpus.

The server's record of each session (transcripts/<group>/sessions/<producer>/<name>.jsonl) says what
was sent and received; this script finds those lines in what the client printed and writes their
exact 1-based positions. Lines are split as the editor and corpus-score split them (CRLF, LF, lone CR).

  python3 expect.py            # writes transcripts/{dev,opened,holdout}/expected.json
  python3 expect.py --audit    # also lists numbers equal to a sent reply code that no entry covers
  python3 expect.py [--audit] PRODUCER ...   # only these producers' entries: replaced or appended in their
                                             # group's expected.json, every other entry kept as it is (hand
                                             # corrections included, see README)
"""
import json
import re
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / 'transcripts'
ENH = re.compile(r'[245]\.\d{1,3}\.\d{1,3}(?=[\s\'"\\]|$)')
# Replies a tool reproduces in its own words, each with the code in a reply context (see README):
SUMMARIES = [
    re.compile(r"retcode \((\d{3})\); Msg: b['\"]"),  # smtplib debug: reply summary
    re.compile(r"\((\d{3}), b['\"]"),  # smtplib: data: (354, b'...') and exception tuples
    re.compile(r"\b(?:failed|denied): (\d{3})\b"),  # curl: "RCPT failed: 550"
    re.compile(r"\bresponseCode: (\d{3})\b"),  # Nodemailer error objects
    re.compile(r"SMTP code: (\d{3}) Additional SMTP info: ([245]\.\d{1,3}\.\d{1,3})"),  # PHPMailer ErrorInfo
    re.compile(r"(?:^|\s),(\d{3}),([245]\.\d{1,3}\.\d{1,3})"),  # PHPMailer error fields run together
    re.compile(r"got response code (\d{3}), with response"),  # JavaMail debug
    re.compile(r"could not get \dxx \((\d{3}): "),  # Ruby Net::SMTP exceptions
    re.compile(r"Found SMTP (?:success|error) code: (\d{3})$"),  # sendEmail -vv: evalSMTPresponse()
    re.compile(r"\{\S+@\S+ (\d{3}) \{([245]\.\d{1,3}\.\d{1,3})\b"),  # Tcllib smtp result: {rcpt code {enhanced text}}
    re.compile(r"^error: diagnostic \{([245]\.\d{1,3}\.\d{1,3})\b[^}]*\} args \{[^}]*\} code (\d{3})$"),  # Tcllib smtp: enhanced first
]
# Summaries whose groups come as (enhanced, code) instead of (code, enhanced).
ENHANCED_FIRST = {len(SUMMARIES) - 1}
# Held-out group, second round (appended after ENHANCED_FIRST so its index stays put):
SUMMARIES += [
    re.compile(r"^Result: (\d{3}) ?$"),  # git send-email: the code of the reply to the end of DATA
    re.compile(r'but got code "(\d{3})", with message'),  # Symfony Mailer TransportException
    re.compile(r"^smtp-source: fatal: [a-z ]+ rejected: (\d{3}) "),  # Postfix smtp-source: the reply, its lines joined by '?'
]
# Summaries that join a multi-line reply with '?' (Postfix's printable()): each later enhanced code, same reply code.
QUESTION_JOINED = {len(SUMMARIES) - 1}
# Dev group, fourth round (appended after QUESTION_JOINED so its index stays put):
SUMMARIES += [
    re.compile(r"\(b'[^']*', (\d{3}), b['\"]"),  # Twisted's sendmail result: (b'bob@example.net', 250, b'2.1.5 ...')
    re.compile(r"^\S+ \S+ \[-\] Failed: (\d{3}) "),  # Twisted's SMTPDeliveryError: the failed reply's code, its own text
    re.compile(r"\bSMTP\w+:? ?\((\d{3}), ['\"]"),  # aiosmtplib exceptions: SMTPRecipientRefused(550, '5.1.1 ...', ...)
    re.compile(r"^(?:(?:From|To) )?(?:\S+@\S+|Message sent): (\d{3}) "),  # esmtp -v: the reply without its enhanced code
    re.compile(r"^(\d{3}) (?![245]\.\d)"),  # esmtp's status report on stderr: the same, at the start of a line
    re.compile(r"^(?:connect|ehlo|starttls|login|mail|rcpt|data|quit): (\d{3}) "),  # aiosmtplib SMTPResponse: a multi-line reply's code once
]
# dev5 (appended after the fourth round so every index above stays put):
SUMMARIES += [
    re.compile(r"^OK: (\d{3}) (?=\d{3} )"),  # npm sendmail's logger.info('OK:', code, msg): the code, then the reply itself
    re.compile(r"^SMTP responds error code (\d{3})$"),  # npm sendmail's logger.warn for a 4yz/5yz reply
    re.compile(r"\bSMTP code:(\d{3}) msg:"),  # npm sendmail's Error: "SMTP code:550 msg:550 5.1.1 ..."
    # patator's result table: "12:57:30 patator    INFO - 535   58     0.003 | wrong   |     1 | 5.7.8 Error: ...": the
    # code in the first column, the reply's text (and its enhanced code) in the last.
    re.compile(r"^seq=\d+: recv: [A-Z ]+ failed \((\d{3})\)$"),  # smtpping: the code of the reply that ended the ping
    re.compile(r"^\d\d:\d\d:\d\d patator +[A-Z]+ - (\d{3}) +\d+ +[\d.]+ \|[^|]*\| +\d+ \| (?:([245]\.\d{1,3}\.\d{1,3}) )?"),
]
# dev6 (appended after dev5 so every index above stays put):
SUMMARIES += [
    # proxsmtp -d 4 answers the greeting, the EHLO's first line and DATA itself ("CLIENT > 220 smtp.passthru",
    # "CLIENT > 354 Start mail input; …"), replies not in the server's record, and cuts long lines at 80 characters
    # ("SERVER < 550 5.1.1 <nobody@example.net>: Recipient address rejected: User unknown in vir"): replies too.
    re.compile(r"^proxsmtpd: \d+: (?:CLIENT >|SERVER <) (\d{3})[ -]"),
]
# dev8 (appended after dev6 so every index above stays put):
SUMMARIES += [
    # syslog-ng's smtp() destination after the session: "SMTP recipient result; driver='d_smtp#0', recipient='…', code='550',
    # text='<nobody@…>: …'" (libESMTP's reply text, its enhanced code dropped), "SMTP result; … code='250', text='Ok: …'" and
    # "Failed to send message; … code='554', text='…'".
    re.compile(r"^\[[^\]]+\] (?:SMTP (?:recipient )?result|Failed to send message); .*\bcode='(\d{3})', text='"),
    re.compile(r"Unable to authenticate: Authentication failed \((\d{3})\)$"),  # Gambas gb.net.smtp: the last reply's code
]
# dev8: syslog-ng -d prints each chunk of the session quoted, "message='RCPT TO:<…>\x0d\x0aRCPT TO:<…>\x0d\x0aDATA\x0d\x0a'"
# (pipelined commands in one chunk): a hex-escaped CRLF ends a protocol line as a literal \r\n does in telnetlib's reprs.
SYSLOG_NG_SESSION = re.compile(r"^\[[^\]]+\] SMTP Session: (?:SERVER|CLIENT); ")
# dev8: Gambas's gb.net.smtp quotes the stderr of the `openssl s_client` it runs for TLS ("openssl: \"…\\n250 DSN\\r\\n\""):
# a literal \n there ends a line as in telnetlib's reprs.
GAMBAS_OPENSSL = re.compile(r'^openssl: "')
# dev5: string reprs holding several protocol lines, split at a literal \r\n like telnetlib's recv reprs: strace's
# read/write/sendto/recvfrom arguments and expect -d's quoted match buffers.
ESCAPED_CRLF_LINES = re.compile(r'^(?:Telnet\(|(?:\[pid +\d+\] )?(?:\d\d:\d\d:\d\d\.\d+ )?(?:recvfrom|sendto|read|write)\(\d+, "|expect: |send: sending ")')
# dev5: tcpdump -A prints a segment's payload glued to its IP and TCP headers rendered as ASCII ("z..y....220 mail...");
# in a file with tcpdump's header lines, a sent line in the first 60 columns of a line is the payload's start whatever
# header byte is printed before it ('\t0x' hex lines of -X and the header lines themselves excluded).
TCPDUMP_HEADER = re.compile(r'^\d\d:\d\d:\d\d\.\d{6} IP \S+ > \S+: Flags \[', re.M)
TCPDUMP_GLUED = [False]  # set per file by derive()
# Echoes of a received command in a server's own words (Python smtpd's "===> MAIL FROM:<...>"), verb at group 1.
COMMAND_ECHOES = [re.compile(r"^===> ((?:MAIL|RCPT) (?:FROM|TO):.*)$")]
# dev2: Python telnetlib's debug prints each recv as a bytes repr of at most 50 bytes, so a reply line can end
# mid-text at the closing quote ("recv b'...\\r\\n250-START'"): that start of a sent line is listed as its reply.
TELNETLIB_FRAGMENT = re.compile(r"^Telnet\(\S+\): recv b'(?:.*\\n)?(\d{3}[ -][^'\\]*)'$")
# dev2: OpenSMTPD smtp(1) -vv logs its state machine ("0x55d0c2a8e410: EHLO -> STARTTLS"): states, not commands.
OPENSMTPD_STATE = re.compile(r'^0x[0-9a-f]+: [A-Z_]+ -> [A-Z_]+$')
# dev3: a hex dump line (tcpflow -D "0000: 3232 3020 ...", ncat --hex-dump "0000   32 32 30 20 ..."): a reply in its ASCII
# column is not listed (README: replies shown only inside a hex dump).
HEX_DUMP = re.compile(r'^[0-9a-f]{4}(?::|   )(?: ?[0-9a-f]{2,4}){4,}')
# Exim -v's cmdlog: each reply's code in order, among the commands ("220:EHLO:250-:MAIL|:...").
EXIM_CMDLOG = re.compile(r"^cmdlog: '[^']*'$")
# dev11: ltrace's send()/recv() with string buffers ('libcurl.so.4->recv(6, "250-…\r\n250-PIPELINING\r\n…", 102400, 0) = 186'):
# split at a literal \r\n like telnetlib's reprs, a backslash before digits an octal escape.
LTRACE_CALL = re.compile(r'^\S+\.so(?:\.\d+)*->(?:recv|send)\(\d+, "')
# dev11: tcpbug -b -t puts a hex byte offset and a time before its mark ("0000:1796581951.092337< 220 …"), which the
# hex dump pattern above would take for a dump line.
TCPBUG_TIMED = re.compile(r'^[0-9a-f]{4,}:\d+\.\d{6}[<>] ')
# dev13: tcpreen -f C writes a whole chunk on one line after its mark, the lines inside joined by a literal \r\n.
TCPREEN_C = re.compile(r'^(?:>>>|<<<) .*\\r\\n')


SMTP_VERBS = {'HELO', 'EHLO', 'MAIL', 'RCPT', 'DATA', 'RSET', 'NOOP', 'QUIT', 'VRFY', 'EXPN', 'HELP', 'AUTH', 'STARTTLS', 'BDAT'}


def split_lines(text):
    return re.split(r'\r\n|\r|\n', text)


def find_all(line, needle, after_ok):
    """Occurrences of needle that stand alone: not glued to a word before, and followed by what after_ok allows."""
    out, i = [], line.find(needle)
    while i >= 0:
        before = line[i - 1] if i else ''
        rest = line[i + len(needle):]
        closes_paren = rest.startswith(')') and before == '(' and len(needle) == 3  # "(250)" is a summary, not a bare 250 line
        # dev2: the next protocol line inside telnetlib's recv repr ("...\r\n250-SIZE ...")
        escaped_lf = line[max(0, i - 2):i] == '\\n' and ESCAPED_CRLF_LINES.match(line) is not None
        escaped_lf = escaped_lf or (line[max(0, i - 4):i] == '\\x0a' and SYSLOG_NG_SESSION.match(line) is not None)  # dev8
        escaped_lf = escaped_lf or (line[max(0, i - 2):i] == '\\n' and GAMBAS_OPENSSL.match(line) is not None)  # dev8
        escaped_lf = escaped_lf or (line[max(0, i - 2):i] == '\\n' and LTRACE_CALL.match(line) is not None)  # dev11
        escaped_lf = escaped_lf or (line[max(0, i - 2):i] == '\\n' and TCPREEN_C.match(line) is not None)  # dev13
        # dev5: tcpdump -A's payload glued to the header bytes it prints as '.'
        tcpdump_glued = TCPDUMP_GLUED[0] and i <= 60 and not line.startswith('\t0x') and not TCPDUMP_HEADER.match(line)
        # dev3: ngrep -W byline prints a segment's payload from the start of the line, its CR as a final '.'
        ngrep_cr = i == 0 and rest == '.'
        # dev3: ssldump's record type "application_data" holds the DATA smtplib sends as "data"
        ssldump_record = line[max(0, i - 12):i] == 'application_'
        # dev5: inside strace's string argument a backslash before digits is an octal escape ("\334"), not a reply
        octal = before == '\\' and (ESCAPED_CRLF_LINES.match(line) is not None or LTRACE_CALL.match(line) is not None)
        if not ((before.isalnum() and not escaped_lf and not tcpdump_glued) or octal or ssldump_record or (before and before in '-.' and not tcpdump_glued) or closes_paren) and (after_ok(rest) or ngrep_cr):
            out.append(i)
        i = line.find(needle, i + 1)
    return out


def reply_end(rest):
    # sendEmail prints a multi-line reply on one line, its lines joined by ", ".
    return (rest == '' or rest[0] in '\'"\\)' or rest[0].isspace() or re.match(r', \d{3}[ -]', rest) is not None
            or rest == '..'  # dev2: Nmap's nsock trace ends a read with its CRLF shown as '..'
            or rest.startswith('[0D][0A]')  # dev4: Medusa's "Data received (46): 250-…[0D][0A]250-…" shows CRLF as hex
            or rest.startswith('<0d>'))  # dev12: stone -pp's "3 5<6 250 DSN<0d><0a>" shows CR and LF as <xx>


def command_end(rest):
    # End of line, an escaped CRLF (string reprs), or a key=value the tool appends (Haraka's "state=1").
    # Tcllib's smtp -debug appends "(wait upto N seconds)".
    return (rest == '' or rest.startswith('\\r') or rest.startswith('\\n') or rest.isspace() or re.match(r'\s+\w+=', rest) is not None
            or re.match(r'\s+\(wait upto \d+ seconds\)$', rest) is not None
            or re.fullmatch(r'-{40,}', rest) is not None  # dev3: ssldump -d glues its dashed rule to data without a CRLF
            or rest == "'"  # aiosmtpd's ">> b'EHLO'": the repr closes at the end of the line
            or rest.startswith('[0D][0A]')  # dev4: Medusa's "Data sent: EHLO gerg[0D][0A]"
            or rest.startswith('\\x0d\\x0a')  # dev8: syslog-ng's message='EHLO vm\x0d\x0a'
            or rest.startswith('<0d>')  # dev12: stone -pp's "3 5>6 ehlo client.example<0d><0a>"
            or rest == '<<< '  # dev13: tcpreen's mark of the next chunk (the typed line's CRLF) glued to the line
            or re.match(r'", \d+\) += \d+$', rest) is not None)  # dev5: strace's write(3, "EHLO", 4) = 4 (CRLF written apart)


def argument_end(rest):
    # A command with arguments may be followed by more text (smtp-server's "AUTH PLAIN /* secured */").
    return command_end(rest) or rest[0].isspace()


def load_events(path):
    events = []
    for raw in path.read_text().splitlines():
        if raw.strip():
            events.extend(json.loads(raw)['events'])
    return events


def derive(txt, sess):
    text = txt.read_bytes().decode('utf-8', 'replace')
    TCPDUMP_GLUED[0] = TCPDUMP_HEADER.search(text) is not None
    lines = split_lines(text)
    events = load_events(sess) if sess.exists() else []
    sent = {e['line'].rstrip() for e in events if e['dir'] == 'S' and len(e['line'].rstrip()) >= 3}
    codes = {s[:3] for s in sent if re.match(r'^\d{3}', s)}
    cmds, full_cmds, others = set(), set(), set()
    for e in events:
        verb = e['line'].strip().split(' ')[0].upper()
        if e['dir'] == 'C' and e.get('kind', 'cmd') == 'cmd' and e['line'].strip() and 'fault' in e:
            others.add(e['line'].strip())  # a faulty line that is no command: located for its fault, not listed
        if e['dir'] == 'C' and e.get('kind', 'cmd') == 'cmd' and verb in SMTP_VERBS and 'message text' not in e.get('fault', ''):
            cmds.add(e['line'].strip())
            full_cmds.add(e['line'].strip())
            m = re.match(r'^(AUTH\s+\S+)\s', e['line'].strip(), re.I)
            if m:
                cmds.add(m.group(1))  # tools that hide the credentials still print the mechanism
    replies, commands = [], []
    where = {}  # text -> [line numbers], in file order, for placing faults
    for n, line in enumerate(lines, 1):
        taken = []
        if HEX_DUMP.match(line) and not TCPBUG_TIMED.match(line):
            continue

        def free(a, b):
            return all(b <= x or a >= y for x, y in taken)

        for s in sorted(sent, key=len, reverse=True):
            for i in find_all(line, s, reply_end):
                if not free(i, i + len(s)):
                    continue
                taken.append((i, i + len(s)))
                entry = {'line': n, 'code': s[:3], 'col': i + 1, 'text': s}
                m = re.match(r'^\d{3}[ -]([245]\.\d{1,3}\.\d{1,3})(?=\s|$)', s)
                if m:
                    entry['enhanced'] = m.group(1)
                    entry['ecol'] = i + 5
                replies.append(entry)
                where.setdefault(s, []).append(n)
        for k, rx in enumerate(SUMMARIES):
            for m in rx.finditer(line):
                if k in ENHANCED_FIRST:
                    a, e = m.start(2), m.start(1)
                    if m.group(2) not in codes or not free(a, a + 3):
                        continue
                    taken += [(a, a + 3), (e, m.end(1))]
                    replies.append({'line': n, 'code': m.group(2), 'col': a + 1, 'text': line[e:].strip()[:120], 'enhanced': m.group(1), 'ecol': e + 1})
                    continue
                a = m.start(1)
                if m.group(1) not in codes or not free(a, a + 3):
                    continue
                taken.append((a, a + 3))
                entry = {'line': n, 'code': m.group(1), 'col': a + 1, 'text': line[a:].strip()[:120]}
                rest = line[m.end():]
                em = ENH.match(rest)
                if m.lastindex == 2:
                    entry['enhanced'] = m.group(2)
                    entry['ecol'] = m.start(2) + 1
                    taken.append((m.start(2), m.end(2)))
                elif em:
                    entry['enhanced'] = em.group(0)
                    entry['ecol'] = m.end() + 1
                replies.append(entry)
                # smtplib joins a multi-line reply with literal \n: the later lines' enhanced codes, same reply code
                for more in re.finditer(r"\\n([245]\.\d{1,3}\.\d{1,3})(?=[\s'\"\\]|$)", rest):
                    if free(m.end() + more.start(1), m.end() + more.end(1)):
                        taken.append((m.end() + more.start(1), m.end() + more.end(1)))
                        replies.append({**entry, 'enhanced': more.group(1), 'ecol': m.end() + more.start(1) + 1})
                if k in QUESTION_JOINED:
                    for more in re.finditer(r"\?([245]\.\d{1,3}\.\d{1,3})(?=\s)", rest):
                        if free(m.end() + more.start(1), m.end() + more.end(1)):
                            taken.append((m.end() + more.start(1), m.end() + more.end(1)))
                            replies.append({**entry, 'enhanced': more.group(1), 'ecol': m.end() + more.start(1) + 1})
        m = TELNETLIB_FRAGMENT.match(line)
        if m and free(m.start(1), m.end(1)):
            whole = [s for s in sent if s.startswith(m.group(1)) and s != m.group(1)]
            if whole:
                taken.append((m.start(1), m.end(1)))
                entry = {'line': n, 'code': m.group(1)[:3], 'col': m.start(1) + 1, 'text': whole[0]}
                em = re.match(r'^\d{3}[ -]([245]\.\d{1,3}\.\d{1,3}) ', m.group(1))
                if em:
                    entry['enhanced'], entry['ecol'] = em.group(1), m.start(1) + 5
                replies.append(entry)
        if EXIM_CMDLOG.match(line):
            for t in re.finditer(r"(?<=[':])(\d{3})(?=-?[:'])", line):
                if t.group(1) in codes and free(t.start(), t.end()):
                    taken.append((t.start(), t.end()))
                    replies.append({'line': n, 'code': t.group(1), 'col': t.start() + 1, 'text': line.strip()[:120]})
        # Postfix: dsn=X.Y.Z on a delivery line whose status quotes the reply: the same reply's enhanced code.
        for m in re.finditer(r'\bdsn=([245]\.\d{1,3}\.\d{1,3})', line):
            same = [r for r in replies if r['line'] == n and r.get('enhanced') == m.group(1)]
            if same:
                replies.append({'line': n, 'code': same[0]['code'], 'col': same[0]['col'], 'text': same[0]['text'],
                                'enhanced': m.group(1), 'ecol': m.start(1) + 1})
                taken.append((m.start(1), m.end(1)))
        for c in sorted(cmds, key=len, reverse=True) if not OPENSMTPD_STATE.match(line) else []:
            for i in find_all(line, c, argument_end if ' ' in c else command_end):
                if not free(i, i + len(c)):
                    continue
                taken.append((i, i + len(c)))
                commands.append({'line': n, 'col': i + 1, 'verb': c.split()[0].upper()})
                where.setdefault(c, []).append(n)
        for rx in COMMAND_ECHOES:
            m = rx.match(line)
            if m and m.group(1).upper() in {c.upper() for c in full_cmds} and free(m.start(1), m.end(1)):
                taken.append((m.start(1), m.end(1)))
                commands.append({'line': n, 'col': m.start(1) + 1, 'verb': m.group(1).split()[0].upper()})
        for c in others:
            if find_all(line, c, argument_end):
                where.setdefault(c, []).append(n)
    replies.sort(key=lambda r: (r['line'], r['col']))
    commands.sort(key=lambda r: (r['line'], r['col']))
    faults = place_faults(events, lines, where)
    # A tool that goes on talking after 421 (the server has closed the channel): only its own output shows it.
    closed = [r['line'] for r in replies if r['code'] == '421']
    if closed:
        # The server never read these, so its record lacks them: find them by the prefix the tool puts before commands.
        prefixes = {lines[c['line'] - 1][:c['col'] - 1] for c in commands if c['line'] < closed[0]}
        for n in range(closed[0] + 1, len(lines) + 1):
            for pre in prefixes:
                m = re.match(re.escape(pre) + r'([A-Za-z]+)\b', lines[n - 1]) if pre.strip() else None
                if m and m.group(1).upper() in SMTP_VERBS and not any(c['line'] == n for c in commands):
                    commands.append({'line': n, 'col': len(pre) + 1, 'verb': m.group(1).upper()})
        commands.sort(key=lambda r: (r['line'], r['col']))
        for c in commands:
            if c['line'] > closed[0] and c['verb'] != 'AUTH':
                faults.append({'line': c['line'], 'what': f"{c['verb']} after 421: the server has closed the connection"})
    faults.sort(key=lambda f: f['line'])
    return replies, commands, faults


def place_faults(events, lines, where):
    faults = []
    seen = {}
    for idx, e in enumerate(events):
        key = e['line'].rstrip() if e['dir'] == 'S' else e['line'].strip()
        k = seen.get(key, 0)
        seen[key] = k + 1
        if 'fault' not in e:
            continue
        if e.get('kind') == 'data-end':
            line = data_end_line(events[:idx], lines, where)
        else:
            hits = where.get(key, [])
            total = sum(1 for x in events if (x['line'].rstrip() if x['dir'] == 'S' else x['line'].strip()) == key and x['dir'] == e['dir'])
            per = max(1, len(hits) // total) if total and hits else 1
            line = hits[k * per] if k * per < len(hits) else None
            if line is None and e['dir'] == 'C':
                m = re.match(r'^(AUTH\s+\S+)', key, re.I)
                line = where.get(m.group(1), [None])[0] if m else None
        if line:
            faults.append({'line': line, 'what': e['fault']})
    return faults


def data_end_line(before, lines, where):
    """The printed end of DATA: a line holding only '.' (after any prefix), else the line after the 354 reply."""
    start = None
    for e in reversed(before):
        if e['dir'] == 'S' and e['line'].startswith('354'):
            start = where.get(e['line'].rstrip(), [None])[-1]
            break
    if not start:
        return None
    for n in range(start, len(lines)):
        if re.search(r'(^|[\s>:\'"])\.(\\r\\n)?[\'"]?\s*$', lines[n]) or re.search(r"\\r\\n\.\\r\\n'$", lines[n]):
            return n + 1
    return start + 1


def audit(group, rel, lines, replies, codes):
    covered = {(r['line'], r['col']) for r in replies}
    for n, line in enumerate(lines, 1):
        for m in re.finditer(r'(?<![\d.])\d{3}(?![\d.])', line):
            if m.group(0) in codes and (n, m.start() + 1) not in covered:
                print(f'  uncovered {group}/{rel}:{n}:{m.start() + 1}: {line.strip()[:110]}')


def main():
    do_audit = '--audit' in sys.argv
    only = {a for a in sys.argv[1:] if not a.startswith('--')}
    for group in ('dev', 'opened', 'holdout', 'dev2', 'dev3', 'dev4', 'dev5', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'dev12', 'dev13', 'dev14', 'dev15'):
        root = CORPUS / group
        if not root.is_dir():
            continue
        out = {'transcripts': []}
        mine = set()
        for txt in sorted(root.glob('*/*.txt')):
            producer, name = txt.parent.name, txt.stem
            if producer == 'sessions' or (only and producer not in only):
                continue
            mine.add(f'{producer}/{txt.name}')
            sess = root / 'sessions' / producer / f'{name}.jsonl'
            replies, commands, faults = derive(txt, sess)
            rel = f'{producer}/{txt.name}'
            out['transcripts'].append({'file': rel, 'producer': producer, 'replies': replies, 'commands': commands, 'faults': faults})
            if do_audit:
                codes = {e['line'][:3] for e in load_events(sess) if e['dir'] == 'S'} if sess.exists() else set()
                audit(group, rel, split_lines(txt.read_bytes().decode('utf-8', 'replace')), replies, codes)
        if only:
            if not mine:
                continue
            old = json.loads((root / 'expected.json').read_text())['transcripts'] if (root / 'expected.json').exists() else []
            kept = [t for t in old if t['file'] not in mine]
            out['transcripts'] = kept + out['transcripts']
        (root / 'expected.json').write_text(json.dumps(out, indent=1) + '\n')
        t = out['transcripts']
        print(f"{group}: {len(t)} files, {len({x['producer'] for x in t})} producers, "
              f"{sum(len(x['replies']) for x in t)} replies, {sum(len(x['commands']) for x in t)} commands, {sum(len(x['faults']) for x in t)} faults")


if __name__ == '__main__':
    main()
