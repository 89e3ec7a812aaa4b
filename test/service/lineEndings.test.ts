/**
 * One line model, the editor's (issue 19): CRLF, LF and a lone CR each end a line, in every
 * language. vscode-languageserver-textdocument's TextDocument counts lines as VS Code and LSP do,
 * so it is the reference: every position the service returns must name the text the editor shows
 * there. The documents mix all three endings, as real pastes do (`curl -v` ends its progress
 * meter records with a lone CR).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cli } from '../cli/runCli';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol, Position, Range } from 'vscode-languageserver-types';
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  InlayHintRequest,
  SemanticTokensRequest,
} from 'vscode-languageserver-protocol/node';
import { splitLines } from '../../server/src/service/lines';
import { doc, service, settings } from '../helpers';
import { startLspClient, testTimeoutMs, withTimeout } from '../protocol/lspClient';

const progressRecord = '  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0';

const curlPaste =
  '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n' +
  '                                 Dload  Upload   Total   Spent    Left  Speed\n' +
  `${progressRecord}\r` +
  '*   Trying 192.0.2.10:25...\n' +
  '* Connected to mx.example.com (192.0.2.10) port 25\n' +
  `${progressRecord}\r` +
  '< 220 mx.example.com ESMTP Postfix\r\n' +
  '> EHLO client\r\n' +
  '< 250-mx.example.com\r' +
  '< 250-PIPELINING\r\n' +
  '< 250 SIZE 10240000\n' +
  '> MAIL FROM:<alice@example.org>\n' +
  `${progressRecord}\r` +
  '< 250 2.1.0 Ok\r' +
  '> RCPT TO:<bob@example.com>\n' +
  '< 550 4.1.1 <bob@example.com>: Recipient address rejected\r\n' +
  '> QUIT\n' +
  '< 221 2.0.0 Bye\r' +
  '* Closing connection\n';

// A lone CR ends header lines (From, To, the DSN fields) and a quoted-printable body line.
const bounce =
  'Return-Path: <>\r\n' +
  'From: MAILER-DAEMON@relay.example.org (Mail Delivery System)\r' +
  'Subject: Undelivered Mail Returned to Sender\r\n' +
  'To: alice@example.org\r' +
  'MIME-Version: 1.0\n' +
  'Content-Type: multipart/report; report-type=delivery-status;\r\n' +
  '\tboundary="B1"\n' +
  '\r' +
  '--B1\r' +
  'Content-Type: text/plain; charset=us-ascii\r\n' +
  'Content-Transfer-Encoding: quoted-printable\n' +
  '\n' +
  '<bob@example.net>: host mx1.example.net[198.51.100.25] said: 550 5.1.1\r' +
  '    <bob@example.net>: Recipient address rejected: User unknown in virtual=\r\n' +
  ' mailbox table (in reply to RCPT TO command)\n' +
  '\r' +
  '--B1\n' +
  'Content-Type: message/delivery-status\r' +
  '\r' +
  'Reporting-MTA: dns; relay.example.org\r' +
  'X-Postfix-Queue-ID: 4A1B2C3D4E\r\n' +
  '\r\n' +
  'Final-Recipient: rfc822; bob@example.net\r' +
  'Action: delivered\r\n' +
  'Status: 4.1.1\r' +
  'Remote-MTA: dns; mx1.example.net\n' +
  'Diagnostic-Code: smtp; 550 5.1.1 <bob@example.net>: Recipient address\r' +
  '    rejected: User unknown in virtual mailbox table\r\n' +
  '\n' +
  '--B1--\r';

const mailLog =
  'Mar  3 09:14:02 mx1 postfix/smtpd[21877]: connect from mail-ed1-f54.google.com[209.85.208.54]\r' +
  'Mar  3 09:14:04 mx1 postfix/lmtp[21883]: 7D2A13C0F1: to=<jens@example.de>, relay=mail.example.de[private/dovecot-lmtp], delay=0.58, dsn=2.0.0, status=sent (250 2.0.0 <jens@example.de> Saved)\r\n' +
  'Mar  3 09:21:37 mx1 postfix/smtp[21994]: B0C873C0F7: to=<no.such.user@gmail.com>, relay=gmail-smtp-in.l.google.com[142.250.27.26]:25, delay=0.91, dsn=5.1.1, status=bounced (host gmail-smtp-in.l.google.com[142.250.27.26] said: 550-5.1.1 The email account that you tried to reach does not exist. - gsmtp (in reply to RCPT TO command))\r' +
  'Mar  3 09:30:00 mx1 postfix/smtp[22001]: C1D2E3F4A5: to=<x@example.net>, relay=mx.example.net[192.0.2.7]:25, delay=1, dsn=4.4.1, status=sent (250 2.0.0 Ok)\n' +
  '2024-03-03 09:31:00 1abcde-000123-AB ** bob@example.com R=dnslookup T=remote_smtp H=mx.example.com [192.0.2.1]: SMTP error from remote mail server after RCPT TO:<bob@example.com>: 550 5.1.1 User unknown\r';

const mainCf =
  '# main.cf\r' +
  'smtpd_recipient_restrictions =\r\n' +
  '    permit_mynetworks,\r' +
  '    reject_unauth_destination\n' +
  'unknown_local_recipient_reject_code = 450\r' +
  'relay_domains_reject_code = 650\r\n' +
  'maps_rbl_reject_code = 554\n' +
  'soft_bounce = yes\r';

const masterCf =
  'smtp      inet  n       -       y       -       -       smtpd\r' +
  '  -o smtpd_tls_security_level=may\r\n' +
  'submission inet n       -       y       -       -       smtpd\n' +
  '  -o reject_code=450\r' +
  '  -o { unverified_sender_defer_code = 550 }\n';

const accessTable =
  '# access\r' +
  'old-user@example.de         550 5.1.6 This address has moved\r\n' +
  'spammer.example             REJECT 450 Go away\n' +
  'bad.example                 DEFER 550 Broken\r' +
  'test.example                REJECT 554 5.7.1 Not accepted here\n';

// A language the user added (strong contexts only).
const plainText = 'Delivery to the following recipient failed:\r    bob@example.com\r\nRemote server said: 550 5.1.1 User unknown\rStatus: 5.1.1\n';

interface Case {
  languageId: string;
  text: string;
  /** A needle with a `|` cursor in it, located in the text, and the text its hover explains. */
  hovers: [string, string][];
  /** `L<editor line, 1-based> <rule> <text under the range>`. */
  diagnostics: string[];
  /** `L<line> <code the hint follows>`. */
  hints: string[];
  /** `<indent><name> L<line of the symbol's range start>`. */
  symbols: string[];
  /** `<first line's text> … <last line's text>`, per TextDocument. */
  folds: string[];
  /** Transcripts are being extended concurrently: their diagnostics and symbols must include these. */
  atLeast?: true;
}

