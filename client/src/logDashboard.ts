/**
 * "SMTP: Summarize Log" and "SMTP: Summarize Bounce" as webviews: the server renders the page
 * (server/src/service/reportHtml.ts, in the display language, with the nonce this file chooses);
 * the page asks to reveal a line (the editor moves there) or to show the Markdown summary, which the
 * "… as Markdown" commands of extension.ts open. Edits to the document refresh the view (debounced):
 * a visible page takes the new report in place, keeping its scroll and open list; a hidden one gets
 * the new page. When the document closes the view says it is stale, until it is opened again.
 * "Show more" under a list asks the server for the next lines of that list in the version the page
 * shows, and hands them to the page to append.
 */
import * as vscode from 'vscode';
// The common client type: the desktop (Node) and the web (worker) clients both are one.
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';

interface ReportKind {
  /** The VS Code command that opens the view. */
  command: string;
  serverCommand: string;
  markdownCommand: string;
  viewType: string;
  title(name: string): string;
}

const kinds: ReportKind[] = [
  {
    command: 'smtpCodes.summarizeLog',
    serverCommand: 'smtpCodes.server.logDashboard',
    markdownCommand: 'smtpCodes.summarizeLogMarkdown',
    viewType: 'smtpCodes.logDashboard',
    title: (name) => vscode.l10n.t('Log summary: {0}', name),
  },
  {
    command: 'smtpCodes.summarizeBounce',
    serverCommand: 'smtpCodes.server.bounceOverview',
    markdownCommand: 'smtpCodes.summarizeBounceMarkdown',
    viewType: 'smtpCodes.bounceOverview',
    title: (name) => vscode.l10n.t('Bounce summary: {0}', name),
  },
];

/** What the page posts (see the script in reportHtml.ts). */
type PageMessage = { type: 'reveal'; line: number } | { type: 'markdown' } | { type: 'ready' } | { type: 'more'; key: string; offset: number };

/** The server's answer to a list's "Show more" (smtpCodes.server.logDashboard with `list`). */
interface LinePage {
  key: string;
  offset: number;
  total: number;
  html: string;
  note: string;
}

/** Typing in a 40 MB log should not summarize it again on every keystroke. */
const refreshDelayMs = 400;

export function registerLogDashboard(context: vscode.ExtensionContext, languageClient: () => Promise<LanguageClient>): void {
  for (const kind of kinds) {
    const view = new ReportView(kind, languageClient);
    context.subscriptions.push(
      view,
      vscode.commands.registerCommand(kind.command, (uri?: vscode.Uri) => view.show(uri)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length) view.changed(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => view.closed(document)),
      vscode.workspace.onDidOpenTextDocument((document) => view.opened(document)),
    );
  }
}

class ReportView implements vscode.Disposable {
  private panel?: vscode.WebviewPanel;
  private document?: vscode.TextDocument;
  private request = 0;
  private nonce = '';
  /** The latest page; `webview.html` lags behind it while updates go to the live page. */
  private html = '';
  private htmlBehind = false;
  /** The document version of the latest page (the one the view shows once updates arrive). */
  private pageVersion?: number;
  private refreshTimer?: ReturnType<typeof setTimeout>;
  /** One refresh at a time: a change during one asks for another when it ends. */
  private refreshing = false;
  private refreshAgain = false;
  private stale = false;

  constructor(
    private readonly kind: ReportKind,
    private readonly languageClient: () => Promise<LanguageClient>,
  ) {}

