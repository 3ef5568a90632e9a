import { describe, expect, it } from 'vitest';

import { defaultYear, inPeriod, periodYears, yearsWithRecords } from '../../shared/domain/dashboard-year';
import type { Target, TargetTrend } from '../../shared/domain/targets';

const period = { startYear: 2021, endYear: 2025 };

function target(id: number, metric: 'level-count' | 'min-criteria'): Target {
  return { id, definition: { metric } } as unknown as Target;
}

function line(targetId: number, values: (number | null)[]): TargetTrend {
  return { targetId, code: String(targetId), label: '', goal: null, points: values.map((value, i) => ({ year: 2021 + i, value })) };
}

describe('the year the dashboard opens on', () => {
  it('lists the years of the period', () => {
    expect(periodYears(period)).toEqual([2021, 2022, 2023, 2024, 2025]);
  });

  it('tells a year of the period from one outside it or no year at all', () => {
    expect([2020, 2021, 2025, 2026].map((year) => inPeriod(period, year))).toEqual([false, true, true, false]);
    expect(inPeriod(period, Number.NaN)).toBe(false);
    expect(inPeriod(period, 2023.5)).toBe(false);
  });

  it('counts a level target only in the years its value changes (decisions stay in force), other targets in every year with a value', () => {
    const targets = [target(3, 'level-count'), target(5, 'min-criteria')];
    expect(yearsWithRecords([line(3, [null, 35, 35, 35, 35]), line(5, [null, 11, null, null, null])], targets)).toEqual(new Set([2022]));
    expect(yearsWithRecords([line(3, [null, 35, 45, 45, 45])], targets)).toEqual(new Set([2022, 2023]));
    expect(yearsWithRecords([line(5, [null, null, 9, 9, null])], targets)).toEqual(new Set([2023, 2024]));
  });

  it('opens on the latest year with records up to this year, else this year kept inside the period', () => {
    expect(defaultYear(period, new Set([2022, 2023]), 2026)).toBe(2023);
    expect(defaultYear(period, new Set([2022, 2024]), 2023)).toBe(2022);
    expect(defaultYear(period, new Set(), 2023)).toBe(2023);
    expect(defaultYear(period, new Set(), 2030)).toBe(2025);
    expect(defaultYear(period, new Set(), 2019)).toBe(2021);
  });
});
