import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createCriteriaRepository } from '../../electron/main/db/repositories/criteria';
import { createRecognitionsRepository } from '../../electron/main/db/repositories/recognitions';
import type { Unit } from '../../shared/domain/units';
import { enterBaseline2022, quangNgaiSucceedingKonTum, range, ruralCommunes, seedMovementId } from '../support/movements-fixture';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.close());

async function createUnit(fields: { name: string; kind: Unit['kind']; adminType: string; code?: string; parentId?: number }) {
  return dataOf<Unit>(
    await app.call('units.create', {
      code: fields.code ?? '',
      name: fields.name,
      kind: fields.kind,
      adminType: fields.adminType,
      parentId: fields.parentId ?? null,
    }),
  );
}

/**
 * A second province with records in every year and level the seed movement reads, none of which may leak
 * into Kon Tum's figures. One database holds one province, so it comes in the only way a second one can:
 * as the province Kon Tum merges into (from 1/7/2025, after every year the figures read).
 */
async function secondProvince(): Promise<{ province: Unit; communes: Unit[] }> {
  const { province } = await quangNgaiSucceedingKonTum(app);
  const district = await createUnit({ name: 'Huyện Sơn Hà', kind: 'district', adminType: 'Huyện', parentId: province.id });
  const communes: Unit[] = [];
  for (const name of ['Xã Sơn Hạ', 'Xã Sơn Thành', 'Xã Sơn Nham'])
    communes.push(await createUnit({ name, kind: 'commune', adminType: 'Xã', parentId: district.id }));
  for (const year of [2021, 2022, 2023]) {
    const rows = communes.map((c, i) => ({ unitId: c.id, criteriaMet: range(5 + i + year - 2021), version: null }));
    dataOf(await app.call('criteria.setDistrictYear', { districtId: district.id, year, rows }));
  }
  for (const [index, commune] of communes.entries())
    dataOf(await app.call('recognitions.set', { unitId: commune.id, year: 2021 + index, level: 'ntm', version: null }));
  return { province, communes };
}

/** Every figure the seed movement's screens read, for 2022 and 2023. */
async function figures(districtId: number) {
  const movementId = await seedMovementId(app);
  return {
    summary2022: dataOf(await app.call('dashboard.summary', { movementId, year: 2022, asOf: '2026-01-15' })),
    summary2023: dataOf(await app.call('dashboard.summary', { movementId, year: 2023, asOf: '2026-01-15' })),
    evaluate: dataOf(await app.call('targets.evaluate', { movementId, year: 2023 })),
    trend: dataOf(await app.call('targets.trend', { movementId })),
    grid: dataOf(await app.call('criteria.forDistrictYear', { districtId, year: 2023 })),
    recognitions: dataOf(await app.call('recognitions.forDistrictYear', { districtId, year: 2023 })),
  };
}

describe('a province movement reads only its own area, in SQL', () => {
  it('gives the same figures with a second province full of records in the database', async () => {
    await enterBaseline2022(app);
    const communes = ruralCommunes(app);
    const districtId = communes[0].districtId;
    const rows = communes
      .filter((c) => c.districtId === districtId)
      .map((c, i) => ({ unitId: c.id, criteriaMet: range(12 + (i % 7)), version: null }));
    dataOf(await app.call('criteria.setDistrictYear', { districtId, year: 2023, rows }));
    dataOf(await app.call('recognitions.set', { unitId: communes[40].id, year: 2023, level: 'ntm', version: null }));

    const alone = await figures(districtId);
    expect((alone.summary2023 as { communes: { recordedCount: number } }).communes.recordedCount).toBeGreaterThan(0);
    await secondProvince();
    expect(await figures(districtId)).toEqual(alone);
  });

  it('reads an area’s counts and levels as the unscoped reads filtered to that area, and everywhere when unscoped', async () => {
    await enterBaseline2022(app);
    const { province, communes: other } = await secondProvince();
    const criteria = createCriteriaRepository(app.ctx.db);
    const recognitions = createRecognitionsRepository(app.ctx.db);
    const kontum = app.idOfCode('62');
    const inKontum = new Set(
      (app.ctx.db.prepare("SELECT id FROM units WHERE id <> ? AND name <> ''").all(province.id) as { id: number }[])
        .map((r) => r.id)
        .filter((id) => !other.some((c) => c.id === id)),
    );
    for (const year of [2021, 2022, 2023]) {
      const everywhere = criteria.countsByYear(year);
      const scoped = criteria.countsInArea(kontum, year);
      expect(scoped.entries()).toEqual(everywhere.entries().filter(([unitId]) => inKontum.has(unitId)));
      expect(scoped.size).toBe(scoped.entries().length);
      expect(criteria.countsInArea(null, year).entries()).toEqual(everywhere.entries());
      expect(
        criteria
          .countsInArea(province.id, year)
          .entries()
          .map(([unitId]) => unitId),
      ).toEqual(year === 2022 || year === 2021 || year === 2023 ? other.map((c) => c.id).sort((x, y) => x - y) : []);
      // The stored count is the count of the states met, the set the record's; a unit without a record reads null.
      for (const [unitId, record] of scoped.entries()) {
        const stored = criteria.unitYear(unitId, year);
        expect(record.count).toBe(stored?.criteriaMet.length);
        expect(record.setId).toBe(stored?.setId);
        expect([scoped.count(unitId), scoped.setId(unitId)]).toEqual([record.count, record.setId]);
      }
      expect([scoped.count(province.id), scoped.setId(province.id), scoped.count(10 ** 7)]).toEqual([null, null, null]);
    }
    const all = recognitions.allLevels();
    expect(recognitions.levelsInArea(kontum)).toEqual(all.filter((r) => inKontum.has(r.unitId)));
    expect(recognitions.levelsInArea(province.id).map((r) => r.unitId)).toEqual(other.map((c) => c.id));
    expect(recognitions.levelsInArea(null)).toEqual(all);
  });
});
