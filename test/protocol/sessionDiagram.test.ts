/**
 * The session diagram over LSP (workspace/executeCommand `smtpCodes.server.sessionDiagram`), as the
 * VS Code webview asks for it: the overview with the sessions, a window of arrows with the
 * diagnostics the server publishes, the arrow on the cursor's line, a new version after an edit,
 * German meanings, a bounce, and an error for a document of another kind.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExecuteCommandRequest } from 'vscode-languageserver-protocol/node';
import { startLspClient, testTimeoutMs, withTimeout, type LspClient } from './lspClient';
import type { DiagramView } from '../../server/src/service/sessionDiagram';

const timeout = testTimeoutMs;
type Answer = DiagramView & { uri: string; version: number; error?: string };

const transcript = 'file:///tmp/diagram/session.smtp';
const bounce = 'file:///tmp/diagram/bounce.eml';
const log = 'file:///tmp/diagram/mail.log';
const text = [
  '220 mx.example.net ESMTP',
  'EHLO client.example.org',
  '250-mx.example.net',
  '250 STARTTLS',
  'STARTTLS',
  '220 2.0.0 Ready',
  'EHLO client.example.org',
  '250 mx.example.net',
  'MAIL FROM:<a@example.org>',
  '250 2.1.0 Ok',
  'RCPT TO:<b@example.net>',
  '550 5.1.1 <b@example.net>: User unknown',
  'QUIT',
  '221 2.0.0 Bye',
  '',
].join('\n');

let client: LspClient;

before(async () => {
  client = await startLspClient();
  const open = (uri: string, languageId: string, body: string) =>
    client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text: body } });
  await open(transcript, 'smtp', text);
  await open(bounce, 'eml', readFileSync('test/fixtures/eml/sendmail-v5.eml', 'utf8'));
  await open(log, 'mail-log', 'Mar  4 09:12:46 mx1 postfix/smtp[21944]: 4F2A1C0123: to=<c@example.net>, status=sent (250 2.0.0 Ok)\n');
});

after(async () => {
  await client.stop();
});

function diagram(args: Record<string, unknown>): Promise<Answer> {
  return withTimeout(
    client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'smtpCodes.server.sessionDiagram', arguments: [args] }) as Promise<Answer>,
    `the session diagram of ${String(args.uri)}`,
  );
}

const summary = (answer: Answer) => answer.rows.map((r) => `${r.startLine}${r.endLine !== r.startLine ? `-${r.endLine}` : ''} ${r.from} ${r.text}${r.diagnostics.length ? ` !${r.diagnostics.map((d) => d.code).join(',')}` : ''}`);

test('the server announces the session diagram command', () => {
  assert.ok(client.initializeResult.capabilities.executeCommandProvider?.commands.includes('smtpCodes.server.sessionDiagram'));
});

test('the overview: every arrow of a window, the sessions, the phases and the diagnostics', { timeout }, async () => {
  const answer = await diagram({ uri: transcript, from: 0, to: 100, sessions: true });
  assert.equal(answer.uri, transcript);
  assert.equal(answer.version, 1);
  assert.equal(answer.total, 13);
  assert.equal(answer.diagnosticCount, 1);
  assert.deepEqual(summary(answer), [
    '0 server 220 mx.example.net ESMTP',
    '1 client EHLO client.example.org',
    '2-3 server 250-mx.example.net',
    '4 client STARTTLS',
    '5 server 220 2.0.0 Ready',
    '6 client EHLO client.example.org',
    '7 server 250 mx.example.net',
    '8 client MAIL FROM:<a@example.org>',
    '9 server 250 2.1.0 Ok',
    '10 client RCPT TO:<b@example.net>',
    '11 server 550 5.1.1 <b@example.net>: User unknown !smtp.failure-reply',
    '12 client QUIT',
    '13 server 221 2.0.0 Bye',
  ]);
  assert.deepEqual(answer.sessions, [{ index: 0, firstRow: 0, rowCount: 13, startLine: 0, endLine: 13, server: 'mx.example.net', client: 'client.example.org', lastCode: '221' }]);
  assert.deepEqual(answer.phases.map((p) => `${p.kind} ${p.firstRow}-${p.lastRow}`), ['tls 5-12', 'transaction 7-10']);
  assert.equal(answer.rows[10].enhancedMeaning, 'recipient mailbox does not exist');
});

test('a window and the arrow on a line, without the session list', { timeout }, async () => {
  const answer = await diagram({ uri: transcript, from: 9, to: 11, line: 3 });
  assert.deepEqual(answer.rows.map((r) => r.index), [9, 10]);
  assert.equal(answer.sessions, undefined);
  assert.equal(answer.rowAtLine, 2);
});

test('in German: the short meanings of the codes', { timeout }, async () => {
  const answer = await diagram({ uri: transcript, from: 10, to: 11, lang: 'de' });
  assert.equal(answer.rows[0].enhancedMeaning, 'Empfängerpostfach existiert nicht');
});

test('after an edit: the new version, its arrows and its diagnostics', { timeout }, async () => {
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri: transcript, version: 2 },
    contentChanges: [{ range: { start: { line: 11, character: 0 }, end: { line: 11, character: 39 } }, text: '250 2.1.5 Ok' }],
  });
  const answer = await diagram({ uri: transcript, from: 10, to: 11 });
  assert.equal(answer.version, 2);
  assert.equal(answer.diagnosticCount, 0);
  assert.deepEqual(summary(answer), ['11 server 250 2.1.5 Ok']);
});

test('a bounce: the Sendmail transcript it quotes', { timeout }, async () => {
  const answer = await diagram({ uri: bounce, from: 0, to: 10 });
  assert.equal(answer.source, 'bounce');
  assert.deepEqual(summary(answer), [
    '7 client DATA',
    '8 server 550 Relaying denied !eml.recipient-status,eml.recipient-status',
    '13 client RCPT To:<olga@example.jp>',
    '14 server 550 No such user here !eml.recipient-status',
  ]);
});

test('a document of another kind, or none: an error to show', { timeout }, async () => {
  assert.deepEqual(await diagram({ uri: log }), { error: 'The session diagram shows SMTP transcripts and bounces.' });
  assert.deepEqual(await diagram({ uri: 'file:///tmp/diagram/closed.smtp' }), { error: 'Open an SMTP transcript or a bounce first.' });
});
