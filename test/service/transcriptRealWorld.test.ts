/**
 * Shapes seen in real pasted sessions that the dialect fixtures do not cover: prefixes in front of
 * the markers, Exim's two directions, sequences that only real clients produce, and the outline.
 * The texts are our own, modelled on what tools print.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnosticsAt, doc, hoverText, service, settings } from '../helpers';

/** "line:code<answered line" for every reply line, as in transcriptDialects.test.ts. */
function replies(text: string): string[] {
  return service
    .analyze(doc(text), settings())
    .spans.filter((s) => s.key && /^\d{3}$/.test(s.key) && s.sections)
    .map((s) => {
      const context = s.sections![0].paragraphs[0];
      const answered = /line (\d+)/.exec(context);
      return `${s.range.start.line + 1}:${s.key}${answered ? `<${answered[1]}` : context.includes('greeting') ? '<connect' : ''}`;
    });
}

const pairing: [string, string, string[]][] = [
  [
    'two stacked timestamps in front of smtplib lines',
    "19:37:31:628\t19:37:31.506611 send: 'ehlo [10.0.0.5]\\r\\n'\n19:37:31:628\t19:37:31.559193 reply: b'250-mx.example.com\\r\\n'\n19:37:31:628\t19:37:31.559193 reply: b'250 8BITMIME\\r\\n'\n",
    ['2:250<1', '3:250<1'],
  ],
  [
    'a program tag in front of S:/C:',
    'flutter: S: 220 mx.example.com ESMTP\nflutter: S:\nflutter: C: EHLO client\nflutter: S: 250-mx.example.com\nflutter: S: 250 SIZE 1000\n',
    ['1:220<connect', '4:250<3', '5:250<3'],
  ],
  [
    'RFC-style lines indented in documentation (tabs, a list item)',
    '\t\tS: 220 mx.example.com ESMTP\n\t\tC: HELO client\n   S: 250 mx.example.com\n   C: QUIT\n   S: 221 Bye\n',
    ['1:220<connect', '3:250<2', '5:221<4'],
  ],
  [
    "Exim transport debug without a pid, indented by two spaces",
    '  SMTP<< 220 mx.example.com ESMTP Exim 4.97\n  SMTP>> EHLO relay.example.org\n  SMTP<< 250-mx.example.com Hello\n         250 HELP\n  SMTP>> QUIT\n',
    ['1:220<connect', '3:250<2', '4:250<2'],
  ],
  [
    'a typo is still the command the error answers',
    '220 mx.example.com ESMTP\nEHL0 client\n500 5.5.2 Error: command not recognized\nEHLO client\n250 mx.example.com\n',
    ['1:220<connect', '3:500<2', '5:250<4'],
  ],
  [
    'a greeting after a 221 is a new connection, even when QUIT was piped in unseen',
    '220 mx.example.com ESMTP\n221 See you later\n$ nc mx.example.com 25\n220 mx.example.com ESMTP\n',
    ['1:220<connect', '2:221', '4:220<connect'],
  ],
  [
    "a relay's log that glues the next chunk's arrow to a typed line (the CRLF sent apart)",
    '>>> 220 mx.example.com ESMTP\n<<< EHLO c.example<<< \n>>> 250 mx.example.com\n<<< RSET<<< \n>>> 250 Ok\n<<< QUIT<<< \n>>> 221 Bye\n',
    ['1:220<connect', '3:250<2', '5:250<4', '7:221<6'],
  ],
  [
    'a session typed at a shell over /dev/tcp, the prompt glued in front of whatever comes next',
    "$ exec 3<>/dev/tcp/192.0.2.1/25\n$ cat <&3 &\n$ 220 mx.example.com ESMTP\nprintf 'EHLO c.example\\r\\n' >&3\n$ 250 mx.example.com\n" +
      "$ printf 'MAIL FROM:<a@example.org>\\r\\n' >&3\n250 2.1.0 Ok\n$ printf 'QUIT\\r\\n' >&3\n221 Bye\n",
    ['3:220<connect', '5:250<4', '7:250<6', '9:221<8'],
  ],
  [
    'a telnet session after a prompt with user, host and directory',
    'alice@host:~$ telnet mx.example.com 25\n220 mx.example.com ESMTP\nEHLO c.example\n250 mx.example.com\nQUIT\n221 Bye\n',
    ['2:220<connect', '4:250<3', '6:221<5'],
  ],
  [
    "a library's debug lines that wrap each chunk in a run of brackets, the CRLF it sent closing them on the next line",
    'TLS: READ (((220 mx.example.com ESMTP)))\nTLS: SEND (((EHLO c.example\n)))\nTLS: READ (((250-mx.example.com)))\nTLS: READ (((250 SIZE 1000)))\n' +
      'TLS: SEND (((QUIT\n)))\nTLS: READ (((221 Bye)))\n',
    ['1:220<connect', '4:250<2', '5:250<2', '8:221<6'],
  ],
  [
    'blocks under SEND/RECEIVE labels, each chunk a string after a tree glyph, the lines joined by escaped CRLFs, the old buffer repeated after it',
    'CONNECTION (X): 220 mx.example.com ESMTP\nSEND (X):\n└──"EHLO c.example\\r\\n"\nRECEIVE (X):\n└──"250-mx.example.com\\r\\n250-PIPELINING\\r\\n" ""\n' +
      'RECEIVE (X):\n└──"250 SIZE 1000\\r\\n" "250-PIPELINING\\r\\n250-mx.example.com\\r\\n"\nRouting Data (X)\nSEND (X):\n└──"QUIT\\r\\n"\nRECEIVE (X):\n└──"221 Bye\\r\\n" ""\n',
    ['5:250<3', '5:250<3', '7:250<3', '12:221<10'],
  ],
  [
    "a logger's bracketed fields, one for both sides, the protocol text in the field before the JSON",
    '[1][Mailer][debug][9][220 mx.example.com ESMTP][{"tnx":"server"}]\n[2][Mailer][debug][9][EHLO c.example][{"tnx":"client"}]\n[3][Mailer][debug][9][250 mx.example.com][{"tnx":"server"}]\n[4][Mailer][debug][9][MAIL FROM:<a@example.org>][{"tnx":"client"}]\n[5][Mailer][debug][9][250 2.1.0 Ok][{"tnx":"server"}]\n[6][Mailer][debug][9][RCPT TO:<b@example.net>][{"tnx":"client"}]\n[7][Mailer][debug][9][550 5.1.1 User unknown][{"tnx":"server"}]\n[8][Mailer][debug][9][QUIT][{"tnx":"client"}]\n[9][Mailer][debug][9][221 Bye][{"tnx":"server"}]\n',
    ['1:220<connect', '3:250<2', '5:250<4', '7:550<6', '9:221<8'],
  ],
];

