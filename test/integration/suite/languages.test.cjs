const assert = require('node:assert/strict');
const vscode = require('vscode');
const { fixture } = require('../helpers.cjs');

const expected = [
  ['transcripts/rejected-recipient.smtp', 'smtp'],
  ['transcripts/relay-test.smtp.log', 'smtp'],
  ['transcripts/captured-session', 'smtp'],
  ['bounces/user-unknown.eml', 'eml'],
  ['logs/mail.log', 'mail-log'],
  ['postfix/main.cf', 'postfix-main'],
  ['postfix/master.cf', 'postfix-master'],
  ['postfix/header_checks', 'postfix-lookup'],
  ['postfix/recipient_access', 'postfix-lookup'],
];

describe('languages', () => {
  for (const [file, languageId] of expected) {
    it(`${file} is ${languageId}`, async () => {
      const document = await vscode.workspace.openTextDocument(fixture(file));
      assert.equal(document.languageId, languageId);
    });
  }
});
