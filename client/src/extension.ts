/**
 * The VS Code client, shared by the desktop entry (node/extension.ts: the server in a Node process)
 * and the web entry (browser/extension.ts: the server in a web worker): starts the language server
 * through the entry's factory and registers the commands. Everything about SMTP lives in the server;
 * this file only wires VS Code to it, and imports nothing that needs Node.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { looksLikeTranscript } from '../../server/src/service/transcriptDetection';
import { registerOutcomeStatus } from './outcomeStatus';
import { registerLogDashboard } from './logDashboard';
import { registerSessionDiagram } from './sessionDiagram';

const ownLanguages = ['smtp', 'eml', 'mail-log', 'postfix-main', 'postfix-master', 'postfix-lookup'];
const previewScheme = 'smtp-codes';
/**
 * The documents of user-added languages (`log`, `plaintext`) the server is sent: files, also those of
 * github.dev and vscode.dev (`vscode-vfs:`), not output channels or diffs. Those of its own languages
 * go whatever their scheme, so that virtual workspaces work too.
 */
const syncedSchemes = ['file', 'untitled', 'vscode-remote', 'vscode-vfs'];
/** Languages a pasted or opened transcript usually lands in, where the extension offers `smtp`. */
const transcriptHostLanguages = new Set(['plaintext', 'log']);
/** The detector reads the first 200 lines; a little more text than that is all it needs. */
const detectionLines = 200;

/** How an entry starts the server and connects to it: a Node process over IPC, or a web worker. */
export type LanguageClientFactory = (context: vscode.ExtensionContext, id: string, name: string, clientOptions: LanguageClientOptions) => Promise<LanguageClient>;

let client: LanguageClient | undefined;
let starting: Promise<LanguageClient> | undefined;
let extensionContext: vscode.ExtensionContext;
let createLanguageClient: LanguageClientFactory;
let output: { channel: vscode.LogOutputChannel; trace: vscode.LogOutputChannel } | undefined;

interface CatalogItem {
  key: string;
  label: string;
  description: string;
}

class PreviewDocuments implements vscode.TextDocumentContentProvider {
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  set(name: string, markdown: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: previewScheme, path: `/${name}.md` });
    this.contents.set(uri.toString(), markdown);
    this.changed.fire(uri);
    return uri;
  }
}

export async function activate(context: vscode.ExtensionContext, createClient: LanguageClientFactory): Promise<void> {
  const previews = new PreviewDocuments();
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(previewScheme, previews));
  extensionContext = context;
  createLanguageClient = createClient;
  // Plain-text and log documents activate the extension only to look for transcripts: the server
  // starts when a document it serves is open (or a command needs it), not for every text file.
  const served = (document: vscode.TextDocument) => servedLanguages().includes(document.languageId);
  if (vscode.workspace.textDocuments.some(served)) await languageClient();
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (served(document)) void languageClient();
    }),
  );
  watchForTranscripts(context);
  registerOutcomeStatus(context, languageClient);
  registerLogDashboard(context, languageClient);
  registerSessionDiagram(context, languageClient);

  context.subscriptions.push(
    vscode.commands.registerCommand('smtpCodes.explainCode', async (query?: string) => {
      const key = typeof query === 'string' ? query : await pickCode(vscode.l10n.t('Code, command or keyword to explain'));
      if (!key) return;
      await showServerMarkdown(previews, 'smtpCodes.server.explain', { query: key }, key);
    }),
    vscode.commands.registerCommand('smtpCodes.compareCodes', async (a?: string, b?: string) => {
      const first = typeof a === 'string' ? a : await pickCode(vscode.l10n.t('First code to compare'), true);
      if (!first) return;
      const second = typeof b === 'string' ? b : await pickCode(vscode.l10n.t('Compare {0} with', first), true);
      if (!second) return;
      await showServerMarkdown(previews, 'smtpCodes.server.compare', { a: first, b: second }, `${first}-vs-${second}`);
    }),
    // The summaries as Markdown; "Summarize Log/Bounce" open the dashboard (logDashboard.ts), whose button runs these.
    vscode.commands.registerCommand('smtpCodes.summarizeBounceMarkdown', (uri?: vscode.Uri) => summarize(previews, 'smtpCodes.server.summarizeBounce', 'bounce-summary', uri)),
    vscode.commands.registerCommand('smtpCodes.summarizeLogMarkdown', (uri?: vscode.Uri) => summarize(previews, 'smtpCodes.server.summarizeLog', 'log-summary', uri)),
    vscode.commands.registerCommand('smtpCodes.redact', () => redact()),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      // The document selector is fixed at start: a new list of languages needs a new client. Whoever
      // asks meanwhile (the status bar item) waits for the new one, not the one stopping.
      if (e.affectsConfiguration('smtpCodes.additionalLanguages') && starting) {
        const previous = starting;
        starting = previous
          .then((old) => old.stop())
          .catch(() => undefined)
          .then(() => startClient(extensionContext));
        await starting;
      }
    }),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/** Whether the language server holds the document (see `documentSelector`). */
