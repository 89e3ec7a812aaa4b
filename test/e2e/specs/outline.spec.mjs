// More than a hover: the outline of a session and inlay hints after reply codes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { fixturesDir } from '../lib/paths.mjs';

export default function outlineSpecs(session) {
  describe('outline and inlay hints', () => {
    session.test('the outline shows the session, its EHLO and each transaction with its outcome', async (workbench) => {
      await workbench.closeAllEditors();
      await workbench.openFile('transcripts/rejected-recipient.smtp');
      const labels = await workbench.waitForOutline([
        // The first session names what the reader recognised, then the greeting host.
        /^Session 1 · raw session · mx1\.example\.net$/,
        /^EHLO mailer\.example\.org · 250$/,
        /^PIPELINING$/,
        /^STARTTLS$/,
        /^Transaction 1: MAIL FROM:<newsletter@example\.org> SIZE=18342 · delivered to some recipients$/,
        /^RCPT TO:<nobody@example\.net> · 550$/,
        /^QUIT · 221$/,
      ]);
      assert.ok(labels.indexOf(labels.find((label) => /^EHLO/.test(label))) < labels.indexOf(labels.find((label) => /^PIPELINING$/.test(label))), 'extensions under the EHLO');
    });

    session.test('an inlay hint follows the codes of a failure reply, none the greeting, and the setting turns it off', async (workbench, current) => {
      const file = readFileSync(join(fixturesDir, 'transcripts/rejected-recipient.smtp'), 'utf8').split('\n');
      const plain = file.find((line) => line.startsWith('550 5.1.1'));
      const line550 = async () => (await workbench.editorLines()).find((line) => line.text === plain);
      await workbench.closeAllEditors();
      await workbench.openFile('transcripts/rejected-recipient.smtp');
      let line;
      await workbench.until(async () => {
        line = await line550();
        const [hint] = line?.hints ?? [];
        const placed = hint && (line.rendered.startsWith(`550 ${hint} `) || line.rendered.startsWith(`550 5.1.1 ${hint} `));
        return (line.hints.length === 1 && placed) || `550 line renders as ${JSON.stringify(line)}`;
      }, 'one inlay hint after the codes of the 550 reply', { timeout: 45_000 });
      assert.match(line.hints[0], /mailbox/i, 'the hint gives the short meaning of the code');
      const greeting = (await workbench.editorLines()).find((l) => l.text.startsWith('220 '));
      assert.deepEqual(greeting?.hints, [], 'by default a success reply gets no hint');
      await current.updateSettings({ 'smtpCodes.inlayHints': 'off' });
      await workbench.openFile('transcripts/rejected-recipient.smtp');
      try {
        await workbench.until(async () => {
          line = await line550();
          return (line && line.hints.length === 0 && line.rendered === plain) || `550 line renders as ${JSON.stringify(line)}`;
        }, 'the inlay hints to go away');
      } finally {
        await current.updateSettings({ 'smtpCodes.inlayHints': 'failures' });
      }
    });
  });
}
