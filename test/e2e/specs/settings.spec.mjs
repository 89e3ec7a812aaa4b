// Every setting is honoured live: each test changes one in settings.json while documents are open
// (no reload, no restart) and waits for what a user would see change. Then the status bar item:
// the outcome of a transcript, a bounce and a log, and the summary its click opens.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { fixturesDir } from '../lib/paths.mjs';

const offer = 'This looks like an SMTP transcript. Open it as SMTP?';
const transcript = readFileSync(join(fixturesDir, 'settings', 'session.smtp'), 'utf8');
/** What a line of the protocol trace starts with (vscode-jsonrpc's tracer, `messages` verbosity). */
const traceLine = /(Sending|Received) (request|response|notification) '/;

/** The notification toasts on screen, as text. */
async function toasts(workbench) {
  return workbench.page.locator('.notifications-toasts .notification-toast').evaluateAll((els) => els.map((el) => el.innerText.replace(/\s+/g, ' ').trim()));
}

/** The status bar item of the extension whose text matches, as a locator to click. */
function outcomeItem(workbench, text) {
  return workbench.page.locator('.statusbar .statusbar-item', { hasText: text }).locator('a, .statusbar-item-label').first();
}

/** Opens a new untitled editor and pastes `text` into it, as a person pasting a transcript would. */
async function pasteIntoUntitled(workbench, text, name) {
  await workbench.runCommand('File: New Untitled Text File');
  await workbench.waitForActiveTab(untitledTab(name));
  await workbench.waitForLanguageMode('Plain Text');
  await workbench.page.locator('.editor-group-container.active .editor-instance .monaco-editor .view-lines').click();
  await workbench.page.keyboard.insertText(text);
}

/** An untitled editor's tab: VS Code puts the first line before its name once it has text. */
function untitledTab(name) {
  return new RegExp(`(^|• )${name}$`);
}

/** Closes every untitled editor without the save prompt, so that later tests can close all editors. */
async function discardUntitledEditors(workbench) {
  const tabs = workbench.page.locator('.tabs-container .tab');
  const labels = () => tabs.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') || ''));
  for (;;) {
    const all = await labels();
    const index = all.findIndex((label) => /Untitled-\d+$/.test(label));
    if (index < 0) return;
    const name = all[index].match(/Untitled-\d+$/)[0];
    await tabs.nth(index).click();
    await workbench.waitForActiveTab(untitledTab(name));
    await workbench.runCommand('View: Revert and Close Editor');
    await workbench.until(async () => !(await labels()).some((label) => untitledTab(name).test(label)) || `${name} still open`, `${name} to close`);
  }
}

/** The lines the Output panel shows, once it shows the channel `name`. */
async function outputLines(workbench, name) {
  await workbench.runCommand('Output: Show Output Channels...');
  await workbench.pickQuickInputRow(null, name, { exact: true });
  let lines = [];
  await workbench.until(async () => {
    const shown = await workbench.page.locator('.panel .output-view .monaco-editor').evaluateAll((editors) => editors.map((editor) => editor.getAttribute('data-uri') || ''));
    lines = await workbench.page.locator('.panel .output-view .monaco-editor .view-lines').evaluateAll((roots) => roots.flatMap((root) =>
      [...root.querySelectorAll('.view-line')].map((line) => line.textContent.replace(/\u00a0/g, ' '))));
    return (shown.length > 0 && lines.length > 0) || `output panel shows ${JSON.stringify(shown)}`;
  }, `the output channel "${name}"`);
  return lines;
}

