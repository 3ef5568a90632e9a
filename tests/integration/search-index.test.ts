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

  it('puts the name typed as written before hundreds of names holding the words apart, whichever path reads them', async () => {
    const commune = app.idOfCode('23509');
    // 300 names with "ya" and "kơ" apart sort before "Thôn Ya Kơ" in list order: read in list order alone,
    // they filled the ranked window and the name typed came on the sixteenth page.
    insertVillages(
      commune,
      Array.from({ length: 300 }, (_, i) => `Thôn Ya Bơ Kơ ${i + 1}`),
    );
    insertVillages(commune, ['Thôn Ya Kơ', 'Thôn Kơ Ya']);
    // "ya k" is no whole name, so the name matcher does not find it: the index's order is what is tested.
    const found = await search('ya k', 20);
    expect(found[0]).toBe('Thôn Ya Kơ');
    expect(found).toContain('Thôn Kơ Ya');
    for (const name of found)
      expect(
        ['ya', 'ko'].every((w) => foldedWords(name).some((n) => n.startsWith(w))),
        name,
      ).toBe(true);
    // Every match, once, through the pages: the ones typed as written, then the others.
    const all: string[] = [];
    for (let offset = 0; offset < 400; offset += 50) all.push(...(await search('ya k', 50, offset)));
    expect(new Set(all).size).toBe(all.length);
    expect(all.filter((name) => name.startsWith('Thôn Ya Bơ Kơ'))).toHaveLength(300);
    expect(all).toContain('Thôn Kơ Ya');
    // A kind filter that excludes every match answers nothing, from the kind's own index or the words'.
    const list = async (input: Record<string, unknown>) => dataOf<UnitPage>(await app.call('units.list', input));
    expect((await list({ query: 'ya kơ', kind: 'province' })).rows).toEqual([]);
    expect((await list({ query: 'ya kơ', kind: 'district' })).total).toBe(0);
    expect((await list({ query: 'ya k', kind: 'village', pageSize: 10 })).rows[0].name).toBe('Thôn Ya Kơ');
    // A kind walked on its own index and the same kind read from the words' range agree.
    const districts = (await list({ query: 'dak', kind: 'district', pageSize: 100 })).rows.map((u) => u.name);
    const fromSearch = dataOf<UnitListItem[]>(await app.call('units.search', { query: 'dak', limit: 200 }))
      .filter((u) => u.kind === 'district')
      .map((u) => u.name);
    expect(districts.length).toBeGreaterThan(0);
    expect([...districts].sort()).toEqual([...fromSearch].sort());
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

  it('pages through every match once when every word is common, each page in name order', async () => {
    // "van" and "hung" each start thousands of names and no name begins "hung van": the word index is read in order.
    const all: string[] = [];
    for (let offset = 0; offset < 5400; offset += 200) {
      const page = await nominees('hung van', 200, offset);
      expect(page.map(foldText)).toEqual([...page.map(foldText)].sort());
      all.push(...page);
    }
    expect(all).toHaveLength(5200);
    expect(new Set(all).size).toBe(5200);
    expect(all.every((name) => name.startsWith('Nguyễn Văn Hùng'))).toBe(true);
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
