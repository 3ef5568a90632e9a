import type { TrendPoint } from '@shared/domain/targets';

/** The value axis of a trend: from 0 to `top`, labelled at each of `ticks` (0 first). */
export interface TrendScale {
  top: number;
  ticks: number[];
}

/** Steps an axis may take, per power of ten: round numbers a reader doubles at a glance. */
const STEPS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/**
 * The smallest round step of an axis labelled at 0, step and 2 x step that reaches `max` (the largest
 * value, or the goal if higher, so the goal line is always drawn). Whole steps only unless a value or
 * the goal is a fraction: counts of communes are labelled in whole numbers.
 */
export function trendScale(points: TrendPoint[], goal: number | null): TrendScale {
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
  const fractions = [...values, ...(goal === null ? [] : [goal])].some((v) => !Number.isInteger(v));
  const max = Math.max(0, goal ?? 0, ...values);
  const wanted = max / 2;
  let step = fractions ? 0.1 : 1;
  if (wanted > step) {
    const power = 10 ** Math.floor(Math.log10(wanted));
    step = STEPS.map((s) => s * power).find((candidate) => candidate >= wanted && (fractions || Number.isInteger(candidate))) ?? 10 * power;
  }
  // Rounding errors of powers below 1 (0,1 x 3) would print as 0,30000000000000004.
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return { top: round(2 * step), ticks: [0, round(step), round(2 * step)] };
}

/** How far down the plot a value sits, as a fraction of its height (0 at the top of the axis). */
export function fromTop(value: number, scale: TrendScale): number {
  return 1 - Math.min(Math.max(value / scale.top, 0), 1);
}

/** How far across the plot the i-th of n years sits, as a fraction of its width (one year sits in the middle). */
export function across(index: number, count: number): number {
  return count <= 1 ? 0.5 : index / (count - 1);
}

/** Runs of consecutive years with a value: a missing year breaks the line rather than being bridged. */
export function lineRuns(points: TrendPoint[]): { index: number; value: number }[][] {
  const runs: { index: number; value: number }[][] = [];
  let run: { index: number; value: number }[] = [];
  points.forEach((point, index) => {
    if (point.value === null) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else run.push({ index, value: point.value });
  });
  if (run.length > 0) runs.push(run);
  return runs;
}
