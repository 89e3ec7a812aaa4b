# aiosmtplib (Debian python3-aiosmtplib): it has no debug log of its own, so what a user sees is what the
# script prints: each reply object aiosmtplib returns (SMTPResponse(code=250, message='...')) and its exceptions.
#   aiosmtplib_client.py <plain|starttls|smtps> <port> <auth|noauth|badauth> [rcpt ...]
import asyncio
import ssl
import sys

import aiosmtplib

mode, port, auth = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rcpts = sys.argv[4:] or ['bob@example.net']
MESSAGE = 'From: alice@example.com\r\nTo: bob@example.net\r\nSubject: Corpus test 42\r\n\r\nHello Bob, message 42.\r\n'


async def main():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    smtp = aiosmtplib.SMTP(hostname='127.0.0.1', port=port, use_tls=mode == 'smtps', start_tls=False, tls_context=ctx,
                           local_hostname='client.example', timeout=10)
    try:
        print('connect:', await smtp.connect())
        print('ehlo:', await smtp.ehlo())
        if mode == 'starttls':
            print('starttls:', await smtp.starttls())
            print('ehlo:', await smtp.ehlo())
        if auth != 'noauth':
            print('login:', await smtp.login('alice@example.com', 'wrong' if auth == 'badauth' else 's3cret-Pa55'))
        print('mail:', await smtp.mail('alice@example.com'))
        for r in rcpts:
            try:
                print('rcpt:', await smtp.rcpt(r))
            except aiosmtplib.SMTPRecipientRefused as e:
                print(f'rcpt refused: {e!r}')
        print('data:', await smtp.data(MESSAGE))
        print('quit:', await smtp.quit())
    except aiosmtplib.SMTPException as e:
        print(f'{type(e).__name__}: {e}')
        print(repr(e))


asyncio.run(main())
