/**
 * Incremental sync of a mail log over LSP: the server declares incremental changes, and a log edited
 * by several didChange notifications (ranges, several changes in one, lines split, joined, inserted
 * with CRLF, deleted) gets the diagnostics and semantic tokens a fresh open of the same text gets.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  SemanticTokensRequest,
  TextDocumentSyncKind,
  type FullDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { startLspClient, testTimeoutMs, type LspClient } from './lspClient';

const fixtures = join(__dirname, '../fixtures/log');
const log = ['postfix.log', 'exim-mainlog', 'sendmail.log'].map((name) => readFileSync(join(fixtures, name), 'utf8')).join('\n');
const failedDelivery =
  'Jan  1 00:00:03 mx postfix/smtp[4]: A3: to=<d@example.org>, relay=mx.example.org[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.1] said: 550 5.1.1 no such user (in reply to RCPT TO command))';

async function diagnosticsOf(client: LspClient, uri: string) {
  const report = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as FullDocumentDiagnosticReport;
  return report.items;
}

test('a log edited by incremental changes gets the diagnostics and tokens of a fresh open', { timeout: testTimeoutMs }, async () => {
  const client = await startLspClient({
    capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: { dynamicRegistration: false }, semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] } } },
    configuration: () => ({ log: { perLineDiagnostics: true } }),
  });
  try {
    assert.equal(client.initializeResult.capabilities.textDocumentSync, TextDocumentSyncKind.Incremental);
    const uri = 'file:///edited/mail.log';
    const local = TextDocument.create(uri, 'mail-log', 1, log);
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'mail-log', version: 1, text: log } });
    const opened = await diagnosticsOf(client, uri);
    assert.ok(opened.length >= 5, `only ${opened.length} diagnostics: the fixture no longer exercises the splice`);
    const lines = local.lineCount;
    const versions: TextDocumentContentChangeEvent[][] = [
      // A failed delivery inserted in the middle, with CRLF, and the first line deleted: two changes in one notification.
      [
        { range: { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } }, text: `${failedDelivery}\r\n` },
        { range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, text: '' },
      ],
      // A line split in the middle of its reply, and three lines near the end deleted.
      [
        { range: { start: { line: 10, character: 120 }, end: { line: 10, character: 120 } }, text: '\n' },
        { range: { start: { line: lines - 5, character: 0 }, end: { line: lines - 2, character: 0 } }, text: '' },
      ],
      // The split's LF replaced by a lone CR (still a line break, as editors count them), then the halves joined.
      [{ range: { start: { line: 10, character: 120 }, end: { line: 11, character: 0 } }, text: '\r' }],
      [{ range: { start: { line: 10, character: 120 }, end: { line: 11, character: 0 } }, text: '' }],
    ];
    let version = 1;
    for (const contentChanges of versions) {
      version++;
      TextDocument.update(local, contentChanges, version);
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
      const edited = await diagnosticsOf(client, uri);
      const freshUri = `file:///fresh/${version}/mail.log`;
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: freshUri, languageId: 'mail-log', version: 1, text: local.getText() } });
      assert.deepEqual(edited, await diagnosticsOf(client, freshUri), `diagnostics after version ${version}`);
      const tokens = (uri: string) => client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }).then((t) => t?.data);
      assert.deepEqual(await tokens(uri), await tokens(freshUri), `semantic tokens after version ${version}`);
    }
    // The failed delivery inserted at line 10 (line 9 once the first line went) is reported there.
    const final = await diagnosticsOf(client, uri);
    assert.ok(final.some((d) => d.code === 'log.delivery-failure' && d.range.start.line === 9), 'the inserted failure is diagnosed on its line');
  } finally {
    await client.stop();
  }
});
