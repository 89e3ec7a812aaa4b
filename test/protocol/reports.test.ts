/**
 * The dashboard pages over LSP (workspace/executeCommand `smtpCodes.server.logDashboard` and
 * `smtpCodes.server.bounceOverview`), as the VS Code webviews ask for them: the page of the open
 * document with the client's nonce, in the display language, and an error without a document.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DidOpenTextDocumentNotification, ExecuteCommandRequest } from 'vscode-languageserver-protocol/node';
import { startLspClient, testTimeoutMs, withTimeout, type LspClient } from './lspClient';

const timeout = testTimeoutMs;
const logUri = 'file:///tmp/reports/mail%20today.log';
const bounceUri = 'file:///tmp/reports/bounce.eml';
let client: LspClient;

before(async () => {
  client = await startLspClient();
  const open = (uri: string, languageId: string, text: string) =>
    client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  await open(logUri, 'mail-log', readFileSync('test/fixtures/log/postfix.log', 'utf8'));
  await open(bounceUri, 'eml', readFileSync('test/fixtures/eml/two-recipients.eml', 'utf8'));
});

after(async () => {
  await client.stop();
});

function run(command: string, args: object): Promise<{ html?: string; error?: string }> {
  return withTimeout(client.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: [args] }), command) as Promise<{ html?: string; error?: string }>;
}

test('the server announces both report commands', () => {
  const commands = client.initializeResult.capabilities.executeCommandProvider?.commands ?? [];
  assert.ok(commands.includes('smtpCodes.server.logDashboard') && commands.includes('smtpCodes.server.bounceOverview'));
});

test('the log dashboard of the open log: its counts, its lines, the nonce the client chose', { timeout }, async () => {
  const { html } = await run('smtpCodes.server.logDashboard', { uri: logUri, nonce: 'c1ient' });
  assert.ok(html);
  assert.match(html, /<title>Mail log dashboard: mail today\.log<\/title>/);
  assert.match(html, /script-src 'nonce-c1ient'/);
  assert.match(html, /<script nonce="c1ient">/);
  assert.match(html, /<p>18 lines, 11 delivery events\./);
  assert.match(html, /<a class="bar" href="#t0" data-list="t0" data-count="9" /);
  assert.match(html, /<tr data-list="replyCodes-0" data-count="3">/);
  const de = await run('smtpCodes.server.logDashboard', { uri: logUri, nonce: 'x', lang: 'de' });
  assert.match(de.html ?? '', /<h2>Ereignisse pro Stunde<\/h2>/);
  // Without a nonce the server picks a random one.
  const own = await run('smtpCodes.server.logDashboard', { uri: logUri });
  assert.match(own.html ?? '', /<script nonce="[0-9a-f]{32}">/);
});

test('the bounce overview: a row per recipient with its line; no document, an error', { timeout }, async () => {
  const { html } = await run('smtpCodes.server.bounceOverview', { uri: bounceUri, nonce: 'n' });
  assert.match(html ?? '', /<tr class="c5"><td>dave@example\.net<\/td>.*data-line="24"/);
  assert.match(html ?? '', /<tr class="c4"><td>erin@example\.net<\/td>.*data-line="31"/);
  assert.deepEqual(await run('smtpCodes.server.logDashboard', { uri: 'file:///tmp/reports/none.log' }), { error: 'SMTP Codes: open a mail log first.' });
  assert.deepEqual(await run('smtpCodes.server.bounceOverview', {}), { error: 'Open a bounce message (.eml) first.' });
});
