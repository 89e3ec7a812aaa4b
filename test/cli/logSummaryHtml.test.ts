/** CLI: `smtp-codes log-summary --format html` writes the dashboard as one self-contained page. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './runCli';

test('log-summary --format html prints the page; --out writes it to a file', () => {
  const printed = cli('log-summary', 'test/fixtures/log/postfix.log', '--format', 'html');
  assert.equal(printed.status, 0);
  assert.match(printed.stdout, /^<!DOCTYPE html>\n<html lang="en">/);
  assert.match(printed.stdout, /<title>Mail log dashboard: postfix\.log<\/title>/);
  assert.match(printed.stdout, /<p>18 lines, 11 delivery events\./);
  assert.match(printed.stdout, /<a class="bar" href="#t0" data-list="t0" data-count="9" /);
  // A fresh nonce per page, the same in the policy, the style and the script.
  const nonce = /<script nonce="([^"]+)">/.exec(printed.stdout)![1];
  assert.match(printed.stdout, new RegExp(`script-src 'nonce-${nonce.replace(/[+/=]/g, '\\$&')}'`));
  assert.notEqual(nonce, /<script nonce="([^"]+)">/.exec(cli('log-summary', 'test/fixtures/log/postfix.log', '--format', 'html').stdout)![1]);
  assert.doesNotMatch(printed.stdout, /https?:\/\/|<link|\ssrc=/);

  const dir = mkdtempSync(join(tmpdir(), 'smtp-codes-html-'));
  try {
    const out = join(dir, 'report.html');
    const written = cli('log-summary', 'test/fixtures/log/exim-mainlog', '--format', 'html', '--out', out, '--lang', 'de');
    assert.equal(written.status, 0);
    assert.equal(written.stdout, '');
    const html = readFileSync(out, 'utf8');
    assert.match(html, /<title>Mail-Log-Übersicht: exim-mainlog<\/title>/);
    assert.match(html, /<p>12 Zeilen, 9 Zustellereignisse\./);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('log-summary --format html: one file only, --out only with html, an unwritable --out exits 2', () => {
  const two = cli('log-summary', 'test/fixtures/log/postfix.log', 'test/fixtures/log/exim-mainlog', '--format', 'html');
  assert.equal(two.status, 2);
  assert.match(two.stderr, /--format html takes one mail log file/);
  assert.equal(cli('log-summary', 'test/fixtures/log/postfix.log', '--out', 'x.html').status, 2);
  const unwritable = cli('log-summary', 'test/fixtures/log/postfix.log', '--format', 'html', '--out', 'no/such/dir/report.html');
  assert.equal(unwritable.status, 2);
  assert.match(unwritable.stderr, /no\/such\/dir\/report\.html: no such file or directory/);
});
