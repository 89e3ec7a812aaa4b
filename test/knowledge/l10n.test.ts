/** The extension's UI exists in German: every client string, command title and setting text. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;

test('every string of l10n/bundle.l10n.json has a German translation', () => {
  const english = json('l10n/bundle.l10n.json');
  const german = json('l10n/bundle.l10n.de.json');
  assert.ok(Object.keys(english).length > 0);
  for (const key of Object.keys(english)) assert.ok(german[key]?.trim() && german[key] !== key, `no German for "${key}"`);
});

test('the bundle is current: every vscode.l10n.t string of the client is in it', () => {
  const source = readFileSync('client/src/extension.ts', 'utf8');
  const english = json('l10n/bundle.l10n.json');
  for (const m of source.matchAll(/l10n\.t\('([^']+)'/g)) assert.ok(m[1] in english, `"${m[1]}" is missing; run npm run l10n`);
});

test('every %placeholder% of package.json exists in English and German', () => {
  const manifest = readFileSync('package.json', 'utf8');
  const en = json('package.nls.json');
  const de = json('package.nls.de.json');
  const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
  assert.ok(keys.length > 5);
  for (const key of keys) {
    assert.ok(en[key], `package.nls.json lacks ${key}`);
    assert.ok(de[key] && de[key] !== en[key], `package.nls.de.json lacks ${key}`);
  }
});
