// With the German display language (`code-server --locale de`), the extension's UI and its hovers
// are German. The workbench's own strings need a language pack, which cannot be installed offline:
// only what the extension contributes is checked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { repoRoot } from '../lib/paths.mjs';

function nls(file) {
  return JSON.parse(readFileSync(join(repoRoot, file), 'utf8'));
}

function title(value) {
  return typeof value === 'string' ? value : value.message;
}

export default function germanSpecs(session) {
  describe('German display language', () => {
    session.test('command titles are German in the command palette', async (workbench) => {
      const english = nls('package.nls.json');
      const german = nls('package.nls.de.json');
      const keys = ['command.explainCode', 'command.compareCodes', 'command.summarizeBounce', 'command.summarizeLog'];
      for (const key of keys) assert.notEqual(title(german[key]), title(english[key]), `${key} is translated`);
      const labels = await workbench.waitForCommandPaletteRows('SMTP', keys.map((key) => `SMTP: ${title(german[key])}`));
      for (const key of keys) {
        assert.ok(!labels.some((label) => label.startsWith(`SMTP: ${title(english[key])}`)), `no English "${title(english[key])}": ${JSON.stringify(labels)}`);
      }
    });

    session.test('a hover on a reply code is German', async (workbench) => {
      await workbench.openFile('transcripts/rejected-recipient.smtp');
      const text = await workbench.hover('550', /Beschreibung/, { line: /^550 5\.1\.1/ });
      assert.match(text, /Wann Sie es sehen/);
      assert.match(text, /Wie man es behebt/);
      assert.match(text, /Zeile 16/);
      assert.doesNotMatch(text, /When you see it/);
    });

    session.test('diagnostics in the Problems panel are German', async (workbench) => {
      await workbench.openFile('transcripts/class-mismatch.smtp');
      await workbench.openProblems();
      const rows = await workbench.waitForProblems([/smtp\.enhanced-class-mismatch/]);
      const marker = rows.find((row) => /smtp\.enhanced-class-mismatch/.test(row.text));
      assert.match(marker.text, /Klasse|passt nicht|erweiterte/i, `German message: ${marker.text}`);
    });

    session.test('"SMTP: Explain Code…" asks in German and opens a German explanation', async (workbench) => {
      const german = nls('package.nls.de.json');
      const bundle = nls('l10n/bundle.l10n.de.json');
      await workbench.closeAllEditors();
      await workbench.runCommand(`SMTP: ${title(german['command.explainCode'])}`);
      await workbench.waitForQuickInputPlaceholder(title(bundle['Code, command or keyword to explain']));
      await workbench.pickQuickInputRow('421', /^421\b/);
      await workbench.waitForActiveTab(/421/);
      await workbench.waitForViewText([/Beschreibung/, /Wann Sie es sehen/, /\b421\b/]);
    });
  });
}
