/**
 * An edited mail log is re-read only where it changed (its lines are independent): the edited
 * lines' spans, findings and summary events are spliced into the previous version's model. The
 * result must be the model a fresh analysis of the new text gives, whatever the edits: random
 * inserts, deletes and replacements of real log lines, edits that split or join lines, CRLF and
 * lone CR endings, several changes per notification, updates chained over versions.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeMailLog } from '../../server/src/service/log/logAnalyzer';
import { SpanIndex, type Analysis } from '../../server/src/service/analysis';
import { AnalysisCache, getLanguageService, hoverMarkdown } from '../../server/src/service/languageService';
import { dirtyLines, noteChange, updateOf, withUpdate } from '../../server/src/service/incremental';
import { transcriptSemanticTokens } from '../../server/src/service/semanticTokens';
import { defaultSettings, type Settings } from '../../server/src/service/settings';
import { replayEdits } from './editReplay';
import { changeFor, corpusLogLines, logEditArbitraries } from './logEdits';

const corpusLines = corpusLogLines();
// Lines that hold a contradiction, so that findings of the quick scan are spliced too.
corpusLines.push(
  'Jan  1 00:00:00 mx postfix/smtp[1]: A1: to=<a@example.org>, relay=mx.example.org[192.0.2.1]:25, dsn=5.0.0, status=sent (250 ok)',
  'Jan  1 00:00:03 mx postfix/smtp[4]: A3: to=<d@example.org>, relay=mx.example.org[192.0.2.1]:25, dsn=2.0.0, status=deferred (host mx.example.org[192.0.2.1] said: 571 no)',
);

const perLine: Settings = { ...defaultSettings, logPerLineDiagnostics: true };
const settingsOf = (perLineDiagnostics: boolean) => (perLineDiagnostics ? perLine : defaultSettings);

const { logLines, edit } = logEditArbitraries(corpusLines, ['550 '], 6);
/** One version: the changes of one notification, and whether it is analysed (else its edits compose with the next). */
const step = fc.record({ changes: fc.array(edit, { minLength: 1, maxLength: 3 }), analyse: fc.boolean(), askForSpans: fc.boolean() });

/** Everything the service reads from a log's analysis, in comparable form. */
function observed(analysis: Analysis, document: TextDocument) {
  const table = analysis.spanTable!;
  const index = new SpanIndex(table);
  const textAfter = (line: number, character: number, length: number) => document.getText({ start: { line, character }, end: { line, character: character + length } });
  return {
    findings: analysis.findings,
    spans: analysis.spans,
    hovers: analysis.spans.map((span) => hoverMarkdown(span, 'en', index)),
    hints: analysis.inlayHints,
    keys: [...table.keys()].sort(),
    tokens: transcriptSemanticTokens(analysis, textAfter),
    summary: analysis.summary,
  };
}

test('an edited log, re-read only where it changed, equals a fresh analysis (random edits of real log lines)', () => {
  let updates = 0;
  fc.assert(
    fc.property(logLines, fc.array(step, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.boolean(), (initial, steps, perLineDiagnostics, spansFirst) => {
      const settings = settingsOf(perLineDiagnostics);
      const document = TextDocument.create('file:///edited.log', 'mail-log', 1, initial);
      let analysis = analyzeMailLog(initial, 'en', settings);
      // Lazily analysed logs update whether or not their full pass has run.
      if (spansFirst) void analysis.spanTable;
      replayEdits(document, steps, changeFor, (dirty, s) => {
        analysis = updateOf(analysis)!(document.getText(), dirty);
        updates++;
        if (s.askForSpans) void analysis.spanTable;
      });
      const fresh = TextDocument.create('file:///fresh.log', 'mail-log', 1, document.getText());
      assert.deepEqual(observed(analysis, document), observed(analyzeMailLog(fresh.getText(), 'en', settings), fresh));
    }),
    { numRuns: 300, seed: 12 },
  );
  assert.ok(updates >= 300);
});

test('a one-line edit re-reads that line only, and the lines after it keep their places', () => {
  const lines = Array.from({ length: 1000 }, (_, i) => corpusLines[i % corpusLines.length]);
  const document = TextDocument.create('file:///big.log', 'mail-log', 1, lines.join('\n'));
  const change = { range: { start: { line: 500, character: 0 }, end: { line: 500, character: lines[500].length } }, text: corpusLines[1] };
  const edits = noteChange(undefined, document, change);
  TextDocument.update(document, [change], 2);
  assert.deepEqual(dirtyLines(edits, document), { from: 500, to: 501, oldTo: 501, fromOffset: document.offsetAt({ line: 500, character: 0 }), toOffset: document.offsetAt({ line: 501, character: 0 }), lineCount: 1000 });
  // A line inserted before the last one: it and the last line (which now follows a new break) are read.
  const insert = { range: { start: { line: 999, character: 0 }, end: { line: 999, character: 0 } }, text: `${corpusLines[2]}\n` };
  const more = noteChange(undefined, document, insert);
  TextDocument.update(document, [insert], 3);
  const dirty = dirtyLines(more, document)!;
  assert.deepEqual([dirty.from, dirty.to, dirty.oldTo, dirty.lineCount], [999, 1001, 1000, 1001]);
});

test('the analysis cache updates an edited log from its previous analysis, and analyses anew when an edit was missed', () => {
  const cache = new AnalysisCache();
  const service = getLanguageService(cache);
  const text = corpusLines.slice(0, 40).join('\r\n');
  const document = TextDocument.create('file:///cached.log', 'mail-log', 1, text);
  const first = service.analyze(document, perLine);
  let updated = 0;
  const update = updateOf(first)!;
  withUpdate(first, (newText, dirty) => {
    updated++;
    return update(newText, dirty);
  });
  const change = { range: { start: { line: 3, character: 0 }, end: { line: 5, character: 0 } }, text: `${corpusLines[41]}\r` };
  cache.noteChange(document, change);
  TextDocument.update(document, [change], 2);
  const second = service.analyze(document, perLine);
  assert.equal(updated, 1);
  const fresh = TextDocument.create('file:///fresh.log', 'mail-log', 1, document.getText());
  assert.deepEqual(observed(second, document), observed(analyzeMailLog(fresh.getText(), 'en', perLine), fresh));
  assert.deepEqual(
    service.doValidation(document, perLine),
    getLanguageService().doValidation(fresh, perLine),
  );
  // A change applied without being noted: the edits known do not lead to this text, so a full analysis.
  const withUpdateSpy = updateOf(second)!;
  withUpdate(second, (newText, dirty) => {
    updated++;
    return withUpdateSpy(newText, dirty);
  });
  TextDocument.update(document, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }], 3);
  const third = service.analyze(document, perLine);
  assert.equal(updated, 1);
  assert.equal(third.summary && (third.summary as { lineCount: number }).lineCount, document.lineCount);
});