  async show(uri?: vscode.Uri): Promise<void> {
    // From the palette while the view itself is focused, the document it shows is meant.
    const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document ?? (this.panel ? this.document : undefined);
    if (!document) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a bounce message or mail log first.'));
      return;
    }
    this.document = document;
    this.stale = false;
    clearTimeout(this.refreshTimer);
    const name = documentName(document);
    const panel = this.ensurePanel();
    panel.title = this.kind.title(name);
    panel.webview.html = loadingPage(vscode.l10n.t('Reading {0}…', name));
    this.html = '';
    this.htmlBehind = false;
    panel.reveal(panel.viewColumn ?? vscode.ViewColumn.Beside, true);
    const request = ++this.request;
    this.nonce = randomNonce();
    const version = document.version;
    const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Summarizing {0}', name) }, () => this.page(document));
    // A newer request (or a closed view) wins.
    if (request !== this.request || this.panel !== panel) return;
    if (!result?.html) {
      panel.webview.html = loadingPage(result?.error ?? vscode.l10n.t('SMTP Codes: no answer from the language server.'));
      return;
    }
    this.html = result.html;
    this.pageVersion = version;
    panel.webview.html = result.html;
  }

  /** An edit of the shown document: a refresh once typing pauses. */
  changed(document: vscode.TextDocument): void {
    if (!this.panel || document !== this.document) return;
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), refreshDelayMs);
  }

  /** The shown document closed: the page stays readable but says it no longer follows the document. */
  closed(document: vscode.TextDocument): void {
    if (!this.panel || document !== this.document || this.stale) return;
    this.stale = true;
    clearTimeout(this.refreshTimer);
    const name = documentName(document);
    this.panel.title = vscode.l10n.t('{0} (closed)', this.kind.title(name));
    void this.panel.webview.postMessage({ type: 'stale', text: vscode.l10n.t('{0} was closed: this summary no longer follows it.', name) });
  }

  /** The shown document opened again (or its language changed): follow it again. */
  opened(document: vscode.TextDocument): void {
    if (!this.panel || !this.stale || document.uri.toString() !== this.document?.uri.toString()) return;
    this.document = document;
    this.stale = false;
    this.panel.title = this.kind.title(documentName(document));
    void this.panel.webview.postMessage({ type: 'stale', text: '' });
    void this.refresh();
  }

  /**
   * The page of the document's current version. A visible page takes its report in place (no
   * reload, no flicker); a hidden one, whose page VS Code reloads when shown, gets it as its HTML.
   */
  private async refresh(): Promise<void> {
    const panel = this.panel;
    const document = this.document;
    if (!panel || !document || this.stale || !this.html) return;
    if (this.refreshing) {
      this.refreshAgain = true;
      return;
    }
    this.refreshing = true;
    const request = this.request;
    try {
      const version = document.version;
      const result = await this.page(document);
      if (request !== this.request || this.panel !== panel || this.document !== document || this.stale || !result?.html) return;
      this.html = result.html;
      this.pageVersion = version;
      if (panel.visible) {
        this.htmlBehind = true;
        void panel.webview.postMessage({ type: 'update', html: result.html, version });
      } else {
        this.htmlBehind = false;
        panel.webview.html = result.html;
      }
    } catch {
      // A server that is restarting answers nothing: the next edit asks again.
    } finally {
      this.refreshing = false;
      if (this.refreshAgain) {
        this.refreshAgain = false;
        void this.refresh();
      }
    }
  }

  /** The next lines of a list of the shown page, appended by the page; nothing once a newer page is on its way. */
  private async more(key: string, offset: number): Promise<void> {
    const panel = this.panel;
    const document = this.document;
    const version = this.pageVersion;
    if (!panel || !document || this.stale || version === undefined) return;
    let page: LinePage | null = null;
    try {
      const client = await this.languageClient();
      page = await client.sendRequest<LinePage | null>('workspace/executeCommand', {
        command: this.kind.serverCommand,
        arguments: [{ uri: client.code2ProtocolConverter.asUri(document.uri), list: { key, offset }, version }],
      });
    } catch {
      // No answer (a restarting server): the page's button becomes usable again below.
    }
    if (this.panel !== panel || this.pageVersion !== version) return;
    // Without lines the page only re-enables its button.
    void panel.webview.postMessage(page?.html !== undefined ? { type: 'lines', ...page } : { type: 'lines', key, offset });
  }

  private async page(document: vscode.TextDocument): Promise<{ html?: string; error?: string } | null> {
    const client = await this.languageClient();
    return client.sendRequest<{ html?: string; error?: string } | null>('workspace/executeCommand', {
      command: this.kind.serverCommand,
      arguments: [{ uri: client.code2ProtocolConverter.asUri(document.uri), nonce: this.nonce }],
    });
  }

  private ensurePanel(): vscode.WebviewPanel {
    if (this.panel) return this.panel;
    const panel = vscode.window.createWebviewPanel(this.kind.viewType, '', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [],
    });
    panel.webview.onDidReceiveMessage((message: PageMessage) => this.onMessage(message));
    panel.onDidChangeViewState(() => {
      // Hidden, the page is gone; VS Code loads webview.html when it shows again: make that the latest.
      if (!panel.visible && this.htmlBehind && this.panel === panel) {
        this.htmlBehind = false;
        panel.webview.html = this.html;
      }
    });
    panel.onDidDispose(() => {
      if (this.panel !== panel) return;
      this.panel = undefined;
      clearTimeout(this.refreshTimer);
    });
    this.panel = panel;
    return panel;
  }

  private async onMessage(message: PageMessage): Promise<void> {
    if (message.type === 'more') {
      if (typeof message.key === 'string' && Number.isInteger(message.offset)) await this.more(message.key, message.offset);
      return;
    }
    if (message.type === 'ready') {
      // A page loaded from an older webview.html (the first one, while an update was on its way).
      if (this.htmlBehind && this.html) void this.panel?.webview.postMessage({ type: 'update', html: this.html, version: this.document?.version });
      if (this.stale && this.document) void this.panel?.webview.postMessage({ type: 'stale', text: vscode.l10n.t('{0} was closed: this summary no longer follows it.', documentName(this.document)) });
      return;
    }
    // A stale view's lines open the document again (and the view follows it again).
    const document = this.stale && this.document ? await vscode.workspace.openTextDocument(this.document.uri) : this.document;
    if (!document) return;
    if (message.type === 'markdown') {
      await vscode.commands.executeCommand(this.kind.markdownCommand, document.uri);
      return;
    }
    if (message.type !== 'reveal' || !Number.isInteger(message.line)) return;
    const line = Math.min(Math.max(message.line, 0), document.lineCount - 1);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
    const range = document.lineAt(line).range;
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenter);
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

function documentName(document: vscode.TextDocument): string {
  return document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1);
}

function randomNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A page without script while the server reads the document (or with its error). */
function loadingPage(text: string): string {
  const escaped = text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head><body><p role="status">${escaped}</p></body></html>`;
}
