// `npm run screenshots`: regenerates the README's pictures (images/screenshots/*.png) with the same
// harness as the end-to-end tests, from the fixtures in test/e2e/fixtures. Run through `run.mjs --screenshots`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';
import { Session } from './lib/session.mjs';
import { screenshotsDir } from './lib/paths.mjs';
import { switchTheme } from './specs/highlighting.spec.mjs';

const viewport = { width: 1280, height: 720 };
const wideViewport = { width: 1600, height: 720 };
const tallViewport = { width: 1280, height: 1000 };

describe('screenshots', () => {
  const session = new Session({
    name: 'screenshots',
    viewport,
    settings: { 'editor.fontSize': 15, 'breadcrumbs.enabled': false },
  });
  before(async () => {
    await session.start();
    mkdirSync(screenshotsDir, { recursive: true });
    // A wider editor: the explorer adds nothing to these pictures.
    await session.workbench.runCommand('View: Close Primary Side Bar');
  }, { timeout: 180_000 });
  after(() => session.stop());
  const shot = async (workbench, name, options) => {
    await workbench.waitForAnimations();
    await workbench.screenshot(join(screenshotsDir, `${name}.png`), options);
  };
  /** The webview beside its document adds little at 1280 pixels: its group gets the whole editor area. */
  const maximizeGroupOf = async (workbench, tabTitle) => {
    await workbench.page.locator('.tabs-container .tab', { hasText: tabTitle }).click();
    await workbench.runCommand('View: Toggle Maximize Editor Group');
  };
  /** The editor area only (both groups, no activity or status bar): the webview pictures need nothing else. */
  const editorArea = async (workbench) => ({ clip: await workbench.page.locator('.part.editor').boundingBox() });

  session.test('hover.png: hover on a reply code', async (workbench) => {
    await workbench.openFile('transcripts/rejected-recipient.smtp');
    await workbench.hover('550', /How to fix it/, { line: /^550 5\.1\.1/ });
    await shot(workbench, 'hover');
  });

  session.test('problems.png: the Problems panel of a failing session', async (workbench) => {
    await workbench.closeAllEditors();
    await workbench.openFile('transcripts/class-mismatch.smtp');
    await workbench.openProblems();
    await workbench.waitForProblems([/smtp\.enhanced-class-mismatch/, /smtp\.reply-not-allowed/]);
    await shot(workbench, 'problems');
    await workbench.runCommand('View: Hide Panel');
  });

  session.test('quick-fix.png: a quick fix for a class mismatch', async (workbench) => {
    await workbench.closeAllEditors();
    await workbench.openFile('transcripts/class-mismatch.smtp');
    await workbench.openQuickFixMenu('4.1.1', /Change enhanced code 4\.1\.1 to 5\.1\.1/, { line: /^550 4\.1\.1/ });
    await shot(workbench, 'quick-fix');
    await workbench.page.keyboard.press('Escape');
  });

  session.test('bounce-summary.png: a bounce summary', async (workbench) => {
    await workbench.closeAllEditors();
    await workbench.openFile('bounces/user-unknown.eml');
    await workbench.runCommand('SMTP: Markdown Summary of Bounce');
    await workbench.waitForActiveTab(/bounce-summary/);
    await workbench.waitForViewText([/nobody@example\.net/, /5\.1\.1/, /failed/]);
    await shot(workbench, 'bounce-summary');
  });

  session.test('postfix-diagnostic.png: a Postfix config diagnostic', async (workbench) => {
    await workbench.closeAllEditors();
    await workbench.openFile('postfix/main.cf');
    await workbench.hover('450', /smtp-codes/, { line: /^unknown_local_recipient_reject_code/ });
    await shot(workbench, 'postfix-diagnostic');
  });

  session.test('session-diagram.png: the session diagram beside its transcript', async (workbench) => {
    await workbench.closeAllEditors();
    // Wider than the other pictures: the transcript and the diagram share the editor area.
    await workbench.page.setViewportSize(wideViewport);
    await workbench.openFile('transcripts/rejected-recipient.smtp');
    await workbench.runCommand('SMTP: Show Session Diagram');
    await workbench.waitForViewText([/550 5\.1\.1 <nobody@example\.net>/, /Message \(8 lines\)/]);
    const frame = await workbench.webviewFrame('.row.kind-reply.c5');
    // The rejected recipient selected: its arrow is highlighted and its line selected in the editor.
    await frame.locator('.row.kind-command', { hasText: 'RCPT TO:<nobody@example.net>' }).click();
    await workbench.until(async () => (await frame.locator('.row.current').count()) === 1 || 'no arrow highlighted', 'the highlighted arrow');
    await shot(workbench, 'session-diagram', await editorArea(workbench));
    await workbench.page.setViewportSize(viewport);
  });

  session.test('log-dashboard.png: the log dashboard', async (workbench) => {
    await workbench.closeAllEditors();
    // Taller: the chart, the totals and the first tables in one picture.
    await workbench.page.setViewportSize(tallViewport);
    await workbench.openFile('logs/mail.log');
    await workbench.runCommand('SMTP: Summarize Log');
    await workbench.waitForViewText([/Mail log dashboard: mail\.log/, /Events per minute/, /Top reply codes/]);
    await maximizeGroupOf(workbench, 'Log summary: mail.log');
    await workbench.webviewFrame('a.bar[data-list="t0"]');
    await shot(workbench, 'log-dashboard', await editorArea(workbench));
    await workbench.runCommand('View: Toggle Maximize Editor Group');
    await workbench.page.setViewportSize(viewport);
  });

  session.test('bounce-overview.png: the bounce overview', async (workbench) => {
    await workbench.closeAllEditors();
    await workbench.openFile('bounces/user-unknown.eml');
    await workbench.runCommand('SMTP: Summarize Bounce');
    await workbench.waitForViewText([/Bounce overview: user-unknown\.eml/, /nobody@example\.net/, /5\.1\.1/]);
    await maximizeGroupOf(workbench, 'Bounce summary: user-unknown.eml');
    await workbench.webviewFrame('table.recipients tr.c5');
    // The overview is one table: the picture ends below it.
    const { clip } = await editorArea(workbench);
    await shot(workbench, 'bounce-overview', { clip: { ...clip, height: 300 } });
    await workbench.runCommand('View: Toggle Maximize Editor Group');
  });

  for (const [theme, kind] of [['Default Dark Modern', 'dark'], ['Default Light Modern', 'light']]) {
    session.test(`highlighting-${kind}.png: reply classes in ${theme}`, async (workbench, current) => {
      await workbench.closeAllEditors();
      await switchTheme(workbench, current, theme, kind);
      await workbench.openFile('transcripts/rejected-recipient.smtp');
      await workbench.waitForLine(/^550 5\.1\.1/);
      await workbench.dismissHover();
      await shot(workbench, `highlighting-${kind}`);
    });
  }
});
