import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnosticsAt, diagnosticCodes, service, doc, settings } from '../helpers';

const clean = `220 mx.example.com ESMTP Postfix
EHLO client.example.org
250-mx.example.com
250-PIPELINING
250-SIZE 10240000
250-STARTTLS
250-ENHANCEDSTATUSCODES
250 8BITMIME
MAIL FROM:<alice@example.org> SIZE=1200
250 2.1.0 Ok
RCPT TO:<bob@example.com>
250 2.1.5 Ok
DATA
354 End data with <CR><LF>.<CR><LF>
Subject: hi

hello
.
250 2.0.0 Ok: queued as 4BxyZ
QUIT
221 2.0.0 Bye
`;

test('a clean session raises no warning or error', () => {
  assert.deepEqual(diagnosticCodes(clean), []);
});

test('harmless deviations raise nothing', () => {
  const text = `220 mx ESMTP\nhelo client\n250 mx 2.0.0 hello\nmail from:<a@b.example>\n250 2.1.0 ok\nrcpt to:<c@d.example>\n250\ndata\n354\nbody\n.\n250 ok\nquit\n221 bye\n`;
  assert.deepEqual(diagnosticCodes(text), []);
});

test('an excerpt that starts mid-way raises no sequence warning', () => {
  assert.deepEqual(diagnosticCodes('RCPT TO:<b@example.com>\n250 2.1.5 Ok\nDATA\n354 go\n.\n250 ok\n'), []);
});

const cases: [string, string, string[]][] = [
  ['malformed reply code', '220 mx ESMTP\nEHLO c\n650 huh\n', ['3:1 smtp.malformed-reply-code', '3:1 smtp.reply-not-allowed']],
  ['unregistered reply code', '220 mx ESMTP\nNOOP\n259 hm\n', ['3:1 smtp.unregistered-reply-code', '3:1 smtp.reply-not-allowed']],
  ['enhanced class mismatch', '220 mx ESMTP\nEHLO c\n250 mx\nMAIL FROM:<a@b>\n250 2.1.0 ok\nRCPT TO:<c@d>\n550 4.1.1 unknown\n', ['7:5 smtp.enhanced-class-mismatch', '7:1 smtp.failure-reply']],
  ['malformed enhanced code', '220 mx ESMTP\nNOOP\n250 7.0.0 ok\n', ['3:5 smtp.malformed-enhanced-code']],
  ['354 after RCPT', '220 mx ESMTP\nEHLO c\n250 mx\nMAIL FROM:<a@b>\n250 ok\nRCPT TO:<c@d>\n354 go ahead\n', ['7:1 smtp.reply-not-allowed']],
  ['250 after QUIT', '220 mx ESMTP\nQUIT\n250 bye\n', ['3:1 smtp.reply-not-allowed']],
  ['multi-line codes differ', '220 mx ESMTP\nEHLO c\n250-mx\n251-PIPELINING\n250 SIZE\n', ['4:1 smtp.multiline-code-mismatch']],
  ['last line with hyphen', '220 mx ESMTP\nEHLO c\n250-mx\n250-SIZE\nMAIL FROM:<a@b>\n250 ok\n', ['4:1 smtp.multiline-last-hyphen']],
  ['continuation never finished', '220 mx ESMTP\nEHLO c\n250-mx\n250-SIZE\n', ['4:1 smtp.multiline-unfinished']],
  ['MAIL before EHLO', '220 mx ESMTP\nMAIL FROM:<a@b>\n503 5.5.1 send HELO first\n', ['2:1 smtp.mail-before-helo', '3:1 smtp.failure-reply']],
  ['RCPT before MAIL', '220 mx ESMTP\nEHLO c\n250 mx\nRCPT TO:<a@b>\n503 5.5.1 need MAIL\n', ['4:1 smtp.rcpt-before-mail', '5:1 smtp.failure-reply']],
  ['DATA without accepted RCPT', '220 mx ESMTP\nEHLO c\n250 mx\nMAIL FROM:<a@b>\n250 ok\nRCPT TO:<c@d>\n550 5.1.1 no\nDATA\n554 5.5.1 no valid recipients\n', ['7:1 smtp.failure-reply', '8:1 smtp.data-without-rcpt', '9:1 smtp.failure-reply']],
  ['command after QUIT', '220 mx ESMTP\nQUIT\n221 bye\nNOOP\n', ['4:1 smtp.command-after-quit']],
  ['command after 421', '220 mx ESMTP\nEHLO c\n421 4.3.2 shutting down\nNOOP\n', ['3:1 smtp.failure-reply', '4:1 smtp.command-after-close']],
  ['BDAT without CHUNKING', '220 mx ESMTP\nEHLO c\n250-mx\n250 SIZE\nMAIL FROM:<a@b>\n250 ok\nRCPT TO:<c@d>\n250 ok\nBDAT 10 LAST\n250 ok\n', ['9:1 smtp.extension-not-advertised']],
  ['SIZE above limit', '220 mx ESMTP\nEHLO c\n250-mx\n250 SIZE 1000\nMAIL FROM:<a@b> SIZE=5000\n552 5.3.4 too big\n', ['5:17 smtp.size-over-limit', '6:1 smtp.failure-reply']],
  ['parameter without extension', '220 mx ESMTP\nEHLO c\n250-mx\n250 SIZE 1000\nMAIL FROM:<a@b> BODY=8BITMIME\n250 ok\n', ['5:17 smtp.extension-not-advertised']],
  ['misspelled command', '220 mx ESMTP\nEHL0 c\n500 5.5.2 what\n', ['2:1 smtp.unknown-command', '3:1 smtp.failure-reply']],
  ['address without brackets', '220 mx ESMTP\nEHLO c\n250 mx\nMAIL FROM:a@b.example\n250 ok\n', ['4:11 smtp.address-without-brackets']],
];

