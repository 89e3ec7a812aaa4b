/**
 * The dashboard of an edited log is made from per-line records that follow the log's cached
 * analysis: after an edit only the edited lines are read again. Whatever the edits (random inserts,
 * deletes and replacements of real log lines, lines split and joined, CRLF and lone CR endings,
 * several changes per notification, updates chained over versions, with or without per-line
 * diagnostics), the dashboard must be the one a fresh read of the new text gives.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../../server/src/service/analysis';
import { analyzeMailLog } from '../../server/src/service/log/logAnalyzer';
import { DashboardRecords, logDashboard, logDashboardOf } from '../../server/src/service/log/logDashboard';
import { updateOf } from '../../server/src/service/incremental';
import { AnalysisCache, getLanguageService } from '../../server/src/service/languageService';
import { defaultSettings, type Settings } from '../../server/src/service/settings';
import { replayEdits } from './editReplay';
import { changeFor, corpusLogLines, logEditArbitraries } from './logEdits';

const corpusLines = corpusLogLines();
// Stamps whose year depends on the lines before them (December then January) or on the head (an ISO line).
corpusLines.push(
  'Dec 31 23:59:58 mx postfix/smtp[1]: A1: to=<a@example.org>, relay=mx.example.org[192.0.2.1]:25, dsn=2.0.0, status=sent (250 2.0.0 ok)',
  'Jan  1 00:00:03 mx postfix/smtp[4]: A3: to=<d@example.org>, relay=mx.example.org[192.0.2.1]:25, dsn=4.2.0, status=deferred (host mx.example.org[192.0.2.1] said: 450 4.2.0 later)',
  'Feb 29 10:00:00 mx postfix/smtp[4]: A4: to=<e@example.net>, relay=none, delay=1, dsn=5.4.4, status=bounced (Host or domain name not found)',
  '2023-06-01 10:00:00 1q4ABC-000001-AB ** f@example.com R=dnslookup T=remote_smtp H=mx.example.com [192.0.2.7]: SMTP error from remote mail server after RCPT TO:<f@example.com>: 550 5.1.1 unknown',
);

const perLine: Settings = { ...defaultSettings, logPerLineDiagnostics: true };

const { logLines, edit } = logEditArbitraries(corpusLines, ['550 ', 'Jan  1 00:00:00 '], 8);
/** One version: the changes of one notification, whether it is analysed, and whether the dashboard is asked for then. */
const step = fc.record({ changes: fc.array(edit, { minLength: 1, maxLength: 3 }), analyse: fc.boolean(), askForDashboard: fc.boolean() });

/** Counts full reads of a log's records while `work` runs. */
function countingReads<T>(work: () => T): { result: T; reads: number } {
  const read = DashboardRecords.read;
  let reads = 0;
  DashboardRecords.read = (...args) => {
    reads++;
    return read(...args);
  };
  try {
    return { result: work(), reads };
  } finally {
    DashboardRecords.read = read;
  }
}

test('the dashboard of an edited log, from records updated line by line, equals a fresh read (random edits of real log lines)', () => {
  let incremental = 0;
  fc.assert(
    fc.property(logLines, fc.array(step, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.constantFrom<'en' | 'de'>('en', 'de'), (initial, steps, perLineDiagnostics, lang) => {
      const settings = perLineDiagnostics ? perLine : defaultSettings;
      const document = TextDocument.create('file:///edited.log', 'mail-log', 1, initial);
      let analysis: Analysis = analyzeMailLog(initial, lang, settings);
      // The first dashboard reads the whole log; every later one only what changed.
      assert.deepEqual(logDashboardOf(analysis, initial, lang), logDashboard(initial, lang));
      /** The dashboard of the current version, which must come from the records kept, not a read of the log. */
      const updatedDashboard = (text: string) => {
        const { result, reads } = countingReads(() => logDashboardOf(analysis, text, lang));
        assert.equal(reads, 0);
        return result;
      };
      replayEdits(document, steps, changeFor, (dirty, s) => {
        analysis = updateOf(analysis)!(document.getText(), dirty);
        if (!s.askForDashboard) return;
        const text = document.getText();
        assert.deepEqual(updatedDashboard(text), logDashboard(text, lang));
        incremental++;
      });
      const text = document.getText();
      assert.deepEqual(updatedDashboard(text), logDashboard(text, lang));
    }),
    { numRuns: 300, seed: 14 },
  );
  assert.ok(incremental >= 150);
});

test('listed lines taken from the document equal those of a scan, CRLF and lone CR endings included', () => {
  const text = [corpusLines[0], corpusLines[1], 'x'.repeat(900), corpusLines[2]].join('\r\n') + '\r' + corpusLines.at(-1) + '\n';
  const document = TextDocument.create('file:///lines.log', 'mail-log', 1, text);
  const lineText = (line: number) => document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/[\r\n]+$/, '');
  const analysis = analyzeMailLog(text, 'en', defaultSettings);
  const dashboard = logDashboardOf(analysis, text, 'en', lineText);
  assert.ok(Object.keys(dashboard.lineTexts).length >= 3);
  assert.deepEqual(dashboard, logDashboard(text, 'en'));
});

test('through the analysis cache: a one-line edit of a long log updates its dashboard without reading the log again', () => {
  const cache = new AnalysisCache();
  const service = getLanguageService(cache);
  const lines = Array.from({ length: 3000 }, (_, i) => corpusLines[i % corpusLines.length]);
  const document = TextDocument.create('file:///cached.log', 'mail-log', 1, lines.join('\n'));
  const first = logDashboardOf(service.analyze(document, defaultSettings), document.getText(), 'en');
  assert.deepEqual(first, logDashboard(document.getText(), 'en'));
  // A bounce line replaces line 1500: one more bounced event, whatever the line held before.
  const bounce = corpusLines.find((line) => line.includes('status=bounced'))!;
  const change = { range: { start: { line: 1500, character: 0 }, end: { line: 1500, character: lines[1500].length } }, text: bounce };
  cache.noteChange(document, change);
  TextDocument.update(document, [change], 2);
  const { result: second, reads } = countingReads(() => logDashboardOf(service.analyze(document, defaultSettings), document.getText(), 'en'));
  assert.equal(reads, 0);
  assert.deepEqual(second, logDashboard(document.getText(), 'en'));
  assert.ok((second.byOutcome.bounced ?? 0) >= 1);
  // A change the cache was not told of: a full analysis, so the records are read anew.
  TextDocument.update(document, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }], 3);
  const third = countingReads(() => logDashboardOf(service.analyze(document, defaultSettings), document.getText(), 'en'));
  assert.equal(third.reads, 1);
  assert.deepEqual(third.result, logDashboard(document.getText(), 'en'));
});