const cases: Case[] = [
  {
    languageId: 'smtp',
    text: curlPaste,
    hovers: [
      ['< |220 mx', '220'],
      ['> E|HLO', 'EHLO'],
      ['< 25|0-mx', '250'],
      ['250-PIPE|LINING', 'PIPELINING'],
      ['< 250 2.1.|0 Ok', '2.1.0'],
      ['> R|CPT', 'RCPT'],
      ['< 55|0 4.1.1', '550'],
      ['< 550 4.1.|1', '4.1.1'],
      ['< 22|1 2.0.0', '221'],
    ],
    diagnostics: ['L16 smtp.enhanced-class-mismatch 4.1.1', 'L16 smtp.failure-reply 550'],
    hints: ['L7 220', 'L9 250', 'L14 2.1.0', 'L16 4.1.1', 'L18 2.0.0'],
    symbols: ['  220 Greeting L7', '  EHLO client L8', '    PIPELINING L10', '    SIZE L11', '    MAIL FROM:<alice@example.org> L12', '    RCPT TO:<bob@example.com> L15', '  QUIT L17'],
    folds: ['< 250-mx.example.com … < 250 SIZE 10240000'],
    atLeast: true,
  },
  {
    languageId: 'eml',
    text: bounce,
    hovers: [
      ['said: 5|50 5.1.1', '550'],
      ['said: 550 5.1.|1', '5.1.1'],
      ['Status: 4.|1.1', '4.1.1'],
      ['smtp; 5|50', '550'],
    ],
    diagnostics: ['L24 eml.action-status-mismatch delivered', 'L27 eml.diagnostic-status-mismatch 550', 'L25 eml.recipient-status 4.1.1'],
    hints: ['L25 4.1.1', 'L27 550', 'L27 5.1.1', 'L13 550', 'L13 5.1.1'],
    symbols: [
      'Headers L1',
      '  Return-Path L1',
      '  From L2',
      '  Subject L3',
      '  To L4',
      '  MIME-Version L5',
      '  Content-Type L6',
      'text/plain L10',
      '  Headers L10',
      '    Content-Type L10',
      '    Content-Transfer-Encoding L11',
      'message/delivery-status L18',
      '  Headers L18',
      '    Content-Type L18',
      '  Per-message fields L20',
      '    Reporting-MTA L20',
      '    X-Postfix-Queue-ID L21',
      '  Recipient bob@example.net L23',
      '    Final-Recipient L23',
      '    Action L24',
      '    Status L25',
      '    Remote-MTA L26',
      '    Diagnostic-Code L27',
    ],
    folds: [
      'Return-Path: <> … \tboundary="B1"',
      'Content-Type: text/plain; charset=us-ascii … Content-Transfer-Encoding: quoted-printable',
      '--B1 … ',
      '--B1 … ',
    ],
  },
  {
    languageId: 'mail-log',
    text: mailLog,
    hovers: [
      ['status=se|nt (250 2.0.0 <jens', 'sent'],
      ['(25|0 2.0.0 <jens', '250'],
      ['said: 55|0-5.1.1', '550'],
      ['dsn=4.4.|1', '4.4.1'],
      ['com>: 5|50 5.1.1 User', '550'],
    ],
    diagnostics: ['L4 log.dsn-status-mismatch 4.4.1'],
    hints: ['L2 2.0.0', 'L2 250', 'L2 2.0.0', 'L3 5.1.1', 'L3 550', 'L3 5.1.1', 'L4 4.4.1', 'L4 250', 'L4 2.0.0', 'L5 550', 'L5 5.1.1'],
    symbols: [],
    folds: [],
  },
  {
    languageId: 'postfix-main',
    text: mainCf,
    hovers: [
      ['reject_unauth_dest|ination', 'reject_unauth_destination'],
      ['reject_code = 4|50', '450'],
      ['relay_domains_reject_code = 6|50', '650'],
      ['soft_bo|unce', 'soft_bounce'],
    ],
    diagnostics: ['L5 postfix.temporary-reject-code 450', 'L6 postfix.code-out-of-range 650', 'L8 postfix.soft-bounce yes'],
    hints: [],
    symbols: [],
    folds: [],
  },
  {
    languageId: 'postfix-master',
    text: masterCf,
    hovers: [
      ['reject_code=4|50', '450'],
      ['unverified_sender_defer_code = 5|50', '550'],
    ],
    diagnostics: ['L4 postfix.temporary-reject-code 450', 'L5 postfix.code-out-of-range 550'],
    hints: [],
    symbols: [],
    folds: [],
  },
  {
    languageId: 'postfix-lookup',
    text: accessTable,
    hovers: [
      ['example.de         5|50', '550'],
      ['REJECT 4|50', '450'],
      ['DEFER 5|50', '550'],
      ['REJECT 554 5.7.|1', '5.7.1'],
    ],
    diagnostics: ['L3 lookup.code-out-of-range REJECT 450', 'L4 lookup.code-out-of-range DEFER 550', 'L5 lookup.reply-code-in-text REJECT 554'],
    hints: [],
    symbols: [],
    folds: [],
  },
  {
    languageId: 'plaintext',
    text: plainText,
    hovers: [
      ['said: 5|50', '550'],
      ['Status: 5.1.|1', '5.1.1'],
    ],
    diagnostics: [],
    hints: ['L3 550', 'L3 5.1.1', 'L4 5.1.1'],
    symbols: [],
    folds: [],
  },
];

