/**
 * The transport the VS Code client uses: dist/server.js forked with --node-ipc, LSP messages over
 * process.send / 'message' (IPCMessageReader/Writer), with the settings the client passes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DidOpenTextDocumentNotification, HoverRequest, CodeActionRequest, DiagnosticSeverity } from 'vscode-languageserver-protocol/node';
import { messageOf, startLspClient, testTimeoutMs, withTimeout } from './lspClient';

test('over node IPC: initialize, configuration per document, diagnostics, hover, a quick fix and a clean exit', { timeout: testTimeoutMs }, async () => {
  const uri = 'file:///work/ipc.smtp';
  const client = await startLspClient({
    transport: 'ipc',
    locale: 'de',
    capabilities: { workspace: { configuration: true }, textDocument: { hover: { contentFormat: ['markdown'] }, publishDiagnostics: {} } },
    configuration: (item) => (item.scopeUri === uri ? { language: 'auto', diagnostics: { severity: { 'smtp.failure-reply': 'off' } } } : {}),
  });
  try {
    assert.equal(client.initializeResult.serverInfo?.name, 'smtp-codes-language-server');
    assert.equal(client.child.connected, true);
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'smtp', version: 1, text: '220 mx ESMTP\nEHLO c\n250 mx\nMAIL FROM:<a@b>\n550 4.1.8 bad\n' },
    });
    const { diagnostics } = await client.nextDiagnostics('the IPC document', (p) => p.uri === uri && p.version === 1);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity, d.range]),
      [['smtp.enhanced-class-mismatch', DiagnosticSeverity.Error, { start: { line: 4, character: 4 }, end: { line: 4, character: 9 } }]],
    );
    assert.match(messageOf(diagnostics[0]), /^Der erweiterte Code 4\.1\.8/);
    assert.deepEqual(client.configurationRequests, [{ scopeUri: uri, section: 'smtpCodes' }]);

    const hover = await withTimeout(client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 4, character: 1 } }), 'a hover over IPC');
    assert.match((hover?.contents as { value: string }).value, /^### 550 [^\n]+\n[\s\S]*\*\*Beschreibung\*\*/);

    const actions = await withTimeout(
      client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostics[0].range, context: { diagnostics } }),
      'code actions over IPC',
    );
    assert.deepEqual(
      actions?.map((a) => ('edit' in a ? a.edit?.changes?.[uri] : undefined)),
      [[{ range: { start: { line: 4, character: 4 }, end: { line: 4, character: 5 } }, newText: '5' }]],
    );
  } finally {
    await client.stop();
  }
  assert.equal(client.child.exitCode, 0);
});
