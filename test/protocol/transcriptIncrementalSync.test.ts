/**
 * Incremental sync of a transcript over LSP: a long transcript edited by didChange notifications
 * (typing inside a reply and a command, which re-builds only the sessions around the edit; a session
 * inserted and a line deleted, which change the document's lines; several changes in one) gets the
 * diagnostics, symbols, folds, semantic tokens and hovers a fresh open of the same text gets.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  SemanticTokensRequest,
  type FullDocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { generateTranscript } from '../../bench/inputs';
import { startLspClient, testTimeoutMs, type LspClient } from './lspClient';

/** Everything the editor shows of a document, asked over LSP. */
async function shown(client: LspClient, uri: string, hoverLines: number[]) {
  const textDocument = { uri };
  const report = (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument })) as FullDocumentDiagnosticReport;
  return {
    diagnostics: report.items,
    symbols: await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument }),
    folds: await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument }),
    tokens: (await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument }))?.data,
    hovers: await Promise.all(hoverLines.map((line) => client.connection.sendRequest(HoverRequest.type, { textDocument, position: { line, character: 1 } }))),
  };
}

test('a transcript edited by incremental changes shows what a fresh open of the same text shows', { timeout: testTimeoutMs }, async () => {
  const client = await startLspClient({
    capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: { dynamicRegistration: false }, semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] } } },
    configuration: () => ({}),
  });
  try {
    const text = generateTranscript(3000, 5);
    const uri = 'file:///edited/session.smtp';
    const local = TextDocument.create(uri, 'smtp', 1, text);
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'smtp', version: 1, text } });
    const lineOf = (prefix: string, after: number) => local.getText().split('\n').findIndex((l, i) => i > after && l.startsWith(prefix));
    const rcpt = lineOf('S: 250 2.1.5', 1500);
    const mail = lineOf('C: MAIL FROM:', 2000);
    const versions: TextDocumentContentChangeEvent[][] = [
      // A recipient's acceptance turned into a refusal: "250 2.1.5" becomes "550 5.1.1" (a one-line edit, within the line).
      [{ range: { start: { line: rcpt, character: 3 }, end: { line: rcpt, character: 12 } }, text: '550 5.1.1' }],
      // Typing in a command's argument, twice in one notification.
      [
        { range: { start: { line: mail, character: 14 }, end: { line: mail, character: 14 } }, text: 'x' },
        { range: { start: { line: mail, character: 15 }, end: { line: mail, character: 15 } }, text: 'y' },
      ],
      // A session inserted in the middle, and a line deleted after it: the lines after move.
      [
        { range: { start: { line: 1200, character: 0 }, end: { line: 1200, character: 0 } }, text: 'S: 220 mx.example.org ESMTP\nC: EHLO c\nS: 250 mx\nC: QUIT\n' },
        { range: { start: { line: 2500, character: 0 }, end: { line: 2501, character: 0 } }, text: '' },
      ],
      // The refusal typed back into an acceptance.
      [{ range: { start: { line: rcpt + 4, character: 3 }, end: { line: rcpt + 4, character: 12 } }, text: '250 2.1.5' }],
    ];
    let version = 1;
    for (const contentChanges of versions) {
      version++;
      TextDocument.update(local, contentChanges, version);
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
      const freshUri = `file:///fresh/${version}/session.smtp`;
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: freshUri, languageId: 'smtp', version: 1, text: local.getText() } });
      const hoverLines = [rcpt, rcpt + 4, mail, 1200, 2999];
      const edited = await shown(client, uri, hoverLines);
      assert.deepEqual(edited, await shown(client, freshUri, hoverLines), `after version ${version}`);
      // The refusal typed in is diagnosed on its line until it is typed back.
      const refusal = edited.diagnostics.some((d) => d.code === 'smtp.failure-reply' && String(d.message).startsWith('550') && d.range.start.line === (version < 4 ? rcpt : rcpt + 4));
      assert.equal(refusal, version < 5, `the refusal's diagnostic after version ${version}`);
    }
  } finally {
    await client.stop();
  }
});
