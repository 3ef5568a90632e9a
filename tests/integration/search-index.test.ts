import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { UnitPage } from '../../shared/contract/units';
import type { Nominee } from '../../shared/domain/nominations';
import type { Unit, UnitListItem } from '../../shared/domain/units';
import { foldedWords, foldText } from '../../shared/text/fold';
import { nameKeys } from '../../shared/text/unit-names';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(() => {
  app = openTestApp();
});
afterAll(() => app.close());

const termsOf = (unitId: number) =>
  (app.ctx.db.prepare('SELECT term FROM unit_search_terms WHERE unit_id = ? ORDER BY term').all(unitId) as { term: string }[]).map(
    (r) => r.term,
  );

/** Rows written straight into the table, as a bulk path or another tool would: the triggers index them too. */
function insertVillages(parentId: number, names: string[]): void {
  const insert = app.ctx.db
    .prepare(`INSERT INTO units (name, name_folded, name_key, name_key_rev, kind, admin_type, parent_id, created_at, updated_at)
    VALUES (?, ?, ?, ?, 'village', 'Thôn', ?, '2025-01-01', '2025-01-01')`);
  app.ctx.db.transaction(() => {
    for (const name of names) {
      const keys = nameKeys(name);
      insert.run(name, foldText(name), keys.key, keys.keyRev, parentId);
    }
  })();
}

const search = async (query: string, limit = 200, offset = 0) =>
  dataOf<UnitListItem[]>(await app.call('units.search', { query, limit, offset })).map((u) => u.name);

describe('the search index of units', () => {
  it('holds every unit of the seeded province, its words joined from each word on', () => {
    const id = app.idOfCode('618'); // Huyện Ia H' Drai
    expect(termsOf(id)).toEqual(['drai', 'hdrai', 'huyeniahdrai', 'iahdrai']);
    const missing = app.ctx.db
      .prepare('SELECT COUNT(*) AS n FROM units u WHERE NOT EXISTS (SELECT 1 FROM unit_search_terms t WHERE t.unit_id = u.id)')
      .get() as { n: number };
    expect(missing.n).toBe(0);
  });

  it('follows a rename through units.update and a row removed outside the app', async () => {
    const commune = app.idOfCode('23509');
    const created = dataOf<Unit>(
      await app.call('units.create', { name: 'Thôn Kon Klor', kind: 'village', adminType: 'Thôn', parentId: commune }),
    );
    expect(termsOf(created.id)).toEqual(['klor', 'konklor', 'thonkonklor']);
    const { id, version, createdAt: _c, updatedAt: _u, archived: _a, ...fields } = created;
    await app.call('units.update', { ...fields, id, version, name: 'Làng Plei Rơ' });
    expect(termsOf(id)).toEqual(['langpleiro', 'pleiro', 'ro']);
    expect(await search('konklor')).not.toContain('Thôn Kon Klor');
    expect(await search('pleiro')).toContain('Làng Plei Rơ');
    app.ctx.db.prepare('DELETE FROM units WHERE id = ?').run(id);
    expect(termsOf(id)).toEqual([]);
  });

  it('answers the same whether it reads the index or walks the list order (a word in thousands of names)', async () => {
    const commune = app.idOfCode('23509');
    // 6.000 villages named "Thôn Zơ Rai n": "zo" is then common enough to be walked in list order.
    insertVillages(
      commune,
      Array.from({ length: 6000 }, (_, i) => `Thôn Zơ Rai ${i + 1}`),
    );
    insertVillages(commune, ['Thôn Zơ Đăk', 'Thôn Zơ Đắk', 'Làng Ba Zơ']);
    const common = await search('zơ', 200);
    expect(common).toHaveLength(200);
    for (const name of common)
      expect(
        foldedWords(name).some((w) => w.startsWith('zo')),
        name,
      ).toBe(true);
    // Exact diacritics first within the page's ranked window; the word's own spelling wins.
    const dak = await search('zơ đắk', 20);
    expect(dak.slice(0, 2)).toEqual(['Thôn Zơ Đắk', 'Thôn Zơ Đăk']);
    // Several words: the rarest word's range, every other word checked; the spaceless form too.
    expect(await search('rai 5999')).toEqual(['Thôn Zơ Rai 5999']);
    expect(await search('zorai5999')).toEqual(['Thôn Zơ Rai 5999']);
    expect(await search('ba zo')).toEqual(['Làng Ba Zơ']);
    // Pages of one size never overlap and read on in order.
    const first = await search('zơ', 50, 0);
    const second = await search('zơ', 50, 50);
    expect(first).toHaveLength(50);
    expect(second).toHaveLength(50);
    expect(first.filter((name) => second.includes(name))).toEqual([]);
    expect([...first, ...second]).toEqual((await search('zơ', 100)).slice(0, 100));
  });

  it('keeps units.list with a query equal to the search box for a province-size list', async () => {
    const listed = dataOf<UnitPage>(await app.call('units.list', { query: 'dak ha' })).rows.map((u) => u.name);
    expect(listed.slice(0, 2)).toEqual(['Huyện Đắk Hà', 'Thị trấn Đắk Hà']);
  });
});

