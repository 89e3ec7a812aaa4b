/**
 * The log dashboard of an edited log over LSP (workspace/executeCommand `smtpCodes.server.logDashboard`
 * after incremental didChange notifications): the server refreshes it from the records kept with
 * the log's cached analysis, and the page must be the one a fresh open of the same text gets.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, DocumentDiagnosticRequest, ExecuteCommandRequest } from 'vscode-languageserver-protocol/node';
import { startLspClient, testTimeoutMs, withTimeout, type LspClient } from './lspClient';

const fixtures = join(__dirname, '../fixtures/log');
const log = ['postfix.log', 'exim-mainlog', 'sendmail.log', 'qmail-current'].map((name) => readFileSync(join(fixtures, name), 'utf8')).join('\n');
const bounce =
  'Mar  3 23:59:03 mx postfix/smtp[4]: A3: to=<d@example.org>, relay=mx.example.org[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.1] said: 550 5.1.1 no such user (in reply to RCPT TO command))';

async function dashboardOf(client: LspClient, uri: string): Promise<string> {
  const page = (await withTimeout(client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'smtpCodes.server.logDashboard', arguments: [{ uri, nonce: 'n0nce' }] }), 'dashboard')) as { html?: string };
  assert.ok(page.html, `a page for ${uri}`);
  return page.html;
}

function linesOf(client: LspClient, uri: string, key: string, version: number): Promise<unknown> {
  return withTimeout(client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'smtpCodes.server.logDashboard', arguments: [{ uri, list: { key, offset: 1 }, version }] }), `lines of ${key}`);
}

for (const perLineDiagnostics of [false, true]) {
  test(`a dashboard refreshed after incremental edits is the page of a fresh open (per-line diagnostics ${perLineDiagnostics ? 'on' : 'off'})`, { timeout: testTimeoutMs }, async () => {
    const client = await startLspClient({
      capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: { dynamicRegistration: false } } },
      configuration: () => ({ log: { perLineDiagnostics } }),
    });
    try {
      const uri = 'file:///edited/mail.log';
      const local = TextDocument.create(uri, 'mail-log', 1, log);
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'mail-log', version: 1, text: log } });
      const opened = await dashboardOf(client, uri);
      assert.match(opened, /<p>\d+ lines, \d+ delivery events\./);
      const versions: TextDocumentContentChangeEvent[][] = [
        // A bounce inserted with CRLF, and the first line deleted: two changes in one notification.
        [
          { range: { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } }, text: `${bounce}\r\n` },
          { range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, text: '' },
        ],
        // A line split in the middle, then joined again with a lone CR between its halves.
        [{ range: { start: { line: 10, character: 90 }, end: { line: 10, character: 90 } }, text: '\n' }],
        [{ range: { start: { line: 10, character: 90 }, end: { line: 11, character: 0 } }, text: '\r' }],
        // A character typed before a line's stamp (the stamp no longer read), then taken away.
        [{ range: { start: { line: 9, character: 0 }, end: { line: 9, character: 0 } }, text: 'x' }],
        [{ range: { start: { line: 9, character: 0 }, end: { line: 9, character: 1 } }, text: '' }],
      ];
      let version = 1;
      for (const contentChanges of versions) {
        version++;
        TextDocument.update(local, contentChanges, version);
        await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
        // As in the editor, diagnostics are pulled after the change (the analysis is brought up to date) before the page is asked for.
        await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
        const edited = await dashboardOf(client, uri);
        const freshUri = `file:///fresh/${version}/mail.log`;
        await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: freshUri, languageId: 'mail-log', version: 1, text: local.getText() } });
        assert.equal(edited, await dashboardOf(client, freshUri), `dashboard after version ${version}`);
        // "Show more" pages come from the same records: each list's lines after its first are the fresh open's.
        const keys = [...edited.matchAll(/<section class="list" id="[\w-]+" data-key="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'"));
        assert.ok(keys.length > 20, `${keys.length} lists`);
        for (const key of keys) {
          const page = await linesOf(client, uri, key, version);
          assert.ok(page, `a page for ${key}`);
          assert.deepEqual(page, await linesOf(client, freshUri, key, 1), `lines of ${key} after version ${version}`);
        }
      }
      // The inserted bounce counts: one bounce more than when the log was opened.
      const bounces = (html: string) => Number(/<span class="count">(\d+)<\/span> bounced</.exec(html)?.[1] ?? 0);
      assert.equal(bounces(await dashboardOf(client, uri)), bounces(opened) + 1);
    } finally {
      await client.stop();
    }
  });
}