for (const [name, text, expected] of pairing) {
  test(`pairing: ${name}`, () => assert.deepEqual(replies(text), expected));
}

const findings: [string, string, string[]][] = [
  [
    'RCPT before MAIL on a connection that never said EHLO',
    '220 mx.example.com ESMTP Postfix\nRCPT TO:<a@example.com>\n503 5.5.1 Error: need MAIL command\n',
    ['2:1 smtp.rcpt-before-mail', '3:1 smtp.failure-reply'],
  ],
  [
    'MAIL before EHLO after XCLIENT reset the session',
    '220 mx ESMTP\nEHLO c\n250-mx\n250 XCLIENT ADDR\nXCLIENT ADDR=192.0.2.1\n220 mx ESMTP\nMAIL FROM:<a@example.com>\n250 2.1.0 Ok\n',
    ['7:1 smtp.mail-before-helo'],
  ],
  [
    'a masked AUTH LOGIN answer leaks nothing',
    '220 mx ESMTP\nEHLO c\n250-mx\n250-STARTTLS\n250 AUTH LOGIN\nSTARTTLS\n220 go ahead\nEHLO c\n250-mx\n250 AUTH LOGIN\nAUTH LOGIN\n334 VXNlcm5hbWU6\n********\n334 UGFzc3dvcmQ6\n[redacted]\n235 2.7.0 ok\n',
    [],
  ],
  [
    'placeholders for credentials in documentation leak nothing',
    'S: 220 mx ESMTP\nC: EHLO c\nS: 250-mx\nS: 250-STARTTLS\nS: 250 AUTH LOGIN\nC: STARTTLS\nS: 220 go ahead\nC: EHLO c\nS: 250-mx\nS: 250 AUTH LOGIN\nC: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: [base64 username]\nS: 334 UGFzc3dvcmQ6\nC: <your password in base64>\nS: 235 ok\n',
    [],
  ],
  [
    'an initial response masked by hand leaks nothing',
    'C: EHLO c\nS: 250-mx\nS: 250 AUTH PLAIN\nC: AUTH PLAIN <base64 code scrambled>\nS: 235 ok\nC: AUTH PLAIN ********\n',
    ['6:4 smtp.auth-twice'],
  ],
  [
    'lines a paste left out ("...") end the reply unseen and leave the offered extensions unknown',
    '220 mx ESMTP\nEHLO c\n250-mx\n250-SIZE 100\n...\nSTARTTLS\n220 go ahead\n',
    [],
  ],
  [
    'without the elision the same reply is unfinished and STARTTLS was not offered',
    '220 mx ESMTP\nEHLO c\n250-mx\n250-SIZE 100\nSTARTTLS\n220 go ahead\n',
    ['4:1 smtp.multiline-last-hyphen', '5:1 smtp.extension-not-advertised'],
  ],
];

