#!/usr/bin/env python3
"""Re-creates the printed-transcript corpus: runs real SMTP clients against scriptedSmtpServer.py on
127.0.0.1 and saves what each printed. Not run by CI (needs the producers installed; see README).

  python3 capture.py [producer-substring ...]

Writes transcripts/<group>/<producer>/<name>.txt and the server's own record of the session to
transcripts/<group>/sessions/<producer>/<name>.jsonl (read by expect.py).
"""
import os
import pty
import re
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / 'transcripts'
CLIENTS = HERE / 'clients'
TLS_DIR = Path(os.environ.get('CORPUS_TLS', '/tmp/corpus-tls'))
PLAIN, SMTPS = 587, 465

# group, producer -> list of (file name, server scenario, how to run). A run is
# ('sh', command) [stdout and stderr to one pipe], ('pty', command) [a terminal], or
# ('typed', command, lines) [a terminal where a person types `lines`, each after the reply arrives].
RUNS = {}


def add(group, producer, name, scenario, run):
    RUNS.setdefault((group, producer), []).append((name, scenario, run))


def py(args):
    return f'python3 {CLIENTS}/smtplib_client.py {args}'


R = ['--rcpt bob@example.net']
for lvl in (1, 2):
    add('dev', 'python-smtplib', f'ok-starttls-auth-debug{lvl}', 'ok', ('sh', py(f'--level {lvl} --mode starttls --auth')))
    add('dev', 'python-smtplib', f'rcpt-reject-debug{lvl}', 'rcpt-reject', ('sh', py(f'--level {lvl} --mode plain --rcpt bob@example.net --rcpt nobody@example.net')))
    add('dev', 'python-smtplib', f'auth-fail-cleartext-debug{lvl}', 'auth-fail', ('sh', py(f'--level {lvl} --mode plain --auth')))
add('dev', 'python-smtplib', 'smtps-auth-debug1', 'ok', ('sh', py(f'--level 1 --mode smtps --port {SMTPS} --auth')))
add('dev', 'python-smtplib', 'tempfail-debug1', 'tempfail', ('sh', py('--level 1 --mode plain')))
add('dev', 'python-smtplib', 'shutdown-debug2', 'shutdown', ('sh', py('--level 2 --mode plain')))
add('dev', 'python-smtplib', 'policy-reject-debug1', 'policy-reject', ('sh', py('--level 1 --mode plain')))
add('dev', 'python-smtplib', 'fault-rset-530-debug1', 'fault-rset-530', ('sh', py('--level 1 --mode plain')))
add('dev', 'python-smtplib', 'fault-stray-line-debug1', 'fault-stray-line', ('sh', py('--level 1 --mode plain')))
add('dev', 'python-smtplib', 'fault-odd-codes-debug2', 'fault-odd-codes', ('sh', py('--level 2 --mode plain --rcpt bob@example.net --rcpt carol@example.net')))
add('dev', 'python-smtplib', 'fault-ehlo-debug1', 'fault-ehlo', ('sh', py('--level 1 --mode plain')))

SW = f'swaks --server 127.0.0.1 --port {PLAIN} --helo client.example --from alice@example.com --to bob@example.net --h-Subject "Corpus test 42"'
add('dev', 'swaks', 'ok-starttls-auth', 'ok', ('sh', SW + ' -tls -a LOGIN --auth-user alice@example.com --auth-password s3cret-Pa55'))
add('dev', 'swaks', 'smtps-auth-plain', 'ok', ('sh', SW.replace(str(PLAIN), str(SMTPS)) + ' -tlsc -a PLAIN --auth-user alice@example.com --auth-password s3cret-Pa55'))
add('dev', 'swaks', 'rcpt-reject', 'rcpt-reject', ('sh', SW.replace('--to bob@example.net', '--to nobody@example.net')))
add('dev', 'swaks', 'tempfail', 'tempfail', ('sh', SW))
add('dev', 'swaks', 'auth-fail-cleartext', 'auth-fail', ('sh', SW + ' -a PLAIN --auth-user alice@example.com --auth-password wrong'))
add('dev', 'swaks', 'policy-reject-pipelining', 'policy-reject', ('sh', SW + ' --pipeline'))
add('dev', 'swaks', 'fault-odd-codes', 'fault-odd-codes', ('sh', SW))
add('dev', 'swaks', 'fault-no-data-reply', 'fault-no-data-reply', ('sh', SW))

# openssl s_client as a person types into it. Lower-case rcpt: a line starting with R renegotiates.
S_BASIC = ['EHLO client.example', 'mail from:<alice@example.com>', 'rcpt to:<bob@example.net>', 'DATA',
           '#Subject: Corpus test 42', '#', '#Hello Bob, message 42.', '.', 'QUIT']
SC = f'openssl s_client -connect 127.0.0.1:{SMTPS} -crlf'
SCS = f'openssl s_client -starttls smtp -connect 127.0.0.1:{PLAIN} -crlf'
add('dev', 'openssl-s_client', 'smtps-ok', 'ok', ('typed', SC, S_BASIC))
add('dev', 'openssl-s_client', 'starttls-auth-login', 'ok', ('typed', SCS, ['EHLO client.example', 'AUTH LOGIN', '#YWxpY2VAZXhhbXBsZS5jb20=', '#czNjcmV0LVBhNTU='] + S_BASIC[1:]))
add('dev', 'openssl-s_client', 'smtps-auth-fail-quiet', 'auth-fail', ('typed', SC + ' -quiet', ['EHLO client.example', 'AUTH PLAIN AGFsaWNlQGV4YW1wbGUuY29tAHdyb25n', 'QUIT']))
add('dev', 'openssl-s_client', 'starttls-not-advertised', 'no-starttls', ('typed', SCS, ['EHLO client.example', 'mail from: alice@example.com', 'rcpt to:<nobody@example.net>', 'QUIT']))

T_BASIC = ['EHLO client.example', 'MAIL FROM:<alice@example.com>', 'RCPT TO:<bob@example.net>', 'DATA', '#Subject: Corpus test 42', '#',
           '#Hello Bob, message 42.', '.', 'QUIT']
add('dev', 'telnet', 'ok', 'ok', ('typed', f'telnet 127.0.0.1 {PLAIN}', T_BASIC))
add('dev', 'telnet', 'client-faults', 'ok', ('typed', f'telnet 127.0.0.1 {PLAIN}',
    ['EHLO', 'RCPT TO:<bob@example.net>', 'MAIL FROM: alice@example.com', 'MAIL FROM:<alice@example.com>', 'AUTH PLAIN AGFsaWNlQGV4YW1wbGUuY29tAHMzY3JldC1QYTU1', 'exit', 'QUIT']))
add('dev', 'telnet', 'rcpt-reject-rset', 'rcpt-reject', ('typed', f'telnet 127.0.0.1 {PLAIN}',
    ['HELO client.example', 'MAIL FROM:<alice@example.com>', 'RCPT TO:<nobody@example.net>', 'DATA', 'RSET', 'NOOP', 'VRFY bob', 'QUIT']))
add('dev', 'telnet', 'fault-rset-530', 'fault-rset-530', ('typed', f'telnet 127.0.0.1 {PLAIN}',
    ['EHLO client.example', 'MAIL FROM:<alice@example.com>', 'RSET', 'QUIT', 'QUIT']))

MS = f'msmtp --debug --host=127.0.0.1 --domain=client.example --from=alice@example.com --tls-certcheck=off'
MAIL = f'{CLIENTS}/message.eml'
add('dev', 'msmtp', 'ok-starttls-auth', 'ok', ('sh', MS + f' --port={PLAIN} --tls=on --auth=login --user=alice@example.com --passwordeval="echo s3cret-Pa55" bob@example.net < {MAIL}'))
add('dev', 'msmtp', 'smtps-auth', 'ok', ('sh', MS + f' --port={SMTPS} --tls=on --tls-starttls=off --auth=plain --user=alice@example.com --passwordeval="echo s3cret-Pa55" bob@example.net < {MAIL}'))
add('dev', 'msmtp', 'rcpt-reject', 'rcpt-reject', ('sh', MS + f' --port={PLAIN} --tls=off bob@example.net nobody@example.net < {MAIL}'))
add('dev', 'msmtp', 'auth-fail', 'auth-fail', ('sh', MS + f' --port={PLAIN} --tls=on --auth=plain --user=alice@example.com --passwordeval="echo wrong" bob@example.net < {MAIL}'))
add('dev', 'msmtp', 'fault-ehlo', 'fault-ehlo', ('sh', MS + f' --port={PLAIN} --tls=off bob@example.net < {MAIL}'))

PL = f'perl {CLIENTS}/perl_client.pl'
add('dev', 'perl-net-smtp', 'ok-starttls-auth', 'ok', ('sh', PL + f' --port {PLAIN} --starttls --auth'))
add('dev', 'perl-net-smtp', 'smtps', 'ok', ('sh', PL + f' --port {SMTPS} --ssl'))
add('dev', 'perl-net-smtp', 'rcpt-reject', 'rcpt-reject', ('sh', PL + f' --port {PLAIN} --rcpt bob@example.net --rcpt nobody@example.net'))
add('dev', 'perl-net-smtp', 'policy-reject', 'policy-reject', ('sh', PL + f' --port {PLAIN}'))
add('dev', 'perl-net-smtp', 'fault-odd-codes', 'fault-odd-codes', ('sh', PL + f' --port {PLAIN} --rcpt bob@example.net --rcpt carol@example.net'))

# ---------------- opened (held out until 2026-12-06)
CU = f'curl -v --url smtp://127.0.0.1:{PLAIN} --mail-from alice@example.com --mail-rcpt bob@example.net -T {MAIL}'
add('opened', 'curl', 'ok-starttls-auth', 'ok', ('sh', CU + ' --ssl-reqd -k --user alice@example.com:s3cret-Pa55'))
add('opened', 'curl', 'smtps-auth', 'ok', ('sh', CU.replace(f'smtp://127.0.0.1:{PLAIN}', f'smtps://127.0.0.1:{SMTPS}') + ' -k --user alice@example.com:s3cret-Pa55'))
add('opened', 'curl', 'rcpt-reject', 'rcpt-reject', ('sh', CU.replace('bob@example.net', 'nobody@example.net')))
add('opened', 'curl', 'auth-fail-cleartext', 'auth-fail', ('sh', CU + ' --user alice@example.com:wrong'))
add('opened', 'curl', 'shutdown', 'shutdown', ('sh', CU))
add('opened', 'curl', 'fault-stray-line', 'fault-stray-line', ('sh', CU))
add('opened', 'curl', 'progress-meter-tty', 'ok', ('pty', CU))

PH = f'php {CLIENTS}/phpmailer_client.php'
for lvl in (1, 2, 3, 4):
    add('opened', 'phpmailer', f'ok-starttls-auth-debug{lvl}', 'ok', ('sh', PH + f' {lvl} starttls {PLAIN} auth'))
add('opened', 'phpmailer', 'smtps-auth-debug2', 'ok', ('sh', PH + f' 2 smtps {SMTPS} auth'))
add('opened', 'phpmailer', 'rcpt-reject-debug2', 'rcpt-reject', ('sh', PH + f' 2 plain {PLAIN} noauth bob@example.net nobody@example.net'))
add('opened', 'phpmailer', 'auth-fail-debug3', 'auth-fail', ('sh', PH + f' 3 starttls {PLAIN} auth'))
add('opened', 'phpmailer', 'policy-reject-debug2', 'policy-reject', ('sh', PH + f' 2 plain {PLAIN} noauth'))
add('opened', 'phpmailer', 'fault-rset-530-debug2', 'fault-rset-530', ('sh', PH + f' 2 plain {PLAIN} noauth'))
add('opened', 'phpmailer', 'fault-ehlo-debug4', 'fault-ehlo', ('sh', PH + f' 4 plain {PLAIN} noauth'))

NM = f'node {CLIENTS}/nodemailer_client.js'
add('opened', 'nodemailer', 'ok-starttls-auth', 'ok', ('sh', NM + f' starttls {PLAIN} auth'))
add('opened', 'nodemailer', 'smtps-auth', 'ok', ('sh', NM + f' smtps {SMTPS} auth'))
add('opened', 'nodemailer', 'rcpt-reject', 'rcpt-reject', ('sh', NM + f' plain {PLAIN} noauth bob@example.net nobody@example.net'))
add('opened', 'nodemailer', 'tempfail', 'tempfail', ('sh', NM + f' plain {PLAIN} noauth'))
add('opened', 'nodemailer', 'fault-odd-codes', 'fault-odd-codes', ('sh', NM + f' plain {PLAIN} noauth bob@example.net carol@example.net'))
add('opened', 'nodemailer', 'fault-no-data-reply', 'fault-no-data-reply', ('sh', NM + f' plain {PLAIN} noauth'))

JV = 'java -cp /tmp/corpus-java:/usr/share/java/jakarta-mail.jar:/usr/share/java/jakarta-activation.jar JavaMailClient'
add('opened', 'javamail', 'ok-starttls-auth', 'ok', ('sh', JV + f' starttls {PLAIN} auth'))
add('opened', 'javamail', 'smtps-auth', 'ok', ('sh', JV + f' smtps {SMTPS} auth'))
add('opened', 'javamail', 'rcpt-reject', 'rcpt-reject', ('sh', JV + f' plain {PLAIN} noauth bob@example.net nobody@example.net'))
add('opened', 'javamail', 'policy-reject', 'policy-reject', ('sh', JV + f' plain {PLAIN} noauth'))
add('opened', 'javamail', 'fault-rset-530', 'fault-rset-530', ('sh', JV + f' plain {PLAIN} noauth'))

RB = f'ruby {CLIENTS}/ruby_client.rb'
add('opened', 'ruby-net-smtp', 'ok-starttls-auth', 'ok', ('sh', RB + f' starttls {PLAIN} auth'))
add('opened', 'ruby-net-smtp', 'smtps', 'ok', ('sh', RB + f' smtps {SMTPS} noauth'))
add('opened', 'ruby-net-smtp', 'rcpt-reject', 'rcpt-reject', ('sh', RB + f' plain {PLAIN} noauth nobody@example.net'))
add('opened', 'ruby-net-smtp', 'fault-stray-line', 'fault-stray-line', ('sh', RB + f' plain {PLAIN} noauth'))

GO = '/tmp/corpus-go/goclient'
add('dev', 'go-net-smtp', 'ok-auth-cleartext', 'ok', ('sh', GO + f' plain 127.0.0.1:{PLAIN} auth'))
add('dev', 'go-net-smtp', 'smtps-auth', 'ok', ('sh', GO + f' smtps 127.0.0.1:{SMTPS} auth'))
add('dev', 'go-net-smtp', 'rcpt-reject', 'rcpt-reject', ('sh', GO + f' plain 127.0.0.1:{PLAIN} noauth bob@example.net nobody@example.net'))
add('dev', 'go-net-smtp', 'tempfail', 'tempfail', ('sh', GO + f' plain 127.0.0.1:{PLAIN} noauth'))

SN = (f's-nail -:/ -vv -S v15-compat=yes -S hostname=client.example -S from=alice@example.com -S tls-verify=ignore -s "Corpus test 42"')
ECHO = 'echo "Hello Bob, message 42." | '
add('opened', 's-nail', 'ok-starttls-auth', 'ok', ('sh', ECHO + SN + f" -S 'mta=smtp://alice%40example.com:s3cret-Pa55@127.0.0.1:{PLAIN}' -S smtp-use-starttls -S smtp-auth=login bob@example.net"))
add('opened', 's-nail', 'smtps-auth', 'ok', ('sh', ECHO + SN + f" -S 'mta=smtps://alice%40example.com:s3cret-Pa55@127.0.0.1:{SMTPS}' -S smtp-auth=plain bob@example.net"))
add('opened', 's-nail', 'rcpt-reject', 'rcpt-reject', ('sh', ECHO + SN + f" -S 'mta=smtp://127.0.0.1:{PLAIN}' -S smtp-auth=none nobody@example.net"))
add('opened', 's-nail', 'policy-reject', 'policy-reject', ('sh', ECHO + SN + f" -S 'mta=smtp://127.0.0.1:{PLAIN}' -S smtp-auth=none bob@example.net"))
add('opened', 's-nail', 'fault-stray-line', 'fault-stray-line', ('sh', ECHO + SN + f" -S 'mta=smtp://127.0.0.1:{PLAIN}' -S smtp-auth=none bob@example.net"))

def neomutt(url, extra=''):
    return ('rm -f /tmp/corpus-neomutt.log*; echo "Hello Bob, message 42." | timeout 20 neomutt -n -F ' + f'{CLIENTS}/muttrc '
            + f"-e 'set smtp_url=\"{url}\"' {extra} -d 2 -l /tmp/corpus-neomutt.log -s 'Corpus test 42' bob@example.net >/dev/null 2>&1; cat /tmp/corpus-neomutt.log0")


add('opened', 'neomutt', 'ok-starttls-auth', 'ok', ('sh', neomutt(f'smtp://alice@example.com@127.0.0.1:{PLAIN}/', "-e 'set smtp_pass=s3cret-Pa55 ssl_starttls=yes ssl_force_tls=yes'")))
add('opened', 'neomutt', 'smtps-auth', 'ok', ('sh', neomutt(f'smtps://alice@example.com@127.0.0.1:{SMTPS}/', "-e 'set smtp_pass=s3cret-Pa55'")))
add('opened', 'neomutt', 'rcpt-reject', 'rcpt-reject', ('sh', neomutt(f'smtp://127.0.0.1:{PLAIN}/', "-e 'set ssl_starttls=no'").replace(' bob@example.net', ' nobody@example.net')))
add('opened', 'neomutt', 'tempfail', 'tempfail', ('sh', neomutt(f'smtp://127.0.0.1:{PLAIN}/', "-e 'set ssl_starttls=no'")))

# Postfix: postconf -e myhostname=client.example relayhost=[127.0.0.1]:587 debug_peer_list=127.0.0.1
#   inet_interfaces=loopback-only inet_protocols=ipv4 smtp_tls_security_level=may smtp_tls_loglevel=1
#   maillog_file=/var/log/postfix-corpus.log mydestination=localhost smtp_dns_support_level=disabled debug_peer_level=1
PF = f'{CLIENTS}/postfix_run.sh'
add('opened', 'postfix-smtp-verbose', 'ok-starttls', 'ok', ('sh', PF + ' bob@example.net'))
add('opened', 'postfix-smtp-verbose', 'rcpt-reject', 'rcpt-reject', ('sh', PF + ' bob@example.net nobody@example.net'))
add('opened', 'postfix-smtp-verbose', 'tempfail', 'tempfail', ('sh', PF + ' bob@example.net'))
add('opened', 'postfix-smtp-verbose', 'policy-reject', 'policy-reject', ('sh', PF + ' bob@example.net'))

NC = ['EHLO client.example', 'MAIL FROM:<alice@example.com>', 'RCPT TO:<bob@example.net>', 'RCPT TO:<nobody@example.net>', 'DATA',
      '#Subject: Corpus test 42', '#', '#Hello Bob, message 42.', '.', 'QUIT']
add('opened', 'netcat', 'rcpt-reject', 'rcpt-reject', ('typed', f'nc -C 127.0.0.1 {PLAIN}', NC))
add('opened', 'netcat', 'fault-no-data-reply', 'fault-no-data-reply', ('typed', f'nc -C 127.0.0.1 {PLAIN}', NC[:3] + NC[4:]))
add('opened', 'netcat', 'tempfail', 'tempfail', ('typed', f'nc 127.0.0.1 {PLAIN}', ['HELO client.example', 'MAIL FROM:<alice@example.com>', 'RCPT TO:<bob@example.net>', 'QUIT']))


# ---------------- MTAs whose own output is the transcript
# ('server', command, seconds to start, client run): the client talks to the MTA through recordingProxy.py.
# ('selftyped', command, lines): an MTA's test mode on a terminal (exim -bh); the session record is built
# from the typed lines and the reply lines it printed.
SMTPLIB_VIA_PROXY = f'python3 {CLIENTS}/smtplib_client.py --level 0 --mode plain --port {PLAIN}'
NODE_SRV = f'node {CLIENTS}/smtpServerNpm.js'
add('opened', 'smtp-server-npm', 'ok-auth', 'real-mta', ('server', NODE_SRV, 1.0, ('sh', SMTPLIB_VIA_PROXY + ' --auth')))
add('opened', 'smtp-server-npm', 'rcpt-reject', 'real-mta', ('server', NODE_SRV, 1.0, ('sh', SMTPLIB_VIA_PROXY + ' --rcpt bob@example.net --rcpt nobody@example.net')))
add('opened', 'smtp-server-npm', 'tempfail-typed', 'real-mta', ('server', NODE_SRV, 1.0, ('typed', f'nc -C 127.0.0.1 {PLAIN}',
    ['EHLO client.example', 'MAIL FROM:<alice@example.com>', 'RCPT TO:<grey@example.net>', 'RCPT TO:<bob@example.net>', 'DATA', '#Subject: 42', '#', '#hi', '.', 'QUIT'])))
add('opened', 'smtp-server-npm', 'data-refused-typed', 'real-mta', ('server', NODE_SRV, 1.0, ('typed', f'nc -C 127.0.0.1 {PLAIN}',
    ['EHLO client.example', 'MAIL FROM:<alice@example.com>', 'RCPT TO:<nobody@example.net>', 'DATA', '#Subject: 42', '#', '#hi', '.', 'QUIT'])))
add('opened', 'smtp-server-npm', 'client-faults-typed', 'real-mta', ('server', NODE_SRV, 1.0, ('typed', f'nc -C 127.0.0.1 {PLAIN}',
    ['EHLO', 'HELO client.example', 'RCPT TO:<bob@example.net>', 'MAIL FROM: alice@example.com', 'AUTH PLAIN AGFsaWNlQGV4YW1wbGUuY29tAHdyb25n', 'exit', 'QUIT'])))
HARAKA = '/tmp/corpus-node/node_modules/.bin/haraka -c /tmp/haraka/cfg'
add('opened', 'haraka', 'ok', 'real-mta', ('server', HARAKA, 3.0, ('sh', SMTPLIB_VIA_PROXY)))
add('opened', 'haraka', 'rcpt-reject', 'real-mta', ('server', HARAKA, 3.0, ('sh', SMTPLIB_VIA_PROXY + ' --rcpt bob@example.net --rcpt nobody@example.org')))
add('opened', 'haraka', 'client-faults-typed', 'real-mta', ('server', HARAKA, 3.0, ('typed', f'nc -C 127.0.0.1 {PLAIN}',
    ['EHLO client.example', 'RCPT TO:<bob@example.net>', 'MAIL FROM:<alice@example.com>', 'MAIL FROM:<alice@example.com>', 'exit', 'QUIT'])))

SMTPD = 'smtpd -d -v -T smtp -f /tmp/opensmtpd/smtpd.conf'
add('opened', 'opensmtpd', 'ok', 'real-mta', ('server', SMTPD, 1.5, ('sh', SMTPLIB_VIA_PROXY)))
add('opened', 'opensmtpd', 'rcpt-reject', 'real-mta', ('server', SMTPD, 1.5, ('sh', SMTPLIB_VIA_PROXY + ' --rcpt bob@example.net --rcpt nobody@example.org')))
add('opened', 'opensmtpd', 'client-faults-typed', 'real-mta', ('server', SMTPD, 1.5, ('typed', f'nc -C 127.0.0.1 {PLAIN}',
    ['HELO client.example', 'RCPT TO:<bob@example.net>', 'MAIL FROM: alice@example.com', 'MAIL FROM:<alice@example.com>', 'RCPT TO:<bob@example.net>',
     'DATA', '#Subject: 42', '#', '#hi', '.', 'QUIT'])))

EXIM = 'exim4 -bh 192.0.2.10'
add('dev', 'exim-bh', 'ok', 'real-mta', ('selftyped', EXIM, ['EHLO client.example', 'MAIL FROM:<alice@example.com>', 'RCPT TO:<root@localhost>', 'DATA',
    '#Subject: Corpus test 42', '#', '#Hello, message 42.', '.', 'QUIT']))
add('dev', 'exim-bh', 'rcpt-reject', 'real-mta', ('selftyped', EXIM, ['EHLO client.example', 'MAIL FROM:<alice@example.com>', 'RCPT TO:<nobody@localhost>',
    'RCPT TO:<bob@example.net>', 'DATA', 'QUIT']))
add('dev', 'exim-bh', 'client-faults', 'real-mta', ('selftyped', EXIM, ['EHLO', 'HELO client.example', 'RCPT TO:<root@localhost>', 'MAIL FROM: alice@example.com',
    'AUTH PLAIN AGFsaWNlQGV4YW1wbGUuY29tAHMzY3JldC1QYTU1', 'exit', 'QUIT']))


# ---------------- dev, second round (issue 19: producers in neither first corpus)
SE = ('timeout 30 sendemail -vv -s 127.0.0.1:{port} -o tls=no -o fqdn=client.example -f alice@example.com -u "Corpus test 42" '
      '-m "Hello Bob, message 42."')
