/**
 * Semantic tokens of transcripts: what the reader took for a reply code, an enhanced code, a
 * command or an EHLO keyword is a token of its class; nothing else is. Tokens are written as
 * "line:col length type.modifiers text" (1-based line and column, as diagnosticsAt writes them).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import type { Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { doc, service, settings } from '../helpers';
import { semanticTokensLegend, type SemanticToken } from '../../server/src/service/semanticTokens';

function describe(document: TextDocument, t: SemanticToken): string {
  const modifiers = semanticTokensLegend.tokenModifiers.filter((_, i) => t.tokenModifiers & (1 << i));
  const text = document.getText({ start: { line: t.line, character: t.character }, end: { line: t.line, character: t.character + t.length } });
  return `${t.line + 1}:${t.character + 1} ${t.length} ${[semanticTokensLegend.tokenTypes[t.tokenType], ...modifiers].join('.')} ${text}`;
}

function tokensOf(document: TextDocument, range?: Range): string[] {
  return service.getSemanticTokens(document, settings(), range).map((t) => describe(document, t));
}

const tokens = (text: string, languageId = 'smtp') => tokensOf(doc(text, languageId));
const fixture = (name: string) => readFileSync(`test/fixtures/transcripts/${name}`, 'utf8');

// One table per dialect; reviewed against the fixtures line by line.
const fixtureTables: [string, string[]][] = [
  ['curl.smtp', ["3:3 3 smtpReplyCode.success 220","4:3 4 smtpCommand EHLO","5:3 3 smtpReplyCode.success 250","6:3 3 smtpReplyCode.success 250","6:7 10 smtpKeyword PIPELINING","7:3 3 smtpReplyCode.success 250","7:7 4 smtpKeyword SIZE","8:3 3 smtpReplyCode.success 250","8:7 8 smtpKeyword SMTPUTF8","9:3 4 smtpCommand MAIL","9:8 4 smtpCommand FROM","10:3 3 smtpReplyCode.success 250","10:7 5 smtpEnhancedCode.success 2.1.0","11:3 4 smtpCommand RCPT","11:8 2 smtpCommand TO","12:3 3 smtpReplyCode.success 250","12:7 5 smtpEnhancedCode.success 2.1.5","13:3 4 smtpCommand DATA","14:3 3 smtpReplyCode.intermediate 354","17:3 3 smtpReplyCode.success 250","17:7 5 smtpEnhancedCode.success 2.0.0","18:3 4 smtpCommand QUIT","19:3 3 smtpReplyCode.success 221","19:7 5 smtpEnhancedCode.success 2.0.0"]],
  // SIZE=1843 is a parameter, not a keyword; the unprefixed "550 5.1.1" line is sendmail's own summary.
  ['sendmail.smtp', ["3:5 4 smtpCommand MAIL","3:10 4 smtpCommand From","4:5 3 smtpReplyCode.success 250","4:9 5 smtpEnhancedCode.success 2.1.0","5:5 4 smtpCommand RCPT","5:10 2 smtpCommand To","6:5 3 smtpReplyCode.permanent 550","6:9 5 smtpEnhancedCode.permanent 5.1.1","7:1 3 smtpReplyCode.permanent 550","7:5 5 smtpEnhancedCode.permanent 5.1.1","8:5 4 smtpCommand DATA","9:5 3 smtpReplyCode.permanent 554","9:9 5 smtpEnhancedCode.permanent 5.5.1"]],
  // Exim's pid (4711) is no code; the unmarked continuation lines of the EHLO reply are.
  ['exim-debug.smtp', ["1:14 3 smtpReplyCode.success 220","2:14 4 smtpCommand EHLO","3:14 3 smtpReplyCode.success 250","4:14 3 smtpReplyCode.success 250","4:18 4 smtpKeyword SIZE","5:14 3 smtpReplyCode.success 250","5:18 8 smtpKeyword 8BITMIME","6:14 3 smtpReplyCode.success 250","6:18 10 smtpKeyword PIPELINING","7:14 3 smtpReplyCode.success 250","7:18 4 smtpKeyword HELP","8:14 4 smtpCommand MAIL","8:19 4 smtpCommand FROM","9:14 4 smtpCommand RCPT","9:19 2 smtpCommand TO","10:14 4 smtpCommand DATA","11:14 3 smtpReplyCode.success 250","12:14 3 smtpReplyCode.success 250","13:14 3 smtpReplyCode.intermediate 354","15:14 3 smtpReplyCode.success 250","16:14 4 smtpCommand QUIT","17:14 3 smtpReplyCode.success 221"]],
  ['swaks.smtp', ["3:5 3 smtpReplyCode.success 220","4:5 4 smtpCommand EHLO","5:5 3 smtpReplyCode.success 250","6:5 3 smtpReplyCode.success 250","6:9 10 smtpKeyword PIPELINING","7:5 3 smtpReplyCode.success 250","7:9 4 smtpKeyword SIZE","8:5 3 smtpReplyCode.success 250","8:9 8 smtpKeyword STARTTLS","9:5 3 smtpReplyCode.success 250","9:9 19 smtpKeyword ENHANCEDSTATUSCODES","10:5 3 smtpReplyCode.success 250","10:9 8 smtpKeyword 8BITMIME","11:5 8 smtpCommand STARTTLS","12:5 3 smtpReplyCode.success 220","12:9 5 smtpEnhancedCode.success 2.0.0","16:5 4 smtpCommand EHLO","17:5 3 smtpReplyCode.success 250","18:5 3 smtpReplyCode.success 250","18:9 10 smtpKeyword PIPELINING","19:5 3 smtpReplyCode.success 250","19:9 4 smtpKeyword SIZE","20:5 3 smtpReplyCode.success 250","20:9 4 smtpKeyword AUTH","21:5 3 smtpReplyCode.success 250","21:9 19 smtpKeyword ENHANCEDSTATUSCODES","22:5 3 smtpReplyCode.success 250","22:9 8 smtpKeyword 8BITMIME","23:5 4 smtpCommand MAIL","23:10 4 smtpCommand FROM","24:5 3 smtpReplyCode.success 250","24:9 5 smtpEnhancedCode.success 2.1.0","25:5 4 smtpCommand RCPT","25:10 2 smtpCommand TO","26:5 3 smtpReplyCode.permanent 554","26:9 5 smtpEnhancedCode.permanent 5.7.1","27:5 4 smtpCommand QUIT","28:5 3 smtpReplyCode.success 221","28:9 5 smtpEnhancedCode.success 2.0.0"]],
  ['rfc-style.smtp', ["1:4 3 smtpReplyCode.success 220","2:4 4 smtpCommand EHLO","3:4 3 smtpReplyCode.success 250","4:4 3 smtpReplyCode.success 250","4:8 8 smtpKeyword 8BITMIME","5:4 3 smtpReplyCode.success 250","5:8 4 smtpKeyword SIZE","6:4 3 smtpReplyCode.success 250","6:8 3 smtpKeyword DSN","7:4 3 smtpReplyCode.success 250","7:8 4 smtpKeyword HELP","8:4 4 smtpCommand MAIL","8:9 4 smtpCommand FROM","9:4 3 smtpReplyCode.success 250","10:4 4 smtpCommand RCPT","10:9 2 smtpCommand TO","11:4 3 smtpReplyCode.success 250","12:4 4 smtpCommand RCPT","12:9 2 smtpCommand TO","13:4 3 smtpReplyCode.permanent 550","14:4 4 smtpCommand RCPT","14:9 2 smtpCommand TO","15:4 3 smtpReplyCode.success 250","16:4 4 smtpCommand DATA","17:4 3 smtpReplyCode.intermediate 354","21:4 3 smtpReplyCode.success 250","22:4 4 smtpCommand QUIT","23:4 3 smtpReplyCode.success 221"]],
  // smtplib's summary lines ("retcode (250)") are replies too; the traceback's "(535, …)" is not.
  ['smtplib-py2.smtp', ["4:8 4 smtpCommand ehlo","5:9 3 smtpReplyCode.success 250","6:9 3 smtpReplyCode.success 250","6:13 10 smtpKeyword PIPELINING","7:9 3 smtpReplyCode.success 250","7:13 4 smtpKeyword AUTH","8:9 3 smtpReplyCode.success 250","8:13 8 smtpKeyword 8BITMIME","9:17 3 smtpReplyCode.success 250","13:8 4 smtpCommand AUTH","14:9 3 smtpReplyCode.permanent 535","14:13 5 smtpEnhancedCode.permanent 5.7.8","15:17 3 smtpReplyCode.permanent 535","18:35 3 smtpReplyCode.permanent 535","18:41 5 smtpEnhancedCode.permanent 5.7.8"]],
  // Chunk sizes after BDAT are numbers, not codes.
  ['raw-bdat.smtp', ["1:1 3 smtpReplyCode.success 220","2:1 4 smtpCommand EHLO","3:1 3 smtpReplyCode.success 250","4:1 3 smtpReplyCode.success 250","4:5 10 smtpKeyword PIPELINING","5:1 3 smtpReplyCode.success 250","5:5 8 smtpKeyword CHUNKING","6:1 3 smtpReplyCode.success 250","6:5 4 smtpKeyword SIZE","7:1 4 smtpCommand MAIL","7:6 4 smtpCommand FROM","8:1 3 smtpReplyCode.success 250","8:5 5 smtpEnhancedCode.success 2.1.0","9:1 4 smtpCommand RCPT","9:6 2 smtpCommand TO","10:1 3 smtpReplyCode.success 250","10:5 5 smtpEnhancedCode.success 2.1.5","11:1 4 smtpCommand BDAT","14:1 3 smtpReplyCode.success 250","14:5 5 smtpEnhancedCode.success 2.0.0","15:1 4 smtpCommand BDAT","17:1 3 smtpReplyCode.success 250","17:5 5 smtpEnhancedCode.success 2.0.0","18:1 4 smtpCommand BDAT","19:1 3 smtpReplyCode.permanent 503","19:5 5 smtpEnhancedCode.permanent 5.5.1","20:1 4 smtpCommand QUIT","21:1 3 smtpReplyCode.success 221","21:5 5 smtpEnhancedCode.success 2.0.0"]],
  // openssl s_client's handshake chatter (byte counts, depth=2, 00000003) has no tokens.
  ['openssl.smtp', ["22:1 3 smtpReplyCode.success 250","23:1 4 smtpCommand EHLO","24:1 3 smtpReplyCode.success 250","25:1 3 smtpReplyCode.success 250","25:5 10 smtpKeyword PIPELINING","26:1 3 smtpReplyCode.success 250","26:5 4 smtpKeyword SIZE","27:1 3 smtpReplyCode.success 250","27:5 4 smtpKeyword AUTH","28:1 3 smtpReplyCode.success 250","28:5 8 smtpKeyword CHUNKING","29:1 4 smtpCommand AUTH","30:1 3 smtpReplyCode.success 235","30:5 5 smtpEnhancedCode.success 2.7.0","31:1 4 smtpCommand MAIL","31:6 4 smtpCommand FROM","32:1 3 smtpReplyCode.success 250","32:5 5 smtpEnhancedCode.success 2.1.0","33:1 4 smtpCommand RCPT","33:6 2 smtpCommand TO","34:1 3 smtpReplyCode.success 250","34:5 5 smtpEnhancedCode.success 2.1.5","35:1 4 smtpCommand BDAT","39:1 3 smtpReplyCode.success 250","39:5 5 smtpEnhancedCode.success 2.0.0","40:1 4 smtpCommand QUIT"]],
];

for (const [name, expected] of fixtureTables) {
  test(`semantic tokens: ${name}`, () => {
    assert.deepEqual(tokens(fixture(name)), expected);
  });
}

test('semantic tokens: every fixture gives sorted, single-line, non-overlapping tokens, each on what the reader explains', () => {
  for (const name of readdirSync('test/fixtures/transcripts')) {
    const document = doc(fixture(name));
    const list = service.getSemanticTokens(document, settings());
    assert.ok(list.length > 0, `${name} has tokens`);
    list.forEach((t, i) => {
      const where = `${name} ${describe(document, t)}`;
      assert.ok(t.length > 0 && t.character + t.length <= document.getText().split(/\r\n|\r|\n/)[t.line].length, `${where} lies on one line`);
      const previous = list[i - 1];
      if (previous) assert.ok(t.line > previous.line || t.character >= previous.character + previous.length, `${where} comes after and apart from the one before`);
      // FROM and TO belong to their verb's token only; everything else is a hover span of the reader.
      const type = semanticTokensLegend.tokenTypes[t.tokenType];
      const text = describe(document, t).split(' ').pop()!;
      if (type === 'smtpCommand' && /^(?:from|to)$/i.test(text)) return;
      const hover = service.doHover(document, { line: t.line, character: t.character }, settings());
      assert.deepEqual(hover?.range, { start: { line: t.line, character: t.character }, end: { line: t.line, character: t.character + t.length } }, `${where} is a hover span`);
    });
  }
});

test('semantic tokens: classes, obsolete commands, parameters and codes outside the grammar', () => {
  const text = [
    'S: 220 mx.example.com ESMTP',
    'C: EHLO client.example',
    'S: 250-mx.example.com',
    'S: 250-SIZE 10240000',
    'S: 250 AUTH PLAIN LOGIN',
    'C: MAIL FROM:<a@example.org> SIZE=550 AUTH=<>',
    'S: 451 4.3.0 try later',
    'C: RSET',
    'S: 599 5.9.9 odd',
    'C: SEND FROM:<a@example.org>',
    'S: 502 5.5.1 no',
    'C: TURN',
    'S: 502 5.5.1 no',
  ].join('\n');
  assert.deepEqual(tokens(text), [
    '1:4 3 smtpReplyCode.success 220',
    '2:4 4 smtpCommand EHLO',
    '3:4 3 smtpReplyCode.success 250',
    '4:4 3 smtpReplyCode.success 250',
    '4:8 4 smtpKeyword SIZE',
    '5:4 3 smtpReplyCode.success 250',
    // AUTH in an EHLO reply is a keyword, though AUTH is also a command.
    '5:8 4 smtpKeyword AUTH',
    '6:4 4 smtpCommand MAIL',
    '6:9 4 smtpCommand FROM',
    // SIZE=550 and AUTH=<> are parameters: neither the parameter nor its value is a token.
    '7:4 3 smtpReplyCode.transient 451',
    '7:8 5 smtpEnhancedCode.transient 4.3.0',
    '8:4 4 smtpCommand RSET',
    // A second digit above 5 is outside RFC 5321's grammar, but still a reply of its class.
    '9:4 3 smtpReplyCode.permanent 599',
    '9:8 5 smtpEnhancedCode.permanent 5.9.9',
    '10:4 4 smtpCommand.obsolete SEND',
    '10:9 4 smtpCommand FROM',
    '11:4 3 smtpReplyCode.permanent 502',
    '11:8 5 smtpEnhancedCode.permanent 5.5.1',
    '12:4 4 smtpCommand.obsolete TURN',
    '13:4 3 smtpReplyCode.permanent 502',
    '13:8 5 smtpEnhancedCode.permanent 5.5.1',
  ]);
});

test('semantic tokens: numbers in tool output, ids, ports, sizes and prose are never tokens', () => {
  const text = [
    '*   Trying 192.0.2.25:587...',
    '* Connected to mx.example.com (192.0.2.25) port 587 (#0)',
    '< 220 mx.example.com ESMTP ready 421 550',
    '> EHLO client',
    '< 250-mx.example.com',
    '< 250 SIZE 52428800',
    '> MAIL FROM:<a@example.org> SIZE=250',
    '< 250 2.1.0 Ok',
    '> RCPT TO:<b@example.com>',
    '< 250 2.1.5 Ok',
    '> DATA',
    '< 354 go ahead',
    '} [250 bytes data]',
    '* upload completely sent off: 550 out of 550 bytes',
    '< 250 2.0.0 Ok: queued as 554A12 after 421 ms, id=5.1.1',
    '* Connection #0 to host mx.example.com left intact',
  ].join('\n');
  const found = tokens(text);
  assert.deepEqual(found, [
    '3:3 3 smtpReplyCode.success 220',
    '4:3 4 smtpCommand EHLO',
    '5:3 3 smtpReplyCode.success 250',
    '6:3 3 smtpReplyCode.success 250',
    '6:7 4 smtpKeyword SIZE',
    '7:3 4 smtpCommand MAIL',
    '7:8 4 smtpCommand FROM',
    '8:3 3 smtpReplyCode.success 250',
    '8:7 5 smtpEnhancedCode.success 2.1.0',
    '9:3 4 smtpCommand RCPT',
    '9:8 2 smtpCommand TO',
    '10:3 3 smtpReplyCode.success 250',
    '10:7 5 smtpEnhancedCode.success 2.1.5',
    '11:3 4 smtpCommand DATA',
    '12:3 3 smtpReplyCode.intermediate 354',
    '15:3 3 smtpReplyCode.success 250',
    '15:7 5 smtpEnhancedCode.success 2.0.0',
  ]);
});

test('semantic tokens: a lone CR ends a line, so tokens land on the lines the editor shows', () => {
  // curl's progress meter writes lone CRs; the editor (and TextDocument) count each as a line end.
  const document = doc('< 220 mx ESMTP\r> EHLO a\r< 250 ok\r\n> QUIT\r< 221 2.0.0 bye\n');
  assert.equal(document.lineCount, 6);
  assert.deepEqual(tokensOf(document), [
    '1:3 3 smtpReplyCode.success 220',
    '2:3 4 smtpCommand EHLO',
    '3:3 3 smtpReplyCode.success 250',
    '4:3 4 smtpCommand QUIT',
    '5:3 3 smtpReplyCode.success 221',
    '5:7 5 smtpEnhancedCode.success 2.0.0',
  ]);
});

test('semantic tokens: a range gives the tokens that touch it, and no more', () => {
  const document = doc(fixture('curl.smtp'));
  const range = { start: { line: 8, character: 5 }, end: { line: 9, character: 7 } };
  // Line 9 (0-based 8) "> MAIL FROM:<…>": MAIL ends at 6, so from character 5 it still touches; 2.1.0 starts at 6 < 7.
  assert.deepEqual(tokensOf(document, range), ['9:3 4 smtpCommand MAIL', '9:8 4 smtpCommand FROM', '10:3 3 smtpReplyCode.success 250', '10:7 5 smtpEnhancedCode.success 2.1.0']);
  assert.deepEqual(tokensOf(document, { start: { line: 0, character: 0 }, end: { line: 2, character: 2 } }), []);
});

test('semantic tokens: transcripts and mail logs get them, bounces do not', () => {
  // A bounce's grammar colours its fields; a log's codes stand in lines of every MTA's shape, which
  // no grammar follows, so the server colours the codes it explains there.
  const bounce = doc(readFileSync('test/fixtures/eml/postfix-dsn.eml', 'utf8'), 'eml');
  assert.ok(service.analyze(bounce, settings()).spans.some((s) => /^\d{3}$/.test(s.key ?? '')), 'the bounce has reply code spans');
  assert.deepEqual(tokensOf(bounce), []);
  const log = doc(readFileSync('test/fixtures/log/postfix.log', 'utf8'), 'mail-log');
  const tokens = tokensOf(log);
  assert.ok(tokens.includes('8:252 3 smtpReplyCode.permanent 550') && tokens.includes('8:176 5 smtpEnhancedCode.permanent 5.1.1'), tokens.join('\n'));
  assert.ok(tokens.every((t) => /smtp(?:Reply|Enhanced)Code\.(?:success|intermediate|transient|permanent) [\d.]+$/.test(t)), tokens.join('\n'));
});
