/** docs/diagnostics.md documents every rule of the one table, with its default severity and fix. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { diagnosticRules } from '../../server/src/service/diagnosticRules';

test('docs/diagnostics.md lists every diagnostic id with its severity and quick fix', () => {
  const doc = readFileSync('docs/diagnostics.md', 'utf8');
  const rows = new Map<string, string[]>();
  for (const line of doc.split('\n')) {
    const m = /^\| `([^`]+)` \| (\w+) \| ([^|]+) \|/.exec(line);
    if (m) rows.set(m[1], [m[2], m[3].trim()]);
  }
  for (const [id, rule] of Object.entries(diagnosticRules)) {
    const row = rows.get(id);
    assert.ok(row, `docs/diagnostics.md has no row for ${id}`);
    assert.equal(row[0], rule.severity, `severity of ${id}`);
    assert.equal(row[1] !== 'no', rule.hasFix, `quick fix column of ${id}`);
  }
  for (const id of rows.keys()) assert.ok(id in diagnosticRules, `docs/diagnostics.md documents unknown id ${id}`);
});
