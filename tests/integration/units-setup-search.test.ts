import fs from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { UnitPage } from '../../shared/contract/units';
import type { ProvinceOption } from '../../shared/domain/settings';
import { documentSettingsFor } from '../../shared/domain/settings';
import type { UnitListItem } from '../../shared/domain/units';
import { foldedWords, foldText } from '../../shared/text/fold';
import { resourcesDir } from '../support/temp-dir';
import { dataOf, openTestApp, OPERATOR, type TestApp } from '../support/test-app';

/** Kon Tum's units as published, read independently of the app from the province's own CSV. */
function konTumCsv(): string[] {
  const text = fs.readFileSync(path.join(resourcesDir, 'seed', 'kontum-units-2025-03.csv'), 'utf8');
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => line.normalize('NFC').trim());
}

describe('setup.initialize for Kon Tum', () => {
  let app: TestApp;
  beforeAll(() => {
    app = openTestApp({ initialize: false });
  });
  afterAll(() => app.close());

  it('reports a new database as not set up and offers the 63 provinces', async () => {
    expect(dataOf(await app.call('setup.status', {}))).toEqual({ initialized: false });
    const provinces = dataOf<ProvinceOption[]>(await app.call('setup.provinces', {}));
    expect(provinces).toHaveLength(63);
    expect(provinces.find((p) => p.code === '62')).toEqual({ code: '62', name: 'Tỉnh Kon Tum', districtCount: 10, communeCount: 102 });
  });

  it('refuses a province code that is not in the catalogue, writing nothing', async () => {
    const result = await app.call('setup.initialize', {
      provinceCode: '99',
      operatorName: OPERATOR,
      documentSettings: documentSettingsFor('Tỉnh Kon Tum'),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'provinceCode' }] } });
    expect(app.count('units') + app.count('app_settings') + app.count('audit_log')).toBe(0);
  });

  it('seeds exactly 113 units with their official codes and stores the settings', async () => {
    const result = await app.call('setup.initialize', {
      provinceCode: '62',
      operatorName: OPERATOR,
      documentSettings: documentSettingsFor('Tỉnh Kon Tum'),
    });
    expect(dataOf(result)).toEqual({ provinceName: 'Tỉnh Kon Tum', unitsSeeded: 113 });
    // The catalogue's 113, plus the departments answering for the new-rural criteria (QĐ 318 defaults).
    expect(app.count('units', 'code IS NOT NULL')).toBe(113);
    const byKind = app.ctx.db.prepare('SELECT kind, COUNT(*) AS n FROM units GROUP BY kind ORDER BY kind').all();
    expect(byKind).toEqual([
      { kind: 'agency', n: 14 },
      { kind: 'commune', n: 102 },
      { kind: 'district', n: 10 },
      { kind: 'province', n: 1 },
    ]);
    const byType = app.ctx.db.prepare("SELECT admin_type AS t, COUNT(*) AS n FROM units WHERE kind = 'commune' GROUP BY admin_type").all();
    expect(byType).toEqual(
      expect.arrayContaining([
        { t: 'Xã', n: 85 },
        { t: 'Phường', n: 10 },
        { t: 'Thị trấn', n: 7 },
      ]),
    );
    expect(byType).toHaveLength(3);

    const settings = dataOf<Record<string, unknown>>(await app.call('settings.get', {}));
    expect(settings).toMatchObject({
      provinceCode: '62',
      provinceName: 'Tỉnh Kon Tum',
      operatorName: OPERATOR,
      parentAgency: 'UBND TỈNH KON TUM',
      issuingBody: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
      placeName: 'Kon Tum',
      version: 1,
    });
    expect(dataOf(await app.call('setup.status', {}))).toEqual({ initialized: true });
  });

  it('seeds the units exactly as published: code, name, type and parent code', () => {
    const rows = app.ctx.db
      .prepare(
        "SELECT u.code, u.name, u.admin_type, p.code AS parent FROM units u LEFT JOIN units p ON p.id = u.parent_id WHERE u.kind <> 'agency'",
      )
      .all() as { code: string; name: string; admin_type: string; parent: string | null }[];
    const seeded = rows.map((r) => [r.code, r.name, r.admin_type, r.parent ?? ''].join(','));
    expect(seeded.sort()).toEqual(konTumCsv().sort());
    const districtHa = app.ctx.db.prepare("SELECT code, kind, admin_type FROM units WHERE name = 'Huyện Đắk Hà'").get();
    expect(districtHa).toEqual({ code: '615', kind: 'district', admin_type: 'Huyện' });
  });

  it('stores every name NFC with its folded companion', () => {
    const rows = app.ctx.db.prepare('SELECT name, name_folded FROM units').all() as { name: string; name_folded: string }[];
    for (const row of rows) {
      expect(row.name).toBe(row.name.normalize('NFC'));
      expect(row.name_folded).toBe(foldText(row.name));
    }
  });

  it('records one create in the audit log per seeded unit, by the operator', () => {
    // 113 from the catalogue and 14 departments created for the criteria owners.
    expect(app.count('audit_log', "entity = 'unit' AND action = 'create' AND before_json IS NULL AND operator = ?", OPERATOR)).toBe(127);
  });

  it('records seeded units in the same shape as units.create does, so history reads them alike', async () => {
    const id = app.idOfCode('615');
    const [entry] = app.ctx.services.audit.forEntity('unit', id, 10);
    const created = dataOf<{ id: number }>(
      await app.call('units.create', { name: 'Cơ quan thử', kind: 'agency', adminType: 'Sở', parentId: app.idOfCode('62') }),
    );
    const [createEntry] = app.ctx.services.audit.forEntity('unit', created.id, 10);
    expect(Object.keys(entry.after ?? {}).sort()).toEqual(Object.keys(createEntry.after ?? {}).sort());
    expect(entry.after).toMatchObject({ name: 'Huyện Đắk Hà', code: '615', archived: false, version: 1 });
  });

  it('refuses a second initialisation with CONFLICT and changes nothing', async () => {
    const before = {
      units: app.count('units'),
      audit: app.count('audit_log'),
      settings: app.ctx.db.prepare('SELECT * FROM app_settings').all(),
    };
    const result = await app.call('setup.initialize', {
      provinceCode: '64',
      operatorName: 'Người khác',
      documentSettings: documentSettingsFor('Tỉnh Gia Lai'),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect({
      units: app.count('units'),
      audit: app.count('audit_log'),
      settings: app.ctx.db.prepare('SELECT * FROM app_settings').all(),
    }).toEqual(before);
  });
});

