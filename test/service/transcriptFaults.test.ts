/**
 * Protocol faults that real sessions show, and the sessions that must raise nothing: implicit TLS,
 * transcripts that start or end mid-session. Each case lists every diagnostic, as "line:col id".
 * The texts are our own, in the shapes tools print (RFC 5321's S:/C:, raw, curl -v).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitLines } from '../../server/src/service/lines';
import { messagesFor } from '../../server/src/service/messages';
import { buildOutline } from '../../server/src/service/transcript/outline';
import { readTranscript } from '../../server/src/service/transcript/reader';
import { buildSessionModel } from '../../server/src/service/transcript/sessionBuilder';
import { diagnosticsAt, doc, service, settings } from '../helpers';

const ehloWithStarttls = '220 mx.example.com ESMTP\nEHLO c.example\n250-mx.example.com\n250-STARTTLS\n250 AUTH LOGIN\n';

const faults: [string, string, string[]][] = [
  ['STARTTLS not advertised', '220 mx ESMTP\nEHLO c.example\n250-mx\n250 SIZE 1000\nSTARTTLS\n220 2.0.0 go ahead\n', ['5:1 smtp.extension-not-advertised']],
  [
    'an AUTH mechanism the server did not offer',
    `${ehloWithStarttls}STARTTLS\n220 go ahead\nEHLO c.example\n250-mx.example.com\n250 AUTH LOGIN\nAUTH PLAIN\n334 \n`,
    ['11:6 smtp.extension-not-advertised'],
  ],
  ['AUTH before any EHLO: nothing was advertised yet', 'S: 220 mx.example.com ESMTP\nC: AUTH LOGIN\nS: 503 5.5.1 Error: send HELO/EHLO first\n', ['2:4 smtp.extension-not-advertised', '3:4 smtp.failure-reply']],
  ['RCPT before MAIL', 'S: 220 mx ESMTP\nC: EHLO c.example\nS: 250 mx\nC: RCPT TO:<a@b.example>\nS: 503 5.5.1 Error: need MAIL command\n', ['4:4 smtp.rcpt-before-mail', '5:4 smtp.failure-reply']],
  [
    'a second MAIL inside an open transaction',
    '220 mx ESMTP\nEHLO c.example\n250 mx\nMAIL FROM:<a@b.example>\n250 2.1.0 Ok\nMAIL FROM:<c@d.example>\n503 5.5.1 Error: nested MAIL command\n',
    ['6:1 smtp.nested-mail', '7:1 smtp.failure-reply'],
  ],
  ['a command after QUIT', '220 mx ESMTP\nQUIT\n221 2.0.0 Bye\nNOOP\n', ['4:1 smtp.command-after-quit']],
  [
    'a command sent before the greeting; the 220 after it is still the greeting',
    'C: MAIL FROM:<a@b.example>\nS: 220 mx.example.com ESMTP\nC: RCPT TO:<c@d.example>\nS: 250 2.1.0 Ok\nS: 250 2.1.5 Ok\n',
    ['1:4 smtp.command-before-greeting'],
  ],
  [
    'a keyword alone on a line after the last line of the EHLO reply',
    '220 smtp4dev ready\nEHLO example.com\n250 Nice to meet you.\nSIZE\nQUIT\n221 Bye\n',
    ['4:1 smtp.malformed-ehlo-reply'],
  ],
  [
    'a command after the server said 221',
    '220 mx ESMTP\nEHLO c.example\n250 mx\nXYZZY\n221 2.7.0 Error: I can break rules, too. Goodbye.\nMAIL FROM:<a@b.example>\n',
    ['6:1 smtp.command-after-close'],
  ],
  ['EHLO without a domain', '220 mx ESMTP\nEHLO\n501 5.5.4 Syntax: EHLO hostname\n', ['2:1 smtp.helo-without-domain', '3:1 smtp.failure-reply']],
  ['HELO without a domain', 'S: 220 mx ESMTP\nC: HELO \nS: 501 Syntax: HELO hostname\n', ['2:4 smtp.helo-without-domain', '3:4 smtp.failure-reply']],
  ['a MAIL address without angle brackets', 'S: 220 mx ESMTP\nC: EHLO c.example\nS: 250 mx\nC: MAIL FROM: alice@example.org\nS: 250 ok\n', ['4:15 smtp.address-without-brackets']],
  ['EHLO reply: a keyword instead of the domain', '220 mx ESMTP\nEHLO c.example\n250-PIPELINING\n250-SIZE 1000\n250 8BITMIME\n', ['3:5 smtp.malformed-ehlo-reply']],
  ['EHLO reply: a final 250 with nothing', '220 mx ESMTP\nEHLO c.example\n250-mx.example.com\n250-PIPELINING\n250 \n', ['5:1 smtp.malformed-ehlo-reply']],
  [
    'EHLO reply: a stray line after the final line',
    '220 mx ESMTP\nEHLO c.example\n250-mx.example.com\n250 PIPELINING\n250 8BITMIME\nMAIL FROM:<a@b.example>\n250 2.1.0 Ok\n',
    ['5:1 smtp.malformed-ehlo-reply'],
  ],
  [
    'EHLO reply: a stray line the client printed after its next command; the replies after it are one behind',
    '< 220 mx ESMTP\n> EHLO c.example\n< 250-mx.example.com\n< 250 DSN\n> MAIL FROM:<a@b.example>\n< 250 2.0.0 extra\n> RCPT TO:<c@d.example>\n' +
      '< 250 2.1.0 Sender ok\n> DATA\n< 250 2.1.5 Recipient ok\n> QUIT\n< 354 End data with <CR><LF>.<CR><LF>\n',
    ['6:3 smtp.malformed-ehlo-reply'],
  ],
  [
    'a stray line after the EHLO reply: the client sends its message after the RCPT reply it took for the 354',
    '<220 mx ESMTP\n>EHLO c.example\n<250-mx\n<250 DSN\n>MAIL FROM:<a@b.example>\n<250 2.0.0 extra\n>RCPT TO:<c@d.example>\n<250 2.1.0 ok\n>DATA\n' +
      '<250 2.1.5 ok\n>Subject: hi\n>\n>hello\n.\n<354 go ahead\n>QUIT\n<250 2.0.0 queued\n',
    ['6:2 smtp.malformed-ehlo-reply'],
  ],
  [
    'replies out of step without a stray line stay reported where they stand',
    '220 mx ESMTP\nEHLO c.example\n250 mx\nMAIL FROM:<a@b.example>\n250 2.1.0 ok\nRCPT TO:<c@d.example>\n250 2.1.5 ok\nDATA\n250 2.0.0 what\nQUIT\n221 bye\n',
    ['9:1 smtp.reply-not-allowed'],
  ],
  ['EHLO reply: a SIZE value on a line of its own', '220 mx ESMTP\nEHLO c.example\n250-mx.example.com\n250-SIZE\n250-50000000\n250 8BITMIME\n', ['5:5 smtp.malformed-ehlo-reply']],
  ['an empty reply to EHLO', 'S: 220 mx ESMTP\nC: EHLO c.example\nS: \nC: QUIT\n', ['3:4 smtp.empty-reply']],
  ['the greeting missing entirely', 'S: \nC: EHLO c.example\n', ['1:4 smtp.empty-reply']],
  [
    'no reply after the end of DATA, the connection closed',
    'S: 220 mx ESMTP\nC: EHLO c.example\nS: 250 mx\nC: MAIL FROM:<a@b.example>\nS: 250 ok\nC: RCPT TO:<c@d.example>\nS: 250 ok\nC: DATA\nS: 354 go ahead\nC: Subject: hi\nC:\nC: body\nC: .\nConnection closed by foreign host.\n',
    ['13:4 smtp.no-reply-after-data'],
  ],
  [
    'no reply after the end of DATA, the client goes on',
    '220 mx ESMTP\nEHLO c.example\n250 mx\nMAIL FROM:<a@b.example>\n250 ok\nRCPT TO:<c@d.example>\n250 ok\nDATA\n354 go ahead\nbody\n.\nQUIT\n',
    ['11:1 smtp.no-reply-after-data'],
  ],
  [
    'MAIL sent before the reply to EHLO',
    '220 mx ESMTP\nEHLO c.example\nMAIL FROM:<a@b.example>\n250-mx.example.com\n250 PIPELINING\n250 2.1.0 Ok\n',
    ['3:1 smtp.mail-before-ehlo-reply'],
  ],
  [
    'message text sent after DATA was refused',
    '220 mx ESMTP\nEHLO c.example\n250 mx\nMAIL FROM:<a@b.example>\n250 ok\nRCPT TO:<c@d.example>\n550 5.1.1 unknown user\nDATA\n554 5.5.1 Error: no valid recipients\nSubject: hi\n\nhello\n.\nQUIT\n221 bye\n',
    ['7:1 smtp.failure-reply', '8:1 smtp.data-without-rcpt', '9:1 smtp.failure-reply', '10:1 smtp.text-after-refused-data'],
  ],
  ['a shell command in the client position', 'S: 220 mx ESMTP\nC: EHLO c.example\nS: 250 mx\nC: exit\nS: 500 5.5.2 Error: command not recognized\n', ['4:4 smtp.not-a-command', '5:4 smtp.failure-reply']],
  ['530 answering RSET', '220 mx ESMTP\nRSET\n530 5.7.0 Authentication required\n', ['3:1 smtp.reply-not-allowed', '3:1 smtp.failure-reply']],
  ['530 answering NOOP', 'S: 220 mx ESMTP\nC: NOOP\nS: 530 5.7.0 Authentication required\n', ['3:4 smtp.reply-not-allowed', '3:4 smtp.failure-reply']],
];

const quiet: [string, string, string[]][] = [
  ['530 answering MAIL is what RFC 4954 §6 asks for', '220 mx ESMTP\nEHLO c.example\n250 mx\nMAIL FROM:<a@b.example>\n530 5.7.0 Authentication required\n', ['5:1 smtp.failure-reply']],
  ['MAIL after RSET opens a new transaction', '220 mx ESMTP\nEHLO c.example\n250 mx\nMAIL FROM:<a@b.example>\n250 ok\nRSET\n250 ok\nMAIL FROM:<c@d.example>\n250 ok\n', []],
  [
    'a pipelined RSET before the next MAIL',
    '220 mx ESMTP\nEHLO c.example\n250-mx\n250 PIPELINING\nMAIL FROM:<a@b.example>\n250 ok\nRSET\nMAIL FROM:<c@d.example>\n250 ok\n250 ok\n',
    [],
  ],
  ['a MAIL after a refused MAIL', '220 mx ESMTP\nEHLO c.example\n250 mx\nMAIL FROM:<a@b.example>\n553 5.1.8 bad sender\nMAIL FROM:<c@d.example>\n250 ok\n', ['5:1 smtp.failure-reply']],
  ['a blank server line inside a reply is no empty reply', 'S: 220 mx ESMTP\nC: EHLO c.example\nS:\nS: 250 mx\n', []],
  [
    'an EHLO reply whose lines a tool joined with spaces hides what was offered',
    'S: 220 mx ESMTP\nC: EHLO c.example\nS: 250 mx.example.com Hello c.example PIPELINING SIZE 1000 STARTTLS AUTH PLAIN\nC: STARTTLS\nS: 220 2.0.0 go ahead\n',
    [],
  ],
  ['a tool that prints only the client side proves no order', 'C: EHLO c.example\nC: MAIL FROM:<a@b.example>\nC: RCPT TO:<c@d.example>\n', []],
  ['an X-command is no shell input', 'S: 220 mx ESMTP\nC: EHLO c.example\nS: 250 mx\nC: XFOO bar\nS: 502 5.5.2 not implemented\n', ['5:4 smtp.failure-reply']],
  [
    'implicit TLS: curl connected to port 465',
    '* Connected to smtp.example.com (192.0.2.1) port 465\n< 220 smtp.example.com ESMTP\n> EHLO c.example\n< 250-smtp.example.com\n< 250 AUTH PLAIN LOGIN\n> AUTH PLAIN AGFsaWNlAHNlY3JldA==\n< 235 2.7.0 Authentication successful\n',
    ['6:14 smtp.credentials-in-transcript'],
  ],
  [
    'the same session on port 587, STARTTLS offered but not used, is cleartext',
    '* Connected to smtp.example.com (192.0.2.1) port 587\n< 220 smtp.example.com ESMTP\n> EHLO c.example\n< 250-smtp.example.com\n< 250-STARTTLS\n< 250 AUTH PLAIN LOGIN\n> AUTH PLAIN AGFsaWNlAHNlY3JldA==\n< 235 2.7.0 Authentication successful\n',
    ['7:3 smtp.auth-before-starttls', '7:14 smtp.credentials-in-transcript'],
  ],
  [
    'implicit TLS: an smtps:// URL',
    '$ curl -v --url smtps://smtp.example.com --user alice\n< 220 smtp.example.com ESMTP\n> EHLO c.example\n< 250-smtp.example.com\n< 250 AUTH LOGIN\n> AUTH LOGIN\n< 334 VXNlcm5hbWU6\n> YWxpY2U=\n< 334 UGFzc3dvcmQ6\n> c2VjcmV0\n< 235 2.7.0 ok\n',
    ['8:3 smtp.credentials-in-transcript', '10:3 smtp.credentials-in-transcript'],
  ],
  [
    'implicit TLS: openssl s_client -connect host:465',
    '$ openssl s_client -connect smtp.example.com:465 -crlf -quiet\n220 smtp.example.com ESMTP\nEHLO c.example\n250-smtp.example.com\n250 AUTH PLAIN LOGIN\nAUTH PLAIN AGFsaWNlAHNlY3JldA==\n235 2.7.0 ok\n',
    ['6:12 smtp.credentials-in-transcript'],
  ],
  [
    'openssl with -starttls on a submission port is no implicit TLS',
    '$ openssl s_client -connect smtp.example.com:465 -starttls smtp\n220 smtp.example.com ESMTP\nEHLO c.example\n250-smtp.example.com\n250-STARTTLS\n250 AUTH PLAIN LOGIN\nAUTH PLAIN AGFsaWNlAHNlY3JldA==\n235 2.7.0 ok\n',
    ['7:1 smtp.auth-before-starttls', '7:12 smtp.credentials-in-transcript'],
  ],
  [
    "implicit TLS: PHPMailer's ssl:// connection",
    'Connection: opening to ssl://smtp.example.com:465, timeout=300\n220 smtp.example.com ESMTP\nEHLO c.example\n250-smtp.example.com\n250 AUTH LOGIN PLAIN\nAUTH PLAIN AGFsaWNlAHNlY3JldA==\n235 ok\n',
    ['6:12 smtp.credentials-in-transcript'],
  ],
  [
    "implicit TLS: Nodemailer's secure: true",
    "transport options: { host: 'smtp.example.com', port: 465, secure: true }\n220 smtp.example.com ESMTP\nEHLO c.example\n250-smtp.example.com\n250 AUTH LOGIN PLAIN\nAUTH PLAIN AGFsaWNlAHNlY3JldA==\n235 ok\n",
    ['6:12 smtp.credentials-in-transcript'],
  ],
  ['starts mid-session: RCPT without the greeting', 'RCPT TO:<c@d.example>\n250 2.1.5 Ok\nRCPT TO:<e@f.example>\n250 2.1.5 Ok\n', []],
  ['starts mid-session: MAIL without the greeting', 'MAIL FROM:<a@b.example>\n250 2.1.0 Ok\n', []],
  ['starts inside DATA', 'C: thanks for the report\nC: .\nS: 250 2.0.0 Ok: queued as 4BxyZ\nC: QUIT\nS: 221 2.0.0 Bye\n', []],
  ['ends during DATA', '220 mx ESMTP\nEHLO c.example\n250 mx\nMAIL FROM:<a@b.example>\n250 ok\nRCPT TO:<c@d.example>\n250 ok\nDATA\n354 go ahead\nSubject: hi\n\nbody\n', []],
  ['ends right after the end of DATA', '220 mx ESMTP\nEHLO c.example\n250 mx\nMAIL FROM:<a@b.example>\n250 ok\nRCPT TO:<c@d.example>\n250 ok\nDATA\n354 go ahead\nbody\n.\n', []],
];

for (const [name, text, expected] of faults) {
  test(`fault: ${name}`, () => assert.deepEqual(diagnosticsAt(text), expected));
}

for (const [name, text, expected] of quiet) {
  test(`no false alarm: ${name}`, () => assert.deepEqual(diagnosticsAt(text), expected));
}

test('a reading without a side raises one information diagnostic on the first line', () => {
  const diagnostics = service.doValidation(doc('note one: 250 ok\nanother note: 550 no\nlast words here: 221 bye\n'), settings());
  assert.deepEqual(
    diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${d.code} ${d.severity}`),
    ['1:1-1:17 smtp.speaker-unknown 3'],
  );
});

test('the outline names what the reader recognised', () => {
  const text = 'S: 220 mx.example.com ESMTP\nC: QUIT\nS: 221 bye\n';
  const producer = readTranscript(splitLines(text)).producer;
  assert.ok(producer);
  assert.deepEqual(service.findDocumentSymbols(doc(text), settings()).map((s) => s.name), [`Session 1 · ${producer}`]);
});

test('without a producer from the reader, the outline names the dialect of the first protocol line', () => {
  const lines = splitLines(' -> EHLO c.example\n<-  250 mx\n -> QUIT\n<-  221 bye\n');
  const model = buildSessionModel(lines, { units: readTranscript(lines).units });
  assert.deepEqual(buildOutline(model, messagesFor('en')).map((s) => s.name), ['Session 1 · swaks']);
});

test('a tool that hides the AUTH data lines shows the next command, which stays a command', () => {
  const text =
    '09:41:12 AM - Server: 220 mx ESMTP\n09:41:12 AM - Client: EHLO c.example\n09:41:12 AM - Server: 250-mx\n09:41:12 AM - Server: 250 AUTH LOGIN\n09:41:12 AM - Client: AUTH LOGIN\n09:41:12 AM - Server: 334 VXNlcm5hbWU6\n09:41:12 AM - Server: 334 UGFzc3dvcmQ6\n09:41:12 AM - Server: 235 Authentication successful.\n09:41:12 AM - Client: MAIL FROM:<a@b.example>\n09:41:12 AM - Server: 250 Ok\n';
  const hover = service.doHover(doc(text), { line: 8, character: 23 }, settings());
  assert.match((hover!.contents as { value: string }).value.split('\n')[0], /MAIL/);
});

test("smtplib's summary line explains the enhanced code at the start of its message", () => {
  const text = "send: 'mail FROM:<a@b.example>\\r\\n'\nreply: b'250 2.1.0 Ok\\r\\n'\nreply: retcode (250); Msg: b'2.1.0 Ok'\n";
  const analysis = service.analyze(doc(text), settings());
  const keys = analysis.spans.filter((sp) => sp.range.start.line === 2 && sp.key).map((sp) => `${sp.range.start.character}:${sp.key}`);
  assert.deepEqual(keys, ['16:250', '29:2.1.0']);
});
