/** CLI tests: run the built binary (dist/cli.js) as a user would. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'smtp-codes-cli-'));
const bad = join(dir, 'bad.smtp');
writeFileSync(bad, '220 mx ESMTP\nEHLO c\n250 mx\nMAIL FROM:<a@b>\n550 4.1.8 bad sender domain\n');
const good = join(dir, 'good.smtp');
writeFileSync(good, '220 mx ESMTP\nEHLO c\n250 mx\nQUIT\n221 bye\n');

test('explain a reply code, in text, markdown and json', () => {
  const text = cli('explain', '550');
  assert.equal(text.status, 0);
  assert.match(text.stdout, /^550 /);
  assert.match(text.stdout, /Description\n/);
  const md = cli('explain', '5.1.1', '--format', 'markdown');
  assert.match(md.stdout, /^# 5\.1\.1 /);
  const json = JSON.parse(cli('explain', '221', '--format', 'json').stdout);
  assert.equal(json.code, '221');
  assert.equal(json.registered, true);
});

test('explain in German', () => {
  const r = cli('explain', '502', '--lang', 'de');
  assert.equal(r.status, 0);
  assert.match(r.stdout, /Beschreibung/);
  assert.match(r.stdout, /Wann Sie es sehen/);
  assert.match(r.stdout, /Wie man es behebt/);
});

test('explain an unknown or malformed code exits 2 with one line naming the nearest codes', () => {
  for (const code of ['650', '5.1', 'FOO', '6.1.1']) {
    const r = cli('explain', code);
    assert.equal(r.status, 2, code);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.match(r.stderr, /nearest known: \S/);
  }
});

test('explain marks unregistered codes and explains them from their digits', () => {
  for (const code of ['5.1.99', '299', '577', '4.9.9']) {
    const r = cli('explain', code);
    assert.equal(r.status, 0, code);
    assert.match(r.stdout, /Not registered/, code);
  }
  assert.match(cli('explain', '577', '--lang', 'de').stdout, /Nicht registriert/);
});

test('compare 221 502 says what the seed says', () => {
  const r = cli('compare', '221', '502');
  assert.equal(r.status, 0);
  assert.match(r.stdout, /221 \(Closing Connection\) is a 2xx Positive Completion response, while 502 \(Command Not Implemented\) is a 5xx Permanent Negative Completion response/);
  assert.match(r.stdout, /In contrast: 502 /);
  assert.match(r.stdout, /Key differences/);
  assert.match(r.stdout, /When to use which/);
  const de = cli('compare', '221', '502', '--lang', 'de');
  assert.match(de.stdout, /Wesentliche Unterschiede/);
  assert.match(de.stdout, /Wann welchen verwenden/);
});

test('check prints path:line:col: severity code: message and exits 1 on errors', () => {
  const r = cli('check', bad);
  assert.equal(r.status, 1);
  // Each line up to the message; the messages themselves are tested with the service.
  assert.deepEqual(
    r.stdout.trimEnd().split('\n').map((line) => line.replace(/^(\S+:\d+:\d+: \w+ [a-z.-]+): .+$/, '$1')),
    [`${bad}:5:1: info smtp.failure-reply`, `${bad}:5:5: error smtp.enhanced-class-mismatch`],
  );
  assert.equal(r.stderr, '1 file checked, 2 diagnostics\n');
});

test('check exits 0 without errors and prints JSON with 0-based positions', () => {
  assert.equal(cli('check', good).status, 0);
  const json = JSON.parse(cli('check', bad, '--format', 'json').stdout);
  assert.deepEqual(
    json.map((f: { file: string; languageId: string; diagnostics: { code: string; severity: number; range: object }[] }) => [f.file, f.languageId, f.diagnostics.map((d) => [d.code, d.severity, d.range])]),
    [
      [
        bad,
        'smtp',
        [
          ['smtp.failure-reply', 3, { start: { line: 4, character: 0 }, end: { line: 4, character: 3 } }],
          ['smtp.enhanced-class-mismatch', 1, { start: { line: 4, character: 4 }, end: { line: 4, character: 9 } }],
        ],
      ],
    ],
  );
});

test('check walks directories for the six languages only', () => {
  const tree = mkdtempSync(join(tmpdir(), 'smtp-codes-tree-'));
  mkdirSync(join(tree, 'sub'));
  writeFileSync(join(tree, 'sub', 'x.smtp'), '220 mx\n');
  writeFileSync(join(tree, 'notes.txt'), '550 5.1.1 ignored here\n');
  const json = JSON.parse(cli('check', tree, '--format', 'json').stdout);
  assert.deepEqual(json.map((r: { file: string }) => r.file), [join(tree, 'sub', 'x.smtp')]);
});

test('check reports unreadable and binary files with exit 2, after the readable ones', () => {
  const bin = join(dir, 'blob.smtp');
  writeFileSync(bin, Buffer.from([0x32, 0x35, 0x30, 0x00, 0xff, 0xfe]));
  const r = cli('check', good, join(dir, 'missing.smtp'), bin);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /missing\.smtp: no such file or directory/);
  assert.match(r.stderr, /blob\.smtp: binary file/);
});

test('--language overrides detection', () => {
  const txt = join(dir, 'session.txt');
  writeFileSync(txt, 'EHLO c\n250 mx\nMAIL FROM:<a@b>\n550 4.1.8 x\n');
  assert.equal(cli('check', txt).status, 2);
  assert.equal(cli('check', txt, '--language', 'smtp').status, 1);
});

test('hover prints the hover at a 1-based position, exit 1 where there is none', () => {
  const r = cli('hover', bad, '5:2');
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^### 550 /);
  const json = JSON.parse(cli('hover', bad, '5:6', '--format', 'json').stdout);
  assert.match(json.contents.value, /4\.1\.8/);
  assert.equal(cli('hover', bad, '1:10').status, 1);
});

test('usage errors exit 2 with a one-line reason', () => {
  for (const args of [['explain'], ['frobnicate'], ['explain', '550', '--format', 'yaml'], ['hover', bad, 'x:y'], ['check']]) {
    const r = cli(...args);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, /^smtp-codes: /);
  }
});

test('compare takes codes only', () => {
  const r = cli('compare', 'MAIL', '550');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /not a reply code/);
});