describe('units.search on Kon Tum', () => {
  let app: TestApp;
  beforeAll(() => {
    app = openTestApp();
  });
  afterAll(() => app.close());

  async function search(query: string, limit = 200, includeArchived = false): Promise<string[]> {
    return dataOf<UnitListItem[]>(await app.call('units.search', { query, limit, includeArchived })).map((u) => u.name);
  }

  it('"dak ha" gives Huyện Đắk Hà then Thị trấn Đắk Hà first', async () => {
    const names = await search('dak ha');
    expect(names.slice(0, 2)).toEqual(['Huyện Đắk Hà', 'Thị trấn Đắk Hà']);
    expect(names).toContain('Xã Đắk Hà');
  });

  it('ignores case, diacritics and the form of the query', async () => {
    const expected = await search('dak ha');
    expect(await search('ĐẮK HÀ')).toEqual(expected);
    expect(await search('đắk hà'.normalize('NFD'))).toEqual(expected);
    expect(await search('  Dak,  Ha ')).toEqual(expected);
  });

  it('"đắk" ranks every Đắk name before every Đăk name, and "đăk" the other way round', async () => {
    const names = await search('đắk');
    const dak = names.filter((n) => n.includes('Đắk'));
    const dak2 = names.filter((n) => n.includes('Đăk'));
    expect(dak.length).toBeGreaterThan(40);
    expect(dak2.sort()).toEqual(['Xã Đăk Long', 'Xã Đăk Năng', 'Xã Đăk Ngọk'].sort());
    const lastDak = Math.max(...dak.map((n) => names.indexOf(n)));
    const firstDak2 = Math.min(...dak2.map((n) => names.indexOf(n)));
    expect(lastDak).toBeLessThan(firstDak2);

    const reversed = await search('đăk');
    expect(reversed.slice(0, 3).sort()).toEqual(['Xã Đăk Long', 'Xã Đăk Năng', 'Xã Đăk Ngọk'].sort());
    expect(reversed).toHaveLength(names.length);
  });

  it("finds Huyện Ia H' Drai however the apostrophe and space are typed", async () => {
    for (const query of ['ia hdrai', "h' drai", "Ia H'Drai", 'iahdrai', 'hdrai', 'IA H DRAI']) {
      expect((await search(query))[0], query).toBe("Huyện Ia H' Drai");
    }
  });

  it('matches word prefixes only: "kon" finds Kon Rẫy, "on" does not find Kon', async () => {
    const kon = await search('kon');
    expect(kon).toEqual(expect.arrayContaining(['Tỉnh Kon Tum', 'Thành phố Kon Tum', 'Huyện Kon Rẫy', 'Huyện Kon Plông']));
    for (const name of kon)
      expect(
        foldedWords(name).some((w) => w.startsWith('kon')),
        name,
      ).toBe(true);

    const on = await search('on');
    expect(on).not.toContain('Huyện Kon Rẫy');
    expect(on).not.toContain('Tỉnh Kon Tum');
    expect(on).toContain('Xã Đắk Rơ Ông');
    for (const name of on)
      expect(
        foldedWords(name).some((w) => w.startsWith('on')),
        name,
      ).toBe(true);
  });

  it('joins words typed without spaces only from the start of a word', async () => {
    expect(await search('kontum')).toEqual(expect.arrayContaining(['Tỉnh Kon Tum', 'Thành phố Kon Tum']));
    expect(await search('ontum')).toEqual([]);
  });

  it('finds the "Ngọk" spelling with plain letters', async () => {
    // The catalogue also has "Ngok" without the dot (Xã Ngok Tem...): both spellings are found.
    const names = await search('ngok');
    expect(names).toEqual(expect.arrayContaining(['Xã Ngọk Bay', 'Xã Ngọk Tụ', 'Xã Đăk Ngọk', 'Xã Ngok Tem']));
    for (const name of names) expect(foldedWords(name), name).toContain('ngok');
  });

  it('answers nothing for a query of punctuation only, and honours the limit', async () => {
    expect(await search(" ' - ")).toEqual([]);
    expect(await search('xa', 5)).toHaveLength(5);
  });

  it('leaves archived units out unless asked', async () => {
    const id = app.idOfCode('23317'); // Xã Ngọk Bay
    const unit = dataOf<{ version: number }>(await app.call('units.get', { id }));
    dataOf(await app.call('units.archive', { id, version: unit.version }));
    expect(await search('ngok bay')).toEqual([]);
    expect(await search('ngok bay', 20, true)).toEqual(['Xã Ngọk Bay']);
  });

  it('units.list with a query ranks like the search box', async () => {
    const listed = dataOf<UnitPage>(await app.call('units.list', { query: 'dak ha' })).rows.map((u) => u.name);
    expect(listed.slice(0, 2)).toEqual(['Huyện Đắk Hà', 'Thị trấn Đắk Hà']);
  });
});
