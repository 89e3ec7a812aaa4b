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
import { defaultSettings, inlayHintMode, resolveLanguage, type Settings } from './service/settings';
import { executeCommand, serverCommands } from './commands';
import { AnalysisProgress } from './analysisProgress';

interface ClientSettings {
  language?: string;
  additionalLanguages?: string[];
  inlayHints?: unknown;
  diagnostics?: { severity?: Settings['severity'] };
  log?: { perLineDiagnostics?: boolean };
}

const validationDelayMs = 200;

/** One scheduled validation of one document version; a newer version or a close cancels it. */
interface ValidationRun {
  version: number;
  cancelled: boolean;
  timer?: ReturnType<typeof setTimeout>;
}

/** Lets the event loop read what the client sent meanwhile (a newer version, a hover) before long work. */
const yieldToPendingMessages = () => new Promise<void>((resolve) => setImmediate(resolve));

export function startServer(connection: Connection): void {
  const cache = new AnalysisCache();
  const documents = new TextDocuments({
    create: TextDocument.create,
    // Each incremental change is noted before it is applied, so the next analysis re-reads only the edited lines (mail logs).
    update(document, changes, version) {
      for (const change of changes) {
        cache.noteChange(document, change);
        TextDocument.update(document, [change], version);
      }
      return document;
    },
  });
  const service = getLanguageService(cache);
  const analysisProgress = new AnalysisProgress(connection, service);
  let locale: string | undefined;
  let canPullDiagnostics = false;
  let canReadConfiguration = false;
  let globalSettings: ClientSettings = {};
  const settingsCache = new Map<string, Promise<ClientSettings>>();
  const pendingValidation = new Map<string, ValidationRun>();
  /** The last full or delta result per document, so that a delta request can be answered with edits. */
  const semanticTokenBuilders = new Map<string, SemanticTokensBuilder>();
  let canRefreshSemanticTokens = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    locale = params.locale;
    canPullDiagnostics = !!params.capabilities.textDocument?.diagnostic;
    canReadConfiguration = !!params.capabilities.workspace?.configuration;
    canRefreshSemanticTokens = !!params.capabilities.workspace?.semanticTokens?.refreshSupport;
    analysisProgress.setClientSupport(params.capabilities.window?.workDoneProgress);
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
    const settings: Settings = {
      language: resolveLanguage(s.language, locale),
      severity: s.diagnostics?.severity ?? defaultSettings.severity,
      inlayHints: inlayHintMode(s.inlayHints),
      logPerLineDiagnostics: s.log?.perLineDiagnostics ?? defaultSettings.logPerLineDiagnostics,
    };
    // Every handler asks for the settings right before it analyses: a long analysis runs here, under window progress.
    await analysisProgress.ready(document, settings);
    return settings;
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
          // A handler's own answer for the client (ServerCancelled), not a fault.
          if (e instanceof ResponseError) return resolve(e);
          const message = e instanceof Error ? `${e.message}\n${e.stack}` : String(e);
          connection.console.error(`Error while ${name}: ${message}`);
          resolve(fallback);
        }
      });
    });
  }

  /**
   * Validation is debounced, and off the request path: it runs after the messages that arrived
   * meanwhile, and a newer version of the document (or its close) cancels it at every step: before
   * the analysis starts and before its result is sent.
   */
  function scheduleValidation(document: TextDocument): void {
    if (canPullDiagnostics) return;
    cancelValidation(document.uri);
    const run: ValidationRun = { version: document.version, cancelled: false };
    run.timer = setTimeout(() => {
      run.timer = undefined;
      void validate(document, run);
    }, validationDelayMs);
    pendingValidation.set(document.uri, run);
  }

  function cancelValidation(uri: string): void {
    const run = pendingValidation.get(uri);
    if (!run) return;
    run.cancelled = true;
    clearTimeout(run.timer);
    pendingValidation.delete(uri);
  }

  async function validate(document: TextDocument, run: ValidationRun): Promise<void> {
    const superseded = () => run.cancelled || documents.get(document.uri)?.version !== run.version;
    try {
      const settings = await settingsFor(document);
      await yieldToPendingMessages();
      if (superseded()) return;
      const diagnostics = settings ? service.doValidation(document, settings) : [];
      // A newer version has its own validation scheduled; drop stale results.
      if (superseded()) return;
      await connection.sendDiagnostics({ uri: document.uri, version: run.version, diagnostics });
    } catch (e) {
      connection.console.error(`Error while validating ${document.uri}: ${e instanceof Error ? e.stack : String(e)}`);
    } finally {
      if (pendingValidation.get(document.uri) === run) pendingValidation.delete(document.uri);
    }
  }

  documents.onDidOpen((e) => scheduleValidation(e.document));
  documents.onDidChangeContent((e) => scheduleValidation(e.document));
  documents.onDidClose((e) => {
    cancelValidation(e.document.uri);
    settingsCache.delete(e.document.uri);
    service.forget(e.document.uri);
    semanticTokenBuilders.delete(e.document.uri);
    if (!canPullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on((params, token) =>
    runSafe('computing diagnostics', token, { kind: DocumentDiagnosticReportKind.Full, items: [] }, async () => {
      const document = documents.get(params.textDocument.uri);
      // TextDocuments updates a document in place: its version now, not the object, tells a newer one.
      const version = document?.version;
      const settings = document && (await settingsFor(document));
      await yieldToPendingMessages();
      // A newer version arrived while the settings were read: the client asks again for that one
      // (LSP 3.17 ServerCancelled with retriggerRequest) instead of waiting for a stale analysis.
      if (document && document.version !== version) {
        throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed', { retriggerRequest: true });
      }
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
