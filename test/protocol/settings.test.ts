/**
 * Protocol tests of the settings layer and the document lifecycle: the bundled server over stdio,
 * with a client that answers `workspace/configuration` per document URI as VS Code does.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  CancellationTokenSource,
  CodeLensRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DiagnosticSeverity,
  FoldingRangeRequest,
  HoverRequest,
  InlayHintRequest,
  LSPErrorCodes,
  ResponseError,
  type ConfigurationItem,
  type Diagnostic,
  type Hover,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { messageOf, startLspClient, testTimeoutMs, withTimeout, type LspClient } from './lspClient';

const timeout = testTimeoutMs;
const transcript = '220 mx.example.com ESMTP\nEHLO c.example\n250-mx.example.com\n250 ENHANCEDSTATUSCODES\nMAIL FROM:<a@c.example>\n250 2.1.0 Ok\nRCPT TO:<b@example.com>\n550 4.1.1 <b@example.com>: unknown\n';
/** Where the hover of the 550 reply of `transcript` is. */
const replyPosition = { line: 7, character: 1 };
const configurationCapabilities = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
  textDocument: { hover: { contentFormat: ['markdown' as const] }, publishDiagnostics: {} },
};

interface ClientSettings {
  language?: string;
  additionalLanguages?: string[];
  diagnostics?: { severity?: Record<string, string> };
  inlayHints?: string | boolean;
  log?: { perLineDiagnostics?: boolean };
}

/** A client whose `workspace/configuration` answers come from `perUri` (by scope URI). */
function clientWith(perUri: Record<string, ClientSettings>, extra: { locale?: string } = {}): Promise<LspClient> {
  return startLspClient({
    capabilities: configurationCapabilities,
    locale: extra.locale,
    configuration: (item: ConfigurationItem) => {
      assert.equal(item.section, 'smtpCodes');
      return perUri[item.scopeUri ?? ''] ?? {};
    },
  });
}

function open(connection: ProtocolConnection, uri: string, text: string, languageId = 'smtp', version = 1) {
  return connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
}

function replaceAll(connection: ProtocolConnection, uri: string, version: number, text: string) {
  return connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
}

async function hoverMarkdown(client: LspClient, uri: string, position = replyPosition): Promise<string | null> {
  const hover = await withTimeout(client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }), `a hover on ${uri}`);
  return hover ? (hover.contents as { value: string }).value : null;
}

