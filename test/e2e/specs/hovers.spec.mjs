// Hovers explain what is under the mouse: reply codes, enhanced codes, commands, DSN fields and
// Postfix parameters.
import { describe } from 'node:test';
import assert from 'node:assert/strict';

export default function hoverSpecs(session) {
  describe('hovers', () => {
    session.test('a 550 in a transcript shows its explanation and the command it answers', async (workbench) => {
      await workbench.openFile('transcripts/rejected-recipient.smtp');
      const text = await workbench.hover('550', /Description/, { line: /^550 5\.1\.1/ });
      assert.match(text, /\b550\b/);
      assert.match(text, /5xx/);
      assert.match(text, /When you see it/);
      assert.match(text, /How to fix it/);
      assert.match(text, /RCPT/, 'names the command the reply answers');
      assert.match(text, /line 16/, 'names the line of that command');
      // The status bar shows the session's outcome, as the server computes it: two of three RCPTs were refused.
      await workbench.waitForStatusBarItem(/^Delivered to 1 of 3 recipients$/);
    });

    session.test('an enhanced status code shows class, subject and explanation', async (workbench) => {
      await workbench.openFile('transcripts/rejected-recipient.smtp');
      const text = await workbench.hover('5.1.1', /Bad destination mailbox address/i, { line: /^550 5\.1\.1/ });
      assert.match(text, /Class 5/);
      assert.match(text, /Description/);
    });

    session.test('a command shows its syntax and purpose', async (workbench) => {
      await workbench.openFile('transcripts/rejected-recipient.smtp');
      const text = await workbench.hover('RCPT', /Syntax/, { line: /^RCPT TO:<carol@/ });
      assert.match(text, /RCPT TO:/);
      assert.match(text, /SMTP command/);
    });

    session.test('a DSN Status field in a bounce explains the field and its code', async (workbench) => {
      await workbench.openFile('bounces/user-unknown.eml');
      const field = await workbench.hover('Status', /RFC 3464/, { line: /^Status: 5\.1\.1/, lineNumber: 41 });
      assert.match(field, /Status/);
      const code = await workbench.hover('5.1.1', /Bad destination mailbox address/i, { line: /^Status: 5\.1\.1/, lineNumber: 41 });
      assert.match(code, /Class 5/);
    });

    session.test('a Postfix *_reject_code parameter shows its default and what the code means', async (workbench) => {
      await workbench.openFile('postfix/main.cf');
      const parameter = await workbench.hover('unknown_local_recipient_reject_code', /550/, { line: /^unknown_local_recipient_reject_code/ });
      assert.match(parameter, /unknown_local_recipient_reject_code/);
      const value = await workbench.hover('450', /\b450\b/, { line: /^unknown_local_recipient_reject_code/ });
      assert.match(value, /4xx/);
    });
  });
}
