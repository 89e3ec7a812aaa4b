/**
 * The session diagram of real transcripts of several producers (swaks, MailKit's S:/C:, an
 * inferred one, the Sendmail transcript inside a bounce): every arrow with its lines, side, kind,
 * text and codes, the phases, and each diagnostic on its arrow. Then the windows a view asks for,
 * and the cost on a 200,000-line transcript; the server command draws the session model of the
 * language service's cached analysis, edited versions included.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { generateTranscript } from '../../bench/inputs';
import { splitLines } from '../../server/src/service/lines';
import { buildSessionDiagram, diagramOfModel, type DiagramView } from '../../server/src/service/sessionDiagram';
import { readTranscript } from '../../server/src/service/transcript/reader';
import { buildSessionModel } from '../../server/src/service/transcript/sessionBuilder';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache, getLanguageService } from '../../server/src/service/languageService';
import { sessionDiagramCommand, type SessionDiagramAnswer } from '../../server/src/sessionDiagramCommand';
import { bestTimeOf } from '../timing';
import { doc, service, settings } from '../helpers';

function diagramOf(path: string, languageId: string, lang: 'en' | 'de' = 'en'): DiagramView {
  const text = readFileSync(path, 'utf8');
  const diagnostics = service.doValidation(doc(text, languageId), settings({ language: lang }));
  return buildSessionDiagram(text, languageId, lang, diagnostics).view({ from: 0, to: 1000, sessions: true });
}

/** One arrow per string: 1-based lines, C or S, kind, text, `=enhanced`, `<row it answers`, `!diagnostics`. */
function arrows(view: DiagramView): string[] {
  return view.rows.map((r) => {
    const lines = r.startLine === r.endLine ? `${r.startLine + 1}` : `${r.startLine + 1}-${r.endLine + 1}`;
    const parts = [`${r.index} ${lines} ${r.from === 'client' ? 'C' : 'S'} ${r.kind}`];
    if (r.text) parts.push(JSON.stringify(r.text));
    if (r.authMechanism) parts.push(`(${r.authMechanism})`);
    if (r.replyClass) parts.push(`class ${r.replyClass}`);
    if (r.enhanced) parts.push(`=${r.enhanced}`);
    if (r.answers !== undefined) parts.push(`<${r.answers}`);
    if (r.diagnostics.length) parts.push(`!${r.diagnostics.map((d) => `${d.line + 1}:${d.code}`).join(',')}`);
    return parts.join(' ');
  });
}

const phases = (view: DiagramView) => view.phases.map((p) => `${p.kind} ${p.firstRow}-${p.lastRow} lines ${p.startLine + 1}-${p.endLine + 1}${p.detail ? ` ${p.detail}` : ''}`);

test('swaks: STARTTLS starts the TLS phase, a refused RCPT carries its diagnostic', () => {
  const view = diagramOf('test/fixtures/transcripts/swaks.smtp', 'smtp');
  assert.equal(view.producer, 'swaks');
  assert.deepEqual(arrows(view), [
    '0 3 S reply "220 mx.example.com ESMTP Postfix" class 2',
    '1 4 C command "EHLO client.example.org"',
    '2 5-10 S reply "250-mx.example.com" class 2 <1',
    '3 11 C command "STARTTLS"',
    '4 12 S reply "220 2.0.0 Ready to start TLS" class 2 =2.0.0 <3',
    '5 16 C command "EHLO client.example.org"',
    '6 17-22 S reply "250-mx.example.com" class 2 <5',
    '7 23 C command "MAIL FROM:<alice@example.org>"',
    '8 24 S reply "250 2.1.0 Ok" class 2 =2.1.0 <7',
    '9 25 C command "RCPT TO:<bob@example.com>"',
    '10 26 S reply "554 5.7.1 <bob@example.com>: Relay access denied" class 5 =5.7.1 <9 !26:smtp.failure-reply',
    '11 27 C command "QUIT"',
    '12 28 S reply "221 2.0.0 Bye" class 2 =2.0.0 <11',
  ]);
  assert.deepEqual(phases(view), ['tls 5-12 lines 16-28', 'transaction 7-10 lines 23-26 1']);
  assert.deepEqual(view.sessions, [{ index: 0, firstRow: 0, rowCount: 13, startLine: 2, endLine: 27, server: 'mx.example.com', client: 'client.example.org', lastCode: '221' }]);
  // A multi-line reply is one arrow; its lines come with it, each as written.
  assert.deepEqual(view.rows[2].lines?.map((l) => `${l.line + 1} ${l.text}`), [
    '5 250-mx.example.com',
    '6 250-PIPELINING',
    '7 250-SIZE 10240000',
    '8 250-STARTTLS',
    '9 250-ENHANCEDSTATUSCODES',
    '10 250 8BITMIME',
  ]);
  assert.equal(view.rows[10].enhancedMeaning, 'sender not authorized for this destination');
  assert.equal(view.rows[10].diagnostics[0].severity, 'information');
});

