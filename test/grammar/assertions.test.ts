// Grammar assertion tests. Each file in test/grammar/cases/ uses the
// vscode-tmgrammar-test notation: a header `<token> SYNTAX TEST "<scope>" "<title>"`,
// then source lines, each followed by assertion lines that start with the
// token: `^^^ a.b c.d` asserts that every token under the carets has the scopes
// a.b and c.d, `- x.y` that it does not have x.y; `<-` (one dash per column)
// points at the start of the line, where the token itself sits.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { loadGrammar, repoRoot, tokenize } from './grammarHarness';

const casesDir = path.join(repoRoot, 'test', 'grammar', 'cases');

interface Assertion {
  line: number;
  from: number;
  to: number;
  required: string[];
  excluded: string[];
  text: string;
}

export function parseCase(text: string) {
  const lines = text.split('\n');
  const header = /^(\S+) SYNTAX TEST "([^"]+)"/.exec(lines[0]);
  if (!header) throw new Error('missing SYNTAX TEST header');
  const [, token, scope] = header;
  const source: string[] = [];
  const assertions: Assertion[] = [];
  for (const line of lines.slice(1)) {
    if (!line.startsWith(token)) {
      source.push(line);
      continue;
    }
    const rest = line.slice(token.length);
    const arrow = /^\s*<(-+)\s+(.*)$/.exec(rest);
    const carets = /^(\s*)(\^+)\s+(.*)$/.exec(rest);
    let from: number, to: number, spec: string;
    if (arrow) {
      from = 0;
      to = arrow[1].length;
      spec = arrow[2];
    } else if (carets) {
      from = token.length + carets[1].length;
      to = from + carets[2].length;
      spec = carets[3];
    } else continue; // a comment line of the case file
    const [req, ...excl] = spec.split(/\s+-\s+|^-\s+/);
    assertions.push({
      line: source.length - 1,
      from,
      to,
      required: req.trim() ? req.trim().split(/\s+/) : [],
      excluded: excl.flatMap((e) => e.trim().split(/\s+/)).filter(Boolean),
      text: line,
    });
  }
  return { scope, source, assertions };
}

export async function checkCase(text: string): Promise<string[]> {
  const { scope, source, assertions } = parseCase(text);
  const tokens = tokenize(await loadGrammar(scope), source.join('\n'));
  const failures: string[] = [];
  for (const a of assertions) {
    const covered = tokens[a.line].filter((t) => t.start < a.to && t.end > a.from);
    if (!covered.length) failures.push(`line ${a.line + 1}: no token at ${a.from}-${a.to}`);
    for (const t of covered) {
      const missing = a.required.filter((s) => !t.scopes.includes(s));
      const unexpected = a.excluded.filter((s) => t.scopes.includes(s));
      if (missing.length || unexpected.length) {
        failures.push(`line ${a.line + 1} "${t.text}": missing ${JSON.stringify(missing)} unexpected ${JSON.stringify(unexpected)} actual ${JSON.stringify(t.scopes.slice(1))}`);
      }
    }
  }
  return failures;
}

for (const file of readdirSync(casesDir).sort()) {
  test(`assertions: ${file}`, async () => {
    const text = readFileSync(path.join(casesDir, file), 'utf8');
    assert.ok(parseCase(text).assertions.length > 5, `${file} has assertions`);
    const failures = await checkCase(text);
    assert.deepEqual(failures, [], `${file}\n${failures.join('\n')}`);
  });
}

test('a wrong scope in an assertion fails', async () => {
  const failures = await checkCase('// SYNTAX TEST "source.smtp" "x"\nS: 550 5.1.1 no\n// ^^^ markup.inserted.reply-code.success.smtp\n');
  assert.equal(failures.length, 1);
  const excluded = await checkCase('// SYNTAX TEST "source.smtp" "x"\nS: 550 5.1.1 no\n// ^^^ - markup.deleted.reply-code.permanent.smtp\n');
  assert.equal(excluded.length, 1);
});