add('dev', 'sendemail', 'ok-auth-cleartext', 'ok', ('sh', SE.format(port=PLAIN) + ' -t bob@example.net -xu alice@example.com -xp s3cret-Pa55'))
add('dev', 'sendemail', 'rcpt-reject', 'rcpt-reject', ('sh', SE.format(port=PLAIN) + ' -t bob@example.net nobody@example.net'))
add('dev', 'sendemail', 'tempfail', 'tempfail', ('sh', SE.format(port=PLAIN) + ' -t bob@example.net'))
add('dev', 'sendemail', 'auth-fail', 'auth-fail', ('sh', SE.format(port=PLAIN) + ' -t bob@example.net -xu alice@example.com -xp wrong'))
add('dev', 'sendemail', 'policy-reject', 'policy-reject', ('sh', SE.format(port=PLAIN) + ' -t bob@example.net'))

SS = f'SSMTP=${{SSMTP:-/tmp/xdeb/root/usr/sbin/ssmtp}} bash {CLIENTS}/ssmtp_run.sh'
add('dev', 'ssmtp', 'ok-starttls-auth', 'ok', ('sh', SS + f' starttls {PLAIN} alice@example.com:s3cret-Pa55 bob@example.net'))
add('dev', 'ssmtp', 'smtps-auth', 'ok', ('sh', SS + f' smtps {SMTPS} alice@example.com:s3cret-Pa55 bob@example.net'))
add('dev', 'ssmtp', 'rcpt-reject', 'rcpt-reject', ('sh', SS + f' plain {PLAIN} none nobody@example.net'))
add('dev', 'ssmtp', 'auth-fail-cleartext', 'auth-fail', ('sh', SS + f' plain {PLAIN} alice@example.com:wrong bob@example.net'))
add('dev', 'ssmtp', 'fault-rset-530', 'fault-rset-530', ('sh', SS + f' plain {PLAIN} none bob@example.net'))


def mailutils(url, rcpt='bob@example.net'):
    return (f"echo 'Hello Bob, message 42.' | timeout 30 mail --debug-level=mailer.prot -E 'set sendmail=\"{url}\"' "
            f"-r alice@example.com -s 'Corpus test 42' {rcpt}")


add('dev', 'mailutils-mail', 'ok-starttls-auth', 'ok', ('sh', mailutils(f'smtp://alice%40example.com:s3cret-Pa55@127.0.0.1:{PLAIN}')))
add('dev', 'mailutils-mail', 'rcpt-reject', 'rcpt-reject', ('sh', mailutils(f'smtp://127.0.0.1:{PLAIN}', 'bob@example.net nobody@example.net')))
add('dev', 'mailutils-mail', 'tempfail', 'tempfail', ('sh', mailutils(f'smtp://127.0.0.1:{PLAIN}')))
add('dev', 'mailutils-mail', 'fault-ehlo', 'fault-ehlo', ('sh', mailutils(f'smtp://127.0.0.1:{PLAIN}')))
add('dev', 'mailutils-mail', 'policy-reject', 'policy-reject', ('sh', mailutils(f'smtp://127.0.0.1:{PLAIN}')))

MSP = f'perl {CLIENTS}/mail_sendmail_client.pl {PLAIN}'
add('dev', 'perl-mail-sendmail', 'ok', 'ok', ('sh', MSP))
add('dev', 'perl-mail-sendmail', 'auth-cleartext', 'ok', ('sh', MSP + ' --auth alice@example.com:s3cret-Pa55'))
add('dev', 'perl-mail-sendmail', 'rcpt-reject', 'rcpt-reject', ('sh', MSP + ' bob@example.net nobody@example.net'))
add('dev', 'perl-mail-sendmail', 'policy-reject', 'policy-reject', ('sh', MSP))
add('dev', 'perl-mail-sendmail', 'fault-stray-line', 'fault-stray-line', ('sh', MSP))

PNS = f'php {CLIENTS}/pear_net_smtp_client.php'
add('dev', 'pear-net-smtp', 'ok-starttls-auth', 'ok', ('sh', PNS + f' starttls {PLAIN} auth'))
add('dev', 'pear-net-smtp', 'smtps-auth', 'ok', ('sh', PNS + f' smtps {SMTPS} auth'))
add('dev', 'pear-net-smtp', 'rcpt-reject', 'rcpt-reject', ('sh', PNS + f' plain {PLAIN} noauth bob@example.net nobody@example.net'))
add('dev', 'pear-net-smtp', 'auth-fail', 'auth-fail', ('sh', PNS + f' starttls {PLAIN} badauth'))
add('dev', 'pear-net-smtp', 'fault-odd-codes', 'fault-odd-codes', ('sh', PNS + f' plain {PLAIN} noauth bob@example.net carol@example.net'))

TCL = f'tclsh {CLIENTS}/tcllib_smtp_client.tcl {PLAIN}'
add('dev', 'tcllib-smtp', 'ok-auth-cleartext', 'ok', ('sh', TCL + ' alice@example.com:s3cret-Pa55 bob@example.net'))
add('dev', 'tcllib-smtp', 'rcpt-reject', 'rcpt-reject', ('sh', TCL + ' none bob@example.net nobody@example.net'))
add('dev', 'tcllib-smtp', 'tempfail', 'tempfail', ('sh', TCL + ' none bob@example.net'))
add('dev', 'tcllib-smtp', 'shutdown', 'shutdown', ('sh', TCL + ' none bob@example.net'))
add('dev', 'tcllib-smtp', 'fault-stray-line', 'fault-stray-line', ('sh', TCL + ' none bob@example.net'))

# Java: mkdir /tmp/corpus-java-cn && javac -cp /usr/share/java/commons-net.jar -d /tmp/corpus-java-cn clients/CommonsNetClient.java
CN = 'timeout 15 java -cp /tmp/corpus-java-cn:/usr/share/java/commons-net.jar CommonsNetClient'
add('dev', 'commons-net', 'ok-starttls-auth', 'ok', ('sh', CN + f' starttls {PLAIN} auth'))
add('dev', 'commons-net', 'smtps-auth', 'ok', ('sh', CN + f' smtps {SMTPS} auth'))
add('dev', 'commons-net', 'rcpt-reject', 'rcpt-reject', ('sh', CN + f' plain {PLAIN} noauth bob@example.net nobody@example.net'))
add('dev', 'commons-net', 'auth-fail-cleartext', 'auth-fail', ('sh', CN + f' plain {PLAIN} auth'))
add('dev', 'commons-net', 'tempfail', 'tempfail', ('sh', CN + f' plain {PLAIN} noauth'))

AIOSMTPD = f'/usr/bin/python3 -u {CLIENTS}/aiosmtpdServer.py'
add('dev', 'aiosmtpd', 'ok-auth', 'real-mta', ('server', AIOSMTPD, 1.5, ('sh', SMTPLIB_VIA_PROXY + ' --auth')))
add('dev', 'aiosmtpd', 'rcpt-reject', 'real-mta', ('server', AIOSMTPD, 1.5, ('sh', SMTPLIB_VIA_PROXY + ' --rcpt bob@example.net --rcpt nobody@example.net')))
add('dev', 'aiosmtpd', 'client-faults-typed', 'real-mta', ('server', AIOSMTPD, 1.5, ('typed', f'nc -C 127.0.0.1 {PLAIN}',
    ['EHLO', 'RCPT TO:<bob@example.net>', 'MAIL FROM: alice@example.com', 'MAIL FROM:<alice@example.com>', 'RCPT TO:<grey@example.net>', 'exit', 'QUIT'])))


# ---------------- holdout, second round (2026-12-06): producers in no earlier group
# Exim 4 as a client (its own config and spool under /tmp, see clients/exim_client_run.sh).
EXC = f'timeout 30 bash {CLIENTS}/exim_client_run.sh'
add('holdout', 'exim-client', 'ok-starttls-auth', 'ok', ('sh', EXC + f' starttls {PLAIN} alice@example.com:s3cret-Pa55 bob@example.net'))
add('holdout', 'exim-client', 'smtps', 'ok', ('sh', EXC + f' smtps {SMTPS} none bob@example.net'))
add('holdout', 'exim-client', 'rcpt-reject', 'rcpt-reject', ('sh', EXC + f' plain {PLAIN} none bob@example.net nobody@example.net'))
add('holdout', 'exim-client', 'tempfail', 'tempfail', ('sh', EXC + f' plain {PLAIN} none bob@example.net'))
add('holdout', 'exim-client', 'fault-ehlo', 'fault-ehlo', ('sh', EXC + f' plain {PLAIN} none bob@example.net'))
add('holdout', 'exim-client', 'fault-odd-codes', 'fault-odd-codes', ('sh', EXC + f' plain {PLAIN} none bob@example.net carol@example.net'))

# emailjs (npm) with SMTPConnection.debug(1): mkdir /tmp/corpus-node2 && cd /tmp/corpus-node2 && npm init -y && npm install emailjs@4.0.3
EJ = f'timeout 30 node {CLIENTS}/emailjs_client.mjs'
add('holdout', 'emailjs', 'ok-starttls-auth', 'ok', ('sh', EJ + f' starttls {PLAIN} auth'))
add('holdout', 'emailjs', 'smtps-auth', 'ok', ('sh', EJ + f' smtps {SMTPS} auth'))
add('holdout', 'emailjs', 'rcpt-reject', 'rcpt-reject', ('sh', EJ + f' plain {PLAIN} noauth bob@example.net nobody@example.net'))
add('holdout', 'emailjs', 'auth-fail-cleartext', 'auth-fail', ('sh', EJ + f' plain {PLAIN} auth'))
add('holdout', 'emailjs', 'policy-reject', 'policy-reject', ('sh', EJ + f' plain {PLAIN} noauth'))
add('holdout', 'emailjs', 'fault-stray-line', 'fault-stray-line', ('sh', EJ + f' plain {PLAIN} noauth'))

SYM = f'timeout 30 php {CLIENTS}/symfony_mailer_client.php'
add('holdout', 'symfony-mailer', 'ok-starttls-auth', 'ok', ('sh', SYM + f' starttls {PLAIN} auth'))
add('holdout', 'symfony-mailer', 'smtps-auth', 'ok', ('sh', SYM + f' smtps {SMTPS} auth'))
add('holdout', 'symfony-mailer', 'rcpt-reject', 'rcpt-reject', ('sh', SYM + f' plain {PLAIN} noauth bob@example.net nobody@example.net'))
add('holdout', 'symfony-mailer', 'shutdown', 'shutdown', ('sh', SYM + f' plain {PLAIN} noauth'))
add('holdout', 'symfony-mailer', 'fault-odd-codes', 'fault-odd-codes', ('sh', SYM + f' plain {PLAIN} noauth'))
add('holdout', 'symfony-mailer', 'fault-no-data-reply', 'fault-no-data-reply', ('sh', SYM + f' plain {PLAIN} noauth'))

NS = f'timeout 30 perl {CLIENTS}/net_smtps_client.pl'
add('holdout', 'perl-net-smtps', 'ok-starttls-auth', 'ok', ('sh', NS + f' starttls {PLAIN} auth'))
add('holdout', 'perl-net-smtps', 'smtps-auth', 'ok', ('sh', NS + f' smtps {SMTPS} auth'))
add('holdout', 'perl-net-smtps', 'rcpt-reject', 'rcpt-reject', ('sh', NS + f' plain {PLAIN} noauth bob@example.net nobody@example.net'))
add('holdout', 'perl-net-smtps', 'auth-fail', 'auth-fail', ('sh', NS + f' starttls {PLAIN} badauth'))
add('holdout', 'perl-net-smtps', 'fault-ehlo', 'fault-ehlo', ('sh', NS + f' plain {PLAIN} noauth'))

GSE = f'timeout 30 bash {CLIENTS}/git_send_email_run.sh'
add('holdout', 'git-send-email', 'ok-starttls-auth', 'ok', ('sh', GSE + f' starttls {PLAIN} alice@example.com:s3cret-Pa55 bob@example.net'))
add('holdout', 'git-send-email', 'smtps-auth', 'ok', ('sh', GSE + f' smtps {SMTPS} alice@example.com:s3cret-Pa55 bob@example.net'))
add('holdout', 'git-send-email', 'rcpt-reject', 'rcpt-reject', ('sh', GSE + f' plain {PLAIN} none bob@example.net nobody@example.net'))
add('holdout', 'git-send-email', 'tempfail', 'tempfail', ('sh', GSE + f' plain {PLAIN} none bob@example.net'))
add('holdout', 'git-send-email', 'fault-odd-codes', 'fault-odd-codes', ('sh', GSE + f' plain {PLAIN} none bob@example.net carol@example.net'))

# GnuTLS's gnutls-cli as a person types into it (it does EHLO and STARTTLS itself with --starttls-proto).
GT = f'gnutls-cli --insecure --crlf -p {SMTPS} 127.0.0.1'
GTS = f'gnutls-cli --insecure --crlf --starttls-proto=smtp -p {PLAIN} 127.0.0.1'
add('holdout', 'gnutls-cli', 'smtps-ok', 'ok', ('typed', GT, T_BASIC))
add('holdout', 'gnutls-cli', 'starttls-auth-login', 'ok', ('typed', GTS, ['EHLO client.example', 'AUTH LOGIN', '#YWxpY2VAZXhhbXBsZS5jb20=', '#czNjcmV0LVBhNTU='] + T_BASIC[1:]))
add('holdout', 'gnutls-cli', 'smtps-client-faults', 'rcpt-reject', ('typed', GT,
    ['HELO', 'EHLO client.example', 'MAIL FROM:<alice@example.com>', 'MAIL FROM:<alice@example.com>', 'RCPT TO: nobody@example.net', 'DATA', '#Subject: 42', 'QUIT']))
add('holdout', 'gnutls-cli', 'fault-stray-line', 'fault-stray-line', ('typed', GTS, ['EHLO client.example'] + T_BASIC[1:]))

# socat with -v (it logs both directions on stderr) and without, typed on a terminal.
SO = f'socat -v - TCP:127.0.0.1:{PLAIN},crlf'
add('holdout', 'socat', 'ok-verbose', 'ok', ('typed', SO, T_BASIC))
add('holdout', 'socat', 'rcpt-reject-verbose', 'rcpt-reject', ('typed', SO,
    ['EHLO client.example', 'MAIL FROM:<alice@example.com>', 'RCPT TO:<nobody@example.net>', 'DATA', 'Subject: 42', 'RSET', 'QUIT']))
add('holdout', 'socat', 'client-faults', 'no-starttls', ('typed', f'socat - TCP:127.0.0.1:{PLAIN},crlf',
    ['EHLO client.example', 'AUTH PLAIN AGFsaWNlQGV4YW1wbGUuY29tAHMzY3JldC1QYTU1', 'MAIL FROM:alice@example.com', 'RCPT TO:<bob@example.net>', 'QUIT', 'NOOP']))
add('holdout', 'socat', 'fault-odd-codes-verbose', 'fault-odd-codes', ('typed', SO,
    ['EHLO client.example', 'MAIL FROM:<alice@example.com>', 'RCPT TO:<bob@example.net>', 'RCPT TO:<carol@example.net>', 'QUIT']))

# Postfix's test programs, unpacked where they conflict with the installed MTA:
#   mkdir -p /tmp/xdeb-postfix && cd /tmp/xdeb-postfix && apt-get download postfix && dpkg -x postfix_*.deb root
PFX = 'env LD_LIBRARY_PATH=/tmp/xdeb-postfix/root/usr/lib/postfix PATH=/tmp/xdeb-postfix/root/usr/sbin:/usr/bin:/bin'
SRC = f'timeout 30 {PFX} smtp-source -v -c -m 1 -M client.example -f alice@example.com'
add('holdout', 'postfix-smtp-source', 'ok', 'ok', ('sh', SRC + f' -t bob@example.net 127.0.0.1:{PLAIN}'))
add('holdout', 'postfix-smtp-source', 'rcpt-reject', 'rcpt-reject', ('sh', SRC + f' -t nobody@example.net 127.0.0.1:{PLAIN}'))
add('holdout', 'postfix-smtp-source', 'tempfail', 'tempfail', ('sh', SRC + f' -t bob@example.net 127.0.0.1:{PLAIN}'))
add('holdout', 'postfix-smtp-source', 'policy-reject', 'policy-reject', ('sh', SRC + f' -t bob@example.net 127.0.0.1:{PLAIN}'))
add('holdout', 'postfix-smtp-source', 'fault-odd-codes', 'fault-odd-codes', ('sh', SRC + f' -t bob@example.net 127.0.0.1:{PLAIN}'))
add('holdout', 'postfix-smtp-source', 'fault-no-data-reply', 'fault-no-data-reply', ('sh', SRC + f' -t bob@example.net 127.0.0.1:{PLAIN}'))

# Server side: smtp-sink -v (hard-rejecting RCPT with -f, soft with -r) and Python 3.11's smtpd DebuggingServer -d.
SINK = f'{PFX} smtp-sink -v -u nobody -h mx.test.example'
add('holdout', 'postfix-smtp-sink', 'ok', 'real-mta', ('server', SINK + ' 127.0.0.1:2587 10', 1.0, ('sh', SMTPLIB_VIA_PROXY)))
add('holdout', 'postfix-smtp-sink', 'rcpt-reject', 'real-mta', ('server', SINK + ' -f RCPT 127.0.0.1:2587 10', 1.0, ('sh', SMTPLIB_VIA_PROXY)))
add('holdout', 'postfix-smtp-sink', 'client-faults-typed', 'real-mta', ('server', SINK + ' -r DATA 127.0.0.1:2587 10', 1.0, ('typed', f'nc -C 127.0.0.1 {PLAIN}',
    ['EHLO', 'RCPT TO:<bob@example.net>', 'MAIL FROM: alice@example.com', 'RCPT TO:<bob@example.net>', 'DATA', 'exit', 'QUIT'])))
PYSMTPD = 'python3 -u -W ignore -m smtpd -n -d -c DebuggingServer 127.0.0.1:2587'
add('holdout', 'python-smtpd', 'ok', 'real-mta', ('server', PYSMTPD, 1.0, ('sh', SMTPLIB_VIA_PROXY)))
add('holdout', 'python-smtpd', 'client-faults-typed', 'real-mta', ('server', PYSMTPD, 1.0, ('typed', f'nc -C 127.0.0.1 {PLAIN}',
    ['EHLO', 'HELO client.example', 'RCPT TO:<bob@example.net>', 'MAIL FROM:<alice@example.com>', 'MAIL FROM:<alice@example.com>', 'VRFY bob', 'exit', 'QUIT'])))


# ---------------- dev, fourth round (2026-12-06): producers in no earlier group
# Twisted's ESMTP sender with Twisted's log on stdout (python3-twisted; Debian's python, not pyenv's).
TW = f'timeout 30 /usr/bin/python3 {CLIENTS}/twisted_mail_client.py'
add('dev', 'twisted-mail', 'ok-starttls-auth', 'ok', ('sh', TW + f' starttls {PLAIN} auth'))
add('dev', 'twisted-mail', 'smtps-auth', 'ok', ('sh', TW + f' smtps {SMTPS} auth'))
add('dev', 'twisted-mail', 'rcpt-reject', 'rcpt-reject', ('sh', TW + f' plain {PLAIN} noauth bob@example.net nobody@example.net'))
add('dev', 'twisted-mail', 'tempfail', 'tempfail', ('sh', TW + f' plain {PLAIN} noauth'))
add('dev', 'twisted-mail', 'fault-odd-codes', 'fault-odd-codes', ('sh', TW + f' plain {PLAIN} noauth bob@example.net carol@example.net'))

# aiosmtplib 2.0 (python3-aiosmtplib): the reply objects and exceptions a script prints.
AIO = f'timeout 30 /usr/bin/python3 {CLIENTS}/aiosmtplib_client.py'
add('dev', 'aiosmtplib', 'ok-starttls-auth', 'ok', ('sh', AIO + f' starttls {PLAIN} auth'))
add('dev', 'aiosmtplib', 'rcpt-reject', 'rcpt-reject', ('sh', AIO + f' plain {PLAIN} noauth bob@example.net nobody@example.net'))
add('dev', 'aiosmtplib', 'auth-fail-cleartext', 'auth-fail', ('sh', AIO + f' plain {PLAIN} badauth'))
add('dev', 'aiosmtplib', 'shutdown', 'shutdown', ('sh', AIO + f' plain {PLAIN} noauth'))
add('dev', 'aiosmtplib', 'fault-ehlo', 'fault-ehlo', ('sh', AIO + f' plain {PLAIN} noauth'))

# esmtp (libESMTP) -v, then its -X protocol trace (clients/esmtp_run.sh).
ES = f'timeout 30 bash {CLIENTS}/esmtp_run.sh'
add('dev', 'esmtp', 'ok-auth-cleartext', 'ok', ('sh', ES + f' plain {PLAIN} alice@example.com:s3cret-Pa55 bob@example.net'))
add('dev', 'esmtp', 'rcpt-reject', 'rcpt-reject', ('sh', ES + f' plain {PLAIN} none bob@example.net nobody@example.net'))
add('dev', 'esmtp', 'auth-fail-cleartext', 'auth-fail', ('sh', ES + f' plain {PLAIN} alice@example.com:wrong bob@example.net'))
add('dev', 'esmtp', 'policy-reject', 'policy-reject', ('sh', ES + f' plain {PLAIN} none bob@example.net'))
add('dev', 'esmtp', 'fault-no-data-reply', 'fault-no-data-reply', ('sh', ES + f' plain {PLAIN} none bob@example.net'))


def mutt(url, extra=''):
    # Mutt 2.2 writes its -d log to $HOME/.muttdebug0: a HOME of its own.
    return ('rm -rf /tmp/corpus-mutt-home && mkdir -p /tmp/corpus-mutt-home && echo "Hello Bob, message 42." | HOME=/tmp/corpus-mutt-home timeout 20 mutt -n -F '
            + f"{CLIENTS}/muttrc -e 'set smtp_url=\"{url}\"' {extra} -d 2 -s 'Corpus test 42' bob@example.net >/dev/null 2>&1; cat /tmp/corpus-mutt-home/.muttdebug0")


add('dev', 'mutt', 'ok-starttls-auth', 'ok', ('sh', mutt(f'smtp://alice@example.com@127.0.0.1:{PLAIN}/', "-e 'set smtp_pass=s3cret-Pa55' -e 'set ssl_starttls=yes' -e 'set ssl_force_tls=yes'")))
add('dev', 'mutt', 'smtps-auth', 'ok', ('sh', mutt(f'smtps://alice@example.com@127.0.0.1:{SMTPS}/', "-e 'set smtp_pass=s3cret-Pa55'")))
add('dev', 'mutt', 'rcpt-reject', 'rcpt-reject', ('sh', mutt(f'smtp://127.0.0.1:{PLAIN}/', "-e 'set ssl_starttls=no'").replace(' bob@example.net', ' nobody@example.net')))
add('dev', 'mutt', 'policy-reject', 'policy-reject', ('sh', mutt(f'smtp://127.0.0.1:{PLAIN}/', "-e 'set ssl_starttls=no'")))
add('dev', 'mutt', 'fault-stray-line', 'fault-stray-line', ('sh', mutt(f'smtp://127.0.0.1:{PLAIN}/', "-e 'set ssl_starttls=no'")))

# Perl Email::Sender 2.600 (libemail-sender-perl), SMTP transport with debug => 1 (Net::SMTP's Debug underneath).
EMS = f'timeout 30 perl {CLIENTS}/email_sender_client.pl'
add('dev', 'perl-email-sender', 'ok-starttls-auth', 'ok', ('sh', EMS + f' starttls {PLAIN} auth'))
add('dev', 'perl-email-sender', 'smtps-auth', 'ok', ('sh', EMS + f' smtps {SMTPS} auth'))
add('dev', 'perl-email-sender', 'rcpt-reject', 'rcpt-reject', ('sh', EMS + f' plain {PLAIN} noauth bob@example.net nobody@example.net'))
add('dev', 'perl-email-sender', 'tempfail', 'tempfail', ('sh', EMS + f' plain {PLAIN} noauth'))
add('dev', 'perl-email-sender', 'fault-rset-530', 'fault-rset-530', ('sh', EMS + f' plain {PLAIN} noauth'))

# nullmailer's smtp module, unpacked: mkdir -p /tmp/xdeb-nullmailer && cd /tmp/xdeb-nullmailer && apt-get download nullmailer && dpkg -x nullmailer_*.deb root
NUL = f'timeout 30 bash {CLIENTS}/nullmailer_smtp_run.sh'
add('dev', 'nullmailer-smtp', 'ok-starttls-auth', 'ok', ('sh', NUL + f' starttls {PLAIN} alice@example.com:s3cret-Pa55 bob@example.net'))
add('dev', 'nullmailer-smtp', 'smtps-auth', 'ok', ('sh', NUL + f' smtps {SMTPS} alice@example.com:s3cret-Pa55 bob@example.net'))
add('dev', 'nullmailer-smtp', 'rcpt-reject', 'rcpt-reject', ('sh', NUL + f' plain {PLAIN} none bob@example.net nobody@example.net'))
add('dev', 'nullmailer-smtp', 'tempfail', 'tempfail', ('sh', NUL + f' plain {PLAIN} none bob@example.net'))
add('dev', 'nullmailer-smtp', 'fault-odd-codes', 'fault-odd-codes', ('sh', NUL + f' plain {PLAIN} none bob@example.net carol@example.net'))

