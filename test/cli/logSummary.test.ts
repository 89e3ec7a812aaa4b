/** CLI: `smtp-codes log-summary` runs the built binary on the mail-log fixtures. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
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
