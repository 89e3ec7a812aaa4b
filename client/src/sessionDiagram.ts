/**
 * "SMTP: Show Session Diagram": a webview beside a transcript (or a bounce that quotes one) with
 * the session as a ladder of arrows. The server builds the diagram (`smtpCodes.server.sessionDiagram`)
 * and sends the rows the page shows; the page and the editor follow each other: clicking an arrow
 * selects its lines, moving the cursor highlights the arrow. Edits refresh it in place.
 */
import * as vscode from 'vscode';
// The common client type: the desktop (Node) and the web (worker) clients both are one.
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { diagramHtml, type DiagramStrings } from './sessionDiagramWebview';

const diagramLanguages = new Set(['smtp', 'eml']);
/** Typing in a long transcript should not rebuild the diagram on every keystroke. */
const refreshDelayMs = 300;
const cursorDelayMs = 100;

/** The part of the server's answer the host reads (server/src/service/sessionDiagram.ts has the rest). */
interface DiagramAnswer {
  version: number;
  total: number;
  rowAtLine?: number;
  error?: string;
}

type PageMessage =
  | { type: 'ready'; window: { from: number; to: number } }
  | { type: 'window' | 'viewport'; from: number; to: number }
  | { type: 'reveal'; startLine: number; endLine: number };

export function registerSessionDiagram(context: vscode.ExtensionContext, languageClient: () => Promise<LanguageClient>): void {
  const panels = new Map<string, DiagramPanel>();
  context.subscriptions.push(
    vscode.commands.registerCommand('smtpCodes.showSessionDiagram', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || !diagramLanguages.has(editor.document.languageId)) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open an SMTP transcript or a bounce first.'));
        return;
      }
      const key = editor.document.uri.toString();
      const open = panels.get(key);
      if (open) {
        open.panel.reveal(vscode.ViewColumn.Beside, true);
        return;
      }
      const panel = new DiagramPanel(editor.document, await languageClient(), () => panels.delete(key));
      panels.set(key, panel);
    }),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length) panels.get(e.document.uri.toString())?.refreshSoon();
    }),
    vscode.window.onDidChangeTextEditorSelection((e) => panels.get(e.textEditor.document.uri.toString())?.followCursor(e.selections[0].active.line)),
    vscode.workspace.onDidCloseTextDocument((document) => panels.get(document.uri.toString())?.panel.dispose()),
    { dispose: () => [...panels.values()].forEach((p) => p.panel.dispose()) },
  );
}

class DiagramPanel {
  readonly panel: vscode.WebviewPanel;
  private viewport = { from: 0, to: 120 };
  private refreshTimer?: ReturnType<typeof setTimeout>;
  private cursorTimer?: ReturnType<typeof setTimeout>;
  /** Answers may arrive out of order: only the latest model request may replace the model. */
  private latest = 0;
  private version = -1;
  private ready = false;