describe('the search index of nominees', () => {
  const nominees = async (query: string, limit = 50, offset = 0) =>
    dataOf<Nominee[]>(await app.call('nominees.search', { query, limit, offset })).map((n) => n.name);

  beforeAll(() => {
    const insert = app.ctx.db.prepare(
      "INSERT INTO nominees (kind, name, folded_name, created_at, updated_at) VALUES ('individual', ?, ?, '2025-01-01', '2025-01-01')",
    );
    const names = [
      ...Array.from({ length: 5200 }, (_, i) => `Nguyễn Văn Hùng ${i + 1}`),
      'Lê Nguyên Bình',
      'Trần Thị Nguyệt',
      'Phạm Đức Hùng',
    ];
    app.ctx.db.transaction(() => names.forEach((name) => insert.run(name, foldText(name))))();
  });

  it('puts names that begin with the words first, then the others in name order, each a word-prefix match', async () => {
    const found = await nominees('nguyen', 200);
    expect(found).toHaveLength(200);
    expect(found.every((name) => name.startsWith('Nguyễn'))).toBe(true);
    const rare = await nominees('nguy');
    expect(rare.slice(0, 50).every((name) => foldedWords(name).some((w) => w.startsWith('nguy')))).toBe(true);
    expect(await nominees('hung pham')).toEqual(['Phạm Đức Hùng']);
    expect(await nominees('nguyen binh')).toEqual(['Lê Nguyên Bình']);
    expect(await nominees('uc')).toEqual([]);
  });

  it('pages through every match once, the names beginning with the words first', async () => {
    const all: string[] = [];
    for (let offset = 0; offset < 5300; offset += 200) all.push(...(await nominees('hung', 200, offset)));
    expect(all).toHaveLength(5201);
    expect(new Set(all).size).toBe(5201);
    expect(all[5200]).toBe('Phạm Đức Hùng');
  });

  it('follows a rename and a removal', () => {
    const id = (app.ctx.db.prepare("SELECT id FROM nominees WHERE name = 'Trần Thị Nguyệt'").get() as { id: number }).id;
    const terms = () =>
      (app.ctx.db.prepare('SELECT term FROM nominee_search_terms WHERE nominee_id = ? ORDER BY term').all(id) as { term: string }[]).map(
        (r) => r.term,
      );
    expect(terms()).toEqual(['nguyet', 'thi', 'tran']);
    app.ctx.db.prepare("UPDATE nominees SET name = 'Trần Thị Nguyệt Ánh', folded_name = 'tran thi nguyet anh' WHERE id = ?").run(id);
    expect(terms()).toEqual(['anh', 'nguyet', 'thi', 'tran']);
    app.ctx.db.prepare('DELETE FROM nominees WHERE id = ?').run(id);
    expect(terms()).toEqual([]);
  });
});