# Server side, behind recordingProxy.py: Exim 4 as the server with -d+receive (clients/exim_server_run.sh; not
# exim-client nor exim -bh), and emersion/go-smtp's server Debug writer:
#   mkdir -p /tmp/corpus-go-smtp && cp clients/GoSmtpServer.go /tmp/corpus-go-smtp/main.go && cd /tmp/corpus-go-smtp &&
#   GO111MODULE=off GOPATH=/usr/share/gocode go build -o gosmtpserver .
EXS = f'bash {CLIENTS}/exim_server_run.sh'
add('dev', 'exim-server-debug', 'ok', 'real-mta', ('server', EXS, 1.5, ('sh', SMTPLIB_VIA_PROXY)))
add('dev', 'exim-server-debug', 'rcpt-reject', 'real-mta', ('server', EXS, 1.5, ('sh', SMTPLIB_VIA_PROXY + ' --rcpt bob@example.net --rcpt nobody@example.net --rcpt carol@example.org')))
add('dev', 'exim-server-debug', 'client-faults-typed', 'real-mta', ('server', EXS, 1.5, ('typed', f'nc -C 127.0.0.1 {PLAIN}',
    ['EHLO', 'HELO client.example', 'RCPT TO:<bob@example.net>', 'MAIL FROM: alice@example.com', 'MAIL FROM:<alice@example.com>', 'RCPT TO:<grey@example.net>', 'exit', 'QUIT'])))
GOSRV = '/tmp/corpus-go-smtp/gosmtpserver'
add('dev', 'go-smtp-server', 'ok-auth', 'real-mta', ('server', GOSRV, 1.0, ('sh', SMTPLIB_VIA_PROXY + ' --auth')))
add('dev', 'go-smtp-server', 'rcpt-reject', 'real-mta', ('server', GOSRV, 1.0, ('sh', SMTPLIB_VIA_PROXY + ' --rcpt bob@example.net --rcpt nobody@example.net')))
add('dev', 'go-smtp-server', 'client-faults-typed', 'real-mta', ('server', GOSRV, 1.0, ('typed', f'nc -C 127.0.0.1 {PLAIN}',
    ['EHLO', 'EHLO client.example', 'RCPT TO:<bob@example.net>', 'MAIL FROM: alice@example.com', 'MAIL FROM:<alice@example.com>',
     'RCPT TO:<grey@example.net>', 'RCPT TO:<bob@example.net>', 'DATA', '#Subject: spam 42', '#', '#hi', '.', 'exit', 'QUIT'])))

# Nmap's ncat as a person types into it: -C for CRLF, -v for its own status lines.
NCAT = f'ncat -v -C 127.0.0.1 {PLAIN}'
add('dev', 'ncat', 'ok-verbose', 'ok', ('typed', NCAT, T_BASIC))
add('dev', 'ncat', 'rcpt-reject', 'rcpt-reject', ('typed', f'ncat -C 127.0.0.1 {PLAIN}', NC))
add('dev', 'ncat', 'client-faults-verbose', 'no-starttls', ('typed', NCAT,
    ['HELO', 'EHLO client.example', 'AUTH PLAIN AGFsaWNlQGV4YW1wbGUuY29tAHMzY3JldC1QYTU1', 'MAIL FROM:<alice@example.com>', 'RCPT TO: bob@example.net', 'QUIT', 'NOOP']))


# ---------------- dev2 (issue 19, a written-against round of printed transcripts): producers in no earlier group,
# transcripts/dev2/. Capture with `capture.py <producer>/` filters (every name below is unique to dev2).
# fetchmail -v: fetches clients/message.eml from clients/pop3Source.py and forwards it to the scripted server.
FM = f'timeout 40 bash {CLIENTS}/fetchmail_run.sh {PLAIN}'
add('dev2', 'fetchmail', 'ok', 'ok', ('sh', FM + ' bob@example.net'))
add('dev2', 'fetchmail', 'rcpt-reject', 'rcpt-reject', ('sh', FM + ' nobody@example.net'))
add('dev2', 'fetchmail', 'tempfail', 'tempfail', ('sh', FM + ' bob@example.net'))
add('dev2', 'fetchmail', 'policy-reject', 'policy-reject', ('sh', FM + ' bob@example.net'))
add('dev2', 'fetchmail', 'shutdown', 'shutdown', ('sh', FM + ' bob@example.net'))
add('dev2', 'fetchmail', 'fault-ehlo', 'fault-ehlo', ('sh', FM + ' bob@example.net'))
add('dev2', 'fetchmail', 'fault-stray-line', 'fault-stray-line', ('sh', FM + ' bob@example.net'))
add('dev2', 'fetchmail', 'fault-no-data-reply', 'fault-no-data-reply', ('sh', FM + ' bob@example.net'))

# OpenSMTPD's smtp(1) client -vv, from the unpacked .deb (it conflicts with the installed MTA):
#   mkdir -p /tmp/xdeb-opensmtpd && cd /tmp/xdeb-opensmtpd && apt-get download opensmtpd && dpkg -x opensmtpd_*.deb root
OSC = f'timeout 30 /tmp/xdeb-opensmtpd/root/usr/bin/smtp -C -H client.example -F alice@example.com'
OSA = 'alice@example.com:s3cret-Pa55@'
add('dev2', 'opensmtpd-smtp-client', 'ok-starttls-auth', 'ok', ('sh', OSC + f' -vv -s smtp+tls://{OSA}127.0.0.1:{PLAIN} bob@example.net < {MAIL}'))
add('dev2', 'opensmtpd-smtp-client', 'smtps-auth', 'ok', ('sh', OSC + f' -vv -s smtps://{OSA}127.0.0.1:{SMTPS} bob@example.net < {MAIL}'))
add('dev2', 'opensmtpd-smtp-client', 'rcpt-reject', 'rcpt-reject', ('sh', OSC + f' -vv -s smtp+notls://127.0.0.1:{PLAIN} bob@example.net nobody@example.net < {MAIL}'))
add('dev2', 'opensmtpd-smtp-client', 'auth-fail', 'auth-fail', ('sh', OSC + f' -vv -s smtp+tls://alice@example.com:wrong@127.0.0.1:{PLAIN} bob@example.net < {MAIL}'))
add('dev2', 'opensmtpd-smtp-client', 'fault-odd-codes', 'fault-odd-codes', ('sh', OSC + f' -vv -s smtp+notls://127.0.0.1:{PLAIN} bob@example.net carol@example.net < {MAIL}'))
add('dev2', 'opensmtpd-smtp-client', 'fault-rset-530-verbose1', 'fault-rset-530', ('sh', OSC + f' -v -s smtp+notls://127.0.0.1:{PLAIN} bob@example.net < {MAIL}'))

# nmh's post -snoop (Debian nmh), the dialogue `send -snoop` shows.
NMH = f'timeout 30 bash {CLIENTS}/nmh_post_run.sh'
add('dev2', 'nmh-post', 'ok-starttls-auth', 'ok', ('sh', NMH + f' {PLAIN} tls alice@example.com:s3cret-Pa55 bob@example.net'))
add('dev2', 'nmh-post', 'smtps-auth', 'ok', ('sh', NMH + f' {SMTPS} initialtls alice@example.com:s3cret-Pa55 bob@example.net'))
add('dev2', 'nmh-post', 'rcpt-reject', 'rcpt-reject', ('sh', NMH + f' {PLAIN} plain none bob@example.net nobody@example.net'))
add('dev2', 'nmh-post', 'auth-fail-cleartext', 'auth-fail', ('sh', NMH + f' {PLAIN} plain alice@example.com:wrong bob@example.net'))
add('dev2', 'nmh-post', 'tempfail', 'tempfail', ('sh', NMH + f' {PLAIN} plain none bob@example.net'))
add('dev2', 'nmh-post', 'fault-no-data-reply', 'fault-no-data-reply', ('sh', NMH + f' {PLAIN} plain none bob@example.net'))

# Postfix's posttls-finger (unpacked postfix .deb, as for the holdout's smtp-source): its SMTP chat log.
PTF = f'timeout 30 bash {CLIENTS}/posttls_finger_run.sh {PLAIN}'
add('dev2', 'postfix-posttls-finger', 'ok', 'ok', ('sh', PTF))
add('dev2', 'postfix-posttls-finger', 'no-starttls', 'no-starttls', ('sh', PTF))
add('dev2', 'postfix-posttls-finger', 'fault-ehlo', 'fault-ehlo', ('sh', PTF))
add('dev2', 'postfix-posttls-finger', 'fault-stray-line', 'fault-stray-line', ('sh', PTF))

# MIME::Lite 3.033 (Debian libmime-lite-perl), send('smtp', ..., Debug => 1): Net::SMTP's debug lines and its die text.
ML = f'timeout 30 perl {CLIENTS}/mime_lite_client.pl'
add('dev2', 'perl-mime-lite', 'smtps-auth', 'ok', ('sh', ML + f' smtps {SMTPS} auth'))
add('dev2', 'perl-mime-lite', 'rcpt-reject', 'rcpt-reject', ('sh', ML + f' plain {PLAIN} noauth bob@example.net nobody@example.net'))
add('dev2', 'perl-mime-lite', 'auth-fail-cleartext', 'auth-fail', ('sh', ML + f' plain {PLAIN} auth'))
add('dev2', 'perl-mime-lite', 'policy-reject', 'policy-reject', ('sh', ML + f' plain {PLAIN} noauth'))
add('dev2', 'perl-mime-lite', 'fault-rset-530', 'fault-rset-530', ('sh', ML + f' plain {PLAIN} noauth'))

# Net::SMTP::TLS 0.12 (Debian libnet-smtp-tls-perl): no debug switch, its croak messages quote the failing reply.
NST = f'timeout 30 perl {CLIENTS}/net_smtp_tls_client.pl {PLAIN}'
add('dev2', 'perl-net-smtp-tls', 'ok', 'ok', ('sh', NST + ' alice@example.com:s3cret-Pa55'))
add('dev2', 'perl-net-smtp-tls', 'rcpt-reject', 'rcpt-reject', ('sh', NST + ' alice@example.com:s3cret-Pa55 bob@example.net nobody@example.net'))
add('dev2', 'perl-net-smtp-tls', 'auth-fail', 'auth-fail', ('sh', NST + ' alice@example.com:wrong'))
add('dev2', 'perl-net-smtp-tls', 'tempfail', 'tempfail', ('sh', NST + ' alice@example.com:s3cret-Pa55'))

# Python's telnetlib with set_debuglevel(1) (pyenv's Python 3.11.7): a test script's sends and recvs as bytes reprs.
TN = f'timeout 30 python3 {CLIENTS}/telnetlib_client.py {PLAIN}'
TN_BASIC = "'EHLO client.example' 'MAIL FROM:<alice@example.com>' 'RCPT TO:<bob@example.net>' DATA '#Subject: Corpus test 42' '#' '#Hello Bob.' . QUIT"
add('dev2', 'python-telnetlib', 'ok', 'ok', ('sh', f'{TN} {TN_BASIC}'))
add('dev2', 'python-telnetlib', 'rcpt-reject-rset', 'rcpt-reject', ('sh', f"{TN} 'EHLO client.example' 'MAIL FROM:<alice@example.com>' 'RCPT TO:<nobody@example.net>' DATA RSET NOOP QUIT"))
add('dev2', 'python-telnetlib', 'client-faults', 'ok', ('sh', f"{TN} EHLO 'RCPT TO:<bob@example.net>' 'MAIL FROM: alice@example.com' 'MAIL FROM:<alice@example.com>' "
                                                             "'AUTH PLAIN AGFsaWNlQGV4YW1wbGUuY29tAHMzY3JldC1QYTU1' exit QUIT"))
add('dev2', 'python-telnetlib', 'fault-odd-codes', 'fault-odd-codes', ('sh', f"{TN} 'EHLO client.example' 'MAIL FROM:<alice@example.com>' 'RCPT TO:<bob@example.net>' 'RCPT TO:<carol@example.net>' QUIT"))
add('dev2', 'python-telnetlib', 'fault-no-data-reply', 'fault-no-data-reply', ('sh', f'{TN} {TN_BASIC}'))

# Nmap 7.93 NSE scripts with --script-trace (Debian nmap): every socket read and write, hex dumps where a chunk is
# not mostly printable.
def nmap(script, args=''):
    return f'timeout 60 nmap -Pn -n -p {PLAIN} --script-trace --script {script} --script-args smtp.domain=client.example{args} 127.0.0.1'


add('dev2', 'nmap', 'smtp-commands', 'ok', ('sh', nmap('smtp-commands')))
add('dev2', 'nmap', 'smtp-enum-users-rcpt-reject', 'rcpt-reject', ('sh', "printf 'bob\\nnobody\\n' > /tmp/corpus-nmap-users && "
                                                                            + nmap('smtp-enum-users', ',smtp-enum-users.methods={RCPT},userdb=/tmp/corpus-nmap-users')))
add('dev2', 'nmap', 'smtp-enum-users-vrfy', 'ok', ('sh', "printf 'bob\\nnobody\\n' > /tmp/corpus-nmap-users && "
                                                       + nmap('smtp-enum-users', ',smtp-enum-users.methods={VRFY},userdb=/tmp/corpus-nmap-users')))
add('dev2', 'nmap', 'smtp-open-relay-tempfail', 'tempfail', ('sh', nmap('smtp-open-relay', ',smtp-open-relay.to=bob@example.net')))


# ---------------- dev3 (issue 19, a written-against round of printed transcripts): tools that watch or relay the
# session rather than take part in it (packet sniffers that print each segment as a block under a direction header,
# TLS proxies and relays logging what passes, TLS record traces), producers in no earlier group, transcripts/dev3/.
# Each is a ('beside', tool, startup, client run, after) run: the tool runs beside the scripted server while a client
# (smtplib_client.py --level 0, silent, or `nc -C` typed on a terminal) talks through or past it; the tool's output (and
# `after`'s, for tools that log to a file) is the transcript, the client's is dropped. Capture with `capture.py <producer>/`.
# Left out: tshark (Wireshark's follow is in pasted/holdout), strace and tcpdump (in pasted/dev and pasted/dev8),
# ltrace (prints send/recv buffers only as addresses), exim and socat (other groups). ssldump could not decrypt the
# implicit-TLS session: the scripted server's Python TLS refuses the RSA key exchange ssldump needs.
SILENT = f'python3 {CLIENTS}/smtplib_client.py --level 0'
CF_TYPED = ['EHLO', 'RCPT TO:<bob@example.net>', 'MAIL FROM: alice@example.com', 'MAIL FROM:<alice@example.com>',
            'AUTH PLAIN AGFsaWNlQGV4YW1wbGUuY29tAHMzY3JldC1QYTU1', 'exit', 'QUIT']


def beside(producer, name, scenario, tool, client, startup=1.5, after=None):
    add('dev3', producer, name, scenario, ('beside', tool, startup, client, after))


def silent(args, port=PLAIN):
    return ('sh', f'{SILENT} --port {port} {args}')


NC_TYPED = f'nc -C 127.0.0.1 {PLAIN}'
# tcpflow 1.6.1: -c prints each segment's payload after its flow name (source-destination), -C without it, -D as hex.
TF = f'mkdir -p /tmp/corpus-tcpflow && cd /tmp/corpus-tcpflow && exec tcpflow -i lo'
beside('tcpflow', 'ok-console', 'ok', f'{TF} -c port {PLAIN}', silent('--mode plain'))
beside('tcpflow', 'rcpt-reject-console', 'rcpt-reject', f'{TF} -c port {PLAIN}', silent('--mode plain --rcpt bob@example.net --rcpt nobody@example.net'))
beside('tcpflow', 'fault-ehlo-console-noheaders', 'fault-ehlo', f'{TF} -C port {PLAIN}', silent('--mode plain'))
beside('tcpflow', 'fault-stray-line-console', 'fault-stray-line', f'{TF} -c port {PLAIN}', silent('--mode plain'))
beside('tcpflow', 'fault-no-data-reply-console', 'fault-no-data-reply', f'{TF} -c port {PLAIN}', silent('--mode plain'))
beside('tcpflow', 'tempfail-hexdump', 'tempfail', f'{TF} -c -D port {PLAIN}', silent('--mode plain'))
beside('tcpflow', 'client-faults-typed', 'ok', f'{TF} -c port {PLAIN}', ('typed', NC_TYPED, CF_TYPED))

# ngrep 1.47 -W byline: a "T src -> dst [AP] #n" header per segment, the payload under it with CR shown as '.'.
NG = f'exec ngrep -l -d lo -W byline port {PLAIN}'
beside('ngrep', 'ok-byline', 'ok', NG, silent('--mode plain --auth'))
beside('ngrep', 'policy-reject-byline', 'policy-reject', NG, silent('--mode plain'))
beside('ngrep', 'fault-rset-530-byline', 'fault-rset-530', NG, silent('--mode plain'))
beside('ngrep', 'fault-no-data-reply-byline', 'fault-no-data-reply', NG, silent('--mode plain'))
beside('ngrep', 'client-faults-typed', 'no-starttls', NG, ('typed', NC_TYPED,
    ['HELO', 'EHLO client.example', 'STARTTLS', 'QUIT']))

# tcpick 0.2.1 -yP: connection state lines, the payload printed as it passes (no direction on data lines).
TP = f'exec tcpick -i lo -yP "port {PLAIN}"'
beside('tcpick', 'tempfail', 'tempfail', TP, silent('--mode plain'))
beside('tcpick', 'shutdown', 'shutdown', TP, silent('--mode plain'))
beside('tcpick', 'fault-ehlo', 'fault-ehlo', TP, silent('--mode plain'))
beside('tcpick', 'auth-fail-cleartext', 'auth-fail', TP, silent('--mode plain --auth'))
beside('tcpick', 'client-faults-typed', 'ok', TP, ('typed', NC_TYPED, CF_TYPED))

# ssldump 1.5 -A -d: a "time (delta) S>C" header per record or segment, application data between dashed rules.
SD = 'exec ssldump -i lo -A -d'
beside('ssldump', 'starttls-auth', 'ok', f'{SD} port {PLAIN}', silent('--mode starttls --auth'))
beside('ssldump', 'rcpt-reject', 'rcpt-reject', f'{SD} port {PLAIN}', silent('--mode plain --rcpt bob@example.net --rcpt nobody@example.net'))
beside('ssldump', 'fault-odd-codes', 'fault-odd-codes', f'{SD} port {PLAIN}', silent('--mode plain --rcpt bob@example.net --rcpt carol@example.net'))
beside('ssldump', 'client-faults-typed', 'ok', f'{SD} port {PLAIN}', ('typed', NC_TYPED, CF_TYPED))

# stunnel 5.68 client mode, protocol = smtp, debug = 7 (clients/stunnel_smtp.conf): a cleartext client connects to
# 127.0.0.1:2525, stunnel negotiates STARTTLS with the scripted server and logs that part (" <- " / " -> " lines).
ST = f'exec stunnel4 {CLIENTS}/stunnel_smtp.conf'
beside('stunnel', 'ok', 'ok', ST, silent('--mode plain --port 2525'), startup=1.0)
beside('stunnel', 'no-starttls', 'no-starttls', ST, silent('--mode plain --port 2525'), startup=1.0)
beside('stunnel', 'fault-stray-line', 'fault-stray-line', ST, silent('--mode plain --port 2525'), startup=1.0)
beside('stunnel', 'fault-ehlo', 'fault-ehlo', ST, silent('--mode plain --port 2525'), startup=1.0)

# SSLsplit 0.5.5 as a man in the middle (-L content log: a "time [src]:port -> [dst]:port (bytes):" header per chunk).
SSP = f'rm -f /tmp/corpus-sslsplit.log && exec sslsplit -L /tmp/corpus-sslsplit.log -k {TLS_DIR}/key.pem -c {TLS_DIR}/cert.pem'
SSP_LOG = 'cat /tmp/corpus-sslsplit.log'
beside('sslsplit', 'policy-reject-tcp', 'policy-reject', f'{SSP} tcp 127.0.0.1 2588 127.0.0.1 {PLAIN}', ('sh', f'{SILENT} --mode plain --port 2588'), after=SSP_LOG)
beside('sslsplit', 'smtps-auth', 'ok', f'{SSP} ssl 127.0.0.1 2465 127.0.0.1 {SMTPS}', ('sh', f'{SILENT} --mode smtps --port 2465 --auth'), after=SSP_LOG)
beside('sslsplit', 'starttls-auth-autossl', 'ok', f'{SSP} autossl 127.0.0.1 2588 127.0.0.1 {PLAIN}', ('sh', f'{SILENT} --mode starttls --port 2588 --auth'), after=SSP_LOG)
beside('sslsplit', 'fault-odd-codes-tcp', 'fault-odd-codes', f'{SSP} tcp 127.0.0.1 2588 127.0.0.1 {PLAIN}',
       ('sh', f'{SILENT} --mode plain --port 2588 --rcpt bob@example.net --rcpt carol@example.net'), after=SSP_LOG)

# Ncat 7.93 as a relay (-l … --sh-exec "ncat 127.0.0.1 587"), its session log on stdout: --output (raw data of both
# directions, no marks) or --hex-dump; -v adds its status lines. Not the typed ncat of dev/.
def ncat_relay(log, verbose=True):
    return f'exec ncat {"-v " if verbose else ""}-l 127.0.0.1 2526 --sh-exec "ncat 127.0.0.1 {PLAIN}" {log} /dev/stdout'


beside('ncat-relay', 'ok-output', 'ok', ncat_relay('--output'), silent('--mode plain --port 2526'))
beside('ncat-relay', 'rcpt-reject-hex-dump', 'rcpt-reject', ncat_relay('--hex-dump'), silent('--mode plain --port 2526 --rcpt bob@example.net --rcpt nobody@example.net'))
beside('ncat-relay', 'fault-rset-530-output', 'fault-rset-530', ncat_relay('--output', False), silent('--mode plain --port 2526'))
beside('ncat-relay', 'fault-stray-line-output', 'fault-stray-line', ncat_relay('--output'), silent('--mode plain --port 2526'))
beside('ncat-relay', 'client-faults-typed-output', 'ok', ncat_relay('--output'), ('typed', 'nc -C 127.0.0.1 2526', CF_TYPED))

# openssl s_client typed, with -msg (every TLS record as ">>>"/"<<<" plus hex) or -trace (records decoded).
SCM = f'openssl s_client -connect 127.0.0.1:{SMTPS} -crlf'
SCMS = f'openssl s_client -starttls smtp -connect 127.0.0.1:{PLAIN} -crlf'
add('dev3', 'openssl-s_client-msg', 'smtps-ok-msg', 'ok', ('typed', SCM + ' -msg', S_BASIC))
add('dev3', 'openssl-s_client-msg', 'starttls-auth-login-msg', 'ok', ('typed', SCMS + ' -msg',
    ['EHLO client.example', 'AUTH LOGIN', '#YWxpY2VAZXhhbXBsZS5jb20=', '#czNjcmV0LVBhNTU='] + S_BASIC[1:]))
add('dev3', 'openssl-s_client-msg', 'smtps-rcpt-reject-trace', 'rcpt-reject', ('typed', SCM + ' -trace',
    ['EHLO client.example', 'mail from:<alice@example.com>', 'rcpt to:<nobody@example.net>', 'DATA', 'QUIT']))
add('dev3', 'openssl-s_client-msg', 'smtps-fault-rset-530-msg', 'fault-rset-530', ('typed', SCM + ' -msg',
    ['EHLO client.example', 'mail from:<alice@example.com>', 'rset', 'quit']))  # lower case: s_client takes a line starting R or Q as its own

# BusyBox 1.35 nc typed (no CRLF option: lines end in LF).
BNC = f'busybox nc 127.0.0.1 {PLAIN}'
add('dev3', 'busybox-nc', 'ok', 'ok', ('typed', BNC, T_BASIC))
add('dev3', 'busybox-nc', 'client-faults', 'ok', ('typed', BNC, CF_TYPED))
add('dev3', 'busybox-nc', 'fault-rset-530', 'fault-rset-530', ('typed', BNC, ['EHLO client.example', 'MAIL FROM:<alice@example.com>', 'RSET', 'QUIT']))
add('dev3', 'busybox-nc', 'rcpt-reject-rset', 'rcpt-reject', ('typed', BNC,
    ['HELO client.example', 'MAIL FROM:<alice@example.com>', 'RCPT TO:<nobody@example.net>', 'DATA', 'RSET', 'QUIT', 'NOOP']))



# ---------------- dev4 (issue 19, a written-against round of printed transcripts): client libraries and apps with their own
# debug or logging output that a user runs and pastes, producers in no earlier group, transcripts/dev4/. Capture with
# `capture.py <producer>/` (a trailing slash: `emailjs/` must not match `emailjs-smtp-client/`).
# One-time setup: apt-get install -y --no-install-recommends emacs-nox medusa python3-flask-mail python3-django telnet-ssl
#   (libnet-smtp-ssl-perl was installed); mkdir -p /tmp/corpus-node4 && cd /tmp/corpus-node4 && npm init -y && npm install emailjs-smtp-client@2.0.1
def dev4(producer, name, scenario, run):
    add('dev4', producer, name, scenario, run)


