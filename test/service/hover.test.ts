import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hoverText } from '../helpers';

const session = (body: string) => `220 mx.example.com ESMTP\nEHLO client.example\n250-mx.example.com\n250 SIZE 1000\n${body}`;

test('hover on a reply code explains it with its class', () => {
  const text = hoverText(session('MAIL FROM:<a@example.com>\n250 2.1.0 Ok\nRCPT TO:<b@example.com>\n5|50 5.1.1 User unknown\n'));
  assert.ok(text);
  assert.match(text, /^### 550 /);
  assert.match(text, /5xx Permanent Negative Completion/);
  assert.match(text, /\*\*Description\*\*/);
  assert.match(text, /Answers `RCPT` on line 7/);
});

test('hover on an enhanced code explains it in its own class', () => {
  const text = hoverText(session('RCPT TO:<b@example.com>\n550 5.1.|1 User unknown\n'));
  assert.ok(text);
  assert.match(text, /^### 5\.1\.1 /);
  assert.match(text, /Class 5 \(Permanent Failure\), subject 1 \(Addressing Status\)/);
});

test('hover follows the language: German headings', () => {
  const text = hoverText('2|21 mx.example.com closing\n', 'smtp', { language: 'de' });
  assert.ok(text);
  assert.match(text, /\*\*Beschreibung\*\*/);
  assert.match(text, /\*\*Wann Sie es sehen\*\*/);
  assert.match(text, /\*\*Wie man es behebt\*\*/);
});

test('hover on a command explains the command', () => {
  const text = hoverText(session('MA|IL FROM:<a@example.com>\n250 2.1.0 Ok\n'));
  assert.ok(text);
  assert.match(text, /^### MAIL/);
  assert.match(text, /Answered by 250 on line 6/);
});

test('hover on an EHLO keyword and a MAIL parameter', () => {
  assert.match(hoverText('220 mx ESMTP\nEHLO c\n250-mx\n250 SI|ZE 1000\n') ?? '', /^### SIZE/);
  assert.match(hoverText(session('MAIL FROM:<a@example.com> SI|ZE=500\n250 Ok\n')) ?? '', /^### SIZE/);
});

test('no hover on plain text or on client lines that are not commands', () => {
  assert.equal(hoverText('220 mx ESMTP\nEHLO c\n250 mx greets c|lient\n'), undefined);
  assert.equal(hoverText('hello wor|ld\n'), undefined);
});

test('an unregistered but well-formed code is explained from its digits and marked', () => {
  const text = hoverText('2|99 odd reply\n');
  assert.ok(text);
  assert.match(text, /Not registered/);
  assert.match(text, /Positive Completion/);
});

test('reply text from the document never becomes markdown in hovers', () => {
  const text = hoverText('220 mx ESMTP\nEHLO c\n250 mx\nMAIL FROM:<a@b>\n5|50 5.7.1 [click](http://evil.example) <img src=x> *bold*\n');
  assert.ok(text);
  assert.match(text, /^### 550 Mailbox Unavailable\n/);
  // The reply hover quotes none of the reply's text, escaped or not.
  assert.doesNotMatch(text, /click|evil\.example|img|bold/);
});

test('AUTH data is never decoded into a hover', () => {
  const text = hoverText('220 mx ESMTP\nEHLO c\n250-mx\n250 AUTH PLAIN LOGIN\nAUTH PLAIN AGFsaWNlAHNl|Y3JldA==\n');
  assert.ok(text);
  assert.match(text, /credentials are not decoded/);
  assert.doesNotMatch(text, /alice|secret/);
});

test('a reply carrying a provider mark adds the provider note', () => {
  const text = hoverText('220 mx.google.com ESMTP x - gsmtp\nEHLO c\n250 mx\nMAIL FROM:<a@b>\n250 ok\nRCPT TO:<c@gmail.com>\n250 ok\nDATA\n354 go\n.\n5|50-5.7.26 Unauthenticated email from b is not accepted due to\n550 5.7.26 domain DMARC policy - gsmtp\n');
  assert.ok(text);
  assert.match(text, /What Google Gmail \/ Google Workspace means by it/);
  assert.match(text, /Differs from the IANA registry/);
  assert.match(text, /support\.google\.com\/a\/answer\/3726730/);
});

test('no provider note without the provider mark', () => {
  const text = hoverText('220 mx ESMTP\nEHLO c\n250 mx\nMAIL FROM:<a@b>\n5|50 5.7.26 Unauthenticated\n');
  assert.ok(text);
  assert.match(text, /^### 550 Mailbox Unavailable\n/);
  assert.doesNotMatch(text, /means by it/);
});

test('a failure whose transient twin is in the document offers the comparison', () => {
  const text = hoverText('220 mx ESMTP\nEHLO c\n250 mx\nMAIL FROM:<a@b>\n250 ok\nRCPT TO:<c@d>\n452 4.2.2 full\nRCPT TO:<e@f>\n552 5.2.|2 full\n');
  assert.ok(text);
  assert.match(text, /Also in this document: `4\.2\.2`/);
});

test('smtplib summary lines and ISO-timestamped syslog lines get their hovers', () => {
  assert.match(hoverText("reply: b'250 2.1.0 Ok\\r\\n'\nreply: retcode (2|50); Msg: b'2.1.0 Ok'\n") ?? '', /^### 250 /);
  assert.match(hoverText('2024-01-02T10:11:12.123456+01:00 relay postfix/smtpd[999]: > unknown[198.51.100.7]: 5|54 5.7.1 blocked\n') ?? '', /^### 554 /);
});
