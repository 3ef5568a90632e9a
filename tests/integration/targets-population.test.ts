import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { loadMovementData } from '../../electron/main/services/targets/data';
import type { UnitFilter } from '../../shared/domain/targets';
import { enterBaseline2022 } from '../support/movements-fixture';
import { openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.close());

const FILTERS: UnitFilter[] = [
  { kind: 'commune', adminTypes: ['Xã'], ethnicMinorityArea: null },
  { kind: 'commune', adminTypes: [], ethnicMinorityArea: true },
  { kind: 'village', adminTypes: [], ethnicMinorityArea: true },
  { kind: 'village', adminTypes: [], ethnicMinorityArea: null },
  { kind: 'district', adminTypes: [], ethnicMinorityArea: null },
];

function dataFor(scopeUnitId: number | null) {
  const s = app.ctx.services;
  return loadMovementData({ criteria: s.criteria, recognitions: s.recognitions, unitHistory: s.unitHistory }, scopeUnitId);
}

describe('target populations counted per group', () => {
  it('counts as many units as the per-unit list, and lists exactly the listed units that have records', async () => {
    await enterBaseline2022(app);
    // A commune taken out of use (archived, no end date) counts in no year; one ended in 2022 counts up to 2022.
    const communes = app.ctx.db.prepare("SELECT id FROM units WHERE kind = 'commune' AND admin_type = 'Xã' ORDER BY id LIMIT 2").all() as {
      id: number;
    }[];
    app.ctx.db.prepare('UPDATE units SET archived = 1 WHERE id = ?').run(communes[0].id);
    app.ctx.db.prepare("UPDATE units SET valid_to = '2022-06-30' WHERE id = ?").run(communes[1].id);
    for (const scope of [null, app.idOfCode('62')]) {
      const data = dataFor(scope);
      for (const filter of FILTERS)
        for (const year of [2021, 2022, 2023]) {
          const listed = data.units(filter, year);
          expect(data.population(filter, year)).toBe(listed.length);
          const withRecords = listed.filter((u) => data.count(u.id, year) !== null || data.hasDecision(u.id, 2100, true));
          const recorded = data.recorded(filter, year).map((u) => u.id);
          expect(recorded).toEqual(expect.arrayContaining(withRecords.map((u) => u.id)));
          expect(listed.map((u) => u.id)).toEqual(expect.arrayContaining(recorded));
        }
      const communesIn = (year: number) =>
        data.units({ kind: 'commune', adminTypes: ['Xã'], ethnicMinorityArea: null }, year).map((u) => u.id);
      expect(communesIn(2023)).not.toContain(communes[0].id);
      expect(communesIn(2023)).not.toContain(communes[1].id);
      expect(communesIn(2022)).toContain(communes[1].id);
    }
    expect(dataFor(null).population({ kind: 'commune', adminTypes: ['Xã'], ethnicMinorityArea: null }, 2022)).toBeGreaterThan(0);
  });
});
