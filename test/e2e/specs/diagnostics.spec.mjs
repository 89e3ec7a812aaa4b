// The Problems panel lists what is wrong, and a quick fix repairs it.
import { describe } from 'node:test';
import assert from 'node:assert/strict';

export default function diagnosticSpecs(session) {
  describe('diagnostics and quick fixes', () => {
    session.test('the Problems panel lists the class mismatch, the wrong reply to QUIT and the failed RCPT', async (workbench) => {
      await workbench.closeAllEditors();
      await workbench.openFile('transcripts/class-mismatch.smtp');
      await workbench.openProblems();
      const rows = await workbench.waitForProblems([
        /4\.1\.1.*smtp-codes smtp\.enhanced-class-mismatch \[Ln 11, Col 5\]/,
        /250.*QUIT.*smtp-codes smtp\.reply-not-allowed \[Ln 13, Col 1\]/,
        /550.*smtp-codes smtp\.failure-reply \[Ln 11, Col 1\]/,
      ], { file: 'class-mismatch.smtp' });
      const markers = rows;
      assert.equal(markers.length, 3, `exactly the expected markers: ${JSON.stringify(markers.map((row) => row.text))}`);
      const counts = await workbench.problemCounts();
      assert.equal(counts.errors, 1, `one error (the mismatch): ${counts.text}`);
      assert.equal(counts.warnings, 1, `one warning (250 after QUIT): ${counts.text}`);
    });

    session.test('a clean transcript raises no warning, only a note for each failed reply', async (workbench) => {
      await workbench.closeAllEditors();
      await workbench.openFile('transcripts/rejected-recipient.smtp');
      await workbench.openProblems();
      const rows = await workbench.waitForProblems([
        /450.*smtp-codes smtp\.failure-reply \[Ln 15, Col 1\]/,
        /550.*smtp-codes smtp\.failure-reply \[Ln 17, Col 1\]/,
      ], { file: 'rejected-recipient.smtp' });
      const counts = await workbench.problemCounts();
      assert.equal(counts.errors, 0, `no errors: ${counts.text}`);
      assert.equal(counts.warnings, 0, `no warnings: ${counts.text}`);
      const markers = rows;
      assert.equal(markers.length, 2, `only the two failure notes: ${JSON.stringify(markers.map((row) => row.text))}`);
    });

    session.test('the quick fix rewrites the enhanced class to match the reply', async (workbench) => {
      await workbench.closeAllEditors();
      await workbench.openFile('transcripts/class-mismatch.smtp');
      await workbench.applyQuickFix('4.1.1', 'Change enhanced code 4.1.1 to 5.1.1', { line: /^550 4\.1\.1/ });
      await workbench.waitForLine(/^550 5\.1\.1 <ghost@example\.com>: unknown user$/);
      await workbench.page.keyboard.press('Control+S');
      await workbench.openProblems();
      await workbench.until(async () => {
        const rows = await workbench.problemRows();
        return !rows.some((row) => /smtp\.enhanced-class-mismatch/.test(row.text)) || `still listed: ${JSON.stringify(rows.map((row) => row.text))}`;
      }, 'the mismatch to leave the Problems panel');
    });

    session.test('a Postfix reject code that defers instead of rejecting is flagged', async (workbench) => {
      await workbench.closeAllEditors();
      await workbench.openFile('postfix/main.cf');
      await workbench.openProblems();
      await workbench.waitForProblems([/450.*smtp-codes \S+ \[Ln 18, Col \d+\]/], { file: 'main.cf' });
    });
  });
}
