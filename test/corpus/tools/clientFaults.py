"""Marks client faults and DATA lines in a recorded session whose server did not mark them itself
(recordingProxy.py sessions, MTA test modes driven from a terminal)."""
import re

VERBS = {'HELO', 'EHLO', 'MAIL', 'RCPT', 'DATA', 'RSET', 'NOOP', 'QUIT', 'VRFY', 'EXPN', 'HELP', 'AUTH', 'STARTTLS', 'BDAT'}


def mark_client_faults(events):
    in_data = in_auth = in_mail = quit_seen = tls = data_refused = False
    ehlo = []  # keyword lines of the latest EHLO reply
    accepted_rcpt = rcpt_pending = False
    for i, ev in enumerate(events):
        if ev['dir'] == 'S':
            code = ev['line'][:3]
            if prev_verb(events, i) == 'MAIL':
                in_mail = code.startswith('2')
                accepted_rcpt = False
            if prev_verb(events, i) == 'RCPT' and code.startswith('2'):
                accepted_rcpt = True
            if code == '250' and prev_verb(events, i) == 'EHLO':
                ehlo.append(ev['line'][4:].upper())
            if in_auth and code != '334':
                in_auth = False
            if ev['line'].startswith('354'):
                in_data = True
            elif prev_verb(events, i) == 'DATA':
                data_refused = True
            if code == '220' and i > 0 and any(e['dir'] == 'C' and e['line'].upper().startswith('STARTTLS') for e in events[:i]):
                tls = True
            continue
        if ev['dir'] != 'C':
            continue
        line = ev['line']
        if in_data:
            ev['kind'] = 'data'
            if line == '.':
                ev['kind'] = 'data-end'
                in_data = False
                in_mail = False
            continue
        if in_auth:
            ev['kind'] = 'auth'
            continue
        verb, _, arg = line.strip().partition(' ')
        verb = verb.upper()
        fault = []
        if quit_seen:
            fault.append('command after QUIT')
        if verb not in VERBS and data_refused:
            if line.strip():
                fault.append('message text sent after DATA was refused')
        elif verb not in VERBS:
            fault.append(f'not an SMTP command: {line.strip()[:20]}')
        if verb in VERBS and verb != 'DATA':
            data_refused = False
        if verb in ('EHLO', 'HELO') and not arg.strip():
            fault.append(f'{verb} without a domain')
        if verb in ('MAIL', 'RCPT'):
            addr = arg.split(':', 1)[1].strip() if ':' in arg else ''
            if not addr.startswith('<'):
                fault.append(f'{verb} address without angle brackets')
        if verb == 'RCPT':
            rcpt_pending = True
        if verb == 'DATA' and in_mail and not accepted_rcpt and not pipelined(events, i):
            fault.append('DATA without an accepted recipient')
        if verb == 'RCPT' and not in_mail:
            fault.append('RCPT before MAIL')
        if verb == 'MAIL':
            if in_mail:
                fault.append('second MAIL inside an open transaction')
        if verb in ('EHLO', 'HELO'):
            ehlo = []
        if verb == 'STARTTLS' and 'STARTTLS' not in ehlo:
            fault.append('STARTTLS not advertised')
        if verb == 'AUTH':
            in_auth = True
            mech = arg.split()[0].upper() if arg.split() else ''
            if not any(k.startswith('AUTH') and mech in k.split()[1:] for k in ehlo):
                fault.append(f'AUTH {mech} not advertised')
            if not tls:
                fault.append('AUTH before STARTTLS: credentials in cleartext')
        if verb == 'RSET':
            in_mail = False
        if verb == 'QUIT':
            quit_seen = True
        if fault:
            ev['fault'] = '; '.join(fault)
    return events


def prev_verb(events, i):
    for e in reversed(events[:i]):
        if e['dir'] == 'C':
            return e['line'].strip().split(' ')[0].upper()
    return ''


def pipelined(events, i):
    """DATA sent before the reply to the command before it arrived (PIPELINING)."""
    return i > 0 and events[i - 1]['dir'] == 'C'
