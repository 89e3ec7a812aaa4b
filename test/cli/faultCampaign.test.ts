/**
 * An outside fault campaign (issue 13): every CLI command and the language server given hostile
 * input (CR-only line endings, a 50 MB single line, FIFOs, a symlink loop, /dev/zero and
 * /dev/urandom, unreadable files and directories, NUL bytes, invalid UTF-8, UTF-16 with a BOM,
 * truncated and deeply nested bounces, a million tiny lines). Nothing crashes or hangs: every run
 * ends within a generous cap (a hang is hours, the cap minutes), a file that cannot be read costs
 * one line on stderr and exit 2, and everything readable is still reported.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DidOpenTextDocumentNotification, HoverRequest } from 'vscode-languageserver-protocol/node';
import { startLspClient, withTimeout } from '../protocol/lspClient';

/** No run here takes more than a few seconds on an idle machine; a hang never ends. */
const capMs = 180_000;

interface Run {
  status: number | null;
  stdout: Buffer;
  stderr: string;
}

function run(args: string[], options: SpawnSyncOptions = {}): Run {
  const r = spawnSync(process.execPath, ['dist/cli.js', ...args], { timeout: capMs, maxBuffer: 256 * 1024 * 1024, ...options });
  if (r.error) throw new Error(`smtp-codes ${args.join(' ').slice(0, 200)}: ${(r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT' ? `no end within ${capMs} ms` : r.error.message}`);
  return { status: r.status, stdout: r.stdout as Buffer, stderr: String(r.stderr) };
}

/** The one-line refusal of a file that cannot be read, and nothing on stdout. */
function assertRefused(r: Run, file: string, reason: string): void {
  assert.equal(r.stderr, `smtp-codes: ${file}: ${reason}\n`);
  assert.equal(r.stdout.length, 0);
  assert.equal(r.status, 2);
}

const dir = mkdtempSync(join(tmpdir(), 'smtp-codes-faults-'));
chmodSync(dir, 0o755);
const write = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** Every command that reads a file, with the arguments that make it read `file`. */
const fileCommands: Record<string, (file: string) => string[]> = {
  check: (file) => ['check', file, '--language', 'smtp'],
  hover: (file) => ['hover', file, '1:1', '--language', 'smtp'],
  bounce: (file) => ['bounce', file],
  'log-summary': (file) => ['log-summary', file],
  redact: (file) => ['redact', file],
};

const failureLine = (file: string, at: string) => `${file}:${at}: info smtp.failure-reply: 550: mailbox unavailable or rejected by policy · 5.1.1 recipient mailbox does not exist`;