# Net::SMTP::SSL 1.04 with Debug => 1 (implicit TLS only): "Net::SMTP::SSL=GLOB(0x…)>>> EHLO …".
NSS = f'timeout 30 perl {CLIENTS}/net_smtp_ssl_client.pl {SMTPS}'
dev4('perl-net-smtp-ssl', 'smtps-auth', 'ok', ('sh', NSS + ' auth'))
dev4('perl-net-smtp-ssl', 'smtps-rcpt-reject', 'rcpt-reject', ('sh', NSS + ' noauth bob@example.net nobody@example.net'))
dev4('perl-net-smtp-ssl', 'smtps-auth-fail', 'auth-fail', ('sh', NSS + ' badauth'))
dev4('perl-net-smtp-ssl', 'smtps-tempfail', 'tempfail', ('sh', NSS + ' noauth'))
dev4('perl-net-smtp-ssl', 'smtps-policy-reject', 'policy-reject', ('sh', NSS + ' noauth'))
dev4('perl-net-smtp-ssl', 'smtps-fault-odd-codes', 'fault-odd-codes', ('sh', NSS + ' noauth bob@example.net carol@example.net'))
dev4('perl-net-smtp-ssl', 'smtps-fault-stray-line', 'fault-stray-line', ('sh', NSS + ' noauth'))

# Flask-Mail 0.9.1 with MAIL_DEBUG (smtplib's debug level 1 under it, EHLO with the local name), its errors as tracebacks.
FM = f'timeout 30 /usr/bin/python3 {CLIENTS}/flask_mail_client.py'
dev4('flask-mail', 'ok-starttls-auth', 'ok', ('sh', FM + f' starttls {PLAIN} auth'))
dev4('flask-mail', 'smtps-auth', 'ok', ('sh', FM + f' smtps {SMTPS} auth'))
dev4('flask-mail', 'rcpt-reject', 'rcpt-reject', ('sh', FM + f' plain {PLAIN} noauth nobody@example.net'))
dev4('flask-mail', 'auth-fail-cleartext', 'auth-fail', ('sh', FM + f' plain {PLAIN} badauth'))
dev4('flask-mail', 'fault-rset-530', 'fault-rset-530', ('sh', FM + f' plain {PLAIN} noauth'))
dev4('flask-mail', 'fault-no-data-reply', 'fault-no-data-reply', ('sh', FM + f' plain {PLAIN} noauth'))

# Django 3.2 send_mail() on the SMTP backend: no log of the session, the uncaught exception is what a user pastes.
DJ = f'timeout 30 /usr/bin/python3 {CLIENTS}/django_send_mail_client.py'
dev4('django-send-mail', 'rcpt-reject', 'rcpt-reject', ('sh', DJ + f' plain {PLAIN} noauth nobody@example.net'))
dev4('django-send-mail', 'auth-fail-starttls', 'auth-fail', ('sh', DJ + f' starttls {PLAIN} badauth'))
dev4('django-send-mail', 'tempfail', 'tempfail', ('sh', DJ + f' plain {PLAIN} noauth'))
dev4('django-send-mail', 'shutdown', 'shutdown', ('sh', DJ + f' plain {PLAIN} noauth'))
dev4('django-send-mail', 'smtps-policy-reject', 'policy-reject', ('sh', DJ + f' smtps {SMTPS} noauth'))
dev4('django-send-mail', 'fault-odd-codes', 'fault-odd-codes', ('sh', DJ + f' plain {PLAIN} noauth bob@example.net carol@example.net'))

# Emacs 28 smtpmail, smtpmail-debug-info: each reply echoed as a message (stderr), then the trace buffer (stdout).
EM = f'timeout 30 emacs --batch -Q -l {CLIENTS}/emacs_smtpmail.el'
dev4('emacs-smtpmail', 'ok-starttls-auth', 'ok', ('sh', EM + f' starttls {PLAIN} auth bob@example.net </dev/null'))
dev4('emacs-smtpmail', 'smtps-auth', 'ok', ('sh', EM + f' ssl {SMTPS} auth bob@example.net </dev/null'))
dev4('emacs-smtpmail', 'rcpt-reject', 'rcpt-reject', ('sh', EM + f' plain {PLAIN} noauth "bob@example.net, nobody@example.net" </dev/null'))
dev4('emacs-smtpmail', 'auth-fail-starttls', 'auth-fail', ('sh', EM + f' starttls {PLAIN} badauth bob@example.net </dev/null'))
dev4('emacs-smtpmail', 'tempfail', 'tempfail', ('sh', EM + f' plain {PLAIN} noauth bob@example.net </dev/null'))
# fault-ehlo left out: smtpmail waits on the bare final '250' until the timeout and prints nothing.
dev4('emacs-smtpmail', 'fault-stray-line', 'fault-stray-line', ('sh', EM + f' plain {PLAIN} noauth bob@example.net </dev/null'))
dev4('emacs-smtpmail', 'fault-no-data-reply', 'fault-no-data-reply', ('sh', EM + f' plain {PLAIN} noauth bob@example.net </dev/null'))

# emailjs-smtp-client 2.0.1 (npm) at LOG_LEVEL_DEBUG: "SERVER: " before each received chunk (a chunk may hold several
# reply lines, the later ones unmarked), its own notes for what it sends.
EJS = f'NODE_TLS_REJECT_UNAUTHORIZED=0 timeout 20 node {CLIENTS}/emailjs_smtp_client.mjs'
dev4('emailjs-smtp-client', 'ok-starttls-auth', 'ok', ('sh', EJS + f' starttls {PLAIN} auth'))
dev4('emailjs-smtp-client', 'smtps-auth', 'ok', ('sh', EJS + f' smtps {SMTPS} auth'))
dev4('emailjs-smtp-client', 'rcpt-reject', 'rcpt-reject', ('sh', EJS + f' plain {PLAIN} noauth bob@example.net nobody@example.net'))
dev4('emailjs-smtp-client', 'auth-fail-cleartext', 'auth-fail', ('sh', EJS + f' plain {PLAIN} badauth'))
dev4('emailjs-smtp-client', 'fault-rset-530', 'fault-rset-530', ('sh', EJS + f' plain {PLAIN} noauth'))
dev4('emailjs-smtp-client', 'fault-ehlo', 'fault-ehlo', ('sh', EJS + f' plain {PLAIN} noauth'))

# Medusa 2.2's smtp module with -v 6 -w 10: "Data sent: EHLO gerg[0D][0A]", "Data received (46): 250-…[0D][0A]".
MED = 'timeout 20 medusa -h 127.0.0.1 -u alice@example.com -M smtp -v 6 -w 10'
dev4('medusa', 'smtps-auth', 'ok', ('sh', MED + f' -s -n {SMTPS} -p s3cret-Pa55 </dev/null'))
dev4('medusa', 'smtps-auth-fail', 'auth-fail', ('sh', MED + f' -s -n {SMTPS} -p wrong </dev/null'))
dev4('medusa', 'no-starttls-auth-login', 'no-starttls', ('sh', MED + f' -n {PLAIN} -p s3cret-Pa55 </dev/null'))
dev4('medusa', 'fault-ehlo', 'fault-ehlo', ('sh', MED + f' -n {PLAIN} -p s3cret-Pa55 </dev/null'))

# telnet-ssl (netkit telnet 0.17 with SSL) typed into on a terminal, implicit TLS.
TSSL = f'telnet-ssl -z ssl 127.0.0.1 {SMTPS}'
dev4('telnet-ssl', 'smtps-ok', 'ok', ('typed', TSSL, T_BASIC))
dev4('telnet-ssl', 'smtps-client-faults', 'ok', ('typed', TSSL, CF_TYPED))
dev4('telnet-ssl', 'smtps-rcpt-reject-rset', 'rcpt-reject', ('typed', TSSL,
    ['HELO client.example', 'MAIL FROM:<alice@example.com>', 'RCPT TO:<nobody@example.net>', 'DATA', 'RSET', 'QUIT']))


# ---------------- dev5 (issue 19, a written-against round of printed transcripts): programs that print the SMTP
# conversation in shapes of their own (an MTA's verbose delivery, a syscall trace, a packet capture, an automation
# tool's diagnostics, a latency pinger, a brute-forcer's result table, an npm package's logger), producers in no
# earlier group, transcripts/dev5/. Capture with `capture.py <producer>/` filters (a trailing slash: `expect/` is
# the producer, not a substring of another). One-time setup:
#   apt-get install -y --no-install-recommends m4 tcpdump expect patator smtpping (strace was installed);
#   sendmail unpacked beside the installed MTA: mkdir -p /tmp/xdeb-sendmail && cd /tmp/xdeb-sendmail &&
#     apt-get download sendmail-bin sendmail-cf && for f in *.deb; do dpkg -x $f root; done
#   mkdir -p /tmp/corpus-node5 && cd /tmp/corpus-node5 && npm init -y && npm install sendmail@1.6.1
def dev5(producer, name, scenario, run):
    add('dev5', producer, name, scenario, run)


def dev5_beside(producer, name, scenario, tool, client, startup=1.5, after=None):
    add('dev5', producer, name, scenario, ('beside', tool, startup, client, after))


# Sendmail 8.17 -v -odi relaying to the scripted server (clients/sendmail_v_run.sh, clients/sendmail_corpus.mc):
# ">>> " before each command, replies as received, its own status lines ("bob@example.net... Sent (...)").
SMV = f'timeout 40 bash {CLIENTS}/sendmail_v_run.sh'
dev5('sendmail-v', 'ok-starttls', 'ok', ('sh', SMV + ' bob@example.net'))
dev5('sendmail-v', 'rcpt-reject', 'rcpt-reject', ('sh', SMV + ' bob@example.net nobody@example.net'))
dev5('sendmail-v', 'tempfail', 'tempfail', ('sh', SMV + ' bob@example.net'))
dev5('sendmail-v', 'policy-reject', 'policy-reject', ('sh', SMV + ' bob@example.net'))
dev5('sendmail-v', 'no-starttls', 'no-starttls', ('sh', SMV + ' bob@example.net'))
dev5('sendmail-v', 'fault-odd-codes', 'fault-odd-codes', ('sh', SMV + ' bob@example.net carol@example.net'))
dev5('sendmail-v', 'fault-stray-line', 'fault-stray-line', ('sh', SMV + ' bob@example.net'))
dev5('sendmail-v', 'fault-no-data-reply', 'fault-no-data-reply', ('sh', SMV + ' bob@example.net'))

# The npm package `sendmail` 1.6.1 in development mode, its default console logger ("send example.net>EHLO …",
# "recv example.net>250-…", "OK: 221 221 2.0.0 Bye", "SMTP responds error code 550") (clients/sendmail_npm_client.js).
SNP = f'timeout 15 node {CLIENTS}/sendmail_npm_client.js {PLAIN}'
dev5('sendmail-npm', 'ok', 'ok', ('sh', SNP))
dev5('sendmail-npm', 'rcpt-reject', 'rcpt-reject', ('sh', SNP + ' bob@example.net nobody@example.net'))
dev5('sendmail-npm', 'tempfail', 'tempfail', ('sh', SNP))
dev5('sendmail-npm', 'shutdown', 'shutdown', ('sh', SNP))
dev5('sendmail-npm', 'policy-reject', 'policy-reject', ('sh', SNP))
dev5('sendmail-npm', 'fault-ehlo', 'fault-ehlo', ('sh', SNP))
dev5('sendmail-npm', 'fault-stray-line', 'fault-stray-line', ('sh', SNP))

# strace 6.1 around a client (the syscall view): curl's sendto/recvfrom with -e trace=network (-f: its resolver
# thread adds "[pid N]"), smtplib's with -tt timestamps, and a person typing into nc under -e trace=read,write.
STC = f'strace -f -e trace=network -s 1024 curl -s --url smtp://127.0.0.1:{PLAIN} --mail-from alice@example.com -T {MAIL}'
STP = f'strace -tt -e trace=sendto,recvfrom -s 2048 python3 {CLIENTS}/smtplib_client.py --level 0 --port {PLAIN}'
dev5('strace', 'ok-starttls-auth-curl', 'ok', ('sh', STC + ' --mail-rcpt bob@example.net --ssl-reqd -k --user alice@example.com:s3cret-Pa55'))
dev5('strace', 'rcpt-reject-curl', 'rcpt-reject', ('sh', STC + ' --mail-rcpt nobody@example.net'))
dev5('strace', 'auth-fail-cleartext-curl', 'auth-fail', ('sh', STC + ' --mail-rcpt bob@example.net --user alice@example.com:wrong'))
dev5('strace', 'fault-stray-line-curl', 'fault-stray-line', ('sh', STC + ' --mail-rcpt bob@example.net'))
dev5('strace', 'tempfail-python', 'tempfail', ('sh', STP + ' --mode plain'))
dev5('strace', 'policy-reject-python', 'policy-reject', ('sh', STP + ' --mode plain'))
dev5('strace', 'fault-ehlo-python', 'fault-ehlo', ('sh', STP + ' --mode plain'))
dev5('strace', 'client-faults-typed-nc', 'ok', ('typed', f'strace -e trace=read,write -s 256 nc -C 127.0.0.1 {PLAIN}', CF_TYPED))

# tcpdump 4.99 -A beside the session (a header line per segment, the payload glued to the TCP header bytes printed
# as ASCII), one session with -X (hex and ASCII).
TD = f'exec tcpdump -l -n -i lo -s 0 port {PLAIN}'
dev5_beside('tcpdump', 'ok-auth-ascii', 'ok', TD + ' -A', silent('--mode plain --auth'))
dev5_beside('tcpdump', 'rcpt-reject-ascii', 'rcpt-reject', TD + ' -A', silent('--mode plain --rcpt bob@example.net --rcpt nobody@example.net'))
dev5_beside('tcpdump', 'fault-ehlo-ascii', 'fault-ehlo', TD + ' -A', silent('--mode plain'))
dev5_beside('tcpdump', 'fault-no-data-reply-ascii', 'fault-no-data-reply', TD + ' -A', silent('--mode plain'))
dev5_beside('tcpdump', 'client-faults-typed-ascii', 'ok', TD + ' -A', ('typed', NC_TYPED, CF_TYPED))
dev5_beside('tcpdump', 'tempfail-hex', 'tempfail', TD + ' -X', silent('--mode plain'))


# expect 5.45 -d (exp_internal) driving `nc -C` (clients/expect_smtp.exp): its match diagnostics quote the buffer
# as a Tcl string ("...ready\r\r\nEHLO client.example\r\n250-..."), with nc's output and the pty's echo between them.
def expect_run(lines):
    body = ''.join(f"'{l}' " for l in lines)
    return ('sh', f"printf '%s\\n' {body}> /tmp/corpus-expect-lines && timeout 40 expect -d {CLIENTS}/expect_smtp.exp {PLAIN} /tmp/corpus-expect-lines")


dev5('expect', 'ok', 'ok', expect_run(T_BASIC))
dev5('expect', 'rcpt-reject-rset', 'rcpt-reject', expect_run(['HELO client.example', 'MAIL FROM:<alice@example.com>', 'RCPT TO:<nobody@example.net>', 'DATA', 'RSET', 'QUIT']))
dev5('expect', 'client-faults', 'ok', expect_run(CF_TYPED))
dev5('expect', 'auth-fail-cleartext', 'auth-fail', expect_run(['EHLO client.example', 'AUTH PLAIN AGFsaWNlQGV4YW1wbGUuY29tAHdyb25n', 'QUIT']))
dev5('expect', 'fault-rset-530', 'fault-rset-530', expect_run(['EHLO client.example', 'MAIL FROM:<alice@example.com>', 'RSET', 'QUIT']))

# smtpping 1.1.4 -d (Halon's SMTP latency pinger): "response 250 2.1.0 Sender ok" per reply, then ping statistics.
SP = f'timeout 20 smtpping -d -c 1 -p {PLAIN} -H client.example -S alice@example.com'
dev5('smtpping', 'ok', 'ok', ('sh', SP + ' bob@example.net @127.0.0.1'))
dev5('smtpping', 'rcpt-reject', 'rcpt-reject', ('sh', SP + ' nobody@example.net @127.0.0.1'))
dev5('smtpping', 'tempfail', 'tempfail', ('sh', SP + ' bob@example.net @127.0.0.1'))
dev5('smtpping', 'shutdown', 'shutdown', ('sh', SP + ' bob@example.net @127.0.0.1'))
dev5('smtpping', 'policy-reject', 'policy-reject', ('sh', SP + ' bob@example.net @127.0.0.1'))
dev5('smtpping', 'fault-odd-codes', 'fault-odd-codes', ('sh', SP + ' bob@example.net @127.0.0.1'))

# patator 0.9 (Debian): its result table ("250   18     0.000 |  candidate  |   1 | 2.1.5 Recipient ok"): the code in
# one column, the rest of the reply in the last.
PAT = f'timeout 30 patator {{mod}} host=127.0.0.1 port={PLAIN} helo="ehlo client.example"'
PAT_USERS = "printf 'bob@example.net\\nnobody@example.net\\n' > /tmp/corpus-patator-users && "
dev5('patator', 'smtp-login-ok', 'ok', ('sh', PAT.format(mod='smtp_login') + ' user=alice@example.com password=s3cret-Pa55'))
dev5('patator', 'smtp-login-auth-fail', 'auth-fail', ('sh', "printf 'wrong\\nalso-wrong\\n' > /tmp/corpus-patator-pw && " + PAT.format(mod='smtp_login') + ' user=alice@example.com password=FILE0 0=/tmp/corpus-patator-pw'))
dev5('patator', 'smtp-rcpt-rcpt-reject', 'rcpt-reject', ('sh', PAT_USERS + PAT.format(mod='smtp_rcpt') + ' mail_from=alice@example.com user=FILE0 0=/tmp/corpus-patator-users'))
dev5('patator', 'smtp-rcpt-tempfail', 'tempfail', ('sh', PAT.format(mod='smtp_rcpt') + ' mail_from=alice@example.com user=bob@example.net'))
dev5('patator', 'smtp-vrfy', 'ok', ('sh', PAT_USERS + PAT.format(mod='smtp_vrfy') + ' user=FILE0 0=/tmp/corpus-patator-users'))


# ---------------- dev6 (issue 19, a written-against round of printed transcripts): producers in no earlier group that print
# the conversation in shapes of their own (curl's trace dump, a relay's direction words, an SMTP proxy's four directions,
# qmail's recordio, a server's plugin log, a fetch-and-forward tool's debug, an npm client's box drawing, a shell here-document),
# transcripts/dev6/. Capture with `capture.py <producer>/` filters. One-time setup:
#   apt-get install -y --no-install-recommends ucspi-tcp fdm qpsmtpd proxsmtp
#   mkdir -p /tmp/corpus-node6 && cd /tmp/corpus-node6 && npm init -y && npm install simplesmtp@0.3.35
def dev6(producer, name, scenario, run):
    add('dev6', producer, name, scenario, run)


def dev6_beside(producer, name, scenario, tool, client, startup=1.5, after=None):
    add('dev6', producer, name, scenario, ('beside', tool, startup, client, after))


# curl 7.88 --trace-ascii - (not the -v of opened/): "=> Send header, 18 bytes (0x12)" / "<= Recv header, …" before each
# protocol line, the line itself as "0000: EHLO message.eml", TLS records as dumps; one session with --trace-time.
CT = f'curl --trace-ascii - --url smtp://127.0.0.1:{PLAIN} --mail-from alice@example.com --mail-rcpt bob@example.net -T {MAIL}'
dev6('curl-trace-ascii', 'ok-starttls-auth', 'ok', ('sh', CT + ' --ssl-reqd -k --user alice@example.com:s3cret-Pa55'))
dev6('curl-trace-ascii', 'smtps-auth', 'ok', ('sh', CT.replace(f'smtp://127.0.0.1:{PLAIN}', f'smtps://127.0.0.1:{SMTPS}') + ' -k --user alice@example.com:s3cret-Pa55'))
dev6('curl-trace-ascii', 'rcpt-reject', 'rcpt-reject', ('sh', CT.replace('bob@example.net', 'nobody@example.net')))
dev6('curl-trace-ascii', 'auth-fail-cleartext', 'auth-fail', ('sh', CT + ' --user alice@example.com:wrong'))
dev6('curl-trace-ascii', 'tempfail-trace-time', 'tempfail', ('sh', CT + ' --trace-time'))
dev6('curl-trace-ascii', 'policy-reject', 'policy-reject', ('sh', CT))
dev6('curl-trace-ascii', 'fault-stray-line', 'fault-stray-line', ('sh', CT))
dev6('curl-trace-ascii', 'no-starttls', 'no-starttls', ('sh', CT + ' --ssl-reqd -k'))

# ucspi-tcp 0.88 recordio (qmail's session recorder) in a relay: `tcpserver -v 127.0.0.1 2526 recordio nc 127.0.0.1 587`;
# "pid > " before what went to the client, "pid < " before what came from it, each line ending in its CR and a space
# (a '+' where a read ended mid-line), tcpserver's status lines around it.
RIO = 'exec tcpserver -v 127.0.0.1 2526 recordio nc 127.0.0.1 587'
dev6_beside('ucspi-recordio', 'ok-auth', 'ok', RIO, silent('--mode plain --auth', 2526))
dev6_beside('ucspi-recordio', 'starttls-auth', 'ok', RIO, silent('--mode starttls --auth', 2526))
dev6_beside('ucspi-recordio', 'rcpt-reject', 'rcpt-reject', RIO, silent('--mode plain --rcpt bob@example.net --rcpt nobody@example.net', 2526))
dev6_beside('ucspi-recordio', 'shutdown', 'shutdown', RIO, silent('--mode plain', 2526))
dev6_beside('ucspi-recordio', 'fault-ehlo', 'fault-ehlo', RIO, silent('--mode plain', 2526))
dev6_beside('ucspi-recordio', 'client-faults-typed', 'ok', RIO, ('typed', 'nc -C 127.0.0.1 2526', CF_TYPED))

# proxsmtp 1.10 between a client on 2526 and the scripted server (clients/proxsmtpd.conf), `-d 4`: "CLIENT < ehlo …",
# "SERVER > ehlo …", "SERVER < 250-…", "CLIENT > 250-…"; it answers the greeting, the EHLO's first line and DATA itself.
PX = f'exec proxsmtpd -f {CLIENTS}/proxsmtpd.conf -d 4'
dev6_beside('proxsmtp', 'ok-auth', 'ok', PX, silent('--mode plain --auth', 2526))
dev6_beside('proxsmtp', 'rcpt-reject', 'rcpt-reject', PX, silent('--mode plain --rcpt bob@example.net --rcpt nobody@example.net', 2526))
dev6_beside('proxsmtp', 'tempfail', 'tempfail', PX, silent('--mode plain', 2526))
dev6_beside('proxsmtp', 'policy-reject', 'policy-reject', PX, silent('--mode plain', 2526))
dev6_beside('proxsmtp', 'fault-odd-codes', 'fault-odd-codes', PX, silent('--mode plain --rcpt bob@example.net --rcpt carol@example.net', 2526))
dev6_beside('proxsmtp', 'fault-stray-line', 'fault-stray-line', PX, silent('--mode plain', 2526))
dev6_beside('proxsmtp', 'client-faults-typed', 'ok', PX, ('typed', 'nc -C 127.0.0.1 2526', CF_TYPED))

# qpsmtpd 0.94 as the server (clients/qpsmtpd_run.sh), behind recordingProxy.py: its log on stderr, "pid dispatching ehlo …"
# for each command and "pid 250-…" for each reply line, among its plugin and config lines (LOGDEBUG; one session LOGINFO).
QP = f'bash {CLIENTS}/qpsmtpd_run.sh'
dev6('qpsmtpd', 'ok-debug', 'real-mta', ('server', QP + ' 7', 3.0, ('sh', SMTPLIB_VIA_PROXY)))
dev6('qpsmtpd', 'rcpt-reject-debug', 'real-mta', ('server', QP + ' 7', 3.0, ('sh', SMTPLIB_VIA_PROXY + ' --rcpt bob@example.net --rcpt nobody@example.net')))
dev6('qpsmtpd', 'rcpt-reject-info', 'real-mta', ('server', QP + ' 6', 3.0, ('sh', SMTPLIB_VIA_PROXY + ' --rcpt bob@example.net --rcpt nobody@example.net')))
dev6('qpsmtpd', 'client-faults-typed', 'real-mta', ('server', QP + ' 7', 3.0, ('typed', f'nc -C 127.0.0.1 {PLAIN}', CF_TYPED)))
dev6('qpsmtpd', 'data-refused-typed', 'real-mta', ('server', QP + ' 7', 3.0, ('typed', f'nc -C 127.0.0.1 {PLAIN}',
    ['EHLO client.example', 'MAIL FROM:<alice@example.com>', 'RCPT TO:<nobody@example.net>', 'DATA', '#Subject: 42', '#', '#hi', '.', 'QUIT'])))

# fdm 1.9 -vvvv forwarding a message read on stdin over SMTP (clients/fdm_smtp_run.sh): "< 220 …", "> HELO localhost"
# among its own state lines; HELO only, so no EHLO faults.
FDM = f'bash {CLIENTS}/fdm_smtp_run.sh {PLAIN}'
dev6('fdm', 'ok', 'ok', ('sh', FDM + ' bob@example.net'))
dev6('fdm', 'rcpt-reject', 'rcpt-reject', ('sh', FDM + ' nobody@example.net'))
dev6('fdm', 'tempfail', 'tempfail', ('sh', FDM + ' bob@example.net'))
dev6('fdm', 'policy-reject', 'policy-reject', ('sh', FDM + ' bob@example.net'))
dev6('fdm', 'shutdown', 'shutdown', ('sh', FDM + ' bob@example.net'))
dev6('fdm', 'fault-odd-codes', 'fault-odd-codes', ('sh', FDM + ' bob@example.net'))
dev6('fdm', 'fault-no-data-reply', 'fault-no-data-reply', ('sh', FDM + ' bob@example.net'))