export default function settingsSpecs(session) {
  describe('settings honoured live', () => {
    session.test('smtpCodes.language: a hover turns German with "de" and English again with "en"', async (workbench, current) => {
      await workbench.closeAllEditors();
      await workbench.openFile('settings/session.smtp');
      // "auto" follows VS Code's display language, English in this session.
      await workbench.hover('550', /Description/, { line: /^550 5\.1\.1/ });
      await workbench.waitForStatusBarItem(/^Delivered to 1 of 3 recipients$/);
      try {
        await current.updateSettings({ 'smtpCodes.language': 'de' });
        await workbench.waitForActiveTab(/^session\.smtp/);
        const german = await workbench.hover('550', /Beschreibung/, { line: /^550 5\.1\.1/ });
        assert.match(german, /Wann Sie es sehen/);
        assert.doesNotMatch(german, /When you see it/);
        // The status bar item is the server's too, in the same language.
        await workbench.waitForStatusBarItem(/^Zugestellt an 1 von 3 Empfängern$/);
        await current.updateSettings({ 'smtpCodes.language': 'en' });
        await workbench.waitForActiveTab(/^session\.smtp/);
        const english = await workbench.hover('550', /Description/, { line: /^550 5\.1\.1/ });
        assert.match(english, /When you see it/);
        assert.doesNotMatch(english, /Beschreibung/);
        await workbench.waitForStatusBarItem(/^Delivered to 1 of 3 recipients$/);
      } finally {
        await current.updateSettings({ 'smtpCodes.language': 'auto' });
      }
    });

    session.test('smtpCodes.diagnostics.severity: the failure notes become warnings, then go away', async (workbench, current) => {
      await workbench.closeAllEditors();
      await workbench.openFile('settings/session.smtp');
      await workbench.openProblems();
      const notes = [/450.*smtp-codes smtp\.failure-reply \[Ln 15, Col 1\]/, /550.*smtp-codes smtp\.failure-reply \[Ln 17, Col 1\]/];
      await workbench.waitForProblems(notes, { file: 'session.smtp' });
      assert.deepEqual(await workbench.problemCounts().then(({ errors, warnings }) => ({ errors, warnings })), { errors: 0, warnings: 0 }, 'information by default');
      try {
        await current.updateSettings({ 'smtpCodes.diagnostics.severity': { 'smtp.failure-reply': 'warning' } });
        await workbench.until(async () => {
          const counts = await workbench.problemCounts();
          return (counts.errors === 0 && counts.warnings === 2) || `status bar problems "${counts.text}"`;
        }, 'two warnings in the status bar');
        const rows = await workbench.waitForProblems(notes, { file: 'session.smtp' });
        assert.equal(rows.length, 2, JSON.stringify(rows.map((row) => row.text)));
        assert.ok(rows.every((row) => /warning/i.test(row.label)), `warning markers: ${JSON.stringify(rows.map((row) => row.label))}`);
        await current.updateSettings({ 'smtpCodes.diagnostics.severity': { 'smtp.failure-reply': 'off' } });
        await workbench.until(async () => {
          const rows = await workbench.problemRows();
          const counts = await workbench.problemCounts();
          return (!rows.some((row) => /smtp\.failure-reply/.test(row.text)) && counts.warnings === 0) || `rows ${JSON.stringify(rows.map((row) => row.text))}, status "${counts.text}"`;
        }, 'the failure notes to leave the Problems panel');
      } finally {
        await current.updateSettings({ 'smtpCodes.diagnostics.severity': {} });
      }
      await workbench.openFile('settings/session.smtp');
      await workbench.waitForProblems(notes, { file: 'session.smtp' });
    });

    session.test('smtpCodes.log.perLineDiagnostics: each failed delivery of an open log gets a note, and loses it again', async (workbench, current) => {
      await workbench.closeAllEditors();
      await workbench.openFile('settings/maillog');
      await workbench.waitForStatusBarItem(/^Log: 3 failed deliveries$/);
      await workbench.openProblems();
      const failures = [
        /smtp-codes log\.delivery-failure \[Ln 2, Col \d+\]/,
        /smtp-codes log\.delivery-failure \[Ln 7, Col \d+\]/,
        /smtp-codes log\.delivery-failure \[Ln 10, Col \d+\]/,
      ];
      assert.deepEqual(await workbench.problemsOf('maillog'), [], 'no per-line notes by default');
      try {
        await current.updateSettings({ 'smtpCodes.log.perLineDiagnostics': true });
        const rows = await workbench.waitForProblems(failures, { file: 'maillog' });
        assert.equal(rows.length, 3, `one note per failed delivery: ${JSON.stringify(rows.map((row) => row.text))}`);
        await current.updateSettings({ 'smtpCodes.log.perLineDiagnostics': false });
        await workbench.until(async () => {
          const rows = await workbench.problemRows();
          return !rows.some((row) => /log\.delivery-failure/.test(row.text)) || `rows ${JSON.stringify(rows.map((row) => row.text))}`;
        }, 'the per-line notes to go away');
      } finally {
        await current.updateSettings({ 'smtpCodes.log.perLineDiagnostics': false });
      }
    });

    session.test('smtpCodes.additionalLanguages: a Markdown note gets hovers once markdown is listed', async (workbench, current) => {
      await workbench.closeAllEditors();
      await workbench.openFile('settings/notes.md');
      await workbench.waitForLanguageMode('Markdown');
      // The code sits in a link: the editor's link hover shows, and nothing of the extension with it.
      const before = await workbench.hover('5.1.1', /Follow link/, { line: /^The relay's log/ });
      assert.doesNotMatch(before, /Bad destination mailbox address|Class 5/i);
      try {
        await current.updateSettings({ 'smtpCodes.additionalLanguages': ['markdown'] });
        await workbench.waitForActiveTab(/^notes\.md/);
        const after = await workbench.hover('5.1.1', /Bad destination mailbox address/i, { line: /^The relay's log/ });
        assert.match(after, /Class 5/);
      } finally {
        await current.updateSettings({ 'smtpCodes.additionalLanguages': [] });
      }
      // The transcript's own language needs no entry, and the restarted server serves it.
      await workbench.openFile('settings/session.smtp');
      await workbench.waitForStatusBarItem(/^Delivered to 1 of 3 recipients$/);
    });

    session.test('smtpCodes.detectTranscripts: "never" leaves a pasted transcript alone, "ask" offers SMTP, "always" switches', async (workbench, current) => {
      await workbench.closeAllEditors();
      try {
        await current.updateSettings({ 'smtpCodes.detectTranscripts': 'never' });
        await pasteIntoUntitled(workbench, transcript, 'Untitled-1');
        // Away and back: showing the editor again makes the extension look at it at once, and the
        // status bar item it hides in the same step tells when it has.
        await workbench.openFile('settings/session.smtp');
        await workbench.waitForStatusBarItem(/^Delivered to 1 of 3 recipients$/);
        await workbench.runCommand('View: Open Previous Editor');
        await workbench.waitForActiveTab(untitledTab('Untitled-1'));
        await workbench.until(async () => {
          const texts = await workbench.statusBarTexts();
          return !texts.some((text) => /^Delivered to/.test(text)) || `status bar items ${JSON.stringify(texts)}`;
        }, 'the outcome item to hide for a plain-text editor');
        assert.equal(await workbench.languageMode(), 'Plain Text', 'not switched');
        assert.deepEqual((await toasts(workbench)).filter((text) => text.includes(offer)), [], 'not offered');

        // "ask": shown again after the settings editor closes, the same editor is offered SMTP.
        await current.updateSettings({ 'smtpCodes.detectTranscripts': 'ask' });
        await workbench.waitForActiveTab(untitledTab('Untitled-1'));
        const toast = workbench.page.locator('.notifications-toasts .notification-toast', { hasText: offer });
        await toast.waitFor({ timeout: workbench.timeout });
        assert.equal(await workbench.languageMode(), 'Plain Text', 'asked first, not switched');
        await toast.locator('.monaco-button', { hasText: /^Switch$/ }).click();
        await workbench.waitForLanguageMode('SMTP');
        await workbench.waitForStatusBarItem(/^Delivered to 1 of 3 recipients$/);
        await toast.waitFor({ state: 'detached', timeout: workbench.timeout });

        // "always": a second pasted transcript becomes SMTP without a question.
        await current.updateSettings({ 'smtpCodes.detectTranscripts': 'always' });
        await pasteIntoUntitled(workbench, transcript, 'Untitled-2');
        await workbench.waitForLanguageMode('SMTP');
        assert.deepEqual((await toasts(workbench)).filter((text) => text.includes(offer)), [], 'switched without asking');
        await workbench.waitForStatusBarItem(/^Delivered to 1 of 3 recipients$/);
      } finally {
        await discardUntitledEditors(workbench);
        await current.updateSettings({ 'smtpCodes.detectTranscripts': 'ask' });
      }
    });

    session.test('smtpCodes.trace.server: "messages" starts the protocol trace in the SMTP Codes output channel', async (workbench, current) => {
      await workbench.closeAllEditors();
      await workbench.openFile('settings/session.smtp');
      await workbench.hover('550', /Description/, { line: /^550 5\.1\.1/ });
      const quiet = await outputLines(workbench, 'SMTP Codes');
      assert.deepEqual(quiet.filter((line) => traceLine.test(line)), [], 'no trace while "off"');
      try {
        await current.updateSettings({ 'smtpCodes.trace.server': 'messages' });
        await workbench.openFile('settings/session.smtp');
        await workbench.hover('550', /Description/, { line: /^550 5\.1\.1/ });
        await workbench.outputChannelText('SMTP Codes', traceLine);
      } finally {
        await current.updateSettings({ 'smtpCodes.trace.server': 'off' });
      }
    });
  });

  describe('the status bar item', () => {
    session.test('a transcript shows its outcome, and the item opens its session diagram', async (workbench) => {
      await workbench.closeAllEditors();
      await workbench.openFile('settings/session.smtp');
      await workbench.waitForStatusBarItem(/^Delivered to 1 of 3 recipients$/);
      await outcomeItem(workbench, 'Delivered to 1 of 3 recipients').click();
      await workbench.waitForViewText([/RCPT TO:<nobody@example\.net>/, /550 5\.1\.1 <nobody@example\.net>/]);
      await workbench.webviewFrame('.row.kind-reply.c5');
      await workbench.until(async () => {
        const labels = await workbench.page.locator('.tabs-container .tab').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') || ''));
        return labels.some((label) => label.startsWith('Session Diagram: session.smtp')) || `tabs ${JSON.stringify(labels)}`;
      }, 'the session diagram tab');
    });

    session.test('a bounce shows its failed recipient and status, and the item opens the bounce summary', async (workbench) => {
      await workbench.closeAllEditors();
      await workbench.openFile('settings/bounce.eml');
      const text = await workbench.waitForStatusBarItem(/^Bounce: /);
      assert.equal(text, 'Bounce: 1 recipient failed (5.1.1)');
      await outcomeItem(workbench, text).click();
      await workbench.waitForActiveTab(/^Bounce summary: bounce\.eml/);
      await workbench.waitForViewText([/Bounce overview: bounce\.eml/, /nobody@example\.net/, /5\.1\.1/]);
    });

    session.test('a mail log shows its failure count, and the item opens the log dashboard', async (workbench) => {
      await workbench.closeAllEditors();
      await workbench.openFile('settings/maillog');
      const text = await workbench.waitForStatusBarItem(/^Log: /);
      assert.equal(text, 'Log: 3 failed deliveries');
      await outcomeItem(workbench, text).click();
      await workbench.waitForActiveTab(/^Log summary: maillog/);
      await workbench.waitForViewText([/Mail log dashboard: maillog/, /11 lines, 4 delivery events\./]);
    });
  });
}
