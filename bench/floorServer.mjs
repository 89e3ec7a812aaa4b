// The transport floor: a language server over stdio that stores each document (full-text sync)
// and does nothing else. It answers a pull-diagnostics request with an empty report so that a
// benchmark can wait for "the document is stored" with the same request it sends the real server.
import { createConnection, ProposedFeatures, TextDocumentSyncKind, DocumentDiagnosticReportKind } from 'vscode-languageserver/node';

const connection = createConnection(ProposedFeatures.all);
const documents = new Map();

connection.onInitialize(() => ({
  capabilities: { textDocumentSync: TextDocumentSyncKind.Full, diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } },
  serverInfo: { name: 'transport-floor' },
}));
connection.onDidOpenTextDocument(({ textDocument }) => documents.set(textDocument.uri, textDocument.text));
connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => documents.set(textDocument.uri, contentChanges[contentChanges.length - 1].text));
connection.onDidCloseTextDocument(({ textDocument }) => documents.delete(textDocument.uri));
connection.languages.diagnostics.on(() => ({ kind: DocumentDiagnosticReportKind.Full, items: [] }));
connection.listen();
