// `npm run screenshots`: regenerates the README's pictures (images/screenshots/*.png) with the same
// harness as the end-to-end tests, from the fixtures in test/e2e/fixtures. Run through `run.mjs --screenshots`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';
import { Session } from './lib/session.mjs';
import { screenshotsDir } from './lib/paths.mjs';
import { switchTheme } from './specs/highlighting.spec.mjs';

const viewport = { width: 1280, height: 720 };

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
  const shot = async (workbench, name) => {
    await workbench.waitForAnimations();
    await workbench.screenshot(join(screenshotsDir, `${name}.png`));
  };

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
