/**
 * Time limits for tests, as ratios against work measured in the same run, never as fixed
 * milliseconds: a busy or slow machine slows the baseline as much as the work compared with it.
 */
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';

/** What `work` returns, and the milliseconds it took. */
export function timed<T>(work: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = work();
  return { result, ms: performance.now() - start };
}

/** Milliseconds that `work` takes. */
export function timeOf(work: () => void): number {
  return timed(work).ms;
}

/** The fastest of `runs` timings of `work`: load slows some runs, rarely all of them. */
export function bestTimeOf(work: () => void, runs = 3): number {
  return Math.min(...Array.from({ length: runs }, () => timeOf(work)));
}

/**
 * How many times longer `work(large)` takes than `work(small)`, best of three each after a warm-up
 * run: about large/small for linear work, its square for quadratic work, whatever the machine.
 */
export function growthRatio(work: (size: number) => void, small: number, large: number): number {
  work(small);
  return bestTimeOf(() => work(large)) / bestTimeOf(() => work(small));
}

/** What ordinary input of a known length costs here and now. */
export interface Baseline {
  ms: number;
  chars: number;
}

/** Times `analyze` on `ordinary` text (best of three, after a warm-up run). */
export function measureBaseline(ordinary: string, analyze: (text: string) => unknown): Baseline {
  analyze(ordinary);
  return { ms: bestTimeOf(() => analyze(ordinary)), chars: ordinary.length };
}

/**
 * Runs `work` on `chars` characters of hostile input and returns its result; fails when it takes
 * more than `slack` times what as much ordinary input takes (and at least `slack` times the
 * baseline itself, so that small inputs are not judged by timer noise). The baseline is measured
 * just before, under the same load; a run over the limit is judged again with a fresh baseline
 * and the fastest of three runs, as a busy moment slows one run, rarely three. Hostile input may
 * cost tens of times ordinary input per character; work that turns quadratic exceeds the limit
 * by orders of magnitude.
 */
export function assertWithinBudget<T>(work: () => T, chars: number, baseline: () => Baseline, slack = 100): T {
  const limitFor = (ordinary: Baseline) => slack * ordinary.ms * Math.max(1, chars / ordinary.chars);
  let ordinary = baseline();
  const first = timed(work);
  let ms = first.ms;
  if (ms >= limitFor(ordinary)) {
    // Judged again as a whole: the baseline too is measured anew, under the load of that moment.
    ordinary = baseline();
    ms = Math.min(ms, bestTimeOf(work, 2));
  }
  const limit = limitFor(ordinary);
  assert.ok(ms < limit, `took ${ms.toFixed(0)} ms, more than ${limit.toFixed(0)} ms (${slack} times ordinary input of its length, ${ordinary.ms.toFixed(1)} ms per ${ordinary.chars} characters)`);
  return first.result;
}
