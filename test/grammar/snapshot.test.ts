// Snapshot tests: every fixture is tokenized and compared with its reviewed
// snapshot in test/grammar/snapshots/. Run with UPDATE_SNAPSHOTS=1 to rewrite
// the snapshots, then review the diff before committing.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { loadGrammar, repoRoot, tokenize, type Token } from './grammarHarness';

export const fixturesDir = path.join(repoRoot, 'test', 'grammar', 'fixtures');
const snapshotsDir = path.join(repoRoot, 'test', 'grammar', 'snapshots');

/** The grammar a fixture is read with, by file name. */
export function scopeForFixture(file: string): string {
  if (file.endsWith('.smtp')) return 'source.smtp';
  if (file.endsWith('.eml')) return 'text.eml';
  if (file.endsWith('.mail.log') || file.endsWith('.mainlog')) return 'text.mail-log';
  if (file === 'main.cf') return 'source.postfix-main';
  if (file === 'master.cf') return 'source.postfix-master';
  if (file === 'access' || file.endsWith('.pcre') || file.endsWith('_checks')) return 'source.postfix-lookup';
  if (file.endsWith('.log')) return 'text.log';
  throw new Error(`no grammar for fixture ${file}`);
}

/** Renders tokens as the reviewed snapshot text: each line, then its scoped tokens. */
export function renderSnapshot(lines: Token[][]): string {
  const out: string[] = [];
  for (const tokens of lines) {
    out.push('> ' + tokens.map((t) => t.text).join(''));
    for (const t of tokens) {
      const scopes = t.scopes.slice(1);
      if (scopes.length && t.text.length) out.push(`  ${JSON.stringify(t.text)} ${scopes.join(' ')}`);
    }
  }
  return out.join('\n') + '\n';
}

const update = process.env.UPDATE_SNAPSHOTS === '1';

for (const file of readdirSync(fixturesDir).sort()) {
  test(`snapshot: ${file}`, async () => {
    const grammar = await loadGrammar(scopeForFixture(file));
    const actual = renderSnapshot(tokenize(grammar, readFileSync(path.join(fixturesDir, file), 'utf8')));
    const snapFile = path.join(snapshotsDir, `${file}.snap`);
    if (update || !existsSync(snapFile)) {
      mkdirSync(snapshotsDir, { recursive: true });
      writeFileSync(snapFile, actual);
      if (!update) assert.fail(`snapshot created for ${file}: review it, then run again`);
      return;
    }
    assert.equal(actual, readFileSync(snapFile, 'utf8'), `snapshot of ${file} differs (UPDATE_SNAPSHOTS=1 rewrites it after review)`);
  });
}
