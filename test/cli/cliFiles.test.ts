/**
 * CLI over real files (dist/cli.js as a user runs it): exit codes with warnings only, the directory
 * walk by file name, compare --format json, and what happens to binary, late-NUL and non-UTF-8 files.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'smtp-codes-files-'));
const write = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const deliveredLine = 'Jun  3 10:00:00 mx postfix/smtp[4242]: 4A1B2C3D4E: to=<x@example.net>, relay=mx.example.net[192.0.2.7]:25, delay=1.2, dsn=2.0.0, status=sent (250 2.0.0 Ok)\n';
const bouncedLine = 'Jun  3 10:00:01 mx postfix/smtp[4242]: 4A1B2C3D4F: to=<y@example.net>, relay=mx.example.net[192.0.2.7]:25, delay=1.2, dsn=5.1.1, status=bounced (host mx.example.net[192.0.2.7] said: 550 5.1.1 unknown (in reply to RCPT TO command))\n';
/** Enough delivered lines to pass the first 8 KiB. */
const over8KiB = deliveredLine.repeat(Math.ceil(9000 / deliveredLine.length));

test('check exits 0 when there are warnings but no errors, and still prints them', () => {
  const warnings = write('warnings.smtp', '220 mx ESMTP\nHELLO c\n250 ok\nMAIL FROM:a@b\n250 ok\n');
  const r = cli('check', warnings);
  assert.equal(r.status, 0);
  assert.equal(
    r.stdout,
    `${warnings}:2:1: warning smtp.unknown-command: Unknown command HELLO; did you mean HELO?\n` +
      `${warnings}:4:1: warning smtp.mail-before-helo: MAIL before EHLO/HELO: a session must identify itself first (RFC 5321 §4.1.4); after STARTTLS, EHLO must be sent again (RFC 3207 §4.2).\n` +
      `${warnings}:4:11: warning smtp.address-without-brackets: The address after MAIL FROM: must be enclosed in <…> (RFC 5321 §4.1.2); many servers reject it otherwise.\n`,
  );
  assert.equal(r.stderr, '1 file checked, 3 diagnostics\n');
});

test('check walks a directory for the files known by name, as VS Code names them, and skips the rest', () => {
  const tree = mkdtempSync(join(tmpdir(), 'smtp-codes-walk-'));
  for (const sub of ['postfix', 'logs', '.git', 'node_modules']) mkdirSync(join(tree, sub));
  const files: Record<string, string> = {
    'postfix/main.cf': 'soft_bounce = yes\n',
    'postfix/master.cf': 'smtp inet n - y - - smtpd\n',
    'postfix/sender_checks': 'spam@example.com  REJECT\n',
    'postfix/header_checks': '/^Subject: x/  REJECT no\n',
    'postfix/access': 'example.com  OK\n',
    'postfix/client.pcre': '/^x/  OK\n',
    'postfix/main.cf.bak': 'soft_bounce = yes\n',
    'logs/maillog': deliveredLine,
    'logs/mail.log': deliveredLine,
    'logs/maillog.1': deliveredLine,
    'session.smtp': '220 mx ESMTP\n',
    'bounce.eml': 'From: a@b\n\nhello\n',
    'notes.txt': '550 5.1.1 not a known file name\n',
    '.git/main.cf': 'soft_bounce = yes\n',
    'node_modules/maillog': deliveredLine,
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(tree, name), content);
  const r = cli('check', tree, '--format', 'json');
  assert.equal(r.stderr, '');
  const checked = JSON.parse(r.stdout).map((f: { file: string; languageId: string }) => [f.file.slice(tree.length + 1), f.languageId]);
  assert.deepEqual(checked, [
    ['bounce.eml', 'eml'],
    ['logs/mail.log', 'mail-log'],
    ['logs/maillog', 'mail-log'],
    ['postfix/access', 'postfix-lookup'],
    ['postfix/client.pcre', 'postfix-lookup'],
    ['postfix/header_checks', 'postfix-lookup'],
    ['postfix/main.cf', 'postfix-main'],
    ['postfix/master.cf', 'postfix-master'],
    ['postfix/sender_checks', 'postfix-lookup'],
    ['session.smtp', 'smtp'],
  ]);
  // The soft_bounce warning of main.cf is found through the walk, and warnings alone exit 0.
  assert.match(cli('check', tree).stdout, /postfix\/main\.cf:1:15: warning postfix\.soft-bounce: /);
  assert.equal(cli('check', tree).status, 0);
});