const everything: Range = { start: { line: 0, character: 0 }, end: { line: 100_000, character: 0 } };

const lineText = (document: TextDocument, line: number): string => document.getText(document.getLineRange(line));

/** The editor's position of the `|` in `needle`, located in the document text. */
function cursorAt(document: TextDocument, needle: string): Position {
  const bar = needle.indexOf('|');
  const found = document.getText().indexOf(needle.slice(0, bar) + needle.slice(bar + 1));
  assert.ok(found >= 0, `needle ${JSON.stringify(needle)} not in the document`);
  return document.positionAt(found + bar);
}

/** A position the editor has: an existing line, at most at its end (never inside or past its line break). */
function assertEditorPosition(document: TextDocument, position: Position, what: string): void {
  assert.ok(position.line >= 0 && position.line < document.lineCount, `${what}: line ${position.line} of ${document.lineCount}`);
  const end = document.getLineRange(position.line).end.character;
  assert.ok(position.character >= 0 && position.character <= end, `${what}: character ${position.character} past the line end ${end}`);
}

function assertEditorRange(document: TextDocument, range: Range, what: string): void {
  assertEditorPosition(document, range.start, what);
  assertEditorPosition(document, range.end, what);
}

function flatten(symbols: DocumentSymbol[], indent = ''): [DocumentSymbol, string][] {
  return symbols.flatMap((s) => [[s, indent] as [DocumentSymbol, string], ...flatten(s.children ?? [], `${indent}  `)]);
}

