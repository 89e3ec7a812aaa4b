// Builds the bundles, then runs every *.test.ts under test/ (except the editor suites) with
// Node's built-in test runner. Extra arguments are passed on (e.g. a file filter).
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const editorSuites = new Set(['test/e2e', 'test/integration']);

function findTests(dir) {
  if (editorSuites.has(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : findTests(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const filters = process.argv.slice(2);
const files = findTests('test')
  .sort()
  .filter((f) => !filters.length || filters.some((x) => f.includes(x)));
if (!files.length) {
  console.error('no test files found');
  process.exit(1);
}
// Node 20 applies --test-timeout to each test file as a whole: a file still running after it (a
// hung server, a child process that never exits, a handle left open) is cancelled and reported as
// failed instead of hanging the run. The slowest files (the two halves of the transcript corpus,
// split for this) take about two minutes on an idle machine; the
// margin is for a busy two-core one. Tests that wait on a server or a child process also bound
// each wait themselves, with a message that names what they waited for.
const perFileTimeoutMs = 300_000;
const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', `--test-timeout=${perFileTimeoutMs}`, '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(run.status ?? 1);
