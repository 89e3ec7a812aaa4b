// The commands open readable views: an explanation, a comparison, a bounce summary, a redacted copy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { fixturesDir } from '../lib/paths.mjs';

export default function commandSpecs(session) {
  describe('commands', () => {
    session.test('"SMTP: Explain Code…" picks a code and opens its explanation', async (workbench) => {
      await workbench.closeAllEditors();
      await workbench.runCommand('SMTP: Explain Code…');
      await workbench.waitForQuickInputPlaceholder('Code, command or keyword to explain');
      await workbench.pickQuickInputRow('550', /^550\b/);
      await workbench.waitForActiveTab(/550/);
      const text = await workbench.waitForViewText([/Description/, /When you see it/, /How to fix it/]);
      assert.match(text, /\b550\b/);
    });

    session.test('"SMTP: Compare Codes…" picks two codes and opens the comparison', async (workbench) => {
      await workbench.closeAllEditors();
      await workbench.runCommand('SMTP: Compare Codes…');
      await workbench.waitForQuickInputPlaceholder('First code to compare');
      await workbench.pickQuickInputRow('221', /^221\b/);
      await workbench.waitForQuickInputPlaceholder('Compare 221 with');
      await workbench.pickQuickInputRow('502', /^502\b/);
      await workbench.waitForActiveTab(/221.*502|502.*221/);
      await workbench.waitForViewText([/SMTP 221 Closing Connection vs 502 Command Not Implemented/, /Key differences/, /When to use which/]);
    });

    session.test('"SMTP: Markdown Summary of Bounce" lists the failed recipient of a bounce', async (workbench) => {
      await workbench.closeAllEditors();
      await workbench.openFile('bounces/user-unknown.eml');
      await workbench.runCommand('SMTP: Markdown Summary of Bounce');
      await workbench.waitForActiveTab(/bounce-summary/);
      await workbench.waitForViewText([/nobody@example\.net/, /failed/, /5\.1\.1/, /550/, /mailstore\.example\.net/]);
    });

    session.test('"SMTP: Markdown Summary of Log" counts the outcomes of a mail log', async (workbench) => {
      await workbench.closeAllEditors();
      await workbench.openFile('logs/mail.log');
      await workbench.runCommand('SMTP: Markdown Summary of Log');
      await workbench.waitForActiveTab(/log-summary/);
      await workbench.waitForViewText([/sent/, /bounced/, /deferred/, /5\.1\.1/, /4\.4\.1/, /mailstore\.example\.net/]);
    });

    session.test('"SMTP: Redact…" with Addresses picked opens a copy without the credentials and with pseudonyms, the rest kept', async (workbench) => {
      await workbench.closeAllEditors();
      await workbench.openFile('transcripts/rejected-recipient.smtp');
      // An AUTH exchange typed in (unsaved): the fixture has no credentials of its own.
      const credentials = 'AUTH PLAIN AGFsaWNlAHNlY3JldA==\n235 2.7.0 Authentication successful';
      await workbench.clickText('250 SMTPUTF8', { lineNumber: 9 });
      await workbench.page.keyboard.press('End');
      await workbench.page.keyboard.insertText(`\n${credentials}`);
      try {
        await workbench.runCommand('SMTP: Redact…');
        await workbench.waitForQuickInputPlaceholder('Credentials are always redacted. Also replace with pseudonyms:');
        // A pick-many list: a click checks the row, Enter accepts what is checked.
        const addresses = '.quick-input-widget .quick-input-list .monaco-list-row[aria-label^="Addresses,"]';
        await workbench.page.locator(addresses).click();
        await workbench.page.locator(`${addresses}[aria-checked="true"]`).waitFor({ timeout: workbench.timeout });
        await workbench.page.keyboard.press('Enter');
        // VS Code names an untitled document after its first line: "220 mx1.example.net … • Untitled-1".
        await workbench.waitForActiveTab(/\bUntitled-\d+$/);

        const original = readFileSync(join(fixturesDir, 'transcripts', 'rejected-recipient.smtp'), 'utf8').replace('250 SMTPUTF8\n', `250 SMTPUTF8\n${credentials}\n`);
        const pseudonyms = [
          ['AGFsaWNlAHNlY3JldA==', '<redacted>'],
          ['newsletter@example.org', 'user1@example.com'],
          ['carol@example.net', 'user2@example.com'],
          ['dave@example.net', 'user3@example.com'],
          ['nobody@example.net', 'user4@example.com'],
          ['20250304081244.4F2A1C0123@mailer.example.org', 'user5@example.com'],
        ];
        const expected = pseudonyms.reduce((text, [value, pseudonym]) => text.replaceAll(value, pseudonym), original);
        // The editor renders the lines in its viewport only: those must be the redacted copy's first lines.
        const wanted = expected.split('\n');
        let lines = [];
        await workbench.until(async () => {
          lines = await workbench.renderedLines();
          return (lines.length > 16 && lines.every((line, i) => line === wanted[i])) || `lines: ${JSON.stringify(lines)}`;
        }, 'the redacted copy');
        assert.equal(lines[9], 'AUTH PLAIN <redacted>');
        assert.equal(lines[13], 'RCPT TO:<user2@example.com>');
        // The hosts were not picked, so they stay.
        assert.match(lines[16], /https:\/\/postgrey\.example\.net\/$/);
        // The original is left as it was.
        await workbench.runCommand('View: Revert and Close Editor');
        await workbench.waitForActiveTab(/^rejected-recipient\.smtp/);
        await workbench.waitForLine(/^AUTH PLAIN AGFsaWNlAHNlY3JldA==$/);
      } finally {
        // The copy discarded and the transcript reverted, so that no later test meets a dialog asking to save them.
        const tabs = workbench.page.locator('.tabs-container .tab');
        await workbench.until(async () => {
          if ((await tabs.count()) === 0) return true;
          await workbench.runCommand('View: Revert and Close Editor');
          return `${await tabs.count()} tabs open`;
        }, 'the edited editors reverted and closed');
      }
    });
  });
}