test('MailKit (S:/C:): TLS after STARTTLS, the AUTH exchange with its masked data lines, an unfinished reply', () => {
  const view = diagramOf('test/corpus/pasted/dev/mailkit/gh-mailkit-162-strato.txt', 'smtp');
  assert.equal(view.producer, 'RFC 5321 style (S:/C:)');
  const x = (n: number) => 'X'.repeat(n);
  assert.deepEqual(arrows(view), [
    '0 2 S reply "220 smtp.strato.de ESMTP RZmta 37.4 ready (mo11)" class 2',
    '1 3 C command "EHLO [192.168.1.70]"',
    '2 4-12 S reply "250-smtp.strato.de greets 79.194.205.58" class 2 <1',
    '3 13 C command "STARTTLS"',
    '4 14 S reply "220 Ready to start TLS" class 2 <3',
    '5 15 C command "EHLO [192.168.1.70]"',
    '6 16-23 S reply "250-smtp.strato.de greets 79.194.205.58" class 2 <5',
    `7 24 C command "AUTH SCRAM-SHA-1 ${x(68)}"`,
    `8 25 S reply "334 ${x(104)}" class 3 <7`,
    '9 26 C auth-data (SCRAM-SHA-1)',
    `10 27 S reply "334 ${x(40)}" class 3 <9`,
    '11 28 C auth-data (SCRAM-SHA-1)',
    '12 29 S reply "235 2.7.0 OK Authenticated" class 2 =2.7.0 <11',
    '13 30 C command "EHLO [192.168.1.70]"',
    '14 31-34 S reply "250-smtp.strato.de greets 79.194.205.58" class 2 <13 !34:smtp.multiline-unfinished',
  ]);
  assert.deepEqual(phases(view), ['tls 5-14 lines 15-34', 'auth 7-12 lines 24-29 SCRAM-SHA-1']);
  assert.equal(view.rows[14].unfinished, true);
});

test('an inferred producer (SERVER / CLIENT marks): the AUTH LOGIN credential stays out, a transaction still open', () => {
  const view = diagramOf('test/corpus/pasted/dev/go-smtp-debugwriter/gh-go-smtp-288-server-client-prefix.txt', 'smtp');
  assert.equal(view.producer, 'inferred: SERVER / CLIENT');
  assert.deepEqual(arrows(view), [
    '0 3 S reply "220 smtp.fastmail.com ESMTP ready" class 2',
    '1 4 C command "EHLO localhost"',
    '2 5-10 S reply "250-smtp.fastmail.com" class 2 <1',
    '3 11 C command "AUTH LOGIN" (LOGIN) !11:smtp.credentials-in-transcript',
    '4 12 S reply "334 UGFzc3dvcmQ6" class 3 <3',
    '5 13 C auth-data (LOGIN)',
    '6 14 S reply "235 2.0.0 OK" class 2 =2.0.0 <5',
    '7 15 C command "MAIL FROM:<from@xxxxxx.net> BODY=8BITMIME"',
    '8 16 S reply "250 2.1.0 Ok" class 2 =2.1.0 <7',
    '9 17 C command "RCPT TO:<to@xxxxxx.net>"',
  ]);
  assert.deepEqual(phases(view), ['auth 3-6 lines 11-14 LOGIN', 'transaction 7-9 lines 15-17 1']);
});

test('a bounce: the Sendmail transcript it quotes, at the document lines, with the bounce diagnostics', () => {
  const view = diagramOf('test/fixtures/eml/sendmail-v5.eml', 'eml');
  assert.equal(view.source, 'bounce');
  assert.equal(view.producer, 'Sendmail transcript');
  // The recipients' status lines follow the replies they report: their diagnostics go to those arrows.
  assert.deepEqual(arrows(view), [
    '0 8 C command "DATA"',
    '1 9 S reply "550 Relaying denied" class 5 <0 !10:eml.recipient-status,12:eml.recipient-status',
    '2 14 C command "RCPT To:<olga@example.jp>"',
    '3 15 S reply "550 No such user here" class 5 <2 !16:eml.recipient-status',
  ]);
  assert.deepEqual(phases(view), []);
});

test('a message is one arrow; RSET closes a transaction; short meanings follow the display language', () => {
  const text = [
    '220 mx.example.net ESMTP',
    'EHLO client.example.org',
    '250 mx.example.net',
    'MAIL FROM:<a@example.org>',
    '250 2.1.0 Ok',
    'RCPT TO:<b@example.net>',
    '550 5.1.1 User unknown',
    'RSET',
    '250 2.0.0 Ok',
    'MAIL FROM:<a@example.org>',
    '250 2.1.0 Ok',
    'RCPT TO:<c@example.net>',
    '250 2.1.5 Ok',
    'DATA',
    '354 go ahead',
    'Subject: hi',
    '',
    'hello',
    '.',
    '250 2.0.0 Ok: queued',
    'QUIT',
    '221 2.0.0 Bye',
    '',
  ].join('\n');
  const view = buildSessionDiagram(text, 'smtp', 'de').view({ from: 0, to: 100 });
  assert.deepEqual(arrows(view).slice(13), [
    '13 14 C command "DATA"',
    '14 15 S reply "354 go ahead" class 3 <13',
    '15 16-19 C message',
    '16 20 S reply "250 2.0.0 Ok: queued" class 2 =2.0.0 <15',
    '17 21 C command "QUIT"',
    '18 22 S reply "221 2.0.0 Bye" class 2 =2.0.0 <17',
  ]);
  assert.equal(view.rows[15].lineCount, 4);
  assert.deepEqual(phases(view), ['transaction 3-8 lines 4-9 1', 'transaction 9-16 lines 10-20 2']);
  assert.equal(view.rows[6].enhancedMeaning, 'Empfängerpostfach existiert nicht');
});

