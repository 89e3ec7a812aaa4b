/**
 * The transcript reader on its own: which side each line is given, where the protocol text
 * starts, and what the reader names as the producer. The texts are our own, in the shapes that
 * tools print; "S@n" is a server unit whose text starts at column n, "C@n" the client's, "E@n"
 * either side (the text decides), "i" tool output, "." text of no side.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitLines } from '../../server/src/service/lines';
import { readTranscript } from '../../server/src/service/transcript/reader';

function read(text: string): { producer?: string; undecided?: boolean; lines: string[] } {
  const reading = readTranscript(splitLines(text));
  const byLine = new Map<number, string[]>();
  for (const u of reading.units) {
    const side = u.kind === 'protocol' ? { server: 'S', client: 'C', either: 'E' }[u.direction!] : u.kind === 'info' ? 'i' : '.';
    const list = byLine.get(u.line) ?? [];
    list.push(side === 'i' || side === '.' ? side : `${side}@${u.start}`);
    byLine.set(u.line, list);
  }
  const lines = text.split(/\r\n|\r|\n/).map((_, i) => (byLine.get(i) ?? []).join(','));
  while (lines.length && !lines[lines.length - 1]) lines.pop();
  return { producer: reading.producer, undecided: reading.undecided, lines };
}

const cases: [string, string, string | undefined, string[]][] = [
  [
    'block headers that name the direction by endpoints; the data below them unmarked, its CRs shown as dots',
    'T 192.0.2.1:25 -> 198.51.100.7:40112 [AP] #4\n220 mx.example.com ESMTP.\n#\nT 198.51.100.7:40112 -> 192.0.2.1:25 [AP] #6\nEHLO c.example.\n#\n' +
      'T 192.0.2.1:25 -> 198.51.100.7:40112 [AP] #8\n250-mx.example.com.\n250 SIZE 1000.\n#\nT 198.51.100.7:40112 -> 192.0.2.1:25 [AP] #9\nQUIT.\n',
    'inferred from block headers: 25>40112 / 40112>25',
    ['i', 'S@0', '.', 'i', 'C@0', '.', 'i', 'S@0', 'S@0', '.', 'i', 'C@0'],
  ],
  [
    'block headers that name the direction by S>C and C>S, between dashed rules',
    '0.0006 (0.0006)  S>C\n--------\n220 mx.example.com ESMTP\n--------\n0.0007 (0.0001)  C>S\n--------\nEHLO c.example\n--------\n0.0008 (0.0001)  S>C\n--------\n250 mx.example.com\n--------\n',
    'inferred from block headers: S>C / C>S',
    ['i', '.', 'S@0', '.', 'i', '.', 'C@0', '.', 'i', '.', 'S@0', '.'],
  ],
  [
    'arrows with words, behind a tab-separated timestamp',
    '2024-05-01 10:00:00\tConnection: opening to mx.example.com:25, timeout=300\n2024-05-01 10:00:00\tSERVER -> CLIENT: 220 mx.example.com ESMTP\n2024-05-01 10:00:00\tCLIENT -> SERVER: EHLO client.example\n2024-05-01 10:00:00\tSERVER -> CLIENT: 250-mx.example.com\n250-SIZE 1000\n250 8BITMIME\n',
    'PHPMailer SMTPDebug',
    ['i', 'S@38', 'C@38', 'S@38', 'S@0', 'S@0'],
  ],
  [
    'S:/C: behind a bracketed timestamp, a level and a connection id',
    '[2024-05-01 10:00:00] INFO  [aB3dE5fG7h] Connection established to 192.0.2.1:587\n[2024-05-01 10:00:00] DEBUG [aB3dE5fG7h] S: 220 mx.example.com ESMTP\n[2024-05-01 10:00:00] DEBUG [aB3dE5fG7h] C: EHLO [127.0.0.1]\n[2024-05-01 10:00:00] DEBUG [aB3dE5fG7h] S: 250 mx.example.com\n[2024-05-01 10:00:00] DEBUG [aB3dE5fG7h] C: AUTH LOGIN\n[2024-05-01 10:00:00] DEBUG [aB3dE5fG7h] S: 334 VXNlcm5hbWU6\n[2024-05-01 10:00:00] DEBUG [aB3dE5fG7h] C: dXNlcg==\n',
    'Nodemailer logger',
    ['i', 'S@44', 'C@44', 'S@44', 'C@44', 'S@44', 'C@44'],
  ],
  [
    'reversed Sendmail arrows: the content says who speaks',
    '<<< EHLO client.example\n>>> 250-mx.example.com\n>>> 250 SIZE 1000\n<<< MAIL FROM:<a@example.org>\n>>> 250 2.1.0 Ok\n',
    'inferred: >>> / <<<',
    ['C@4', 'S@4', 'S@4', 'C@4', 'S@4'],
  ],
  [
    'a Markdown quote of a raw session',
    '> 220 mx.example.com ESMTP\n> EHLO client.example\n> 250-mx.example.com\n> 250 PIPELINING\n> QUIT\n> 221 Bye\n',
    'inferred: >',
    ['E@2', 'E@2', 'E@2', 'E@2', 'E@2', 'E@2'],
  ],
  [
    'a Python bytes repr holding a whole multi-line reply',
    "DEBUG:mailer:recv b'250-mx.example.com\\r\\n250-SIZE 1000\\r\\n250 8BITMIME\\r\\n'\nDEBUG:mailer:send b'MAIL FROM:<a@example.org>\\r\\n'\n",
    "inferred: mailer:recv b' / mailer:send b'",
    ['S@20,S@42,S@59', 'C@20'],
  ],
  [
    'JSON lines with the protocol line in the message field',
    '{"time":"2024-05-01T10:00:00Z","level":"debug","msg":"S: 220 mx.example.com ESMTP"}\n{"time":"2024-05-01T10:00:00Z","level":"debug","msg":"C: EHLO client"}\n{"time":"2024-05-01T10:00:00Z","level":"debug","msg":"S: 250 mx.example.com"}\n',
    'inferred: S: / C:',
    ['S@57', 'C@57', 'S@57'],
  ],
  [
    "Exchange's protocol log: the event column says the direction, the content which side",
    '2024-05-01T10:00:00.000Z,EXCH\\Default Frontend,08DC1,0,10.0.0.1:25,192.0.2.9:50000,+,,\n2024-05-01T10:00:00.001Z,EXCH\\Default Frontend,08DC1,1,10.0.0.1:25,192.0.2.9:50000,*,SMTPSubmit SMTPAcceptAnySender,Set Session Permissions\n2024-05-01T10:00:00.002Z,EXCH\\Default Frontend,08DC1,2,10.0.0.1:25,192.0.2.9:50000,>,"220 mail.example.com Microsoft ESMTP MAIL Service ready",\n2024-05-01T10:00:00.003Z,EXCH\\Default Frontend,08DC1,3,10.0.0.1:25,192.0.2.9:50000,<,EHLO client.example,\n2024-05-01T10:00:00.004Z,EXCH\\Default Frontend,08DC1,4,10.0.0.1:25,192.0.2.9:50000,>,250-mail.example.com Hello [192.0.2.9],\n',
    'Exchange protocol log',
    ['i', 'i', 'S@86', 'C@85', 'S@85'],
  ],
  [
    'a number in tool output is no reply, even behind a word like "Server"',
    'Server Temp Key: X25519, 253 bits\n220 mx.example.com ESMTP\nEHLO client\n250 mx.example.com\n',
    'raw session',
    ['.', '.', '.', '.'],
  ],
  [
    'a reply logged twice under two marks is counted once',
    'SMTP INBOUND: "250 ok"\nSERVER -> CLIENT: 250 ok\nCLIENT -> SERVER: DATA\nSMTP INBOUND: "354 go ahead"\nSERVER -> CLIENT: 354 go ahead\n',
    'PHPMailer SMTPDebug',
    // The copy under the speaker's mark stays; the tool's note of what it read is shown, not counted.
    ['.', 'S@18', 'C@18', '.', 'S@18'],
  ],
  [
    'in/out words with a session id',
    'conn#4 out: 220 mx.example.com ESMTP\nconn#4 in: HELO client\nconn#4 out: 250 mx.example.com\nconn#4 in: QUIT\nconn#4 out: 221 Bye\n',
    'inferred: conn#4 out: / conn#4 in:',
    ['S@12', 'C@11', 'S@12', 'C@11', 'S@12'],
  ],
  [
    'log entries whose marks are words behind a bracketed thread name',
    '2024-05-01 10:00:00.123000 UTC - [Parent 4821: Main Thread]: I/SMTP SMTP Connecting to: smtp.example.com:587\n2024-05-01 10:00:00.223000 UTC - [Parent 4821: Main Thread]: I/SMTP SMTP Response: 220 smtp.example.com ESMTP ready\n2024-05-01 10:00:00.225000 UTC - [Parent 4821: Main Thread]: I/SMTP SMTP Send: EHLO [127.0.0.1]\n2024-05-01 10:00:00.325000 UTC - [Parent 4821: Main Thread]: I/SMTP SMTP Response: 250-smtp.example.com\n2024-05-01 10:00:00.325000 UTC - [Parent 4821: Main Thread]: I/SMTP SMTP Response: 250 AUTH LOGIN PLAIN\n2024-05-01 10:00:00.330000 UTC - [Parent 4821: Main Thread]: I/SMTP SMTP Send: MAIL FROM:<a@example.org>\n',
    'Thunderbird SMTP log',
    ['i', 'S@83', 'C@79', 'S@83', 'S@83', 'C@79'],
  ],
  [
    "a server's trace whose arrows point the other way than Sendmail's",
    'smtp: 0x55d5e1a3c000: >>> 220 mx.example.org ESMTP OpenSMTPD\nsmtp: 0x55d5e1a3c000: <<< EHLO client.example\nsmtp: 0x55d5e1a3c000: >>> 250-mx.example.org Hello\nsmtp: 0x55d5e1a3c000: >>> 250 HELP\nsmtp: 0x55d5e1a3c000: <<< QUIT\n',
    'OpenSMTPD trace',
    ['S@26', 'C@26', 'S@26', 'S@26', 'C@26'],
  ],
  [
    'a multi-line reply logged as one message: its later lines carry no mark',
    '[2024-05-01 10:00:00] local.DEBUG: < 220 smtp.example.io ESMTP ready\n[2024-05-01 10:00:00] local.DEBUG: > EHLO [127.0.0.1]\n[2024-05-01 10:00:00] local.DEBUG: < 250-smtp.example.io\n250-SIZE 5242880\n250 AUTH PLAIN LOGIN\n[2024-05-01 10:00:00] local.DEBUG: > MAIL FROM:<app@example.org>\n',
    'inferred: local.DEBUG: < / local.DEBUG: >',
    ['S@37', 'C@37', 'S@37', 'S@0', 'S@0', 'C@37'],
  ],
  [
    'a raw session between the lines of a library that tags only its own notes',
    'DEBUG SMTP: trying to connect to host "mail.example.com", port 587, isSSL false\n220 mail.example.com ESMTP\nEHLO client.example\n250-mail.example.com\n250 AUTH PLAIN LOGIN\nDEBUG SMTP: AUTH LOGIN succeeded\nMAIL FROM:<a@example.org>\n250 2.1.0 Ok\nDEBUG SMTP: AUTH PLAIN succeeded\n',
    'JavaMail mail.debug',
    // The notes name the AUTH mechanism: explained where it stands, outside the session.
    ['i', '.', '.', '.', '.', 'i,.', '.', '.', 'i,.'],
  ],
  [
    "Android's logcat: a date without a year, process and thread ids, a level letter and a tag",
    '05-01 10:00:00.123  4321  4388 D SmtpSender: < 220 mx.example.com ESMTP\n05-01 10:00:00.130  4321  4388 D SmtpSender: > EHLO [10.0.2.16]\n05-01 10:00:00.140  4321  4388 D SmtpSender: < 250 AUTH PLAIN\n',
    'inferred: D SmtpSender: < / D SmtpSender: >',
    ['S@47', 'C@47', 'S@47'],
  ],
  [
    'one logger for both sides: the text decides each line',
    '10:00:00.123 [main] DEBUG o.a.c.net.smtp.SMTPClient - 220 mx.example.com ESMTP\n10:00:00.130 [main] DEBUG o.a.c.net.smtp.SMTPClient - EHLO client.example\n10:00:00.140 [main] DEBUG o.a.c.net.smtp.SMTPClient - 250 8BITMIME\n',
    'inferred: [main] DEBUG o.a.c.net.smtp.SMTPClient -',
    ['E@54', 'E@54', 'E@54'],
  ],
  [
    'a numbered paste of a server log whose bracketed tag names the command, an id in every mark, an EHLO reply joined by "|"',
    '  1. Mar 02 09:00:01 (info) smtpd: [3f2a9c10-1b2c-4d5e-8f90-a1b2c3d4e5f6] [SMTP] [___] 220 mx.example.com ESMTP\n' +
      '  2. Mar 02 09:00:01 (info) smtpd: [3f2a9c10-1b2c-4d5e-8f90-a1b2c3d4e5f6] [SMTP] [EHLO] EHLO c.example\n' +
      '  3. Mar 02 09:00:01 (info) smtpd: [3f2a9c10-1b2c-4d5e-8f90-a1b2c3d4e5f6] [SMTP] [___] 250-mx.example.com|250-STARTTLS|250 8BITMIME\n' +
      '  4. Mar 02 09:00:01 (info) smtpd: [3f2a9c10-1b2c-4d5e-8f90-a1b2c3d4e5f6] [SMTP] [STARTTLS] STARTTLS\n' +
      '  5. Mar 02 09:00:01 (info) smtpd: [3f2a9c10-1b2c-4d5e-8f90-a1b2c3d4e5f6] [SMTP] [tls] 220 2.0.0 Go ahead\n' +
      '  6. Mar 02 09:00:02 (info) smtpd: [3f2a9c10-1b2c-4d5e-8f90-a1b2c3d4e5f6] [SMTP] [EHLO] EHLO c.example\n' +
      '  7. Mar 02 09:00:02 (info) smtpd: [3f2a9c10-1b2c-4d5e-8f90-a1b2c3d4e5f6] [SMTP] [___] 250-mx.example.com|250 8BITMIME\n',
    'inferred: smtpd: [3f2a9c10-1b2c-4d5e-8f90-a1b2c3d4e5f6] [SMTP] [___], smtpd: [3f2a9c10-1b2c-4d5e-8f90-a1b2c3d4e5f6] [SMTP] [tls] / smtpd: [3f2a9c10-1b2c-4d5e-8f90-a1b2c3d4e5f6] [SMTP] [EHLO], smtpd: [3f2a9c10-1b2c-4d5e-8f90-a1b2c3d4e5f6] [SMTP] [STARTTLS]',
    ['S@87', 'C@88', 'S@87,S@106,S@119', 'C@92', 'S@87', 'C@88', 'S@87,S@106'],
  ],
  [
    'an EHLO reply whose lines were glued together, digits and all',
    '[rsp] 220 mx.example.com\n[cmd] EHLO c.example\n[rsp] 250-mx.example.com Hello250-SIZE 10240000250-8BITMIME250 OK\n[cmd] QUIT\n',
    'inferred: [rsp] / [cmd]',
    ['S@6', 'C@6', 'S@6,S@30,S@47,S@59', 'C@6'],
  ],
  [
    "a server's activity log: the command's verb in a column, then the command, then its reply, on one line",
    '03/01/24 09:00:01 SMTP-IN 8C2D4E6F10A2B3C4.MAI 112 192.0.2.7 220 mx.example.com ESMTP ready 0 0\n' +
      '03/01/24 09:00:01 SMTP-IN 8C2D4E6F10A2B3C4.MAI 112 192.0.2.7 EHLO EHLO c.example 250-mx.example.com offers 2 extensions 60 14\n' +
      '03/01/24 09:00:01 SMTP-IN 8C2D4E6F10A2B3C4.MAI 112 192.0.2.7 AUTH AUTH LOGIN 334 VXNlcm5hbWU6 18 12\n' +
      '03/01/24 09:00:01 SMTP-IN 8C2D4E6F10A2B3C4.MAI 112 192.0.2.7 AUTH {blank} 235 Authenticated 19 30\n' +
      '03/01/24 09:00:01 SMTP-IN 8C2D4E6F10A2B3C4.MAI 112 192.0.2.7 MAIL MAIL FROM:<a@example.org> 250 Ok 10 30\n',
    'inferred: SMTP-IN 8C2D4E6F10A2B3C4.MAI 112 192.0.2.7',
    ['E@61', 'C@66,S@81', 'C@66,S@77', '.,S@74', 'C@66,S@92'],
  ],
  [
    "a relay's debug log: the mark is the last label before the text, the connection's context and its port are not",
    'Mar 02 09:00:01 relay(7)<42><aZ9/Qx>: Debug: smtp-client: conn 192.0.2.9:587 [1]: Connected\n' +
      'Mar 02 09:00:01 relay(7)<42><aZ9/Qx>: Debug: smtp-client: conn 192.0.2.9:587 [1]: command EHLO: Sent: EHLO relay.example\n' +
      'Mar 02 09:00:01 relay(7)<42><aZ9/Qx>: Debug: smtp-client: conn 192.0.2.9:587 [1]: command EHLO: Got reply (1/1): 250 mx.example.com Hello PIPELINING SIZE 1000 STARTTLS\n' +
      'Mar 02 09:00:01 relay(7)<42><aZ9/Qx>: Debug: smtp-client: conn 192.0.2.9:587 [1]: command MAIL: Sent: MAIL FROM:<a@example.org>\n' +
      'Mar 02 09:00:01 relay(7)<42><aZ9/Qx>: Debug: smtp-client: conn 192.0.2.9:587 [1]: command MAIL: Got reply (1/1): 250 2.1.0 Ok\n' +
      'Mar 02 09:00:01 relay(7)<42><aZ9/Qx>: Debug: smtp-client: conn 192.0.2.9:587 [1]: Destroy\n',
    'inferred: Got reply (1/1): / Sent:',
    ['i', 'C@102', 'S@113', 'C@102', 'S@113', 'i'],
  ],
  [
    "a telnet session pasted into a shell fence with the server's lines commented out",
    '```shell\ntelnet mx.example.com 25\n#220 mx.example.com ESMTP\nhelo c.example\n#250 mx.example.com\nquit\n#221 2.0.0 Bye\n```\n',
    'inferred: # / ?',
    ['i', '.', 'S@1', 'C@0', 'S@1', 'C@0', 'S@1', 'i'],
  ],
  [
    "a session a web page flattened onto one line, its sides labelled by word",
    'For example:Server: 220 mx.example.com Client: HELO c.example Server: 250 Hello Client: QUIT Server: 221 Bye\n',
    'inferred: Server: / Client:',
    ['.,S@20,C@47,S@70,C@88,S@101'],
  ],
  [
    "a debug log that names each block's direction by the bytes it moved, the data in string reprs",
    "[DEBUG] Received 0x1a bytes:\n    b'220 mx.example.com ESMTP\\r\\n'\n[DEBUG] Sent 0x10 bytes:\n    b'EHLO c.example\\r\\n'\n" +
      "[DEBUG] Received 0x0c bytes:\n    b'250 mx ok\\r\\n'\n[DEBUG] Sent 0x06 bytes:\n    b'QUIT\\r\\n'\n",
    'inferred from block headers: received / sent',
    ['i', 'S@6', 'i', 'C@6', 'i', 'S@6', 'i', 'C@6'],
  ],
  [
    "a relay's notes that each side closed its stream are no protocol lines",
    '1796581939.578830< 220 mx.example.com ESMTP\n1796581939.578949> QUIT\n1796581939.579048< 221 Bye\n1796581939.625504>EOF\n1796581939.625783<EOF\n',
    'inferred: < / >',
    ['S@19', 'C@19', 'S@19', 'i', 'i'],
  ],
  [
    'a telnet session a page printed with a command and its whole EHLO reply on one line',
    '220 mx.example.com ESMTP\nehlo c.example 250-mx.example.com 250-PIPELINING 250-SIZE 1000 250 DSN\nquit\n221 Bye\n',
    'raw session',
    ['.', '.,.,.,.,.', '.', '.'],
  ],
  [
    "a stream's dump framed by arrows that name what was read and sent, a note before it",
    'RCPT failed: Mailbox unavailable, response: 5.1.1 unknown\n<<<<<<< read <<<<<<\n220 mx ESMTP\n<<<<<<< end read <<<<<<\n' +
      '>>>>>>> send >>>>>>\nEHLO c\n>>>>>>> end send >>>>>>\n<<<<<<< read <<<<<<\n250 mx\n<<<<<<< end read <<<<<<\n',
    'inferred from block headers: read / send',
    ['.', 'i', 'S@0', 'i', 'i', 'C@0', 'i', 'i', 'S@0', 'i'],
  ],
  [
    'a flattened session with single-letter labels after prose that names them',
    'where a client "C" talks to a server "S": S: 220 mx.example.com ESMTP C: HELO c.example S: 250 mx.example.com\n',
    'inferred: S: / C:',
    ['.,S@45,C@73,S@91'],
  ],
  [
    "a relay's dump: line endings shown as <0d><0a>, the TLS bytes after STARTTLS as rows of hex",
    '09:00:01 3 5<6 220 mx ESMTP<0d><0a>\n09:00:01 3 5>6 STARTTLS<0d><0a>\n09:00:01 3 5<6 220 2.0.0 go ahead<0d><0a>\n' +
      '09:00:01 3 5>6 16 03 01 02 00 01 00 01 fc 03 03 d4 3d f9 27 82\n09:00:01 3 5<6 16 03 03 00 7a 02 00 00 76 03 03 5e 1c 2b 9a\n',
    'inferred: 3 5<6 / 3 5>6',
    ['S@15', 'C@15', 'S@15', '.', '.'],
  ],
  [
    "a sniffer that prints both sides' payloads under one mark: the text decides each line",
    "  load      = '220 mx ESMTP\\r\\n'\n  load      = 'EHLO c.example\\r\\n'\n  load      = '250 mx\\r\\n'\n  load      = 'QUIT\\r\\n'\n  load      = '221 bye\\r\\n'\n",
    "inferred: load      = '",
    ['E@15', 'E@15', 'E@15', 'E@15', 'E@15'],
  ],
];

for (const [name, text, producer, lines] of cases) {
  test(`reader: ${name}`, () => {
    const got = read(text);
    assert.deepEqual(got.lines, lines);
    assert.equal(got.producer, producer);
  });
}

test('reader: SMTP-looking text whose sides cannot be told is reported as undecided', () => {
  const got = read('note one: 250 ok\nanother note: 550 no\nlast words here: 221 bye\n');
  assert.equal(got.undecided, true);
  assert.deepEqual(got.lines, ['.', '.', '.']);
});

test('reader: a command and its whole reply on one line are split at each code, at their columns', () => {
  const units = readTranscript(splitLines('220 mx ESMTP\nehlo c.example 250-mx.example.com 250-PIPELINING 250 DSN\n')).units.filter((u) => u.line === 1);
  assert.deepEqual(
    units.map((u) => [u.start, u.text]),
    [
      [0, 'ehlo c.example'],
      [15, '250-mx.example.com'],
      [34, '250-PIPELINING'],
      [49, '250 DSN'],
    ],
  );
});
