// Restricted mode and documents without a file: the extension runs no program, opens no network
// connection and reads only the documents it is given, so it declares untrusted-workspace and
// virtual-workspace support; these tests hold it to that in a workbench whose folder is not trusted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { fixturesDir } from '../lib/paths.mjs';

export default function trustSpecs(session) {
  describe('restricted mode and untitled documents', () => {
    session.test('the workbench is in restricted mode, and a hover still explains a 550', async (workbench) => {
      // VS Code's own indicator: shown only while the workspace is not trusted.
      await workbench.waitForStatusBarItem(/^Restricted Mode$/);
      await workbench.openFile('transcripts/rejected-recipient.smtp');
      const text = await workbench.hover('550', /Description/, { line: /^550 5\.1\.1/ });
      assert.match(text, /RCPT/, 'names the command the reply answers');
      assert.match(text, /line 16/, 'names the line of that command');
    });

    session.test('a transcript pasted into an untitled editor becomes SMTP and gets its diagnostics', async (workbench) => {
      await workbench.closeAllEditors();
      await workbench.runCommand('File: New Untitled Text File');
      await workbench.waitForActiveTab(/^Untitled-1/);
      await workbench.page.locator('.editor-group-container.active .editor-instance .monaco-editor .view-lines').click();
      await workbench.page.keyboard.insertText(readFileSync(join(fixturesDir, 'transcripts', 'class-mismatch.smtp'), 'utf8'));
      // smtpCodes.detectTranscripts is "always" in this session: the switch needs no click.
      await workbench.waitForLanguageMode('SMTP');
      await workbench.openProblems();
      // VS Code names an untitled document after its first line, in the Problems panel too.
      const rows = await workbench.waitForProblems([
        /4\.1\.1.*smtp-codes smtp\.enhanced-class-mismatch \[Ln 11, Col 5\]/,
        /250.*QUIT.*smtp-codes smtp\.reply-not-allowed \[Ln 13, Col 1\]/,
        /550.*smtp-codes smtp\.failure-reply \[Ln 11, Col 1\]/,
      ], { file: '220 smtp.example.com ESMTP' });
      assert.equal(rows.length, 3, `exactly the expected markers: ${JSON.stringify(rows.map((row) => row.text))}`);
      await workbench.waitForStatusBarItem(/^Rejected at RCPT \(550 4\.1\.1\)$/);
    });
  });
}
