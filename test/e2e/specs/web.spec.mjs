// The web build (package.json `browser`) in code-server's web worker extension host, as on
// vscode.dev and github.dev: the client in the web extension host, the language server in a web
// worker. The session forces the web worker host with `remote.extensionKind`; the first test checks
// that the extension really runs there, so the others cannot pass on the Node host.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'node:test';
import assert from 'node:assert/strict';
import { fixturesDir } from '../lib/paths.mjs';

/** What the Node build of the same vsix (its `smtp-codes check`) reports for a fixture. */
function cliDiagnostics(session, relativePath) {
  const extensionsDir = join(session.root, 'extensions');
  const folder = readdirSync(extensionsDir).find((name) => name.startsWith('smtp-codes.smtp-codes-'));
  assert.ok(folder, `the extension is installed in ${extensionsDir}`);
  const cli = join(extensionsDir, folder, 'dist', 'cli.js');
  const result = spawnSync(process.execPath, [cli, 'check', '--format', 'json', join(fixturesDir, relativePath)], { encoding: 'utf8' });
  // Exit 1 says an error was found, as this fixture holds one; 2 would be a failure to check.
  assert.equal(result.status, 1, `smtp-codes check: ${result.stderr}`);
  return JSON.parse(result.stdout)[0].diagnostics;
}

/** A Problems panel row as the workbench shows a diagnostic: message, source, code, position. */
function problemRowText(diagnostic) {
  const { line, character } = diagnostic.range.start;
  return `${diagnostic.message.replace(/\s+/g, ' ').trim()} ${diagnostic.source} ${diagnostic.code} [Ln ${line + 1}, Col ${character + 1}]`;
}

export default function webSpecs(session) {
  describe('VS Code for the Web', () => {
    session.test('the extension runs in the web worker extension host and a hover explains a 550', async (workbench) => {
      await workbench.openFile('transcripts/rejected-recipient.smtp');
      const text = await workbench.hover('550', /Description/, { line: /^550 5\.1\.1/ });
      assert.match(text, /5xx/);
      assert.match(text, /RCPT/, 'names the command the reply answers');
      assert.match(text, /line 16/, 'names the line of that command');
      // Written by the web entry only (client/src/browser/extension.ts), from what it finds around it.
      const output = await workbench.outputChannelText('SMTP Codes', /Extension host:/);
      assert.match(output, /\[info\] Extension host: web worker, uiKind: Web; language server: web worker from a Blob URL$/m);
    });

    session.test('a faulty transcript gets the same diagnostics in the worker as from the Node build', async (workbench, session) => {
      const expected = cliDiagnostics(session, 'transcripts/class-mismatch.smtp').map(problemRowText);
      assert.ok(expected.some((row) => /^Enhanced code 4\.1\.1 .* smtp\.enhanced-class-mismatch \[Ln 11, Col 5\]$/.test(row)), `the fixture's fault: ${JSON.stringify(expected)}`);
      await workbench.closeAllEditors();
      await workbench.openFile('transcripts/class-mismatch.smtp');
      await workbench.openProblems();
      const rows = await workbench.waitForProblems(expected.map((row) => new RegExp(`^${row.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)), { file: 'class-mismatch.smtp' });
      assert.deepEqual(rows.map((row) => row.text).sort(), [...expected].sort());
    });

    session.test('the quick fix is offered and rewrites the enhanced class', async (workbench) => {
      await workbench.closeAllEditors();
      await workbench.openFile('transcripts/class-mismatch.smtp');
      await workbench.applyQuickFix('4.1.1', 'Change enhanced code 4.1.1 to 5.1.1', { line: /^550 4\.1\.1/ });
      await workbench.waitForLine(/^550 5\.1\.1 <ghost@example\.com>: unknown user$/);
      await workbench.openProblems();
      await workbench.until(async () => {
        const rows = await workbench.problemsOf('class-mismatch.smtp');
        return !rows.some((row) => /smtp\.enhanced-class-mismatch/.test(row.text)) || `still listed: ${JSON.stringify(rows.map((row) => row.text))}`;
      }, 'the mismatch to leave the Problems panel');
    });
  });
}
