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

test('Neovim gets diagnostics, a hover and a quick fix from the server', { skip: hasNeovim ? false : 'nvim is not installed (apt-get install neovim)' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'smtp-codes-nvim-'));
  const file = join(dir, 'session.smtp');
  const out = join(dir, 'result.json');
  writeFileSync(file, '220 mx.example.com ESMTP\nEHLO c.example\n250-mx.example.com\n250 ENHANCEDSTATUSCODES\nMAIL FROM:<a@c.example>\n250 2.1.0 Ok\nRCPT TO:<b@example.com>\n550 4.1.1 <b@example.com>: unknown\n');
  const run = spawnSync('nvim', ['--headless', '-n', '-u', 'NONE', '-c', `luafile ${resolve('test/editors/neovim.lua')}`], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, SMTP_CODES_SERVER: resolve('dist/server.js'), SMTP_CODES_OUT: out, SMTP_CODES_FILE: file },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60000,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  const result = JSON.parse(readFileSync(out, 'utf8'));
  const codes = result.diagnostics.map((d: { code: string }) => d.code);
  assert.ok(codes.includes('smtp.enhanced-class-mismatch'), JSON.stringify(result.diagnostics));
  assert.match(result.hover, /^### 550 /);
  assert.ok(result.actions.some((t: string) => /Change enhanced code 4\.1\.1 to 5\.1\.1/.test(t)), JSON.stringify(result.actions));
});