# simplesmtp 0.3.35 (npm) with debug: true (clients/simplesmtp_client.js): "SERVER:"/"CLIENT:" headers, lines under them
# drawn as a tree ("└──EHLO client.example", "   250-PIPELINING").
SSM = f'timeout 15 node {CLIENTS}/simplesmtp_client.js'
dev6('simplesmtp-npm', 'ok-auth-cleartext', 'ok', ('sh', SSM + f' plain {PLAIN} auth'))
dev6('simplesmtp-npm', 'starttls-auth', 'ok', ('sh', SSM + f' starttls {PLAIN} auth'))
dev6('simplesmtp-npm', 'rcpt-reject', 'rcpt-reject', ('sh', SSM + f' plain {PLAIN} noauth bob@example.net nobody@example.net'))
dev6('simplesmtp-npm', 'tempfail', 'tempfail', ('sh', SSM + f' plain {PLAIN} noauth'))
dev6('simplesmtp-npm', 'policy-reject', 'policy-reject', ('sh', SSM + f' plain {PLAIN} noauth'))
dev6('simplesmtp-npm', 'fault-ehlo', 'fault-ehlo', ('sh', SSM + f' plain {PLAIN} noauth'))
dev6('simplesmtp-npm', 'shutdown', 'shutdown', ('sh', SSM + f' plain {PLAIN} noauth'))

# A person at an interactive bash (PS1 '$ ', PS2 '> ') sending a whole session as a here-document into `nc -C`: the
# commands are the "> " continuation lines, the replies all come after them.
HEREDOC = "env -i PS1='$ ' PS2='> ' TERM=dumb bash --norc --noprofile -i"


def heredoc(lines):
    return ('typed', HEREDOC, [f'#nc -C 127.0.0.1 {PLAIN} <<EOF'] + ['#' + l.lstrip('#') for l in lines] + ['EOF', '#exit'])


dev6('bash-heredoc-nc', 'ok', 'ok', heredoc(T_BASIC))
dev6('bash-heredoc-nc', 'rcpt-reject', 'rcpt-reject', heredoc(NC))
dev6('bash-heredoc-nc', 'client-faults', 'ok', heredoc(CF_TYPED))
dev6('bash-heredoc-nc', 'fault-rset-530', 'fault-rset-530', heredoc(['EHLO client.example', 'MAIL FROM:<alice@example.com>', 'RSET', 'QUIT']))

# ucspi-tcp's mconnect (qmail's telnet for SMTP), typed: the typed lines echoed between the replies.
dev6('mconnect', 'ok', 'ok', ('typed', f'mconnect 127.0.0.1 {PLAIN}', T_BASIC))
dev6('mconnect', 'client-faults', 'ok', ('typed', f'mconnect 127.0.0.1 {PLAIN}', CF_TYPED))
dev6('mconnect', 'tempfail', 'tempfail', ('typed', f'mconnect 127.0.0.1 {PLAIN}', ['HELO client.example', 'MAIL FROM:<alice@example.com>', 'RCPT TO:<bob@example.net>', 'QUIT']))



# ---------------- dev7 (issue 19, a written-against round of printed transcripts): producers in no earlier group that print
# the conversation in shapes of their own (Wireshark's CLI summary and dissection, a monitoring plugin's verbose probe,
# a backup system's mailer debug, a notification tool's log, a LAN sniffer's text mode, s_client's hex debug),
# transcripts/dev7/. Capture with `capture.py <producer>/` filters. One-time setup:
#   echo "wireshark-common wireshark-common/install-setuid boolean false" | debconf-set-selections
#   apt-get install -y --no-install-recommends tshark ettercap-text-only monitoring-plugins-standard bacula-common apprise
def dev7(producer, name, scenario, run):
    add('dev7', producer, name, scenario, run)


def dev7_beside(producer, name, scenario, tool, client, startup=3.0, after=None):
    add('dev7', producer, name, scenario, ('beside', tool, startup, client, after))


# tshark 4.0 (Wireshark's CLI; not its follow-stream output) on lo, display filter smtp: the one-line summary per packet
# ("  23 0.0015 127.0.0.1 → 127.0.0.1    SMTP 87 S: 250 2.1.0 Sender ok", "C: mail FROM:<…>"), its start-up lines included.
TSH = f'exec tshark -l -i lo -f "tcp port {PLAIN}" -Y smtp'
dev7_beside('tshark-summary', 'ok-auth', 'ok', TSH, silent('--mode plain --auth'))
dev7_beside('tshark-summary', 'rcpt-reject', 'rcpt-reject', TSH, silent('--mode plain --rcpt bob@example.net --rcpt nobody@example.net'))
dev7_beside('tshark-summary', 'tempfail', 'tempfail', TSH, silent('--mode plain'))
dev7_beside('tshark-summary', 'policy-reject', 'policy-reject', TSH, silent('--mode plain'))
dev7_beside('tshark-summary', 'fault-ehlo', 'fault-ehlo', TSH, silent('--mode plain'))
dev7_beside('tshark-summary', 'fault-stray-line', 'fault-stray-line', TSH, silent('--mode plain'))
dev7_beside('tshark-summary', 'starttls', 'ok', TSH, silent('--mode starttls'))
dev7_beside('tshark-summary', 'client-faults-typed', 'ok', TSH, ('typed', NC_TYPED, CF_TYPED))

# tshark 4.0 -O smtp: every SMTP packet dissected ("Frame 21: …", the lower layers in one line each, then
# "    Response: 250 2.1.0 Sender ok\r\n", "        Response code: Requested mail action okay, completed (250)").
TSD = f'exec tshark -l -i lo -f "tcp port {PLAIN}" -Y smtp -O smtp'
dev7_beside('tshark-details', 'ok-auth-login', 'ok', TSD, ('typed', NC_TYPED,
    ['EHLO client.example', 'AUTH LOGIN', '#YWxpY2VAZXhhbXBsZS5jb20=', '#czNjcmV0LVBhNTU='] + T_BASIC[1:]))
dev7_beside('tshark-details', 'rcpt-reject', 'rcpt-reject', TSD, silent('--mode plain --rcpt bob@example.net --rcpt nobody@example.net'))
dev7_beside('tshark-details', 'auth-fail-cleartext', 'auth-fail', TSD, silent('--mode plain --auth'))
dev7_beside('tshark-details', 'shutdown', 'shutdown', TSD, silent('--mode plain'))
dev7_beside('tshark-details', 'fault-rset-530', 'fault-rset-530', TSD, ('typed', NC_TYPED, ['EHLO client.example', 'MAIL FROM:<alice@example.com>', 'RSET', 'QUIT']))
dev7_beside('tshark-details', 'fault-odd-codes', 'fault-odd-codes', TSD, silent('--mode plain --rcpt bob@example.net --rcpt carol@example.net'))
dev7_beside('tshark-details', 'fault-no-data-reply', 'fault-no-data-reply', TSD, silent('--mode plain'))

# check_smtp (monitoring-plugins 2.3.3, the Nagios/Icinga probe) -v: "sent EHLO …", "received 334 …", the replies it
# reads, then its one-line status ("SMTP CRITICAL - Invalid response '550 5.1.1 …' to command 'RCPT TO:<…>'").
CHK = f'timeout 20 /usr/lib/nagios/plugins/check_smtp -H 127.0.0.1 -p {PLAIN} -v -F client.example -f alice@example.com'
dev7('check-smtp', 'ok-rcpt', 'ok', ('sh', CHK + ' -C "RCPT TO:<bob@example.net>" -R 250'))
dev7('check-smtp', 'starttls-auth-login', 'ok', ('sh', CHK + ' -S -A LOGIN -U alice@example.com -P s3cret-Pa55'))
dev7('check-smtp', 'auth-fail-cleartext', 'auth-fail', ('sh', CHK + ' -A LOGIN -U alice@example.com -P wrong'))
dev7('check-smtp', 'rcpt-reject', 'rcpt-reject', ('sh', CHK + ' -C "RCPT TO:<nobody@example.net>" -R 250'))
dev7('check-smtp', 'tempfail', 'tempfail', ('sh', CHK + ' -C "RCPT TO:<bob@example.net>" -R 250'))
dev7('check-smtp', 'shutdown', 'shutdown', ('sh', CHK + ' -C "RCPT TO:<bob@example.net>" -R 250'))
dev7('check-smtp', 'no-starttls', 'no-starttls', ('sh', CHK + ' -S'))
dev7('check-smtp', 'fault-ehlo', 'fault-ehlo', ('sh', CHK + ' -S'))
dev7('check-smtp', 'fault-odd-codes', 'fault-odd-codes', ('sh', CHK + ' -C "RCPT TO:<bob@example.net>" -R 250 -C "RCPT TO:<carol@example.net>" -R 250'))

# Bacula's bsmtp 9.6 -d 50: "127.0.0.1 <-- 220 …" for each reply and "vm --> MAIL FROM:<…>" for each command (the machine's
# host name), each reply again in a debug line ("bsmtp: bsmtp.c:120-0 127.0.0.1 --> 250 …"), the headers it writes; HELO only.
BSM = f'echo "Hello Bob, message 42." | timeout 20 bsmtp -d 50 -h 127.0.0.1:{PLAIN} -f alice@example.com -s "Corpus test 42"'
dev7('bsmtp', 'ok', 'ok', ('sh', BSM + ' bob@example.net'))
dev7('bsmtp', 'rcpt-reject', 'rcpt-reject', ('sh', BSM + ' bob@example.net nobody@example.net'))
dev7('bsmtp', 'tempfail-timestamps', 'tempfail', ('sh', BSM.replace('-d 50', '-d 50 -dt') + ' bob@example.net'))
dev7('bsmtp', 'policy-reject', 'policy-reject', ('sh', BSM + ' bob@example.net'))
dev7('bsmtp', 'shutdown', 'shutdown', ('sh', BSM + ' bob@example.net'))
dev7('bsmtp', 'fault-odd-codes', 'fault-odd-codes', ('sh', BSM + ' bob@example.net carol@example.net'))
dev7('bsmtp', 'fault-stray-line', 'fault-stray-line', ('sh', BSM + ' bob@example.net'))
dev7('bsmtp', 'fault-no-data-reply', 'fault-no-data-reply', ('sh', BSM + ' bob@example.net'))

# Apprise 1.2 -vvvv (a notification CLI; its email plugin sends with smtplib): its log lines, a failure as
# "Sending email to … failed. Reason: {'nobody@example.net': (550, b'5.1.1 …')}" or the exception it caught.
def apprise(url, scenario_args='', to='bob@example.net'):
    return ('sh', f'timeout 30 apprise -vvvv -t "Corpus test 42" -b "Hello Bob, message 42." '
                  f'"{url}?to={to}&from=alice@example.com{scenario_args}"')


APU = f'mailto://alice%40example.com:s3cret-Pa55@127.0.0.1:{PLAIN}'
dev7('apprise', 'ok-auth-cleartext', 'ok', apprise(APU))
dev7('apprise', 'starttls-auth', 'ok', apprise(f'mailtos://alice%40example.com:s3cret-Pa55@127.0.0.1:{PLAIN}', '&mode=starttls&verify=no'))
dev7('apprise', 'smtps-auth', 'ok', apprise(f'mailtos://alice%40example.com:s3cret-Pa55@127.0.0.1:{SMTPS}', '&mode=ssl&verify=no'))
dev7('apprise', 'rcpt-reject', 'rcpt-reject', apprise(APU, to='nobody@example.net'))
dev7('apprise', 'auth-fail', 'auth-fail', apprise(APU.replace('s3cret-Pa55', 'wrong')))
dev7('apprise', 'tempfail', 'tempfail', apprise(APU))
dev7('apprise', 'shutdown', 'shutdown', apprise(APU))
dev7('apprise', 'policy-reject', 'policy-reject', apprise(APU))

# Ettercap 0.8.3 text mode on lo (-T, no ARP poisoning needed): "date [usec]", "TCP  src --> dst | AP (44)", then the
# payload with its CR as '.' at the end of each line (LF kept as the line break); banner and start-up lines first.
ETC = f'exec ettercap -T -i lo -z ///{PLAIN}'
dev7_beside('ettercap', 'ok-auth', 'ok', ETC, silent('--mode plain --auth'))
dev7_beside('ettercap', 'rcpt-reject', 'rcpt-reject', ETC, silent('--mode plain --rcpt bob@example.net --rcpt nobody@example.net'))
dev7_beside('ettercap', 'tempfail', 'tempfail', ETC, silent('--mode plain'))
dev7_beside('ettercap', 'fault-ehlo', 'fault-ehlo', ETC, silent('--mode plain'))
dev7_beside('ettercap', 'fault-rset-530', 'fault-rset-530', ETC, silent('--mode plain'))
dev7_beside('ettercap', 'client-faults-typed', 'ok', ETC, ('typed', NC_TYPED, CF_TYPED))

# openssl s_client -debug typed (every read and write as "write to 0x… [0x…] (25 bytes => 25 (0x19))" and a hex dump,
# the decrypted replies as s_client prints them); not the plain s_client of dev/ nor -msg/-trace of dev3.
dev7('openssl-s_client-debug', 'smtps-ok', 'ok', ('typed', SCM + ' -debug', S_BASIC))
dev7('openssl-s_client-debug', 'starttls-auth-login', 'ok', ('typed', SCMS + ' -debug',
    ['EHLO client.example', 'AUTH LOGIN', '#YWxpY2VAZXhhbXBsZS5jb20=', '#czNjcmV0LVBhNTU='] + S_BASIC[1:]))
dev7('openssl-s_client-debug', 'smtps-rcpt-reject', 'rcpt-reject', ('typed', SCM + ' -debug',
    ['EHLO client.example', 'mail from:<alice@example.com>', 'rcpt to:<nobody@example.net>', 'DATA', 'quit']))
dev7('openssl-s_client-debug', 'smtps-fault-rset-530', 'fault-rset-530', ('typed', SCM + ' -debug',
    ['EHLO client.example', 'mail from:<alice@example.com>', 'rset', 'quit']))

# ---------------- dev8 (issue 19, a written-against round of printed transcripts): producers in no earlier group that print
# the conversation in shapes of their own (Cyrus's interactive tester, a BASIC dialect's SMTP component, a log daemon's mail
# destination, a mail benchmark's debug file, a Perl module's error text, netcat-traditional -vv), transcripts/dev8/.
# Capture with `capture.py <producer>/` filters. One-time setup:
#   apt-get install -y --no-install-recommends cyrus-clients gambas3-scripter gambas3-gb-net-smtp syslog-ng-core \
#     syslog-ng-mod-smtp postal libmail-sendeasy-perl netcat-traditional
def dev8(producer, name, scenario, run):
    add('dev8', producer, name, scenario, run)


# Cyrus IMAP 3.6 smtptest (cyrus-clients): "S: 220 …" / "C: EHLO smtptest" up to the end of its SASL login, then an
# interactive session on a terminal: the typed lines echoed, the replies bare.
SMT = '/usr/lib/cyrus/bin/smtptest -u alice@example.com -a alice@example.com'
SMT_TLS = f'{SMT} -t "" -w s3cret-Pa55 -m PLAIN -p {PLAIN} 127.0.0.1'
dev8('cyrus-smtptest', 'ok-starttls-auth', 'ok', ('typed', SMT_TLS, T_BASIC[1:]))
dev8('cyrus-smtptest', 'smtps-auth-login', 'ok', ('typed', f'{SMT} -s -w s3cret-Pa55 -m LOGIN -p {SMTPS} 127.0.0.1', T_BASIC[1:]))
dev8('cyrus-smtptest', 'rcpt-reject', 'rcpt-reject', ('typed', SMT_TLS, NC[1:]))
dev8('cyrus-smtptest', 'auth-fail-cleartext', 'auth-fail', ('typed', f'{SMT} -w wrong -m PLAIN -p {PLAIN} 127.0.0.1', ['QUIT']))
dev8('cyrus-smtptest', 'tempfail', 'tempfail', ('typed', SMT_TLS, ['MAIL FROM:<alice@example.com>', 'RCPT TO:<bob@example.net>', 'QUIT']))
dev8('cyrus-smtptest', 'policy-reject', 'policy-reject', ('typed', SMT_TLS, T_BASIC[1:]))
dev8('cyrus-smtptest', 'no-starttls', 'no-starttls', ('typed', f'{SMT} -t "" -w s3cret-Pa55 -m LOGIN -p {PLAIN} 127.0.0.1', T_BASIC[1:]))
dev8('cyrus-smtptest', 'fault-ehlo', 'fault-ehlo', ('typed', SMT_TLS, T_BASIC[1:]))
dev8('cyrus-smtptest', 'client-faults', 'ok', ('typed', SMT_TLS, CF_TYPED))

# Gambas 3.18 gb.net.smtp SmtpClient with Debug = True (clients/gambas_smtp_client.gbs, run by gbs3): "--> EHLO vm" for
# what it sends (message lines included), the replies bare, an empty line after each; for TLS it runs
# `openssl s_client -quiet` and quotes that program's stderr ("openssl: \"…\"").
GB = f'timeout 20 gbs3 {CLIENTS}/gambas_smtp_client.gbs'
dev8('gambas3-smtpclient', 'ok-auth-cleartext', 'ok', ('sh', f'{GB} {PLAIN} none auth'))
dev8('gambas3-smtpclient', 'starttls-auth', 'ok', ('sh', f'{GB} {PLAIN} tls auth'))
dev8('gambas3-smtpclient', 'smtps-auth', 'ok', ('sh', f'{GB} {SMTPS} ssl auth'))
dev8('gambas3-smtpclient', 'rcpt-reject', 'rcpt-reject', ('sh', f'{GB} {PLAIN} none noauth bob@example.net nobody@example.net'))
dev8('gambas3-smtpclient', 'auth-fail-cleartext', 'auth-fail', ('sh', f'{GB} {PLAIN} none auth'))
dev8('gambas3-smtpclient', 'tempfail', 'tempfail', ('sh', f'{GB} {PLAIN} none noauth'))
dev8('gambas3-smtpclient', 'policy-reject', 'policy-reject', ('sh', f'{GB} {PLAIN} none noauth'))
dev8('gambas3-smtpclient', 'shutdown', 'shutdown', ('sh', f'{GB} {PLAIN} none noauth'))
dev8('gambas3-smtpclient', 'fault-odd-codes', 'fault-odd-codes', ('sh', f'{GB} {PLAIN} none noauth bob@example.net carol@example.net'))
dev8('gambas3-smtpclient', 'fault-stray-line', 'fault-stray-line', ('sh', f'{GB} {PLAIN} none noauth'))
dev8('gambas3-smtpclient', 'fault-ehlo', 'fault-ehlo', ('sh', f'{GB} {PLAIN} none noauth'))

# syslog-ng 3.38 -F -d -v -e with an smtp() destination (libESMTP) sending the one log line it reads on stdin
# (clients/syslog_ng_smtp_run.sh): its module loading lines, then "SMTP Session: SERVER; driver='d_smtp#0',
# message='250 2.1.0 Sender ok\x0d\x0a'" per chunk (pipelined commands in one), "SMTP recipient result; … code='550'".
SNG = f'bash {CLIENTS}/syslog_ng_smtp_run.sh {PLAIN}'
dev8('syslog-ng-smtp', 'ok', 'ok', ('sh', f'{SNG} bob@example.net'))
dev8('syslog-ng-smtp', 'rcpt-reject', 'rcpt-reject', ('sh', f'{SNG} bob@example.net nobody@example.net'))
dev8('syslog-ng-smtp', 'tempfail', 'tempfail', ('sh', f'{SNG} bob@example.net'))
dev8('syslog-ng-smtp', 'policy-reject', 'policy-reject', ('sh', f'{SNG} bob@example.net'))
dev8('syslog-ng-smtp', 'shutdown', 'shutdown', ('sh', f'{SNG} bob@example.net'))
dev8('syslog-ng-smtp', 'fault-odd-codes', 'fault-odd-codes', ('sh', f'{SNG} bob@example.net carol@example.net'))
dev8('syslog-ng-smtp', 'fault-stray-line', 'fault-stray-line', ('sh', f'{SNG} bob@example.net'))
dev8('syslog-ng-smtp', 'fault-no-data-reply', 'fault-no-data-reply', ('sh', f'{SNG} bob@example.net'))
dev8('syslog-ng-smtp', 'fault-ehlo', 'fault-ehlo', ('sh', f'{SNG} bob@example.net'))

# postal 0.75 (the mad postman, a mail benchmark), one thread, its -z debug file (clients/postal_run.sh): the bare
# dialogue, no direction marks, its random message text included; stopped after 1.5 s (one or two connections).
PST = f'bash {CLIENTS}/postal_run.sh {PLAIN} 1.5'
dev8('postal-debug', 'ok', 'ok', ('sh', f'{PST} bob@example.net'))
dev8('postal-debug', 'rcpt-reject', 'rcpt-reject', ('sh', f'{PST} nobody@example.net'))
dev8('postal-debug', 'tempfail', 'tempfail', ('sh', f'{PST} bob@example.net'))
dev8('postal-debug', 'policy-reject', 'policy-reject', ('sh', f'{PST} bob@example.net'))
dev8('postal-debug', 'shutdown', 'shutdown', ('sh', f'{PST} bob@example.net'))
dev8('postal-debug', 'fault-odd-codes', 'fault-odd-codes', ('sh', f'{PST} carol@example.net'))
dev8('postal-debug', 'fault-ehlo', 'fault-ehlo', ('sh', f'{PST} bob@example.net'))
dev8('postal-debug', 'fault-stray-line', 'fault-stray-line', ('sh', f'{PST} bob@example.net'))

# Mail::SendEasy 1.2 (libmail-sendeasy-perl): no log of its own; the error() a script prints ("RCPT error (550 5.1.1 …)!").
SE = f'timeout 20 perl {CLIENTS}/mail_sendeasy_client.pl {PLAIN}'
dev8('perl-mail-sendeasy', 'rcpt-reject', 'rcpt-reject', ('sh', f'{SE} noauth nobody@example.net'))
dev8('perl-mail-sendeasy', 'auth-fail', 'auth-fail', ('sh', f'{SE} wrong'))
dev8('perl-mail-sendeasy', 'tempfail', 'tempfail', ('sh', f'{SE} noauth'))
dev8('perl-mail-sendeasy', 'policy-reject', 'policy-reject', ('sh', f'{SE} auth'))
dev8('perl-mail-sendeasy', 'shutdown', 'shutdown', ('sh', f'{SE} noauth'))
dev8('perl-mail-sendeasy', 'fault-odd-codes', 'fault-odd-codes', ('sh', f'{SE} noauth carol@example.net'))

# netcat-traditional 1.10 (nc.traditional) -vv -C typed: its "localhost [127.0.0.1] 587 (submission) open" and
# " sent 98, rcvd 573" lines around the session; not netcat-openbsd (opened/), ncat or busybox nc.
NCT = f'nc.traditional -vv -C 127.0.0.1 {PLAIN}'
dev8('nc-traditional', 'ok', 'ok', ('typed', NCT, T_BASIC))
dev8('nc-traditional', 'rcpt-reject', 'rcpt-reject', ('typed', NCT, NC))
dev8('nc-traditional', 'client-faults', 'ok', ('typed', NCT, CF_TYPED))
dev8('nc-traditional', 'fault-rset-530', 'fault-rset-530', ('typed', NCT, ['EHLO client.example', 'MAIL FROM:<alice@example.com>', 'RSET', 'QUIT']))
# (shutdown left out: on a terminal nc.traditional printed "Preposterous fd value 17" and sent nothing.)


# ---------------- dev9 (issue 19, the last round of printed transcripts, measured as collected): producers in no earlier
# group (two PHP mail libraries' debug logs, a C mail library's stream debug file, BusyBox's telnet typed into),
# transcripts/dev9/. Capture with `capture.py <producer>/` filters. One-time setup:
#   apt-get install -y --no-install-recommends php-swiftmailer php-horde-smtp php-horde-mime libetpan-dev
#   mkdir -p /tmp/corpus-etpan && gcc -o /tmp/corpus-etpan/etpansmtp clients/etpan_smtp_client.c -letpan
def dev9(producer, name, scenario, run):
    add('dev9', producer, name, scenario, run)


# Swift Mailer 6.3 (php-swiftmailer), LoggerPlugin + EchoLogger: "++ Starting Swift_SmtpTransport", ">> EHLO …", "<< 250-…"
# (a multi-line reply's later lines unmarked), then the exception the script catches (clients/swiftmailer_client.php).
SWM = f'timeout 20 php {CLIENTS}/swiftmailer_client.php'
dev9('swiftmailer', 'ok-starttls-auth', 'ok', ('sh', f'{SWM} starttls {PLAIN} auth'))
dev9('swiftmailer', 'smtps-auth', 'ok', ('sh', f'{SWM} smtps {SMTPS} auth'))
dev9('swiftmailer', 'rcpt-reject', 'rcpt-reject', ('sh', f'{SWM} plain {PLAIN} noauth bob@example.net nobody@example.net'))
dev9('swiftmailer', 'auth-fail-cleartext', 'auth-fail', ('sh', f'{SWM} plain {PLAIN} badauth'))
dev9('swiftmailer', 'tempfail', 'tempfail', ('sh', f'{SWM} plain {PLAIN} noauth'))
dev9('swiftmailer', 'policy-reject', 'policy-reject', ('sh', f'{SWM} plain {PLAIN} noauth'))
dev9('swiftmailer', 'shutdown', 'shutdown', ('sh', f'{SWM} plain {PLAIN} noauth'))
dev9('swiftmailer', 'no-starttls', 'no-starttls', ('sh', f'{SWM} starttls {PLAIN} auth'))
dev9('swiftmailer', 'fault-odd-codes', 'fault-odd-codes', ('sh', f'{SWM} plain {PLAIN} noauth bob@example.net carol@example.net'))
dev9('swiftmailer', 'fault-stray-line', 'fault-stray-line', ('sh', f'{SWM} plain {PLAIN} noauth'))
dev9('swiftmailer', 'fault-ehlo', 'fault-ehlo', ('sh', f'{SWM} plain {PLAIN} noauth'))
dev9('swiftmailer', 'fault-no-data-reply', 'fault-no-data-reply', ('sh', f'{SWM} plain {PLAIN} noauth'))

