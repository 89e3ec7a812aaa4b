/**
 * Semantic tokens over LSP against the bundled server (dist/server.js over stdio): the legend in
 * the capabilities, full results, edits against a previous result, ranges, and which documents
 * get tokens. Tokens are decoded into "line:col length type.modifiers" (1-based line and column).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  SemanticTokensRequest,
  SemanticTokensDeltaRequest,
  SemanticTokensRangeRequest,
  type SemanticTokens,
  type SemanticTokensDelta,
  type SemanticTokensLegend,
  type Range,
} from 'vscode-languageserver-protocol/node';
import { decodeSemanticTokens, startLspClient, testTimeoutMs, withTimeout, type LspClient } from './lspClient';
import { semanticTokensLegend } from '../../server/src/service/semanticTokens';

let client: LspClient;
let legend: SemanticTokensLegend;

before(async () => {
  client = await startLspClient({
    capabilities: {
      workspace: { configuration: true },
      textDocument: { semanticTokens: { requests: { full: { delta: true }, range: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] } },
    },
    // A user who added `log`: its documents pass the gate, but only transcripts get tokens.
    configuration: () => ({ additionalLanguages: ['log'] }),
  });
  legend = client.initializeResult.capabilities.semanticTokensProvider!.legend;
});

after(() => client.stop());

/** Tokens as readable strings: "line:col length type.modifiers" (1-based). */
function decode(data: number[]): string[] {
  return decodeSemanticTokens(data, legend).map((t) => `${t.line + 1}:${t.character + 1} ${t.length} ${t.name}`);
}

function applyEdits(data: number[], delta: SemanticTokensDelta): number[] {
  const result = [...data];
  // Every edit's start refers to the original array, so apply them back to front.
  for (const edit of [...delta.edits].sort((a, b) => b.start - a.start)) result.splice(edit.start, edit.deleteCount, ...(edit.data ?? []));
  return result;
}

async function open(uri: string, languageId: string, text: string): Promise<void> {
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
}

const full = (uri: string) => withTimeout(client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }), `full semantic tokens of ${uri}`);
const delta = (uri: string, previousResultId: string) =>
  withTimeout(client.connection.sendRequest(SemanticTokensDeltaRequest.type, { textDocument: { uri }, previousResultId }), `semantic token edits of ${uri}`);
const ranged = (uri: string, range: Range) => withTimeout(client.connection.sendRequest(SemanticTokensRangeRequest.type, { textDocument: { uri }, range }), `semantic tokens in a range of ${uri}`);

const session = ['< 220 mx.example.com ESMTP', '> EHLO client', '< 250-mx.example.com', '< 250 SIZE 10240000', '> MAIL FROM:<a@example.org> SIZE=120', '< 451 4.3.0 try later', ''].join('\n');
const sessionTokens = [
  '1:3 3 smtpReplyCode.success',
  '2:3 4 smtpCommand',
  '3:3 3 smtpReplyCode.success',
  '4:3 3 smtpReplyCode.success',
  '4:7 4 smtpKeyword',
  '5:3 4 smtpCommand',
  '5:8 4 smtpCommand',
  '6:3 3 smtpReplyCode.transient',
  '6:7 5 smtpEnhancedCode.transient',
];

test('initialize announces full, delta and range semantic tokens with the service legend', () => {
  assert.deepEqual(client.initializeResult.capabilities.semanticTokensProvider, { legend: semanticTokensLegend, full: { delta: true }, range: true });
});

test('a full request decodes to the reader’s codes, commands and keywords', { timeout: testTimeoutMs }, async () => {
  const uri = 'file:///work/full.smtp';
  await open(uri, 'smtp', session);
  const result = await full(uri);
  assert.ok(result?.resultId, 'a result id to ask for edits against');
  assert.deepEqual(decode(result.data), sessionTokens);
});

test('a delta request answers with edits against the previous result, and in full for an unknown one', { timeout: testTimeoutMs }, async () => {
  const uri = 'file:///work/delta.smtp';
  await open(uri, 'smtp', session);
  const first = (await full(uri))!;
  // Insert an aborted transaction after the EHLO reply: tokens after it move down two lines.
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: '> RSET\n< 250 2.0.0 Ok\n' }],
  });
  const edits = (await delta(uri, first.resultId!)) as SemanticTokensDelta;
  assert.ok('edits' in edits, `edits, not a full result: ${JSON.stringify(edits)}`);
  assert.ok(edits.edits.length > 0 && edits.resultId);
  const patched = applyEdits(first.data, edits);
  const expected = [
    ...sessionTokens.slice(0, 5),
    '5:3 4 smtpCommand',
    '6:3 3 smtpReplyCode.success',
    '6:7 5 smtpEnhancedCode.success',
    '7:3 4 smtpCommand',
    '7:8 4 smtpCommand',
    '8:3 3 smtpReplyCode.transient',
    '8:7 5 smtpEnhancedCode.transient',
  ];
  assert.deepEqual(decode(patched), expected);

  // Nothing changed since: no edits.
  const unchanged = (await delta(uri, edits.resultId!)) as SemanticTokensDelta;
  assert.deepEqual(unchanged.edits, []);

  // A result the server never gave (or no longer has) cannot be diffed against: a full answer.
  const fallback = (await delta(uri, 'no-such-result')) as SemanticTokens;
  assert.ok('data' in fallback, `a full result: ${JSON.stringify(fallback)}`);
  assert.deepEqual(fallback.data, patched);
  assert.deepEqual((await full(uri))!.data, patched);
});

test('a range request gives the tokens that touch the range', { timeout: testTimeoutMs }, async () => {
  const uri = 'file:///work/range.smtp';
  await open(uri, 'smtp', session);
  const result = await ranged(uri, { start: { line: 3, character: 0 }, end: { line: 4, character: 3 } });
  assert.deepEqual(decode(result!.data), ['4:3 3 smtpReplyCode.success', '4:7 4 smtpKeyword', '5:3 4 smtpCommand']);
});

test('lone CRs end lines for the tokens too, as in the editor', { timeout: testTimeoutMs }, async () => {
  const uri = 'file:///work/curl-progress.smtp';
  await open(uri, 'smtp', '< 220 mx ESMTP\r> EHLO a\r< 250 ok\r\n> QUIT\r< 221 2.0.0 bye\n');
  assert.deepEqual(decode((await full(uri))!.data), [
    '1:3 3 smtpReplyCode.success',
    '2:3 4 smtpCommand',
    '3:3 3 smtpReplyCode.success',
    '4:3 4 smtpCommand',
    '5:3 3 smtpReplyCode.success',
    '5:7 5 smtpEnhancedCode.success',
  ]);
});

test('bounces, added languages and languages nobody added get no tokens', { timeout: testTimeoutMs }, async () => {
  const cases: [string, string][] = [
    ['file:///work/bounce.eml', 'eml'],
    ['file:///work/server.log', 'log'],
    ['file:///work/notes.txt', 'plaintext'],
  ];
  for (const [uri, languageId] of cases) {
    await open(uri, languageId, 'Diagnostic-Code: smtp; 550 5.1.1 <a@example.com>: unknown user\nS: 550 5.1.1 unknown\n');
    assert.deepEqual((await full(uri))!.data, [], `${languageId}: full`);
    assert.deepEqual((await ranged(uri, { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } }))!.data, [], `${languageId}: range`);
  }
});