for (const [name, text, expected] of cases) {
  test(`diagnostic: ${name}`, () => {
    assert.deepEqual(diagnosticsAt(text).sort(), expected.sort());
  });
}

test('AUTH PLAIN before STARTTLS and credentials in the transcript', () => {
  const text = '220 mx ESMTP\nEHLO c\n250-mx\n250-STARTTLS\n250 AUTH PLAIN LOGIN\nAUTH PLAIN AGFsaWNlAHNlY3JldA==\n235 2.7.0 ok\n';
  assert.deepEqual(diagnosticCodes(text).sort(), ['smtp.auth-before-starttls', 'smtp.credentials-in-transcript']);
});

test('AUTH LOGIN exchange: both credential lines are found, not taken for commands', () => {
  const text = '220 mx ESMTP\nEHLO c\n250-mx\n250-STARTTLS\n250 AUTH LOGIN\nSTARTTLS\n220 go\nEHLO c\n250-mx\n250 AUTH LOGIN\nAUTH LOGIN\n334 VXNlcm5hbWU6\nYWxpY2U=\n334 UGFzc3dvcmQ6\nc2VjcmV0\n235 2.7.0 ok\nAUTH LOGIN\n503 5.5.1 already authenticated\n';
  // AUTH after STARTTLS, with AUTH advertised: no auth-before-starttls, no extension-not-advertised.
  assert.deepEqual(diagnosticsAt(text), ['13:1 smtp.credentials-in-transcript', '15:1 smtp.credentials-in-transcript', '17:1 smtp.auth-twice', '18:1 smtp.failure-reply']);
});

test('SMTP smuggling: <LF>.<LF> inside DATA where line endings are visible', () => {
  const text = '220 mx ESMTP\r\nEHLO c\r\n250 mx\r\nMAIL FROM:<a@b>\r\n250 ok\r\nRCPT TO:<c@d>\r\n250 ok\r\nDATA\r\n354 go\r\nSubject: x\r\nbody\n.\nMAIL FROM:<admin@b>\r\n.\r\n250 ok\r\n';
  // Past the bare <LF>.<LF>, the smuggled MAIL is read as a receiver open to smuggling reads it: a
  // command pipelined without PIPELINING.
  assert.deepEqual(diagnosticsAt(text), ['11:1 smtp.bare-lf', '12:1 smtp.smuggling', '13:1 smtp.extension-not-advertised']);
});

test('smtplib debug output: bare LF inside the message is found', () => {
  const text = [
    "send: 'ehlo [127.0.1.1]\\r\\n'",
    "reply: b'250-mx.example.com\\r\\n'",
    "reply: b'250 SIZE 1000\\r\\n'",
    "send: 'mail FROM:<a@b.example>\\r\\n'",
    "reply: b'250 2.1.0 Ok\\r\\n'",
    "send: 'rcpt TO:<c@d.example>\\r\\n'",
    "reply: b'250 2.1.5 Ok\\r\\n'",
    "send: 'data\\r\\n'",
    "reply: b'354 End data\\r\\n'",
    "send: b'Subject: x\\r\\n\\r\\nline one\\nline two\\r\\n.\\r\\n'",
    "reply: b'250 2.0.0 Ok\\r\\n'",
  ].join('\n');
  assert.deepEqual(diagnosticCodes(text), ['smtp.bare-lf']);
});

test('line length limits of RFC 5321 §4.5.3.1', () => {
  const long = `220 mx ESMTP\nEHLO c\n250 mx\nRCPT TO:<${'a'.repeat(520)}@b>\n`;
  // The RCPT without MAIL is a fault too.
  assert.deepEqual(diagnosticsAt(long), ['4:1 smtp.rcpt-before-mail', '4:1 smtp.line-too-long']);
});

test('severity is configurable per id, and off silences it', () => {
  const text = '220 mx ESMTP\nEHLO c\n250 mx\nMAIL FROM:<a@b>\n250 ok\nRCPT TO:<c@d>\n550 4.1.1 unknown\n';
  const diagnostics = service.doValidation(doc(text), settings({ severity: { 'smtp.enhanced-class-mismatch': 'hint', 'smtp.failure-reply': 'off' } }));
  assert.deepEqual(
    diagnostics.map((d) => [d.code, d.severity]),
    [['smtp.enhanced-class-mismatch', 4]],
  );
});
