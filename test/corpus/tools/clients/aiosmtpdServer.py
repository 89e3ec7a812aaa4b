#!/usr/bin/env python3
"""aiosmtpd as a user runs it to debug a client: a Controller with logging at DEBUG, which prints every line
received (">>") and sent ("<<") with the peer. Listens on 127.0.0.1:2587; recipients containing "nobody" get
550 5.1.1, "grey" gets 451 4.7.1, everything else is accepted.

  /usr/bin/python3 aiosmtpdServer.py
"""
import asyncio
import logging

from aiosmtpd.smtp import SMTP, AuthResult

logging.basicConfig(level=logging.DEBUG, format='%(asctime)s %(levelname)s:%(name)s:%(message)s')


class Handler:
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if 'nobody' in address:
            return '550 5.1.1 <%s>: Recipient address rejected: User unknown' % address
        if 'grey' in address:
            return '451 4.7.1 Greylisted, please try again later'
        envelope.rcpt_tos.append(address)
        return '250 OK'

    async def handle_DATA(self, server, session, envelope):
        return '250 Message accepted for delivery'


def authenticator(server, session, envelope, mechanism, auth_data):
    return AuthResult(success=auth_data.password == b's3cret-Pa55')


async def main():
    loop = asyncio.get_running_loop()
    srv = await loop.create_server(lambda: SMTP(Handler(), hostname='mx.test.example', authenticator=authenticator, auth_require_tls=False),
                                   '127.0.0.1', 2587)
    logging.getLogger('mail.log').info('listening on 127.0.0.1:2587')
    await srv.serve_forever()


if __name__ == '__main__':
    asyncio.run(main())
