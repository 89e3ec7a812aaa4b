const assert = require('node:assert/strict');
const vscode = require('vscode');
const { extensionId, openFixture } = require('../helpers.cjs');

describe('the extension', () => {
  it('activates when an SMTP transcript opens', async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is loaded`);
    await openFixture('transcripts/rejected-recipient.smtp');
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  it('registers its four commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['smtpCodes.explainCode', 'smtpCodes.compareCodes', 'smtpCodes.summarizeBounce', 'smtpCodes.summarizeLog']) {
      assert.ok(commands.includes(id), `${id} is registered`);
    }
  });
});