/** The code right before a hint (a reply's hint may follow its `-`). */
function codeBefore(document: TextDocument, position: Position): string {
  const before = lineText(document, position.line).slice(0, position.character);
  return /(\d{3}|\d\.\d{1,3}\.\d{1,3})-?$/.exec(before)?.[1] ?? `(no code before ${JSON.stringify(before.slice(-12))})`;
}

test('splitLines cuts where TextDocument does: CRLF, LF and a lone CR, and says which ending it was', () => {
  const samples = ['', 'a', '\r', '\n', '\r\n', '\n\r', '\r\r\n', 'a\rb\nc\r\nd', 'a\r\n\r\n\rb\r', 'x\n\n\r\r\ny\r\n', '\r\n\n\r'];
  // Plus random strings over a, CR and LF (a fixed linear congruential sequence, so failures repeat).
  let seed = 19;
  for (let i = 0; i < 300; i++) {
    let s = '';
    for (let n = 0; n < 12; n++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      s += 'a\r\n'[seed % 3];
    }
    samples.push(s);
  }
  for (const text of samples) {
    const document = TextDocument.create('file:///sample.txt', 'plaintext', 1, text);
    const expected = Array.from({ length: document.lineCount }, (_, line) => ({ text: lineText(document, line), ending: document.getEOLCharacters(line) }));
    const lines = splitLines(text);
    assert.deepEqual(
      lines.map((l) => ({ text: l.text, ending: l.ending })),
      expected,
      JSON.stringify(text),
    );
    for (const l of lines) {
      assert.equal(l.crlf, l.ending === '\r\n', JSON.stringify(text));
      assert.equal(l.hasNewline, l.ending !== '', JSON.stringify(text));
    }
  }
});

