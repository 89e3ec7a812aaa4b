/**
 * Codes outside the grammar, said straight: a reply whose second digit is 6 to 9 is a reply read by
 * its first digit and warned about, never "well-formed"; an enhanced code with a subject RFC 3463
 * does not define says so. Service hovers (smtp, mail-log), log diagnostics and the CLI, en and de.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diagnosticsAt, hoverText } from '../helpers';
import { cli } from '../cli/runCli';
import { isOutsideReplyGrammar, isReadableReplyCode, replyCodeProblem } from '../../server/src/knowledge/codes';


const wellFormed = /well-formed|formal gültig/;
const session = (reply: string) => `S: 220 mx.example.net ESMTP\nC: EHLO client.example.org\nS: 250 mx.example.net\nC: MAIL FROM:<a@example.org>\n${reply}\n`;
const logLine = (said: string) =>
  `Jan  2 10:11:11 mail postfix/smtp[12003]: 8A1B2C3D4E: to=<b@example.net>, relay=mx.example.net[198.51.100.20]:25, dsn=5.0.0, status=bounced (host mx.example.net[198.51.100.20] said: ${said} (in reply to RCPT TO command))\n`;

test('the syntax functions tell "no reply at all" from "a reply outside the grammar"', () => {
  assert.deepEqual(['599', '499', '260', '250', '650', '199'].map(replyCodeProblem), ['second-digit', 'second-digit', 'second-digit', undefined, 'first-digit', 'first-digit']);
  assert.deepEqual(['599', '250', '650'].map(isReadableReplyCode), [true, true, false]);
  assert.deepEqual(['599', '250', '650'].map(isOutsideReplyGrammar), [true, false, false]);
});

for (const [code, classLine] of [['599', '5xx Permanent Negative Completion'], ['499', '4xx Transient Negative Completion'], ['260', '2xx Positive Completion']]) {
  test(`transcript hover on ${code} explains its first digit and says it is outside the grammar`, () => {
    const text = hoverText(session(`S: ${code[0]}|${code.slice(1)} odd reply`));
    assert.ok(text);
    assert.match(text, new RegExp(`^### Reply code ${code} outside RFC 5321's grammar`));
    assert.match(text, new RegExp(classLine));
    assert.match(text, /RFC 5321 §4\.2 allows only 0 to 5 as the second digit/);
    assert.match(text, new RegExp(`Second digit ${code[1]}: outside the range 0 to 5`));
    assert.doesNotMatch(text, wellFormed);
  });
}

test('transcript hover in German', () => {
  const text = hoverText(session('S: 5|99 odd reply'), 'smtp', { language: 'de' });
  assert.ok(text);
  assert.match(text, /^### Antwortcode 599 außerhalb der Grammatik von RFC 5321/);
  assert.match(text, /RFC 5321 §4\.2 erlaubt als zweite Ziffer nur 0 bis 5/);
  assert.doesNotMatch(text, wellFormed);
});

test('a reply code inside the grammar but unregistered is still called well-formed', () => {
  assert.match(hoverText(session('S: 2|59 odd reply')) ?? '', /Not registered: 259 is well-formed/);
});

test('mail-log: a remote reply outside the grammar is hovered and warned about, en and de', () => {
  const line = logLine('599 5.8.1 Test refusal');
  const col = line.indexOf('599');
  const withCursor = `${line.slice(0, col + 1)}|${line.slice(col + 1)}`;
  const en = hoverText(withCursor, 'mail-log');
  assert.ok(en);
  assert.match(en, /^### Reply code 599 outside RFC 5321's grammar/);
  assert.doesNotMatch(en, wellFormed);
  const de = hoverText(withCursor, 'mail-log', { language: 'de' });
  assert.match(de ?? '', /^### Antwortcode 599 außerhalb der Grammatik von RFC 5321/);
  assert.deepEqual(diagnosticsAt(line, 'mail-log'), [`1:${col + 1} log.reply-code-outside-grammar`]);
  // A reply inside the grammar raises nothing of the kind.
  assert.deepEqual(diagnosticsAt(logLine('550 5.1.1 User unknown'), 'mail-log'), []);
});

test('an enhanced code with an undefined subject says RFC 3463 defines no such subject', () => {
  const en = hoverText(session('S: 550 5.8|.1 odd'));
  assert.ok(en);
  assert.match(en, /Class 5 \(Permanent Failure\), subject 8 \(RFC 3463 defines no such subject\)/);
  assert.match(en, /Not registered: RFC 3463 defines no subject 8, so 5\.8\.1 has no meaning beyond its class/);
  assert.doesNotMatch(en, /\(\?\)|well-formed/);
  const de = hoverText(session('S: 550 5.8|.1 odd'), 'smtp', { language: 'de' });
  assert.match(de ?? '', /RFC 3463 legt keine Kategorie 8 fest/);
  assert.doesNotMatch(de ?? '', /\(\?\)|formal gültig/);
});

test('CLI explain: 599 and 5.8.1, en and de', () => {
  const en = cli('explain', '599');
  assert.equal(en.status, 0, en.stderr);
  assert.equal(en.stdout.split('\n')[0], "Reply code 599 outside RFC 5321's grammar");
  assert.equal(en.stdout.split('\n')[1], '5xx Permanent Negative Completion');
  assert.match(en.stdout, /a client acts on its first digit alone \(RFC 5321 §4\.2\.1\)/);
  assert.doesNotMatch(en.stdout, wellFormed);
  const de = cli('explain', '599', '--lang', 'de');
  assert.equal(de.stdout.split('\n')[0], 'Antwortcode 599 außerhalb der Grammatik von RFC 5321');
  assert.doesNotMatch(de.stdout, wellFormed);
  const json = JSON.parse(cli('explain', '499', '--format', 'json').stdout);
  assert.equal(json.registered, false);
  assert.match(json.notice, /^Not registered, and outside the grammar: RFC 5321 §4\.2/);
  const enhanced = cli('explain', '5.8.1');
  assert.equal(enhanced.stdout.split('\n')[1], 'Class 5 (Permanent Failure), subject 8 (RFC 3463 defines no such subject)');
  assert.match(enhanced.stdout, /RFC 3463 defines no subject 8/);
  assert.doesNotMatch(enhanced.stdout, /\(\?\)|well-formed/);
  const enhancedDe = cli('explain', '5.8.1', '--lang', 'de');
  assert.equal(enhancedDe.stdout.split('\n')[1], 'Klasse 5 (Dauerhafter Fehler), Kategorie 8 (von RFC 3463 nicht festgelegte Kategorie)');
});

test('CLI check warns about a logged reply outside the grammar, en and de', () => {
  const dir = mkdtempSync(join(tmpdir(), 'smtp-codes-outside-'));
  const file = join(dir, 'mail.log');
  const line = logLine('599 5.8.1 Test refusal');
  writeFileSync(file, line);
  const col = line.indexOf('599') + 1;
  const en = cli('check', file, '--language', 'mail-log');
  assert.equal(en.stdout.split('\n')[0], `${file}:1:${col}: warning log.reply-code-outside-grammar: Reply code 599 is outside RFC 5321 §4.2's grammar: the second digit must be 0 to 5. The sending MTA acts on its first digit only.`);
  const de = cli('check', file, '--language', 'mail-log', '--lang', 'de');
  assert.match(de.stdout, /warning log\.reply-code-outside-grammar: Antwortcode 599 liegt außerhalb der Grammatik von RFC 5321 §4\.2/);
});
