/**
 * Web entry (`browser`: vscode.dev, github.dev, code-server's web worker extension host): the same
 * client as the desktop, with the language server bundled for a web worker (dist/browser/server.js).
 */
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/browser';
import { activate as activateClient, deactivate } from '../extension';

/** The parts of the DOM's `Worker` used here (the project is type-checked without the DOM library). */
interface WebWorker {
  terminate(): void;
}
declare const Worker: new (scriptUrl: string, options?: { name?: string }) => WebWorker;

export function activate(context: vscode.ExtensionContext): Promise<void> {
  return activateClient(context, startWorkerServer);
}

export { deactivate };

/** Ends the worker with the client: a restart (after a settings change) starts a fresh one. */
class WorkerLanguageClient extends LanguageClient {
  constructor(id: string, name: string, private readonly worker: WebWorker, clientOptions: LanguageClientOptions) {
    super(id, name, worker as ConstructorParameters<typeof LanguageClient>[2], clientOptions);
  }

  override async stop(timeout?: number): Promise<void> {
    try {
      await super.stop(timeout);
    } finally {
      this.worker.terminate();
    }
  }
}

async function startWorkerServer(context: vscode.ExtensionContext, id: string, name: string, clientOptions: LanguageClientOptions): Promise<LanguageClient> {
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser', 'server.js');
  const { worker, startedFrom } = await startWorker(script);
  const client = new WorkerLanguageClient(id, name, worker, clientOptions);
  // Says where it runs, so that a person (and the end-to-end test) can tell the web build from the desktop one.
  const inWorker = typeof WorkerGlobalScopeOf() === 'function' && globalThis instanceof (WorkerGlobalScopeOf() as new () => object);
  const uiKind = vscode.env.uiKind === vscode.UIKind.Web ? 'Web' : 'Desktop';
  client.outputChannel.appendLine(`Extension host: ${inWorker ? 'web worker' : 'not a web worker'}, uiKind: ${uiKind}; language server: web worker from ${startedFrom}`);
  return client;
}

function WorkerGlobalScopeOf(): unknown {
  return (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope;
}

/**
 * Starts the server bundle in a worker. VS Code's web worker host starts workers from http(s) URLs
 * (vscode.dev, @vscode/test-web), but refuses the `vscode-remote:` URLs code-server serves extensions
 * from ("Creating workers from remote extensions is currently not supported"): there the bundle's
 * text is fetched and started from a Blob URL.
 */
async function startWorker(script: vscode.Uri): Promise<{ worker: WebWorker; startedFrom: string }> {
  const options = { name: 'SMTP Codes language server' };
  if (script.scheme === 'http' || script.scheme === 'https') return { worker: new Worker(script.toString(true), options), startedFrom: 'its URL' };
  const response = await fetch(script.toString(true));
  if (!response.ok) throw new Error(`SMTP Codes: cannot load the language server (${script.toString(true)}: HTTP ${response.status})`);
  const blobUrl = URL.createObjectURL(new Blob([await response.text()], { type: 'text/javascript' }));
  return { worker: new Worker(blobUrl, options), startedFrom: 'a Blob URL' };
}