/** "code:severity" of each diagnostic, sorted: the order of a publish is no contract. */
const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.code}:${d.severity}`).sort();
const mismatchMessage = (diagnostics: Diagnostic[]) => messageOf(diagnostics.find((d) => d.code === 'smtp.enhanced-class-mismatch')!);

test('settings are read per document through workspace/configuration, with the document as scope', { timeout }, async () => {
  const german = 'file:///work/de/session.smtp';
  const english = 'file:///work/en/session.smtp';
  const client = await clientWith({
    [german]: { language: 'de', diagnostics: { severity: { 'smtp.failure-reply': 'off' } } },
    [english]: { language: 'en', diagnostics: { severity: { 'smtp.failure-reply': 'error' } } },
  });
  try {
    await open(client.connection, german, transcript);
    await open(client.connection, english, transcript);
    const de = await client.nextDiagnostics('the German document', (p) => p.uri === german);
    const en = await client.nextDiagnostics('the English document', (p) => p.uri === english);
    // The server registers on `initialized`, before it handles the didOpen that led to a publish.
    assert.deepEqual(client.registrations.map((r) => [r.method, r.registerOptions]), [['workspace/didChangeConfiguration', { section: 'smtpCodes' }]]);
    assert.deepEqual(codes(de.diagnostics), [`smtp.enhanced-class-mismatch:${DiagnosticSeverity.Error}`]);
    assert.deepEqual(codes(en.diagnostics), [`smtp.enhanced-class-mismatch:${DiagnosticSeverity.Error}`, `smtp.failure-reply:${DiagnosticSeverity.Error}`]);
    assert.match(mismatchMessage(de.diagnostics), /^Der erweiterte Code 4\.1\.1 passt nicht zur Klasse der Antwort 550/);
    assert.match(mismatchMessage(en.diagnostics), /^Enhanced code 4\.1\.1 does not match the class of reply 550/);
    assert.match((await hoverMarkdown(client, german)) ?? '', /\*\*Beschreibung\*\*/);
    assert.match((await hoverMarkdown(client, english)) ?? '', /\*\*Description\*\*/);
    // One request per document, answered once and reused by the hover (the per-URI cache).
    assert.deepEqual(client.configurationRequests, [{ scopeUri: german, section: 'smtpCodes' }, { scopeUri: english, section: 'smtpCodes' }]);
  } finally {
    await client.stop();
  }
});

test('the locale sent at initialize decides while the language is "auto"; an explicit language wins', { timeout }, async () => {
  const auto = 'file:///work/auto.smtp';
  const english = 'file:///work/english.smtp';
  const german = 'file:///work/german.smtp';
  const deClient = await clientWith({ [auto]: { language: 'auto' }, [english]: { language: 'en' } }, { locale: 'de-AT' });
  try {
    await open(deClient.connection, auto, transcript);
    await open(deClient.connection, english, transcript);
    assert.match((await hoverMarkdown(deClient, auto)) ?? '', /\*\*Beschreibung\*\*/);
    assert.match((await hoverMarkdown(deClient, english)) ?? '', /\*\*Description\*\*/);
    const published = await deClient.nextDiagnostics('the "auto" document', (p) => p.uri === auto);
    assert.match(mismatchMessage(published.diagnostics), /^Der erweiterte Code/);
  } finally {
    await deClient.stop();
  }
  const enClient = await clientWith({ [auto]: { language: 'auto' }, [german]: { language: 'de' } }, { locale: 'en-US' });
  try {
    await open(enClient.connection, auto, transcript);
    await open(enClient.connection, german, transcript);
    assert.match((await hoverMarkdown(enClient, auto)) ?? '', /\*\*Description\*\*/);
    assert.match((await hoverMarkdown(enClient, german)) ?? '', /\*\*Beschreibung\*\*/);
  } finally {
    await enClient.stop();
  }
});

test('a client without workspace/configuration: locale, initializationOptions and pushed settings', { timeout }, async () => {
  const uri = 'file:///work/pushed.smtp';
  const client = await startLspClient({ locale: 'de', initializationOptions: { settings: { diagnostics: { severity: { 'smtp.failure-reply': 'off' } } } } });
  try {
    await open(client.connection, uri, transcript);
    const first = await client.nextDiagnostics('the first validation', (p) => p.uri === uri);
    assert.deepEqual(codes(first.diagnostics), [`smtp.enhanced-class-mismatch:${DiagnosticSeverity.Error}`]);
    assert.match(mismatchMessage(first.diagnostics), /^Der erweiterte Code/);
    const mark = client.published.length;
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { smtpCodes: { language: 'en', diagnostics: { severity: { 'smtp.enhanced-class-mismatch': 'hint' } } } } });
    const pushed = await client.nextDiagnostics('the validation after pushed settings', (p) => p.uri === uri, mark);
    assert.equal(pushed.version, 1);
    assert.deepEqual(codes(pushed.diagnostics), [`smtp.enhanced-class-mismatch:${DiagnosticSeverity.Hint}`, `smtp.failure-reply:${DiagnosticSeverity.Information}`]);
    assert.match(mismatchMessage(pushed.diagnostics), /^Enhanced code 4\.1\.1/);
    assert.deepEqual(client.configurationRequests, []);
  } finally {
    await client.stop();
  }
});

test('didChangeConfiguration re-reads the settings and re-validates every open document', { timeout }, async () => {
  const uri = 'file:///work/reconfigured.smtp';
  const current: Record<string, ClientSettings> = { [uri]: { language: 'en' } };
  const client = await clientWith(current);
  try {
    await open(client.connection, uri, transcript);
    const before = await client.nextDiagnostics('the first validation', (p) => p.uri === uri);
    assert.deepEqual(codes(before.diagnostics), [`smtp.enhanced-class-mismatch:${DiagnosticSeverity.Error}`, `smtp.failure-reply:${DiagnosticSeverity.Information}`]);
    current[uri] = { language: 'de', diagnostics: { severity: { 'smtp.enhanced-class-mismatch': 'off' } } };
    const mark = client.published.length;
    const requestsBefore = client.configurationRequests.length;
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const after = await client.nextDiagnostics('the re-validation', (p) => p.uri === uri, mark);
    assert.equal(after.version, 1);
    assert.deepEqual(codes(after.diagnostics), [`smtp.failure-reply:${DiagnosticSeverity.Information}`]);
    assert.match(messageOf(after.diagnostics[0]), /^550: /);
    assert.deepEqual(client.configurationRequests.slice(requestsBefore), [{ scopeUri: uri, section: 'smtpCodes' }]);
    assert.match((await hoverMarkdown(client, uri)) ?? '', /\*\*Beschreibung\*\*/);
  } finally {
    await client.stop();
  }
});

test('the other settings are honoured live too: inlay hints, per-line log diagnostics, additional languages', { timeout }, async () => {
  const smtp = 'file:///work/live.smtp';
  const log = 'file:///work/live.log';
  const text = 'file:///work/live.txt';
  const logLine = 'Dec  6 10:00:01 mx postfix/smtp[123]: 4F2A91C0B3: to=<b@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 <b@example.com>: unknown (in reply to RCPT TO command))\n';
  const current: Record<string, ClientSettings> = { [smtp]: {}, [log]: {}, [text]: {} };
  const client = await clientWith(current);
  const everything = { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } };
  const hintLines = async () =>
    ((await withTimeout(client.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri: smtp }, range: everything }), 'inlay hints')) ?? []).map((h) => h.position.line);
  const reconfigure = async (uri: string, settings: ClientSettings) => {
    current[uri] = settings;
    const mark = client.published.length;
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    return (await client.nextDiagnostics(`the re-validation of ${uri}`, (p) => p.uri === uri, mark)).diagnostics;
  };
  try {
    await open(client.connection, smtp, transcript);
    await open(client.connection, log, logLine, 'mail-log');
    await open(client.connection, text, 'delivery failed: 550 5.1.1 unknown user\n', 'plaintext');
    await client.nextDiagnostics('the transcript', (p) => p.uri === smtp);
    assert.deepEqual(await hintLines(), [7], 'by default the failure reply only');
    await reconfigure(smtp, { inlayHints: 'all' });
    assert.deepEqual(await hintLines(), [0, 2, 5, 7]);
    await reconfigure(smtp, { inlayHints: 'off' });
    assert.deepEqual(await hintLines(), []);

    assert.deepEqual((await client.nextDiagnostics('the log', (p) => p.uri === log)).diagnostics, []);
    const perLine = await reconfigure(log, { log: { perLineDiagnostics: true } });
    assert.ok(perLine.length >= 1, 'a per-line diagnostic for the bounced delivery');

    assert.equal(await hoverMarkdown(client, text, { line: 0, character: 18 }), null, 'plain text is not served without the setting');
    current[text] = { additionalLanguages: ['plaintext'] };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await withTimeout(
      (async () => {
        while (!/^### 550 /.test((await hoverMarkdown(client, text, { line: 0, character: 18 })) ?? '')) await new Promise((r) => setImmediate(r));
      })(),
      'a hover once plain text is served',
    );
  } finally {
    await client.stop();
  }
});

test('smtpCodes.additionalLanguages gates other languages per document; own languages need no entry', { timeout }, async () => {
  const line = 'Diagnostic-Code: smtp; 550 5.1.1 user unknown\n';
  const allowed = 'file:///work/allowed.txt';
  const gated = 'file:///work/gated.txt';
  const own = 'file:///work/own.smtp';
  const client = await clientWith({ [allowed]: { additionalLanguages: ['plaintext'] }, [gated]: { additionalLanguages: ['log'] }, [own]: { additionalLanguages: [] } });
  try {
    await open(client.connection, allowed, line, 'plaintext');
    await open(client.connection, gated, line, 'plaintext');
    await open(client.connection, own, transcript);
    const position = { line: 0, character: 24 };
    assert.match((await hoverMarkdown(client, allowed, position)) ?? '', /^### 550 /);
    assert.equal(await hoverMarkdown(client, gated, position), null);
    const range = { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } };
    const hints = (uri: string) => withTimeout(client.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range }), `inlay hints of ${uri}`);
    assert.deepEqual((await hints(allowed))?.map((h) => h.position), [{ line: 0, character: 26 }, { line: 0, character: 32 }]);
    assert.deepEqual(await hints(gated), []);
    assert.deepEqual((await client.nextDiagnostics('the gated document', (p) => p.uri === gated)).diagnostics, []);
    assert.equal((await client.nextDiagnostics('the own-language document', (p) => p.uri === own)).diagnostics.length, 2);
    assert.match((await hoverMarkdown(client, own)) ?? '', /^### 550 /);
  } finally {
    await client.stop();
  }
});

test('closing a document publishes an empty list, also while its validation is still waiting for settings', { timeout }, async () => {
  const uri = 'file:///work/closed.smtp';
  const pending = 'file:///work/closed-pending.smtp';
  const sentinel = 'file:///work/sentinel.smtp';
  let release!: () => void;
  const held = new Promise<ClientSettings>((resolve) => (release = () => resolve({})));
  const client = await startLspClient({ capabilities: configurationCapabilities, configuration: (item) => (item.scopeUri === pending ? held : {}) });
  try {
    await open(client.connection, uri, transcript);
    assert.equal((await client.nextDiagnostics('the open document', (p) => p.uri === uri)).diagnostics.length, 2);
    let mark = client.published.length;
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    assert.deepEqual(await client.nextDiagnostics('the clearing publish', (p) => p.uri === uri, mark), { uri, diagnostics: [] });

    await open(client.connection, pending, transcript);
    await client.nextConfigurationRequest('the pending document', (item) => item.scopeUri === pending);
    mark = client.published.length;
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: pending } });
    assert.deepEqual(await client.nextDiagnostics('the clearing publish', (p) => p.uri === pending, mark), { uri: pending, diagnostics: [] });
    release();
    // The sentinel's validation starts after the release, so anything the closed document still
    // published would arrive before it.
    await open(client.connection, sentinel, transcript);
    await client.nextDiagnostics('the sentinel document', (p) => p.uri === sentinel, mark);
    assert.deepEqual(client.published.slice(mark).filter((p) => p.uri === pending), [{ uri: pending, diagnostics: [] }]);
  } finally {
    await client.stop();
  }
});

/** A transcript with `n` refused recipients: version n has n failure replies, so a publish shows which text it was computed from. */
function refusals(n: number): string {
  return '220 mx ESMTP\nEHLO c\n250 mx\nMAIL FROM:<a@b>\n250 ok\n' + 'RCPT TO:<x@y>\n550 5.1.1 no\n'.repeat(n);
}
const failureCount = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'smtp.failure-reply').length;

test('rapid changes: the last publish is for the last version, and no publish carries a text older than its version', { timeout }, async () => {
  const uri = 'file:///work/rapid.smtp';
  const client = await clientWith({});
  try {
    await open(client.connection, uri, refusals(1));
    for (let version = 2; version <= 12; version++) await replaceAll(client.connection, uri, version, refusals(version));
    const last = await client.nextDiagnostics('version 12', (p) => p.uri === uri && p.version === 12);
    assert.equal(failureCount(last.diagnostics), 12);
    const sentinel = 'file:///work/rapid-sentinel.smtp';
    await open(client.connection, sentinel, transcript);
    await client.nextDiagnostics('the sentinel document', (p) => p.uri === sentinel);
    const forUri = client.published.filter((p) => p.uri === uri);
    assert.equal(forUri.at(-1)!.version, 12);
    for (const p of forUri) assert.equal(failureCount(p.diagnostics), p.version, `publish for version ${p.version}`);
    assert.deepEqual(forUri.map((p) => p.version), [...forUri.map((p) => p.version!)].sort((a, b) => a - b));
  } finally {
    await client.stop();
  }
});

test('a result for a stale version is dropped: the validation of version 1 finishes after version 2 arrived', { timeout }, async () => {
  const uri = 'file:///work/stale.smtp';
  let release!: () => void;
  const held = new Promise<ClientSettings>((resolve) => (release = () => resolve({ language: 'en' })));
  const client = await startLspClient({ capabilities: configurationCapabilities, configuration: () => held });
  try {
    await open(client.connection, uri, refusals(1));
    // Version 1's validation is now waiting for its settings.
    await client.nextConfigurationRequest('version 1', (item) => item.scopeUri === uri);
    await replaceAll(client.connection, uri, 2, refusals(2));
    release();
    const published = await client.nextDiagnostics('version 2', (p) => p.uri === uri && p.version === 2);
    assert.equal(failureCount(published.diagnostics), 2);
    assert.deepEqual(client.published.filter((p) => p.uri === uri).map((p) => p.version), [2]);
  } finally {
    await client.stop();
  }
});

test('$/cancelRequest yields a cancelled response or the result, never a crash, and the server keeps answering', { timeout }, async () => {
  const uri = 'file:///work/cancel.smtp';
  const client = await clientWith({});
  try {
    await open(client.connection, uri, transcript);
    await client.nextDiagnostics('the open document', (p) => p.uri === uri);
    const outcomes: string[] = [];
    for (let i = 0; i < 20; i++) {
      const source = new CancellationTokenSource();
      const request = client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: replyPosition }, source.token);
      source.cancel();
      try {
        const hover = (await withTimeout(request, `the cancelled hover #${i}`)) as Hover | null;
        assert.match((hover?.contents as { value: string } | undefined)?.value ?? '', /^### 550 /);
        outcomes.push('result');
      } catch (e) {
        assert.ok(e instanceof ResponseError, String(e));
        assert.equal(e.code, LSPErrorCodes.RequestCancelled);
        outcomes.push('cancelled');
      }
    }
    assert.equal(outcomes.length, 20);
    assert.equal(client.child.exitCode, null);
    assert.match((await hoverMarkdown(client, uri)) ?? '', /^### 550 /);
  } finally {
    await client.stop();
  }
});

