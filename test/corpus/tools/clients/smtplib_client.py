# Python smtplib with set_debuglevel(N): prints the dialogue to stderr as users paste it.
import argparse, smtplib, ssl
from email.message import EmailMessage
ap = argparse.ArgumentParser()
ap.add_argument('--level', type=int, default=1)
ap.add_argument('--port', type=int, default=587)
ap.add_argument('--mode', choices=['plain', 'starttls', 'smtps'], default='starttls')
ap.add_argument('--auth', action='store_true')
ap.add_argument('--helo', action='store_true')
ap.add_argument('--rcpt', action='append', default=[])
a = ap.parse_args()
msg = EmailMessage()
msg['From'] = 'alice@example.com'
msg['To'] = ', '.join(a.rcpt or ['bob@example.net'])
msg['Subject'] = 'Corpus test 42'
msg['Message-ID'] = '<20261206.4711@client.example>'
msg.set_content('Hello Bob,\nthis is test message 42 sent at 10:15.\n')
ctx = ssl.create_default_context(); ctx.check_hostname = False; ctx.verify_mode = ssl.CERT_NONE
if a.mode == 'smtps':
    s = smtplib.SMTP_SSL('127.0.0.1', a.port, context=ctx, local_hostname='client.example')
else:
    s = smtplib.SMTP('127.0.0.1', a.port, local_hostname='client.example')
s.set_debuglevel(a.level)
if a.helo:
    s.helo()
else:
    s.ehlo()
if a.mode == 'starttls':
    s.starttls(context=ctx)
    s.ehlo()
if a.auth:
    s.login('alice@example.com', 's3cret-Pa55')
s.sendmail('alice@example.com', a.rcpt or ['bob@example.net'], msg.as_string())
s.quit()
