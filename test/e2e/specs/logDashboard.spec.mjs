// The log dashboard and the bounce overview: webviews whose bars and rows list lines, and whose lines move the editor.
import { describe } from 'node:test';
import assert from 'node:assert/strict';

async function waitForCursorLine(workbench, lineNumber) {
  await workbench.until(async () => {
    // The item is shown only while a text editor is active: until the revealed editor is, read nothing and wait.
    const item = workbench.page.locator('#status\\.editor\\.selection');
    const status = (await item.count()) ? ((await item.textContent({ timeout: 1000 })) ?? '').trim() : '';
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

    session.test('the dashboard follows edits of its log in place, keeping the open list, and says when the log closed', async (workbench) => {
      await workbench.closeAllEditors();
      await workbench.openFile('logs/mail.log');
      await workbench.runCommand('SMTP: Summarize Log');
      await workbench.waitForActiveTab(/Log summary: mail\.log/);
      await workbench.waitForViewText([/11 lines, 4 delivery events\./]);
      const frame = await workbench.webviewFrame('tr[data-list="hosts-0"]');
      await frame.locator('tr[data-list="hosts-0"] a').click();
      await frame.locator('#hosts-0.shown').waitFor({ state: 'visible', timeout: workbench.timeout });
      // A reload of the page would lose this mark: an edit must replace the data, not the page.
      await frame.evaluate(() => {
        window.smtpCodesMark = 'same page';
      });

      // A delivery to the same host added after the log's last line (unsaved).
      await workbench.runCommand('View: Focus First Editor Group');
      await workbench.clickText('9B3E4C0789', { lineNumber: 10 });
      await workbench.page.keyboard.press('End');
      await workbench.page.keyboard.insertText(
        '\nMar  4 09:14:30 mx1 postfix/lmtp[21970]: 9B3E4C0790: to=<erin@example.net>, relay=mailstore.example.net[198.51.100.7]:24, delay=0.5, delays=0.1/0/0.2/0.2, dsn=2.0.0, status=sent (250 2.0.0 <erin@example.net> Saved)',
      );
      await workbench.until(async () => {
        const totals = await frame.locator('.totals li').allInnerTexts();
        return totals.join(', ') === '2 delivered, 1 deferred, 1 bounced, 1 rejected' || `totals ${JSON.stringify(totals)}`;
      }, 'the dashboard counting the new delivery');
      assert.match(await frame.locator('#report header p').innerText(), /^12 lines, 5 delivery events\./);
      // The host's list stays open and lists the new line; the bars and rows are the new ones.
      assert.deepEqual(await frame.locator('.list.shown').evaluateAll((lists) => lists.map((l) => l.id)), ['hosts-0']);
      assert.deepEqual(await frame.locator('#hosts-0 button.line .n').allInnerTexts(), ['6', '7', '11']);
      assert.match(await frame.locator('tr.selected[data-list="hosts-0"]').innerText(), /mailstore\.example\.net\s+3/);
      assert.deepEqual(await frame.locator('a.bar').evaluateAll((bars) => bars.map((b) => b.getAttribute('aria-label'))), [
        'Mar  4 09:12: 3 events (1 delivered, 1 bounced, 1 rejected)',
        'Mar  4 09:14: 2 events (1 delivered, 1 deferred)',
      ]);
      assert.equal(await frame.evaluate(() => window.smtpCodesMark), 'same page');

      // Reverted, the log is as saved again, and so is the dashboard.
      await workbench.runCommand('View: Focus First Editor Group');
      await workbench.runCommand('File: Revert File');
      await workbench.until(async () => {
        const intro = await frame.locator('#report header p').innerText();
        return /^11 lines, 4 delivery events\./.test(intro) || intro;
      }, 'the dashboard back at 4 events');
      assert.deepEqual(await frame.locator('#hosts-0.shown button.line .n').allInnerTexts(), ['6', '7']);

      // Closing the log leaves the dashboard readable, marked as no longer following it.
      await workbench.runCommand('View: Focus First Editor Group');
      await workbench.runCommand('View: Close Editor');
      await workbench.until(async () => {
        const labels = await workbench.page.locator('.tabs-container .tab').evaluateAll((tabs) => tabs.map((t) => t.getAttribute('aria-label') || ''));
        return labels.some((l) => /^Log summary: mail\.log \(closed\)/.test(l)) || `tabs ${JSON.stringify(labels)}`;
      }, 'the dashboard tab marked closed');
      const note = frame.locator('#stale');
      await note.waitFor({ state: 'visible', timeout: workbench.timeout });
      assert.equal(await note.innerText(), 'mail.log was closed: this summary no longer follows it.');
      assert.match(await frame.locator('#report header p').innerText(), /^11 lines, 4 delivery events\./);
    });

    session.test('"SMTP: Summarize Bounce" shows each recipient with its status and links to its line', async (workbench) => {
      await workbench.closeAllEditors();
      await workbench.openFile('bounces/user-unknown.eml');
      await workbench.runCommand('SMTP: Summarize Bounce');
      await workbench.waitForActiveTab(/Bounce summary: user-unknown\.eml/);
      await workbench.waitForViewText([/Bounce overview: user-unknown\.eml/, /nobody@example\.net/, /5\.1\.1/, /mailstore\.example\.net/]);
      const frame = await workbench.webviewFrame('table.recipients tr.c5');
      const line = Number(await frame.locator('tr.c5 button.line[data-field="status"]').getAttribute('data-line'));
      await frame.locator('tr.c5 button.line[data-field="status"]').click();
      await waitForCursorLine(workbench, line + 1);
      assert.match(await workbench.page.locator('.tabs-container .tab.active').first().getAttribute('aria-label'), /user-unknown\.eml/);
    });
  });
}
