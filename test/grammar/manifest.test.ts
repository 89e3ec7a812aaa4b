// The generated grammars are up to date with their sources and match what
// package.json declares.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { grammarJson, projectGrammars, repoRoot } from './grammarHarness';

test('syntaxes/*.tmLanguage.json are generated from syntaxes/src (run node scripts/buildGrammars.mjs)', async () => {
  const { grammarSources } = await import('../../syntaxes/src/index.mjs');
  const { renderGrammar } = await import('../../scripts/buildGrammars.mjs');
  for (const { file, grammar } of grammarSources as { file: string; grammar: unknown }[]) {
    assert.equal(readFileSync(path.join(repoRoot, 'syntaxes', file), 'utf8'), renderGrammar(grammar), `syntaxes/${file} is stale`);
  }
});

test('every grammar in package.json exists with its declared scope name', () => {
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const declared: { scopeName: string; path: string; injectTo?: string[] }[] = manifest.contributes.grammars;
  assert.equal(declared.length, projectGrammars.length);
  for (const g of declared) {
    const info = projectGrammars.find((p) => p.scopeName === g.scopeName);
    assert.ok(info, `${g.scopeName} is tested`);
    assert.equal(path.normalize(g.path), path.normalize('./' + info.file));
    const json = grammarJson(info);
    assert.equal(json.scopeName, g.scopeName);
    if (g.injectTo) assert.equal(json.injectionSelector, 'L:text.log');
  }
});
