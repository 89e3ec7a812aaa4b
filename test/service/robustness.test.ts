/**
 * Hostile, binary, huge and truncated input: the analyzers never throw, every range they report
 * lies inside the document, and the work grows linearly with the input.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { doc, service, settings } from '../helpers';
import { ownLanguages } from '../../server/src/service/documentKinds';
import { growthRatio } from '../timing';

const vocabulary = [
  '220 mx ESMTP', '250-mx', '250 OK', '250-SIZE 100', '250 PIPELINING', '354 go', '421 bye', '550 5.1.1 no', '550 4.1.1 x',
  'EHLO c', 'HELO c', 'MAIL FROM:<a@b>', 'RCPT TO:<c@d>', 'DATA', '.', 'QUIT', 'RSET', 'AUTH PLAIN AAAA', 'AUTH LOGIN', '334 VXNl',
  'STARTTLS', 'BDAT 10 LAST', 'S: 250 ok', 'C: MAIL FROM:<x>', '<-  250 ok', ' -> RCPT TO:<y>', '>>> DATA', '<<< 554 no',
  "send: 'data\\r\\n'", "reply: b'250 ok\\r\\n'", '<LF>.<LF>', '', '   ', '9999', '2', '250-', '5.7.1', 'Status: 5.1.1', 'dsn=4.2.2',
  'status=bounced', 'said: 550 5.1.1 x', 'Diagnostic-Code: smtp; 550 5.1.1 x', '--boundary', 'Content-Type: multipart/report; boundary="b"',
  'smtpd_recipient_restrictions = reject_unauth_destination', 'unknown_local_recipient_reject_code = 450', '/^Subject: x/ REJECT 554 4.7.1 no',
  '\u0000', '\uFFFD\uFFFE', 'a'.repeat(600),
];

function checkRanges(text: string, languageId: string): void {
  const document = doc(text, languageId);
  const s = settings();
  const inside = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) =>
    r.start.line >= 0 && r.end.line < document.lineCount && (r.start.line < r.end.line || r.start.character <= r.end.character);
  for (const d of service.doValidation(document, s)) assert.ok(inside(d.range), JSON.stringify(d));
  const analysis = service.analyze(document, s);
  for (const span of analysis.spans) assert.ok(inside(span.range), JSON.stringify(span.range));
  for (let line = 0; line < Math.min(document.lineCount, 20); line++) service.doHover(document, { line, character: 2 }, s);
  service.findDocumentSymbols(document, s);
  service.getFoldingRanges(document, s);
}

for (const languageId of [...ownLanguages, 'log']) {
  test(`random line soup never breaks the ${languageId} analyzer`, () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...vocabulary), fc.string({ maxLength: 40 })), { maxLength: 60 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        checkRanges(lines.join(eol), languageId);
      }),
      { numRuns: 150 },
    );
  });
}

test('adversarial lines: 10,000 digits, dashes, spaces, brackets', () => {
  for (const languageId of [...ownLanguages, 'log']) {
    for (const line of ['2'.repeat(10000), '-'.repeat(10000), ' '.repeat(10000), '<'.repeat(10000), '[' + 'a'.repeat(10000), '250-'.repeat(2500), '5.'.repeat(5000)]) {
      checkRanges(`220 mx ESMTP\n${line}\n${line}`, languageId);
    }
  }
});

test('a binary document gets one information diagnostic and nothing else', () => {
  const diagnostics = service.doValidation(doc('220 mx\u0000\u0001\u0002 ESMTP\n550 5.1.1 x\n'), settings());
  assert.deepEqual(diagnostics.map((d) => d.code), ['document.binary']);
});

test('transcript analysis grows linearly with the input', () => {
  const session = '220 mx ESMTP\nEHLO c\n250-mx\n250-PIPELINING\n250 SIZE 1000\nMAIL FROM:<a@b>\n250 2.1.0 ok\nRCPT TO:<c@d>\n550 5.1.1 no\nRCPT TO:<e@f>\n250 2.1.5 ok\nDATA\n354 go\nSubject: x\n\nbody\n.\n250 2.0.0 queued\nQUIT\n221 bye\n';
  // Best of three each (growthRatio), so that a busy machine does not make a linear pass look quadratic.
  const ratio = growthRatio((copies) => service.analyze(doc(session.repeat(copies)), settings()), 2000, 8000);
  assert.ok(ratio < 8, `4x the input took ${ratio.toFixed(1)}x the time`);
});
