// Where the end-to-end harness keeps its inputs, caches and outputs.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const e2eDir = join(repoRoot, 'test', 'e2e');
export const harnessDir = join(e2eDir, 'harness');
export const fixturesDir = join(e2eDir, 'fixtures');
export const examplesDir = join(repoRoot, 'examples');
/** Git-ignored scratch space for caches that must outlive one run (the ripgrep tarball). */
export const cacheDir = join(repoRoot, '.e2e');
/** Printed by CI on failure: screenshots and code-server logs. */
export const resultsDir = join(repoRoot, 'test-results', 'e2e');
export const screenshotsDir = join(repoRoot, 'images', 'screenshots');
export const vsixPath = process.env.E2E_VSIX || join(repoRoot, 'smtp-codes.vsix');
export const codeServerEntry = join(harnessDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const chromiumPath = process.env.E2E_CHROMIUM || '/usr/bin/chromium';

/** The code-server version the harness lockfile pins, and the ripgrep build its @vscode/ripgrep fetches. */
export const codeServerVersion = '4.100.3';
export const vscodeRipgrepVersion = '1.15.11';
export const ripgrepAsset = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';
