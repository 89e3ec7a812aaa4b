// The log dashboard and the bounce overview: webviews whose bars and rows list lines, and whose lines move the editor.
import { describe } from 'node:test';
import assert from 'node:assert/strict';

async function waitForCursorLine(workbench, lineNumber) {
  await workbench.until(async () => {
    const status = ((await workbench.page.locator('#status\\.editor\\.selection').textContent()) ?? '').trim();
    return new RegExp(`^Ln ${lineNumber},`).test(status) || `status bar shows ${status}`;
  }, `the cursor on line ${lineNumber}`);
}

export default function logDashboardSpecs(session) {
  describe('log dashboard', () => {
    session.test('"SMTP: Summarize Log" shows the counts; a row and a bar list their lines; a line moves the editor', async (workbench) => {
      await workbench.closeAllEditors();
      await workbench.openFile('logs/mail.log');
      await workbench.runCommand('SMTP: Summarize Log');
      await workbench.waitForActiveTab(/Log summary: mail\.log/);
      await workbench.waitForViewText([/Mail log dashboard: mail\.log/, /11 lines, 4 delivery events\./, /Events per minute/, /Top reply codes/, /mailbox unavailable or rejected by policy/]);
      const frame = await workbench.webviewFrame('tr[data-list="hosts-0"]');
      assert.deepEqual(await frame.locator('.totals li').allInnerTexts(), ['1 delivered', '1 deferred', '1 bounced', '1 rejected']);
      assert.deepEqual(await frame.locator('a.bar').evaluateAll((bars) => bars.map((b) => b.getAttribute('aria-label'))), [
        'Mar  4 09:12: 3 events (1 delivered, 1 bounced, 1 rejected)',
        'Mar  4 09:14: 1 event (1 deferred)',
      ]);

      // The top host, mailstore.example.net, counts two events: lines 6 and 7.
      const hostRow = frame.locator('tr[data-list="hosts-0"]');
      assert.match(await hostRow.innerText(), /mailstore\.example\.net\s+2/);
      await hostRow.locator('a').click();
      const list = frame.locator('#hosts-0.shown');
      await list.waitFor({ state: 'visible', timeout: workbench.timeout });
      assert.deepEqual(await list.locator('button.line .n').allInnerTexts(), ['6', '7']);
      await list.locator('button.line[data-line="6"]').click();
      await waitForCursorLine(workbench, 7);
      const selected = ((await workbench.page.locator('#status\\.editor\\.selection').textContent()) ?? '').trim();
      assert.match(selected, /selected/);

      // A bar lists its minute's lines; the line of the deferral moves the editor again.
      const again = await workbench.webviewFrame('a.bar[data-list="t2"]');
      await again.locator('a.bar[data-list="t2"]').click();
      const minute = again.locator('#t2.shown');
      await minute.waitFor({ state: 'visible', timeout: workbench.timeout });
      assert.deepEqual(await minute.locator('button.line .n').allInnerTexts(), ['10']);
      await minute.locator('button.line').click();
      await waitForCursorLine(workbench, 10);
    });

    session.test('"SMTP: Summarize Bounce" shows each recipient with its status and links to its line', async (workbench) => {
      await workbench.closeAllEditors();
      await workbench.openFile('bounces/user-unknown.eml');
      await workbench.runCommand('SMTP: Summarize Bounce');
      await workbench.waitForActiveTab(/Bounce summary: user-unknown\.eml/);
      await workbench.waitForViewText([/Bounce overview: user-unknown\.eml/, /nobody@example\.net/, /5\.1\.1/, /mailstore\.example\.net/]);
      const frame = await workbench.webviewFrame('table.recipients tr.c5');
      const line = Number(await frame.locator('tr.c5 button.line').getAttribute('data-line'));
      await frame.locator('tr.c5 button.line').click();
      await waitForCursorLine(workbench, line + 1);
      assert.match(await workbench.page.locator('.tabs-container .tab.active').first().getAttribute('aria-label'), /user-unknown\.eml/);
    });
  });
}
