import { describe, expect, it } from 'vitest';

import { comparedValue, median, p95, percentile, verdict } from '../bench/stats';

describe('bench statistics', () => {
  it('takes the median of odd and even counts without reordering the input', () => {
    const samples = [9, 1, 5];
    expect(median(samples)).toBe(5);
    expect(samples).toEqual([9, 1, 5]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('takes the nearest-rank percentile', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(p95(hundred)).toBe(95);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
    expect(p95([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 1000])).toBe(19);
    // Under 20 samples the slowest one is the p95.
    expect(p95([1, 2, 3, 4, 5, 6, 7, 8, 9, 1000])).toBe(1000);
    expect(() => percentile([1], 0)).toThrow(RangeError);
  });

  it('compares a figure with its budget, directly or as a ratio of its baseline', () => {
    expect(verdict(29.9, undefined, { max: 30 })).toBe('PASS');
    expect(verdict(30.1, undefined, { max: 30 })).toBe('FAIL');
    expect(comparedValue(300, 200, { max: 1.5, ratio: true })).toBe(1.5);
    expect(verdict(300, 200, { max: 1.5, ratio: true })).toBe('PASS');
    expect(verdict(301, 200, { max: 1.5, ratio: true })).toBe('FAIL');
    expect(verdict(40, 100, { min: 0.5, ratio: true })).toBe('FAIL');
    expect(verdict(60, 100, { min: 0.5, ratio: true })).toBe('PASS');
  });

  it('fails a figure that could not be measured and leaves one without a budget as information', () => {
    expect(verdict(Number.NaN, undefined, { max: 30 })).toBe('FAIL');
    expect(verdict(10, 0, { max: 2, ratio: true })).toBe('FAIL');
    expect(verdict(10, undefined, undefined)).toBe('INFO');
  });
});
