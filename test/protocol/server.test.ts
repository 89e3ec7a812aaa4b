/**
 * Protocol tests: the bundled server (dist/server.js) over stdio, driven like Neovim or Helix
 * would: no initializationOptions, default settings, push and pull diagnostics.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  InitializeRequest,
  InitializedNotification,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  PublishDiagnosticsNotification,
  HoverRequest,
  CodeActionRequest,
  DocumentDiagnosticRequest,
  InlayHintRequest,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  ShutdownRequest,
  ExitNotification,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver-protocol/node';

const uri = 'file:///tmp/session.smtp';
const transcript = '220 mx.example.com ESMTP\nEHLO c.example\n250-mx.example.com\n250 ENHANCEDSTATUSCODES\nMAIL FROM:<a@c.example>\n250 2.1.0 Ok\nRCPT TO:<b@example.com>\n550 4.1.1 <b@example.com>: unknown\n';

let server: ChildProcess;
let connection: ProtocolConnection;
let initializeResult: InitializeResult;
const published: PublishDiagnosticsParams[] = [];
const waiters: ((p: PublishDiagnosticsParams) => void)[] = [];

function nextDiagnostics(predicate: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
  const seen = published.find(predicate);
  if (seen) return Promise.resolve(seen);
  return new Promise((resolve) => waiters.push((p) => predicate(p) && resolve(p)));
}

before(async () => {
  server = spawn(process.execPath, ['dist/server.js', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  connection = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    published.push(p);
    for (const w of [...waiters]) w(p);
  });
  connection.listen();
  initializeResult = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    capabilities: { textDocument: { hover: { contentFormat: ['markdown'] }, publishDiagnostics: {} } },
  });
  await connection.sendNotification(InitializedNotification.type, {});
});

after(async () => {
  await connection.sendRequest(ShutdownRequest.type);
  const exited = new Promise((resolve) => server.on('exit', resolve));
  await connection.sendNotification(ExitNotification.type);
  await exited;
  connection.dispose();
});

test('initialize announces the features', () => {
  const caps = initializeResult.capabilities;
  assert.equal(caps.hoverProvider, true);
  assert.ok(caps.codeActionProvider);
  assert.ok(caps.inlayHintProvider);
  assert.equal(caps.textDocumentSync, 2);
});

test('didOpen publishes diagnostics, hover and code action answer', async () => {
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'smtp', version: 1, text: transcript } });
  const { diagnostics } = await nextDiagnostics((p) => p.uri === uri && p.version === 1);
  const mismatch = diagnostics.find((d) => d.code === 'smtp.enhanced-class-mismatch');
  assert.ok(mismatch, JSON.stringify(diagnostics));
  assert.deepEqual(mismatch.range, { start: { line: 7, character: 4 }, end: { line: 7, character: 9 } });

  const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 7, character: 1 } });
  assert.ok(hover);
  assert.match((hover.contents as { value: string }).value, /^### 550 /);

  const actions = await connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: mismatch.range, context: { diagnostics: [mismatch] } });
  const fix = actions?.find((a) => 'edit' in a && a.edit);
  assert.ok(fix && 'edit' in fix);
  assert.deepEqual(fix.edit!.changes![uri], [{ range: { start: { line: 7, character: 4 }, end: { line: 7, character: 5 } }, newText: '5' }]);
});

test('didChange re-validates the new version incrementally', async () => {
  await connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 7, character: 4 }, end: { line: 7, character: 5 } }, text: '5' }],
  });
  const { diagnostics } = await nextDiagnostics((p) => p.uri === uri && p.version === 2);
  assert.ok(!diagnostics.some((d: Diagnostic) => d.code === 'smtp.enhanced-class-mismatch'));
  assert.ok(diagnostics.some((d: Diagnostic) => d.code === 'smtp.failure-reply'));
});

test('inlay hints, symbols and the explain command answer', async () => {
  const hints = await connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 8, character: 0 } } });
  assert.ok(hints && hints.length >= 4);
  const symbols = await connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
  assert.ok(symbols && symbols.length === 1);
  const explained = (await connection.sendRequest(ExecuteCommandRequest.type, { command: 'smtpCodes.server.explain', arguments: [{ query: '221', lang: 'de' }] })) as { markdown: string };
  assert.match(explained.markdown, /Beschreibung/);
});

test('a hover on an unknown document or a bad position is null, not a crash', async () => {
  assert.equal(await connection.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///nope.smtp' }, position: { line: 0, character: 0 } }), null);
  assert.equal(await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 999, character: 999 } }), null);
});

test('pull diagnostics work for clients that support them', async () => {
  const pull = spawn(process.execPath, ['dist/server.js', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const c = createProtocolConnection(new StreamMessageReader(pull.stdout!), new StreamMessageWriter(pull.stdin!));
  c.listen();
  const init = await c.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } } });
  assert.ok(init.capabilities.diagnosticProvider);
  await c.sendNotification(InitializedNotification.type, {});
  await c.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'smtp', version: 1, text: transcript } });
  const report = await c.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
  assert.equal(report.kind, 'full');
  assert.ok('items' in report && report.items.some((d) => d.code === 'smtp.enhanced-class-mismatch'));
  await c.sendRequest(ShutdownRequest.type);
  const exited = new Promise((resolve) => pull.on('exit', resolve));
  await c.sendNotification(ExitNotification.type);
  await exited;
  c.dispose();
});
