/**
 * The language server: capabilities, handlers that call the service, debounced validation, and a
 * safe runner so an exception or a cancellation never kills the server. Settings are read per
 * document. Transport-independent: node/main.ts creates the connection.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  SemanticTokensBuilder,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type Range,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService, AnalysisCache } from './service/languageService';
import { semanticTokensLegend, type SemanticToken } from './service/semanticTokens';
import { isOwnLanguage } from './service/documentKinds';
import { defaultSettings, resolveLanguage, type Settings } from './service/settings';
import { executeCommand, serverCommands } from './commands';

interface ClientSettings {
  language?: string;
  additionalLanguages?: string[];
  inlayHints?: boolean;
  diagnostics?: { severity?: Settings['severity'] };
  log?: { perLineDiagnostics?: boolean };
}

const validationDelayMs = 200;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const service = getLanguageService(new AnalysisCache());
  let locale: string | undefined;
  let canPullDiagnostics = false;
  let canReadConfiguration = false;
  let globalSettings: ClientSettings = {};
  const settingsCache = new Map<string, Promise<ClientSettings>>();
  const pendingValidation = new Map<string, ReturnType<typeof setTimeout>>();
  /** The last full or delta result per document, so that a delta request can be answered with edits. */
  const semanticTokenBuilders = new Map<string, SemanticTokensBuilder>();
  let canRefreshSemanticTokens = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    locale = params.locale;
    canPullDiagnostics = !!params.capabilities.textDocument?.diagnostic;
    canReadConfiguration = !!params.capabilities.workspace?.configuration;
    canRefreshSemanticTokens = !!params.capabilities.workspace?.semanticTokens?.refreshSupport;
    globalSettings = (params.initializationOptions as { settings?: ClientSettings } | undefined)?.settings ?? {};
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        inlayHintProvider: true,
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        codeLensProvider: { resolveProvider: false },
        semanticTokensProvider: { legend: semanticTokensLegend, full: { delta: true }, range: true },
        executeCommandProvider: { commands: [...serverCommands] },
        diagnosticProvider: canPullDiagnostics ? { interFileDependencies: false, workspaceDiagnostics: false } : undefined,
      },
      serverInfo: { name: 'smtp-codes-language-server' },
    };
  });

  connection.onInitialized(() => {
    if (canReadConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'smtpCodes' }).catch(() => undefined);
    }
  });

  connection.onDidChangeConfiguration((change) => {
    settingsCache.clear();
    const pushed = (change.settings as { smtpCodes?: ClientSettings } | undefined)?.smtpCodes;
    if (pushed) globalSettings = pushed;
    for (const document of documents.all()) scheduleValidation(document);
    if (canPullDiagnostics) connection.languages.diagnostics.refresh();
    connection.languages.inlayHint.refresh();
    // additionalLanguages may have changed which documents get tokens.
    if (canRefreshSemanticTokens) connection.languages.semanticTokens.refresh();
  });

  function clientSettings(uri: string): Promise<ClientSettings> {
    if (!canReadConfiguration) return Promise.resolve(globalSettings);
    let cached = settingsCache.get(uri);
    if (!cached) {
      cached = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'smtpCodes' })
        .then((s: ClientSettings | null) => s ?? {}, () => globalSettings);
      settingsCache.set(uri, cached);
    }
    return cached;
  }

  async function settingsFor(document: TextDocument): Promise<Settings | undefined> {
    const s = await clientSettings(document.uri);
    if (!isOwnLanguage(document.languageId) && !(s.additionalLanguages ?? []).includes(document.languageId)) return undefined;
    return {
      language: resolveLanguage(s.language, locale),
      severity: s.diagnostics?.severity ?? defaultSettings.severity,
      inlayHints: s.inlayHints ?? defaultSettings.inlayHints,
      logPerLineDiagnostics: s.log?.perLineDiagnostics ?? defaultSettings.logPerLineDiagnostics,
    };
  }

  // The error data type differs per request kind, hence ResponseError<any>.
  /** Runs a handler so that an exception becomes a logged error response, never a dead server. */
  function runSafe<T>(name: string, token: CancellationToken | undefined, fallback: T, work: () => Promise<T> | T): Promise<T | ResponseError<any>> {
    return new Promise((resolve) => {
      setImmediate(async () => {
        if (token?.isCancellationRequested) return resolve(new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled'));
        try {
          const result = await work();
          if (token?.isCancellationRequested) return resolve(new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled'));
          resolve(result);
        } catch (e) {
          const message = e instanceof Error ? `${e.message}\n${e.stack}` : String(e);
          connection.console.error(`Error while ${name}: ${message}`);
          resolve(fallback);
        }
      });
    });
  }

  function scheduleValidation(document: TextDocument): void {
    if (canPullDiagnostics) return;
    clearTimeout(pendingValidation.get(document.uri));
    pendingValidation.set(
      document.uri,
      setTimeout(() => {
        pendingValidation.delete(document.uri);
        void validate(document);
      }, validationDelayMs),
    );
  }

  async function validate(document: TextDocument): Promise<void> {
    const version = document.version;
    try {
      const settings = await settingsFor(document);
      const diagnostics = settings ? service.doValidation(document, settings) : [];
      // A newer version has its own validation scheduled; drop stale results.
      if (documents.get(document.uri)?.version !== version) return;
      await connection.sendDiagnostics({ uri: document.uri, version, diagnostics });
    } catch (e) {
      connection.console.error(`Error while validating ${document.uri}: ${e instanceof Error ? e.stack : String(e)}`);
    }
  }

  documents.onDidOpen((e) => scheduleValidation(e.document));
  documents.onDidChangeContent((e) => scheduleValidation(e.document));
  documents.onDidClose((e) => {
    clearTimeout(pendingValidation.get(e.document.uri));
    pendingValidation.delete(e.document.uri);
    settingsCache.delete(e.document.uri);
    service.forget(e.document.uri);
    semanticTokenBuilders.delete(e.document.uri);
    if (!canPullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on((params, token) =>
    runSafe('computing diagnostics', token, { kind: DocumentDiagnosticReportKind.Full, items: [] }, async () => {
      const document = documents.get(params.textDocument.uri);
      const settings = document && (await settingsFor(document));
      return { kind: DocumentDiagnosticReportKind.Full, items: document && settings ? service.doValidation(document, settings) : [] };
    }),
  );

  connection.onHover((params, token) =>
    runSafe('computing hover', token, null, async () => {
      const document = documents.get(params.textDocument.uri);
      const settings = document && (await settingsFor(document));
      return document && settings ? service.doHover(document, params.position, settings) : null;
    }),
  );

  connection.onCodeAction((params, token) =>
    runSafe('computing code actions', token, [], () => {
      const document = documents.get(params.textDocument.uri);
      return document ? service.doCodeActions(document, params.range, params.context.diagnostics) : [];
    }),
  );

  connection.languages.inlayHint.on((params, token) =>
    runSafe('computing inlay hints', token, [], async () => {
      const document = documents.get(params.textDocument.uri);
      const settings = document && (await settingsFor(document));
      return document && settings ? service.doInlayHints(document, params.range, settings) : [];
    }),
  );

  connection.onDocumentSymbol((params, token) =>
    runSafe('computing document symbols', token, [], async () => {
      const document = documents.get(params.textDocument.uri);
      const settings = document && (await settingsFor(document));
      return document && settings ? service.findDocumentSymbols(document, settings) : [];
    }),
  );

  connection.onFoldingRanges((params, token) =>
    runSafe('computing folding ranges', token, [], async () => {
      const document = documents.get(params.textDocument.uri);
      const settings = document && (await settingsFor(document));
      return document && settings ? service.getFoldingRanges(document, settings) : [];
    }),
  );

  connection.onCodeLens((params, token) =>
    runSafe('computing code lenses', token, [], async () => {
      const document = documents.get(params.textDocument.uri);
      const settings = document && (await settingsFor(document));
      if (!document || !settings) return [];
      return service.analyze(document, settings).codeLenses.map((lens) => ({
        range: lens.range,
        command: { title: lens.title, command: lens.command?.command ?? '', arguments: lens.command?.arguments },
      }));
    }),
  );

  function pushTokens(builder: SemanticTokensBuilder, tokens: SemanticToken[]): SemanticTokensBuilder {
    for (const t of tokens) builder.push(t.line, t.character, t.length, t.tokenType, t.tokenModifiers);
    return builder;
  }

  async function semanticTokensOf(uri: string, range?: Range): Promise<SemanticToken[]> {
    const document = documents.get(uri);
    const settings = document && (await settingsFor(document));
    return document && settings ? service.getSemanticTokens(document, settings, range) : [];
  }

  connection.languages.semanticTokens.on((params, token) =>
    runSafe('computing semantic tokens', token, { data: [] }, async () => {
      const tokens = await semanticTokensOf(params.textDocument.uri);
      const builder = pushTokens(new SemanticTokensBuilder(), tokens);
      semanticTokenBuilders.set(params.textDocument.uri, builder);
      return builder.build();
    }),
  );

  connection.languages.semanticTokens.onDelta((params, token) =>
    runSafe('computing semantic token edits', token, { edits: [] }, async () => {
      const uri = params.textDocument.uri;
      const tokens = await semanticTokensOf(uri);
      const builder = semanticTokenBuilders.get(uri) ?? new SemanticTokensBuilder();
      // Without the result the client names, previousResult makes buildEdits answer in full.
      builder.previousResult(params.previousResultId);
      semanticTokenBuilders.set(uri, builder);
      return pushTokens(builder, tokens).buildEdits();
    }),
  );

  connection.languages.semanticTokens.onRange((params, token) =>
    runSafe('computing semantic tokens for a range', token, { data: [] }, async () =>
      pushTokens(new SemanticTokensBuilder(), await semanticTokensOf(params.textDocument.uri, params.range)).build(),
    ),
  );

  connection.onExecuteCommand((params, token) =>
    runSafe('executing a command', token, null, async () => {
      const uri = typeof params.arguments?.[0] === 'object' ? (params.arguments[0] as { uri?: string }).uri : undefined;
      const document = uri ? documents.get(uri) : undefined;
      const language = resolveLanguage((await clientSettings(uri ?? '')).language, locale);
      return executeCommand(params.command, params.arguments ?? [], { language, document, service, settingsFor });
    }),
  );

  documents.listen(connection);
  connection.listen();
}