test('compare --format json prints the comparison view, whose items are the explain views', () => {
  const r = cli('compare', '221', '502', '--format', 'json');
  assert.equal(r.status, 0);
  const view = JSON.parse(r.stdout);
  assert.deepEqual(Object.keys(view), ['title', 'intro', 'items', 'keyDifferences', 'whenToUseWhich']);
  assert.equal(view.title, 'SMTP 221 Closing Connection vs 502 Command Not Implemented');
  assert.deepEqual(view.items, ['221', '502'].map((code) => JSON.parse(cli('explain', code, '--format', 'json').stdout)));
  assert.equal(view.keyDifferences[0], '221 (Closing Connection) is a 2xx Positive Completion response, while 502 (Command Not Implemented) is a 5xx Permanent Negative Completion response.');
  assert.deepEqual(view.whenToUseWhich.map((w: { label: string }) => w.label), ['For 221 (Closing Connection)', 'For 502 (Command Not Implemented)']);
  const german = JSON.parse(cli('compare', '550', '5.1.1', '--format', 'json', '--lang', 'de').stdout);
  assert.deepEqual(german.items.map((i: { kind: string; code: string }) => [i.kind, i.code]), [['reply-code', '550'], ['enhanced-code', '5.1.1']]);
  assert.deepEqual(german.items[1], JSON.parse(cli('explain', '5.1.1', '--format', 'json', '--lang', 'de').stdout));
});

test('log-summary on a binary file: exit 2 and one line naming the file, after summarising the readable ones', () => {
  const binary = write('binary.log', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xff, 0xfe]));
  const readable = write('readable.log', bouncedLine);
  const r = cli('log-summary', binary, readable);
  assert.equal(r.status, 2);
  assert.equal(r.stderr, `smtp-codes: ${binary}: binary file (contains NUL bytes)\n`);
  assert.ok(r.stdout.startsWith(`${readable}: `), r.stdout);
  assert.match(r.stdout, /\n {2}bounced \(postfix\) +5\.1\.1 +550 +mx\.example\.net +1 +1\n {2}Events by outcome: bounced 1\n {2}Most frequent reasons of failures:\n +1 +bounced 550 .+ +\(1\)\n$/);
  const json = cli('log-summary', binary, '--format', 'json');
  assert.equal(json.status, 2);
  assert.deepEqual(JSON.parse(json.stdout), []);
  assert.equal(json.stderr.split('\n').filter(Boolean).length, 1);
});

test('a NUL byte after the first 8 KiB: the file is text, analysed to its end, findings after the NUL included', () => {
  const log = write('late-nul.log', `${over8KiB}garbage \u0000 here\n${bouncedLine}`);
  const lines = over8KiB.split('\n').length - 1;
  const json = cli('log-summary', log, '--format', 'json');
  assert.equal(json.status, 0);
  assert.equal(json.stderr, '');
  const bounced = JSON.parse(json.stdout)[0].outcomes.find((o: { outcome: string }) => o.outcome === 'bounced');
  assert.deepEqual(bounced, { outcome: 'bounced', mta: 'postfix', status: '5.1.1', replyCode: '550', remoteHost: 'mx.example.net', count: 1, lines: [lines + 2] });

  const transcript = write('late-nul.smtp', `220 mx ESMTP\nEHLO c\n250 mx\n${'NOOP\n250 ok\n'.repeat(1000)}NOOP \u0000\n250 ok\nMAIL FROM:<a@b>\n550 4.1.8 bad\n`);
  const r = cli('check', transcript);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /late-nul\.smtp:2007:5: error smtp\.enhanced-class-mismatch: /);
  assert.doesNotMatch(r.stdout, /document\.binary/);
});

