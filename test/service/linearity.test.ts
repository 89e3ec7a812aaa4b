/**
 * Every analyzer is linear in its input: each input is doubled three times and the time of the
 * largest must stay within 2.5× per doubling of the smallest's (linear work grows 8×, quadratic
 * work 64×). A shape test, not a timing: both ends are measured in the same run, best of three.
 * The last test proves the check fails for work that is quadratic.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateMainCf, generatePostfixLog, generateTranscript, transcriptShapes } from '../../bench/inputs';
import { analyzeTranscript } from '../../server/src/service/transcript/transcriptAnalyzer';
import { analyzeMailLog } from '../../server/src/service/log/logAnalyzer';
import { analyzePostfixMain } from '../../server/src/service/postfix/postfixConfig';
import { defaultSettings } from '../../server/src/service/settings';
import { bestTimeOf } from '../timing';

const doublings = 3;
/** Linear work doubles per doubling, n log n a little more; quadratic work quadruples. */
const maxGrowthPerDoubling = 2.5;

/** Times of `work` at `smallest` and `smallest` doubled `doublings` times, best of three each after a warm-up. */
function timesPerDoubling(work: (size: number) => void, smallest: number): number[] {
  work(smallest);
  return Array.from({ length: doublings + 1 }, (_, i) => smallest * 2 ** i).map((size) => bestTimeOf(() => work(size)));
}

/**
 * Fails when `work` grows faster than linearly over three doublings of `smallest`. A run over the
 * limit is measured once more, as a busy moment slows one measurement, rarely two.
 */
function assertLinear(work: (size: number) => void, smallest: number): void {
  const limit = maxGrowthPerDoubling ** doublings;
  let times = timesPerDoubling(work, smallest);
  if (times[doublings] / times[0] > limit) times = timesPerDoubling(work, smallest);
  const growth = times[doublings] / times[0];
  const steps = times.slice(1).map((t, i) => (t / times[i]).toFixed(2)).join(', ');
  assert.ok(growth <= limit, `grew ${growth.toFixed(1)}× over ${doublings} doublings (per doubling: ${steps}; at most ${limit.toFixed(1)}×)`);
}

// Inputs are built before timing: only the analysis is measured.
function cached<T>(make: (size: number) => T): (size: number) => T {
  const made = new Map<number, T>();
  return (size) => made.get(size) ?? made.set(size, make(size)).get(size)!;
}

test('a transcript of many sessions: linear in its lines', () => {
  const text = cached((lines) => generateTranscript(lines));
  assertLinear((lines) => analyzeTranscript(text(lines), 'en'), 2_500);
});

for (const [shape, make] of Object.entries(transcriptShapes)) {
  test(`a transcript shape that was quadratic (${shape}): linear`, () => {
    const text = cached(make);
    assertLinear((lines) => analyzeTranscript(text(lines), 'en'), 2_500);
  });
}

test('a Postfix log: linear in its bytes', () => {
  const text = cached((bytes) => generatePostfixLog(bytes));
  assertLinear((bytes) => analyzeMailLog(text(bytes), 'en', defaultSettings), 250_000);
});

test('a Postfix main.cf: linear in its entries', () => {
  const text = cached((entries) => generateMainCf(entries));
  assertLinear((entries) => analyzePostfixMain(text(entries), 'en'), 2_500);
});

test('the check fails for quadratic work: each line compared with every earlier one', () => {
  const lines = cached((count) => generateTranscript(count).split('\n'));
  // The count goes to a sink the test reads: a result nobody uses lets the optimizer drop the loop, and the work looks linear.
  let sink = 0;
  const quadratic = (count: number) => {
    const all = lines(count);
    let same = 0;
    for (let i = 0; i < all.length; i++) for (let j = 0; j < i; j++) if (all[i].length === all[j].length) same++;
    sink += same;
  };
  assert.throws(() => assertLinear(quadratic, 500), /grew \d+(\.\d)?× over 3 doublings/);
  assert.ok(sink > 0);
});
