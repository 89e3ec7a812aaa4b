/**
 * The dashboard pages over LSP (workspace/executeCommand `smtpCodes.server.logDashboard` and
 * `smtpCodes.server.bounceOverview`), as the VS Code webviews ask for them: the page of the open
 * document with the client's nonce, in the display language, and an error without a document.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExecuteCommandRequest } from 'vscode-languageserver-protocol/node';
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

test('"Show more": the next lines of a list by its key and offset, for the version the page shows', { timeout }, async () => {
  const uri = 'file:///tmp/reports/busy.log';
  const sent = (i: number) => `Mar  3 09:14:02 mx postfix/smtp[1]: Q${i}: to=<u${i}@example.net>, relay=mx.example.net[192.0.2.1]:25, dsn=2.0.0, status=sent (250 2.0.0 Ok)`;
  const text = Array.from({ length: 180 }, (_, i) => sent(i)).join('\n');
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'mail-log', version: 1, text } });
  const { html } = await run('smtpCodes.server.logDashboard', { uri, nonce: 'n' });
  assert.match(html ?? '', /data-key="replyCodes:250" tabindex="-1"><h3>250: 180 events<\/h3><p class="note">The first 50 of 180 lines\.<\/p><ol>.*?<\/ol><button type="button" class="in-editor-only more" data-action="more">Show more<\/button><\/section>/);
  type Page = { key: string; offset: number; total: number; html: string; note: string } | null;
  const more = (key: string, offset: number, version?: number) => run('smtpCodes.server.logDashboard', { uri, list: { key, offset }, version }) as Promise<Page>;
  const page = await more('replyCodes:250', 50, 1);
  assert.deepEqual([page?.key, page?.offset, page?.total, page?.note], ['replyCodes:250', 50, 180, 'The first 150 of 180 lines.']);
  assert.deepEqual([...(page?.html ?? '').matchAll(/data-line="(\d+)"/g)].map((m) => Number(m[1])), Array.from({ length: 100 }, (_, i) => 50 + i));
  assert.match(page?.html ?? '', /<span class="n">51<\/span><code>Mar  3 09:14:02 mx postfix\/smtp\[1\]: Q50: to=&lt;u50@example\.net&gt;/);
  // The bar of that minute, by its label.
  assert.equal((await more('t:Mar  3 09:14', 170, 1))?.note, '180 lines.');
  // The log is edited: the first line deleted. The old page's version gets nothing; the new one's lines moved up.
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, text: '' }],
  });
  assert.equal(await more('replyCodes:250', 50, 1), null);
  const edited = await more('replyCodes:250', 50, 2);
  assert.deepEqual([edited?.total, /data-line="(\d+)"/.exec(edited?.html ?? '')?.[1]], [179, '50']);
  assert.match(edited?.html ?? '', /<span class="n">51<\/span><code>Mar  3 09:14:02 mx postfix\/smtp\[1\]: Q51: /);
  // A list the log does not have, and arguments that name none.
  assert.equal(await more('replyCodes:550', 0), null);
  assert.deepEqual(await run('smtpCodes.server.logDashboard', { uri, list: { key: 'replyCodes:250', offset: -1 } }), { error: 'list needs a key and an offset' });
});
