/**
 * A minimal LSP client for protocol tests: starts the bundled server (dist/server.js) over stdio
 * or node IPC (as the VS Code client does), answers `workspace/configuration` per scope URI,
 * collects published diagnostics, and bounds every wait with a timeout that names what it waited for.
 */
import { spawn, fork, type ChildProcess } from 'node:child_process';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  IPCMessageReader,
  IPCMessageWriter,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  ConfigurationRequest,
  RegistrationRequest,
  InlayHintRefreshRequest,
  DiagnosticRefreshRequest,
  ShutdownRequest,
  ExitNotification,
  type ClientCapabilities,
  type ConfigurationItem,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
} from 'vscode-languageserver-protocol/node';

/** Generous for a busy two-core machine, yet a hung server fails the test instead of CI. */
export const waitTimeoutMs = 15_000;
/** For node:test's `{ timeout }`: above every single wait, so the clearer wait error wins. */
export const testTimeoutMs = 60_000;

/** Rejects with a message naming `what` if `promise` does not settle within `ms`. */
export function withTimeout<T>(promise: Promise<T>, what: string, ms = waitTimeoutMs): Promise<T> {
  let timer: ReturnType<typeof setTimeout>;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A diagnostic's message as text (LSP 3.18 also allows markup, which this server never sends). */
export function messageOf(diagnostic: Diagnostic): string {
  if (typeof diagnostic.message !== 'string') throw new Error(`markup message on ${diagnostic.code}`);
  return diagnostic.message;
}

export interface LspClientOptions {
  transport?: 'stdio' | 'ipc';
  capabilities?: ClientCapabilities;
  locale?: string;
  initializationOptions?: unknown;
  /** Answers one `workspace/configuration` item; may return a promise to hold the answer back. */
  configuration?: (item: ConfigurationItem) => unknown;
}

export interface LspClient {
  readonly connection: ProtocolConnection;
  readonly child: ChildProcess;
  readonly initializeResult: InitializeResult;
  /** Every publishDiagnostics notification, in arrival order. */
  readonly published: PublishDiagnosticsParams[];
  /** Every `workspace/configuration` item the server asked for, in order. */
  readonly configurationRequests: ConfigurationItem[];
  readonly registrations: Registration[];
  /** The first publish at index `from` or later that satisfies `predicate`. */
  nextDiagnostics(what: string, predicate: (p: PublishDiagnosticsParams) => boolean, from?: number): Promise<PublishDiagnosticsParams>;
  /** The first configuration request at index `from` or later that satisfies `predicate`. */
  nextConfigurationRequest(what: string, predicate: (item: ConfigurationItem) => boolean, from?: number): Promise<ConfigurationItem>;
  /** shutdown + exit, and waits for the process to end. */
  stop(): Promise<void>;
}

/** Resolves with the first element at `from` or later of a growing list that matches, within the wait timeout. */
function waitInList<T>(list: T[], listeners: Set<() => void>, what: string, predicate: (value: T) => boolean, from: number): Promise<T> {
  return withTimeout(
    new Promise<T>((resolve) => {
      const check = (): boolean => {
        const found = list.slice(from).find(predicate);
        if (found === undefined) return false;
        listeners.delete(listener);
        resolve(found);
        return true;
      };
      const listener = () => void check();
      if (!check()) listeners.add(listener);
    }),
    what,
  );
}

export async function startLspClient(options: LspClientOptions = {}): Promise<LspClient> {
  const transport = options.transport ?? 'stdio';
  const child =
    transport === 'ipc'
      ? fork('dist/server.js', ['--node-ipc'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] })
      : spawn(process.execPath, ['dist/server.js', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection =
    transport === 'ipc'
      ? createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child))
      : createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const published: PublishDiagnosticsParams[] = [];
  const configurationRequests: ConfigurationItem[] = [];
  const registrations: Registration[] = [];
  const publishListeners = new Set<() => void>();
  const configurationListeners = new Set<() => void>();

  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    published.push(p);
    for (const listener of [...publishListeners]) listener();
  });
  connection.onRequest(ConfigurationRequest.type, (params) => {
    configurationRequests.push(...params.items);
    for (const listener of [...configurationListeners]) listener();
    return Promise.all(params.items.map((item) => options.configuration?.(item) ?? null));
  });
  connection.onRequest(RegistrationRequest.type, (params) => {
    registrations.push(...params.registrations);
  });
  connection.onRequest(InlayHintRefreshRequest.type, () => undefined);
  connection.onRequest(DiagnosticRefreshRequest.type, () => undefined);
  connection.listen();

  const initializeResult = await withTimeout(
    connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      locale: options.locale,
      initializationOptions: options.initializationOptions,
      capabilities: options.capabilities ?? { textDocument: { hover: { contentFormat: ['markdown'] }, publishDiagnostics: {} } },
    }),
    `the initialize response over ${transport}`,
  );
  await connection.sendNotification(InitializedNotification.type, {});

  return {
    connection,
    child,
    initializeResult,
    published,
    configurationRequests,
    registrations,
    nextDiagnostics: (what, predicate, from = 0) => waitInList(published, publishListeners, `diagnostics: ${what}`, predicate, from),
    nextConfigurationRequest: (what, predicate, from = 0) => waitInList(configurationRequests, configurationListeners, `a configuration request: ${what}`, predicate, from),
    async stop() {
      try {
        await withTimeout(connection.sendRequest(ShutdownRequest.type), 'the shutdown response');
        await connection.sendNotification(ExitNotification.type);
        await withTimeout(exited, 'the server process to exit');
      } finally {
        // A server that did not exit must not keep the test process alive.
        if (child.exitCode === null && child.signalCode === null) child.kill();
        connection.dispose();
      }
    },
  };
}

export interface DecodedToken {
  line: number;
  character: number;
  length: number;
  /** The legend's type and modifiers, dot-joined ("smtpReplyCode.permanent"). */
  name: string;
}

/** Decodes LSP's relative encoding of semantic tokens (five integers a token) with the server's legend. */
export function decodeSemanticTokens(data: number[], legend: { tokenTypes: string[]; tokenModifiers: string[] }): DecodedToken[] {
  const out: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [deltaLine, deltaStart, length, type, modifierBits] = data.slice(i, i + 5);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    const modifiers = legend.tokenModifiers.filter((_, bit) => modifierBits & (1 << bit));
    out.push({ line, character, length, name: [legend.tokenTypes[type], ...modifiers].join('.') });
  }
  return out;
}
