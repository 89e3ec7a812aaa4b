/** Desktop entry (`main`): the language server runs in a Node process, connected over IPC. */
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { activate as activateClient, deactivate } from '../extension';

export function activate(context: vscode.ExtensionContext): Promise<void> {
  return activateClient(context, startNodeServer);
}

export { deactivate };

async function startNodeServer(context: vscode.ExtensionContext, id: string, name: string, clientOptions: LanguageClientOptions): Promise<LanguageClient> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  return new LanguageClient(id, name, serverOptions, clientOptions);
}
