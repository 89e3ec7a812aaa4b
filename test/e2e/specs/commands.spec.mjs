// The commands open readable views: an explanation, a comparison, a bounce summary.
import { describe } from 'node:test';
import assert from 'node:assert/strict';

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
  });
}
