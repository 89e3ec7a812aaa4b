/**
 * A status bar item in transcript, bounce and mail-log editors: the outcome at a glance (delivered,
 * rejected at RCPT, the failed recipients, the failure count), as the server computes it. Clicking
 * it opens the summary: the bounce summary, the log dashboard, or a transcript's session diagram.
 */
import * as vscode from 'vscode';
// The common client type: the desktop (Node) and the web (worker) clients both are one.
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';

/** What `smtpCodes.server.outcome` answers (server/src/service/outcome.ts). */
interface DocumentOutcome {
  source: 'transcript' | 'bounce' | 'log';
  severity: 'success' | 'warning' | 'error' | 'info';
  text: string;
  tooltip: string;
}

const outcomeLanguages = new Set(['smtp', 'eml', 'mail-log']);
const icons: Record<DocumentOutcome['severity'], string> = { success: '$(pass)', warning: '$(warning)', error: '$(error)', info: '$(info)' };
/** The summary each kind opens: the session diagram is a transcript's summary picture. */
const summaryCommands: Record<DocumentOutcome['source'], string> = {
  transcript: 'smtpCodes.showSessionDiagram',
  bounce: 'smtpCodes.summarizeBounce',
  log: 'smtpCodes.summarizeLog',
};
/** Typing in a long transcript should not ask the server on every keystroke. */
const refreshDelayMs = 300;

export function registerOutcomeStatus(context: vscode.ExtensionContext, languageClient: () => Promise<LanguageClient>): void {
  const item = vscode.window.createStatusBarItem('smtpCodes.outcome', vscode.StatusBarAlignment.Right, 100);
  item.name = vscode.l10n.t('SMTP outcome');
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Answers may arrive out of order: only the latest request may update the item.
  let latest = 0;

  const refresh = async (): Promise<void> => {
    const request = ++latest;
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !outcomeLanguages.has(document.languageId)) {
      item.hide();
      return;
    }
    let outcome: DocumentOutcome | null = null;
    try {
      const client = await languageClient();
      outcome = await client.sendRequest<DocumentOutcome | null>('workspace/executeCommand', {
        command: 'smtpCodes.server.outcome',
        arguments: [{ uri: client.code2ProtocolConverter.asUri(document.uri) }],
      });
    } catch {
      // A server that is restarting answers nothing: the next change asks again.
    }
    if (request !== latest) return;
    if (!outcome) {
      item.hide();
      return;
    }
    item.text = `${icons[outcome.severity]} ${outcome.text}`;
    item.tooltip = `${outcome.tooltip}\n${outcome.source === 'transcript' ? vscode.l10n.t('Click to open the session diagram') : vscode.l10n.t('Click to open the summary')}`;
    item.command = summaryCommands[outcome.source];
    item.show();
  };
  const refreshSoon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), refreshDelayMs);
  };

  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(() => void refresh()),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document && e.contentChanges.length) refreshSoon();
    }),
    // A language switch (a pasted transcript becoming `smtp`) closes and reopens the document.
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (document === vscode.window.activeTextEditor?.document) refreshSoon();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('smtpCodes')) refreshSoon();
    }),
    { dispose: () => clearTimeout(timer) },
  );
  void refresh();
}
