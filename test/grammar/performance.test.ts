// Adversarial lines must tokenize in time proportional to their length, and
// each grammar must be about as fast as VS Code's built-in log grammar on the
// same realistic text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRegistry, loadGrammar, projectGrammars } from './grammarHarness';
import { corpusScopes, realisticText, timeTokenize } from './corpus';

const N = 10_000;
const adversarial: Record<string, string> = {
  digits: '5'.repeat(N),
  'digits and dots': '5.1.'.repeat(N / 4),
  'code-like': '550 5.1.1 '.repeat(N / 10),
  dashes: '-'.repeat(N),
  spaces: ' '.repeat(N),
  tabs: '\t'.repeat(N),
  'less-than': '<'.repeat(N),
  'unterminated bracket': '<' + 'a'.repeat(N),
  'unterminated ip literal': '[' + '1.'.repeat(N / 2),
  'unterminated paren': '(' + 'x'.repeat(N),
  'at signs': 'a@'.repeat(N / 2),
  'local-part chars': '!#$%&'.repeat(N / 5),
  'swaks prefix then digits': '<-  ' + '2'.repeat(N),
  'client prefix then spaces': ' -> ' + ' '.repeat(N),
  'header then spaces': 'Subject:' + ' '.repeat(N),
  'regexp entry': '/' + '\\/'.repeat(N / 2),
  'continuation': ' ' + '\\'.repeat(N),
  'base64': 'QUFB'.repeat(N / 4),
  'dollars': '${'.repeat(N / 2),
  'status words': 'status=bounced ('.repeat(N / 16),
  'said': 'said: '.repeat(N / 6),
};

const normalLine = 'Jan  2 10:11:11 mail postfix/smtp[12003]: 8A1B2C3D4E: to=<bob@example.net>, relay=mx.example.net[198.51.100.20]:25, dsn=5.1.1, status=bounced (host mx.example.net[198.51.100.20] said: 550 5.1.1 User unknown)';

for (const info of projectGrammars.filter((g) => g.id !== 'log-injection').concat([{ id: 'log+injection', scopeName: 'text.log', file: '' }])) {
  test(`adversarial lines stay linear: ${info.id}`, async () => {
    const grammar = await loadGrammar(info.scopeName);
    // Normal lines of the same total length give the baseline.
    const normalText = Array.from({ length: Math.ceil(N / normalLine.length) }, () => normalLine).join('\n');
    timeTokenize(grammar, normalText);
    const baseline = Math.max(timeTokenize(grammar, normalText).ms, 2);
    for (const [name, line] of Object.entries(adversarial)) {
      // Inside a DATA body or a header, and on its own.
      for (const text of [line, `S: 354 go\n${line}`, `Subject: x\n${line}`, `smtpd_recipient_restrictions =\n${line}`]) {
        const t = timeTokenize(grammar, text);
        assert.ok(t.ms < baseline * 50 + 100, `${info.id}: "${name}" took ${t.ms.toFixed(1)} ms (baseline ${baseline.toFixed(1)} ms for the same length of normal lines)`);
      }
    }
  });
}

test('each grammar tokenizes realistic text at least as fast as the built-in log grammar (3x slack)', async () => {
  const plainLog = await createRegistry(false).loadGrammar('text.log');
  const report: string[] = [];
  for (const scope of corpusScopes) {
    const text = realisticText(scope, 5_000);
    const ours = await loadGrammar(scope);
    // Warm up both, then take the best of three runs to damp noise on a busy machine.
    timeTokenize(ours, text);
    timeTokenize(plainLog!, text);
    const best = (g: any) => Math.min(...[0, 1, 2].map(() => timeTokenize(g, text).ms));
    const oursMs = best(ours);
    const logMs = best(plainLog);
    report.push(`${scope}: ${oursMs.toFixed(1)} ms vs log ${logMs.toFixed(1)} ms`);
    assert.ok(oursMs <= logMs * 3 + 5, `${scope} took ${oursMs.toFixed(1)} ms, built-in log grammar ${logMs.toFixed(1)} ms on the same text`);
  }
  console.log(report.join('\n'));
});