# Horde_Smtp 1.9.6 (php-horde-smtp) with debug => php://stdout: a dashed rule, ">> " notes, "C: "/"S: " per line, the AUTH
# exchange hidden behind "[AUTH Command - method: PLAIN; …]"; then the exception the script catches (clients/horde_smtp_client.php).
HSM = f'timeout 20 php {CLIENTS}/horde_smtp_client.php'
dev9('horde-smtp', 'ok-starttls-auth', 'ok', ('sh', f'{HSM} starttls {PLAIN} auth'))
dev9('horde-smtp', 'smtps-auth', 'ok', ('sh', f'{HSM} smtps {SMTPS} auth'))
dev9('horde-smtp', 'rcpt-reject', 'rcpt-reject', ('sh', f'{HSM} plain {PLAIN} noauth bob@example.net nobody@example.net'))
dev9('horde-smtp', 'auth-fail-cleartext', 'auth-fail', ('sh', f'{HSM} plain {PLAIN} badauth'))
dev9('horde-smtp', 'tempfail', 'tempfail', ('sh', f'{HSM} plain {PLAIN} noauth'))
dev9('horde-smtp', 'policy-reject', 'policy-reject', ('sh', f'{HSM} plain {PLAIN} noauth'))
dev9('horde-smtp', 'shutdown', 'shutdown', ('sh', f'{HSM} plain {PLAIN} noauth'))
dev9('horde-smtp', 'no-starttls', 'no-starttls', ('sh', f'{HSM} starttls {PLAIN} auth'))
dev9('horde-smtp', 'fault-odd-codes', 'fault-odd-codes', ('sh', f'{HSM} plain {PLAIN} noauth bob@example.net carol@example.net'))
dev9('horde-smtp', 'fault-rset-530', 'fault-rset-530', ('sh', f'{HSM} plain {PLAIN} noauth nobody@example.net'))
dev9('horde-smtp', 'fault-stray-line', 'fault-stray-line', ('sh', f'{HSM} plain {PLAIN} noauth'))
dev9('horde-smtp', 'fault-ehlo', 'fault-ehlo', ('sh', f'{HSM} plain {PLAIN} noauth'))

# libetpan 1.9.4 with mailstream_debug = 1 (clients/etpan_smtp_client.c, run by clients/etpan_smtp_run.sh): the script's
# result line, then libetpan-stream-debug.log: each chunk sent or read between ">>>>>>> send >>>>>>" / "<<<<<<< read <<<<<<"
# rules (one reply line per read after STARTTLS).
ETP = f'bash {CLIENTS}/etpan_smtp_run.sh'
dev9('libetpan-stream-debug', 'ok-starttls-auth', 'ok', ('sh', f'{ETP} starttls {PLAIN} auth'))
dev9('libetpan-stream-debug', 'smtps-auth', 'ok', ('sh', f'{ETP} smtps {SMTPS} auth'))
dev9('libetpan-stream-debug', 'rcpt-reject', 'rcpt-reject', ('sh', f'{ETP} plain {PLAIN} noauth bob@example.net nobody@example.net'))
dev9('libetpan-stream-debug', 'auth-fail-cleartext', 'auth-fail', ('sh', f'{ETP} plain {PLAIN} badauth'))
dev9('libetpan-stream-debug', 'tempfail', 'tempfail', ('sh', f'{ETP} plain {PLAIN} noauth'))
dev9('libetpan-stream-debug', 'policy-reject', 'policy-reject', ('sh', f'{ETP} plain {PLAIN} noauth'))
dev9('libetpan-stream-debug', 'no-starttls', 'no-starttls', ('sh', f'{ETP} starttls {PLAIN} auth'))
dev9('libetpan-stream-debug', 'fault-odd-codes', 'fault-odd-codes', ('sh', f'{ETP} plain {PLAIN} noauth bob@example.net carol@example.net'))
dev9('libetpan-stream-debug', 'fault-stray-line', 'fault-stray-line', ('sh', f'{ETP} plain {PLAIN} noauth'))
dev9('libetpan-stream-debug', 'fault-ehlo', 'fault-ehlo', ('sh', f'{ETP} plain {PLAIN} noauth'))
dev9('libetpan-stream-debug', 'fault-no-data-reply', 'fault-no-data-reply', ('sh', f'{ETP} plain {PLAIN} noauth'))

# BusyBox 1.35 telnet typed (no "Trying …" lines; not netkit telnet, telnet-ssl or busybox nc).
BTL = f'busybox telnet 127.0.0.1 {PLAIN}'
dev9('busybox-telnet', 'ok', 'ok', ('typed', BTL, T_BASIC))
dev9('busybox-telnet', 'rcpt-reject', 'rcpt-reject', ('typed', BTL, NC))
dev9('busybox-telnet', 'client-faults', 'ok', ('typed', BTL, CF_TYPED))
dev9('busybox-telnet', 'fault-rset-530', 'fault-rset-530', ('typed', BTL, ['EHLO client.example', 'MAIL FROM:<alice@example.com>', 'RSET', 'QUIT']))
dev9('busybox-telnet', 'tempfail', 'tempfail', ('typed', BTL, ['HELO client.example', 'MAIL FROM:<alice@example.com>', 'RCPT TO:<bob@example.net>', 'QUIT']))


# ---------------- dev10 (issue 19, a tenth round of printed transcripts, measured as collected): producers in no earlier
# group (R's sendmailR, Fossil's SMTP trace, testssl.sh's STARTTLS dialog, Dovecot's submission relay debug log, THC Hydra's
# hex dumps, Monit's alert mail, FLIM's smtp.el trace buffer, GNU inetutils telnet typed), transcripts/dev10/. Capture with
# `capture.py <producer>/` filters. One-time setup:
#   apt-get install -y --no-install-recommends r-cran-sendmailr fossil testssl.sh dovecot-submissiond flim monit hydra inetutils-telnet
def dev10(producer, name, scenario, run):
    add('dev10', producer, name, scenario, run)


# sendmailR 1.4 (R 4.2, Debian r-cran-sendmailr) verbose = TRUE: "<< 220 …" / ">> MAIL FROM:  <…>" (two spaces), HELO only,
# the message body shown as ">> <message data>"; an SMTP error ends the script with R's "Error in wait_for(250) : SMTP Error: …".
SMR = f'timeout 20 Rscript {CLIENTS}/sendmailr_client.R {PLAIN}'
dev10('sendmailr', 'ok', 'ok', ('sh', f'{SMR} bob@example.net'))
dev10('sendmailr', 'rcpt-reject', 'rcpt-reject', ('sh', f'{SMR} bob@example.net,nobody@example.net'))
dev10('sendmailr', 'tempfail', 'tempfail', ('sh', f'{SMR} bob@example.net'))
dev10('sendmailr', 'policy-reject', 'policy-reject', ('sh', f'{SMR} bob@example.net'))
dev10('sendmailr', 'shutdown', 'shutdown', ('sh', f'{SMR} bob@example.net'))
dev10('sendmailr', 'fault-odd-codes', 'fault-odd-codes', ('sh', f'{SMR} bob@example.net,carol@example.net'))
dev10('sendmailr', 'fault-rset-530', 'fault-rset-530', ('sh', f'{SMR} bob@example.net'))
dev10('sendmailr', 'fault-no-data-reply', 'fault-no-data-reply', ('sh', f'{SMR} bob@example.net'))

# Fossil 2.21's test-smtp-send --trace (Fossil's own SMTP client for its email alerts): 'Connection to "127.0.0.1"', then
# "S: 220 …" / "C: EHLO example.com" per line; test-smtp-probe logs a connect, EHLO and QUIT the same way.
FSL = f'timeout 20 fossil test-smtp-send {MAIL} alice@example.com'
FSL_R = f'--relayhost 127.0.0.1 --port {PLAIN} --trace'
dev10('fossil-smtp-trace', 'ok', 'ok', ('sh', f'{FSL} bob@example.net {FSL_R}'))
dev10('fossil-smtp-trace', 'rcpt-reject', 'rcpt-reject', ('sh', f'{FSL} bob@example.net nobody@example.net {FSL_R}'))
dev10('fossil-smtp-trace', 'tempfail', 'tempfail', ('sh', f'{FSL} bob@example.net {FSL_R}'))
dev10('fossil-smtp-trace', 'policy-reject', 'policy-reject', ('sh', f'{FSL} bob@example.net {FSL_R}'))
dev10('fossil-smtp-trace', 'shutdown', 'shutdown', ('sh', f'{FSL} bob@example.net {FSL_R}'))
dev10('fossil-smtp-trace', 'fault-odd-codes', 'fault-odd-codes', ('sh', f'{FSL} bob@example.net carol@example.net {FSL_R}'))
dev10('fossil-smtp-trace', 'fault-stray-line', 'fault-stray-line', ('sh', f'{FSL} bob@example.net {FSL_R}'))
dev10('fossil-smtp-trace', 'fault-ehlo', 'fault-ehlo', ('sh', f'{FSL} bob@example.net {FSL_R}'))
dev10('fossil-smtp-trace', 'fault-no-data-reply', 'fault-no-data-reply', ('sh', f'{FSL} bob@example.net {FSL_R}'))
dev10('fossil-smtp-trace', 'probe', 'ok', ('sh', f'timeout 20 fossil test-smtp-probe 127.0.0.1 client.example --direct --port {PLAIN}'))

# testssl.sh 3.0.8 --starttls smtp --debug 3, protocols only (-p): its banner and findings, and for every probe the STARTTLS
# dialog it speaks itself ("S: 250-STARTTLS", "^^^^^^^ that's what we were looking for ===", "C: STARTTLS plus lf").
TSL = f'timeout 120 testssl --starttls smtp --debug 3 --color 0 --warnings off -p 127.0.0.1:{PLAIN}'
dev10('testssl-debug', 'ok', 'ok', ('sh', TSL))
dev10('testssl-debug', 'no-starttls', 'no-starttls', ('sh', TSL))
dev10('testssl-debug', 'fault-stray-line', 'fault-stray-line', ('sh', TSL))

# Dovecot 2.3.19 submission relaying to the scripted server (clients/dovecot_submission_run.sh): its smtp-client debug log,
# "… smtp-client: conn 127.0.0.1:587 [1]: command RCPT: Sent: RCPT TO:<…>", "… Got reply (1/1): 550 5.1.1 … (1 commands
# pending, 0 commands queued)", a multi-line reply joined into one line; a silent smtplib client submits to Dovecot.
DVC = f'timeout 30 bash {CLIENTS}/dovecot_submission_run.sh'
dev10('dovecot-submission-relay', 'ok-starttls-auth', 'ok', ('sh', f'{DVC} starttls {PLAIN} auth bob@example.net'))
dev10('dovecot-submission-relay', 'smtps', 'ok', ('sh', f'{DVC} smtps {SMTPS} noauth bob@example.net'))
dev10('dovecot-submission-relay', 'rcpt-reject', 'rcpt-reject', ('sh', f'{DVC} no {PLAIN} noauth bob@example.net,nobody@example.net'))
dev10('dovecot-submission-relay', 'auth-fail', 'auth-fail', ('sh', f'{DVC} starttls {PLAIN} badauth bob@example.net'))
dev10('dovecot-submission-relay', 'tempfail', 'tempfail', ('sh', f'{DVC} no {PLAIN} noauth bob@example.net'))
dev10('dovecot-submission-relay', 'policy-reject', 'policy-reject', ('sh', f'{DVC} no {PLAIN} noauth bob@example.net'))
dev10('dovecot-submission-relay', 'shutdown', 'shutdown', ('sh', f'{DVC} no {PLAIN} noauth bob@example.net'))
dev10('dovecot-submission-relay', 'no-starttls', 'no-starttls', ('sh', f'{DVC} starttls {PLAIN} auth bob@example.net'))
dev10('dovecot-submission-relay', 'fault-odd-codes', 'fault-odd-codes', ('sh', f'{DVC} no {PLAIN} noauth bob@example.net,carol@example.net'))
dev10('dovecot-submission-relay', 'fault-stray-line', 'fault-stray-line', ('sh', f'{DVC} no {PLAIN} noauth bob@example.net'))
dev10('dovecot-submission-relay', 'fault-ehlo', 'fault-ehlo', ('sh', f'{DVC} no {PLAIN} noauth bob@example.net'))
dev10('dovecot-submission-relay', 'fault-no-data-reply', 'fault-no-data-reply', ('sh', f'{DVC} no {PLAIN} noauth bob@example.net'))

# THC Hydra 9.4 smtp module with -d: its debug state lines and every read and write as "[DEBUG] RECV [pid:…] (44 bytes):"
# plus a hex dump whose ASCII column holds the protocol text ("0000:  3232 3020 6d61 …    [ 220 mail.test.ex ]").
HYD = 'timeout 30 hydra -d -l alice@example.com'
dev10('hydra-debug', 'login-ok', 'ok', ('sh', f'{HYD} -p s3cret-Pa55 -s {PLAIN} 127.0.0.1 smtp'))
dev10('hydra-debug', 'auth-fail-plain', 'auth-fail', ('sh', f'{HYD} -p wrong -s {PLAIN} -m PLAIN 127.0.0.1 smtp'))
dev10('hydra-debug', 'starttls', 'ok', ('sh', f'{HYD} -p s3cret-Pa55 -s {PLAIN} -m TLS:PLAIN 127.0.0.1 smtp'))
dev10('hydra-debug', 'smtps', 'ok', ('sh', f'{HYD} -p s3cret-Pa55 -s {SMTPS} -S 127.0.0.1 smtp'))

# Monit 5.33 alert mail, foreground with -vv (clients/monit_alert_run.sh): its start-up report, then "SMTP <- 220 …" and
# "SMTP -> EHLO vm" (an empty line after each command), one session per alert recipient; stopped after 4 s.
MON = f'bash {CLIENTS}/monit_alert_run.sh'
dev10('monit-vv', 'ok-starttls-auth', 'ok', ('sh', f'{MON} tls {PLAIN} auth bob@example.net'))
dev10('monit-vv', 'smtps-auth', 'ok', ('sh', f'{MON} ssl {SMTPS} auth bob@example.net'))
dev10('monit-vv', 'rcpt-reject', 'rcpt-reject', ('sh', f'{MON} none {PLAIN} noauth nobody@example.net'))
dev10('monit-vv', 'auth-fail-cleartext', 'auth-fail', ('sh', f'{MON} none {PLAIN} badauth bob@example.net'))
dev10('monit-vv', 'tempfail', 'tempfail', ('sh', f'{MON} none {PLAIN} noauth bob@example.net'))
dev10('monit-vv', 'policy-reject', 'policy-reject', ('sh', f'{MON} none {PLAIN} noauth bob@example.net'))
dev10('monit-vv', 'shutdown', 'shutdown', ('sh', f'{MON} none {PLAIN} noauth bob@example.net'))
dev10('monit-vv', 'no-starttls', 'no-starttls', ('sh', f'{MON} tls {PLAIN} auth bob@example.net'))
dev10('monit-vv', 'fault-odd-codes', 'fault-odd-codes', ('sh', f'{MON} none {PLAIN} noauth carol@example.net'))
dev10('monit-vv', 'fault-stray-line', 'fault-stray-line', ('sh', f'{MON} none {PLAIN} noauth bob@example.net'))
dev10('monit-vv', 'fault-ehlo', 'fault-ehlo', ('sh', f'{MON} none {PLAIN} noauth bob@example.net'))
dev10('monit-vv', 'fault-no-data-reply', 'fault-no-data-reply', ('sh', f'{MON} none {PLAIN} noauth bob@example.net'))

# FLIM 1.14.9 smtp.el (Debian flim; Wanderlust's SMTP library, not Emacs's smtpmail) with smtp-debug, in emacs --batch
# (clients/flim_smtp.el): the error Emacs reports, then the "*trace of SMTP session to 127.0.0.1*" buffer (replies with CR,
# commands as sent, no marks; the message text is not kept, only its final dot).
FLM = f'timeout 30 emacs --batch -Q -l {CLIENTS}/flim_smtp.el'
dev10('flim-smtp', 'ok-starttls-auth', 'ok', ('sh', f'{FLM} {PLAIN} starttls auth bob@example.net'))
dev10('flim-smtp', 'smtps-auth-fail', 'auth-fail', ('sh', f'{FLM} {SMTPS} ssl badauth bob@example.net'))
dev10('flim-smtp', 'rcpt-reject', 'rcpt-reject', ('sh', f'{FLM} {PLAIN} plain noauth bob@example.net,nobody@example.net'))
dev10('flim-smtp', 'auth-fail-cleartext', 'auth-fail', ('sh', f'{FLM} {PLAIN} plain badauth bob@example.net'))
dev10('flim-smtp', 'tempfail', 'tempfail', ('sh', f'{FLM} {PLAIN} plain noauth bob@example.net'))
dev10('flim-smtp', 'policy-reject', 'policy-reject', ('sh', f'{FLM} {PLAIN} plain noauth bob@example.net'))
dev10('flim-smtp', 'shutdown', 'shutdown', ('sh', f'{FLM} {PLAIN} plain noauth bob@example.net'))
dev10('flim-smtp', 'no-starttls', 'no-starttls', ('sh', f'{FLM} {PLAIN} starttls auth bob@example.net'))
dev10('flim-smtp', 'fault-odd-codes', 'fault-odd-codes', ('sh', f'{FLM} {PLAIN} plain noauth bob@example.net,carol@example.net'))
dev10('flim-smtp', 'fault-stray-line', 'fault-stray-line', ('sh', f'{FLM} {PLAIN} plain noauth bob@example.net'))
dev10('flim-smtp', 'fault-ehlo', 'fault-ehlo', ('sh', f'{FLM} {PLAIN} plain noauth bob@example.net'))

# GNU inetutils 2.4 telnet (Debian inetutils-telnet) typed: "Trying 127.0.0.1...", "Connected to 127.0.0.1.", "Escape
# character is '^]'." before, "Connection closed by foreign host." after; not netkit telnet, telnet-ssl or BusyBox telnet.
ITL = f'inetutils-telnet 127.0.0.1 {PLAIN}'
dev10('inetutils-telnet', 'ok', 'ok', ('typed', ITL, T_BASIC))
dev10('inetutils-telnet', 'rcpt-reject', 'rcpt-reject', ('typed', ITL, NC))
dev10('inetutils-telnet', 'client-faults', 'ok', ('typed', ITL, CF_TYPED))
dev10('inetutils-telnet', 'fault-rset-530', 'fault-rset-530', ('typed', ITL, ['EHLO client.example', 'MAIL FROM:<alice@example.com>', 'RSET', 'QUIT']))
dev10('inetutils-telnet', 'shutdown', 'shutdown', ('typed', ITL, ['EHLO client.example', 'MAIL FROM:<alice@example.com>', 'RCPT TO:<bob@example.net>', 'QUIT']))
dev10('inetutils-telnet', 'fault-stray-line', 'fault-stray-line', ('typed', ITL, T_BASIC))



# ---------------- dev11 (issue 19, an eleventh round of printed transcripts, measured as collected): producers in no
# earlier group (pwntools' debug log, Perl's Net::Telnet logs, PuTTY's plink -raw typed, tcputils' tcpconnect typed and
# tcpbug relaying, ltrace on a client's send/recv, mitmdump relaying raw TCP), transcripts/dev11/. Capture with
# `capture.py <producer>/` filters. One-time setup:
#   apt-get install -y --no-install-recommends python3-pwntools libnet-telnet-perl putty-tools tcputils ltrace mitmproxy
def dev11(producer, name, scenario, run):
    add('dev11', producer, name, scenario, run)


AUTH_OK = 'AUTH PLAIN AGFsaWNlQGV4YW1wbGUuY29tAHMzY3JldC1QYTU1'
AUTH_BAD = 'AUTH PLAIN AGFsaWNlQGV4YW1wbGUuY29tAHdyb25n'
ODD = ['EHLO client.example', 'MAIL FROM:<alice@example.com>', 'RCPT TO:<bob@example.net>', 'RCPT TO:<carol@example.net>', 'RSET', 'QUIT']
RSET530 = ['EHLO client.example', 'MAIL FROM:<alice@example.com>', 'RSET', 'QUIT']
SHUT = ['EHLO client.example', 'MAIL FROM:<alice@example.com>', 'RCPT TO:<bob@example.net>', 'QUIT']


def q(lines):
    return ' '.join("'" + l + "'" for l in lines)


# pwntools 4.9 (Debian python3-pwntools) remote() with context.log_level = 'debug' (clients/pwntools_client.py): "[DEBUG] Sent
# 0x15 bytes:" / "[DEBUG] Received 0xbd bytes:", then the bytes as one b'…\r\n' repr per line, indented; "[x]"/"[+]"/"[*]" status.
PWN = f'timeout 30 /usr/bin/python3 {CLIENTS}/pwntools_client.py'
dev11('pwntools-debug', 'ok', 'ok', ('sh', f'{PWN} {PLAIN} plain {q(T_BASIC)}'))
dev11('pwntools-debug', 'smtps-auth', 'ok', ('sh', f'{PWN} {SMTPS} ssl {q(["EHLO client.example", AUTH_OK] + T_BASIC[1:])}'))
dev11('pwntools-debug', 'rcpt-reject', 'rcpt-reject', ('sh', f'{PWN} {PLAIN} plain {q(NC)}'))
dev11('pwntools-debug', 'auth-fail-cleartext', 'auth-fail', ('sh', f'{PWN} {PLAIN} plain {q(["EHLO client.example", AUTH_BAD, "QUIT"])}'))
dev11('pwntools-debug', 'tempfail', 'tempfail', ('sh', f'{PWN} {PLAIN} plain {q(SHUT)}'))
dev11('pwntools-debug', 'policy-reject', 'policy-reject', ('sh', f'{PWN} {PLAIN} plain {q(T_BASIC)}'))
dev11('pwntools-debug', 'shutdown', 'shutdown', ('sh', f'{PWN} {PLAIN} plain {q(SHUT)}'))
dev11('pwntools-debug', 'no-starttls-auth', 'no-starttls', ('sh', f'{PWN} {PLAIN} plain {q(["EHLO client.example", AUTH_OK, "QUIT"])}'))
dev11('pwntools-debug', 'client-faults', 'ok', ('sh', f'{PWN} {PLAIN} plain {q(CF_TYPED)}'))
dev11('pwntools-debug', 'fault-ehlo', 'fault-ehlo', ('sh', f'{PWN} {PLAIN} plain {q(T_BASIC)}'))
dev11('pwntools-debug', 'fault-odd-codes', 'fault-odd-codes', ('sh', f'{PWN} {PLAIN} plain {q(ODD)}'))
dev11('pwntools-debug', 'fault-rset-530', 'fault-rset-530', ('sh', f'{PWN} {PLAIN} plain {q(RSET530)}'))
dev11('pwntools-debug', 'fault-stray-line', 'fault-stray-line', ('sh', f'{PWN} {PLAIN} plain {q(T_BASIC)}'))
dev11('pwntools-debug', 'fault-no-data-reply', 'fault-no-data-reply', ('sh', f'{PWN} {PLAIN} plain {q(T_BASIC)}'))

# Perl Net::Telnet 3.05 (Debian libnet-telnet-perl), Telnetmode off, input_log and output_log both on STDOUT
# (clients/net_telnet_client.pl): the bytes received (CRLF turned into LF) and the lines sent (with their CR), no marks.
NTL = f'timeout 30 perl {CLIENTS}/net_telnet_client.pl {PLAIN}'
dev11('perl-net-telnet', 'ok', 'ok', ('sh', f'{NTL} {q(T_BASIC)}'))
dev11('perl-net-telnet', 'rcpt-reject', 'rcpt-reject', ('sh', f'{NTL} {q(NC)}'))
dev11('perl-net-telnet', 'auth-fail-cleartext', 'auth-fail', ('sh', f'{NTL} {q(["EHLO client.example", AUTH_BAD, "QUIT"])}'))
dev11('perl-net-telnet', 'tempfail', 'tempfail', ('sh', f'{NTL} {q(SHUT)}'))
dev11('perl-net-telnet', 'policy-reject', 'policy-reject', ('sh', f'{NTL} {q(T_BASIC)}'))
dev11('perl-net-telnet', 'client-faults', 'ok', ('sh', f'{NTL} {q(CF_TYPED)}'))
dev11('perl-net-telnet', 'fault-ehlo', 'fault-ehlo', ('sh', f'{NTL} {q(T_BASIC)}'))
dev11('perl-net-telnet', 'fault-odd-codes', 'fault-odd-codes', ('sh', f'{NTL} {q(ODD)}'))
dev11('perl-net-telnet', 'fault-stray-line', 'fault-stray-line', ('sh', f'{NTL} {q(T_BASIC)}'))
dev11('perl-net-telnet', 'fault-no-data-reply', 'fault-no-data-reply', ('sh', f'{NTL} {q(T_BASIC)}'))

