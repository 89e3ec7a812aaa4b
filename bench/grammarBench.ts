// Tokenization speed of every grammar on realistic text (the test fixtures
// repeated to about 20,000 lines), next to VS Code's built-in `log` grammar on
// the same text in the same run.
import { createRegistry, loadGrammar } from '../test/grammar/grammarHarness';
import { corpusScopes, realisticText, timeTokenize } from '../test/grammar/corpus';

export async function runGrammarBench(): Promise<string> {
  const plainLog = (await createRegistry(false).loadGrammar('text.log'))!;
  const rows: string[][] = [['grammar', 'lines', 'lines/s', 'log lines/s', 'time vs log', 'slowest line (ms)', 'slowest line']];
  for (const scope of corpusScopes) {
    const text = realisticText(scope, 20_000);
    const ours = await loadGrammar(scope);
    timeTokenize(ours, text.slice(0, 20_000)); // warm up the scanners
    timeTokenize(plainLog, text.slice(0, 20_000));
    const a = timeTokenize(ours, text);
    const b = timeTokenize(plainLog, text);
    const label = scope === 'text.log' ? 'text.log + smtp-codes.log-injection' : scope;
    rows.push([
      label,
      String(a.lines),
      Math.round((a.lines / a.ms) * 1000).toLocaleString('en-US'),
      Math.round((b.lines / b.ms) * 1000).toLocaleString('en-US'),
      `${(a.ms / b.ms).toFixed(2)}x`,
      a.slowestLineMs.toFixed(2),
      JSON.stringify(a.slowestLine.length > 60 ? a.slowestLine.slice(0, 57) + '...' : a.slowestLine),
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const lines = rows.map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return ['Grammar tokenization (vscode-textmate + Oniguruma), against the built-in log grammar on the same text', ...lines].join('\n');
}
