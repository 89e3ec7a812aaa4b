#!/usr/bin/env node
// `npm run sandbox`: try the extension in a browser-based VS Code (code-server) on examples/, without
// installing VS Code. Prints the local URL; Ctrl+C stops it.
//   --port <n>   port to listen on (default: 8080, or a free one if 8080 is taken)
//   --host <h>   address to bind (default 127.0.0.1)
//   --web        run the web build (the `browser` entry, its server in a web worker), as on vscode.dev
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import {
  baseSettings, createRoot, freePort, installExtension, removeRoot, startCodeServer, webWorkerHostSettings, writeUserSettings,
} from './lib/codeServer.mjs';
import { examplesDir, vsixPath } from './lib/paths.mjs';
import { ensureCodeServer, ensureDebianPackages, ensureVsix, PrerequisiteError } from './lib/prerequisites.mjs';

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const host = option('--host') ?? '127.0.0.1';

function portIsFree(port) {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

try {
  // The sandbox needs no Chromium of its own: the person brings the browser.
  ensureDebianPackages(console.log, { browser: false });
  ensureCodeServer();
  ensureVsix();
} catch (error) {
  if (!(error instanceof PrerequisiteError)) throw error;
  console.error(`sandbox: cannot start: ${error.message}`);
  process.exit(1);
}

const requested = Number(option('--port') ?? 8080);
const port = (await portIsFree(requested)) ? requested : await freePort();
const root = createRoot('smtp-codes-sandbox-');
const userDataDir = join(root, 'user-data');
const extensionsDir = join(root, 'extensions');
mkdirSync(extensionsDir, { recursive: true });
const web = args.includes('--web');
writeUserSettings(userDataDir, { ...baseSettings, 'workbench.startupEditor': 'readme', ...(web ? webWorkerHostSettings : {}) });
installExtension({ root, extensionsDir, vsix: vsixPath });

const server = await startCodeServer({ root, userDataDir, extensionsDir, workspace: examplesDir, logFile: join(root, 'code-server.log'), port, bindHost: host });
const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/?folder=${encodeURIComponent(examplesDir)}`;
console.log(`sandbox: SMTP Codes${web ? ' (web build, web worker extension host)' : ''} in code-server on examples/: ${url}`);
console.log('sandbox: press Ctrl+C to stop');

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.stop();
  removeRoot(root);
  process.exit(0);
}
process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.child.on('exit', (code) => {
  if (stopping) return;
  console.error(`sandbox: code-server exited with ${code}; log: ${join(root, 'code-server.log')}`);
  process.exit(1);
});
