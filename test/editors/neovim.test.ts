/**
 * A real second client: Neovim's built-in LSP client drives dist/server.js with no settings and
 * no initialization options. Needs the Debian package `neovim` (installed by .ci/run); without it
 * the test reports itself as skipped, with the reason.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const hasNeovim = spawnSync('nvim', ['--version']).status === 0;

/** Generous for a busy two-core machine (about half a second idle); a hung Neovim fails the test. */
const nvimTimeoutMs = 60_000;

test('Neovim gets diagnostics, a hover and a quick fix from the server', { skip: hasNeovim ? false : 'nvim is not installed (apt-get install neovim)', timeout: 2 * nvimTimeoutMs }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'smtp-codes-nvim-'));
  const file = join(dir, 'session.smtp');
  const out = join(dir, 'result.json');
  writeFileSync(file, '220 mx.example.com ESMTP\nEHLO c.example\n250-mx.example.com\n250 ENHANCEDSTATUSCODES\nMAIL FROM:<a@c.example>\n250 2.1.0 Ok\nRCPT TO:<b@example.com>\n550 4.1.1 <b@example.com>: unknown\n');
  const run = spawnSync('nvim', ['--headless', '-n', '-u', 'NONE', '-c', `luafile ${resolve('test/editors/neovim.lua')}`], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, SMTP_CODES_SERVER: resolve('dist/server.js'), SMTP_CODES_OUT: out, SMTP_CODES_FILE: file },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: nvimTimeoutMs,
    encoding: 'utf8',
  });
  if (run.error) {
    assert.fail(`nvim: ${(run.error as NodeJS.ErrnoException).code === 'ETIMEDOUT' ? `did not finish within ${nvimTimeoutMs} ms` : run.error.message}\n${run.stderr}`);
  }
  assert.equal(run.status, 0, run.stderr);
  const result = JSON.parse(readFileSync(out, 'utf8'));
  assert.deepEqual(result.diagnostics, [
    { line: 7, col: 0, code: 'smtp.failure-reply', severity: 3 },
    { line: 7, col: 4, code: 'smtp.enhanced-class-mismatch', severity: 1 },
  ]);
  assert.match(result.hover, /^### 550 Mailbox Unavailable\n/);
  assert.deepEqual(result.actions, ['Change enhanced code 4.1.1 to 5.1.1']);
});
