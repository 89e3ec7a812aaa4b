/**
 * Protocol tests: the bundled server (dist/server.js) over stdio, driven like Neovim or Helix
 * would: no initializationOptions, default settings, push and pull diagnostics. Every wait on the
 * server is bounded (lspClient's `withTimeout`), so a server that stops answering fails the test.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  HoverRequest,
  CodeActionRequest,
  DocumentDiagnosticRequest,
  InlayHintRequest,
  DocumentSymbolRequest,
  ExecuteCommandRequest,
  type DocumentSymbol,
} from 'vscode-languageserver-protocol/node';
import { startLspClient, testTimeoutMs, withTimeout, type LspClient } from './lspClient';

const uri = 'file:///tmp/session.smtp';
const transcript = '220 mx.example.com ESMTP\nEHLO c.example\n250-mx.example.com\n250 ENHANCEDSTATUSCODES\nMAIL FROM:<a@c.example>\n250 2.1.0 Ok\nRCPT TO:<b@example.com>\n550 4.1.1 <b@example.com>: unknown\n';
const timeout = testTimeoutMs;

let client: LspClient;

before(async () => {
  client = await startLspClient();
});

after(async () => {
  await client.stop();
});

test('initialize announces the features', () => {
  assert.deepEqual(client.initializeResult, {
    capabilities: {
      textDocumentSync: 2,
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      inlayHintProvider: true,
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      codeLensProvider: { resolveProvider: false },
      semanticTokensProvider: {
        legend: {
          tokenTypes: ['smtpReplyCode', 'smtpEnhancedCode', 'smtpCommand', 'smtpKeyword'],
          tokenModifiers: ['success', 'intermediate', 'transient', 'permanent', 'obsolete'],
        },
        full: { delta: true },
        range: true,
      },
      executeCommandProvider: {
        commands: ['smtpCodes.server.explain', 'smtpCodes.server.compare', 'smtpCodes.server.catalog', 'smtpCodes.server.summarizeLog', 'smtpCodes.server.summarizeBounce', 'smtpCodes.server.redact', 'smtpCodes.server.outcome', 'smtpCodes.server.logDashboard', 'smtpCodes.server.bounceOverview', 'smtpCodes.server.sessionDiagram'],
      },
    },
    serverInfo: { name: 'smtp-codes-language-server' },
  });
});

test('didOpen publishes diagnostics, hover and code action answer', { timeout }, async () => {
  const { connection } = client;
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'smtp', version: 1, text: transcript } });
  const { diagnostics } = await client.nextDiagnostics('version 1 of the transcript', (p) => p.uri === uri && p.version === 1);
  assert.deepEqual(
    diagnostics.map((d) => [d.code, d.range, d.severity]),
    [
      ['smtp.failure-reply', { start: { line: 7, character: 0 }, end: { line: 7, character: 3 } }, 3],
      ['smtp.enhanced-class-mismatch', { start: { line: 7, character: 4 }, end: { line: 7, character: 9 } }, 1],
    ],
  );
  const mismatch = diagnostics[1];

  const hover = await withTimeout(connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 7, character: 1 } }), 'the hover on 550');
  assert.ok(hover, 'no hover on 550');
  assert.match((hover.contents as { value: string }).value, /^### 550 /);

  const actions = await withTimeout(
    connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: mismatch.range, context: { diagnostics: [mismatch] } }),
    'the code actions for the class mismatch',
  );
  const fix = actions?.find((a) => 'edit' in a && a.edit);
  assert.ok(fix && 'edit' in fix, JSON.stringify(actions));
  assert.deepEqual(fix.edit!.changes![uri], [{ range: { start: { line: 7, character: 4 }, end: { line: 7, character: 5 } }, newText: '5' }]);
});

test('didChange re-validates the new version incrementally', { timeout }, async () => {
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 7, character: 4 }, end: { line: 7, character: 5 } }, text: '5' }],
  });
  const { diagnostics } = await client.nextDiagnostics('version 2 of the transcript', (p) => p.uri === uri && p.version === 2);
  assert.deepEqual(
    diagnostics.map((d) => [d.code, d.range]),
    [['smtp.failure-reply', { start: { line: 7, character: 0 }, end: { line: 7, character: 3 } }]],
  );
});

test('inlay hints, symbols and the explain command answer', { timeout }, async () => {
  const { connection } = client;
  const hints = await withTimeout(
    connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 8, character: 0 } } }),
    'the inlay hints',
  );
  assert.deepEqual(
    hints?.map((h) => `${h.position.line}:${h.position.character} ${h.label}${h.tooltip ? ` (${h.tooltip})` : ''}`),
    // By default only the failures: what a 220 or a 250 means goes without saying.
    ['7:9 recipient mailbox does not exist (550: mailbox unavailable or rejected by policy)'],
  );
  const symbols = (await withTimeout(connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }), 'the document symbols')) as DocumentSymbol[] | null;
  const outline = (s: DocumentSymbol): unknown => (s.children?.length ? [`${s.name} · ${s.detail}`, s.children.map(outline)] : `${s.name} · ${s.detail}`);
  assert.deepEqual(symbols?.map(outline), [
    [
      'Session 1 · raw session · mx.example.com',
      [
        '220 Greeting · mx.example.com ESMTP',
        ['EHLO c.example · 250', ['ENHANCEDSTATUSCODES · ']],
        ['Transaction 1: MAIL FROM:<a@c.example> · rejected at RCPT', ['MAIL FROM:<a@c.example> · 250', 'RCPT TO:<b@example.com> · 550']],
      ],
    ],
  ]);
  const explained = (await withTimeout(
    connection.sendRequest(ExecuteCommandRequest.type, { command: 'smtpCodes.server.explain', arguments: [{ query: '221', lang: 'de' }] }),
    'the explain command',
  )) as { markdown: string };
  assert.match(explained.markdown, /Beschreibung/);
});

test('a hover on an unknown document or a bad position is null, not a crash', { timeout }, async () => {
  const hover = (params: { uri: string; line: number; character: number }) =>
    withTimeout(
      client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: params.uri }, position: { line: params.line, character: params.character } }),
      `the hover at ${params.uri} ${params.line}:${params.character}`,
    );
  assert.equal(await hover({ uri: 'file:///nope.smtp', line: 0, character: 0 }), null);
  assert.equal(await hover({ uri, line: 999, character: 999 }), null);
});

test('pull diagnostics work for clients that support them', { timeout }, async () => {
  const pull = await startLspClient({ capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } } });
  try {
    assert.deepEqual(pull.initializeResult.capabilities.diagnosticProvider, { interFileDependencies: false, workspaceDiagnostics: false });
    await pull.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'smtp', version: 1, text: transcript } });
    const report = await withTimeout(pull.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }), 'the pulled diagnostics');
    assert.equal(report.kind, 'full');
    assert.deepEqual(
      'items' in report && report.items.map((d) => [d.code, d.range]),
      [
        ['smtp.failure-reply', { start: { line: 7, character: 0 }, end: { line: 7, character: 3 } }],
        ['smtp.enhanced-class-mismatch', { start: { line: 7, character: 4 }, end: { line: 7, character: 9 } }],
      ],
    );
  } finally {
    await pull.stop();
  }
});