for (const c of cases) {
  test(`${c.languageId}: hovers, diagnostics, hints, symbols and folds sit on the editor's lines when CRLF, LF and lone CRs mix`, () => {
    const document = doc(c.text, c.languageId);
    // The fixture really mixes the three endings.
    const endings = new Set(Array.from({ length: document.lineCount }, (_, line) => document.getEOLCharacters(line)));
    assert.ok(endings.has('\r\n') && endings.has('\n') && endings.has('\r'), `${c.languageId} fixture lacks an ending: ${JSON.stringify([...endings])}`);
    const analysis = service.analyze(document, settings());

    for (const [needle, expected] of c.hovers) {
      const position = cursorAt(document, needle);
      const hover = service.doHover(document, position, settings());
      assert.ok(hover?.range, `no hover at ${needle} (${position.line}:${position.character})`);
      assert.equal(document.getText(hover.range), expected, needle);
      // A hover with a title names what it explains (a code outside the grammar has none).
      const heading = (hover.contents as { value: string }).value.split('\n')[0].replace(/\\/g, '');
      if (heading.startsWith('### ')) assert.ok(heading.includes(expected), `${needle}: the hover explains "${heading}"`);
    }

    // Every span names exactly the text the editor shows under its range.
    for (const span of analysis.spans) {
      assertEditorRange(document, span.range, `span ${span.key ?? span.title}`);
      const under = document.getText(span.range);
      assert.ok(under.length > 0, `empty span ${span.key ?? span.title}`);
      if (span.key) assert.equal(under.toUpperCase(), span.key.toUpperCase());
      else assert.ok(span.title?.includes(under), `span "${span.title}" over ${JSON.stringify(under)}`);
    }

    const diagnostics = service.doValidation(document, settings());
    for (const d of diagnostics) assertEditorRange(document, d.range, `diagnostic ${d.code}`);
    const shown = diagnostics.map((d) => `L${d.range.start.line + 1} ${d.code} ${document.getText(d.range)}`);
    if (c.atLeast) for (const expected of c.diagnostics) assert.ok(shown.includes(expected), `${expected} not in ${JSON.stringify(shown)}`);
    else assert.deepEqual(shown, c.diagnostics);

    const hints = service.doInlayHints(document, everything, settings({ inlayHints: 'all' }));
    for (const h of hints) assertEditorPosition(document, h.position, `hint ${h.label}`);
    assert.deepEqual(
      hints.map((h) => `L${h.position.line + 1} ${codeBefore(document, h.position)}`),
      c.hints,
    );

    const symbols = flatten(service.findDocumentSymbols(document, settings()));
    for (const [s] of symbols) {
      assertEditorRange(document, s.range, `symbol ${s.name}`);
      assertEditorRange(document, s.selectionRange, `symbol ${s.name}`);
    }
    const outline = symbols.map(([s, indent]) => `${indent}${s.name} L${s.range.start.line + 1}`);
    if (c.atLeast) for (const expected of c.symbols) assert.ok(outline.includes(expected), `${expected} not in ${JSON.stringify(outline)}`);
    else assert.deepEqual(outline, c.symbols);

    const folds = service.getFoldingRanges(document, settings());
    for (const f of folds) assert.ok(f.startLine < f.endLine && f.endLine < document.lineCount, `fold ${f.startLine}-${f.endLine} of ${document.lineCount}`);
    assert.deepEqual(
      folds.map((f) => `${lineText(document, f.startLine)} … ${lineText(document, f.endLine)}`),
      c.folds,
    );
  });
}

test('smtp: no number of the curl progress meter gets a hover, and the meter lines stay lines of their own', () => {
  const document = doc(curlPaste, 'smtp');
  const meterLines = Array.from({ length: document.lineCount }, (_, line) => line).filter((line) => lineText(document, line) === progressRecord);
  assert.deepEqual(meterLines, [2, 5, 12]);
  const spans = service.analyze(document, settings()).spans;
  assert.deepEqual(
    spans.filter((s) => meterLines.includes(s.range.start.line)),
    [],
  );
});

test('mail-log: the summary counts the editor\'s lines and points at them', () => {
  const document = doc(mailLog, 'mail-log');
  const summary = service.analyze(document, settings()).summary as { lineCount: number; rows: { outcome: string; lines: number[] }[] };
  assert.equal(summary.lineCount, document.lineCount);
  const bounced = summary.rows.find((r) => r.outcome === 'bounced');
  assert.ok(bounced);
  assert.match(lineText(document, bounced.lines[0]), /status=bounced/);
});

