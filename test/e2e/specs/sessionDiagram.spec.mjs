// The session diagram: a webview beside a transcript whose arrows and editor follow each other.
import { describe } from 'node:test';
import assert from 'node:assert/strict';

/** The line number the transcript's editor marks as the cursor's (focused or not), and whether text is selected. */
async function editorCursor(workbench, fileName) {
  const editor = workbench.page.locator(`.editor-instance:has(.monaco-editor[data-uri$="${fileName}"]) .monaco-editor`).first();
  return editor.evaluate((root) => ({
    line: Number(root.querySelector('.margin-view-overlays .active-line-number')?.textContent ?? 0),
    selected: root.querySelectorAll('.view-overlays .selected-text').length > 0,
  }));
}

export default function sessionDiagramSpecs(session) {
  describe('session diagram', () => {
    session.test('"SMTP: Show Session Diagram" draws the arrows; an arrow selects its line; the cursor highlights its arrow', async (workbench) => {
      await workbench.closeAllEditors();
      await workbench.openFile('transcripts/rejected-recipient.smtp');
      await workbench.runCommand('SMTP: Show Session Diagram');
      await workbench.waitForViewText([/RCPT TO:<nobody@example\.net>/, /550 5\.1\.1 <nobody@example\.net>/, /Bad destination mailbox address|recipient mailbox does not exist/, /Message \(8 lines\)/]);
      const frame = await workbench.webviewFrame('.row.kind-reply.c5');

      // Replies are coloured by class; the 4xx and 5xx replies carry their diagnostics.
      assert.deepEqual(await frame.locator('.row.kind-reply').evaluateAll((rows) => rows.map((r) => [...r.classList].find((c) => /^c\d$/.test(c)))), ['c2', 'c2', 'c2', 'c2', 'c4', 'c5', 'c3', 'c2', 'c2']);
      const rejected = frame.locator('.row.c5');
      assert.match(await rejected.locator('.diag').innerText(), /^\u2139 550: /);
      assert.match(await rejected.getAttribute('aria-label'), /^Server to client, line 17: 550 5\.1\.1/);
      // The transaction is shaded from MAIL to the reply after the message.
      assert.equal(await frame.locator('.row.in-transaction').count(), 12);

      // The multi-line EHLO reply is one arrow; its lines open on demand.
      const ehlo = frame.locator('.row.kind-reply', { hasText: '250-mx1.example.net' });
      await ehlo.locator('.toggle').click();
      await workbench.until(async () => (await ehlo.locator('.more li').count()) === 7 || 'EHLO reply lines not shown', 'the EHLO reply lines');
      assert.equal(await ehlo.locator('.more li').last().innerText(), '250 SMTPUTF8');

      // Clicking an arrow selects its line in the editor.
      await frame.locator('.row.kind-command', { hasText: 'RCPT TO:<nobody@example.net>' }).click();
      await workbench.until(async () => {
        const cursor = await editorCursor(workbench, 'rejected-recipient.smtp');
        return (cursor.line === 16 && cursor.selected) || `editor cursor ${JSON.stringify(cursor)}`;
      }, 'the editor selection on line 16');

      // Moving the cursor in the editor highlights the arrow of that line.
      // The click above made the diagram's group the active one: the transcript's group comes first.
      await workbench.runCommand('View: Focus First Editor Group');
      await workbench.clickText('RCPT TO:<dave@example.net>');
      await workbench.until(async () => {
        const current = await frame.locator('.row.current .label').allInnerTexts();
        return (current.length === 1 && current[0] === 'RCPT TO:<dave@example.net>') || `highlighted ${JSON.stringify(current)}`;
      }, 'the arrow of line 14 highlighted');

      // An edit updates the arrows in place.
      await workbench.clickText('250 2.1.5 Ok');
      await workbench.page.keyboard.press('End');
      await workbench.page.keyboard.type(' then');
      await workbench.until(async () => (await frame.locator('.row .label', { hasText: '250 2.1.5 Ok then' }).count()) === 1 || 'edit not shown', 'the edited reply in the diagram');
      await workbench.page.keyboard.press('Control+Z');
    });
  });
}

/** In the German display language: the command title, the page's strings and the meanings are German. */
export function sessionDiagramGermanSpecs(session) {
  describe('session diagram (German)', () => {
    session.test('"SMTP: Sitzungsdiagramm anzeigen" shows German strings and meanings', async (workbench) => {
      await workbench.closeAllEditors();
      await workbench.openFile('transcripts/rejected-recipient.smtp');
      await workbench.runCommand('SMTP: Sitzungsdiagramm anzeigen');
      await workbench.waitForViewText([/Client \(Absender\)/, /Server \(Empfänger\)/, /Nachricht \(8 Zeilen\)/, /Empfängerpostfach existiert nicht/, /Transaktion 1/]);
      const frame = await workbench.webviewFrame('.row.c5');
      assert.match(await frame.locator('.row.c5').getAttribute('aria-label'), /^Server an Client, Zeile 17: 550 5\.1\.1/);
      assert.match(await frame.locator('#sessions option').first().textContent(), /^Sitzung 1 · mx1\.example\.net/);
    });
  });
}
