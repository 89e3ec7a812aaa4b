/**
 * A real second client: Neovim's built-in LSP client drives dist/server.js with no settings and
 * no initialization options. Needs the Debian package `neovim` (installed by .ci/run); without it
 * the test reports itself as skipped, with the reason.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeLanguageSamples } from './languageFiles';
import { runHeadless } from './headless';
import { readmeSnippet, serverOnPath } from './readmeSnippet';

const hasNeovim = spawnSync('nvim', ['--version']).status === 0;

/** Generous for a busy two-core machine (about half a second idle); a hung Neovim fails the test. */
const nvimTimeoutMs = 60_000;

test('Neovim gets diagnostics, a hover and a quick fix from the server', { skip: hasNeovim ? false : 'nvim is not installed (apt-get install neovim)', timeout: 2 * nvimTimeoutMs }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'smtp-codes-nvim-'));
  const file = join(dir, 'session.smtp');
  const out = join(dir, 'result.json');
  writeFileSync(file, '220 mx.example.com ESMTP\nEHLO c.example\n250-mx.example.com\n250 ENHANCEDSTATUSCODES\nMAIL FROM:<a@c.example>\n250 2.1.0 Ok\nRCPT TO:<b@example.com>\n550 4.1.1 <b@example.com>: unknown\n');
  const result = runHeadless('nvim', ['--headless', '-n', '-u', 'NONE', '-c', `luafile ${resolve('test/editors/neovim.lua')}`], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, SMTP_CODES_SERVER: resolve('dist/server.js'), SMTP_CODES_OUT: out, SMTP_CODES_FILE: file },
    timeoutMs: nvimTimeoutMs,
    out,
  });
  assert.deepEqual(result.diagnostics, [
    { line: 7, col: 0, code: 'smtp.failure-reply', severity: 3 },
    { line: 7, col: 4, code: 'smtp.enhanced-class-mismatch', severity: 1 },
  ]);
  assert.match(result.hover, /^### 550 Mailbox Unavailable\n/);
  assert.deepEqual(result.actions, ['Change enhanced code 4.1.1 to 5.1.1']);
});

test("the README's Neovim block gives every file name its filetype and starts the server on a mail log", { skip: hasNeovim ? false : 'nvim is not installed (apt-get install neovim)', timeout: 2 * nvimTimeoutMs }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'smtp-codes-nvim-readme-'));
  const snippet = join(dir, 'readme.lua');
  writeFileSync(snippet, readmeSnippet('Neovim', 'lua'));
  const expected = writeLanguageSamples(join(dir, 'files'));
  // Under log/, where Neovim's own rules call mail.log a syslog file ('messages').
  mkdirSync(join(dir, 'var', 'log'), { recursive: true });
  const log = join(dir, 'var', 'log', 'mail.log');
  const line = 'Mar  3 09:14:04 mx1 postfix/smtp[21883]: 7D2A13C0F1: to=<b@example.com>, relay=mx.example.com[192.0.2.7]:25, dsn=4.1.1, status=bounced (host mx.example.com[192.0.2.7] said: 550 5.1.1 <b@example.com>: unknown user (in reply to RCPT TO command))\n';
  writeFileSync(log, line);
  const job = join(dir, 'job.json');
  writeFileSync(job, JSON.stringify({ detect: Object.keys(expected), session: { file: log, hover: [0, line.indexOf('said: 550') + 7] } }));
  const out = join(dir, 'result.json');
  const result = runHeadless('nvim', ['--headless', '-n', '-u', 'NONE', '-c', `luafile ${resolve('test/editors/neovimReadme.lua')}`], {
    cwd: dir,
    env: { PATH: `${serverOnPath(dir)}:${process.env.PATH}`, HOME: dir, SMTP_CODES_SNIPPET: snippet, SMTP_CODES_JOB: job, SMTP_CODES_OUT: out },
    timeoutMs: nvimTimeoutMs,
    out,
  });
  assert.deepEqual(result.filetypes, expected);
  assert.equal(result.filetype, 'mail-log');
  assert.deepEqual(result.clients, [{ name: 'smtp-codes', cmd: ['smtp-codes-language-server', '--stdio'] }]);
  assert.deepEqual(result.diagnostics, [{ line: 0, col: line.indexOf('4.1.1'), code: 'log.dsn-status-mismatch', severity: 2 }]);
  assert.match(result.hover, /^### 550 Mailbox Unavailable\n/);
});
