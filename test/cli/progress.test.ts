/**
 * The CLI's progress bar (server/src/cli/progress.ts): the bar itself against a fake clock, then
 * the built CLI under a real pseudo-terminal (util-linux `script`) on a 50 MB mail log and a large
 * folder: the bar appears on the terminal and clears its line, and never when stderr is piped,
 * when CI is set, with --no-progress, or for a run shorter than a second.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProgressBar, progressDelayMs, progressLine, progressTerminal } from '../../server/src/cli/progress';
import { cli, cliTimeoutMs } from './runCli';

const clearLine = '\r\x1b[K';

function fakeTerminal(columns = 80) {
  const written: string[] = [];
  return { written, terminal: { write: (text: string) => void written.push(text), columns: () => columns } };
}

test('the bar waits a second, redraws at most every 100 ms, and clears only a line it drew', () => {
  let now = 0;
  const { written, terminal } = fakeTerminal();
  const bar = new ProgressBar(terminal, 'check', () => now);
  bar.report(1, 10, '1/10 files');
  now = progressDelayMs - 1;
  bar.report(2, 10, '2/10 files');
  bar.clear();
  assert.deepEqual(written, [], 'nothing within the first second, and no clearing of a line never drawn');
  now = progressDelayMs;
  bar.report(3, 10, '3/10 files');
  now += 50;
  bar.report(4, 10, '4/10 files');
  now += 50;
  bar.report(5, 10, '5/10 files');
  assert.deepEqual(written, [`\r${progressLine('check', 3, 10, '3/10 files', 80)}\x1b[K`, `\r${progressLine('check', 5, 10, '5/10 files', 80)}\x1b[K`]);
  bar.clear();
  bar.clear();
  assert.deepEqual(written.slice(2), [clearLine]);
  // After output cleared it, the next report draws again at once.
  now += 1;
  bar.report(6, 10, '6/10 files');
  assert.equal(written.length, 4);
});

test('a line of the bar: label, bar, percentage, detail, one column short of the terminal', () => {
  assert.equal(progressLine('check', 3, 10, '3/10 files', 80), `check [${'#'.repeat(9)}${'.'.repeat(21)}]  30% 3/10 files`);
  assert.equal(progressLine('check', 10, 10, '10/10 files', 80), `check [${'#'.repeat(30)}] 100% 10/10 files`);
  assert.equal(progressLine('log-summary', 5, 0, 'x', 80), `log-summary [${'.'.repeat(30)}]   0% x`);
  const narrow = progressLine('log-summary', 1, 2, '25.0 MB/50.0 MB, 200,000 lines', 40);
  assert.equal(narrow, 'log-summary  50% 25.0 MB/50.0 MB, 200,0');
  assert.equal(narrow.length, 39);
});

test('a terminal for the bar only when the stream is a TTY, CI is not set and TERM is not dumb', () => {
  const tty = { isTTY: true, columns: 120, write: () => true } as unknown as NodeJS.WriteStream;
  const pipe = { isTTY: false, write: () => true } as unknown as NodeJS.WriteStream;
  assert.equal(progressTerminal(tty, {})?.columns(), 120);
  assert.equal(progressTerminal(tty, { CI: 'false' })?.columns(), 120);
  assert.equal(progressTerminal(pipe, {}), undefined);
  assert.equal(progressTerminal(tty, { CI: 'true' }), undefined);
  assert.equal(progressTerminal(tty, { CI: '1' }), undefined);
  assert.equal(progressTerminal(tty, { TERM: 'dumb' }), undefined);
});

// Real runs of dist/cli.js under a pseudo-terminal.

const dir = mkdtempSync(join(tmpdir(), 'smtp-codes-progress-'));
const deliveredLine = 'Jun  3 10:00:00 mx postfix/smtp[4242]: 4A1B2C3D4E: to=<x@example.net>, relay=mx.example.net[192.0.2.7]:25, delay=1.2, dsn=2.0.0, status=sent (250 2.0.0 Ok)\n';
const bouncedLine = 'Jun  3 10:00:01 mx postfix/smtp[4242]: 4A1B2C3D4F: to=<y@example.net>, relay=mx.example.net[192.0.2.7]:25, delay=1.2, dsn=5.1.1, status=bounced (host mx.example.net[192.0.2.7] said: 550 5.1.1 unknown (in reply to RCPT TO command))\n';
const bigLog = join(dir, 'mail.log');
{
  const block = (deliveredLine + bouncedLine).repeat(1000);
  writeFileSync(bigLog, block.repeat(Math.ceil(50_000_000 / block.length)));
}
const quoted = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
/** The environment of a user at a terminal: no CI, a terminal that can erase a line. */
const terminalEnv = (extra: Record<string, string> = {}) => {
  const env: Record<string, string> = { TERM: 'xterm', ...extra };
  for (const [k, v] of Object.entries(process.env)) if (k !== 'CI' && k !== 'TERM' && v !== undefined) env[k] ??= v;
  return env;
};

