// The transport floor: a language server over stdio that stores each document (full-text sync)
// and does nothing else. It answers a pull-diagnostics request with an empty report so that a
// benchmark can wait for "the document is stored" with the same request it sends the real server.
// With --incremental it takes incremental changes and applies them as the real server's
// TextDocuments does (the floor of an edit).
import { createConnection, ProposedFeatures, TextDocumentSyncKind, DocumentDiagnosticReportKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

const connection = createConnection(ProposedFeatures.all);
const documents = new Map();
const incremental = process.argv.includes('--incremental');

connection.onInitialize(() => ({
  capabilities: {
    textDocumentSync: incremental ? TextDocumentSyncKind.Incremental : TextDocumentSyncKind.Full,
    diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false },
  },
  serverInfo: { name: 'transport-floor' },
}));
connection.onDidOpenTextDocument(({ textDocument }) =>
  documents.set(textDocument.uri, incremental ? TextDocument.create(textDocument.uri, textDocument.languageId, textDocument.version, textDocument.text) : textDocument.text),
);
connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
  if (incremental) TextDocument.update(documents.get(textDocument.uri), contentChanges, textDocument.version);
  else documents.set(textDocument.uri, contentChanges[contentChanges.length - 1].text);
});
connection.onDidCloseTextDocument(({ textDocument }) => documents.delete(textDocument.uri));
connection.languages.diagnostics.on(() => ({ kind: DocumentDiagnosticReportKind.Full, items: [] }));
connection.listen();
