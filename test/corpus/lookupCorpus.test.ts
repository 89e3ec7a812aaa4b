/**
 * Postfix lookup tables from public repositories (access maps, header_checks and body_checks, and
 * tables of other kinds that the server must leave alone), as a user meets them in the editor: the
 * bundled server over LSP, language postfix-lookup, a URI whose file name is the table's own name
 * (the server tells the table's kind from it). Split by source repository into `dev` (the checks
 * were written against it) and `holdout` (never looked at while writing them);
 * test/corpus/lookup/README.md lists every file's source and licence. The faults are judged by
 * access(5) and header_checks(5), not by what the server says.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { testTimeoutMs } from '../protocol/lspClient';
import { repoRoot } from '../grammar/grammarHarness';
import { CorpusProbe, judgeFaults } from './corpusProbe';

interface ExpectedTable {
  file: string;
  language: 'postfix-lookup';
  faults: { line: number; what: string }[];
}

interface Targets {
  /** Share of the listed faults that get a warning or an error within one line. */
  faults: number;
  falseAlarms: number;
}
// Issue 16: every fault reported, no false alarm. The held-out floor is the figure measured when
// the corpus was built (2026-12-06): raise it, never lower it.
const targets: Record<string, Targets> = {
  'test/corpus/lookup/dev': { faults: 1, falseAlarms: 0 },
  'test/corpus/lookup/holdout': { faults: 1, falseAlarms: 0 },
  // Second measurement round (dev2, 2026-12-06), collected and measured before any change for it:
  // floors are the figures as collected (faults at or below, false alarms at or above).
  'test/corpus/lookup/dev2': { faults: 1, falseAlarms: 0 },
};

interface Tally {
  faults: number;
  found: number;
  falseAlarms: string[];
  misses: string[];
}

let probe: CorpusProbe;

before(async () => {
  probe = await CorpusProbe.start();
});

after(() => probe.stop());

async function measure(folder: string, entry: ExpectedTable, tally: Tally): Promise<void> {
  // No grammar is asked for: only the diagnostics are measured here.
  const { diagnostics } = await probe.open(folder, entry.file, entry.language, () => []);
  const judged = judgeFaults(entry.file, diagnostics, entry.faults);
  tally.faults += entry.faults.length;
  tally.found += judged.found;
  tally.misses.push(...judged.misses);
  tally.falseAlarms.push(...judged.falseAlarms);
}

for (const folder of Object.keys(targets)) {
  test(`corpus ${folder}`, { timeout: testTimeoutMs * 5 }, async (t) => {
    const expected: { configs: ExpectedTable[] } = JSON.parse(readFileSync(path.join(repoRoot, folder, 'expected.json'), 'utf8'));
    const bySource = new Map<string, Tally>();
    for (const entry of expected.configs) {
      const source = entry.file.split('/')[0];
      const tally = bySource.get(source) ?? { faults: 0, found: 0, falseAlarms: [], misses: [] };
      bySource.set(source, tally);
      await measure(folder, entry, tally);
    }

    const total: Tally = { faults: 0, found: 0, falseAlarms: [], misses: [] };
    for (const [source, x] of [...bySource].sort()) {
      t.diagnostic(`${source.padEnd(36)} faults found ${x.found}/${x.faults}  false alarms ${x.falseAlarms.length}`);
      total.faults += x.faults;
      total.found += x.found;
      total.falseAlarms.push(...x.falseAlarms);
      total.misses.push(...x.misses);
    }
    t.diagnostic(`TOTAL ${folder}: ${expected.configs.length} tables of ${bySource.size} sources; faults found ${total.found}/${total.faults}; false alarms ${total.falseAlarms.length}`);
    // What the server says on held-out tables stays unread while the checks are written: figures only.
    if (!folder.endsWith('/holdout')) for (const line of [...total.misses, ...total.falseAlarms]) t.diagnostic(`  ${line}`);

    const target = targets[folder];
    assert.ok(total.falseAlarms.length <= target.falseAlarms, `false alarms: ${total.falseAlarms.length} (at most ${target.falseAlarms})`);
    assert.ok(total.found >= Math.ceil(target.faults * total.faults), `faults found: ${total.found}/${total.faults} (at least ${target.faults})`);
  });
}
