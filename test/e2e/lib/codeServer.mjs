// Fresh code-server profiles and code-server processes, one per locale.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeServerEntry } from './paths.mjs';

/** User settings that keep the workbench quiet and deterministic for a robot. */
export const baseSettings = {
  'workbench.startupEditor': 'none',
  'workbench.colorTheme': 'Default Dark Modern',
  'window.autoDetectColorScheme': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.editor.enablePreview': false,
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
  'editor.minimap.enabled': false,
  'editor.fontSize': 14,
  'files.autoSave': 'off',
};

/**
 * Moves the extension from code-server's Node extension host to its web worker extension host, where
 * the `browser` entry runs as on vscode.dev (with both entries, code-server otherwise picks Node).
 */
export const webWorkerHostSettings = { 'remote.extensionKind': { 'smtp-codes.smtp-codes': ['ui'] } };

/** A temporary root holding user data, extensions and a copy of the workspace. */
export function createRoot(prefix = 'smtp-codes-e2e-') {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writeUserSettings(userDataDir, settings) {
  const dir = join(userDataDir, 'User');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'settings.json'), JSON.stringify(settings, null, 2) + '\n');
}

export function copyWorkspace(from, to) {
  cpSync(from, to, { recursive: true });
  return to;
}

/** code-server keeps its own config and data under XDG folders: keep them inside the temporary root too. */
function isolatedEnv(root, extra) {
  return {
    ...process.env,
    XDG_CONFIG_HOME: join(root, 'xdg-config'),
    XDG_DATA_HOME: join(root, 'xdg-data'),
    XDG_CACHE_HOME: join(root, 'xdg-cache'),
    ...extra,
  };
}

export function installExtension({ root, userDataDir, extensionsDir, vsix }) {
  const args = [codeServerEntry, ...(userDataDir ? ['--user-data-dir', userDataDir] : []), '--extensions-dir', extensionsDir, '--install-extension', vsix, '--force'];
  const result = spawnSync(process.execPath, args, {
    env: isolatedEnv(root), encoding: 'utf8',
  });
  if (result.status !== 0 || !/successfully installed/i.test(result.stdout + result.stderr)) {
    throw new Error(`code-server --install-extension ${vsix} failed (exit ${result.status}): ${(result.stdout + result.stderr).trim()}`);
  }
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const running = new Set();

function killGroup(child) {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

// code-server spawns an extension host and file watchers; a test process that dies must not leave them behind.
process.on('exit', () => {
  for (const child of running) killGroup(child);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => process.exit(130));
}

/**
 * Starts code-server on a free 127.0.0.1 port and resolves once it answers HTTP.
 * Its output goes to `logFile`; `stop()` ends the whole process group.
 */
export async function startCodeServer({
  root, userDataDir, extensionsDir, workspace, locale, logFile, env = {}, port, bindHost = '127.0.0.1', timeoutMs = 60_000, workspaceTrust = false,
}) {
  port ??= await freePort();
  const args = [
    codeServerEntry,
    '--bind-addr', `${bindHost}:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
  ];
  // code-server turns workspace trust off for the session unless asked to keep it (restricted mode tests).
  if (!workspaceTrust) args.push('--disable-workspace-trust');
  if (locale) args.push('--locale', locale);
  args.push(workspace);
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(process.execPath, args, { env: isolatedEnv(root, env), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });

  const url = `http://${bindHost === '0.0.0.0' ? '127.0.0.1' : bindHost}:${port}/`;
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`code-server did not listen on ${url} within ${timeoutMs / 1000}s; log: ${logFile}`)), timeoutMs);
    let output = '';
    const onData = (chunk) => {
      output += chunk;
      if (output.includes('HTTP server listening on')) done();
    };
    const onExit = (code) => fail(new Error(`code-server exited with ${code} before it listened; log: ${logFile}`));
    function cleanup() {
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.off('exit', onExit);
    }
    function done() { cleanup(); resolve(); }
    function fail(error) { cleanup(); reject(error); }
    child.stdout.on('data', onData);
    child.on('exit', onExit);
  });
  const health = await fetch(new URL('healthz', url));
  if (!health.ok) throw new Error(`code-server /healthz answered ${health.status}; log: ${logFile}`);

  return {
    url,
    port,
    logFile,
    child,
    async stop() {
      if (!running.has(child)) return;
      running.delete(child);
      const exited = child.exitCode !== null || child.signalCode !== null
        ? Promise.resolve()
        : new Promise((resolve) => child.once('exit', resolve));
      killGroup(child);
      const timer = setTimeout(() => {
        try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
      }, 5000);
      await exited;
      clearTimeout(timer);
      log.end();
    },
  };
}

export function removeRoot(root) {
  rmSync(root, { recursive: true, force: true, maxRetries: 3 });
}
