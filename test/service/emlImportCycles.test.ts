/** server/src/service/eml/ stays free of import cycles: each file's imports, read from its text, walked as a graph. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dir = resolve(__dirname, '..', '..', 'server', 'src', 'service', 'eml');

/** The files of the folder that `file` imports (type-only imports included: they tie the modules as much). */
function importsOf(file: string, files: Set<string>): string[] {
  const text = readFileSync(join(dir, file), 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+'\.\/([^']+)'/gm)) {
    const target = `${m[1]}.ts`;
    if (files.has(target)) found.push(target);
  }
  return found;
}

/** The first cycle found by a depth-first walk, as the chain of files, or undefined. */
function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | undefined => {
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') return [...path.slice(path.indexOf(next)), next];
      if (!state.has(next)) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
    }
    path.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of graph.keys()) {
    if (state.has(node)) continue;
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

test('the walk finds a cycle where there is one', () => {
  assert.deepEqual(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]])), ['a', 'b', 'c', 'a']);
  assert.equal(findCycle(new Map([['a', ['b', 'c']], ['b', ['c']], ['c', []]])), undefined);
});

test('no file in server/src/service/eml imports itself back', () => {
  const files = new Set(readdirSync(dir).filter((f) => f.endsWith('.ts')));
  const graph = new Map([...files].map((f) => [f, importsOf(f, files)]));
  // The folder's files import one another: the walk has edges to check.
  assert.ok([...graph.values()].flat().length >= files.size, 'imports read');
  assert.deepEqual(graph.get('emlAnalyzer.ts')?.includes('bounceExtractor.ts'), true);
  assert.equal(findCycle(graph)?.join(' -> '), undefined);
});
