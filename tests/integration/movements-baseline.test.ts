import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { DASHBOARD_LIST_SHOWN, type DashboardSummary, type TargetEvaluation, type TargetTrend } from '../../shared/domain/targets';
import { formatNumber } from '../../shared/format/number';
import { enterBaseline2022, range, ruralCommunes, seedMovementId } from '../support/movements-fixture';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let movementId: number;
let counts2022: Map<number, number>;

beforeEach(async () => {
  app = openTestApp();
  movementId = await seedMovementId(app);
  counts2022 = await enterBaseline2022(app);
});
afterEach(() => app.close());

const byCode = (list: TargetEvaluation[], code: string) => list.find((t) => t.code === code) as TargetEvaluation;
const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);

describe('the real 2022 baseline (35 of 85 rural communes NTM, average 15,88 criteria)', () => {
  it('targets.evaluate gives exactly 35/85 for target 3 and the lowest criteria count for target 5', async () => {
    const result = dataOf<TargetEvaluation[]>(await app.call('targets.evaluate', { movementId, year: 2022 }));
    expect(result).toHaveLength(8);
    const three = byCode(result, '3');
    expect(`${three.numerator}/${three.denominator}`).toBe('35/85');
    expect(three.value).toBe(35);
    expect(three.goal).toBe(60);
    expect(three.status).toBe('not-yet');
    expect(three.projection).toBeNull();
    expect(three.method).toContain('tốc độ bình quân');
    const ntmIds = ruralCommunes(app)
      .slice(0, 35)
      .map((c) => c.id);
    expect(sorted(three.unitIds)).toEqual(sorted(ntmIds));

    const five = byCode(result, '5');
    const values = [...counts2022.values()];
    expect(five.value).toBe(Math.min(...values));
    expect(five.status).toBe('not-yet');
    const under15 = [...counts2022].filter(([, n]) => n < 15).map(([id]) => id);
    expect(sorted(five.unitIds)).toEqual(sorted(under15));
    expect(five.numerator).toBe(under15.length);

    // No 2021 records: the yearly gain cannot be judged, villages and income have no figures yet.
    expect(byCode(result, '4')).toMatchObject({ value: null, status: 'no-data' });
    expect(byCode(result, '1')).toMatchObject({ value: null, status: 'no-data' });
    expect(byCode(result, '8')).toMatchObject({ value: null, status: 'no-data' });
    expect(byCode(result, '7')).toMatchObject({ value: 0, status: 'tracking', statusLabel: 'Theo dõi (không có mức định lượng)' });
  });

  it('dashboard.summary shows "35/85" and "15,88", the communes under 15 and a district table adding up', async () => {
    const summary = dataOf<DashboardSummary>(await app.call('dashboard.summary', { movementId, year: 2022, asOf: '2022-06-30' }));
    expect(`${summary.communes.ntmCount}/${summary.communes.total}`).toBe('35/85');
    expect(formatNumber(summary.communes.averageCriteria as number, 2)).toBe('15,88');
    expect(summary.communes.missingCount).toBe(0);
    expect(summary.communes.recordedCount).toBe(85);
    expect(summary.underThreshold.threshold).toBe(15);
    const under15 = [...counts2022].filter(([, n]) => n < 15).map(([id]) => id);
    expect(summary.underThreshold.total).toBe(under15.length);
    // The whole lists (the report's) hold the communes; the screen gets counts and the lowest few (lowest count first).
    const figures = app.ctx.services.dashboard.figures(movementId, 2022, '2022-06-30');
    expect(figures.communes.missingIds).toEqual([]);
    expect(sorted(figures.underThreshold.units.map((u) => u.id))).toEqual(sorted(under15));
    const lowest = summary.underThreshold.lowest;
    expect(lowest).toHaveLength(Math.min(DASHBOARD_LIST_SHOWN, under15.length));
    expect(lowest.every((u) => u.districtName?.length && u.count === counts2022.get(u.id))).toBe(true);
    expect(lowest.map((u) => u.count)).toEqual([...lowest.map((u) => u.count)].sort((a, b) => (a as number) - (b as number)));
    const lowestCounts = under15.map((id) => counts2022.get(id) as number).sort((a, b) => a - b);
    expect(lowest.map((u) => u.count)).toEqual(lowestCounts.slice(0, lowest.length));

    expect(summary.byDistrict).toHaveLength(10);
    expect(summary.byDistrict.reduce((s, d) => s + d.communeCount, 0)).toBe(85);
    expect(summary.byDistrict.reduce((s, d) => s + d.ntmCount, 0)).toBe(35);
    expect(summary.byDistrict.reduce((s, d) => s + d.underCount, 0)).toBe(under15.length);
    expect(sorted(figures.byDistrict.flatMap((d) => d.underIds))).toEqual(sorted(under15));
    for (const [index, row] of summary.byDistrict.entries()) {
      const ids = ruralCommunes(app)
        .filter((c) => c.districtId === row.districtId)
        .map((c) => c.id);
      expect(row.communeCount).toBe(ids.length);
      expect(sorted(figures.byDistrict[index].communeIds)).toEqual(sorted(ids));
      expect(row.underCount).toBe(ids.filter((id) => (counts2022.get(id) as number) < 15).length);
      const expected = ids.reduce((s, id) => s + (counts2022.get(id) as number), 0) / ids.length;
      expect(row.averageCriteria).toBeCloseTo(expected, 3);
    }
    expect(summary.targets.map((t) => t.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });
});

describe('the years after', () => {
  /** 2023: ten more communes reach 19/19 and NTM; two NTM communes become advanced; the rest gain 2, 1, 0 or lose one. */
  async function enter2023(): Promise<Map<number, number>> {
    const communes = ruralCommunes(app);
    const counts = new Map<number, number>();
    communes.forEach((c, i) => {
      const before = counts2022.get(c.id) as number;
      const change = i < 35 ? 0 : i < 45 ? 19 - before : i < 55 ? 2 : i < 75 ? 1 : i < 80 ? 0 : -1;
      counts.set(c.id, before + change);
    });
    for (const districtId of new Set(communes.map((c) => c.districtId))) {
      const rows = communes
        .filter((c) => c.districtId === districtId)
        .map((c) => ({ unitId: c.id, criteriaMet: range(counts.get(c.id) as number), version: null }));
      dataOf(await app.call('criteria.setDistrictYear', { districtId, year: 2023, rows }));
    }
    for (const c of communes.slice(35, 45))
      dataOf(await app.call('recognitions.set', { unitId: c.id, year: 2023, level: 'ntm', version: null }));
    for (const c of communes.slice(0, 2))
      dataOf(await app.call('recognitions.set', { unitId: c.id, year: 2023, level: 'ntm-advanced', version: null }));
    return counts;
  }

  it('counts gains per year, lists communes with no gain and projects linearly to 2025', async () => {
    const counts2023 = await enter2023();
    const result = dataOf<TargetEvaluation[]>(await app.call('targets.evaluate', { movementId, year: 2023 }));
    const three = byCode(result, '3');
    expect(`${three.numerator}/${three.denominator}`).toBe('45/85');
    // Base year 2021 has no records, so 2022 is the base: (45 - 35) per year, two years left.
    expect(three.projection).toBe(45 + ((45 - 35) / (2023 - 2022)) * (2025 - 2023));
    expect(three.parts.map((p) => [p.value, p.projection, p.status])).toEqual([
      [2, 2 + 2 * 2, 'at-risk'],
      [0, 0, 'at-risk'],
    ]);
    expect(three.status).toBe('at-risk');

    const notGaining = ruralCommunes(app)
      .filter((c) => (counts2022.get(c.id) as number) < 19 && (counts2023.get(c.id) as number) - (counts2022.get(c.id) as number) < 1)
      .map((c) => c.id);
    const four = byCode(result, '4');
    expect(four.value).toBe(notGaining.length);
    expect(sorted(four.unitIds)).toEqual(sorted(notGaining));
    expect(four.status).toBe('at-risk');
    expect(four.projection).toBeNull();
    expect(byCode(result, '7')).toMatchObject({ value: 2, status: 'tracking' });

    const summary = dataOf<DashboardSummary>(await app.call('dashboard.summary', { movementId, year: 2023 }));
    expect(summary.noGain.total).toBe(notGaining.length);
    expect(sorted(app.ctx.services.dashboard.figures(movementId, 2023, null).noGain.map((u) => u.id))).toEqual(sorted(notGaining));
    expect(summary.noGain.lowest.length).toBeGreaterThan(0);
    expect(summary.noGain.lowest.every((u) => notGaining.includes(u.id) && (u.count as number) <= (u.previousCount as number))).toBe(true);
    const total = [...counts2023.values()].reduce((a, b) => a + b, 0);
    expect(summary.communes.averageCriteria).toBeCloseTo(total / 85, 4);
  });

  it('income: ratio to 2020, projected at the pace since 2020', async () => {
    const province = app.idOfCode('62');
    dataOf(await app.call('income.set', { unitId: province, year: 2020, amount: 30, version: null }));
    dataOf(await app.call('income.set', { unitId: province, year: 2023, amount: 40.5, version: null }));
    const eight = byCode(dataOf<TargetEvaluation[]>(await app.call('targets.evaluate', { movementId, year: 2023 })), '8');
    expect(eight.value).toBeCloseTo(1.35, 10);
    const expected = Math.round((1.35 + ((1.35 - 1) / 3) * 2) * 100) / 100;
    expect(eight.projection).toBe(expected);
    expect(eight.status).toBe(expected >= 1.5 ? 'not-yet' : 'at-risk');
    expect([eight.numerator, eight.denominator]).toEqual([40.5, 30]);
  });

  it('dashboard.summary without a year answers for the latest year entered: 2022, then 2023 once entered (not 2025, where decisions only carry on)', async () => {
    const before = dataOf<DashboardSummary>(await app.call('dashboard.summary', { movementId }));
    expect(before.year).toBe(2022);
    expect(before).toEqual(dataOf<DashboardSummary>(await app.call('dashboard.summary', { movementId, year: 2022 })));
    await enter2023();
    expect(dataOf<DashboardSummary>(await app.call('dashboard.summary', { movementId })).year).toBe(2023);
  });

  it('trend gives each target per year; decisions carry forward to later years; 2025 unmet is at risk', async () => {
    await enter2023();
    const trend = dataOf<TargetTrend[]>(await app.call('targets.trend', { movementId }));
    const three = trend.find((t) => t.code === '3') as TargetTrend;
    expect(three.points).toEqual([
      { year: 2021, value: null },
      { year: 2022, value: 35 },
      { year: 2023, value: 45 },
      { year: 2024, value: 45 },
      { year: 2025, value: 45 },
    ]);
    const final = byCode(dataOf<TargetEvaluation[]>(await app.call('targets.evaluate', { movementId, year: 2025 })), '3');
    expect(final).toMatchObject({ value: 45, projection: 45, status: 'at-risk' });
  });
});
