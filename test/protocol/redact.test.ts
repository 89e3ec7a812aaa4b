/**
 * The redact command over LSP (workspace/executeCommand `smtpCodes.server.redact`), as VS Code's
 * "SMTP: Redact…" and any other editor call it: the open document as the server holds it (after
 * edits), a selection of it, or a text the server does not hold.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExecuteCommandRequest } from 'vscode-languageserver-protocol/node';
import { startLspClient, testTimeoutMs, withTimeout, type LspClient } from './lspClient';

const uri = 'file:///tmp/redact-session.smtp';
const transcript = [
  '220 mx.corp.com ESMTP',
  'EHLO laptop.corp.com',
  '250-mx.corp.com',
  '250 AUTH LOGIN PLAIN',
  'AUTH LOGIN',
  '334 VXNlcm5hbWU6',
  'YWxpY2VAY29ycC5jb20=',
  '334 UGFzc3dvcmQ6',
  'czNjcmV0',
  '235 2.7.0 ok',
  'MAIL FROM:<alice@corp.com>',
  '250 2.1.0 ok from [203.0.113.9]',
  '',
].join('\n');
const timeout = testTimeoutMs;

let client: LspClient;

before(async () => {
  client = await startLspClient();
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'smtp', version: 1, text: transcript } });
});

after(async () => {
  await client.stop();
});

function redact(args: object): Promise<{ text?: string; error?: string }> {
  return withTimeout(
    client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'smtpCodes.server.redact', arguments: [args] }) as Promise<{ text?: string; error?: string }>,
    `the redact command with ${JSON.stringify(args)}`,
  );
}

test('the server announces the redact command', () => {
  assert.ok(client.initializeResult.capabilities.executeCommandProvider?.commands.includes('smtpCodes.server.redact'));
});

test('redact an open document: credentials only, then with the pseudonyms picked', { timeout }, async () => {
  assert.deepEqual(await redact({ uri }), { text: transcript.replace('YWxpY2VAY29ycC5jb20=', '<redacted>').replace('czNjcmV0', '<redacted>') });
  const { text } = await redact({ uri, addresses: true, hosts: true, ips: true });
  assert.equal(
    text,
    [
      '220 host1.example.net ESMTP',
      'EHLO host2.example.net',
      '250-host1.example.net',
      '250 AUTH LOGIN PLAIN',
      'AUTH LOGIN',
      '334 VXNlcm5hbWU6',
      '<redacted>',
      '334 UGFzc3dvcmQ6',
      '<redacted>',
      '235 2.7.0 ok',
      'MAIL FROM:<user1@example.com>',
      '250 2.1.0 ok from [192.0.2.1]',
      '',
    ].join('\n'),
  );
});

test('redact a selection: the password line alone is known as a credential from the whole session', { timeout }, async () => {
  const selection = { start: { line: 8, character: 0 }, end: { line: 11, character: 0 } };
  assert.deepEqual(await redact({ uri, range: selection, hosts: true }), { text: '<redacted>\n235 2.7.0 ok\nMAIL FROM:<alice@corp.com>\n' });
});

test('redact follows the edits the server was sent', { timeout }, async () => {
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } }, text: 'MAIL FROM:<a@b.example> AUTH=alice@corp.com\n' }],
  });
  const { text } = await redact({ uri });
  assert.equal(text!.split('\n')[10], 'MAIL FROM:<a@b.example> AUTH=<redacted>');
});

test('a text the server does not hold is redacted as sent; without one an unknown document is an error, in the language asked for', { timeout }, async () => {
  assert.deepEqual(await redact({ uri: 'file:///tmp/notes.txt', text: 'swaks --to a@b.example -ap hunter2\r\n', range: { start: { line: 0, character: 6 }, end: { line: 1, character: 0 } } }), {
    text: '--to a@b.example -ap <redacted>\r\n',
  });
  assert.deepEqual(await redact({ uri: 'file:///tmp/unknown.smtp' }), { error: 'SMTP Codes: the document to redact is not open in the language server; pass its text.' });
  assert.deepEqual(await redact({ uri: 'file:///tmp/unknown.smtp', lang: 'de' }), {
    error: 'SMTP Codes: Das zu schwärzende Dokument ist im Sprachserver nicht geöffnet; übergeben Sie seinen Text.',
  });
});