function isSynced(document: vscode.TextDocument): boolean {
  if (ownLanguages.includes(document.languageId)) return true;
  return servedLanguages().includes(document.languageId) && syncedSchemes.includes(document.uri.scheme);
}

function servedLanguages(): string[] {
  const additional = vscode.workspace.getConfiguration('smtpCodes').get<string[]>('additionalLanguages', []);
  return [...new Set([...ownLanguages, ...additional])];
}

/** The running language client, started on first use. */
function languageClient(): Promise<LanguageClient> {
  starting ??= startClient(extensionContext);
  return starting;
}

async function startClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const languages = servedLanguages();
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages.flatMap((language) => (ownLanguages.includes(language) ? [{ language }] : syncedSchemes.map((scheme) => ({ scheme, language })))),
    synchronize: { configurationSection: 'smtpCodes' },
    // Plain data: a worker's postMessage cannot clone the configuration object's methods (IPC dropped them).
    initializationOptions: { settings: JSON.parse(JSON.stringify(vscode.workspace.getConfiguration('smtpCodes'))) },
  };
  output ??= createOutputChannels(context);
  clientOptions.outputChannel = output.channel;
  clientOptions.traceOutputChannel = output.trace;
  client = await createLanguageClient(context, 'smtpCodes', 'SMTP Codes', clientOptions);
  await client.start();
  return client;
}

/**
 * The "SMTP Codes" output channel, kept across client restarts, and the view of it the client writes
 * its protocol trace to. vscode-languageclient traces only when the trace channel's log level is
 * Trace, so `smtpCodes.trace.server` alone would show nothing; the view reports Trace while the
 * setting is on, and tells the client when that changes, so the setting works on its own and live.
 */
function createOutputChannels(context: vscode.ExtensionContext): { channel: vscode.LogOutputChannel; trace: vscode.LogOutputChannel } {
  const channel = vscode.window.createOutputChannel('SMTP Codes', { log: true });
  const traceSetting = (): boolean => vscode.workspace.getConfiguration('smtpCodes').get<string>('trace.server', 'off') !== 'off';
  const levelChanged = new vscode.EventEmitter<vscode.LogLevel>();
  const level = (): vscode.LogLevel => (traceSetting() ? vscode.LogLevel.Trace : channel.logLevel);
  let last = level();
  const update = (): void => {
    if (level() !== last) levelChanged.fire((last = level()));
  };
  context.subscriptions.push(
    channel,
    levelChanged,
    channel.onDidChangeLogLevel(update),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('smtpCodes.trace.server')) update();
    }),
  );
  // Trace lines go to the channel at a level it shows: the setting asked for them.
  const write = (message: string): void => (channel.logLevel === vscode.LogLevel.Trace ? channel.trace(message) : channel.info(message));
  const trace: vscode.LogOutputChannel = {
    name: channel.name,
    get logLevel() {
      return level();
    },
    onDidChangeLogLevel: levelChanged.event,
    trace: write,
    debug: (message, ...args) => channel.debug(message, ...args),
    info: (message, ...args) => channel.info(message, ...args),
    warn: (message, ...args) => channel.warn(message, ...args),
    error: (error, ...args) => channel.error(error, ...args),
    append: (value) => channel.append(value),
    appendLine: (value) => channel.appendLine(value),
    replace: (value) => channel.replace(value),
    clear: () => channel.clear(),
    show: (preserveFocus?: boolean | vscode.ViewColumn, preserve?: boolean) =>
      typeof preserveFocus === 'boolean' || preserveFocus === undefined ? channel.show(preserveFocus) : channel.show(preserveFocus, preserve),
    hide: () => channel.hide(),
    // The channel is the extension's; the client must not dispose it when it stops.
    dispose: () => undefined,
  };
  return { channel, trace };
}

/**
 * Offers the `smtp` language for a plain-text or `log` document that holds a transcript (or
 * switches silently, per `smtpCodes.detectTranscripts`). Each document is offered once; a pasted
 * untitled document is looked at again after the edits settle, since it opens empty.
 */
function watchForTranscripts(context: vscode.ExtensionContext): void {
  const offered = new Set<string>();
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  const consider = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    if (!transcriptHostLanguages.has(document.languageId) || offered.has(key)) return;
    const mode = vscode.workspace.getConfiguration('smtpCodes', document).get<string>('detectTranscripts', 'ask');
    if (mode === 'never') return;
    const head = document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, detectionLines + 1), 0));
    if (!looksLikeTranscript(head)) return;
    offered.add(key);
    void offerSmtp(document, mode === 'always');
  };
  const considerLater = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    if (!transcriptHostLanguages.has(document.languageId) || offered.has(key)) return;
    clearTimeout(pending.get(key));
    pending.set(key, setTimeout(() => {
      pending.delete(key);
      consider(document);
    }, 300));
  };
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (vscode.window.visibleTextEditors.some((e) => e.document === document)) consider(document);
    }),
    vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => consider(e.document))),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length && vscode.window.visibleTextEditors.some((v) => v.document === e.document)) considerLater(e.document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => {
      clearTimeout(pending.get(document.uri.toString()));
      pending.delete(document.uri.toString());
      offered.delete(document.uri.toString());
    }),
    { dispose: () => pending.forEach((timer) => clearTimeout(timer)) },
  );
  vscode.window.visibleTextEditors.forEach((e) => consider(e.document));
}

