import path from 'node:path';

import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { DATABASE_FILE_NAME } from '../../electron/main/db/connection';
import { YearCounts } from '../../electron/main/db/repositories/criteria';
import type { DataDeps } from '../../electron/main/services/targets/data';
import { createMovementDataCache } from '../../electron/main/services/targets/data-cache';
import type { DashboardSummary, TargetEvaluation, TargetTrend } from '../../shared/domain/targets';
import { enterBaseline2022, range, ruralCommunes, seedMovementId } from '../support/movements-fixture';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';

// The dashboard's trend and summary share the area's loaded records until anything is written.
describe('targets and dashboard figures kept until the next write', () => {
  let app: TestApp;
  let movementId: number;
  beforeEach(async () => {
    app = openTestApp();
    await enterBaseline2022(app);
    movementId = await seedMovementId(app);
  });
  afterEach(() => app.close());

  const summary = async () => dataOf<DashboardSummary>(await app.call('dashboard.summary', { movementId, year: 2022, asOf: '2022-06-30' }));
  const trend = async () => dataOf<TargetTrend[]>(await app.call('targets.trend', { movementId }));
  const evaluate = async () => dataOf<TargetEvaluation[]>(await app.call('targets.evaluate', { movementId, year: 2022 }));

  it('answers the same figures again without a write', async () => {
    const [first, firstTrend, firstEvaluation] = [await summary(), await trend(), await evaluate()];
    expect(await summary()).toEqual(first);
    expect(await trend()).toEqual(firstTrend);
    expect(await evaluate()).toEqual(firstEvaluation);
  });

  it('keeps the summary built for a day until the next write, and builds another for another day', async () => {
    const dashboard = app.ctx.services.dashboard;
    const first = dashboard.summary(movementId, 2022, '2022-06-30');
    expect(dashboard.summary(movementId, 2022, '2022-06-30')).toBe(first);
    // The overdue submissions are counted to the day asked for: a later day has more of them.
    const later = dashboard.summary(movementId, 2022, '2026-06-30');
    expect(later).not.toBe(first);
    expect(later.overdue.length).toBeGreaterThan(first.overdue.length);
    expect(dashboard.summary(movementId, 2022, '2022-06-30')).toBe(first);
    // Any row written through the connection (here a scratch table) drops what was kept.
    app.ctx.db.exec('CREATE TEMP TABLE IF NOT EXISTS scratch_writes (at INTEGER); INSERT INTO scratch_writes VALUES (1)');
    const rebuilt = dashboard.summary(movementId, 2022, '2022-06-30');
    expect(rebuilt).not.toBe(first);
    expect(rebuilt).toEqual(first);
  });

  it('sees a save made through the app in the next trend, summary and evaluation', async () => {
    const before = await summary();
    const beforeTrend = await trend();
    expect(before.communes.averageCriteria).toBeCloseTo(1350 / 85, 4);
    // The 36th commune (11 criteria, among the lowest) now meets 10: the year's sum and lowest count drop by 1.
    const commune = ruralCommunes(app)[35];
    const grid = dataOf<{ rows: { unitId: number; version: number | null }[] }>(
      await app.call('criteria.forDistrictYear', { districtId: commune.districtId, year: 2022 }),
    );
    const version = grid.rows.find((r) => r.unitId === commune.id)?.version ?? null;
    dataOf(
      await app.call('criteria.setDistrictYear', {
        districtId: commune.districtId,
        year: 2022,
        rows: [{ unitId: commune.id, criteriaMet: range(10), version }],
      }),
    );

    const after = await summary();
    expect(after.communes.averageCriteria).toBeCloseTo(1349 / 85, 4);
    expect(after.underThreshold.lowest[0]).toMatchObject({ id: commune.id, count: 10 });
    // Target 5 ("no commune under 15") is measured by the lowest count.
    const lowest = (list: TargetTrend[]) => list.find((t) => t.code === '5')?.points.find((p) => p.year === 2022)?.value;
    expect(lowest(beforeTrend)).toBe(11);
    expect(lowest(await trend())).toBe(10);
    expect((await evaluate()).find((t) => t.code === '5')?.value).toBe(10);
  });

  it('sees a commit by another connection to the file, as a restore copies a backup in', async () => {
    const before = await summary();
    expect(before.communes.ntmCount).toBe(35);
    const other = new Database(path.join(app.dir, DATABASE_FILE_NAME));
    try {
      other.prepare('DELETE FROM recognitions WHERE unit_id = ?').run(ruralCommunes(app)[0].id);
    } finally {
      other.close();
    }
    expect((await summary()).communes.ntmCount).toBe(34);
  });

  it('sees a restore: the figures go back to the backup’s', async () => {
    const before = await summary();
    const backup = dataOf<{ id: string }>(await app.call('backups.create', {}));
    const commune = ruralCommunes(app)[0];
    dataOf(await app.call('recognitions.set', { unitId: commune.id, year: 2022, level: 'ntm-advanced', version: 1 }));
    const advanced = (s: DashboardSummary) => s.byDistrict.reduce((n, d) => n + d.advancedCount, 0);
    expect(advanced(await summary())).toBe(advanced(before) + 1);
    dataOf(await app.call('backups.restore', { id: backup.id, confirm: true }));
    expect(await summary()).toEqual(before);
  });
});

describe('createMovementDataCache', () => {
  /** Fake readers that count the area loads (each load reads the decisions of its area first). */
  function counted() {
    const loads: (number | null)[] = [];
    const deps = {
      criteria: { sets: () => [], countsInArea: () => new YearCounts([]) },
      recognitions: {
        levelsInArea: (scope: number | null) => {
          loads.push(scope);
          return [];
        },
        income: () => null,
      },
      unitHistory: { inScope: () => [], tally: () => [], recorded: () => [] },
    } as unknown as DataDeps;
    return { deps, loads };
  }

  it('loads an area once per generation, afresh after a write, and keeps the two areas used last', () => {
    const { deps, loads } = counted();
    let generation = 'a';
    const data = createMovementDataCache(deps, () => generation);
    const province = data(1);
    expect(data(1)).toBe(province);
    expect(loads).toEqual([1]);
    generation = 'b';
    expect(data(1)).not.toBe(province);
    expect(loads).toEqual([1, 1]);
    data(null);
    data(1);
    data(2);
    // 1 was used after null, so null is the one dropped.
    data(1);
    expect(loads).toEqual([1, 1, null, 2]);
    data(null);
    expect(loads).toEqual([1, 1, null, 2, null]);
  });
});
