/**
 * Window progress over LSP (server/src/analysisProgress.ts): a document whose analysis is expected
 * to take more than half a second gets `window/workDoneProgress/create` and a begin and an end
 * `$/progress` before its diagnostics, pushed or pulled; a small document gets none, and neither
 * does a client that does not announce `window.workDoneProgress`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  WorkDoneProgress,
  WorkDoneProgressCreateRequest,
  type ClientCapabilities,
} from 'vscode-languageserver-protocol/node';
import { startLspClient, testTimeoutMs, withTimeout, type LspClient } from './lspClient';

const session = [
  '220 mx.example.net ESMTP', 'EHLO client.example.org', '250-mx.example.net', '250 PIPELINING', 'MAIL FROM:<a@example.org>', '250 2.1.0 Ok',
  'RCPT TO:<b@example.net>', '550 5.1.1 User unknown', 'RSET', '250 2.0.0 Ok', '',
].join('\n');
/** About 1.3 MB of transcript: well over half a second of analysis at the server's first guess of the speed. */
const largeTranscript = session.repeat(Math.ceil(1_300_000 / session.length));
const smallTranscript = session;

/** What the client saw, in arrival order: progress tokens created, progress kinds, diagnostics. */
type Event = { create: string } | { progress: string; token: string; title?: string } | { diagnostics: string };

/** Records every progress the server creates and reports, in arrival order with the diagnostics pushed. */
function recordProgress(client: LspClient, events: Event[]): void {
  client.connection.onRequest(WorkDoneProgressCreateRequest.type, ({ token }) => {
    events.push({ create: String(token) });
    // The server sends progress for a token only after this answer, so the listener is in time.
    client.connection.onProgress(WorkDoneProgress.type, token, (value) => {
      events.push({ progress: value.kind, token: String(token), ...(value.kind === 'begin' ? { title: value.title } : {}) });
    });
  });
}

async function open(client: LspClient, uri: string, text: string): Promise<void> {
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'smtp', version: 1, text } });
}

const pushCapabilities = (window: boolean): ClientCapabilities => ({ textDocument: { publishDiagnostics: {} }, ...(window ? { window: { workDoneProgress: true } } : {}) });

test('pushed diagnostics: a large transcript shows begin and end progress before its diagnostics, a small one none', { timeout: testTimeoutMs }, async () => {
  const client = await startLspClient({ capabilities: pushCapabilities(true) });
  const events: Event[] = [];
  recordProgress(client, events);
  try {
    const small = 'file:///work/progress/small.smtp';
    await open(client, small, smallTranscript);
    await client.nextDiagnostics('the small transcript', (p) => p.uri === small);
    assert.deepEqual(events, [], 'no progress for a small transcript');

    const large = 'file:///work/progress/large%20session.smtp';
    const from = client.published.length;
    await open(client, large, largeTranscript);
    const published = await client.nextDiagnostics('the large transcript', (p) => p.uri === large, from);
    // Messages arrive in the order sent: what was recorded by now came before the diagnostics.
    assert.ok(published.diagnostics.some((d) => d.code === 'smtp.failure-reply'), 'the large transcript is analysed');
    const token = (events[0] as { create: string }).create;
    assert.deepEqual(events, [
      { create: token },
      { progress: 'begin', token, title: 'SMTP Codes: analysing large session.smtp' },
      { progress: 'end', token },
    ]);
  } finally {
    await client.stop();
  }
});

test('pulled diagnostics: the progress ends before the report of a large transcript arrives', { timeout: testTimeoutMs }, async () => {
  const client = await startLspClient({ capabilities: { window: { workDoneProgress: true }, textDocument: { diagnostic: { dynamicRegistration: false } } }, locale: 'de' });
  const events: Event[] = [];
  recordProgress(client, events);
  try {
    const uri = 'file:///work/progress/pulled.smtp';
    await open(client, uri, largeTranscript);
    const report = await withTimeout(client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }), 'the pulled report');
    events.push({ diagnostics: uri });
    assert.ok('items' in report && report.items.length > 0);
    const token = (events[0] as { create: string }).create;
    assert.deepEqual(events, [
      { create: token },
      { progress: 'begin', token, title: 'SMTP Codes: analysiere pulled.smtp' },
      { progress: 'end', token },
      { diagnostics: uri },
    ]);
    // Asked again for the same version: the analysis is cached, no second progress.
    await withTimeout(client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }), 'the second pull');
    assert.equal(events.length, 4);
  } finally {
    await client.stop();
  }
});

test('a client that does not announce window.workDoneProgress gets no progress, and its diagnostics all the same', { timeout: testTimeoutMs }, async () => {
  const client = await startLspClient({ capabilities: pushCapabilities(false) });
  const events: Event[] = [];
  recordProgress(client, events);
  try {
    const uri = 'file:///work/progress/no-window.smtp';
    await open(client, uri, largeTranscript);
    const published = await client.nextDiagnostics('the large transcript', (p) => p.uri === uri);
    assert.ok(published.diagnostics.length > 0);
    assert.deepEqual(events, []);
  } finally {
    await client.stop();
  }
});