test('over LSP: the real server answers on the editor\'s lines for a curl -v paste, before and after an incremental edit', { timeout: testTimeoutMs }, async () => {
  const uri = 'file:///work/curl-paste.smtp';
  const client = await startLspClient();
  try {
    const { connection } = client;
    const document = TextDocument.create(uri, 'smtp', 1, curlPaste);
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'smtp', version: 1, text: curlPaste } });
    const { diagnostics } = await client.nextDiagnostics('the curl paste', (p) => p.uri === uri && p.version === 1);
    const mismatch = diagnostics.find((d) => d.code === 'smtp.enhanced-class-mismatch');
    assert.ok(mismatch, JSON.stringify(diagnostics));
    assert.equal(document.getText(mismatch.range), '4.1.1');
    assert.equal(mismatch.range.start.line, cursorAt(document, '< 550 |4.1.1').line);

    for (const [needle, code] of [
      ['< |220', '220'],
      ['> EH|LO', 'EHLO'],
      ['< 22|1', '221'],
    ]) {
      const position = cursorAt(document, needle);
      const hover = await withTimeout(connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }), `a hover at ${needle}`);
      assert.ok(hover?.range, needle);
      assert.equal(document.getText(hover.range), code);
      assert.match((hover.contents as { value: string }).value, new RegExp(`^### ${code}\\b`));
    }

    const hints = await withTimeout(connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: everything }), 'inlay hints');
    assert.deepEqual(
      hints?.map((h) => `L${h.position.line + 1} ${codeBefore(document, h.position)}`),
      // The server's default shows the failures only.
      ['L16 4.1.1'],
    );
    const symbols = flatten(((await withTimeout(connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }), 'symbols')) ?? []) as DocumentSymbol[]);
    const quit = symbols.find(([s]) => s.name === 'QUIT');
    assert.ok(quit);
    assert.equal(lineText(document, quit[0].range.start.line), '> QUIT');
    const folds = await withTimeout(connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } }), 'folding ranges');
    assert.deepEqual(
      folds?.map((f) => [lineText(document, f.startLine), lineText(document, f.endLine)]),
      [['< 250-mx.example.com', '< 250 SIZE 10240000']],
    );

    // Semantic tokens are relative (line delta, start delta, length, type, modifiers); decoded, each names a code or command.
    const tokens = await withTimeout(connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }), 'semantic tokens');
    const data = tokens?.data ?? [];
    const tokenTexts: string[] = [];
    for (let i = 0, line = 0, character = 0; i < data.length; i += 5) {
      line += data[i];
      character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
      const range = { start: { line, character }, end: { line, character: character + data[i + 2] } };
      assertEditorRange(document, range, 'semantic token');
      tokenTexts.push(`L${line + 1} ${document.getText(range)}`);
    }
    for (const expected of ['L7 220', 'L8 EHLO', 'L16 550', 'L16 4.1.1', 'L18 221', 'L18 2.0.0']) assert.ok(tokenTexts.includes(expected), `${expected} not in ${JSON.stringify(tokenTexts)}`);

    // An incremental edit at the editor's position of the enhanced code fixes it on the server too.
    const edit = { range: { start: cursorAt(document, '< 550 |4.1.1'), end: cursorAt(document, '< 550 4|.1.1') }, text: '5' };
    TextDocument.update(document, [edit], 2);
    await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [edit] });
    const after = await client.nextDiagnostics('the edited paste', (p) => p.uri === uri && p.version === 2);
    assert.ok(!after.diagnostics.some((d) => d.code === 'smtp.enhanced-class-mismatch'), JSON.stringify(after.diagnostics));
    const failure = after.diagnostics.find((d) => d.code === 'smtp.failure-reply');
    assert.ok(failure);
    assert.equal(lineText(document, failure.range.start.line), '< 550 5.1.1 <bob@example.com>: Recipient address rejected');
  } finally {
    await client.stop();
  }
});

test('CLI: check and hover count lines as an editor does', () => {
  const dir = mkdtempSync(join(tmpdir(), 'smtp-codes-lines-'));
  const files: [string, string, string][] = [
    ['paste.smtp', curlPaste, 'smtp'],
    ['main.cf', mainCf, 'postfix-main'],
  ];
  for (const [name, text, languageId] of files) {
    const path = join(dir, name);
    writeFileSync(path, text);
    const document = TextDocument.create(`file://${path}`, languageId, 1, text);
    const check = cli('check', path);
    const reported = [...check.stdout.matchAll(/^.+?:(\d+):(\d+): \w+ ([\w.-]+):/gm)].map((m) => ({ line: Number(m[1]) - 1, character: Number(m[2]) - 1, code: m[3] }));
    const expected = service.doValidation(document, settings()).map((d) => ({ ...d.range.start, code: String(d.code) }));
    assert.ok(expected.length > 0, name);
    assert.deepEqual(reported, expected, check.stdout + check.stderr);
  }

  const paste = join(dir, 'paste.smtp');
  const document = TextDocument.create(`file://${paste}`, 'smtp', 1, curlPaste);
  for (const [needle, code] of [
    ['< 2|20', '220'],
    ['< 55|0', '550'],
    ['< 221 2.0.|0', '2.0.0'],
  ]) {
    const { line, character } = cursorAt(document, needle);
    const hover = cli('hover', paste, `${line + 1}:${character + 1}`);
    assert.equal(hover.status, 0, hover.stderr);
    assert.match(hover.stdout, new RegExp(`^### ${code.replace(/\./g, '\\.')} `), needle);
  }
});
