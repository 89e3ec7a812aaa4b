/**
 * An edited transcript is analysed again only around the edit where nothing document-wide can have
 * changed: the sessions around it are built again and spliced into the previous version. The result
 * must be the analysis a fresh analysis of the new text gives, whatever the edits: random edits inside
 * lines and of whole lines of real transcripts, lines inserted and deleted, several changes per
 * notification, updates chained over versions.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { generateTranscript } from '../../bench/inputs';
import type { Analysis } from '../../server/src/service/analysis';
import { dirtyLines, noteChange, updateOf } from '../../server/src/service/incremental';
import { transcriptSemanticTokens } from '../../server/src/service/semanticTokens';
import { splitLines } from '../../server/src/service/lines';
import { readTranscript } from '../../server/src/service/transcript/reader';
import { analyzeTranscript, transcriptModelOf } from '../../server/src/service/transcript/transcriptAnalyzer';
import { filesUnder, replayEdits } from './editReplay';

const corpus = ['dev', 'dev2', 'dev3', 'dev4', 'dev5'].flatMap((dir) => filesUnder(join(__dirname, '../corpus/transcripts', dir))).filter((path) => path.endsWith('.txt'));
const transcripts = corpus.map((path) => readFileSync(path, 'utf8').replace(/\s+$/, ''));
const corpusLines = transcripts.flatMap((t) => t.split(/\r\n|\r|\n/)).filter((line) => line.trim());

/** A document long enough for edits past the lines the reader reads for a producer's signature: one real transcript, repeated. */
const documentOf = (index: number, generated: boolean) => {
  if (generated) return generateTranscript(400, index + 1);
  const transcript = transcripts[index % transcripts.length];
  const copies = Math.ceil(400 / (transcript.split('\n').length + 1));
  return Array.from({ length: copies }, () => transcript).join('\n\n') + '\n';
};

// Mostly typing inside a line (past its marker and verb), also whole lines replaced, and lines inserted, split, joined and deleted.
const typing = fc.record({
  kind: fc.constant('typing' as const),
  at: fc.nat(),
  length: fc.nat({ max: 3 }),
  text: fc.constantFrom('', ' ', 'x', '5', '0', '-', '.', '<', '>', '@'),
});
const wholeLine = fc.record({
  kind: fc.constant('line' as const),
  at: fc.nat(),
  length: fc.constant(0),
  text: fc.oneof(fc.constantFrom(...corpusLines), fc.constantFrom('', 'S: 250 2.1.5 Ok', 'S: 220 mx ESMTP', 'C: QUIT', 'C: DATA', 'S: 354 go ahead', 'S: 550 5.1.1 no')),
});
const anywhere = fc.record({
  kind: fc.constant('any' as const),
  at: fc.nat(),
  length: fc.oneof(fc.nat({ max: 6 }), fc.nat({ max: 200 })),
  text: fc.constantFrom('', '\n', '\r\n', 'x', '250 ', 'S: 220 mx ESMTP\n', 'C: QUIT\n', 'C: RCPT TO:<a@b>\n'),
});
// Lines added and removed whole: typing Enter, deleting lines, pasting a block of lines copied from elsewhere in the document.
const knownLine = fc.constantFrom('S: 250 2.1.5 Ok', 'C: RCPT TO:<c@d>', 'C: NOOP', 'S: 450 4.2.0 busy', 'S: 250-PIPELINING', 'S: 220 mx ESMTP', 'C: QUIT', 'S: 221 bye', '');
const lines = fc.record({
  kind: fc.constantFrom('insert' as const, 'delete' as const, 'paste' as const, 'enter' as const),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 12 }),
  text: fc.oneof(knownLine, fc.constantFrom(...corpusLines)),
});
const edit = fc.oneof({ weight: 5, arbitrary: typing }, { weight: 2, arbitrary: wholeLine }, { weight: 1, arbitrary: anywhere }, { weight: 4, arbitrary: lines });
/** One version: the changes of one notification, and whether it is analysed (else its edits compose with the next). */
const step = fc.record({ changes: fc.array(edit, { minLength: 1, maxLength: 2 }), analyse: fc.boolean(), askForResults: fc.boolean(), askForOutline: fc.boolean() });