async function offerSmtp(document: vscode.TextDocument, silently: boolean): Promise<void> {
  if (!silently) {
    const switchNow = vscode.l10n.t('Switch');
    const always = vscode.l10n.t('Always');
    const never = vscode.l10n.t('Never');
    const choice = await vscode.window.showInformationMessage(vscode.l10n.t('This looks like an SMTP transcript. Open it as SMTP?'), switchNow, always, never);
    const settings = vscode.workspace.getConfiguration('smtpCodes');
    if (choice === never) await settings.update('detectTranscripts', 'never', vscode.ConfigurationTarget.Global);
    if (choice === always) await settings.update('detectTranscripts', 'always', vscode.ConfigurationTarget.Global);
    if (choice !== switchNow && choice !== always) return;
  }
  // The user may have picked a language meanwhile, or closed the document.
  if (document.isClosed || !transcriptHostLanguages.has(document.languageId)) return;
  await vscode.languages.setTextDocumentLanguage(document, 'smtp');
}

async function pickCode(placeHolder: string, codesOnly = false): Promise<string | undefined> {
  const catalog = (await (await languageClient()).sendRequest<CatalogItem[]>('workspace/executeCommand', { command: 'smtpCodes.server.catalog', arguments: [{}] })) ?? [];
  // Comparisons take reply and enhanced codes; explanations also take commands and keywords.
  const items = codesOnly ? catalog.filter((item) => /^\d/.test(item.key)) : catalog;
  const picked = await vscode.window.showQuickPick(
    items.map((item) => ({ label: item.label, description: item.description, key: item.key })),
    { placeHolder, matchOnDescription: true },
  );
  return picked?.key;
}

async function showServerMarkdown(previews: PreviewDocuments, command: string, args: object, name: string): Promise<void> {
  const result = await (await languageClient()).sendRequest<{ markdown?: string; error?: string }>('workspace/executeCommand', { command, arguments: [args] });
  if (!result || result.error || !result.markdown) {
    void vscode.window.showErrorMessage(result?.error ?? vscode.l10n.t('SMTP Codes: no answer from the language server.'));
    return;
  }
  await openPreview(previews.set(name, result.markdown));
}

async function summarize(previews: PreviewDocuments, command: string, name: string, uri?: vscode.Uri): Promise<void> {
  const documentUri = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
  if (!documentUri) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a bounce message or mail log first.'));
    return;
  }
  await showServerMarkdown(previews, command, { uri: documentUri.toString() }, name);
}

/**
 * "SMTP: Redact…": credentials always, and the pseudonyms picked; the redacted copy of the document
 * (or of the selection) opens in a new untitled editor, the original stays as it is.
 */
async function redact(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a transcript, bounce message or mail log first.'));
    return;
  }
  const choices = [
    { label: vscode.l10n.t('Addresses'), description: 'user1@example.com', option: 'addresses' },
    { label: vscode.l10n.t('Host names'), description: 'host1.example.net', option: 'hosts' },
    { label: vscode.l10n.t('IP addresses'), description: '192.0.2.1, 2001:db8::1', option: 'ips' },
  ];
  const picked = await vscode.window.showQuickPick(choices, {
    canPickMany: true,
    title: vscode.l10n.t('Redact'),
    placeHolder: vscode.l10n.t('Credentials are always redacted. Also replace with pseudonyms:'),
  });
  if (!picked) return;
  const { document, selection } = editor;
  const args: Record<string, unknown> = Object.fromEntries(picked.map((choice) => [choice.option, true]));
  args.uri = document.uri.toString();
  if (!selection.isEmpty) args.range = (await languageClient()).code2ProtocolConverter.asRange(selection);
  // The server holds only the documents it is sent; the text of any other travels along.
  if (!isSynced(document)) args.text = document.getText();
  const result = await (await languageClient()).sendRequest<{ text?: string; error?: string }>('workspace/executeCommand', { command: 'smtpCodes.server.redact', arguments: [args] });
  if (!result || result.error || typeof result.text !== 'string') {
    void vscode.window.showErrorMessage(result?.error ?? vscode.l10n.t('SMTP Codes: no answer from the language server.'));
    return;
  }
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ content: result.text, language: document.languageId }));
}

async function openPreview(uri: vscode.Uri): Promise<void> {
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    // Without the built-in markdown extension, the source is still readable.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
  }
}
