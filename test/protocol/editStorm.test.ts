/**
 * A storm of edits (issue 13's fault campaign, over LSP): 1,000 incremental didChange
 * notifications, as a user types and backspaces in a transcript, sent back to back over stdio
 * with hovers among them. Every hover is answered without an error, the server logs no error,
 * and the diagnostics it publishes for the last version equal those of a fresh open of the same text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, HoverRequest, LogMessageNotification, MessageType, type Hover } from 'vscode-languageserver-protocol/node';
import { generateTranscript } from '../../bench/inputs';
import { startLspClient, testTimeoutMs } from './lspClient';

const editCount = 1000;
/** What the user types: a refused recipient after another, so the typed text has diagnostics of its own. */
const typed = 'C: RCPT TO:<carol@example.org>\nS: 550 5.1.1 <carol@example.org>: Recipient address rejected: User unknown in virtual mailbox table\n'.repeat(10);

test('1,000 edits typed in a burst with hovers among them: every hover answered, the last version diagnosed as a fresh open', { timeout: testTimeoutMs }, async () => {
  const client = await startLspClient();
  const errors: string[] = [];
  client.connection.onNotification(LogMessageNotification.type, (m) => {
    if (m.type === MessageType.Error) errors.push(m.message);
  });
  try {
    const text = generateTranscript(1500, 7);
    const uri = 'file:///storm/session.smtp';
    const local = TextDocument.create(uri, 'smtp', 1, text);
    const lines = text.split('\n');
    // A reply far above the typing, which no edit touches: its hover must stay the same all through.
    const stable = { line: lines.findIndex((l) => l.startsWith('S: 250 2.1.5')), character: 4 };
    const typingLine = lines.findIndex((l, i) => i > 750 && l.startsWith('C: RCPT TO:'));
    assert.ok(stable.line > 0 && stable.line < 200 && typingLine > 750, 'the generated transcript has the lines the test needs');

    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'smtp', version: 1, text } });
    const stableHover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: stable });
    assert.ok(stableHover, 'the stable line has a hover');

    // Typing from the start of a line: every tenth key a backspace, the deleted character typed again next.
    let at = local.offsetAt({ line: typingLine, character: 0 });
    let next = 0;
    const sent: Promise<void>[] = [];
    const hovers: Promise<Hover | null>[] = [];
    const stableHovers: Promise<Hover | null>[] = [];
    for (let i = 0; i < editCount; i++) {
      let change: TextDocumentContentChangeEvent;
      if (i % 10 === 9) {
        change = { range: { start: local.positionAt(at - 1), end: local.positionAt(at) }, text: '' };
        at--;
        next--;
      } else {
        change = { range: { start: local.positionAt(at), end: local.positionAt(at) }, text: typed[next] };
        at++;
        next++;
      }
      const version = i + 2;
      TextDocument.update(local, [change], version);
      // Not awaited: the messages are written in order, faster than anyone types, and the server reads them as they come.
      sent.push(client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [change] }));
      if (i % 10 === 4) {
        stableHovers.push(client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: stable }));
        hovers.push(client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: local.positionAt(at).line, character: 4 } }));
      }
    }
    await Promise.all(sent);
    const finalVersion = editCount + 1;
    const edited = await client.nextDiagnostics(`version ${finalVersion} after the storm`, (p) => p.uri === uri && p.version === finalVersion);

    const answers = await Promise.allSettled([...stableHovers, ...hovers]);
    assert.equal(answers.length, 2 * (editCount / 10));
    assert.deepEqual(
      answers.filter((a) => a.status === 'rejected').map((a) => String((a as PromiseRejectedResult).reason)),
      [],
      'no hover failed',
    );
    for (const answer of answers.slice(0, stableHovers.length)) assert.deepEqual((answer as PromiseFulfilledResult<Hover | null>).value, stableHover);

    const freshUri = 'file:///storm/fresh.smtp';
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: freshUri, languageId: 'smtp', version: 1, text: local.getText() } });
    const fresh = await client.nextDiagnostics('a fresh open of the final text', (p) => p.uri === freshUri);
    assert.deepEqual(edited.diagnostics, fresh.diagnostics);
    // The typed refusals are there: the edits were applied, not dropped.
    assert.ok(
      edited.diagnostics.some((d) => d.code === 'smtp.failure-reply' && d.range.start.line === typingLine + 1),
      `a failure reply diagnosed on the typed line ${typingLine + 1}`,
    );
    // Nothing older is published after the last version.
    assert.equal(client.published.filter((p) => p.uri === uri).at(-1)?.version, finalVersion);
    assert.deepEqual(errors, []);
  } finally {
    await client.stop();
  }
});