  constructor(
    private readonly document: vscode.TextDocument,
    private readonly client: LanguageClient,
    onDispose: () => void,
  ) {
    const name = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1);
    this.panel = vscode.window.createWebviewPanel('smtpCodes.sessionDiagram', vscode.l10n.t('Session Diagram: {0}', name), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      localResourceRoots: [],
      retainContextWhenHidden: false,
    });
    const nonce = randomNonce();
    this.panel.webview.html = diagramHtml(nonce, this.panel.webview.cspSource, pageStrings(), vscode.env.language);
    this.panel.webview.onDidReceiveMessage((message: PageMessage) => void this.onMessage(message));
    this.panel.onDidDispose(() => {
      clearTimeout(this.refreshTimer);
      clearTimeout(this.cursorTimer);
      onDispose();
    });
  }

  refreshSoon(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), refreshDelayMs);
  }

  followCursor(line: number): void {
    if (!this.ready) return;
    clearTimeout(this.cursorTimer);
    this.cursorTimer = setTimeout(async () => {
      const answer = await this.request({ line });
      if (answer && typeof answer.rowAtLine === 'number') void this.panel.webview.postMessage({ type: 'highlight', version: answer.version, row: answer.rowAtLine });
    }, cursorDelayMs);
  }

  private async onMessage(message: PageMessage): Promise<void> {
    switch (message.type) {
      case 'ready': {
        this.viewport = message.window;
        await this.refresh();
        this.ready = true;
        // The editor's cursor is where the user is reading: show that arrow from the start.
        const editor = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
        if (editor) this.followCursor(editor.selection.active.line);
        break;
      }
      case 'viewport':
        this.viewport = { from: message.from, to: message.to };
        break;
      case 'window': {
        this.viewport = { from: message.from, to: message.to };
        const answer = await this.request({ from: message.from, to: message.to });
        if (!answer) return;
        if (answer.version !== this.version) await this.refresh();
        else void this.panel.webview.postMessage({ type: 'rows', view: answer });
        break;
      }
      case 'reveal':
        await this.reveal(message.startLine, message.endLine);
        break;
    }
  }

  private async refresh(): Promise<void> {
    const request = ++this.latest;
    const answer = await this.request({ sessions: true, ...this.viewport });
    if (!answer || request !== this.latest) return;
    this.version = answer.version;
    void this.panel.webview.postMessage({ type: 'model', view: answer });
  }

  private async request(args: object): Promise<DiagramAnswer | undefined> {
    try {
      const answer = await this.client.sendRequest<DiagramAnswer>('workspace/executeCommand', {
        command: 'smtpCodes.server.sessionDiagram',
        arguments: [{ uri: this.client.code2ProtocolConverter.asUri(this.document.uri), ...args }],
      });
      if (answer?.error) {
        void this.panel.webview.postMessage({ type: 'error', message: answer.error });
        return undefined;
      }
      return answer ?? undefined;
    } catch {
      // A server that is restarting answers nothing: the next change asks again.
      return undefined;
    }
  }

  /** Selects the arrow's lines in the editor that shows the document (opening it beside if none does). */
  private async reveal(startLine: number, endLine: number): Promise<void> {
    if (this.document.isClosed) return;
    const last = Math.min(endLine, this.document.lineCount - 1);
    const selection = new vscode.Selection(startLine, 0, last, this.document.lineAt(last).text.length);
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
    if (editor) {
      editor.selection = selection;
      editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    } else {
      await vscode.window.showTextDocument(this.document, { viewColumn: vscode.ViewColumn.One, selection, preserveFocus: true });
    }
  }
}

function randomNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The page's strings in the window's language; `{0}` stays for the page to fill in. */
function pageStrings(): DiagramStrings {
  const t = vscode.l10n.t;
  return {
    title: t('SMTP session diagram'),
    client: t('Client (sender)'),
    server: t('Server (receiver)'),
    sessions: t('Session:'),
    session: t('Session {0}', '{0}'),
    line: t('line {0}', '{0}'),
    arrows: t('{0} arrows', '{0}'),
    diagnostics: t('{0} problems', '{0}'),
    loading: t('Loading…'),
    empty: t('No SMTP commands or replies found.'),
    message: t('Message ({0} lines)', '{0}'),
    messageHidden: t('Message (not shown)'),
    authData: t('{0} data (hidden)', '{0}'),
    hiddenCredential: t('(credentials hidden)'),
    clientToServer: t('Client to server'),
    serverToClient: t('Server to client'),
    tls: t('TLS on'),
    auth: t('AUTH {0} exchange', '{0}'),
    transaction: t('Transaction {0}', '{0}'),
    pipelined: t('pipelined'),
    unfinished: t('unfinished'),
    expand: t('Show all lines and problems'),
    collapse: t('Hide the lines'),
    severity: { error: t('Error'), warning: t('Warning'), information: t('Note'), hint: t('Hint') },
    classes: { '2': t('success (2xx)'), '3': t('intermediate (3xx)'), '4': t('temporary failure (4xx)'), '5': t('permanent failure (5xx)') },
  };
}
