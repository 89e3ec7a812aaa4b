/**
 * Pulled diagnostics over the real server: a newer version supersedes older work. The client holds
 * back its answer to `workspace/configuration`, which every validation waits for, so a newer version
 * arrives exactly while the older request is in flight: no timing, no sleeps. (Pushed diagnostics:
 * settings.test.ts, "a result for a stale version is dropped".)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  LSPErrorCodes,
  ResponseError,
} from 'vscode-languageserver-protocol/node';
import { startLspClient, testTimeoutMs, withTimeout } from './lspClient';

const transcript = ['220 mx.example.com ESMTP', 'EHLO client.example.org', '250 mx.example.com', 'MAIL FROM:<a@example.org>', '550 4.1.8 bad sender', ''].join('\n');
// Version 2 fixes the class of the enhanced code; version 1's class mismatch must never be shown.
const fixedLine = { range: { start: { line: 4, character: 4 }, end: { line: 4, character: 5 } }, text: '5' };

/** A promise and the function that resolves it, to hold an answer back until the test lets it go. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

test('pulled diagnostics: a request overtaken by a newer version is cancelled for the client to ask again', { timeout: testTimeoutMs }, async () => {
  const uri = 'file:///work/superseded-pull.smtp';
  const settings = gate();
  const client = await startLspClient({
    capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: { dynamicRegistration: false } } },
    configuration: async () => {
      await settings.opened;
      return {};
    },
  });
  try {
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'smtp', version: 1, text: transcript } });
    const first = client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }).then(
      () => undefined,
      (e: unknown) => e,
    );
    await client.nextConfigurationRequest('the settings for the first pull', (item) => item.scopeUri === uri);
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [fixedLine] });
    settings.open();
    const error = await withTimeout(first, 'the answer to the overtaken pull');
    assert.ok(error instanceof ResponseError, `expected an error answer, got ${JSON.stringify(error)}`);
    assert.equal(error.code, LSPErrorCodes.ServerCancelled);
    assert.deepEqual(error.data, { retriggerRequest: true });
    // Asked again, as clients do on retriggerRequest: the newer version's diagnostics.
    const report = await withTimeout(client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }), 'the pull for version 2');
    assert.deepEqual(
      'items' in report && report.items.map((d) => d.code),
      ['smtp.failure-reply'],
    );
  } finally {
    await client.stop();
  }
});
