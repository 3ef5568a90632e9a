import { describe, expect, it } from 'vitest';

import { across, fromTop, lineRuns, trendScale } from '../../renderer/src/features/dashboard/trend-scale';
import type { TrendPoint } from '../../shared/domain/targets';

const points = (values: (number | null)[]): TrendPoint[] => values.map((value, i) => ({ year: 2021 + i, value }));

describe("a trend chart's value axis", () => {
  it('reaches the goal when the values stay below it, in round whole steps', () => {
    expect(trendScale(points([4, 5, 7, 8, 9]), 60)).toEqual({ top: 60, ticks: [0, 30, 60] });
    expect(trendScale(points([0, 0, 0, 0, 0]), 15)).toEqual({ top: 16, ticks: [0, 8, 16] });
  });

  it('reaches the largest value when it passes the goal', () => {
    expect(trendScale(points([null, 59, 59, 53, 62]), 0)).toEqual({ top: 80, ticks: [0, 40, 80] });
    expect(trendScale(points([12, 85]), null)).toEqual({ top: 100, ticks: [0, 50, 100] });
  });

  it('labels counts in whole numbers and fractions only where a value is one', () => {
    expect(trendScale(points([0, 3, 5]), null)).toEqual({ top: 6, ticks: [0, 3, 6] });
    expect(trendScale(points([2.5, 4.5]), null)).toEqual({ top: 5, ticks: [0, 2.5, 5] });
    expect(trendScale(points([0.1, 0.3]), null)).toEqual({ top: 0.3, ticks: [0, 0.15, 0.3] });
    expect(trendScale(points([8.46, 9.1]), 19)).toEqual({ top: 20, ticks: [0, 10, 20] });
  });

  it('still draws an axis when every value and the goal are 0', () => {
    expect(trendScale(points([0, 0]), 0)).toEqual({ top: 2, ticks: [0, 1, 2] });
    expect(trendScale(points([0, 0]), null)).toEqual({ top: 2, ticks: [0, 1, 2] });
  });

  it('places values from the top of the axis, clamped to the plot', () => {
    const scale = trendScale(points([4, 9]), 60);
    expect(fromTop(60, scale)).toBe(0);
    expect(fromTop(0, scale)).toBe(1);
    expect(fromTop(15, scale)).toBe(0.75);
    expect(fromTop(-3, scale)).toBe(1);
    expect(fromTop(90, scale)).toBe(0);
  });

  it('spreads the years over the width, one year in the middle', () => {
    expect([0, 1, 2, 3, 4].map((i) => across(i, 5))).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(across(0, 1)).toBe(0.5);
  });

  it('breaks the line at a year without a value rather than bridging it', () => {
    expect(lineRuns(points([1, 2, null, 4, null, null, 7, 8]))).toEqual([
      [
        { index: 0, value: 1 },
        { index: 1, value: 2 },
      ],
      [{ index: 3, value: 4 }],
      [
        { index: 6, value: 7 },
        { index: 7, value: 8 },
      ],
    ]);
    expect(lineRuns(points([null, null]))).toEqual([]);
  });
});