test('binary by the editor\'s rule: a NUL among the first 512 bytes; one past them (TLS bytes a tool printed) leaves the file text', () => {
  // 260 two-byte characters push the NUL past byte 512 while it stays within the first 512 characters.
  const head = `220 mx ESMTP\nEHLO c\n250 mx\nNOOP ${'ä'.repeat(260)}\n250 ok\n`;
  assert.ok(Buffer.byteLength(head) > 512 && head.length < 512);
  const late = write('umlaut-nul.smtp', `${head}NOOP \u0000\n250 ok\nMAIL FROM:<a@b>\n550 4.1.8 bad\n`);
  const r = cli('check', late);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /umlaut-nul\.smtp:9:5: error smtp\.enhanced-class-mismatch: /);
  assert.doesNotMatch(r.stdout, /document\.binary/);

  const early = write('early-nul.smtp', `220 mx ESMTP\nEHLO c\n250 mx\nNOOP \u0000\n250 ok\n`);
  const e = cli('check', early);
  assert.equal(e.status, 2);
  assert.equal(e.stdout, '');
  assert.equal(e.stderr, `smtp-codes: ${early}: binary file (contains NUL bytes)\n`);
  const log = write('early-nul.log', `Jun  3 10:00:00 mail postfix/smtp[1]: \u0000\n`);
  assert.equal(cli('log-summary', log).status, 2);
});

test('text that is not UTF-8 (Latin-1, no NUL) is read with U+FFFD per invalid byte: every finding kept, columns as in the editor', () => {
  const latin1 = Buffer.concat([
    Buffer.from('220 mx ESMTP\nEHLO c\n250 mx\nMAIL FROM:<j'),
    Buffer.from([0xfc]),
    Buffer.from('rgen@b>\n550 4.1.8 Absender ung'),
    Buffer.from([0xfc]),
    Buffer.from('ltig\nRCPT TO:b'),
    Buffer.from([0xe9]),
    Buffer.from('@c\n'),
  ]);
  const path = write('latin1.smtp', latin1);
  const r = cli('check', path, '--format', 'json');
  assert.equal(r.status, 1);
  assert.equal(r.stderr, '');
  const [result] = JSON.parse(r.stdout);
  assert.deepEqual(
    result.diagnostics.map((d: { range: { start: { line: number; character: number } }; code: string }) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code}`).sort(),
    ['5:1 smtp.failure-reply', '5:5 smtp.enhanced-class-mismatch', '6:1 smtp.rcpt-before-mail', '6:9 smtp.address-without-brackets'],
  );
  const hover = cli('hover', path, '5:2');
  assert.equal(hover.status, 0);
  assert.match(hover.stdout, /^### 550 /);

  const log = write('latin1.log', Buffer.concat([Buffer.from(bouncedLine.replace('unknown', 'Empf')), Buffer.from([0xe4]), Buffer.from('nger unbekannt\n')]));
  const summary = JSON.parse(cli('log-summary', log, '--format', 'json').stdout);
  assert.equal(summary[0].outcomes.length, 1);
  assert.equal(summary[0].outcomes[0].replyCode, '550');
});

test('a transcript saved under a name that says nothing (a paste as .txt) is read as one, as the editor offers', () => {
  const paste = write(
    'paste.txt',
    '10:00:00 app[7]: recv: 220 mx.example.net ESMTP\n10:00:00 app[7]: send: EHLO client.example\n10:00:00 app[7]: recv: 250 mx.example.net\n10:00:00 app[7]: send: MAIL FROM:<a@example.org>\n10:00:00 app[7]: recv: 250 2.1.0 Ok\n10:00:00 app[7]: send: RCPT TO:b@example.net\n10:00:00 app[7]: recv: 250 2.1.5 Ok\n',
  );
  const r = cli('check', paste);
  assert.equal(
    r.stdout,
    `${paste}:6:32: warning smtp.address-without-brackets: The address after RCPT TO: must be enclosed in <…> (RFC 5321 §4.1.2); many servers reject it otherwise.\n`,
  );
  assert.equal(r.status, 0);
});
