// Every regex in every grammar is checked for catastrophic backtracking with
// recheck. Oniguruma syntax that recheck (ECMAScript) cannot read is rewritten
// to an equivalent for backtracking purposes; anything else recheck cannot
// check must be listed in `notCheckable` with a reason.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check } from 'recheck';
import { allPatterns } from './grammarPatterns';

/**
 * Rewrites Oniguruma-only syntax:
 * - `\G` (the position where the previous match ended) and `\A` become `^`: like `^`, they pin the match to one start position;
 * - `(?i:...)` becomes a plain group and the whole pattern is checked case-insensitively (a superset of the matches).
 */
export function toEcmaScript(source: string): { source: string; flags: string } {
  let flags = '';
  let out = source.replace(/\\G/g, '^').replace(/\\A/g, '^');
  if (/\(\?i[:)]/.test(out)) {
    flags = 'i';
    out = out.replace(/\(\?i:/g, '(?:').replace(/\(\?i\)/g, '');
  }
  return { source: out, flags };
}

/** Patterns recheck cannot parse, with the reason they are safe anyway. Empty: every pattern is checked. */
const notCheckable = new Map<string, string>([]);

test('no grammar regex can backtrack catastrophically (recheck)', { timeout: 120_000 }, async () => {
  const patterns = allPatterns();
  assert.ok(patterns.length > 100, `found ${patterns.length} patterns`);
  const unique = new Map<string, string[]>();
  for (const p of patterns) unique.set(p.source, [...(unique.get(p.source) ?? []), `${p.grammar}:${p.where}`]);
  const problems: string[] = [];
  for (const [source, where] of unique) {
    const js = toEcmaScript(source);
    const result = await check(js.source, js.flags, { timeout: 10_000 });
    if (result.status === 'safe') continue;
    const reason = notCheckable.get(source);
    if (result.status === 'unknown' && reason) continue;
    problems.push(`${result.status}${result.status === 'unknown' ? ` (${JSON.stringify((result as any).error)})` : ''}: ${where[0]}: ${source}${result.status === 'vulnerable' ? ` attack: ${JSON.stringify((result as any).attack?.pattern ?? '')}` : ''}`);
  }
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('the ECMAScript rewrite keeps ordinary syntax and rewrites Oniguruma syntax', () => {
  assert.deepEqual(toEcmaScript(String.raw`\G(?i:mail)[ \t]+`), { source: String.raw`^(?:mail)[ \t]+`, flags: 'i' });
  assert.deepEqual(toEcmaScript(String.raw`\A(?=From )`), { source: String.raw`^(?=From )`, flags: '' });
});
