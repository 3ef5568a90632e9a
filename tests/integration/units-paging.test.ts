import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createUnitsRepository } from '../../electron/main/db/repositories/units';
import { RANKED_LIMIT } from '../../electron/main/services/units/units-service';
import type { UnitPage } from '../../shared/contract/units';
import type { Envelope } from '../../shared/errors';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
/** Villages added under Đắk Hà's communes, so lists run past several pages and the ranked limit. */
const VILLAGES_PER_COMMUNE = 110;

beforeAll(() => {
  app = openTestApp();
  const repo = createUnitsRepository(app.ctx.db);
  const communes = app.ctx.db.prepare("SELECT id FROM units WHERE kind = 'commune' ORDER BY id LIMIT 10").pluck().all() as number[];
  const at = '2026-01-01T00:00:00.000Z';
  app.ctx.db.transaction(() => {
    for (const parentId of communes) {
      for (let i = 1; i <= VILLAGES_PER_COMMUNE; i++) {
        repo.insert(
          {
            code: null,
            name: `Thôn ${i}`,
            kind: 'village',
            adminType: 'Thôn',
            parentId,
            ethnicMinorityArea: i % 3 === 0,
            headName: '',
            phone: '',
            email: '',
            address: '',
            notes: '',
          },
          at,
        );
      }
    }
  })();
});
afterAll(() => app.close());

const page = async (input: Record<string, unknown>) => dataOf<UnitPage>(await app.callRaw('units.list', input));
const refused = async (input: Record<string, unknown>) => {
  const envelope = (await app.callRaw('units.list', input)) as Envelope<unknown>;
  if (envelope.ok) throw new Error('expected a refusal');
  return envelope.error;
};

