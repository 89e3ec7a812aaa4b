/**
 * The mail-log reader measured on real logs of Exim, OpenSMTPD, Haraka, qmail, Sendmail and
 * Courier, as a user meets them in the editor: the bundled server over LSP gives the hover, the
 * grammar together with the server's semantic tokens gives the colour. The corpus is split by
 * source into `dev` (the reader was written against it) and `holdout` (one other source per MTA,
 * never looked at while writing it); test/corpus/logs/README.md lists the sources.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { testTimeoutMs } from '../protocol/lspClient';
import { loadGrammar, repoRoot, tokenize, type Token } from '../grammar/grammarHarness';
import { CorpusProbe, percent, type CodeKind } from './corpusProbe';

interface ExpectedCode {
  line: number;
  code: string;
  col: number;
  enhanced?: string;
  ecol?: number;
}
interface ExpectedLog {
  file: string;
  producer: string;
  codes: ExpectedCode[];
}

interface Targets {
  codes: number;
  falseHovers: number;
}
// Issue 16: at least 97% of the codes of the logs the reader was written against, no false hover.
// The held-out floor is the figure measured when the corpus was built (2026-12-06): raise it, never lower it.
const targets: Record<string, Targets> = {
  'test/corpus/logs/dev': { codes: 0.97, falseHovers: 0 },
  'test/corpus/logs/holdout': { codes: 1, falseHovers: 0 },
  // Second measurement round (dev2, 2026-12-06), collected and measured before any change for it:
  // floors are the figures as collected (codes at or below, false hovers at or above); 0.906 as collected, 0.994
  // after issue 16 (OpenSMTPD traces, Exchange protocol logs, old relay stat=, Exim callouts).
  'test/corpus/logs/dev2': { codes: 0.99, falseHovers: 0 },
  // Third measurement round (dev3, 2026-12-06, adds Exchange message tracking and Microsoft 365 message
  // trace), collected and measured before any change for it: floors are the figures as collected
  // (39/44 = 0.886 hovered; 7 false hovers, all on real codes in positions the annotate markers do not cover).
  // After Exchange 5.5's IMS trace and Haraka's transaction id after [outbound] were read: 100% of 44.
  'test/corpus/logs/dev3': { codes: 0.99, falseHovers: 7 },
};

interface Tally {
  codes: number;
  hovered: number;
  coloured: number;
  falseHovers: string[];
  misses: string[];
}
const emptyTally = (): Tally => ({ codes: 0, hovered: 0, coloured: 0, falseHovers: [], misses: [] });

let probe: CorpusProbe;

before(async () => {
  probe = await CorpusProbe.start();
});

after(() => probe.stop());

async function measure(folder: string, entry: ExpectedLog, tally: Tally, grammarTokens: (text: string) => Token[][]) {
  const { hover, coloured, falseHovers } = await probe.open(folder, entry.file, 'mail-log', grammarTokens);
  const expectedSpans = new Map<number, [number, number][]>();
  for (const c of entry.codes) {
    const codes: [string, number, CodeKind][] = [[c.code, c.col, c.code.includes('.') ? 'enhanced-code' : 'reply-code']];
    if (c.enhanced && c.ecol) codes.push([c.enhanced, c.ecol, 'enhanced-code']);
    for (const [code, col, kind] of codes) {
      expectedSpans.set(c.line - 1, [...(expectedSpans.get(c.line - 1) ?? []), [col - 1, col - 1 + code.length]]);
      tally.codes++;
      const got = await hover(c.line - 1, col - 1);
      if (got.includes(code)) tally.hovered++;
      else tally.misses.push(`${entry.file}:${c.line}:${col} ${code} hover "${got.slice(0, 60)}"`);
      // Codes outside RFC 5321's grammar (599) have no class colour of their own in the grammar.
      if (coloured(c.line - 1, col - 1, kind, code)) tally.coloured++;
    }
  }
  // Every other number (pids, sizes, delays, ports, queue ids, addresses): no hover may explain it as a code.
  tally.falseHovers.push(...(await falseHovers(expectedSpans)));
}


for (const folder of Object.keys(targets)) {
  test(`log corpus ${folder}`, { timeout: testTimeoutMs * 10 }, async (t) => {
    const expected: { logs: ExpectedLog[] } = JSON.parse(readFileSync(path.join(repoRoot, folder, 'expected.json'), 'utf8'));
    const grammar = await loadGrammar('text.mail-log');
    const byProducer = new Map<string, Tally>();
    for (const entry of expected.logs) {
      const tally = byProducer.get(entry.producer) ?? emptyTally();
      byProducer.set(entry.producer, tally);
      await measure(folder, entry, tally, (text) => tokenize(grammar, text));
    }
    const total = emptyTally();
    for (const [producer, x] of [...byProducer].sort()) {
      t.diagnostic(`${producer.padEnd(12)} codes hovered ${percent(x.hovered, x.codes).padStart(6)} coloured ${percent(x.coloured, x.codes).padStart(6)} (${x.codes})  false hovers ${x.falseHovers.length}`);
      total.codes += x.codes;
      total.hovered += x.hovered;
      total.coloured += x.coloured;
      total.falseHovers.push(...x.falseHovers);
      total.misses.push(...x.misses);
    }
    t.diagnostic(`TOTAL ${folder}: codes hovered ${percent(total.hovered, total.codes)}, coloured ${percent(total.coloured, total.codes)} of ${total.codes}; false hovers ${total.falseHovers.length}`);
    // The misses of the held-out sources stay unread while the reader is written: figures only.
    if (!folder.endsWith('/holdout')) for (const miss of [...total.falseHovers, ...total.misses].slice(0, 80)) t.diagnostic(`  ${miss}`);
    const target = targets[folder];
    assert.ok(total.falseHovers.length <= target.falseHovers, `false hovers: ${total.falseHovers.length} (at most ${target.falseHovers})`);
    assert.ok(total.hovered / total.codes >= target.codes, `codes hovered: ${total.hovered}/${total.codes} (at least ${target.codes})`);
  });
}
