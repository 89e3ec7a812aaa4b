/**
 * The VS Code client: starts the language server and registers the commands. Everything about
 * SMTP lives in the server; this file only wires VS Code to it.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

const ownLanguages = ['smtp', 'eml', 'mail-log', 'postfix-main', 'postfix-master', 'postfix-lookup'];
const previewScheme = 'smtp-codes';

let client: LanguageClient | undefined;

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

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const previews = new PreviewDocuments();
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(previewScheme, previews));
  await startClient(context);

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
    vscode.commands.registerCommand('smtpCodes.summarizeBounce', () => summarize(previews, 'smtpCodes.server.summarizeBounce', 'bounce-summary')),
    vscode.commands.registerCommand('smtpCodes.summarizeLog', () => summarize(previews, 'smtpCodes.server.summarizeLog', 'log-summary')),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('smtpCodes.additionalLanguages')) {
        await client?.stop();
        await startClient(context);
      }
    }),
  );
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const additional = vscode.workspace.getConfiguration('smtpCodes').get<string[]>('additionalLanguages', []);
  const languages = [...new Set([...ownLanguages, ...additional])];
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
      { scheme: 'vscode-remote', language },
    ]),
    synchronize: { configurationSection: 'smtpCodes' },
    initializationOptions: { settings: vscode.workspace.getConfiguration('smtpCodes') },
  };
  client = new LanguageClient('smtpCodes', 'SMTP Codes', serverOptions, clientOptions);
  await client.start();
}

async function pickCode(placeHolder: string, codesOnly = false): Promise<string | undefined> {
  const catalog = (await client?.sendRequest<CatalogItem[]>('workspace/executeCommand', { command: 'smtpCodes.server.catalog', arguments: [{}] })) ?? [];
  // Comparisons take reply and enhanced codes; explanations also take commands and keywords.
  const items = codesOnly ? catalog.filter((item) => /^\d/.test(item.key)) : catalog;
  const picked = await vscode.window.showQuickPick(
    items.map((item) => ({ label: item.label, description: item.description, key: item.key })),
    { placeHolder, matchOnDescription: true },
  );
  return picked?.key;
}

async function showServerMarkdown(previews: PreviewDocuments, command: string, args: object, name: string): Promise<void> {
  const result = await client?.sendRequest<{ markdown?: string; error?: string }>('workspace/executeCommand', { command, arguments: [args] });
  if (!result || result.error || !result.markdown) {
    void vscode.window.showErrorMessage(result?.error ?? vscode.l10n.t('SMTP Codes: no answer from the language server.'));
    return;
  }
  await openPreview(previews.set(name, result.markdown));
}

async function summarize(previews: PreviewDocuments, command: string, name: string): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a bounce message or mail log first.'));
    return;
  }
  await showServerMarkdown(previews, command, { uri: editor.document.uri.toString() }, name);
}

async function openPreview(uri: vscode.Uri): Promise<void> {
  try {
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    // Without the built-in markdown extension, the source is still readable.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
  }
}