# PuTTY 0.78 plink -raw -v (Debian putty-tools) typed: its event log on stderr ("Looking up host …", "Connecting to 127.0.0.1
# port 587", "Connected to 127.0.0.1") before the session, the typed lines echoed by the terminal between the replies.
PLK = f'plink -raw -v -P {PLAIN} 127.0.0.1'
dev11('plink-raw', 'ok', 'ok', ('typed', PLK, T_BASIC))
dev11('plink-raw', 'rcpt-reject', 'rcpt-reject', ('typed', PLK, NC))
dev11('plink-raw', 'auth-fail-cleartext', 'auth-fail', ('typed', PLK, ['EHLO client.example', AUTH_BAD, 'QUIT']))
dev11('plink-raw', 'client-faults', 'ok', ('typed', PLK, CF_TYPED))
dev11('plink-raw', 'shutdown', 'shutdown', ('typed', PLK, SHUT))
dev11('plink-raw', 'fault-odd-codes', 'fault-odd-codes', ('typed', PLK, ODD))
dev11('plink-raw', 'fault-rset-530', 'fault-rset-530', ('typed', PLK, RSET530))
dev11('plink-raw', 'fault-stray-line', 'fault-stray-line', ('typed', PLK, T_BASIC))

# tcputils 0.6.2 tcpconnect -v typed (LF line ends): "tcpconnect: connected to 127.0.0.1(587)"-style status on stderr.
TCC = f'tcpconnect -v 127.0.0.1 {PLAIN}'
dev11('tcpconnect', 'ok', 'ok', ('typed', TCC, T_BASIC))
dev11('tcpconnect', 'rcpt-reject', 'rcpt-reject', ('typed', TCC, NC))
dev11('tcpconnect', 'client-faults', 'ok', ('typed', TCC, CF_TYPED))
dev11('tcpconnect', 'tempfail', 'tempfail', ('typed', TCC, SHUT))
dev11('tcpconnect', 'fault-ehlo', 'fault-ehlo', ('typed', TCC, T_BASIC))
dev11('tcpconnect', 'fault-rset-530', 'fault-rset-530', ('typed', TCC, RSET530))

# tcputils' tcpbug relaying 127.0.0.1:2526 to the scripted server and printing what passes: ">" before each line from the
# client, "<" before each line from the server, then a space; -b byte offsets, -t/-T times before the mark (its -c and -x print one byte
# per column, like od, which splits every line: not used).
def tcpbug(flags=''):
    return f'exec tcpbug {flags} 2526 127.0.0.1 {PLAIN}'


def dev11_beside(name, scenario, flags, client):
    dev11('tcpbug', name, scenario, ('beside', tcpbug(flags), 1.0, client, None))


dev11_beside('ok', 'ok', '', silent('--mode plain --port 2526'))
dev11_beside('ok-starttls-auth', 'ok', '', silent('--mode starttls --port 2526 --auth'))
dev11_beside('rcpt-reject-offsets', 'rcpt-reject', '-b', silent('--mode plain --port 2526 --rcpt bob@example.net --rcpt nobody@example.net'))
dev11_beside('auth-fail-cleartext-reltimes', 'auth-fail', '-T', silent('--mode plain --port 2526 --auth'))
dev11_beside('tempfail-times', 'tempfail', '-t', silent('--mode plain --port 2526'))
dev11_beside('policy-reject-reltimes', 'policy-reject', '-T', silent('--mode plain --port 2526'))
dev11_beside('fault-ehlo', 'fault-ehlo', '', silent('--mode plain --port 2526'))
dev11_beside('fault-stray-line-offsets', 'fault-stray-line', '-b', silent('--mode plain --port 2526'))
dev11_beside('fault-odd-codes-offsets-times', 'fault-odd-codes', '-b -t', silent('--mode plain --port 2526 --rcpt bob@example.net --rcpt carol@example.net'))
dev11_beside('client-faults-typed', 'ok', '', ('typed', 'nc -C 127.0.0.1 2526', CF_TYPED))

# mitmproxy 8.1.1's mitmdump (Debian mitmproxy) in reverse mode with every host passed through as raw TCP (tcp_hosts) and
# flow_detail 3: "127.0.0.1:57798 <- tcp <- 127.0.0.1:587", a blank line, then each chunk's lines indented by four spaces.
MITM = ("exec mitmdump --mode reverse:http://127.0.0.1:587 --listen-host 127.0.0.1 --listen-port 2526 --set tcp_hosts='.*' "
        "--set flow_detail=3 --set confdir=/tmp/corpus-mitmproxy")


def mitm(name, scenario, client):
    dev11('mitmdump-tcp', name, scenario, ('beside', MITM, 4.0, client, None))


mitm('ok', 'ok', silent('--mode plain --port 2526'))
mitm('ok-starttls-auth', 'ok', silent('--mode starttls --port 2526 --auth'))
mitm('rcpt-reject', 'rcpt-reject', silent('--mode plain --port 2526 --rcpt bob@example.net --rcpt nobody@example.net'))
mitm('auth-fail-cleartext', 'auth-fail', silent('--mode plain --port 2526 --auth'))
mitm('tempfail', 'tempfail', silent('--mode plain --port 2526'))
mitm('policy-reject', 'policy-reject', silent('--mode plain --port 2526'))
mitm('shutdown', 'shutdown', silent('--mode plain --port 2526'))
mitm('fault-ehlo', 'fault-ehlo', silent('--mode plain --port 2526'))
mitm('fault-odd-codes', 'fault-odd-codes', silent('--mode plain --port 2526 --rcpt bob@example.net --rcpt carol@example.net'))
mitm('fault-stray-line', 'fault-stray-line', silent('--mode plain --port 2526'))
mitm('client-faults-typed', 'ok', ('typed', 'nc -C 127.0.0.1 2526', CF_TYPED))

# ltrace 0.7.3 on a client, only send() and recv(), with clients/ltrace_smtp.conf giving their buffers as strings:
# 'libcurl.so.4->recv(6, "250-mail.test.example Hello …\r\n250-PIPELINING\r\n…", 102400, 0) = 186' (a whole multi-line
# reply in one string, split at its escaped CRLFs), then the client's own last words (curl's "curl: (55) RCPT failed: 550").
LT = f'timeout 30 ltrace -F {CLIENTS}/ltrace_smtp.conf -s 1024 -e send+recv'
LTC = f'{LT} curl -sS --url smtp://127.0.0.1:{PLAIN} --mail-from alice@example.com -T {MAIL}'
dev11('ltrace', 'curl-ok', 'ok', ('sh', f'{LTC} --mail-rcpt bob@example.net'))
dev11('ltrace', 'curl-rcpt-reject', 'rcpt-reject', ('sh', f'{LTC} --mail-rcpt bob@example.net --mail-rcpt nobody@example.net'))
dev11('ltrace', 'curl-auth-fail-cleartext', 'auth-fail', ('sh', f'{LTC} --mail-rcpt bob@example.net --user alice@example.com:wrong'))
dev11('ltrace', 'curl-tempfail', 'tempfail', ('sh', f'{LTC} --mail-rcpt bob@example.net'))
dev11('ltrace', 'curl-policy-reject', 'policy-reject', ('sh', f'{LTC} --mail-rcpt bob@example.net'))
dev11('ltrace', 'curl-shutdown', 'shutdown', ('sh', f'{LTC} --mail-rcpt bob@example.net'))
dev11('ltrace', 'curl-fault-ehlo', 'fault-ehlo', ('sh', f'{LTC} --mail-rcpt bob@example.net'))
dev11('ltrace', 'curl-fault-stray-line', 'fault-stray-line', ('sh', f'{LTC} --mail-rcpt bob@example.net'))
dev11('ltrace', 'curl-fault-no-data-reply', 'fault-no-data-reply', ('sh', f'{LTC} --mail-rcpt bob@example.net'))
dev11('ltrace', 'smtplib-rcpt-reject', 'rcpt-reject', ('sh', f'{LT} {SILENT} --mode plain --rcpt bob@example.net --rcpt nobody@example.net'))
dev11('ltrace', 'smtplib-fault-odd-codes', 'fault-odd-codes', ('sh', f'{LT} {SILENT} --mode plain --rcpt bob@example.net --rcpt carol@example.net'))
dev11('ltrace', 'smtplib-fault-rset-530', 'fault-rset-530', ('sh', f'{LT} {SILENT} --mode plain'))


# ---------------- dev12 (issue 19, a twelfth round of printed transcripts, measured as collected): producers in no
# earlier group (stone's packet dump while relaying, C-Kermit's CONNECT mode typed, Scapy's Packet.show() of a loopback
# sniff, Ruby's Net::Telnet Output_log), transcripts/dev12/. Capture with `capture.py <producer>/` filters. One-time setup:
#   apt-get install -y --no-install-recommends stone ckermit python3-scapy ruby-net-telnet
def dev12(producer, name, scenario, run):
    add('dev12', producer, name, scenario, run)


# stone 2.4 (Debian stone) relaying 127.0.0.1:2526 to the scripted server with -pp (packet dump as text): its start lines,
# then "Dec  6 18:58:20.748230 140076460712000 3 5<6 220 mail.test.example …<0d><0a>" per line passed (time, thread id,
# stone number, then the two socket numbers with "<" for what came from the server, ">" for what the client sent), bytes
# outside printable ASCII as <xx>; "SIGTERM/INT. exiting" when stopped.
STONE = 'exec stone -r -pp -n 127.0.0.1:587 2526'


def stone(name, scenario, client):
    dev12('stone-dump', name, scenario, ('beside', STONE, 1.0, client, None))


stone('ok', 'ok', silent('--mode plain --port 2526'))
stone('ok-starttls-auth', 'ok', silent('--mode starttls --port 2526 --auth'))
stone('rcpt-reject', 'rcpt-reject', silent('--mode plain --port 2526 --rcpt bob@example.net --rcpt nobody@example.net'))
stone('auth-fail-cleartext', 'auth-fail', silent('--mode plain --port 2526 --auth'))
stone('tempfail', 'tempfail', silent('--mode plain --port 2526'))
stone('policy-reject', 'policy-reject', silent('--mode plain --port 2526'))
stone('shutdown', 'shutdown', silent('--mode plain --port 2526'))
stone('no-starttls', 'no-starttls', silent('--mode starttls --port 2526'))
stone('fault-ehlo', 'fault-ehlo', silent('--mode plain --port 2526'))
stone('fault-odd-codes', 'fault-odd-codes', silent('--mode plain --port 2526 --rcpt bob@example.net --rcpt carol@example.net'))
stone('fault-stray-line', 'fault-stray-line', silent('--mode plain --port 2526'))
stone('fault-no-data-reply', 'fault-no-data-reply', silent('--mode plain --port 2526'))
stone('client-faults-typed', 'ok', ('typed', 'nc -C 127.0.0.1 2526', CF_TYPED))

# C-Kermit 10.0 Beta.08 (Debian ckermit) typed in CONNECT mode over a raw socket (clients/kermit_smtp.ksc: local echo,
# CRLF for Enter, exit on disconnect): its banner, " Trying 127.0.0.1... (OK)", "Connecting to host 127.0.0.1:587",
# the escape-character help and a dashed rule before the session, "Communications disconnect (Back at localhost)" after.
KRM = f'exec timeout -s KILL 40 kermit -Y -C "define port {PLAIN}, take {CLIENTS}/kermit_smtp.ksc, connect"'
dev12('ckermit-connect', 'ok', 'ok', ('typed', KRM, T_BASIC))
dev12('ckermit-connect', 'rcpt-reject', 'rcpt-reject', ('typed', KRM, NC))
dev12('ckermit-connect', 'auth-fail-cleartext', 'auth-fail', ('typed', KRM, ['EHLO client.example', AUTH_BAD, 'QUIT']))
dev12('ckermit-connect', 'client-faults', 'ok', ('typed', KRM, CF_TYPED))
dev12('ckermit-connect', 'tempfail', 'tempfail', ('typed', KRM, SHUT))
dev12('ckermit-connect', 'shutdown', 'shutdown', ('typed', KRM, SHUT))
dev12('ckermit-connect', 'fault-odd-codes', 'fault-odd-codes', ('typed', KRM, ODD))
dev12('ckermit-connect', 'fault-rset-530', 'fault-rset-530', ('typed', KRM, RSET530))
dev12('ckermit-connect', 'fault-stray-line', 'fault-stray-line', ('typed', KRM, T_BASIC))
dev12('ckermit-connect', 'fault-ehlo', 'fault-ehlo', ('typed', KRM, T_BASIC))

# Scapy 2.5 (Debian python3-scapy) sniffing the loopback with libpcap (clients/scapy_sniff.py): Packet.show() of every
# segment that carries data, "###[ Ethernet ]###", "###[ IP ]###", "###[ TCP ]###" (sport = submission), then
# "###[ Raw ]###" and "load      = '250-PIPELINING\r\n'" (a str repr; several lines in one load are joined by a literal
# \r\n); ciphertext after STARTTLS as a bytes repr.
SCAPY = f'exec /usr/bin/python3 -u {CLIENTS}/scapy_sniff.py {PLAIN}'


def scapy(name, scenario, client):
    dev12('scapy-show', name, scenario, ('beside', SCAPY, 3.0, client, None))


scapy('ok', 'ok', silent('--mode plain'))
scapy('ok-starttls-auth', 'ok', silent('--mode starttls --auth'))
scapy('rcpt-reject', 'rcpt-reject', silent('--mode plain --rcpt bob@example.net --rcpt nobody@example.net'))
scapy('auth-fail-cleartext', 'auth-fail', silent('--mode plain --auth'))
scapy('tempfail', 'tempfail', silent('--mode plain'))
scapy('policy-reject', 'policy-reject', silent('--mode plain'))
scapy('shutdown', 'shutdown', silent('--mode plain'))
scapy('fault-ehlo', 'fault-ehlo', silent('--mode plain'))
scapy('fault-odd-codes', 'fault-odd-codes', silent('--mode plain --rcpt bob@example.net --rcpt carol@example.net'))
scapy('fault-stray-line', 'fault-stray-line', silent('--mode plain'))
scapy('fault-no-data-reply', 'fault-no-data-reply', silent('--mode plain'))
scapy('client-faults-typed', 'ok', ('typed', f'nc -C 127.0.0.1 {PLAIN}', CF_TYPED))

# Ruby's Net::Telnet 0.2.0 (Debian ruby-net-telnet), Telnetmode off, Output_log on STDOUT (clients/ruby_net_telnet_client.rb):
# "Trying 127.0.0.1...", "Connected to 127.0.0.1.", then only what was received (the replies, CRs kept): Net::Telnet does
# not log what it sends (when the server closes instead of replying, the log just ends).
RBT = f'timeout 30 ruby {CLIENTS}/ruby_net_telnet_client.rb {PLAIN}'
dev12('ruby-net-telnet', 'ok', 'ok', ('sh', f'{RBT} {q(T_BASIC)}'))
dev12('ruby-net-telnet', 'rcpt-reject', 'rcpt-reject', ('sh', f'{RBT} {q(NC)}'))
dev12('ruby-net-telnet', 'auth-fail-cleartext', 'auth-fail', ('sh', f'{RBT} {q(["EHLO client.example", AUTH_BAD, "QUIT"])}'))
dev12('ruby-net-telnet', 'tempfail', 'tempfail', ('sh', f'{RBT} {q(SHUT)}'))
dev12('ruby-net-telnet', 'policy-reject', 'policy-reject', ('sh', f'{RBT} {q(T_BASIC)}'))
dev12('ruby-net-telnet', 'client-faults', 'ok', ('sh', f'{RBT} {q(CF_TYPED)}'))
dev12('ruby-net-telnet', 'fault-ehlo', 'fault-ehlo', ('sh', f'{RBT} {q(T_BASIC)}'))
dev12('ruby-net-telnet', 'fault-odd-codes', 'fault-odd-codes', ('sh', f'{RBT} {q(ODD)}'))
dev12('ruby-net-telnet', 'fault-rset-530', 'fault-rset-530', ('sh', f'{RBT} {q(RSET530)}'))
dev12('ruby-net-telnet', 'fault-stray-line', 'fault-stray-line', ('sh', f'{RBT} {q(T_BASIC)}'))
dev12('ruby-net-telnet', 'fault-no-data-reply', 'fault-no-data-reply', ('sh', f'{RBT} {q(T_BASIC)}'))

# ---------------- dev13 (issue 19, a thirteenth round of printed transcripts, measured as collected): producers in no
# earlier group (tcpreen's bridge log in its text formats, OpenSMTPD relaying with its transfer trace), transcripts/dev13/.
# Capture with `capture.py <producer>/` filters. One-time setup:
#   apt-get install -y --no-install-recommends tcpreen
#   mkdir -p /tmp/xdeb-opensmtpd && cd /tmp/xdeb-opensmtpd && apt-get download opensmtpd && dpkg -x opensmtpd_*.deb root
#   (users opensmtpd and opensmtpq as the package creates them; clients/opensmtpd_relay_run.sh does the rest)
def dev13(producer, name, scenario, run):
    add('dev13', producer, name, scenario, run)


# tcpreen 1.4.4 (Debian tcpreen) bridging 127.0.0.1:2526 to the scripted server: "Connection from: 127.0.0.1 port 57386",
# "Transmission follows...", then each chunk read after ">>> " (from the server) or "<<< " (from the client); a chunk of
# several lines keeps the mark on its first line only. -f strip drops the CRs and other control bytes, raw keeps them,
# C writes them as \r\n escapes (a chunk on one line), hex as hex bytes.
def tcpreen(name, scenario, fmt, client):
    dev13('tcpreen', name, scenario, ('beside', f'exec tcpreen -n -s 127.0.0.1 -f {fmt} {PLAIN} 2526', 1.0, client, None))


tcpreen('ok-strip', 'ok', 'strip', silent('--mode plain --port 2526'))
tcpreen('ok-starttls-auth-strip', 'ok', 'strip', silent('--mode starttls --port 2526 --auth'))
tcpreen('rcpt-reject-raw', 'rcpt-reject', 'raw', silent('--mode plain --port 2526 --rcpt bob@example.net --rcpt nobody@example.net'))
tcpreen('auth-fail-cleartext-strip', 'auth-fail', 'strip', silent('--mode plain --port 2526 --auth'))
tcpreen('tempfail-c', 'tempfail', 'C', silent('--mode plain --port 2526'))
tcpreen('policy-reject-c', 'policy-reject', 'C', silent('--mode plain --port 2526'))
tcpreen('shutdown-raw', 'shutdown', 'raw', silent('--mode plain --port 2526'))
tcpreen('ok-hex', 'ok', 'hex', silent('--mode plain --port 2526'))
tcpreen('fault-ehlo-strip', 'fault-ehlo', 'strip', silent('--mode plain --port 2526'))
tcpreen('fault-odd-codes-raw', 'fault-odd-codes', 'raw', silent('--mode plain --port 2526 --rcpt bob@example.net --rcpt carol@example.net'))
tcpreen('fault-stray-line-strip', 'fault-stray-line', 'strip', silent('--mode plain --port 2526'))
tcpreen('fault-no-data-reply-c', 'fault-no-data-reply', 'C', silent('--mode plain --port 2526'))
tcpreen('client-faults-typed-strip', 'ok', 'strip', ('typed', 'nc -C 127.0.0.1 2526', CF_TYPED))
tcpreen('fault-rset-530-typed-raw', 'fault-rset-530', 'raw', ('typed', 'nc -C 127.0.0.1 2526', RSET530))

# OpenSMTPD 6.8.0p2 relaying to the scripted server (clients/opensmtpd_relay_run.sh): `smtpd -d -v -T transfer`, a silent
# smtplib client submitting on :2587. Its start-up and queue debug lines, then the outgoing session as
# "mta: 0x55f7468e2610: <<< 220 …" (received) and ">>> EHLO relay.test.example" (sent) between state changes
# (MTA_EHLO -> MTA_STARTTLS), the body as ">>> [...479 bytes...]", and each result as "mta delivery … stat=\"550 5.1.1 …\"".
OSR = f'timeout 50 bash {CLIENTS}/opensmtpd_relay_run.sh'
OSR_PLAIN = f"'host smtp://127.0.0.1:{PLAIN}'"
OSR_AUTH = f"'host smtp+tls://corpus@127.0.0.1:{PLAIN} tls no-verify auth <secrets>'"
dev13('opensmtpd-relay', 'ok', 'ok', ('sh', f'{OSR} {OSR_PLAIN} 3 --mode plain --rcpt bob@example.net'))
dev13('opensmtpd-relay', 'ok-starttls-auth', 'ok', ('sh', f'{OSR} {OSR_AUTH} 3 --mode plain --rcpt bob@example.net'))
dev13('opensmtpd-relay', 'smtps-auth', 'ok', ('sh', f"{OSR} 'host smtps://corpus@127.0.0.1:{SMTPS} tls no-verify auth <secrets>' 3 --mode plain --rcpt bob@example.net"))
dev13('opensmtpd-relay', 'rcpt-reject', 'rcpt-reject', ('sh', f'{OSR} {OSR_PLAIN} 4 --mode plain --rcpt bob@example.net --rcpt nobody@example.net'))
dev13('opensmtpd-relay', 'tempfail', 'tempfail', ('sh', f'{OSR} {OSR_PLAIN} 3 --mode plain --rcpt bob@example.net'))
dev13('opensmtpd-relay', 'auth-fail', 'auth-fail', ('sh', f"{OSR} 'host smtp+tls://wrong@127.0.0.1:{PLAIN} tls no-verify auth <secrets>' 3 --mode plain --rcpt bob@example.net"))
dev13('opensmtpd-relay', 'policy-reject', 'policy-reject', ('sh', f'{OSR} {OSR_PLAIN} 3 --mode plain --rcpt bob@example.net'))
dev13('opensmtpd-relay', 'shutdown', 'shutdown', ('sh', f'{OSR} {OSR_PLAIN} 3 --mode plain --rcpt bob@example.net'))
dev13('opensmtpd-relay', 'no-starttls', 'no-starttls', ('sh', f'{OSR} {OSR_AUTH} 3 --mode plain --rcpt bob@example.net'))
dev13('opensmtpd-relay', 'fault-ehlo', 'fault-ehlo', ('sh', f'{OSR} {OSR_PLAIN} 3 --mode plain --rcpt bob@example.net'))
dev13('opensmtpd-relay', 'fault-odd-codes', 'fault-odd-codes', ('sh', f'{OSR} {OSR_PLAIN} 3 --mode plain --rcpt bob@example.net --rcpt carol@example.net'))
dev13('opensmtpd-relay', 'fault-stray-line', 'fault-stray-line', ('sh', f'{OSR} {OSR_PLAIN} 3 --mode plain --rcpt bob@example.net'))
dev13('opensmtpd-relay', 'fault-no-data-reply', 'fault-no-data-reply', ('sh', f'{OSR} {OSR_PLAIN} 3 --mode plain --rcpt bob@example.net'))

# msmtp 1.8.23 without --debug, its log on stdout (--logfile=-): what a user sees when a mail is refused. One log line
# per mail ("Dec 06 20:56:18 host=127.0.0.1 tls=off auth=off from=… recipients=… smtpstatus=550 smtpmsg='550 5.1.1 …'
# errormsg='…' exitcode=EX_DATAERR"), then on stderr "msmtp: server message: 550 5.1.1 …" and "msmtp: could not send mail";
# not the --debug dialogue of dev/.
MSL = f'msmtp --logfile=- --host=127.0.0.1 --domain=client.example --from=alice@example.com --tls-certcheck=off'
MSL_AUTH = '--auth=plain --user=alice@example.com --passwordeval="echo s3cret-Pa55"'
MSL_PLAIN = f'{MSL} --port={PLAIN} --tls=off'
dev13('msmtp-logfile', 'ok', 'ok', ('sh', f'{MSL_PLAIN} bob@example.net < {MAIL}'))
dev13('msmtp-logfile', 'ok-starttls-auth', 'ok', ('sh', f'{MSL} --port={PLAIN} --tls=on {MSL_AUTH} bob@example.net < {MAIL}'))
dev13('msmtp-logfile', 'smtps-auth', 'ok', ('sh', f'{MSL} --port={SMTPS} --tls=on --tls-starttls=off {MSL_AUTH} bob@example.net < {MAIL}'))
dev13('msmtp-logfile', 'rcpt-reject', 'rcpt-reject', ('sh', f'{MSL_PLAIN} bob@example.net nobody@example.net < {MAIL}'))
dev13('msmtp-logfile', 'rcpt-reject-all', 'rcpt-reject', ('sh', f'{MSL_PLAIN} nobody@example.net < {MAIL}'))
dev13('msmtp-logfile', 'tempfail', 'tempfail', ('sh', f'{MSL_PLAIN} bob@example.net < {MAIL}'))
dev13('msmtp-logfile', 'auth-fail', 'auth-fail', ('sh', f'{MSL} --port={PLAIN} --tls=on --auth=plain --user=alice@example.com --passwordeval="echo wrong" bob@example.net < {MAIL}'))
dev13('msmtp-logfile', 'auth-fail-cleartext', 'auth-fail', ('sh', f'{MSL_PLAIN} --auth=login --user=alice@example.com --passwordeval="echo wrong" bob@example.net < {MAIL}'))
dev13('msmtp-logfile', 'shutdown', 'shutdown', ('sh', f'{MSL_PLAIN} bob@example.net < {MAIL}'))
dev13('msmtp-logfile', 'policy-reject', 'policy-reject', ('sh', f'{MSL_PLAIN} bob@example.net < {MAIL}'))
dev13('msmtp-logfile', 'no-starttls', 'no-starttls', ('sh', f'{MSL} --port={PLAIN} --tls=on bob@example.net < {MAIL}'))
dev13('msmtp-logfile', 'fault-odd-codes', 'fault-odd-codes', ('sh', f'{MSL_PLAIN} bob@example.net carol@example.net < {MAIL}'))
dev13('msmtp-logfile', 'fault-rset-530', 'fault-rset-530', ('sh', f'{MSL_PLAIN} bob@example.net < {MAIL}'))
dev13('msmtp-logfile', 'fault-stray-line', 'fault-stray-line', ('sh', f'{MSL_PLAIN} bob@example.net < {MAIL}'))
dev13('msmtp-logfile', 'fault-no-data-reply', 'fault-no-data-reply', ('sh', f'{MSL_PLAIN} bob@example.net < {MAIL}'))

