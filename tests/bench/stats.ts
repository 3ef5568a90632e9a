/** Pure helpers of the benchmark: order statistics and the budget rule (unit-tested in tests/unit/bench-stats.test.ts). */

/** The middle value (mean of the two middle ones for an even count); NaN for no samples. */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The nearest-rank percentile: the smallest sample with at least p% of the samples at or below it. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  if (p <= 0 || p > 100) throw new RangeError(`percentile ${p} outside (0, 100]`);
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.ceil((p / 100) * sorted.length) - 1];
}

export const p95 = (samples: readonly number[]) => percentile(samples, 95);

/**
 * A budget: the figure must stay at or under `max`, or at or over `min`; `ratioOf` says the bound
 * applies to figure / baseline (e.g. 1.5x raw pdfmake) rather than to the figure itself.
 */
export interface Budget {
  max?: number;
  min?: number;
  /** true: the bound is on value / baseline. */
  ratio?: boolean;
}

export type Verdict = 'PASS' | 'FAIL' | 'INFO';

/** The compared quantity: the value itself, or value / baseline for a ratio budget. */
export function comparedValue(value: number, baseline: number | undefined, budget: Budget | undefined): number {
  if (!budget?.ratio) return value;
  if (baseline === undefined || !(baseline > 0)) return Number.NaN;
  return value / baseline;
}

/** PASS when every bound holds, FAIL when one does not or the figure could not be measured, INFO without a budget. */
export function verdict(value: number, baseline: number | undefined, budget: Budget | undefined): Verdict {
  if (!budget || (budget.max === undefined && budget.min === undefined)) return 'INFO';
  const compared = comparedValue(value, baseline, budget);
  if (!Number.isFinite(compared)) return 'FAIL';
  if (budget.max !== undefined && compared > budget.max) return 'FAIL';
  if (budget.min !== undefined && compared < budget.min) return 'FAIL';
  return 'PASS';
}

/** Runs `fn` `runs` times after `warmup` unmeasured runs; returns the milliseconds of each measured run. */
/** `before` runs untimed ahead of each timed run (e.g. a write, so figures kept until the next write are read afresh). */
export async function timeRuns(fn: () => unknown, runs: number, warmup = 1, before: () => void = () => undefined): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    before();
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return times;
}