test('a window: only its rows and the phases that overlap it, and the arrow on a line', () => {
  const text = readFileSync('test/fixtures/transcripts/swaks.smtp', 'utf8');
  const diagram = buildSessionDiagram(text, 'smtp', 'en');
  const view = diagram.view({ from: 8, to: 10, line: 25 });
  assert.deepEqual(view.rows.map((r) => r.index), [8, 9]);
  assert.deepEqual(phases(view), ['tls 5-12 lines 16-28', 'transaction 7-10 lines 23-26 1']);
  assert.equal(view.total, 13);
  assert.equal(view.sessions, undefined);
  assert.equal(view.rowAtLine, 10);
  // Inside a multi-line reply, and on a line that is no arrow (swaks' "=== TLS started" note).
  assert.equal(diagram.rowAtLine(6), 2);
  assert.equal(diagram.rowAtLine(12), -1);
  assert.deepEqual(diagram.view({ from: 50, to: 60 }).rows, []);
});

test('a 200,000-line transcript: the diagram costs a fraction of reading the session model', () => {
  const text = generateTranscript(200_000);
  const lines = splitLines(text);
  let model = buildSessionModel(lines, readTranscript(lines));
  // The first build warmed the code up: one more is the measure.
  const modelMs = bestTimeOf(() => {
    model = buildSessionModel(lines, readTranscript(lines));
  }, 1);
  let view: DiagramView | undefined;
  const diagramMs = bestTimeOf(() => {
    view = diagramOfModel(model, 'transcript', 'en').view({ from: 100_000, to: 100_060, sessions: true, line: 150_000 });
  }, 2);
  assert.ok(view!.total > 100_000 && view!.rows.length === 60 && view!.sessions!.length > 5000);
  assert.ok(view!.rowAtLine! >= 0);
  assert.ok(diagramMs < modelMs / 2, `the diagram took ${diagramMs.toFixed(0)} ms, reading the model ${modelMs.toFixed(0)} ms`);
});

test('the command draws the cached analysis of the version: after edits the diagram of a fresh read, at a fraction of reading', async () => {
  const cache = new AnalysisCache();
  const languageService = getLanguageService(cache);
  const s = settings();
  const text = generateTranscript(200_000);
  const document = TextDocument.create('file:///test/diagram-command.smtp', 'smtp', 1, text);
  const ctx = { language: 'en' as const, document, service: languageService, settingsFor: async () => s };
  const viewOf = (answer: SessionDiagramAnswer): DiagramView => {
    if ('error' in answer) throw new Error(answer.error);
    const { uri: _uri, version: _version, ...view } = answer;
    return view;
  };
  const edit = (from: string, to: string) => {
    const at = document.getText().indexOf(from, document.getText().length / 2);
    const change = { range: { start: document.positionAt(at), end: document.positionAt(at + from.length) }, text: to };
    cache.noteChange(document, change);
    TextDocument.update(document, [change], document.version + 1);
  };
  const window = { from: 100_000, to: 100_040, sessions: true, line: 150_000 };
  const lines = splitLines(text);
  buildSessionModel(lines, readTranscript(lines));
  const readMs = bestTimeOf(() => buildSessionModel(lines, readTranscript(lines)), 1);
  const commandMs: number[] = [];
  // The first version read in full, then a reply edited in place (re-read around the edit), then a line added.
  for (const change of [undefined, ['S: 250 2.1.5 Ok', 'S: 550 5.1.1 No such user'], ['C: QUIT\n', 'C: NOOP\nC: QUIT\n']]) {
    if (change) edit(change[0], change[1]);
    // The editor validated the version before anyone opened the diagram.
    const diagnostics = languageService.doValidation(document, s);
    const start = performance.now();
    const answer = await sessionDiagramCommand({ uri: document.uri, ...window }, 'en', ctx);
    commandMs.push(performance.now() - start);
    assert.equal((answer as { version: number }).version, document.version);
    const fresh = buildSessionDiagram(document.getText(), 'smtp', 'en', service.doValidation(doc(document.getText()), s)).view(window);
    assert.deepEqual(viewOf(answer), fresh, `version ${document.version}`);
    assert.equal(fresh.diagnosticCount, diagnostics.length);
  }
  assert.ok(commandMs.some((ms, i) => i > 0 && ms < readMs / 2), `the command took ${commandMs.map((ms) => ms.toFixed(0)).join(', ')} ms, reading the model ${readMs.toFixed(0)} ms`);
});
