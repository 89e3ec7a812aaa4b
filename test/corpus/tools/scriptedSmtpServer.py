#!/usr/bin/env python3
"""Scripted SMTP server for the printed-transcript corpus (loopback only).

Plays one scenario per process on 127.0.0.1: a plain port (STARTTLS offered where the scenario
allows it) and optionally an implicit-TLS port. Every session is appended to --log as one JSON line
holding exactly what was sent and received, so expect.py can locate each reply and command in a
client's printed output.

  python3 scriptedSmtpServer.py --scenario ok --port 2525 --tls-port 4465 \
      --cert cert.pem --key key.pem --log session.jsonl
"""
import argparse
import asyncio
import json
import ssl

HOST = 'mail.test.example'

SCENARIOS = {
    'ok': 'normal delivery: multi-line EHLO, enhanced codes, AUTH PLAIN/LOGIN, STARTTLS',
    'rcpt-reject': 'recipients containing "nobody" get 550 5.1.1; DATA without valid recipients gets 554 5.5.1',
    'tempfail': 'RCPT gets 451 4.7.1 (greylisting)',
    'auth-fail': 'AUTH gets 535 5.7.8',
    'shutdown': 'MAIL gets 421 4.3.2 and the connection is closed',
    'policy-reject': 'end of DATA gets a multi-line 550-5.7.1 spam rejection',
    'no-starttls': 'EHLO advertises neither STARTTLS nor AUTH PLAIN (AUTH LOGIN only); STARTTLS is accepted anyway',
    'fault-ehlo': 'malformed EHLO reply: keyword on the first line, SIZE value on a line of its own, final 250 without text',
    'fault-odd-codes': 'RCPT gets 260 (first recipient) and 599 5.8.1 (others): codes outside RFC 5321 grammar',
    'fault-rset-530': 'MAIL gets 530 5.7.0 and RSET gets 530 5.7.0 too (RFC 4954 forbids 530 for RSET)',
    'fault-stray-line': 'a stray "250 2.0.0 extra" line after the final line of the EHLO reply',
    'fault-no-data-reply': 'connection closed without any reply after the end of DATA',
}


