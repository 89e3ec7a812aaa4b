/** `smtp-codes bounce`: runs the built binary (dist/cli.js) as a user would. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './runCli';

const fixtures = join('test', 'fixtures', 'eml');
const dsn = join(fixtures, 'postfix-dsn.eml');
const exim = join(fixtures, 'exim-text.eml');

test('bounce --format json prints exactly the documented shape', () => {
  const r = cli('bounce', dsn, exim, join(fixtures, 'vacation.eml'), '--format', 'json');
  assert.equal(r.status, 0, r.stderr);
  const json = JSON.parse(r.stdout);
  assert.deepEqual(json, [
    {
      file: dsn,
      kind: 'bounce',
      recipients: [
        {
          recipient: 'bob@example.net',
          action: 'failed',
          status: '5.1.1',
          replyCode: '550',
          diagnostic: '550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in virtual mailbox table',
          remoteMta: 'mx1.example.net',
        },
      ],
    },
    {
      file: exim,
      kind: 'bounce',
      recipients: [
        {
          recipient: 'grace@example.org',
          action: 'failed',
          status: '5.7.1',
          replyCode: '550',
          diagnostic: '550 5.7.1 <grace@example.org>: Relay access denied',
          remoteMta: 'mx.example.org',
        },
      ],
    },
    { file: join(fixtures, 'vacation.eml'), kind: 'auto-reply', recipients: [] },
  ]);
  for (const r of json.flatMap((f: { recipients: object[] }) => f.recipients)) {
    assert.deepEqual(Object.keys(r), ['recipient', 'action', 'status', 'replyCode', 'diagnostic', 'remoteMta']);
  }
});

test('bounce text output names the kind and each recipient, in the chosen language', () => {
  const r = cli('bounce', dsn);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /postfix-dsn\.eml: bounce/);
  assert.match(r.stdout, /bob@example\.net {2}failed {2}5\.1\.1 {2}550 {2}mx1\.example\.net/);
  assert.match(cli('bounce', dsn, '--lang', 'de').stdout, /Unzustellbarkeitsnachricht/);
});

test('bounce exits 2 with a one-line reason per unreadable or binary file, after reporting the readable ones', () => {
  const dir = mkdtempSync(join(tmpdir(), 'smtp-codes-bounce-'));
  const binary = join(dir, 'blob.eml');
  writeFileSync(binary, Buffer.from([0x46, 0x72, 0x00, 0xff]));
  const r = cli('bounce', dsn, join(dir, 'missing.eml'), binary, '--format', 'json');
  assert.equal(r.status, 2);
  const json = JSON.parse(r.stdout);
  assert.deepEqual(json.map((f: { file: string }) => f.file), [dsn]);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 2);
  assert.match(lines[0], /^smtp-codes: .*missing\.eml: no such file or directory$/);
  assert.match(lines[1], /^smtp-codes: .*blob\.eml: binary file/);
});

test('bounce usage errors exit 2', () => {
  for (const args of [['bounce'], ['bounce', dsn, '--format', 'yaml']]) {
    const r = cli(...args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, /^smtp-codes: /);
  }
});

test('bounce says where a status made precise came from, in text and in JSON', () => {
  const refined = join(fixtures, 'opensmtpd-refined.eml');
  const notice = join(fixtures, 'opensmtpd-notice.eml');
  const json = cli('bounce', refined, notice, dsn, '--format', 'json');
  assert.equal(json.status, 0, json.stderr);
  const rows = JSON.parse(json.stdout).map((f: { recipients: { status: string; statusSource?: string }[] }) => f.recipients.map((r) => [r.status, r.statusSource]));
  // The DSN's own Status carries no statusSource.
  assert.deepEqual(rows, [[['5.7.26', 'diagnostic-code']], [['5.1.1', 'notification-text']], [['5.1.1', undefined]]]);
  const text = cli('bounce', refined, notice, dsn);
  assert.equal(text.status, 0, text.stderr);
  assert.deepEqual(text.stdout.split('\n').filter((l) => /^  \S/.test(l)), [
    '  sam@example.org  failed  5.7.26 (from the Diagnostic-Code)  550  –',
    '  kate@example.org  failed  5.1.1 (from the notification text)  550  –',
    '  bob@example.net  failed  5.1.1  550  mx1.example.net',
  ]);
  const german = cli('bounce', notice, '--lang', 'de');
  assert.match(german.stdout, /kate@example\.org {2}failed {2}5\.1\.1 \(aus dem Benachrichtigungstext\) {2}550/);
});
