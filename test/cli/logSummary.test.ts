/** CLI: `smtp-codes log-summary` runs the built binary on the mail-log fixtures. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './runCli';

test('log-summary prints a table per file, or JSON with 1-based lines', () => {
  const text = cli('log-summary', 'test/fixtures/log/postfix.log', 'test/fixtures/log/qmail-current');
  assert.equal(text.status, 0);
  assert.match(text.stdout, /^test\/fixtures\/log\/postfix\.log: 18 lines, 11 delivery events\./m);
  assert.match(text.stdout, /bounced \(postfix\) +5\.1\.1 +550 +gmail-smtp-in\.l\.google\.com +1 +8/);
  assert.match(text.stdout, /bounced \(qmail\) +5\.1\.1 +550 +203\.0\.113\.5 +1 +6/);
  const json = JSON.parse(cli('log-summary', 'test/fixtures/log/exim-mainlog', '--format', 'json').stdout);
  assert.deepEqual(
    json.map((f: { file: string; lines: number; events: number }) => [f.file, f.lines, f.events]),
    [['test/fixtures/log/exim-mainlog', 12, 9]],
  );
  assert.deepEqual(json[0].outcomes[3], { outcome: 'bounced', mta: 'exim', status: '5.7.9', replyCode: '554', remoteHost: 'mta5.am0.yahoodns.net', count: 1, lines: [5] });
  assert.deepEqual(
    json[0].outcomes.map((o: { outcome: string; status: string | null; replyCode: string | null; lines: number[] }) => `${o.lines.join()} ${o.outcome} ${o.status} ${o.replyCode}`),
    [
      '2 delivered 2.0.0 250',
      '3 delivered 2.0.0 250',
      '4 delivered null null',
      '5 bounced 5.7.9 554',
      '6 deferred 4.7.1 451',
      '7 deferred 4.2.2 452',
      '8 rejected 5.7.1 550',
      '9 rejected null null',
      '10 bounced null null',
    ],
  );
  assert.match(cli('log-summary', 'test/fixtures/log/postfix.log', '--lang', 'de').stdout, /Ergebnis/);
});

test('log-summary: usage and I/O errors exit 2', () => {
  assert.equal(cli('log-summary').status, 2);
  assert.equal(cli('log-summary', 'test/fixtures/log/postfix.log', '--format', 'xml').status, 2);
  const missing = cli('log-summary', 'no/such/mail.log');
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /no such file or directory/);
});

test('log-summary counts the events of Exim, OpenSMTPD, Haraka and qmail logs, with the most frequent reasons', () => {
  const exim = cli('log-summary', 'test/corpus/logs/dev/exim/loopback-outbound-mainlog', '--format', 'json');
  assert.equal(exim.status, 0);
  const [log] = JSON.parse(exim.stdout);
  // The reply Exim logs once on a line of its own (line 30) is counted on each recipient's line only.
  assert.equal(log.events, 15);
  assert.deepEqual(log.byOutcome, { delivered: 6, deferred: 4, bounced: 5 });
  assert.deepEqual(
    log.outcomes.map((o: { lines: number[]; outcome: string; status: string | null; replyCode: string | null; remoteHost: string | null; count: number }) =>
      `${o.outcome} ${o.status} ${o.replyCode} ${o.remoteHost} ${o.count}`,
    ),
    ['delivered 2.0.0 250 127.0.0.1 6', 'bounced 5.7.1 550 127.0.0.1 3', 'deferred 4.7.1 451 127.0.0.1 2', 'deferred 4.3.2 421 127.0.0.1 2', 'bounced 5.1.1 550 127.0.0.1 1', 'bounced 5.8.1 599 127.0.0.1 1'],
  );
  assert.deepEqual(log.reasons.slice(0, 3), [
    { reason: 'This message was identified as spam. To reduce the amount of spam sent to this server, we block mes…', outcome: 'bounced', replyCode: '550', count: 3, line: 23 },
    { reason: '<…>: Recipient address rejected: Greylisted, please try again in 300 seconds', outcome: 'deferred', replyCode: '451', count: 2, line: 13 },
    { reason: 'Service shutting down, closing transmission channel', outcome: 'deferred', replyCode: '421', count: 2, line: 31 },
  ]);

  const text = cli(
    'log-summary',
    'test/corpus/logs/dev/opensmtpd/gh-opensmtpd-issues.log',
    'test/corpus/logs/dev/opensmtpd/blogs-failed-command.log',
    'test/corpus/logs/dev/haraka/gh-haraka-issues.log',
    'test/corpus/logs/dev/qmail/lkml-qmail-current.log',
    'test/corpus/logs/dev/exim/loopback-inbound-rejectlog',
  );
  assert.equal(text.status, 0);
  assert.match(text.stdout, /^test\/corpus\/logs\/dev\/opensmtpd\/gh-opensmtpd-issues\.log: 10 lines, 5 delivery events\./m);
  assert.match(text.stdout, /deferred \(opensmtpd\) +- +451 +mx1\.poolp\.org +1 +5/);
  // An LMTP server's 550 that OpenSMTPD nevertheless logged as TempFail: the outcome is what smtpd did.
  assert.match(text.stdout, /deferred \(opensmtpd\) +5\.7\.1 +550 +- +1 +6/);
  assert.match(text.stdout, /rejected \(opensmtpd\) +5\.5\.1 +503 +- +1 +11/);
  assert.match(text.stdout, /bounced \(haraka\) +5\.1\.1 +550 +- +1 +5/);
  assert.match(text.stdout, /bounced \(qmail\) +5\.1\.1 +550 +130\.57\.1\.11 +1 +6/);
  assert.match(text.stdout, /delivered \(qmail\) +- +250 +82\.161\.9\.107 +1 +4/);
  assert.match(text.stdout, /^ +1 +bounced 550 +<…> is not a valid mailbox\. 550 No such recipient +\(6\)$/m);
  assert.match(text.stdout, /rejected \(exim\) +4\.7\.1 +- +client\.example +1 +2/);
  assert.match(text.stdout, /^ +1 +rejected - +Greylisted, please try again later +\(2\)$/m);
  assert.match(text.stdout, /Events by outcome: rejected 4$/m);
});

test('log-summary counts Haraka, Exim LMTP, Sendmail, Courier and Exchange events with their codes, hosts and reasons', () => {
  // Invented lines in the shapes of Haraka's hmail.js and connection.js, Exim's lmtp.c, Sendmail, courieresmtp and Exchange message tracking.
  const lines = [
    '[NOTICE] [0D0E0F10-1111-4222-8333-444455556666.1.1] [outbound]  delivered file=1700000001000_1700000001000_0_4242_aBcDeF_1_mail domain=example.org host=mx.example.org ip=192.0.2.10 port=25 mode=SMTP tls=Y auth=N response="250 2.0.0 Ok: queued as 4TxyZ" delay=1.2 fails=0 rcpts=1/0/0',
    '[NOTICE] [0D0E0F10-1111-4222-8333-44445555666B.1] [core] disconnect ip=203.0.113.7 rdns=bad.example helo="x" relay=N early=N esmtp=N tls=N pipe=N errors=1 txns=0 rcpts=0/0/0 msgs=0/0/0 bytes=0 lr="550 5.7.1 Connection rejected by DNSBL" time=1.1',
    '[INFO] [0D0E0F10-1111-4222-8333-444455556668.1.1] [outbound] bouncing mail: 550 5.1.1 <x@example.org>: User unknown',
    '2024-03-01 10:00:04 1rfXyZ-0001Ab-Cf ** erin@example.com R=lmtp_user T=dovecot_lmtp: LMTP error after DATA: 552 5.2.2 Mailbox full',
    'Mar  1 10:00:01 mail sm-mta[1234]: 41AA01234567: to=<x@example.org>, delay=00:00:02, mailer=esmtp, pri=120000, relay=mx.example.org. [192.0.2.10], dsn=5.1.1, stat=User unknown',
    'Mar  1 10:00:03 mail courieresmtpd: error,relay=::ffff:203.0.113.9,ident=,from=<x@spam.example>,addr=<c@local.example>: 513 Relaying denied.',
    '2024-03-01T10:00:03.000Z,,,192.0.2.12,mx.example.com,,Outbound,SMTP,FAIL,125,<m3@local.example>,abe,dan@example.com,550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup,1234,1,,,Hi,a@local.example,a@local.example,,Originating,,,,',
    '2024-03-01T10:00:04.000Z,,,192.0.2.11,mx.example.net,,Outbound,SMTP,DEFER,126,<m4@local.example>,abf,carol@example.net,451 4.4.0 Primary target IP address responded with: 421 4.4.2 Connection dropped,1234,1,,,Hi,a@local.example,a@local.example,,Originating,,,,',
  ];
  const dir = mkdtempSync(join(tmpdir(), 'smtp-codes-log-'));
  try {
    const file = join(dir, 'mixed.log');
    writeFileSync(file, lines.join('\n') + '\n');
    const run = cli('log-summary', file, '--format', 'json');
    assert.equal(run.status, 0);
    const [log] = JSON.parse(run.stdout);
    assert.equal(log.events, 8);
    assert.deepEqual(
      log.outcomes.map((o: { lines: number[]; outcome: string; mta: string; status: string | null; replyCode: string | null; remoteHost: string | null }) =>
        `${o.lines.join()} ${o.outcome} ${o.mta} ${o.status} ${o.replyCode} ${o.remoteHost}`,
      ),
      [
        '1 delivered haraka 2.0.0 250 mx.example.org',
        '2 rejected haraka 5.7.1 550 203.0.113.7',
        '3 bounced haraka 5.1.1 550 null',
        '4 bounced exim 5.2.2 552 null',
        '5 bounced sendmail 5.1.1 null mx.example.org',
        '6 rejected courier null 513 ::ffff:203.0.113.9',
        '7 bounced microsoft 5.1.10 550 mx.example.com',
        '8 deferred microsoft 4.4.0 451 mx.example.net',
      ],
    );
    assert.deepEqual(
      log.reasons.map((r: { line: number; replyCode: string | null; reason: string }) => `${r.line} ${r.replyCode} ${r.reason}`),
      [
        '2 550 Connection rejected by DNSBL',
        '3 550 <…>: User unknown',
        '4 552 Mailbox full',
        '5 null User unknown',
        '6 513 Relaying denied',
        '7 550 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
        '8 451 Primary target IP address responded with: 421 4.4.2 Connection dropped',
      ],
    );
    assert.deepEqual(log.byOutcome, { delivered: 1, deferred: 1, bounced: 4, rejected: 2 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
