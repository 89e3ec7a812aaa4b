/**
 * The README's Emacs configuration, as written, in a real Emacs: its modes claim every file name
 * and extension of package.json's contributes.languages (and the firstLine of transcripts), and
 * eglot starts the server from PATH, sends the right language id and gets diagnostics, a hover and
 * a quick fix back. Needs the Debian packages `emacs-nox` and, on Emacs 28, `elpa-eglot`
 * (installed by .ci/run); without them the test reports itself as skipped, with the reason.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { languages, writeLanguageSamples } from './languageFiles';
import { otherFirstLines, transcriptFirstLines } from '../firstLineSamples';
import { runHeadless } from './headless';
import { readmeSnippet, serverOnPath } from './readmeSnippet';

/** Whether eglot loads: built in from Emacs 29, a package (activated at startup) before. */
const hasEglot = spawnSync('emacs', ['--batch', '--eval', '(progn (package-activate-all) (require (quote eglot)))']).status === 0;

/** Generous for a busy two-core machine (a few seconds idle); a hung Emacs fails the test. */
const emacsTimeoutMs = 90_000;

/** Emacs's mode for each language id, as the README block names them. */
const modeOf: Record<string, string> = {
  smtp: 'smtp-transcript-mode',
  eml: 'eml-mode',
  'mail-log': 'mail-log-mode',
  'postfix-main': 'postfix-main-mode',
  'postfix-master': 'postfix-master-mode',
  'postfix-lookup': 'postfix-lookup-mode',
};

/** First lines that the firstLine pattern takes or leaves, and a few that test its edges. */
const firstLines = [
  ...transcriptFirstLines,
  ...otherFirstLines,
  '220-mx.example.net ESMTP',
  '[C] HELO client',
  '10:00:00.123 >>> EHLO client',
  'C: MAIL FROM:<a@example.org>',
  's: 220 lower-case mark',
  '[a very long bracketed prefix of more than forty characters] S: 220 mx',
];

const transcript = '220 mx.example.com ESMTP\nEHLO c.example\n250-mx.example.com\n250 ENHANCEDSTATUSCODES\nMAIL FROM:<a@c.example>\n250 2.1.0 Ok\nRCPT TO:<b@example.com>\n550 4.1.1 <b@example.com>: unknown\n';
const logLine = 'Mar  3 09:14:04 mx1 postfix/smtp[21883]: 7D2A13C0F1: to=<b@example.com>, relay=mx.example.com[192.0.2.7]:25, delay=0.58, delays=0.32/0.01/0.02/0.23, dsn=4.1.1, status=bounced (host mx.example.com[192.0.2.7] said: 550 5.1.1 <b@example.com>: unknown user (in reply to RCPT TO command))\n';

test('Emacs runs the README block: modes for every file name, and eglot gets answers from the server', {
  skip: hasEglot ? false : 'emacs with eglot is not installed (apt-get install emacs-nox elpa-eglot)',
  timeout: 2 * emacsTimeoutMs,
}, () => {
  const dir = mkdtempSync(join(tmpdir(), 'smtp-codes-emacs-'));
  const snippet = join(dir, 'readme.el');
  writeFileSync(snippet, readmeSnippet('Emacs', 'elisp'));
  const bin = serverOnPath(dir);

  // Every name and extension of package.json, one file each.
  const files = join(dir, 'files');
  const expected: Record<string, string> = {};
  for (const [path, id] of Object.entries(writeLanguageSamples(files))) expected[path] = modeOf[id];
  // The firstLine pattern, for files that no name claims: Emacs must agree with VS Code's regular expression.
  const firstLine = new RegExp(languages.find((l) => l.id === 'smtp')!.firstLine!);
  firstLines.forEach((line, i) => {
    const path = join(files, `pasted-${i}.out`);
    writeFileSync(path, `${line}\nmore text\n`);
    expected[path] = firstLine.test(line) ? 'smtp-transcript-mode' : 'fundamental-mode';
  });
  assert.ok(Object.values(expected).filter((mode) => mode === 'smtp-transcript-mode').length > 12, 'the first lines include transcripts');

  const session = join(dir, 'session.smtp');
  writeFileSync(session, transcript);
  mkdirSync(join(dir, 'var', 'log'), { recursive: true });
  const log = join(dir, 'var', 'log', 'mail.log');
  writeFileSync(log, logLine);
  const job = join(dir, 'job.json');
  writeFileSync(job, JSON.stringify({
    detect: Object.keys(expected),
    sessions: [{ file: session, hover: [7, 1] }, { file: log, hover: [0, logLine.indexOf('said: 550') + 7] }],
  }));

  const out = join(dir, 'result.json');
  const result = runHeadless('emacs', ['--batch', '-l', resolve('test/editors/emacs.el')], {
    cwd: dir,
    env: { PATH: `${bin}:${process.env.PATH}`, HOME: dir, SMTP_CODES_SNIPPET: snippet, SMTP_CODES_JOB: job, SMTP_CODES_OUT: out },
    timeoutMs: emacsTimeoutMs,
    out,
  });
  assert.deepEqual(result.modes, expected);

  const [smtp, mailLog] = result.sessions;
  assert.deepEqual({ ...smtp, hover: undefined }, {
    mode: 'smtp-transcript-mode',
    command: ['smtp-codes-language-server', '--stdio'],
    languageId: 'smtp',
    diagnostics: [
      { line: 7, col: 0, code: 'smtp.failure-reply', severity: 3 },
      { line: 7, col: 4, code: 'smtp.enhanced-class-mismatch', severity: 1 },
    ],
    hover: undefined,
    actions: ['Change enhanced code 4.1.1 to 5.1.1'],
  });
  assert.match(smtp.hover, /^### 550 Mailbox Unavailable\n/);
  assert.deepEqual({ ...mailLog, hover: undefined }, {
    mode: 'mail-log-mode',
    command: ['smtp-codes-language-server', '--stdio'],
    languageId: 'mail-log',
    diagnostics: [{ line: 0, col: logLine.indexOf('4.1.1'), code: 'log.dsn-status-mismatch', severity: 2 }],
    hover: undefined,
    actions: [],
  });
  assert.match(mailLog.hover, /^### 550 Mailbox Unavailable\n/);
});
