#!/usr/bin/env python3
"""Cleartext SMTP proxy on 127.0.0.1 that records each session in scriptedSmtpServer.py's JSON-lines
format, for sessions with a real MTA whose own log is the transcript (smtp-server, OpenSMTPD, Haraka).

  python3 recordingProxy.py --port 587 --upstream 2587 --log session.jsonl
"""
import argparse
import asyncio
import json

from clientFaults import mark_client_faults


async def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--port', type=int, default=587)
    ap.add_argument('--upstream', type=int, default=2587)
    ap.add_argument('--log', required=True)
    a = ap.parse_args()

    async def session(cr, cw):
        sr, sw = await asyncio.open_connection('127.0.0.1', a.upstream)
        events = []

        async def pump(src, dst, side):
            while True:
                raw = await src.readline()
                if not raw:
                    break
                events.append({'dir': side, 'line': raw.decode('utf-8', 'replace').rstrip('\r\n'), 'tls': False, 'kind': 'cmd'})
                dst.write(raw)
                await dst.drain()
            try:
                dst.close()
            except Exception:
                pass

        await asyncio.gather(pump(cr, sw, 'C'), pump(sr, cw, 'S'), return_exceptions=True)
        mark_client_faults(events)
        with open(a.log, 'a') as f:
            f.write(json.dumps({'scenario': 'real-mta', 'implicit_tls': False, 'events': events}) + '\n')

    srv = await asyncio.start_server(session, '127.0.0.1', a.port)
    print('ready', flush=True)
    await srv.serve_forever()


if __name__ == '__main__':
    asyncio.run(main())
