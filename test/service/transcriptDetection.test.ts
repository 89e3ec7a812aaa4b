/** The detector behind "This looks like an SMTP transcript. Open it as SMTP?" and the firstLine pattern. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { looksLikeTranscript, transcriptEvidence } from '../../server/src/service/transcriptDetection';
import { otherFirstLines, transcriptFirstLines } from '../firstLineSamples';

const transcripts: Record<string, string> = {
  // No prefix the quick look knows: the reader infers the marks.
  'a server library logging with its own arrows behind a peer tuple': [
    "2024-05-01 10:00:00,100 DEBUG:mail.log:('127.0.0.1', 50964) << b'220 mx.example.net ESMTP'",
    "2024-05-01 10:00:00,101 INFO:mail.log:('127.0.0.1', 50964) >> b'ehlo client.example'",
    "2024-05-01 10:00:00,102 DEBUG:mail.log:('127.0.0.1', 50964) << b'250-mx.example.net'",
    "2024-05-01 10:00:00,102 DEBUG:mail.log:('127.0.0.1', 50964) << b'250 HELP'",
    "2024-05-01 10:00:00,103 INFO:mail.log:('127.0.0.1', 50964) >> b'mail FROM:<a@example.org>'",
    "2024-05-01 10:00:00,104 DEBUG:mail.log:('127.0.0.1', 50964) << b'250 OK'",
  ].join('\n'),
  'RFC style S:/C:': 'S: 220 mx.example.net ESMTP\nC: EHLO client.example.org\nS: 250-mx.example.net\nS: 250 SIZE 10240000\nC: MAIL FROM:<a@example.org>\nS: 250 2.1.0 Ok\n',
  'PHPMailer SMTPDebug': [
    '2024-05-01 10:00:00\tConnection: opening to smtp.example.com:587, timeout=300, errno=0, errstr=',
    '2024-05-01 10:00:00\tSERVER -> CLIENT: 220 smtp.example.com ESMTP Postfix',
    '2024-05-01 10:00:00\tCLIENT -> SERVER: EHLO localhost',
    '2024-05-01 10:00:00\tSERVER -> CLIENT: 250-smtp.example.com250-STARTTLS250 8BITMIME',
    '2024-05-01 10:00:00\tCLIENT -> SERVER: STARTTLS',
    '2024-05-01 10:00:00\tSERVER -> CLIENT: 220 2.0.0 Ready to start TLS',
  ].join('\n'),
  'Nodemailer logger': [
    '[2024-05-01 10:00:00] DEBUG Creating transport: nodemailer (6.9.13; +https://nodemailer.com/; SMTP/6.9.13[client:6.9.13])',
    '[2024-05-01 10:00:00] INFO  [Ml0Ucqh4Y] Connection established to 192.0.2.25:587',
    '[2024-05-01 10:00:00] DEBUG [Ml0Ucqh4Y] S: 220 smtp.example.com ESMTP',
    '[2024-05-01 10:00:00] DEBUG [Ml0Ucqh4Y] C: EHLO [127.0.0.1]',
    '[2024-05-01 10:00:00] DEBUG [Ml0Ucqh4Y] S: 250-smtp.example.com',
    '[2024-05-01 10:00:00] DEBUG [Ml0Ucqh4Y] S: 250 AUTH PLAIN LOGIN',
    '[2024-05-01 10:00:00] DEBUG [Ml0Ucqh4Y] C: MAIL FROM:<a@example.org>',
  ].join('\r\n'),
  'Python smtplib debuglevel 1': "send: 'ehlo [127.0.1.1]\\r\\n'\nreply: b'250-mx.example.net\\r\\n'\nreply: b'250 SIZE 35882577\\r\\n'\nreply: retcode (250); Msg: b'mx.example.net'\nsend: 'mail FROM:<a@example.org> size=120\\r\\n'\nreply: b'250 2.1.0 Ok\\r\\n'\n",
  'JavaMail mail.debug': [
    'DEBUG: JavaMail version 1.6.2',
    'DEBUG SMTP: trying to connect to host "smtp.example.com", port 587, isSSL false',
    '220 smtp.example.com ESMTP ready',
    'DEBUG SMTP: connected to host "smtp.example.com", port: 587',
    'EHLO workstation',
    '250-smtp.example.com',
    '250 STARTTLS',
    'STARTTLS',
    '220 2.0.0 Ready to start TLS',
  ].join('\n'),
  'Sendmail -v': '>>> EHLO relay.example.org\n<<< 250-mx.example.net Hello\n<<< 250 HELP\n>>> MAIL From:<a@example.org>\n<<< 250 2.1.0 Ok\n',
  'Postfix verbose via syslog': [
    'Jan  2 10:11:11 relay postfix/smtp[123]: < mx.example.net[192.0.2.20]:25: 220 mx.example.net ESMTP',
    'Jan  2 10:11:11 relay postfix/smtp[123]: > mx.example.net[192.0.2.20]:25: EHLO relay.example.org',
    'Jan  2 10:11:11 relay postfix/smtp[123]: < mx.example.net[192.0.2.20]:25: 250-mx.example.net',
    'Jan  2 10:11:11 relay postfix/smtp[123]: < mx.example.net[192.0.2.20]:25: 250 PIPELINING',
    'Jan  2 10:11:11 relay postfix/smtp[123]: > mx.example.net[192.0.2.20]:25: MAIL FROM:<a@example.org>',
  ].join('\n'),
  'telnet paste, raw': 'Trying 192.0.2.25...\nConnected to mx.example.net.\n220 mx.example.net ESMTP\nHELO me.example.org\n250 mx.example.net\nMAIL FROM: <a@example.org>\n250 Ok\nRCPT TO: <b@example.net>\n550 5.1.1 <b@example.net>: Recipient address rejected\n',
  'Exim -d': '  SMTP<< 220 mx.example.net ESMTP Exim 4.97\n  SMTP>> EHLO relay.example.org\n  SMTP<< 250-mx.example.net Hello\n         250 HELP\n  SMTP>> MAIL FROM:<a@example.org>\n',
  'bracketed [S]/[C] with timestamps': '10:00:00.001 [S] 220 mx ESMTP\n10:00:00.002 [C] EHLO a.example\n10:00:00.003 [S] 250 OK\n10:00:00.004 [C] QUIT\n10:00:00.005 [S] 221 Bye\n',
};

for (const [name, text] of Object.entries(transcripts)) {
  test(`recognised: ${name}`, () => {
    assert.equal(looksLikeTranscript(text), true, JSON.stringify(transcriptEvidence(text)));
  });
}

const others: Record<string, string> = {
  'a Postfix mail log': [
    'Jan  2 10:11:11 mail postfix/smtpd[1]: connect from client.example.org[192.0.2.1]',
    'Jan  2 10:11:11 mail postfix/smtp[12003]: 8A1B2C3D4E: to=<b@example.net>, relay=mx.example.net[198.51.100.20]:25, dsn=5.1.1, status=bounced (host mx.example.net[198.51.100.20] said: 550 5.1.1 User unknown (in reply to RCPT TO command))',
    'Jan  2 10:11:12 mail postfix/smtp[12003]: 8A1B2C3D4F: to=<c@example.net>, relay=mx.example.net[198.51.100.20]:25, dsn=2.0.0, status=sent (250 2.0.0 Ok)',
    'Jan  2 10:11:13 mail postfix/smtpd[1]: disconnect from client.example.org[192.0.2.1] ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5',
  ].join('\n'),
  'an application log with numbers at the start': '250 items processed\n220 volts measured\n500 errors ignored\nQUIT requested by user\nDATA loaded\n',
  'prose about SMTP': 'When the server answers 550, the client gives up.\nA 220 greeting opens the session; the client then sends EHLO.\nMAIL FROM and RCPT TO follow, then DATA.\n',
  'code that talks SMTP': "const reply = await client.send('EHLO example.org');\nif (reply.code === 250) {\n  await client.send('MAIL FROM:<a@example.org>');\n}\nexpect(lines[0]).toBe('220 mx ESMTP');\n",
  'an HTTP access log': '192.0.2.1 - - [01/May/2024:10:00:00 +0000] "GET / HTTP/1.1" 200 512\n192.0.2.1 - - [01/May/2024:10:00:01 +0000] "POST /mail HTTP/1.1" 250 220\n',
  'one reply and one command only': '220 mx ESMTP\nQUIT\n',
  'empty': '',
};

for (const [name, text] of Object.entries(others)) {
  test(`not a transcript: ${name}`, () => {
    assert.equal(looksLikeTranscript(text), false, JSON.stringify(transcriptEvidence(text)));
  });
}

test('only the first 200 lines are read, so a huge file is decided fast', () => {
  const filler = 'INFO nothing to see here 12345\n'.repeat(200);
  const session = transcripts['RFC style S:/C:'];
  assert.equal(looksLikeTranscript(filler + session), false);
  assert.equal(looksLikeTranscript(session + filler.repeat(2000)), true);
  const big = session + 'x'.repeat(50_000_000);
  const started = process.hrtime.bigint();
  assert.equal(looksLikeTranscript(big), true);
  assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 1000, 'a 50 MB text is decided from its head');
});

test('the firstLine pattern of the smtp language matches the first line of common producers', () => {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
  const smtp = manifest.contributes.languages.find((l: { id: string }) => l.id === 'smtp');
  const firstLine = new RegExp(smtp.firstLine);
  for (const line of transcriptFirstLines) assert.match(line, firstLine);
  for (const line of otherFirstLines) assert.doesNotMatch(line, firstLine);
});

test("where the quick look knows no prefix, the reader's inference decides", () => {
  const text = transcripts['a server library logging with its own arrows behind a peer tuple'];
  assert.deepEqual(transcriptEvidence(text), { greetings: 0, replies: 0, commands: 0, verbs: 0 });
  assert.equal(looksLikeTranscript(text), true);
});