# bash 5.2's /dev/tcp typed at an interactive shell (PS1 "$ "): fd 3 opened on the server, "cat <&3 &" printing what
# arrives ("[1] 4242" first, "[1]+  Done  cat 0<&3" after QUIT), each command sent with printf or echo -e; the replies
# land between the prompts. A person's way to talk SMTP with no telnet or nc installed; not the here-document into nc of dev6.
# An interactive bash ignores the SIGTERM that ends a typed session: it leaves by the typed exit, or is killed at 40 s.
DEVTCP = "exec timeout -s KILL 40 env -i PS1='$ ' TERM=dumb bash --norc --noprofile -i"
DEVTCP_OPEN = [f'#exec 3<>/dev/tcp/127.0.0.1/{PLAIN}', 'cat <&3 &']


def devtcp(lines, echo=False):
    """The typed lines: each SMTP line sent with printf (echo -e where echo), message text in one printf with the dot."""
    out, body = list(DEVTCP_OPEN), []
    for line in lines:
        if line.startswith('#'):
            body.append(line[1:])
            continue
        if body:
            line, body = '\\r\\n'.join(body + [line]), []
        out.append(f"echo -e '{line}\\r' >&3" if echo else f"printf '{line}\\r\\n' >&3")
    return out + ['#exec 3>&-', '#exit']


dev13('bash-dev-tcp', 'ok', 'ok', ('typed', DEVTCP, devtcp(T_BASIC)))
dev13('bash-dev-tcp', 'rcpt-reject-echo', 'rcpt-reject', ('typed', DEVTCP, devtcp(NC, echo=True)))
dev13('bash-dev-tcp', 'auth-fail-cleartext', 'auth-fail', ('typed', DEVTCP, devtcp(['EHLO client.example', AUTH_BAD, 'QUIT'])))
dev13('bash-dev-tcp', 'client-faults', 'ok', ('typed', DEVTCP, devtcp(CF_TYPED)))
dev13('bash-dev-tcp', 'tempfail', 'tempfail', ('typed', DEVTCP, devtcp(SHUT)))
dev13('bash-dev-tcp', 'shutdown', 'shutdown', ('typed', DEVTCP, devtcp(SHUT)))
dev13('bash-dev-tcp', 'policy-reject-echo', 'policy-reject', ('typed', DEVTCP, devtcp(T_BASIC, echo=True)))
dev13('bash-dev-tcp', 'fault-ehlo', 'fault-ehlo', ('typed', DEVTCP, devtcp(T_BASIC)))
dev13('bash-dev-tcp', 'fault-odd-codes', 'fault-odd-codes', ('typed', DEVTCP, devtcp(ODD)))
dev13('bash-dev-tcp', 'fault-rset-530', 'fault-rset-530', ('typed', DEVTCP, devtcp(RSET530)))
dev13('bash-dev-tcp', 'fault-stray-line', 'fault-stray-line', ('typed', DEVTCP, devtcp(T_BASIC)))
dev13('bash-dev-tcp', 'fault-no-data-reply', 'fault-no-data-reply', ('typed', DEVTCP, devtcp(T_BASIC)))


# ---------------- dev14 (issue 19, a fourteenth round of printed transcripts, measured as collected): producers in no
# earlier group (two pre-2012 Node SMTP libraries with debug output, chasquid's server log, Net::SMTP_auth), transcripts/dev14/.
# Capture with `capture.py <producer>/` filters. One-time setup:
#   apt-get install -y --no-install-recommends chasquid libnet-smtpauth-perl
#   mkdir -p /tmp/corpus-node14 && cd /tmp/corpus-node14 && npm init -y && npm install mail@0.2.3 mailer@0.6.7
def dev14(producer, name, scenario, run):
    add('dev14', producer, name, scenario, run)


# node-mail 0.2.3 (npm `mail`) with NODE_DEBUG=mail: "TLS: READ (((250-PIPELINING)))" per reply line, "TLS: SEND (((EHLO
# client.example" + CRLF + ")))" per write, then the script's "send failed: : 550 …" (clients/node_mail_client.js). Its
# STARTTLS uses crypto.createCredentials, gone from Node 20: one session shows that crash; the others run in cleartext.
NMAIL = f'NODE_DEBUG=mail timeout 10 node {CLIENTS}/node_mail_client.js'
dev14('node-mail', 'ok', 'ok', ('sh', f'{NMAIL} plain {PLAIN} no'))
dev14('node-mail', 'starttls-crash', 'ok', ('sh', f'{NMAIL} starttls {PLAIN} no'))
dev14('node-mail', 'rcpt-reject', 'rcpt-reject', ('sh', f'{NMAIL} plain {PLAIN} no bob@example.net nobody@example.net'))
dev14('node-mail', 'rcpt-reject-all', 'rcpt-reject', ('sh', f'{NMAIL} plain {PLAIN} no nobody@example.net'))
dev14('node-mail', 'tempfail', 'tempfail', ('sh', f'{NMAIL} plain {PLAIN} no'))
dev14('node-mail', 'shutdown', 'shutdown', ('sh', f'{NMAIL} plain {PLAIN} no'))
dev14('node-mail', 'policy-reject', 'policy-reject', ('sh', f'{NMAIL} plain {PLAIN} no'))
dev14('node-mail', 'fault-ehlo', 'fault-ehlo', ('sh', f'{NMAIL} plain {PLAIN} no'))
dev14('node-mail', 'fault-odd-codes', 'fault-odd-codes', ('sh', f'{NMAIL} plain {PLAIN} no bob@example.net carol@example.net'))
dev14('node-mail', 'fault-rset-530', 'fault-rset-530', ('sh', f'{NMAIL} plain {PLAIN} no'))
dev14('node-mail', 'fault-stray-line', 'fault-stray-line', ('sh', f'{NMAIL} plain {PLAIN} no'))
dev14('node-mail', 'fault-no-data-reply', 'fault-no-data-reply', ('sh', f'{NMAIL} plain {PLAIN} no'))

# node_mailer 0.6.7 (npm `mailer`) on its bundled nodemailer 0.1.20, debug: true (clients/node_mailer_client.js):
# "CONNECTION (X): 220 …", then "SEND (X):" / "RECEIVE (X):" headers with each chunk below as a JSON string after "└──"
# ("250-mail.test.example …\r\n250-PIPELINING\r\n…"), a received chunk followed by its buffered remainder (earlier
# replies again), "Routing Data (X)" notes. It always tries STARTTLS when offered and crashes there on Node 20
# (crypto.createCredentials), so most sessions use implicit TLS on :465 (NODE_TLS_REJECT_UNAUTHORIZED=0 for the test certificate).
NMAILER = f'NODE_TLS_REJECT_UNAUTHORIZED=0 timeout 10 node {CLIENTS}/node_mailer_client.js'
dev14('node-mailer', 'starttls-crash', 'ok', ('sh', f'{NMAILER} plain {PLAIN} no'))
dev14('node-mailer', 'smtps-auth', 'ok', ('sh', f'{NMAILER} smtps {SMTPS} auth'))
dev14('node-mailer', 'smtps-rcpt-reject', 'rcpt-reject', ('sh', f'{NMAILER} smtps {SMTPS} no bob@example.net nobody@example.net'))
dev14('node-mailer', 'smtps-tempfail', 'tempfail', ('sh', f'{NMAILER} smtps {SMTPS} no'))
dev14('node-mailer', 'smtps-auth-fail', 'auth-fail', ('sh', f'{NMAILER} smtps {SMTPS} auth'))
dev14('node-mailer', 'smtps-shutdown', 'shutdown', ('sh', f'{NMAILER} smtps {SMTPS} no'))
dev14('node-mailer', 'smtps-policy-reject', 'policy-reject', ('sh', f'{NMAILER} smtps {SMTPS} no'))
dev14('node-mailer', 'no-starttls-auth-cleartext', 'no-starttls', ('sh', f'{NMAILER} plain {PLAIN} auth'))
dev14('node-mailer', 'fault-ehlo', 'fault-ehlo', ('sh', f'{NMAILER} plain {PLAIN} no'))
dev14('node-mailer', 'smtps-fault-odd-codes', 'fault-odd-codes', ('sh', f'{NMAILER} smtps {SMTPS} no bob@example.net carol@example.net'))
dev14('node-mailer', 'smtps-fault-rset-530', 'fault-rset-530', ('sh', f'{NMAILER} smtps {SMTPS} no'))
dev14('node-mailer', 'smtps-fault-stray-line', 'fault-stray-line', ('sh', f'{NMAILER} smtps {SMTPS} no'))
dev14('node-mailer', 'smtps-fault-no-data-reply', 'fault-no-data-reply', ('sh', f'{NMAILER} smtps {SMTPS} no'))

# chasquid 1.11 (Debian chasquid), server side behind recordingProxy.py (clients/chasquid_server_run.sh): its -v=2 log,
# "SMTP.Conn 127.0.0.1:56652: -> EHLO client.example" per command received, "<- 250  2.1.5 …" per reply (two spaces; a
# multi-line reply on one line, its lines joined by a literal \n), SPF and alias lookups between.
CHQ = f'bash {CLIENTS}/chasquid_server_run.sh'
dev14('chasquid-server', 'ok', 'real-mta', ('server', CHQ, 1.5, ('sh', SMTPLIB_VIA_PROXY)))
dev14('chasquid-server', 'rcpt-reject', 'real-mta', ('server', CHQ, 1.5, ('sh', SMTPLIB_VIA_PROXY + ' --rcpt bob@example.net --rcpt nobody@example.net')))
dev14('chasquid-server', 'client-faults-typed', 'real-mta', ('server', CHQ, 1.5, ('typed', f'nc -C 127.0.0.1 {PLAIN}', CF_TYPED)))
dev14('chasquid-server', 'auth-typed', 'real-mta', ('server', CHQ, 1.5, ('typed', f'nc -C 127.0.0.1 {PLAIN}', ['EHLO client.example', AUTH_BAD, 'QUIT'])))
dev14('chasquid-server', 'data-refused-typed', 'real-mta', ('server', CHQ, 1.5, ('typed', f'nc -C 127.0.0.1 {PLAIN}',
    ['HELO client.example', 'MAIL FROM:<alice@example.com>', 'RCPT TO:<nobody@example.net>', 'DATA', '#Subject: Corpus test 42', '#', '#Hello.', '.', 'RSET', 'VRFY bob', 'NOOP', 'QUIT'])))

# Net::SMTP_auth 0.08 (Debian libnet-smtpauth-perl) with Debug => 1 (clients/net_smtp_auth_client.pl): its module list,
# then "Net::SMTP_auth=GLOB(0x…)<<< 250-…" / ">>> MAIL FROM:<…>"; after STARTTLS the object is Net::SMTP::_SSL.
NSA = f'perl {CLIENTS}/net_smtp_auth_client.pl'
dev14('perl-net-smtp-auth', 'ok-auth-login', 'ok', ('sh', f'{NSA} --auth --type LOGIN'))
dev14('perl-net-smtp-auth', 'ok-starttls-auth', 'ok', ('sh', f'{NSA} --starttls --auth'))
dev14('perl-net-smtp-auth', 'smtps-auth', 'ok', ('sh', f'{NSA} --port {SMTPS} --ssl --auth'))
dev14('perl-net-smtp-auth', 'rcpt-reject', 'rcpt-reject', ('sh', f'{NSA} --rcpt bob@example.net --rcpt nobody@example.net'))
dev14('perl-net-smtp-auth', 'tempfail', 'tempfail', ('sh', NSA))
dev14('perl-net-smtp-auth', 'auth-fail-cleartext', 'auth-fail', ('sh', f'{NSA} --auth --type PLAIN'))
dev14('perl-net-smtp-auth', 'shutdown', 'shutdown', ('sh', NSA))
dev14('perl-net-smtp-auth', 'policy-reject', 'policy-reject', ('sh', NSA))
dev14('perl-net-smtp-auth', 'no-starttls-cram', 'no-starttls', ('sh', f'{NSA} --auth --type CRAM-MD5'))
dev14('perl-net-smtp-auth', 'fault-ehlo', 'fault-ehlo', ('sh', NSA))
dev14('perl-net-smtp-auth', 'fault-odd-codes', 'fault-odd-codes', ('sh', f'{NSA} --rcpt bob@example.net --rcpt carol@example.net'))
dev14('perl-net-smtp-auth', 'fault-rset-530', 'fault-rset-530', ('sh', NSA))
dev14('perl-net-smtp-auth', 'fault-stray-line', 'fault-stray-line', ('sh', NSA))
dev14('perl-net-smtp-auth', 'fault-no-data-reply', 'fault-no-data-reply', ('sh', NSA))

# ---------------- dev15 (issue 19, a fifteenth round of printed transcripts, measured as collected): producers in no
# earlier group (two npm address verifiers that print their SMTP probe, pixl-mail's pixl-logger rows), transcripts/dev15/.
# Capture with `capture.py <producer>/` filters. One-time setup:
#   mkdir -p /tmp/corpus-node15 && cd /tmp/corpus-node15 && npm init -y && npm install email-verify@0.2.1 \
#     email-deep-validator@3.3.0 pixl-mail@1.1.5 pixl-logger@2
def dev15(producer, name, scenario, run):
    add('dev15', producer, name, scenario, run)


# email-verify 0.2.1 (npm), its own CLI with --debug: "INFO: …" notes, then every chunk read split at LF as
# "SERVER: 250-PIPELINING\r" (the CR kept, an empty "SERVER: " for the chunk's final LF) and every command as
# "CLIENT: MAIL FROM:<…>\r" + "CLIENT: ", then the result object (util.inspect, the banner as a JS string). It sends
# EHLO, MAIL, RCPT, QUIT on whatever chunk ends in LF (MAIL may go before the EHLO reply is complete). Its MX look-up
# is answered with 127.0.0.1 by a preload (clients/email_verify_mx.js).
EV = f'node -r {CLIENTS}/email_verify_mx.js /tmp/corpus-node15/node_modules/email-verify/app.js -p {PLAIN} -sd alice@example.com -f client.example --debug'
dev15('email-verify', 'ok', 'ok', ('sh', f'{EV} bob@example.net'))
dev15('email-verify', 'ok-two-addresses', 'ok', ('sh', f'{EV} bob@example.net carol@example.net'))
dev15('email-verify', 'rcpt-reject', 'rcpt-reject', ('sh', f'{EV} nobody@example.net'))
dev15('email-verify', 'tempfail', 'tempfail', ('sh', f'{EV} bob@example.net'))
dev15('email-verify', 'shutdown', 'shutdown', ('sh', f'{EV} bob@example.net'))
dev15('email-verify', 'no-starttls', 'no-starttls', ('sh', f'{EV} bob@example.net'))
dev15('email-verify', 'fault-ehlo', 'fault-ehlo', ('sh', f'{EV} bob@example.net'))
dev15('email-verify', 'fault-odd-codes', 'fault-odd-codes', ('sh', f'{EV} bob@example.net'))
dev15('email-verify', 'fault-stray-line', 'fault-stray-line', ('sh', f'{EV} bob@example.net'))

# email-deep-validator 3.3.0 (npm), its mailbox check with logger: console (clients/email_deep_validator_client.js):
# "Mailbox: got data 250 …\r" + an empty line per chunk, "Mailbox: writing message HELO example.net" per command
# (HELO with the address's domain, `MAIL FROM: <addr>` with a space), its QUIT unprinted, the result object.
EDV = f'node {CLIENTS}/email_deep_validator_client.js {PLAIN}'
dev15('email-deep-validator', 'ok', 'ok', ('sh', f'{EDV} bob@example.net'))
dev15('email-deep-validator', 'rcpt-reject', 'rcpt-reject', ('sh', f'{EDV} bob@example.net nobody@example.net'))
dev15('email-deep-validator', 'tempfail', 'tempfail', ('sh', f'{EDV} bob@example.net'))
dev15('email-deep-validator', 'shutdown', 'shutdown', ('sh', f'{EDV} bob@example.net'))
dev15('email-deep-validator', 'fault-odd-codes', 'fault-odd-codes', ('sh', f'{EDV} bob@example.net'))
dev15('email-deep-validator', 'fault-stray-line', 'fault-stray-line', ('sh', f'{EDV} bob@example.net'))

# pixl-mail 1.1.5 (npm) on Nodemailer 7.0.11 with a pixl-logger agent echoing to the console
# (clients/pixl_mail_client.js): one bracketed row per trace line, [hires_epoch][date][hostname][pid][Mailer][debug][9]
# [250 2.1.0 Sender ok][{"component":"smtp-connection","sid":"…","tnx":"server"}]; a multi-line reply is one row, its
# lines joined by a space (pixl-logger flattens newlines); AUTH PLAIN's credentials masked by Nodemailer.
PXM = f'node {CLIENTS}/pixl_mail_client.js'
dev15('pixl-mail', 'ok-starttls-auth', 'ok', ('sh', f'{PXM} starttls {PLAIN} auth'))
dev15('pixl-mail', 'smtps-auth', 'ok', ('sh', f'{PXM} smtps {SMTPS} auth'))
dev15('pixl-mail', 'rcpt-reject', 'rcpt-reject', ('sh', f'{PXM} plain {PLAIN} no bob@example.net nobody@example.net'))
dev15('pixl-mail', 'rcpt-reject-all', 'rcpt-reject', ('sh', f'{PXM} plain {PLAIN} no nobody@example.net'))
dev15('pixl-mail', 'tempfail', 'tempfail', ('sh', f'{PXM} plain {PLAIN} no'))
dev15('pixl-mail', 'auth-fail-cleartext', 'auth-fail', ('sh', f'{PXM} plain {PLAIN} wrong'))
dev15('pixl-mail', 'auth-fail-starttls', 'auth-fail', ('sh', f'{PXM} starttls {PLAIN} wrong'))
dev15('pixl-mail', 'shutdown', 'shutdown', ('sh', f'{PXM} plain {PLAIN} no'))
dev15('pixl-mail', 'policy-reject', 'policy-reject', ('sh', f'{PXM} plain {PLAIN} no'))
dev15('pixl-mail', 'no-starttls-auth', 'no-starttls', ('sh', f'{PXM} auto {PLAIN} auth'))
dev15('pixl-mail', 'fault-ehlo', 'fault-ehlo', ('sh', f'{PXM} plain {PLAIN} no'))
dev15('pixl-mail', 'fault-odd-codes', 'fault-odd-codes', ('sh', f'{PXM} plain {PLAIN} no bob@example.net carol@example.net'))
dev15('pixl-mail', 'fault-stray-line', 'fault-stray-line', ('sh', f'{PXM} plain {PLAIN} no'))
dev15('pixl-mail', 'fault-no-data-reply', 'fault-no-data-reply', ('sh', f'{PXM} plain {PLAIN} no'))


def run_beside(tool, startup, client_run, after):
    """Runs a tool that watches or relays the session beside the client; the tool's output is the transcript."""
    from subprocess import DEVNULL
    p = subprocess.Popen(['bash', '-c', tool], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=DEVNULL, start_new_session=True)
    time.sleep(startup)
    try:
        if client_run[0] == 'sh':
            run_sh(client_run[1])
        else:
            pty_session(client_run[1], client_run[2])
    finally:
        time.sleep(1.0)  # let a sniffer see the last segments
        os.killpg(p.pid, signal.SIGINT)
    try:
        out = p.communicate(timeout=10)[0]
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        out = p.communicate()[0]
    return out + (run_sh(after) if after else b'')


def run_with_mta(server_cmd, startup, client_run, sess):
    from subprocess import DEVNULL
    mta = subprocess.Popen(['bash', '-c', f'exec {server_cmd}'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=DEVNULL, start_new_session=True)
    time.sleep(startup)
    proxy = subprocess.Popen([sys.executable, str(HERE / 'recordingProxy.py'), '--port', str(PLAIN), '--upstream', '2587', '--log', str(sess)], stdout=subprocess.PIPE)
    try:
        assert proxy.stdout.readline().strip() == b'ready'
        if client_run[0] == 'sh':
            run_sh(client_run[1])
        else:
            pty_session(client_run[1], client_run[2])
    finally:
        time.sleep(1.0)
        proxy.terminate()
        proxy.wait()
        os.killpg(mta.pid, signal.SIGTERM)
    return mta.communicate(timeout=10)[0]


def selftyped(cmd, lines, sess):
    import json
    from clientFaults import mark_client_faults
    out = pty_session(cmd, lines)
    events = []
    typed = [l[1:] if l.startswith('#') else l for l in lines]
    for line in out.decode('utf-8', 'replace').replace('\r', '').split('\n'):
        if typed and line == typed[0]:
            events.append({'dir': 'C', 'line': typed.pop(0), 'tls': False, 'kind': 'cmd'})
        elif re.match(r'^\d{3}([ -]|$)', line):
            events.append({'dir': 'S', 'line': line, 'tls': False})
    mark_client_faults(events)
    sess.write_text(json.dumps({'scenario': 'real-mta', 'implicit_tls': False, 'events': events}) + '\n')
    return out


def start_server(scenario, log):
    if log.exists():
        log.unlink()
    p = subprocess.Popen([sys.executable, str(HERE / 'scriptedSmtpServer.py'), '--scenario', scenario, '--port', str(PLAIN), '--tls-port', str(SMTPS),
                          '--cert', str(TLS_DIR / 'cert.pem'), '--key', str(TLS_DIR / 'key.pem'), '--log', str(log)], stdout=subprocess.PIPE)
    assert p.stdout.readline().strip() == b'ready'
    return p


def run_sh(cmd):
    r = subprocess.run(['bash', '-c', cmd], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60)
    return r.stdout


def pty_session(cmd, lines=None):
    """Runs cmd on a terminal; with lines, types each once the reply to the previous one has arrived."""
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp('bash', ['bash', '-c', cmd])
    out = bytearray()

    def pump(until, timeout):
        end = time.time() + timeout
        while time.time() < end:
            r, _, _ = select.select([fd], [], [], 0.05)
            if r:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    return False
                if not chunk:
                    return False
                out.extend(chunk)
                if until and until(out):
                    return True
        return True

    final = re.compile(rb'(^|\n)\d{3}( [^\r\n]*)?\r?\n$')
    pump(final.search if lines else None, 8 if lines else 30)
    for line in lines or []:
        body = line.startswith('#')
        text = line[1:] if body else line
        time.sleep(0.3)
        os.write(fd, text.encode() + b'\n')
        # Message text gets no reply: only wait for the echo.
        if not pump((lambda b: b.endswith(b'\n')) if body else (lambda b, n=len(out): final.search(bytes(b[n:])) is not None and len(b) > n + len(text) + 2), 0.5 if body else 4):
            break
    pump(None, 1.0)
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
    # Undo the terminal's LF -> CRLF (onlcr) so the file holds what the program wrote (plus the typed echo).
    return bytes(out).replace(b'\r\n', b'\n')


def main(filters):
    for (group, producer), runs in RUNS.items():
        for name, scenario, run in runs:
            if filters and not any(f in f'{producer}/{name}' for f in filters):
                continue
            sess = CORPUS / group / 'sessions' / producer / f'{name}.jsonl'
            sess.parent.mkdir(parents=True, exist_ok=True)
            if sess.exists():
                sess.unlink()
            if run[0] in ('server', 'selftyped'):
                out = run_with_mta(run[1], run[2], run[3], sess) if run[0] == 'server' else selftyped(run[1], run[2], sess)
                dest = CORPUS / group / producer / f'{name}.txt'
                dest.parent.mkdir(parents=True, exist_ok=True)
                dest.write_bytes(out)
                print(f'{group}/{producer}/{name}: {len(out)} bytes', flush=True)
                continue
            srv = start_server(scenario, sess)
            try:
                if run[0] == 'sh':
                    out = run_sh(run[1])
                elif run[0] == 'beside':
                    out = run_beside(*run[1:])
                elif run[0] == 'pty':
                    out = pty_session(run[1])
                else:
                    out = pty_session(run[1], run[2])
            finally:
                time.sleep(0.7)  # let the server write its record of the session
                srv.terminate()
                srv.wait()
            dest = CORPUS / group / producer / f'{name}.txt'
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(out)
            print(f'{group}/{producer}/{name}: {len(out)} bytes', flush=True)


if __name__ == '__main__':
    main(sys.argv[1:])
