#!/usr/bin/env node
// `npm run test:e2e`: the packaged extension in a real VS Code (code-server 4.100.3 in headless
// Chromium). Installs what it needs (Debian packages as root, code-server into test/e2e/harness with
// its own lockfile, cached), packages the vsix, then runs the node:test suite.
//   --screenshots        regenerate images/screenshots/*.png instead of testing
//   --grep <pattern>     run only the tests whose name matches
//   --suite <name>       run only suite.mjs ("main") or webSuite.mjs ("web"), each with its own code-servers
// Failures leave screenshots and logs under test-results/e2e/.
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ensureAll, PrerequisiteError } from './lib/prerequisites.mjs';
import { e2eDir, repoRoot, resultsDir } from './lib/paths.mjs';

const args = process.argv.slice(2);
const screenshots = args.includes('--screenshots');
const grepIndex = args.indexOf('--grep');
const grep = grepIndex >= 0 ? args[grepIndex + 1] : process.env.E2E_GREP;
const suiteIndex = args.indexOf('--suite');
/** Each suite file starts its own code-servers; the web one runs the extension in the web worker host. */
const suites = { main: 'suite.mjs', web: 'webSuite.mjs' };
const suiteName = suiteIndex >= 0 ? args[suiteIndex + 1] : undefined;
if (suiteName !== undefined && !(suiteName in suites)) {
  console.error(`e2e: --suite takes one of ${Object.keys(suites).join(', ')}`);
  process.exit(1);
}
const started = Date.now();

try {
  ensureAll((line) => console.log(line));
} catch (error) {
  if (error instanceof PrerequisiteError) {
    console.error(`e2e: cannot run: ${error.message}`);
    process.exit(1);
  }
  throw error;
}

rmSync(resultsDir, { recursive: true, force: true });
const entries = screenshots ? ['screenshots.mjs'] : suiteName ? [suites[suiteName]] : Object.values(suites);
// One file at a time: every suite starts code-server and Chromium, and the machine may have two cores.
const nodeArgs = ['--test', '--test-concurrency=1', '--test-reporter=spec'];
if (grep) nodeArgs.push(`--test-name-pattern=${grep}`);
nodeArgs.push(...entries.map((entry) => join(e2eDir, entry)));

const child = spawn(process.execPath, nodeArgs, { cwd: repoRoot, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  const seconds = Math.round((Date.now() - started) / 1000);
  const failed = code !== 0;
  if (failed && existsSync(resultsDir)) {
    console.error(`e2e: failed after ${seconds}s; screenshots and code-server logs: ${relative(process.cwd(), resultsDir) || resultsDir}`);
  } else {
    console.log(`e2e: ${failed ? 'failed' : 'done'} in ${seconds}s`);
  }
  process.exit(signal ? 1 : code ?? 1);
});