class Session:
    def __init__(self, reader, writer, scenario, implicit_tls, ssl_ctx, log_path):
        self.reader, self.writer = reader, writer
        self.scenario = scenario
        self.tls = implicit_tls
        self.implicit_tls = implicit_tls
        self.ssl_ctx = ssl_ctx
        self.log_path = log_path
        self.events = []
        self.in_mail = False
        self.rcpts = 0
        self.quit = False
        self.pipelined_data = False

    def ehlo_lines(self, arg):
        s = self.scenario
        if s == 'fault-ehlo':
            return ['250-PIPELINING', '250-SIZE', '250-52428800', '250-AUTH PLAIN LOGIN', '250-8BITMIME', '250-ENHANCEDSTATUSCODES', '250']
        lines = [f'250-{HOST} Hello {arg or "unknown"} [127.0.0.1]', '250-PIPELINING', '250-SIZE 10240000']
        if s == 'no-starttls':
            lines += ['250-AUTH LOGIN']
        else:
            if not self.tls:
                lines.append('250-STARTTLS')
            lines.append('250-AUTH PLAIN LOGIN')
        lines += ['250-8BITMIME', '250-ENHANCEDSTATUSCODES', '250-SMTPUTF8', '250 DSN']
        if s == 'fault-stray-line':
            lines.append('250 2.0.0 extra')
        return lines

    async def send(self, *lines, fault=None):
        for i, line in enumerate(lines):
            ev = {'dir': 'S', 'line': line, 'tls': self.tls}
            if fault and (fault[0] == i or (fault[0] == -1 and i == len(lines) - 1)):
                ev['fault'] = fault[1]
            self.events.append(ev)
            self.writer.write(line.encode() + b'\r\n')
        await self.writer.drain()

    async def recv(self, kind='cmd'):
        raw = await self.reader.readline()
        if not raw:
            return None
        line = raw.decode('utf-8', 'replace').rstrip('\r\n')
        self.events.append({'dir': 'C', 'line': line, 'tls': self.tls, 'kind': kind})
        return line

    def mark_client(self, what):
        self.events[-1]['fault'] = what

    async def run(self):
        try:
            await self.send(f'220 {HOST} ESMTP Scripted ready')
            while not self.quit:
                line = await self.recv()
                if line is None:
                    break
                if not await self.handle(line):
                    break
        except (ConnectionError, ssl.SSLError, asyncio.IncompleteReadError) as e:
            self.events.append({'dir': 'X', 'line': f'connection error: {e!r}'})
        finally:
            with open(self.log_path, 'a') as f:
                f.write(json.dumps({'scenario': self.scenario, 'implicit_tls': self.implicit_tls, 'events': self.events}) + '\n')
            try:
                self.writer.close()
            except Exception:
                pass

    async def handle(self, line):
        s = self.scenario
        parts = line.strip().split(None, 1)
        verb = parts[0].upper() if parts else ''
        arg = parts[1] if len(parts) > 1 else ''
        if verb == 'EHLO':
            if not arg:
                self.mark_client('EHLO without a domain')
            self.in_mail = False
            lines = self.ehlo_lines(arg)
            if s == 'fault-ehlo':
                await self.send(*lines[:1], fault=(0, 'EHLO reply: first line carries a keyword instead of the server domain'))
                await self.send(*lines[1:2])
                await self.send(*lines[2:3], fault=(0, 'EHLO reply: SIZE value on a line of its own'))
                await self.send(*lines[3:-1])
                await self.send(*lines[-1:], fault=(0, 'EHLO reply: final 250 without text'))
            elif s == 'fault-stray-line':
                await self.send(*lines[:-1])
                await self.send(lines[-1], fault=(0, 'stray reply line after the final line of the EHLO reply'))
            else:
                await self.send(*lines)
        elif verb == 'HELO':
            if not arg:
                self.mark_client('HELO without a domain')
            await self.send(f'250 {HOST}')
        elif verb == 'STARTTLS':
            if s in ('no-starttls',) and not self.tls:
                self.mark_client('STARTTLS not advertised')
            if self.tls:
                await self.send('554 5.5.1 Error: TLS already active')
                return True
            await self.send('220 2.0.0 Ready to start TLS')
            await self.writer.start_tls(self.ssl_ctx)
            self.tls = True
            self.in_mail = False
        elif verb == 'AUTH':
            mech = arg.split()[0].upper() if arg else ''
            if not self.tls:
                self.mark_client('AUTH before STARTTLS: credentials in cleartext')
            advertised = ['LOGIN'] if s == 'no-starttls' else ['PLAIN', 'LOGIN']
            if mech not in advertised:
                self.events[-1]['fault'] = (self.events[-1].get('fault', '') + '; ' if self.events[-1].get('fault') else '') + f'AUTH {mech} not advertised'
            if mech == 'LOGIN':
                rest = arg.split()[1:]
                if not rest:
                    await self.send('334 VXNlcm5hbWU6')
                    if await self.recv('auth') is None:
                        return False
                await self.send('334 UGFzc3dvcmQ6')
                if await self.recv('auth') is None:
                    return False
            elif mech == 'PLAIN' and len(arg.split()) == 1:
                await self.send('334 ')
                if await self.recv('auth') is None:
                    return False
            if s == 'auth-fail':
                await self.send('535 5.7.8 Error: authentication failed: authentication failure')
            else:
                await self.send('235 2.7.0 Authentication successful')
        elif verb == 'MAIL':
            self.check_brackets(arg, 'MAIL')
            if self.in_mail:
                self.mark_client('second MAIL inside an open transaction')
            if s == 'shutdown':
                await self.send('421 4.3.2 Service shutting down, closing transmission channel')
                return False
            if s == 'fault-rset-530':
                await self.send('530 5.7.0 Authentication required')
                return True
            self.in_mail = True
            self.rcpts = 0
            await self.send('250 2.1.0 Sender ok')
        elif verb == 'RCPT':
            self.pipelined_data = b'DATA' in bytes(self.reader._buffer).upper()
            self.check_brackets(arg, 'RCPT')
            if not self.in_mail:
                self.mark_client('RCPT before MAIL')
                await self.send('503 5.5.1 Error: need MAIL command')
                return True
            addr = arg.split(':', 1)[-1].strip()
            if s == 'rcpt-reject' and 'nobody' in addr:
                await self.send(f'550 5.1.1 {addr.split()[0]}: Recipient address rejected: User unknown in virtual mailbox table')
            elif s == 'tempfail':
                await self.send(f'451 4.7.1 {addr.split()[0]}: Recipient address rejected: Greylisted, please try again in 300 seconds')
            elif s == 'fault-odd-codes':
                if self.rcpts == 0:
                    self.rcpts += 1
                    await self.send('260 2.1.5 Recipient probably ok', fault=(0, 'reply code 260 outside RFC 5321 grammar'))
                else:
                    await self.send('599 5.8.1 Recipient refused by policy', fault=(0, 'reply code 599 outside RFC 5321 grammar; enhanced subject 8 undefined'))
            else:
                self.rcpts += 1
                await self.send('250 2.1.5 Recipient ok')
        elif verb == 'DATA':
            # Sent after every RCPT was refused, and not pipelined behind them: the client ignored the replies.
            if self.in_mail and self.rcpts == 0 and not self.pipelined_data:
                self.mark_client('DATA without an accepted recipient')
            if not self.in_mail or (self.rcpts == 0 and s not in ('fault-odd-codes',)):
                await self.send('554 5.5.1 Error: no valid recipients' if self.in_mail else '503 5.5.1 Error: need RCPT command')
                return True
            await self.send('354 End data with <CR><LF>.<CR><LF>')
            while True:
                dl = await self.recv('data')
                if dl is None:
                    return False
                if dl == '.':
                    self.events[-1]['kind'] = 'data-end'
                    break
            self.in_mail = False
            if s == 'policy-reject':
                await self.send('550-5.7.1 This message was identified as spam. To reduce the amount of spam',
                                '550-5.7.1 sent to this server, we block messages that look like spam.',
                                '550 5.7.1 See https://mail.test.example/policy 4F2A91C0B3 - scripted')
            elif s == 'fault-no-data-reply':
                self.events[-1]['fault'] = 'no reply after the end of DATA (connection closed)'
                return False
            else:
                await self.send('250 2.0.0 Ok: queued as 4F2A91C0B3')
        elif verb == 'RSET':
            self.in_mail = False
            if s == 'fault-rset-530':
                await self.send('530 5.7.0 Authentication required', fault=(0, '530 answering RSET (RFC 4954 forbids it)'))
            else:
                await self.send('250 2.0.0 Ok')
        elif verb == 'NOOP':
            await self.send('250 2.0.0 Ok')
        elif verb == 'VRFY':
            await self.send('252 2.0.0 Cannot VRFY user, but will accept message')
        elif verb == 'QUIT':
            self.quit = True
            await self.send('221 2.0.0 Bye')
            # Some clients keep typing after QUIT: record what still arrives.
            try:
                while True:
                    extra = await asyncio.wait_for(self.reader.readline(), 0.5)
                    if not extra:
                        break
                    self.events.append({'dir': 'C', 'line': extra.decode('utf-8', 'replace').rstrip('\r\n'), 'tls': self.tls, 'kind': 'cmd', 'fault': 'command after QUIT'})
            except (asyncio.TimeoutError, ConnectionError, ssl.SSLError):
                pass
        else:
            self.mark_client(f'not an SMTP command: {line.strip()[:20]}')
            await self.send('502 5.5.2 Error: command not recognized')
        return True

    def check_brackets(self, arg, verb):
        addr = arg.split(':', 1)[1].strip() if ':' in arg else ''
        if not addr.startswith('<'):
            self.mark_client(f'{verb} address without angle brackets')


async def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--scenario', default='ok', choices=sorted(SCENARIOS))
    ap.add_argument('--port', type=int, default=2525)
    ap.add_argument('--tls-port', type=int)
    ap.add_argument('--cert')
    ap.add_argument('--key')
    ap.add_argument('--log', required=True)
    a = ap.parse_args()
    ctx = None
    if a.cert:
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(a.cert, a.key)

    async def plain(r, w):
        await Session(r, w, a.scenario, False, ctx, a.log).run()

    async def implicit(r, w):
        await Session(r, w, a.scenario, True, ctx, a.log).run()

    servers = [await asyncio.start_server(plain, '127.0.0.1', a.port)]
    if a.tls_port:
        servers.append(await asyncio.start_server(implicit, '127.0.0.1', a.tls_port, ssl=ctx))
    print('ready', flush=True)
    await asyncio.gather(*(s.serve_forever() for s in servers))


if __name__ == '__main__':
    asyncio.run(main())
