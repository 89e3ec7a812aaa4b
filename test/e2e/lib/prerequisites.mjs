// Everything the end-to-end tests need before code-server can start: Debian packages, code-server in
// its own folder (with its own lockfile, cached between runs) and the packaged extension.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, copyFileSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  cacheDir, chromiumPath, codeServerEntry, harnessDir, repoRoot, ripgrepAsset, vscodeRipgrepVersion, vsixPath,
} from './paths.mjs';

export class PrerequisiteError extends Error {}

/** Runs a command; a `quiet` one shows its output only when it fails. */
function run(command, args, { quiet = false, ...options } = {}) {
  const result = spawnSync(command, args, { stdio: quiet ? 'pipe' : 'inherit', encoding: 'utf8', ...options });
  if (quiet && (result.error || result.status !== 0)) process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
  if (result.error) throw new PrerequisiteError(`${command} ${args.join(' ')}: ${result.error.message}`);
  if (result.status !== 0) throw new PrerequisiteError(`${command} ${args.join(' ')} exited with ${result.status}`);
}

function onPath(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function codeServerInstalled() {
  return existsSync(codeServerEntry) && readStamp() === harnessStamp();
}

/**
 * Chromium drives the editor (its recommended fonts keep screenshots stable); ripgrep, the gssapi
 * headers and a compiler are only needed while code-server is being installed (its file search and
 * native modules), so a warm cache does not ask for them.
 */
export function ensureDebianPackages(log = console.log, { browser = true } = {}) {
  const needed = [];
  if (browser && !existsSync(chromiumPath)) needed.push('chromium');
  if (!codeServerInstalled()) {
    if (!onPath('rg')) needed.push('ripgrep');
    if (!existsSync('/usr/include/gssapi/gssapi.h')) needed.push('libkrb5-dev');
    // node-gyp builds code-server's native modules.
    if (!onPath('make') || !onPath('g++')) needed.push('build-essential');
    if (!onPath('python3')) needed.push('python3');
  }
  if (needed.length === 0) return;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    throw new PrerequisiteError(`missing Debian packages ${needed.join(' ')}: run 'sudo apt-get install -y ${needed.join(' ')}' (or run as root)`);
  }
  log(`e2e: installing Debian packages: ${needed.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', ...needed], { env });
}

function harnessStamp() {
  const hash = createHash('sha256');
  for (const file of ['package.json', 'package-lock.json']) hash.update(readFileSync(join(harnessDir, file)));
  hash.update(process.versions.node.split('.')[0]);
  return hash.digest('hex');
}

const stampFile = join(harnessDir, 'node_modules', '.smtp-codes-harness-stamp');

function readStamp() {
  try {
    return readFileSync(stampFile, 'utf8').trim();
  } catch {
    return '';
  }
}

/**
 * @vscode/ripgrep downloads its binary from GitHub at install time, which cannot work offline. Its
 * installer first looks in `$TMPDIR/vscode-ripgrep-cache-<version>/`: a tarball of Debian's `rg`
 * there makes the install offline.
 */
function seedRipgrepCache(tmpDir) {
  const dir = join(tmpDir, `vscode-ripgrep-cache-${vscodeRipgrepVersion}`);
  const tarball = join(dir, ripgrepAsset);
  if (existsSync(tarball)) return;
  mkdirSync(dir, { recursive: true });
  const staging = mkdtempSync(join(tmpDir, 'rg-'));
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  copyFileSync(rg, join(staging, 'rg'));
  run('tar', ['-czf', tarball, '-C', staging, 'rg']);
  rmSync(staging, { recursive: true, force: true });
}

/** Installs code-server from the harness lockfile, unless the same lockfile is already installed. */
export function ensureCodeServer(log = console.log) {
  if (codeServerInstalled()) return false;
  const tmpDir = join(cacheDir, 'tmp');
  mkdirSync(tmpDir, { recursive: true });
  seedRipgrepCache(tmpDir);
  log('e2e: installing code-server into test/e2e/harness (npm ci, native builds: a few minutes)');
  run('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: harnessDir,
    env: {
      ...process.env,
      TMPDIR: tmpDir,
      // As root, code-server's postinstall refuses to run without the first; a nested `npx node-gyp` needs the second.
      npm_config_unsafe_perm: 'true',
      npm_config_yes: 'true',
    },
  });
  const rg = join(harnessDir, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
  if (!existsSync(codeServerEntry) || !existsSync(rg)) {
    throw new PrerequisiteError('code-server install incomplete (its postinstall did not finish): see the npm output above');
  }
  writeFileSync(stampFile, harnessStamp() + '\n');
  return true;
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** What goes into the vsix: when none of it is newer than the vsix, the vsix is reused. */
const vsixInputs = ['client/src', 'server/src', 'syntaxes', 'languages', 'l10n', 'package.json', 'package.nls.json', 'package.nls.de.json', 'README.md', '.vscodeignore', 'scripts/build.mjs'];

/** Builds and packages the extension unless smtp-codes.vsix is newer than its sources and dist/. */
export function ensureVsix(log = console.log) {
  if (process.env.E2E_VSIX) {
    if (!existsSync(vsixPath)) throw new PrerequisiteError(`E2E_VSIX=${vsixPath} does not exist`);
    return false;
  }
  const inputs = Math.max(newestMtime(join(repoRoot, 'dist')), ...vsixInputs.map((p) => newestMtime(join(repoRoot, p))));
  if (existsSync(vsixPath) && statSync(vsixPath).mtimeMs > inputs) return false;
  log('e2e: building and packaging the extension (npm run build && npm run package)');
  run('npm', ['run', '--silent', 'build'], { cwd: repoRoot, quiet: true });
  run('npm', ['run', '--silent', 'package'], { cwd: repoRoot, quiet: true });
  if (!existsSync(vsixPath)) throw new PrerequisiteError(`npm run package did not produce ${vsixPath}`);
  return true;
}

export function ensureAll(log = console.log) {
  ensureDebianPackages(log);
  ensureCodeServer(log);
  ensureVsix(log);
}