/** Runs a shell command line under a pseudo-terminal; returns everything the terminal showed. */
/** A terminal where the bar shows from the start: what it draws must not depend on how fast this machine is. */
const eagerTerminal = () => terminalEnv({ SMTP_CODES_PROGRESS_DELAY_MS: '0' });

function underTerminal(commandLine: string, env = eagerTerminal()): { status: number | null; screen: string } {
  const r = spawnSync('script', ['-qfec', commandLine, '/dev/null'], { encoding: 'utf8', env, timeout: cliTimeoutMs * 2 });
  if (r.error) throw new Error(`script -c ${commandLine}: ${r.error.message}`);
  return { status: r.status, screen: r.stdout };
}
const cliLine = (...args: string[]) => [quoted(process.execPath), 'dist/cli.js', ...args.map(quoted)].join(' ');

test('log-summary of a 50 MB log draws bytes and lines done on the terminal, then clears the line; stdout stays clean', () => {
  const piped = cli('log-summary', bigLog);
  assert.equal(piped.status, 0);
  assert.equal(piped.stderr, '', 'no bar when stderr is piped');
  assert.doesNotMatch(piped.stdout, /\x1b|\r/);

  const stdoutFile = join(dir, 'summary.txt');
  const { status, screen } = underTerminal(`${cliLine('log-summary', bigLog)} > ${quoted(stdoutFile)}`);
  assert.equal(status, 0);
  const bar = /\rlog-summary \[[#.]+\] +\d+% \d+\.\d MB\/50\.\d MB, [\d,]+ lines\x1b\[K/g;
  assert.ok((screen.match(bar) ?? []).length >= 1, `a bar on the terminal:\n${JSON.stringify(screen.slice(0, 400))}`);
  // Only bars reach the terminal, and the last thing written clears the bar's line.
  assert.equal(screen.replace(bar, ''), clearLine);
  assert.equal(readFileSync(stdoutFile, 'utf8'), piped.stdout, 'the report redirected from a terminal run is the piped one, byte for byte');
});

test('log-summary --format html draws the same bar, and the page written (to --out or stdout) is the piped one', () => {
  const piped = cli('log-summary', bigLog, '--format', 'html');
  assert.equal(piped.status, 0);
  assert.equal(piped.stderr, '', 'no bar when stderr is piped');
  // The nonce differs per run; everything else must not.
  const page = (html: string) => html.replace(/nonce-[^']+'|nonce="[^"]+"/g, 'nonce');
  const bar = /\rlog-summary \[[#.]+\] +\d+% \d+\.\d MB\/50\.\d MB, [\d,]+ lines\x1b\[K/g;
  const outFile = join(dir, 'dashboard.html');
  const toFile = underTerminal(cliLine('log-summary', bigLog, '--format', 'html', '--out', outFile));
  assert.equal(toFile.status, 0);
  assert.ok((toFile.screen.match(bar) ?? []).length >= 1, `a bar on the terminal:\n${JSON.stringify(toFile.screen.slice(0, 400))}`);
  assert.equal(toFile.screen.replace(bar, ''), clearLine, 'only bars, then the clearing of the line');
  assert.equal(page(readFileSync(outFile, 'utf8')), page(piped.stdout));
  const stdoutFile = join(dir, 'dashboard-stdout.html');
  const toStdout = underTerminal(`${cliLine('log-summary', bigLog, '--format', 'html')} > ${quoted(stdoutFile)}`);
  assert.equal(toStdout.status, 0);
  assert.ok((toStdout.screen.match(bar) ?? []).length >= 1);
  assert.equal(toStdout.screen.replace(bar, ''), clearLine);
  assert.equal(page(readFileSync(stdoutFile, 'utf8')), page(piped.stdout));
});

test('output to the same terminal starts on a cleared line, never after a bar', () => {
  const piped = cli('log-summary', bigLog);
  const { status, screen } = underTerminal(cliLine('log-summary', bigLog));
  assert.equal(status, 0);
  const report = piped.stdout.replace(/\n/g, '\r\n');
  assert.ok(screen.includes('\x1b[K'), 'a bar was drawn');
  assert.ok(screen.endsWith(`${clearLine}${report}`), `the report follows a clearing, and no bar follows it:\n${JSON.stringify(screen.slice(-300))}`);
});

test('no bar under a terminal when CI is set, with --no-progress, or for a run under a second', () => {
  const ci = underTerminal(cliLine('log-summary', bigLog), terminalEnv({ CI: 'true', SMTP_CODES_PROGRESS_DELAY_MS: '0' }));
  assert.equal(ci.status, 0);
  assert.doesNotMatch(ci.screen, /\x1b|\r(?!\n)/);
  const optedOut = underTerminal(cliLine('log-summary', bigLog, '--no-progress'));
  assert.equal(optedOut.status, 0);
  assert.doesNotMatch(optedOut.screen, /\x1b|\r(?!\n)/);
  assert.equal(optedOut.screen, ci.screen);
  const small = join(dir, 'small.log');
  writeFileSync(small, deliveredLine + bouncedLine);
  const quick = underTerminal(cliLine('log-summary', small), terminalEnv());
  assert.equal(quick.status, 0);
  assert.doesNotMatch(quick.screen, /\x1b|\r(?!\n)/);
});

test('check over a large folder counts files done on the terminal', () => {
  const tree = join(dir, 'sessions');
  mkdirSync(tree);
  const session = (reply: string) => `220 mx ESMTP\nEHLO c\n250-mx\n250 PIPELINING\nMAIL FROM:<a@b.example>\n250 2.1.0 ok\nRCPT TO:<c@d.example>\n${reply}\nQUIT\n221 bye\n`;
  // About 3 MB of transcripts, one failure each: several seconds of analysis, 300 diagnostics.
  const transcript = session('550 5.1.1 no') + session('250 2.1.5 ok').repeat(100);
  for (let i = 0; i < 300; i++) writeFileSync(join(tree, `s${String(i).padStart(3, '0')}.smtp`), transcript);
  const piped = cli('check', tree);
  assert.equal(piped.status, 0);
  assert.equal(piped.stderr, '300 files checked, 300 diagnostics\n');
  const stdoutFile = join(dir, 'check.txt');
  const { status, screen } = underTerminal(`${cliLine('check', tree)} > ${quoted(stdoutFile)}`);
  assert.equal(status, 0);
  const counts = [...screen.matchAll(/\rcheck \[[#.]+\] +\d+% (\d+)\/300 files\x1b\[K/g)].map((m) => Number(m[1]));
  assert.ok(counts.length >= 1, `a bar on the terminal:\n${JSON.stringify(screen.slice(0, 400))}`);
  assert.deepEqual(counts, [...counts].sort((a, b) => a - b), 'files done only grow');
  assert.ok(screen.endsWith(`${clearLine}${piped.stderr.replace('\n', '\r\n')}`), JSON.stringify(screen.slice(-200)));
  assert.equal(readFileSync(stdoutFile, 'utf8'), piped.stdout);
});
