/**
 * "SMTP: Summarize Log" and "SMTP: Summarize Bounce" as webviews: the server renders the page
 * (server/src/service/reportHtml.ts, in the display language, with the nonce this file chooses);
 * the page asks to reveal a line (the editor moves there) or to show the Markdown summary, which the
 * "… as Markdown" commands of extension.ts open.
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
type PageMessage = { type: 'reveal'; line: number } | { type: 'markdown' };

export function registerLogDashboard(context: vscode.ExtensionContext, languageClient: () => Promise<LanguageClient>): void {
  for (const kind of kinds) {
    const view = new ReportView(kind, languageClient);
    context.subscriptions.push(view, vscode.commands.registerCommand(kind.command, (uri?: vscode.Uri) => view.show(uri)));
  }
}

class ReportView implements vscode.Disposable {
  private panel?: vscode.WebviewPanel;
  private document?: vscode.TextDocument;
  private request = 0;

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
    const name = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1);
    const panel = this.ensurePanel();
    panel.title = this.kind.title(name);
    panel.webview.html = loadingPage(vscode.l10n.t('Reading {0}…', name));
    panel.reveal(panel.viewColumn ?? vscode.ViewColumn.Beside, true);
    const request = ++this.request;
    const nonce = randomNonce();
    const result = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Summarizing {0}', name) }, async () => {
      const client = await this.languageClient();
      return client.sendRequest<{ html?: string; error?: string } | null>('workspace/executeCommand', {
        command: this.kind.serverCommand,
        arguments: [{ uri: client.code2ProtocolConverter.asUri(document.uri), nonce }],
      });
    });
    // A newer request (or a closed view) wins.
    if (request !== this.request || this.panel !== panel) return;
    if (!result?.html) {
      panel.webview.html = loadingPage(result?.error ?? vscode.l10n.t('SMTP Codes: no answer from the language server.'));
      return;
    }
    panel.webview.html = result.html;
  }

  private ensurePanel(): vscode.WebviewPanel {
    if (this.panel) return this.panel;
    const panel = vscode.window.createWebviewPanel(this.kind.viewType, '', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [],
    });
    panel.webview.onDidReceiveMessage((message: PageMessage) => this.onMessage(message));
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
    });
    this.panel = panel;
    return panel;
  }

  private async onMessage(message: PageMessage): Promise<void> {
    const document = this.document;
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

function randomNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A page without script while the server reads the document (or with its error). */
function loadingPage(text: string): string {
  const escaped = text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head><body><p role="status">${escaped}</p></body></html>`;
}