test('CR-only (old Mac) line endings: lines counted as the editor counts them', () => {
  const file = write('cr.smtp', '220 mx ESMTP\rEHLO c\r250 ok\rMAIL FROM:<a@b>\r550 5.1.1 no\r');
  const check = run(['check', file]);
  assert.equal(check.status, 0);
  assert.equal(String(check.stdout), `${failureLine(file, '5:1')} (answers MAIL on line 4)\n`);
  assert.match(String(run(['hover', file, '5:1']).stdout), /^### 550 /);
  assert.equal(String(run(['redact', file]).stdout), '220 mx ESMTP\rEHLO c\r250 ok\rMAIL FROM:<a@b>\r550 5.1.1 no\r');
  const summary = run(['log-summary', file, '--format', 'json']);
  assert.equal(JSON.parse(String(summary.stdout))[0].lines, 6);
  assert.equal(run(['bounce', file]).status, 0);
});

test('a 50 MB file of a single line: every command ends, redact keeps every byte', () => {
  const content = Buffer.concat([Buffer.from('250 '), Buffer.alloc(50_000_000, 'x')]);
  const file = write('single-line.smtp', content);
  for (const [name, args] of Object.entries(fileCommands)) {
    const r = run(args(file));
    assert.equal(r.status, 0, `${name} exit ${r.status}: ${r.stderr}`);
  }
  assert.match(String(run(['hover', file, '1:1']).stdout), /^### 250 /);
  assert.ok(run(['redact', file]).stdout.equals(content));
  assert.equal(JSON.parse(String(run(['log-summary', file, '--format', 'json']).stdout))[0].lines, 1);
});

test('a FIFO nobody writes to is refused at once by every command; a pipe with a writer is read to its end', () => {
  const fifo = join(dir, 'nobody-writes.smtp');
  assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
  for (const args of Object.values(fileCommands)) assertRefused(run(args(fifo)), fifo, 'a FIFO with no writer: nothing to read');
  // Process substitution hands over a pipe whose writer is there from the start, as `zcat maillog.gz` would be.
  const viaPipe = spawnSync('bash', ['-c', `exec ${JSON.stringify(process.execPath)} dist/cli.js check --language smtp <(printf '220 mx\\n550 5.1.1 no\\n')`], { encoding: 'utf8', timeout: capMs });
  assert.equal(viaPipe.stdout, `${failureLine('/dev/fd/63', '2:1')}\n`);
  assert.equal(viaPipe.stderr, '1 file checked, 1 diagnostic\n');
  assert.equal(viaPipe.status, 0);
});

test('a symlink loop, /dev/zero and /dev/urandom: one line each, exit 2, by every command', () => {
  const loop = join(dir, 'loop-a.smtp');
  symlinkSync('loop-b.smtp', loop);
  symlinkSync('loop-a.smtp', join(dir, 'loop-b.smtp'));
  for (const args of Object.values(fileCommands)) {
    assertRefused(run(args(loop)), loop, 'too many levels of symbolic links (a symlink loop)');
    assertRefused(run(args('/dev/zero')), '/dev/zero', 'not a regular file (a character device)');
    assertRefused(run(args('/dev/urandom')), '/dev/urandom', 'not a regular file (a character device)');
  }
});

test('check on a folder with unreadable files and directories, FIFOs, loops and dangling links: a line for each, everything else reported', () => {
  const tree = join(dir, 'tree');
  mkdirSync(join(tree, 'sub'), { recursive: true });
  mkdirSync(join(tree, 'locked'));
  const session = '220 mx\n550 5.1.1 no\n';
  for (const name of ['a.smtp', 'sub/b.smtp', 'locked/c.smtp', 'unreadable.smtp']) writeFileSync(join(tree, name), session);
  writeFileSync(join(tree, 'binary.smtp'), '220 mx\u0000\n');
  chmodSync(join(tree, 'unreadable.smtp'), 0o000);
  chmodSync(join(tree, 'locked'), 0o000);
  assert.equal(spawnSync('mkfifo', [join(tree, 'pipe.smtp')]).status, 0);
  symlinkSync('loop2', join(tree, 'loop1'));
  symlinkSync('loop1', join(tree, 'loop2'));
  symlinkSync('..', join(tree, 'sub', 'up'));
  symlinkSync('missing.smtp', join(tree, 'dangling.smtp'));
  symlinkSync('missing', join(tree, 'dangling-unknown-name'));
  symlinkSync('a.smtp', join(tree, 'link.smtp'));
  // Root reads anything: run as nobody, so that permissions are what they are for a user.
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const r = run(['check', tree], asUser);
  assert.equal(
    String(r.stdout),
    [`${tree}/a.smtp`, `${tree}/link.smtp`, `${tree}/sub/b.smtp`].map((file) => `${failureLine(file, '2:1')}\n`).join(''),
  );
  assert.equal(
    r.stderr,
    [
      `${tree}/dangling.smtp: no such file or directory`,
      `${tree}/locked: permission denied`,
      `${tree}/loop1: too many levels of symbolic links (a symlink loop)`,
      `${tree}/loop2: too many levels of symbolic links (a symlink loop)`,
      `${tree}/pipe.smtp: skipped, a FIFO (read only when named on the command line)`,
      `${tree}/sub/up: skipped, the same directory as ${tree} (a symbolic link)`,
      `${tree}/binary.smtp: binary file (contains NUL bytes)`,
      `${tree}/unreadable.smtp: permission denied`,
    ]
      .map((line) => `smtp-codes: ${line}\n`)
      .join(''),
  );
  assert.equal(r.status, 2);
});

test('NUL bytes: every command refuses the file in one line', () => {
  const file = write('nul.smtp', '220 mx\u0000\u0001 ESMTP\n550 5.1.1 no\n');
  for (const args of Object.values(fileCommands)) assertRefused(run(args(file)), file, 'binary file (contains NUL bytes)');
});

test('invalid UTF-8, UTF-16 with a byte order mark and a UTF-8 BOM read as the editor reads them; redact keeps their bytes', () => {
  const text = '550 5.1.1 no\r\nEHLO c\r\n';
  const invalid = write('invalid.smtp', Buffer.concat([Buffer.from('550 5.1.1 \xff\xfe\xc3 no\n', 'latin1'), Buffer.from('EHLO c\n')]));
  const utf16le = write('utf16le.smtp', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  const utf16be = write('utf16be.smtp', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
  const utf8bom = write('utf8bom.smtp', `\uFEFF${text}`);
  for (const file of [invalid, utf16le, utf16be, utf8bom]) {
    const r = run(['check', file]);
    // Line 1, column 1 in every encoding: the BOM is no character of the text, as in VS Code.
    assert.equal(String(r.stdout), `${failureLine(file, '1:1')}\n`, file);
    assert.equal(r.status, 0);
    assert.match(String(run(['hover', file, '1:1']).stdout), /^### 550 /);
    assert.ok(run(['redact', file]).stdout.equals(spawnSync('cat', [file]).stdout), `redact keeps the bytes of ${file}`);
  }
});

const bounceHead = 'From: MAILER-DAEMON@mx.example.com\r\nTo: a@example.org\r\nSubject: Undelivered Mail\r\nMIME-Version: 1.0\r\n';
const deliveryStatus = 'Content-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.com\r\n\r\nFinal-Recipient: rfc822; x@example.net\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 no such user\r\n\r\n';

function bounceRecipients(file: string): { recipient: string; status: string }[] {
  const r = run(['bounce', file, '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(String(r.stdout))[0].recipients.map(({ recipient, status }: { recipient: string; status: string }) => ({ recipient, status }));
}

test('truncated bounces (mid base64, mid header) and MIME nested 10,000 deep: the recipients that are there, no crash', () => {
  const report = `Content-Type: multipart/report; report-type=delivery-status; boundary="b0"\r\n\r\n--b0\r\n${deliveryStatus}--b0\r\nContent-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n\r\n`;
  const midBase64 = write('mid-base64.eml', `${bounceHead}${report}${'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=\r\n'.repeat(1000)}QUJDRE`);
  assert.deepEqual(bounceRecipients(midBase64), [{ recipient: 'x@example.net', status: '5.1.1' }]);
  const midHeader = write('mid-header.eml', `${bounceHead}Content-Type: multipart/report; report-type=deliv`);
  assert.deepEqual(bounceRecipients(midHeader), []);
  let nested = bounceHead;
  for (let i = 0; i < 10_000; i++) nested += `Content-Type: multipart/mixed; boundary="n${i}"\r\n\r\n--n${i}\r\n`;
  nested += deliveryStatus;
  for (let i = 9_999; i >= 0; i--) nested += `--n${i}--\r\n`;
  const deep = write('nested.eml', nested);
  assert.deepEqual(bounceRecipients(deep), [{ recipient: 'x@example.net', status: '5.1.1' }]);
  for (const file of [midBase64, midHeader, deep]) {
    for (const args of [['check', file], ['redact', file], ['hover', file, '1:1']]) {
      const r = run(args);
      assert.ok(r.status === 0 || (args[0] === 'hover' && r.status === 1), `${args.join(' ')}: exit ${r.status} ${r.stderr}`);
    }
  }
});

test('a million tiny lines: every command ends, and the lines are all counted', () => {
  const transcript = write('million.smtp', '250 ok\n'.repeat(1_000_000));
  const log = write('million.log', 'x\n'.repeat(1_000_000));
  const check = run(['check', transcript]);
  assert.equal(check.stderr, '1 file checked, 0 diagnostics\n');
  assert.equal(check.status, 0);
  assert.match(String(run(['hover', transcript, '1000000:1']).stdout), /^### 250 /);
  assert.equal(run(['redact', transcript]).stdout.length, 7_000_000);
  assert.equal(JSON.parse(String(run(['log-summary', log, '--format', 'json']).stdout))[0].lines, 1_000_001);
  assert.equal(run(['check', log, '--language', 'mail-log']).stderr, '1 file checked, 0 diagnostics\n');
  assert.deepEqual(bounceRecipients(transcript), []);
});

test('explain and compare with hostile arguments: one line on stderr, exit 2', () => {
  for (const args of [['explain', '5'.repeat(100_000)], ['explain', '5\r5\r0'], ['explain', '\uFFFD\uD800'], ['explain', ''], ['compare', '550', '\u0085'], ['compare', 'x'.repeat(100_000), '550']]) {
    const r = run(args);
    assert.equal(r.status, 2, args.join(' ').slice(0, 40));
    assert.equal(r.stdout.length, 0);
    assert.match(r.stderr, /^smtp-codes: [^\n]*\n$/);
  }
});

test('the language server: hostile documents are analysed and answered, and the server goes on', { timeout: capMs * 2 }, async () => {
  const client = await startLspClient();
  try {
    const documents: [string, string, string][] = [
      ['cr.smtp', 'smtp', '220 mx ESMTP\rEHLO c\r550 5.1.1 no\r'],
      ['single-line.smtp', 'smtp', `250 ${'x'.repeat(50_000_000)}`],
      ['nul.smtp', 'smtp', '220 mx\u0000 ESMTP\n550 5.1.1 no\n'],
      ['surrogates.smtp', 'smtp', '220 mx \uD800 ESMTP\n550 5.1.1 \uDC00\uD800\n'],
      ['million.smtp', 'smtp', '250 ok\n'.repeat(1_000_000)],
      ['million.log', 'mail-log', 'x\n'.repeat(1_000_000)],
      ['truncated.eml', 'eml', `${bounceHead}Content-Type: multipart/report; boundary="b0"\r\n\r\n--b0\r\n${deliveryStatus.slice(0, 120)}`],
    ];
    for (const [name, languageId, text] of documents) {
      const uri = `file:///faults/${name}`;
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
      // A hover waits for the analysis: its answer says the server got through it and still answers.
      await withTimeout(client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } }), `a hover on ${name}`, capMs);
      const published = await withTimeout(client.nextDiagnostics(name, (p) => p.uri === uri), `the diagnostics of ${name}`, capMs);
      if (name === 'nul.smtp') assert.deepEqual(published.diagnostics.map((d) => d.code), ['document.binary']);
      if (name === 'cr.smtp' || name === 'surrogates.smtp') assert.ok(published.diagnostics.some((d) => d.code === 'smtp.failure-reply'), name);
    }
    assert.equal(client.child.exitCode, null, 'the server is still running');
  } finally {
    await client.stop();
  }
});
