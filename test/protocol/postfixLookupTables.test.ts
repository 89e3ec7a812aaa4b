/**
 * Postfix lookup tables over LSP, on real tables from public repositories and on the mistakes
 * issue 16 names: actions checked against the kind the file name gives (access(5) versus
 * header_checks(5)), `REJECT 550 text` (550 is text, not the code sent) with its quick fix, and
 * hovers on every action and restriction.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CodeActionRequest, DidOpenTextDocumentNotification, HoverRequest, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { startLspClient, testTimeoutMs, withTimeout, type LspClient } from './lspClient';
import { repoRoot } from '../grammar/grammarHarness';

const timeout = testTimeoutMs;
let client: LspClient;
let version = 0;

before(async () => {
  client = await startLspClient();
});

after(() => client.stop());

/** Opens a fixture under the URI it would have on a server (`/etc/postfix/<name>`) and returns its diagnostics. */
async function open(fixture: string, name = path.basename(fixture)): Promise<{ uri: string; text: string; diagnostics: Diagnostic[] }> {
  const text = readFileSync(path.join(repoRoot, 'test/fixtures/postfix', fixture), 'utf8');
  const uri = `file:///etc/postfix/${++version}/${name}`;
  const from = client.published.length;
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'postfix-lookup', version, text } });
  const { diagnostics } = await client.nextDiagnostics(`diagnostics of ${name}`, (p) => p.uri === uri, from);
  return { uri, text, diagnostics };
}

async function hoverTitle(uri: string, line: number, character: number): Promise<string> {
  const hover = await withTimeout(client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line, character } }), `hover ${line}:${character}`);
  const value = hover ? (hover.contents as { value: string }).value : '';
  return (value.split('\n').find((l) => l.trim()) ?? '').replace(/\\(.)/g, '$1');
}

const summary = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.severity}`);

test('a real header_checks table: OK is an access(5) action, every other action is hovered', { timeout }, async () => {
  const { uri, diagnostics } = await open('real/header_checks');
  assert.deepEqual(summary(diagnostics), ['1:25 lookup.action-wrong-table 1', '2:22 lookup.action-wrong-table 1']);
  assert.match(String(diagnostics[0].message), /^OK is an access\(5\) action that header_checks\(5\) and body_checks do not know/);
  assert.match(await hoverTitle(uri, 5, 23), /Lookup-table action REPLACE/);
  assert.match(await hoverTitle(uri, 9, 106), /Lookup-table action IGNORE/);
});

test('real tables without mistakes raise nothing and hover REPLACE on a continuation line', { timeout }, async () => {
  const pcre = await open('real/mailcow_anonymize_headers.pcre');
  assert.deepEqual(summary(pcre.diagnostics), []);
  assert.match(await hoverTitle(pcre.uri, 1, 2), /Lookup-table action REPLACE/);
  const access = await open('real/sender_access');
  assert.deepEqual(summary(access.diagnostics), []);
  assert.match(await hoverTitle(access.uri, 1, 25), /Lookup-table action REJECT/);
});

test('an access table: unknown and foreign actions are errors, REJECT 550 warns with a fix, restrictions are hovered', { timeout }, async () => {
  const { uri, diagnostics } = await open('mistakes/sender_access');
  assert.deepEqual(summary(diagnostics), [
    '3:25 lookup.unknown-action 1',
    '4:25 lookup.reply-code-in-text 2',
    '5:25 lookup.reply-code-in-text 2',
    '6:25 lookup.action-wrong-table 1',
  ]);
  assert.match(String(diagnostics[0].message), /^DROP is not an access\(5\) action: .*451 4\.3\.5 Server configuration error/);
  assert.match(String(diagnostics[1].message), /^REJECT 550: 550 is sent as text, not as the reply code; Postfix replies with \$access_map_reject_code \(554\)/);
  // The 550 after REJECT is text: its hover must not explain it as the code that is sent.
  const onNumber = await hoverTitle(uri, 3, 32);
  assert.match(onNumber, /550: reply text, not the reply code/);
  assert.doesNotMatch(onNumber, /^#+ 550 /);

  const actions = await withTimeout(
    client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostics[1].range, context: { diagnostics: [diagnostics[1]] } }),
    'the quick fix of REJECT 550',
  );
  const fix = actions?.find((a) => 'edit' in a && a.edit);
  assert.ok(fix && 'edit' in fix, JSON.stringify(actions));
  assert.deepEqual(fix.edit!.changes![uri], [{ range: { start: { line: 3, character: 24 }, end: { line: 3, character: 34 } }, newText: '550' }]);

  assert.match(await hoverTitle(uri, 7, 26), /Postfix restriction reject_sender_login_mismatch/);
  assert.match(await hoverTitle(uri, 8, 26), /Postfix restriction check_sasl_access/);
});

test('a table whose name does not tell its kind: only what is wrong in every kind is reported', { timeout }, async () => {
  const { diagnostics } = await open('mistakes/sender_access', 'policy.map');
  // REPLACE could be right in a header_checks table and gets no error here; DROP is wrong in any table.
  assert.deepEqual(summary(diagnostics), ['3:25 lookup.unknown-action 1', '4:25 lookup.reply-code-in-text 2', '5:25 lookup.reply-code-in-text 2']);
  assert.match(String(diagnostics[0].message), /^DROP is no Postfix lookup-table action/);
});