for (const [name, text, expected] of findings) {
  test(`findings: ${name}`, () => assert.deepEqual(diagnosticsAt(text), expected));
}

test('Exim server debug: replies get reply hovers, commands do not', () => {
  assert.match(hoverText('SMTP>> 2|20 mx.example.com ESMTP Exim\nSMTP<< helo client\n') ?? '', /^### 220/m);
  assert.doesNotMatch(hoverText('SMTP>> 220 mx.example.com ESMTP Exim\nSMTP<< he|lo client\n') ?? '', /^### \d{3}/m);
});

test('outline: AUTH shows how the exchange ended, BDAT chunks stay in their transaction', () => {
  const text = '220 mx.example.com ESMTP\nEHLO c\n250-mx\n250-CHUNKING\n250 AUTH PLAIN\nAUTH PLAIN\n334 \n********\n235 2.7.0 ok\nMAIL FROM:<a@example.org>\n250 ok\nRCPT TO:<b@example.net>\n250 ok\nBDAT 3\nabc\n250 ok\nBDAT 0 LAST\n250 ok\n';
  const session = service.findDocumentSymbols(doc(text), settings())[0];
  assert.equal(session.detail, 'mx.example.com');
  const names = session.children!.map((s) => `${s.name} [${s.detail}]`);
  assert.deepEqual(names, ['220 Greeting [mx.example.com ESMTP]', 'EHLO c [250]', 'AUTH PLAIN [235]', 'Transaction 1: MAIL FROM:<a@example.org> [delivered]']);
  assert.deepEqual(session.children![3].children!.map((s) => s.name), ['MAIL FROM:<a@example.org>', 'RCPT TO:<b@example.net>', 'BDAT 3', 'BDAT 0 LAST']);
});

test('a refusal greeting names no host in the outline', () => {
  const session = service.findDocumentSymbols(doc('<<< 421 4.3.2 Service shutting down\n'), settings())[0];
  assert.equal(session.detail, '');
});

// Shapes of the 2026-12-06 corpus rounds (printed dev2–dev4, pasted dev12), in our own words.
const moreFindings: [string, string, string[]][] = [
  [
    "a trace's own lines between the lines of a multi-line reply (s_client -msg) do not end it",
    '220 mx.example.com ESMTP\nEHLO c.example.org\n<<< TLS 1.2, RecordHeader [length 0005]\n    17 03 03 00 26\n250-mx.example.com Hello\n<<< TLS 1.2, RecordHeader [length 0005]\n    17 03 03 00 21\n250-PIPELINING\n<<< TLS 1.3, InnerContent [length 0001]\n250 SIZE 1000\nQUIT\n221 Bye\n',
    [],
  ],
  [
    "a state machine's trace (\"BANNER -> EHLO\") names states, not commands",
    '0x5c01: INIT -> BANNER\n0x5c01: <<< 220 mx.example.com ESMTP\n0x5c01: BANNER -> EHLO\nmta: 0x5c01: >>> EHLO c.example.org\n0x5c01: <<< 250-mx.example.com\n0x5c01: <<< 250 PIPELINING\n0x5c01: EHLO -> READY\n0x5c01: READY -> MAIL\nmta: 0x5c01: >>> MAIL FROM:<a@example.org>\n0x5c01: <<< 250 2.1.0 Ok\n0x5c01: MAIL -> RCPT\nmta: 0x5c01: >>> RCPT TO:<b@example.net>\n0x5c01: <<< 250 2.1.5 Ok\n0x5c01: RCPT -> QUIT\nmta: 0x5c01: >>> QUIT\n0x5c01: <<< 221 Bye\n',
    [],
  ],
  [
    'a trace that hides EHLO and STARTTLS but shows their replies (Emacs smtpmail)',
    '221 2.0.0 Bye\nSending...done\n220 mx.example.com ESMTP\n250-mx.example.com Hello\n250-STARTTLS\n250 AUTH PLAIN LOGIN\n220 2.0.0 Ready to start TLS\n250-mx.example.com Hello\n250 AUTH PLAIN LOGIN\nAUTH PLAIN <omitted>\n235 2.7.0 Authentication successful\nMAIL FROM:<a@example.org>\n250 2.1.0 Ok\nQUIT\n221 2.0.0 Bye\n',
    [],
  ],
];
for (const [name, text, expected] of moreFindings) {
  test(`findings: ${name}`, () => assert.deepEqual(diagnosticsAt(text), expected));
}

test('line endings shown in hex ("[0D][0A]") split the protocol lines of one logged line', () => {
  const text = 'DEBUG [D9C6]: Data received (28): 220 mx.example.com ESMTP[0D][0A]\nDEBUG [D9C6]: Data sent: EHLO c.example.org[0D][0A]\nDEBUG [D9C6]: Data received (42): 250-mx.example.com[0D][0A]250-SIZE 1000[0D][0A]250 HELP[0D][0A]\n';
  assert.deepEqual(replies(text), ['1:220<connect', '3:250<2', '3:250<2', '3:250<2']);
  assert.match(hoverText(text.replace('250 HELP', '2|50 HELP')) ?? '', /^### 250/m);
});

test('replies quoted in tool output: a tuple, a failure sentence, a line in parentheses, a JSON field; a pattern is none', () => {
  const quoted = (line: string) => hoverText(`${line}\n`) ?? '';
  assert.match(quoted("smtplib.SMTPRecipientsRefused: {'b@example.net': (5|50, b'5.1.1 <b@example.net>: User unknown')}"), /^### 550/m);
  assert.match(quoted("smtplib.SMTPRecipientsRefused: {'b@example.net': (550, b'5.1|.1 <b@example.net>: User unknown')}"), /5\.1\.1/);
  assert.match(quoted('Failed to close connection to SMTP server, 55|3 Relaying disallowed'), /^### 553/m);
  assert.match(quoted('(53|5 Incorrect authentication data)'), /^### 535/m);
  assert.match(quoted('  "replycode": "5|50",'), /^### 550/m);
  assert.match(quoted('Unexpected greeting: "22|0-mx.example.com ESMTP Exim 4.96 \\r\\n"'), /^### 220/m);
  assert.equal(quoted('DEBUG [D9C6]: Regular expression: "2|50 .*[0D][0A]"'), '');
  assert.equal(quoted('Failed to close connection to the server, 2|50 bytes left'), '');
  // A greeting the tool names in its own words, a reply with its enhanced code as a Markdown link's text,
  // a reply line with no text in a code span; a code alone in a code span only names the code.
  const dovecot = (text: string) => `smtp-client: conn 192.0.2.1:587 [1]: ${text}`;
  const greeted = [dovecot('Received greeting from server: 22|0 mx.example.com ESMTP'), dovecot('command EHLO: Sent: EHLO c.example'), dovecot('command EHLO: Got reply (1/1): 250 mx.example.com')];
  assert.match(quoted(greeted.join('\n')), /^### 220/m);
  assert.match(quoted('CONNECTION (X): 22|0 mx.example.com ESMTP\nSEND (X):\n└──"EHLO c.example\\r\\n"\n'), /^### 220/m);
  assert.match(quoted('[53|5: 5.7.3 Authentication unsuccessful](https://example.com/help)'), /^### 535/m);
  assert.match(quoted('- `AUTH PLAIN` → `33|4 ` → the credentials'), /^### 334/m);
  assert.equal(quoted('replies with exactly `25|0`:'), '');
  // A multi-line reply whose lines a tool joined with ", "; a list entry that opens with a reply and its enhanced code in quotes.
  assert.match(quoted('Response: 220-We do not authorize the use of this system to transport unsolicited, 22|0 and/or bulk e-mail.'), /^### 220/m);
  assert.match(quoted('55|0, "5.7.1", the reason (gmail)'), /^### 550/m);
  assert.match(quoted('550, "5.7|.1", the reason (gmail)'), /5\.7\.1/);
  // msmtp's log line names the status by its field; a hex dump's text column repeats bytes already shown.
  assert.match(quoted("host=192.0.2.1 tls=off auth=off from=a@example.org recipients=b@example.net smtpstatus=55|0 smtpmsg='550 5.1.1 User unknown'"), /^### 550/m);
  const hexBlock = (arrow: string, rows: string[]) => [`${arrow}    |  0  1  2  3  4  5  6  7  8  9  A  B  C  D  E  F |`, '-------+' + '-'.repeat(49) + '+' + '-'.repeat(16), ...rows, ''];
  const hexRows = [
    'Transmission follows...',
    ...hexBlock('>>>', ['0x0000 | 32 32 30 20 6D 78 2E 65 78 61 6D 70 6C 65 2E 63 | 220 mx.example.c', '0x0010 | 6F 6D 0D 0A                                     | om..']),
    ...hexBlock('<<<', ['0x0000 | 65 68 6C 6F 20 63 2E 65 78 61 6D 70 6C 65 0D 0A | ehlo c.example..']),
    ...hexBlock('>>>', ['0x0000 | 32 35 30 20 32 2E 31 2E 30 20 53 65 6E 64 65 72 | 250 2.1.0 Sender', '0x0010 | 20 6F 6B 0D 0A                                  |  ok..']),
  ];
  // (The rows hold bars, so the position is given, not marked.)
  const hexText = hexRows.join('\n');
  const hexDocument = doc(hexText);
  assert.equal(service.doHover(hexDocument, hexDocument.positionAt(hexText.indexOf('250 2.1.0')), settings()), null);
});

test("a multi-line reply glued at its last line keeps both lines: the second has the first one's enhanced code", () => {
  const text = '535-5.7.1 Please log in with your web browser. Learn more at535 5.7.1 https://support.example.com/answer p2sm8.4\n';
  assert.match(hoverText(text.replace('at535', 'at53|5')) ?? '', /^### 535/m);
});

test("RFC 821's S:/R: listing flattened onto one line: each label's side is what follows it", () => {
  const text = 'S: MAIL FROM:<a@example.org> R: 250 OK S: RCPT TO:<b@example.net> R: 550 No such user here S: QUIT R: 221 Bye\n';
  assert.deepEqual(replies(text), ['1:250<1', '1:550<1', '1:221<1']);
});

test('a word between two Markdown fences is prose, not a command typed into the session', () => {
  const text = '```\nHELO c.example\n250 mx.example.com Hello\n```\n\nand\n\n```\nEHLO c.example\n250 mx.example.com\nQUIT\n221 Bye\n```\n';
  assert.deepEqual(diagnosticsAt(text), []);
});

test('where only the client is marked (sendmail -v), bare replies are the server turns and the rules run', () => {
  const text = 'a@example.org... Connecting to mx.example.net via relay...\n220 mx.example.net ESMTP\n>>> EHLO c.example.org\n250-mx.example.net Hello c.example.org, pleased to meet you\n250 SIZE 1000\n>>> MAIL From:<a@example.org>\n250 2.1.0 Ok\n>>> RCPT To:<b@example.net>\n260 2.1.5 Recipient probably ok\n>>> QUIT\n221 Bye\n';
  assert.deepEqual(replies(text), ['2:220<connect', '4:250<3', '5:250<3', '7:250<6', '9:260<8', '11:221<10']);
  assert.deepEqual(diagnosticsAt(text), ['9:1 smtp.reply-code-outside-grammar']);
  // A number alone (a port in a debug line) is no reply there.
  assert.deepEqual(replies('[DEBUG] - connecting\n[DEBUG] - 465\n>>> EHLO c.example.org\n'), []);
});

test('tcpdump -A: the payload is the last "length" bytes of the dump below the packet head', () => {
  const text = [
    '12:57:52.213928 IP 127.0.0.1.587 > 127.0.0.1.37574: Flags [P.], seq 1:23, ack 1, win 64, options [nop,nop,TS val 4 ecr 3], length 20',
    'E..J..@.@.J..........K..?}hS5.`v...@.T.....',
    '.{...;X.220 mx.example.net',
    '',
    '12:57:52.214043 IP 127.0.0.1.37574 > 127.0.0.1.587: Flags [P.], seq 1:18, ack 23, win 64, options [nop,nop,TS val 5 ecr 4], length 20',
    'E..I.+@.@./............K5.`v?}h....@.=.....',
    '.;X..{..ehlo c.example.org',
    '',
    '12:57:52.214069 IP 127.0.0.1.587 > 127.0.0.1.37574: Flags [.], ack 18, win 64, options [nop,nop,TS val 6 ecr 5], length 0',
    'E..4..@.@.K..........K..?}h.5.`....@.(.....',
    '.{...;X.',
    '12:57:52.214253 IP 127.0.0.1.587 > 127.0.0.1.37574: Flags [P.], seq 23:35, ack 18, win 64, options [nop,nop,TS val 7 ecr 6], length 11',
    'E..l..@.@.J..........K..?}h.5.`....@.`.....',
    '.{...;X.250 mx ok',
    '',
  ].join('\n');
  assert.deepEqual(replies(text), ['3:220<connect', '14:250<7']);
  assert.match(hoverText(text.replace('.{...;X.220', '.{...;X.2|20')) ?? '', /^### 220/m);
  assert.match(hoverText(text.replace('..ehlo', '..eh|lo')) ?? '', /EHLO/);
});

test("a debugger's quoted copy of lines the terminal already showed is not read again (expect -d)", () => {
  const text = [
    'spawn nc -C mx.example.net 25',
    '220 mx.example.net ESMTP',
    'expect: does "220 mx.example.net ESMTP\\r\\r\\n" (spawn_id exp3) match regular expression "^2"? yes',
    'send: sending "EHLO c.example.org\\r" to { exp3 }',
    'EHLO c.example.org',
    '250-mx.example.net',
    '250 SIZE 1000',
    'expect: does "EHLO c.example.org\\r\\n250-mx.example.net\\r\\r\\n250 SIZE 1000\\r\\r\\n" (spawn_id exp3) match regular expression "^2"? yes',
    'send: sending "QUIT\\r" to { exp3 }',
    'QUIT',
    '221 Bye',
  ].join('\n');
  assert.deepEqual(diagnosticsAt(text), []);
  assert.deepEqual(replies(text), ['2:220<connect', '6:250<4', '7:250<4', '11:221<9']);
});

test('a reply code after a field name without a space ("SMTP code:550 msg:550 5.1.1 …")', () => {
  assert.match(hoverText('send failed: Error: SMTP code:5|50 msg:550 5.1.1 <b@example.net>: User unknown\n') ?? '', /^### 550/m);
  assert.match(hoverText('send failed: Error: SMTP code:550 msg:550 5.1|.1 <b@example.net>: User unknown\n') ?? '', /5\.1\.1/);
});

test("a code a list names as SMTP's, and Sendmail's reject= field, are explained; a port after SMTP is not", () => {
  assert.match(hoverText('SMTP 4|21\n') ?? '', /^### 421/m);
  assert.match(hoverText('SMTP 4|21 – Service not available\n') ?? '', /^### 421/m);
  assert.equal(hoverText('SMTP 4|65\n') ?? '', '');
  assert.match(hoverText('Mar  1 mx sm-mta[1]: x: ruleset=check_mail, arg1=<a@example.org>, reject=5|53 ****** Domain of sender address does not exist\n') ?? '', /^### 553/m);
});

test('a SASL mechanism glued to prose ("AUTH PLAINでは") in a raw paste is the author\'s sentence, not a second AUTH', () => {
  const text = 'ehlo localhost\n250-AUTH LOGIN PLAIN\n\nAUTH PLAINでは\n\nauth plain dGVzdAB0ZXN0AHNlY3JldA==\n235 2.7.0 Accepted\nmail from: <a@example.org>\n250 2.1.0 OK\n';
  assert.deepEqual(replies(text), ['2:250<1', '7:235<6', '9:250<8']);
});
