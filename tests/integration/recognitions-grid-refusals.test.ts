import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { criteriaMessages as msg } from '../../electron/main/services/criteria/messages';
import { GRID_ROWS_MAX, gridTooLong } from '../../shared/contract/common';
import type { Recognition, RecognitionGridSave } from '../../shared/domain/criteria';
import { LEVEL_LABELS } from '../../shared/text/movements-text';
import { communesOfLargestDistrict, type RuralCommune } from '../support/movements-fixture';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';

// A district grid's save inserts each new decision by a statement that reads the unit itself; every refusal must
// still be the one the row deserves, named at its path, in the order the rows come, and leave everything as it was.

let app: TestApp;
let districtId: number;
let districtName: string;
let inDistrict: RuralCommune[];

beforeEach(() => {
  app = openTestApp();
  inDistrict = communesOfLargestDistrict(app);
  districtId = inDistrict[0].districtId;
  districtName = app.ctx.db.prepare('SELECT name FROM units WHERE id = ?').pluck().get(districtId) as string;
});
afterEach(() => app.close());

const YEAR = 2023;
const row = (unitId: number, level: Recognition['level'] = 'ntm') => ({ unitId, level, version: null });
const save = (rows: ReturnType<typeof row>[]) => app.call('recognitions.setDistrictYear', { districtId, year: YEAR, rows });
const unitId = (sql: string, ...args: unknown[]) =>
  app.ctx.db
    .prepare(sql)
    .pluck()
    .get(...args) as number;
/** A village of the district's third commune, created for the test (the seeded province has none). */
const newVillage = async () =>
  dataOf<{ id: number }>(
    await app.call('units.create', { name: 'Thôn Thử Lưới', kind: 'village', adminType: 'Thôn', parentId: inDistrict[2].id }),
  ).id;
const nameOf = (id: number) => app.ctx.db.prepare('SELECT name FROM units WHERE id = ?').pluck().get(id) as string;
/** What a refused save must leave untouched. */
const state = () => [app.count('recognitions'), app.count('audit_log'), app.count('audit_links')];

describe('recognitions.setDistrictYear refuses a new decision', () => {
  it('for a unit that does not exist (NOT_FOUND at its row)', async () => {
    const before = state();
    const answer = await save([row(inDistrict[0].id), row(987_654)]);
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: msg.unitNotFound(987_654), fields: [{ path: 'rows.1.unitId' }] },
    });
    expect(state()).toEqual(before);
  });

  it('for a unit that is not one of the grid communes: another district, a village, a ward without a commune set, a commune ended before the year', async () => {
    const other = unitId("SELECT id FROM units WHERE kind = 'commune' AND admin_type = 'Xã' AND parent_id <> ? LIMIT 1", districtId);
    const village = await newVillage();
    const ward = unitId(
      "SELECT id FROM units WHERE kind = 'commune' AND admin_type <> 'Xã' AND parent_id = (SELECT parent_id FROM units WHERE kind = 'commune' AND admin_type <> 'Xã' LIMIT 1) LIMIT 1",
    );
    const ended = inDistrict[2].id;
    app.ctx.db.prepare("UPDATE units SET valid_to = '2022-06-30' WHERE id = ?").run(ended);
    const wardDistrict = unitId('SELECT parent_id FROM units WHERE id = ?', ward);
    const before = state();
    for (const [outside, district] of [
      [other, districtId],
      [village, districtId],
      [ended, districtId],
      [ward, wardDistrict],
    ] as const) {
      const first =
        district === districtId
          ? inDistrict[0].id
          : unitId("SELECT id FROM units WHERE kind = 'commune' AND admin_type = 'Xã' AND parent_id = ?", district);
      const answer = await app.call('recognitions.setDistrictYear', { districtId: district, year: YEAR, rows: [row(first), row(outside)] });
      expect(answer).toMatchObject({
        ok: false,
        error: {
          code: 'VALIDATION',
          message: msg.communeNotInGrid(nameOf(outside), nameOf(district)),
          fields: [{ path: 'rows.1.unitId' }],
        },
      });
      expect(state()).toEqual(before);
    }
  });

  it('for a unit given twice, at its second row', async () => {
    const before = state();
    const answer = await save([row(inDistrict[0].id), row(inDistrict[1].id), row(inDistrict[0].id, 'ntm-advanced')]);
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: msg.duplicateRow(inDistrict[0].name), fields: [{ path: 'rows.2.unitId' }] },
    });
    expect(state()).toEqual(before);
  });

  it('for a commune that has a decision of the year already (someone recorded it meanwhile): CONFLICT', async () => {
    dataOf(await save([row(inDistrict[1].id)]));
    const before = state();
    const answer = await save([row(inDistrict[0].id), row(inDistrict[1].id, 'ntm-advanced')]);
    expect(answer).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: msg.recognitionStale(inDistrict[1].name, YEAR) } });
    expect(state()).toEqual(before);
  });

  it('for a level communes cannot hold, at its level; a unit outside the grid is named first', async () => {
    const village = await newVillage();
    const before = state();
    const answer = await save([row(inDistrict[0].id), row(inDistrict[1].id, 'village-ntm')]);
    const message = msg.levelNotForKind(LEVEL_LABELS['village-ntm'], inDistrict[1].name);
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION', message, fields: [{ path: 'rows.1.level' }] } });
    const outside = await save([row(village, 'village-ntm')]);
    expect(outside).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: msg.communeNotInGrid(nameOf(village), districtName) },
    });
    expect(state()).toEqual(before);
  });

  it(`for more than ${GRID_ROWS_MAX} rows in one call, with the Vietnamese limit`, async () => {
    const before = state();
    const answer = await save(Array.from({ length: GRID_ROWS_MAX + 1 }, (_, i) => row(inDistrict[i % inDistrict.length].id)));
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'rows', message: gridTooLong }] } });
    expect(gridTooLong).toBe('Tối đa 2.000 dòng một lần lưu');
    expect(state()).toEqual(before);
  });

  it('and saves the same rows once the refused one is left out', async () => {
    const saved = dataOf<RecognitionGridSave>(await save([row(inDistrict[0].id), row(inDistrict[1].id, 'ntm-advanced')]));
    expect(saved.saved.map((s) => [s.unitId, s.recognition?.level, s.recognition?.unitNameAt, s.recognition?.districtNameAt])).toEqual([
      [inDistrict[0].id, 'ntm', inDistrict[0].name, districtName],
      [inDistrict[1].id, 'ntm-advanced', inDistrict[1].name, districtName],
    ]);
    for (const s of saved.saved) {
      const read = dataOf<Recognition[]>(await app.call('recognitions.forUnit', { unitId: s.unitId }));
      expect(read).toEqual([s.recognition]);
    }
  });
});
