import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeMailLog } from '../../server/src/service/log/logAnalyzer';
import { SpanIndex } from '../../server/src/service/analysis';
import { getLanguageService } from '../../server/src/service/languageService';
import { defaultSettings } from '../../server/src/service/settings';

const fixtures = join(__dirname, '../fixtures/log');
// Lines the guarded scan must not miss: contradictions (dsn= against the status word, twice on one line), replies outside the grammar, CR and CRLF endings.
const contradictions = [
  'Jan  1 00:00:00 mx postfix/smtp[1]: A1: to=<a@example.org>, relay=mx.example.org[192.0.2.1]:25, dsn=5.0.0, status=sent (250 ok)',
  'Jan  1 00:00:01 mx sendmail[2]: x: to=<b@example.org>, dsn=2.0.0, stat=Deferred: 421 4.7.0 later',
  'Jan  1 00:00:02 mx postfix/smtp[3]: A2: to=<c@example.org>, relay=mx.example.org[192.0.2.1]:25, delay=1, dsn=4.0.0, status=bounced (host mx.example.org[192.0.2.1] said: 450 4.0.0 no (in reply to RCPT TO command))',
  'Jan  1 00:00:03 mx postfix/smtp[4]: A3: to=<d@example.org>, relay=mx.example.org[192.0.2.1]:25, dsn=2.0.0, status=deferred (host mx.example.org[192.0.2.1] said: 571 no)',
  'Jan  1 00:00:04 mx postfix/smtp[5]: A4: to=<e@example.org>, relay=mx.example.org[192.0.2.1]:25, dsn=2.0.0, status=sent (260 fine)',
].join('\r\n');

function logTexts(): string[] {
  return [contradictions, contradictions.replace(/\r\n/g, '\r'), ...readdirSync(fixtures).map((name) => readFileSync(join(fixtures, name), 'utf8'))];
}

test('a log opened without per-line diagnostics finds exactly the contradictions a full pass finds', () => {
  let found = 0;
  for (const text of logTexts()) {
    const full = analyzeMailLog(text, 'en', { ...defaultSettings, logPerLineDiagnostics: true }).findings.filter((f) => f.rule !== 'log.delivery-failure');
    assert.deepEqual(analyzeMailLog(text, 'en', defaultSettings).findings, full);
    found += full.length;
  }
  assert.ok(found >= 8, `only ${found} findings: the inputs no longer exercise the scan`);
});

test("a log's compact spans give the hovers, hints and spans of one object per span", () => {
  const text = readFileSync(join(fixtures, 'mixed-mta.log'), 'utf8');
  const analysis = analyzeMailLog(text, 'en', defaultSettings);
  const spans = analysis.spans;
  assert.ok(spans.length > 20);
  const compact = new SpanIndex(analysis.spanTable!);
  const objects = new SpanIndex(spans);
  const lines = text.split(/\r?\n/);
  for (let line = 0; line < lines.length; line++) {
    for (let character = 0; character <= lines[line].length; character++) assert.deepEqual(compact.at(line, character), objects.at(line, character), `${line}:${character}`);
  }
  const service = getLanguageService();
  const document = TextDocument.create('file:///mixed.log', 'mail-log', 1, text);
  const hints = service.doInlayHints(document, { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } }, { ...defaultSettings, inlayHints: 'all' });
  assert.deepEqual(
    hints.map((h) => [h.position.line, h.position.character, h.label]),
    analysis.inlayHints.map((h) => [h.line, h.character, h.label]),
  );
  assert.ok(hints.length > 10);
});