/** An edit in the second half of the document (past the lines the reader reads for a producer's signature). */
function changeFor(document: TextDocument, e: { kind: 'typing' | 'line' | 'any' | 'insert' | 'delete' | 'paste' | 'enter'; at: number; length: number; text: string }): TextDocumentContentChangeEvent {
  const lines = document.lineCount;
  const line = Math.floor(lines / 2) + (e.at % Math.max(1, Math.floor(lines / 2)));
  const lineText = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
  const lineStart = { line, character: 0 };
  if (e.kind === 'insert') return { range: { start: lineStart, end: lineStart }, text: `${e.text}\n` };
  if (e.kind === 'delete') return { range: { start: lineStart, end: { line: line + e.length, character: 0 } }, text: '' };
  if (e.kind === 'enter') return { range: { start: { line, character: e.at % 2 ? lineText.length : 0 }, end: { line, character: e.at % 2 ? lineText.length : 0 } }, text: '\n' };
  if (e.kind === 'paste') {
    // A block of the document's own lines, from the first half (a session pasted again further down).
    const source = (e.at >> 3) % Math.max(1, Math.floor(lines / 2));
    const block = document.getText({ start: { line: source, character: 0 }, end: { line: source + e.length, character: 0 } });
    return { range: { start: lineStart, end: lineStart }, text: block };
  }
  if (e.kind === 'line') return { range: { start: { line, character: 0 }, end: { line, character: lineText.length } }, text: e.text };
  if (e.kind === 'typing') {
    const start = Math.min(lineText.length, 8 + (e.at % Math.max(1, lineText.length - 7)));
    return { range: { start: { line, character: start }, end: { line, character: Math.min(lineText.length, start + e.length) } }, text: e.text };
  }
  const start = e.at % (lineText.length + 1);
  const startOffset = document.offsetAt({ line, character: start });
  return { range: { start: { line, character: start }, end: document.positionAt(startOffset + e.length) }, text: e.text };
}

/** Everything the service reads from a transcript's analysis, in comparable form. */
function observed(analysis: Analysis, document: TextDocument) {
  const textAfter = (line: number, character: number, length: number) => document.getText({ start: { line, character }, end: { line, character: character + length } });
  return {
    spans: analysis.spans,
    findings: analysis.findings,
    hints: analysis.inlayHints,
    symbols: analysis.symbols,
    folds: analysis.folds,
    codeLenses: analysis.codeLenses,
    tokens: transcriptSemanticTokens(analysis, textAfter),
    summary: analysis.summary,
  };
}

/** How many updates there were, and how many reused the previous version's sessions (of all, of those that added or removed lines). */
interface Tally {
  updates: number;
  spliced: number;
  moving: number;
  splicedMoving: number;
}

/** Replays the steps on a document, each update checked against a fresh analysis of the final text; counts the updates that were spliced. */
function replayAgainstFresh(initial: string, steps: { changes: Parameters<typeof changeFor>[1][]; analyse: boolean; askForResults: boolean; askForOutline: boolean }[], tally: Tally): void {
  const document = TextDocument.create('file:///edited.smtp', 'smtp', 1, initial);
  let analysis = analyzeTranscript(initial, 'en');
  replayEdits(document, steps, changeFor, (dirty, s) => {
    const previous = analysis;
    // Hovers, hints, folds and the outline are made when asked for: asked for before the edit, they are spliced, else made again.
    if (s.askForResults) void previous.inlayHints;
    if (s.askForOutline) void previous.symbols;
    analysis = updateOf(analysis)!(document.getText(), dirty);
    tally.updates++;
    // The first session is the previous version's own object where the sessions before the edit were reused, the last where those after it were.
    const [before, after] = [transcriptModelOf(previous)!.sessions, transcriptModelOf(analysis)!.sessions];
    const reused = after.length > 1 && (after[0] === before[0] || after.at(-1) === before.at(-1));
    if (reused) tally.spliced++;
    if (dirty.to !== dirty.oldTo) {
      tally.moving++;
      if (reused) tally.splicedMoving++;
    }
  });
  const fresh = TextDocument.create('file:///fresh.smtp', 'smtp', 1, document.getText());
  assert.deepEqual(observed(analysis, document), observed(analyzeTranscript(fresh.getText(), 'en'), fresh));
}

test('an edited transcript, re-read only around the edit, equals a fresh analysis (random edits of real transcripts)', () => {
  const tally: Tally = { updates: 0, spliced: 0, moving: 0, splicedMoving: 0 };
  fc.assert(
    fc.property(fc.nat(), fc.boolean(), fc.array(step, { minLength: 1, maxLength: 5 }), (index, generated, steps) => replayAgainstFresh(documentOf(index, generated), steps, tally)),
    { numRuns: 250, seed: 12 },
  );
  assert.ok(tally.updates >= 250);
  // A good part of the edits is spliced (typing in lines of a known marker): the property covers the splice, not only the fallback.
  assert.ok(tally.spliced >= tally.updates / 8, `only ${tally.spliced} of ${tally.updates} updates were spliced`);
  // Edits that add or remove lines are spliced too, the sessions after them moved.
  assert.ok(tally.splicedMoving >= tally.moving / 8, `only ${tally.splicedMoving} of ${tally.moving} updates that added or removed lines were spliced`);
});