describe('units.list: one page, counted and ordered in SQL', () => {
  it('pages through every active unit once, in level then name order, with the total of them all', async () => {
    const all = app.count('units', 'archived = 0');
    expect(all).toBeGreaterThan(1100);
    const seen: number[] = [];
    for (let n = 1; ; n++) {
      const { rows, total, rankedLimit } = await page({ page: n, pageSize: 200 });
      expect(total).toBe(all);
      expect(rankedLimit).toBeNull();
      if (rows.length === 0) break;
      expect(rows.length).toBeLessThanOrEqual(200);
      seen.push(...rows.map((unit) => unit.id));
    }
    expect(seen).toHaveLength(all);
    expect(new Set(seen).size).toBe(all);
    const first = await page({});
    expect(first.rows).toHaveLength(50);
    expect(first.rows[0]).toMatchObject({ name: 'Tỉnh Kon Tum', kind: 'province', childCount: 10 + 14 });
    expect(first.rows.slice(1, 11).every((unit) => unit.kind === 'district')).toBe(true);
  });

  it('filters by kind, several kinds, district, parent, ids, flag and archive state, each counted', async () => {
    const dakHa = app.idOfCode('615');
    const commune = app.ctx.db.prepare("SELECT id FROM units WHERE kind = 'commune' ORDER BY id LIMIT 1").pluck().get() as number;
    expect((await page({ kind: 'village' })).total).toBe(10 * VILLAGES_PER_COMMUNE);
    expect((await page({ kinds: ['province', 'district'] })).total).toBe(11);
    const inDistrict = await page({ districtId: dakHa, pageSize: 200 });
    const expected = app.count(
      'units',
      'archived = 0 AND (id = ? OR parent_id = ? OR parent_id IN (SELECT id FROM units WHERE parent_id = ?))',
      dakHa,
      dakHa,
      dakHa,
    );
    expect(inDistrict.total).toBe(expected);
    expect(inDistrict.rows.every((unit) => unit.districtId === dakHa)).toBe(true);
    const children = await page({ parentId: commune, kind: 'village', pageSize: 200, sort: 'name' });
    expect(children.total).toBe(VILLAGES_PER_COMMUNE);
    expect(children.rows.every((unit) => unit.parentId === commune)).toBe(true);
    expect((await page({ ids: [dakHa, commune, 999999] })).rows.map((unit) => unit.id).sort()).toEqual([dakHa, commune].sort());
    expect((await page({ ethnicMinorityArea: true })).total).toBe(app.count('units', 'ethnic_minority_area = 1 AND archived = 0'));
    app.ctx.db.prepare('UPDATE units SET archived = 1 WHERE id = ?').run(children.rows[0].id);
    expect((await page({ archived: 'archived' })).rows.map((unit) => unit.id)).toEqual([children.rows[0].id]);
    expect((await page({ archived: 'all' })).total).toBe(app.count('units'));
    app.ctx.db.prepare('UPDATE units SET archived = 0 WHERE id = ?').run(children.rows[0].id);
  });

  it('orders by name, code and parent both ways, ties by name', async () => {
    const byName = await page({ kind: 'district', sort: 'name', pageSize: 200 });
    const names = byName.rows.map((unit) => unit.name);
    expect(names[0]).toBe('Huyện Đắk Glei');
    const desc = await page({ kind: 'district', sort: 'name', direction: 'desc', pageSize: 200 });
    expect(desc.rows.map((unit) => unit.name)).toEqual([...names].reverse());
    const byCode = (await page({ kind: 'district', sort: 'code', pageSize: 200 })).rows.map((unit) => unit.code);
    expect(byCode).toEqual([...byCode].sort());
    const byParent = (await page({ kind: 'village', sort: 'parent', pageSize: 200 })).rows;
    expect(byParent.map((unit) => unit.districtName)).toEqual([...byParent.map((unit) => unit.districtName)].sort());
  });

  it('with a query ranks like the search box, pages the best matches and still counts them all', async () => {
    const ranked = await page({ query: 'dak ha' });
    expect(ranked.rows.slice(0, 2).map((unit) => unit.name)).toEqual(['Huyện Đắk Hà', 'Thị trấn Đắk Hà']);
    expect(ranked.total).toBe(ranked.rows.length);
    expect(ranked.rankedLimit).toBeNull();
    const many = await page({ query: 'thon', pageSize: 200, page: 2 });
    // Every word starting "thon": the villages, and "Thống Nhất" typed without its marks.
    const starting = app.count('units', "archived = 0 AND (' ' || name_folded) LIKE '% thon%'");
    expect(starting).toBeGreaterThan(10 * VILLAGES_PER_COMMUNE);
    expect(many.total).toBe(starting);
    expect(many.rankedLimit).toBe(RANKED_LIMIT);
    expect(many.rows).toHaveLength(200);
    const past = await page({ query: 'thon', pageSize: 200, page: RANKED_LIMIT / 200 + 1 });
    expect(past.rows).toEqual([]);
    const sorted = (await page({ query: 'dak', sort: 'name', pageSize: 200 })).rows.map((unit) => unit.name);
    expect(sorted[0]).toBe('Huyện Đắk Glei');
  });

  it('refuses a page larger than 200 rows or a page 0, in Vietnamese', async () => {
    expect(await refused({ pageSize: 201 })).toMatchObject({ code: 'VALIDATION', fields: [{ message: 'Mỗi trang có tối đa 200 dòng' }] });
    expect(await refused({ page: 0 })).toMatchObject({ code: 'VALIDATION', fields: [{ message: 'Số trang bắt đầu từ 1' }] });
    expect(await refused({ sort: 'size' })).toMatchObject({ code: 'VALIDATION', fields: [{ message: 'Cách sắp xếp không hợp lệ' }] });
  });

  it('answers a page in well under the 1 MB budget, whatever the table holds', async () => {
    const answer = JSON.stringify(await page({ pageSize: 200 }));
    expect(answer.length).toBeLessThan(120_000);
  });

  it('reads the first page of the default order through its index, without sorting the table', () => {
    const plan = app.ctx.db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT u.id FROM units u WHERE u.archived = 0 ORDER BY CASE u.kind WHEN 'province' THEN 0 WHEN 'district' THEN 1
         WHEN 'commune' THEN 2 WHEN 'village' THEN 3 ELSE 4 END ASC, u.name_folded ASC, u.id ASC LIMIT 50`,
      )
      .all() as { detail: string }[];
    const details = plan.map((row) => row.detail).join(' | ');
    expect(details).toContain('units_list_order');
    expect(details).not.toContain('TEMP B-TREE');
  });
});
