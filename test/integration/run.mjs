#!/usr/bin/env node
// `npm run test:integration`: the mocha suite in test/integration/suite, inside a real extension host.
//  1. VS Code through @vscode/test-electron, when VSCODE_EXECUTABLE_PATH names one or VS Code can be
//     downloaded, and there is a display (on a headless Linux: `xvfb-run -a npm run test:integration`).
//  2. Otherwise it says so in one line, and runs the same suite in code-server's extension host
//     (the end-to-end harness's code-server, which loads the extension from this checkout and the
//     suite through the workbench's `payload` URL parameter; skip with --no-code-server). If that
//     cannot run either, it says why and exits 1: a run that tested nothing must not pass.
// Either way the runner (index.cjs) writes its results as JSON lines, and a run in which zero tests
// ran fails, whatever the extension host's exit code.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { baseSettings, createRoot, removeRoot, startCodeServer, writeUserSettings } from '../e2e/lib/codeServer.mjs';
import { fixturesDir, repoRoot } from '../e2e/lib/paths.mjs';
import { ensureCodeServer, ensureDebianPackages, PrerequisiteError } from '../e2e/lib/prerequisites.mjs';
import { launchChromium } from '../e2e/lib/workbench.mjs';

const testsPath = fileURLToPath(new URL('./index.cjs', import.meta.url));
const resultsDir = join(repoRoot, 'test-results', 'integration');
const args = process.argv.slice(2);

function build() {
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('integration: npm run build failed');
    process.exit(1);
  }
}

async function canDownloadVSCode() {
  try {
    const response = await fetch('https://update.code.visualstudio.com/api/releases/stable', { signal: AbortSignal.timeout(5000) });
    return response.ok;
  } catch {
    return false;
  }
}

/** The `end` record the runner wrote last, or null when it never finished. */
function endRecord(resultsFile) {
  if (!existsSync(resultsFile)) return null;
  const records = readFileSync(resultsFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
  return records.findLast((record) => record.event === 'end') ?? null;
}

/** The exit code for a finished run: failures, a runner error, or zero tests run all fail it. */
function verdict(end) {
  if (end.error) console.error(`integration: the runner failed: ${end.error}`);
  console.log(`integration: ${end.passes} passed, ${end.failures} failed, ${end.tests} run`);
  if (!end.tests) console.error('integration: zero tests ran: the suite was not found or not loaded');
  return end.failures > 0 || end.error || !end.tests ? 1 : 0;
}

async function runInVSCode(options) {
  const { runTests } = await import('@vscode/test-electron');
  const root = createRoot('smtp-codes-integration-');
  const workspace = join(root, 'workspace');
  const resultsFile = join(root, 'results.jsonl');
  cpSync(fixturesDir, workspace, { recursive: true });
  try {
    const code = await runTests({
      ...options,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: testsPath,
      extensionTestsEnv: { SMTP_CODES_TEST_RESULTS: resultsFile },
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', '--user-data-dir', join(root, 'user-data')],
    });
    const end = endRecord(resultsFile);
    if (!end) {
      console.error(`integration: VS Code exited with ${code} and the suite never reported its end`);
      return 1;
    }
    return code !== 0 ? code : verdict(end);
  } catch (error) {
    console.error(`integration: ${error.message ?? error}`);
    return 1;
  } finally {
    removeRoot(root);
  }
}

/** Follows the JSON lines the runner appends, printing each result, until the run ends. */
async function followResults(file, page, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let printed = 0;
  for (;;) {
    const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
    for (const line of lines.slice(printed)) {
      const record = JSON.parse(line);
      if (record.event === 'pass') console.log(`  ✔ ${record.title} (${record.duration ?? 0}ms)`);
      if (record.event === 'fail') console.log(`  ✖ ${record.title}\n    ${record.error.split('\n').join('\n    ')}`);
      if (record.event === 'end') return record;
    }
    printed = lines.length;
    if (Date.now() > deadline) return null;
    await page.waitForTimeout(250);
  }
}

async function runInCodeServer() {
  ensureDebianPackages();
  ensureCodeServer();
  build();
  const root = createRoot('smtp-codes-integration-');
  const userDataDir = join(root, 'user-data');
  const extensionsDir = join(root, 'extensions');
  const workspace = join(root, 'workspace');
  const resultsFile = join(root, 'results.jsonl');
  const logFile = join(root, 'code-server.log');
  mkdirSync(extensionsDir, { recursive: true });
  cpSync(fixturesDir, workspace, { recursive: true });
  writeUserSettings(userDataDir, baseSettings);
  const server = await startCodeServer({ root, userDataDir, extensionsDir, workspace, logFile, env: { SMTP_CODES_TEST_RESULTS: resultsFile } });
  const browser = await launchChromium();
  let end = null;
  let page;
  try {
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const authority = new URL(server.url).host;
    const remote = (path) => `vscode-remote://${authority}${path}`;
    const payload = [['extensionDevelopmentPath', remote(repoRoot.replace(/\/$/, ''))], ['extensionTestsPath', remote(testsPath)]];
    await page.goto(`${server.url}?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    console.log('integration: mocha suite in code-server\'s extension host');
    end = await followResults(resultsFile, page, 300_000);
  } finally {
    if (!end || end.failures > 0 || end.error || !end.tests) {
      mkdirSync(resultsDir, { recursive: true });
      await page?.screenshot({ path: join(resultsDir, 'screenshot.png') }).catch(() => {});
      if (existsSync(logFile)) cpSync(logFile, join(resultsDir, 'code-server.log'));
      if (existsSync(join(userDataDir, 'logs'))) cpSync(join(userDataDir, 'logs'), join(resultsDir, 'logs'), { recursive: true });
      if (existsSync(resultsFile)) cpSync(resultsFile, join(resultsDir, 'results.jsonl'));
    }
    await browser.close();
    await server.stop();
    removeRoot(root);
  }
  if (!end) {
    console.error(`integration: the suite did not finish within 5 minutes; logs: ${resultsDir}`);
    return 1;
  }
  const code = verdict(end);
  if (code !== 0) console.error(`integration: screenshots and logs: ${resultsDir}`);
  return code;
}

/** Desktop VS Code on Linux needs a display; on a headless machine, run this under `xvfb-run -a`. */
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

let code;
let reason;
const vscode = process.env.VSCODE_EXECUTABLE_PATH
  ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH }
  : (await canDownloadVSCode()) ? { version: 'stable' } : null;
if (!vscode) {
  reason = 'VSCODE_EXECUTABLE_PATH is not set and VS Code cannot be downloaded here';
} else if (!hasDisplay) {
  reason = 'no display for VS Code (DISPLAY is not set; run under xvfb-run -a)';
} else {
  build();
  code = await runInVSCode(vscode);
}
if (code === undefined) {
  console.log(`integration: VS Code not run: ${reason}`);
  if (args.includes('--no-code-server')) {
    console.error('integration: nothing was tested (--no-code-server)');
    code = 1;
  } else {
    try {
      code = await runInCodeServer();
    } catch (error) {
      if (!(error instanceof PrerequisiteError)) throw error;
      console.error(`integration: code-server's extension host not available either (${error.message}); nothing was tested`);
      code = 1;
    }
  }
}
process.exit(code);
