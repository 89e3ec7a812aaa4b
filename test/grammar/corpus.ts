// Large realistic inputs built from the fixtures, shared by the performance
// test and the benchmark.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as vsctm from 'vscode-textmate';
import { repoRoot } from './grammarHarness';

const fixturesDir = path.join(repoRoot, 'test', 'grammar', 'fixtures');

/** Fixture files of one grammar, as in the snapshot test. */
const fixtureGroups: Record<string, (file: string) => boolean> = {
  'source.smtp': (f) => f.endsWith('.smtp'),
  'text.eml': (f) => f.endsWith('.eml'),
  'text.mail-log': (f) => f.endsWith('.mail.log') || f.endsWith('.mainlog'),
  'source.postfix-main': (f) => f === 'main.cf',
  'source.postfix-master': (f) => f === 'master.cf',
  'source.postfix-lookup': (f) => f === 'access' || f.endsWith('.pcre'),
  'text.log': (f) => f.endsWith('.log') && !f.endsWith('.mail.log'),
};

/** About `lines` lines of realistic text for a grammar: its fixtures repeated. */
export function realisticText(scopeName: string, lines = 20_000): string {
  const files = readdirSync(fixturesDir).filter(fixtureGroups[scopeName]).sort();
  const text = files.map((f) => readFileSync(path.join(fixturesDir, f), 'utf8').replace(/\n$/, '')).join('\n');
  const unit = text.split('\n');
  const out: string[] = [];
  while (out.length < lines) out.push(...unit);
  return out.slice(0, lines).join('\n');
}

export const corpusScopes = Object.keys(fixtureGroups);

export interface Timing {
  lines: number;
  ms: number;
  slowestLineMs: number;
  slowestLine: string;
}

/** Tokenizes text line by line (as the editor does), timing the whole and the slowest line. */
export function timeTokenize(grammar: vsctm.IGrammar, text: string): Timing {
  const lines = text.split('\n');
  let stack = vsctm.INITIAL;
  let slowestLineMs = 0;
  let slowestLine = '';
  const start = performance.now();
  for (const line of lines) {
    const t = performance.now();
    stack = grammar.tokenizeLine(line, stack).ruleStack;
    const d = performance.now() - t;
    if (d > slowestLineMs) {
      slowestLineMs = d;
      slowestLine = line;
    }
  }
  return { lines: lines.length, ms: performance.now() - start, slowestLineMs, slowestLine };
}