test('code lens and folding requests answer from the analysis', { timeout }, async () => {
  const bounce = 'file:///work/bounce.eml';
  const session = 'file:///work/folded.smtp';
  const client = await clientWith({});
  try {
    await open(client.connection, bounce, readFileSync('test/fixtures/eml/postfix-dsn.eml', 'utf8'), 'eml');
    await open(client.connection, session, transcript);
    const lenses = await withTimeout(client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: bounce } }), 'code lenses');
    assert.deepEqual(lenses, [
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, command: { title: 'Bounce: 1 failed (5.1.1 bob@example.net)', command: 'smtpCodes.summarizeBounce', arguments: [] } },
    ]);
    assert.deepEqual(await withTimeout(client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: session } }), 'code lenses'), []);
    const bounceFolds = await withTimeout(client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: bounce } }), 'folding ranges');
    // The header block, then each MIME part with its own header block.
    assert.deepEqual(bounceFolds, [
      { startLine: 0, endLine: 11 },
      { startLine: 16, endLine: 17 },
      { startLine: 15, endLine: 27 },
      { startLine: 29, endLine: 30 },
      { startLine: 28, endLine: 44 },
      { startLine: 46, endLine: 47 },
      { startLine: 45, endLine: 55 },
    ]);
    const sessionFolds = await withTimeout(client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: session } }), 'folding ranges');
    // The multi-line EHLO reply.
    assert.deepEqual(sessionFolds, [{ startLine: 2, endLine: 3, kind: 'region' }]);
    assert.deepEqual(await withTimeout(client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: 'file:///work/unknown.eml' } }), 'code lenses'), []);
  } finally {
    await client.stop();
  }
});
