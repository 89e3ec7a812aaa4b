/** `smtp-codes redact` (dist/cli.js as a user runs it): stdout, --in-place, --out, exit codes, bytes kept. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'smtp-codes-redact-'));
const write = (name: string, content: string | Buffer, under = dir) => {
  const path = join(under, name);
  writeFileSync(path, content);
  return path;
};

const session = '220 mx.corp.com ESMTP\r\nEHLO laptop.corp.com\r\n250-mx.corp.com\r\n250 AUTH PLAIN\r\nAUTH PLAIN AGFsaWNlAHNlY3JldA==\r\n235 2.7.0 ok\r\nMAIL FROM:<alice@corp.com>\r\n250 ok\r\n';
const sessionRedacted = '220 mx.corp.com ESMTP\r\nEHLO laptop.corp.com\r\n250-mx.corp.com\r\n250 AUTH PLAIN\r\nAUTH PLAIN <redacted>\r\n235 2.7.0 ok\r\nMAIL FROM:<alice@corp.com>\r\n250 ok\r\n';
const logLine = 'Jun  3 10:00:01 mx postfix/smtp[4242]: 4A1B2C3D4F: to=<alice@corp.com>, relay=mx.corp.com[198.51.100.7]:25, status=sent (250 ok)\n';

test('redact writes the redacted text to stdout and leaves the file alone', () => {
  const file = write('session.smtp', session);
  const r = cli('redact', file);
  assert.equal(r.status, 0);
  assert.equal(r.stderr, '');
  assert.equal(r.stdout, sessionRedacted);
  assert.equal(readFileSync(file, 'utf8'), session);
});

test('redact --in-place rewrites each file; pseudonyms are the same across the files of one run', () => {
  const transcript = write('in-place.smtp', session);
  const log = write('in-place.log', logLine);
  const r = cli('redact', '--in-place', '--addresses', '--hosts', '--ips', transcript, log);
  assert.equal(r.status, 0);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr, '');
  assert.equal(
    readFileSync(transcript, 'utf8'),
    '220 host1.example.net ESMTP\r\nEHLO host2.example.net\r\n250-host1.example.net\r\n250 AUTH PLAIN\r\nAUTH PLAIN <redacted>\r\n235 2.7.0 ok\r\nMAIL FROM:<user1@example.com>\r\n250 ok\r\n',
  );
  assert.equal(readFileSync(log, 'utf8'), 'Jun  3 10:00:01 mx postfix/smtp[4242]: 4A1B2C3D4F: to=<user1@example.com>, relay=host1.example.net[192.0.2.1]:25, status=sent (250 ok)\n');
});

test('redact --out DIR writes copies under their own names, creating DIR, and keeps the originals', () => {
  const transcript = write('copy.smtp', session);
  const log = write('copy.log', logLine);
  const out = join(dir, 'out', 'nested');
  const r = cli('redact', '--out', out, '--ips', transcript, log);
  assert.equal(r.status, 0);
  assert.equal(r.stdout, '');
  assert.deepEqual(readdirSync(out).sort(), ['copy.log', 'copy.smtp']);
  assert.equal(readFileSync(join(out, 'copy.smtp'), 'utf8'), sessionRedacted);
  assert.equal(readFileSync(join(out, 'copy.log'), 'utf8'), logLine.replace('198.51.100.7', '192.0.2.1'));
  assert.equal(readFileSync(transcript, 'utf8'), session);
});

test('every other byte is kept: invalid UTF-8, a BOM, a lone CR and no final line break', () => {
  const bytes = Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from('220 mx ESMTP\rEHLO j'),
    Buffer.from([0xfc]),
    Buffer.from('rgen\n250 AUTH PLAIN\nAUTH PLAIN AGFsaWNlAHNlY3JldA==\n235 ok'),
  ]);
  const file = write('latin1.smtp', bytes);
  const r = cli('redact', '--out', join(dir, 'bytes'), file);
  assert.equal(r.status, 0);
  assert.deepEqual(readFileSync(join(dir, 'bytes', 'latin1.smtp')), Buffer.from(bytes.toString('latin1').replace('AGFsaWNlAHNlY3JldA==', '<redacted>'), 'latin1'));
});

test('a missing or binary file: one line each on stderr, exit 2, the other files still redacted', () => {
  const file = write('ok.smtp', session);
  const binary = write('blob.smtp', Buffer.from([0x32, 0x35, 0x30, 0x00, 0xff]));
  const missing = join(dir, 'missing.smtp');
  const r = cli('redact', missing, file, binary);
  assert.equal(r.status, 2);
  assert.equal(r.stdout, sessionRedacted);
  assert.equal(r.stderr, `smtp-codes: ${missing}: no such file or directory\nsmtp-codes: ${binary}: binary file (contains NUL bytes)\n`);
});

test('redact usage errors exit 2 with a one-line reason, before anything is written', () => {
  const file = write('usage.smtp', session);
  const twin = join(dir, 'twin');
  mkdirSync(twin);
  const sameName = write('usage.smtp', session, twin);
  for (const [args, reason] of [
    [['redact'], 'smtp-codes: redact needs at least one file\n'],
    [['redact', '--in-place', '--out', join(dir, 'x'), file], 'smtp-codes: --in-place and --out exclude each other\n'],
    [['redact', '--out', join(dir, 'twins'), file, sameName], 'smtp-codes: --out would write two files named usage.smtp\n'],
    [['redact', '--frobnicate', file], /^smtp-codes: Unknown option '--frobnicate'/],
  ] as const) {
    const r = cli(...args);
    assert.equal(r.status, 2, args.join(' '));
    assert.equal(r.stdout, '');
    if (typeof reason === 'string') assert.equal(r.stderr, reason);
    else assert.match(r.stderr, reason);
    assert.equal(r.stderr.trimEnd().split('\n').length, 1);
  }
  assert.equal(readFileSync(file, 'utf8'), session);
  assert.throws(() => readdirSync(join(dir, 'twins')), /ENOENT/);
});

test("redact's options belong to redact: check still refuses them", () => {
  const r = cli('check', '--in-place', write('other.smtp', session));
  assert.equal(r.status, 2);
  assert.match(r.stderr, /^smtp-codes: Unknown option '--in-place'/);
});

test('the usage lists redact', () => {
  assert.match(cli('--help').stdout, /\n {2}smtp-codes redact <file>\.\.\. \[--addresses\] \[--hosts\] \[--ips\] \[--in-place \| --out <dir>\]\n$/);
});