// Documents whose marks the reader inferred from the whole document (about half of real transcripts), one real transcript repeated.
const inferredTranscripts = transcripts.filter((t) => readTranscript(splitLines(t)).producer?.startsWith('inferred'));
/** Typing in a line, and Enter at its end or blank lines deleted. */
const blankLines = fc.record({ kind: fc.constantFrom('enter' as const, 'delete' as const), at: fc.nat().map((n) => n * 2 + 1), length: fc.constant(1), text: fc.constant('') });
const inferredStep = fc.record({
  changes: fc.array(fc.oneof({ weight: 4, arbitrary: typing }, { weight: 1, arbitrary: wholeLine }, { weight: 2, arbitrary: blankLines }), { minLength: 1, maxLength: 2 }),
  analyse: fc.boolean(),
  askForResults: fc.boolean(),
  askForOutline: fc.boolean(),
});

test('an edited transcript whose marks the reader inferred, re-read only around the edit, equals a fresh analysis', () => {
  assert.ok(inferredTranscripts.length >= 50, `only ${inferredTranscripts.length} transcripts with inferred marks`);
  const tally: Tally = { updates: 0, spliced: 0, moving: 0, splicedMoving: 0 };
  fc.assert(
    fc.property(fc.nat(), fc.array(inferredStep, { minLength: 1, maxLength: 4 }), (index, steps) => {
      const transcript = inferredTranscripts[index % inferredTranscripts.length];
      const copies = Math.ceil(400 / (transcript.split('\n').length + 1));
      replayAgainstFresh(Array.from({ length: copies }, () => transcript).join('\n\n') + '\n', steps, tally);
    }),
    { numRuns: 200, seed: 12 },
  );
  // Fewer than in marked transcripts: typing anywhere in a line often changes its mark, which only a full reading can judge.
  assert.ok(tally.spliced >= tally.updates / 12, `only ${tally.spliced} of ${tally.updates} updates were spliced`);
  assert.ok(tally.splicedMoving >= tally.moving / 12, `only ${tally.splicedMoving} of ${tally.moving} updates that added or removed blank lines were spliced`);
});

test('a one-line edit in a long transcript re-builds the sessions around it and reuses the others', () => {
  const text = generateTranscript(20_000);
  const document = TextDocument.create('file:///big.smtp', 'smtp', 1, text);
  const before = analyzeTranscript(text, 'en');
  const line = 10_000;
  const lineText = document.getText({ start: { line, character: 0 }, end: { line, character: 1000 } }).replace(/\n$/, '');
  const change = { range: { start: { line, character: lineText.length }, end: { line, character: lineText.length } }, text: ' ' };
  const edits = noteChange(undefined, document, change);
  TextDocument.update(document, [change], 2);
  void before.symbols;
  void before.inlayHints;
  const after = updateOf(before)!(document.getText(), dirtyLines(edits, document)!);
  // The symbols of the sessions before and after the edited one are the previous version's objects.
  const edited = after.symbols.findIndex((s) => s.range.end.line >= line);
  assert.ok(edited > 100 && edited < after.symbols.length - 100);
  assert.equal(after.symbols[0], before.symbols[0]);
  assert.notEqual(after.symbols[edited], before.symbols[edited]);
  assert.equal(after.symbols.at(-1), before.symbols.at(-1));
  assert.deepEqual(after.symbols, analyzeTranscript(document.getText(), 'en').symbols);
});

test('a line added in a long transcript moves the sessions after it, their findings and hovers naming their new lines', () => {
  const text = generateTranscript(20_000);
  const document = TextDocument.create('file:///big.smtp', 'smtp', 1, text);
  const before = analyzeTranscript(text, 'en');
  void before.symbols;
  void before.inlayHints;
  const lastSession = transcriptModelOf(before)!.sessions.at(-1);
  const lastFailure = before.findings.filter((f) => f.rule === 'smtp.failure-reply').at(-1)!;
  const change = { range: { start: { line: 10_000, character: 0 }, end: { line: 10_000, character: 0 } }, text: 'C: NOOP\nS: 250 2.0.0 Ok\n' };
  const edits = noteChange(undefined, document, change);
  TextDocument.update(document, [change], 2);
  const after = updateOf(before)!(document.getText(), dirtyLines(edits, document)!);
  // The sessions after the edit are the previous version's, moved two lines down; the first finding is reused as it was.
  assert.equal(transcriptModelOf(after)!.sessions.at(-1), lastSession);
  assert.equal(after.findings[0], before.findings[0]);
  const moved = after.findings.filter((f) => f.rule === 'smtp.failure-reply').at(-1)!;
  assert.equal(moved.range.start.line, lastFailure.range.start.line + 2);
  const answered = /line (\d+)/.exec(lastFailure.message)![1];
  assert.equal(moved.message, lastFailure.message.replace(`line ${answered}`, `line ${Number(answered) + 2}`));
  const fresh = analyzeTranscript(document.getText(), 'en');
  assert.deepEqual(after.findings, fresh.findings);
  assert.deepEqual(after.symbols, fresh.symbols);
  assert.deepEqual(after.spans, fresh.spans);
});
