// Every regex in every grammar is checked for catastrophic backtracking with
// recheck. Oniguruma syntax that recheck (ECMAScript) cannot read is rewritten
// to an equivalent for backtracking purposes; anything else recheck cannot
// check must be listed in `notCheckable` with a reason.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { check, type Diagnostics, type Parameters } from 'recheck';
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

/**
 * recheck's wall-clock limits (`timeout`, `attackTimeout`, `incubationTimeout`, `seedingTimeout`) make the verdict depend on
 * machine load: on a busy machine a slow attack run counts as "vulnerable". With them off, only step counts (characters read
 * by recheck's VM: `incubationLimit`, `attackLimit`) and the seeded fuzzer decide, so a verdict is the same on every run.
 * The recall validation stays off (recheck's default, a negative `recallTimeout`): it has no step bound that terminates
 * quickly on a vulnerable pattern. The fuzzer works at about half its default effort, which still finds the canaries below.
 */
const deterministic: Parameters = {
  timeout: null,
  attackTimeout: null,
  incubationTimeout: null,
  seedingTimeout: null,
  randomSeed: 17,
  maxIteration: 5,
  maxInitialGenerationSize: 200,
};

/** For a pattern judged "unknown": a retry with twice the fuzzer's default effort and four times its incubation steps. */
const generous: Parameters = { ...deterministic, maxIteration: 20, maxInitialGenerationSize: 1000, incubationLimit: 100_000 };

async function verdict(source: string): Promise<Diagnostics> {
  const js = toEcmaScript(source);
  const first = await check(js.source, js.flags, deterministic);
  return first.status === 'unknown' ? check(js.source, js.flags, generous) : first;
}

function describe(result: Diagnostics): string {
  if (result.status === 'unknown') return `unknown (${JSON.stringify(result.error)})`;
  if (result.status === 'vulnerable') return `vulnerable (${result.complexity.type}, attack ${JSON.stringify(result.attack.pattern)})`;
  return 'safe';
}

test('no grammar regex can backtrack catastrophically (recheck)', { timeout: 240_000 }, async () => {
  const patterns = allPatterns();
  assert.ok(patterns.length > 100, `found ${patterns.length} patterns`);
  const unique = new Map<string, string[]>();
  for (const p of patterns) unique.set(p.source, [...(unique.get(p.source) ?? []), `${p.grammar}:${p.where}`]);
  const problems: string[] = [];
  for (const [source, where] of unique) {
    const result = await verdict(source);
    if (result.status === 'safe') continue;
    if (result.status === 'unknown' && notCheckable.has(source)) continue;
    problems.push(`${describe(result)}: ${where[0]}: ${source}`);
  }
  assert.deepEqual(problems, [], problems.join('\n'));
});

// The settings above must still catch what they are there to catch, by the fuzzer (a lookbehind rules out the automaton
// checker) as well as by the automaton checker, exponential and polynomial.
test('the deterministic recheck settings find known catastrophic patterns', { timeout: 120_000 }, async () => {
  const canaries = [
    String.raw`(?<=x)(\w+\s?)+$`,
    String.raw`(?<=\])(?:[^\s]+\s*)+:`,
    String.raw`(?<![a-z])\s*[a-z]*\s*[a-z]*\s*=`,
    String.raw`^(a|a)*$`,
  ];
  const found: string[] = [];
  for (const source of canaries) {
    const result = await check(source, '', deterministic);
    found.push(`${result.status === 'vulnerable' ? `${result.checker} ${result.complexity.type}` : result.status}: ${source}`);
  }
  assert.deepEqual(found, [
    `fuzz exponential: ${canaries[0]}`,
    `fuzz exponential: ${canaries[1]}`,
    `fuzz polynomial: ${canaries[2]}`,
    `automaton exponential: ${canaries[3]}`,
  ]);
});

test('the ECMAScript rewrite keeps ordinary syntax and rewrites Oniguruma syntax', () => {
  assert.deepEqual(toEcmaScript(String.raw`\G(?i:mail)[ \t]+`), { source: String.raw`^(?:mail)[ \t]+`, flags: 'i' });
  assert.deepEqual(toEcmaScript(String.raw`\A(?=From )`), { source: String.raw`^(?=From )`, flags: '' });
});
