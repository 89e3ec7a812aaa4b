const assert = require('node:assert/strict');
const vscode = require('vscode');
const {
  codeOf, fixtureText, hoverText, openFixture, openUntitled, positionOf, untilProvided, waitForDiagnostics,
} = require('../helpers.cjs');

describe('language features', () => {
  it('hovers on a 550 with its explanation', async () => {
    const document = await openFixture('transcripts/rejected-recipient.smtp');
    const position = positionOf(document, '550', /^550 5\.1\.1/);
    const hovers = await untilProvided(
      () => vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, position),
      (result) => /Description/.test(hoverText(result)), 'hover on 550');
    const text = hoverText(hovers);
    assert.match(text, /550/);
    assert.match(text, /When you see it/);
  });

  it('hovers on a DSN Status code in a bounce', async () => {
    const document = await openFixture('bounces/user-unknown.eml');
    const position = positionOf(document, '5.1.1', /^Status: /);
    const hovers = await untilProvided(
      () => vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, position),
      (result) => /Bad destination mailbox address/i.test(hoverText(result)), 'hover on Status: 5.1.1');
    assert.match(hoverText(hovers), /5\.1\.1/);
  });

  it('reports an enhanced class mismatch and fixes it', async () => {
    const document = await openUntitled('smtp', fixtureText('transcripts/class-mismatch.smtp'));
    const diagnostics = await waitForDiagnostics(document.uri, (list) => list.some((d) => codeOf(d) === 'smtp.enhanced-class-mismatch'));
    const mismatch = diagnostics.find((d) => codeOf(d) === 'smtp.enhanced-class-mismatch');
    assert.equal(mismatch.source, 'smtp-codes');
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, mismatch.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((action) => action.title === 'Change enhanced code 4.1.1 to 5.1.1');
    assert.ok(fix, `quick fix offered: ${JSON.stringify(actions.map((action) => action.title))}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(document.getText(), /^550 5\.1\.1 <ghost@example\.com>: unknown user$/m);
    await waitForDiagnostics(document.uri, (list) => !list.some((d) => codeOf(d) === 'smtp.enhanced-class-mismatch'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('outlines a transcript', async () => {
    const document = await openFixture('transcripts/rejected-recipient.smtp');
    const symbols = await untilProvided(
      () => vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', document.uri),
      (result) => Array.isArray(result) && result.length > 0, 'document symbols');
    const names = [];
    const walk = (list) => list.forEach((symbol) => { names.push(symbol.name); walk(symbol.children ?? []); });
    walk(symbols);
    assert.ok(names.some((name) => /EHLO/.test(name)), `an EHLO symbol: ${JSON.stringify(names)}`);
  });

  it('adds inlay hints after reply codes', async () => {
    const document = await openFixture('transcripts/rejected-recipient.smtp');
    const range = new vscode.Range(0, 0, document.lineCount, 0);
    const hints = await untilProvided(
      () => vscode.commands.executeCommand('vscode.executeInlayHintProvider', document.uri, range),
      (result) => Array.isArray(result) && result.length > 0, 'inlay hints');
    const line550 = positionOf(document, '550', /^550 5\.1\.1/).line;
    assert.ok(hints.some((hint) => hint.position.line === line550), 'a hint on the 550 line');
  });
});
