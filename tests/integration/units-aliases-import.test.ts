import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { AliasImportPreview, UnitAlias, UnitMatch } from '../../shared/domain/units';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.close());

const aliasesOf = async (unitId: number) => dataOf<UnitAlias[]>(await app.call('units.aliases', { unitId })).map((a) => a.name);

/** A registry file as another office edits the export: the CSV with the "Tên gọi khác" column filled in. */
function csv(rows: string[][]): string {
  const header = [
    'Mã',
    'Tên đơn vị',
    'Loại',
    'Cấp trên',
    'Vùng DTTS',
    'Tên gọi khác',
    'Điện thoại',
    'Email',
    'Địa chỉ',
    'Ghi chú',
    'Trạng thái',
  ];
  const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  const lines = [header, ...rows.map((r) => [...r, ...Array(header.length - r.length).fill('')])].map((r) => r.map(field).join(','));
  return Buffer.from('\uFEFF' + lines.join('\r\n') + '\r\n', 'utf8').toString('base64');
}

async function preview(base64: string, resolutions?: Record<string, number>) {
  return dataOf<AliasImportPreview>(await app.call('units.aliasImportPreview', { fileName: 'danh-ba.csv', base64, resolutions }));
}

describe('aliases imported with the registry file', () => {
  it('reads back the registry export: its own aliases are unchanged, new ones are added, all audited', async () => {
    const dakUi = app.idOfCode('23509'); // Xã Đắk Ui, huyện Đắk Hà
    await app.call('units.addAlias', { unitId: dakUi, name: 'Đăk Ui' });
    const exported = dataOf<{ base64: string }>(await app.call('units.exportXlsx', { kind: 'commune' }));

    // The exported workbook is read as is: the alias already there changes nothing.
    const same = await preview(exported.base64);
    expect(same.rows).toHaveLength(1);
    expect(same.rows[0]).toMatchObject({ code: '23509', unitId: dakUi, add: [], unchanged: ['Đăk Ui'], errors: [] });
    expect(same.skipped).toBe(101);
    expect(same).toMatchObject({ units: 0, aliases: 0 });
    const nothing = await app.call('units.aliasImportCommit', { fileName: 'danh-ba.xlsx', base64: exported.base64 });
    expect(nothing).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    // The same workbook with names typed into the column, as a colleague sends it back.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(exported.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    let edited = 0;
    sheet.eachRow((row) => {
      if (row.getCell(1).text === '23509') row.getCell(6).value = 'Đăk Ui; UBND Đắk Uy';
      if (row.getCell(1).text === '23317') {
        row.getCell(6).value = 'Ngọc Bay';
        edited++;
      }
    });
    expect(edited).toBe(1);
    const base64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const found = await preview(base64);
    expect(found.rows.map((r) => [r.code, r.unitName, r.add, r.unchanged])).toEqual([
      ['23509', 'Xã Đắk Ui', ['Đắk Uy'], ['Đăk Ui']],
      ['23317', 'Xã Ngọk Bay', ['Ngọc Bay'], []],
    ]);
    expect(found).toMatchObject({ units: 2, aliases: 2 });

    const auditBefore = app.count('audit_log');
    const done = await app.call('units.aliasImportCommit', { fileName: 'danh-ba.xlsx', base64 });
    expect(dataOf(done)).toEqual({ units: 2, aliases: 2 });
    expect(await aliasesOf(dakUi)).toEqual(['Đăk Ui', 'Đắk Uy']);
    expect(await aliasesOf(app.idOfCode('23317'))).toEqual(['Ngọc Bay']);
    // One entry per alias under its unit (the unit's history shows it), one for the batch naming the units.
    expect(app.count('audit_log') - auditBefore).toBe(3);
    expect(app.count('audit_log', "entity = 'unit-alias' AND entity_id = ? AND after_json LIKE '%import%'", dakUi)).toBe(1);
    const batch = app.ctx.db.prepare("SELECT after_json FROM audit_log WHERE entity = 'unit-registry'").get() as { after_json: string };
    expect(JSON.parse(batch.after_json)).toMatchObject({
      aliasImport: 'danh-ba.xlsx',
      aliases: 2,
      units: expect.arrayContaining([
        { id: dakUi, name: 'Xã Đắk Ui', aliases: ['Đắk Uy'] },
        { id: app.idOfCode('23317'), name: 'Xã Ngọk Bay', aliases: ['Ngọc Bay'] },
      ]),
    });
    // The names are found by the matcher from now on.
    const match = dataOf<UnitMatch[]>(await app.call('units.match', { name: 'UBND xã Ngọc Bay' }));
    expect(match[0]).toMatchObject({ unitId: app.idOfCode('23317'), quality: 'alias' });
  });

  it('lists unknown and ambiguous units, writes nothing until each is resolved, then takes the pick', async () => {
    const base64 = csv([
      ['', 'Xã Đắk Hà', 'Xã', 'Huyện Tu Mơ Rông', '', 'Đắc Hà'],
      ['', 'Xã Không Có', 'Xã', 'Huyện Đắk Hà', '', 'Tên nào đó'],
      ['', 'Xã Đăk Ngọc', 'Xã', '', '', 'Đăk Ngọc cũ'],
    ]);
    const found = await preview(base64);
    expect(found.rows.map((r) => [r.rowNumber, r.unitName, r.errors.length])).toEqual([
      [2, 'Xã Đắk Hà', 0],
      [3, null, 1],
      [4, null, 1],
    ]);
    expect(found.rows[1].errors[0]).toBe('Không tìm thấy đơn vị "Xã Không Có" trong danh bạ.');
    // "Đăk Ngọc" is one mark and one letter away from the catalogue's Đăk Ngọk: asked, never taken.
    const candidates = found.rows[2].candidates ?? [];
    expect(candidates[0]).toMatchObject({ name: 'Xã Đăk Ngọk', quality: 'approximate' });

    const auditBefore = app.count('audit_log');
    const refused = await app.call('units.aliasImportCommit', { fileName: 'danh-ba.csv', base64 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('2 dòng') } });
    expect(app.count('audit_log')).toBe(auditBefore);
    expect(app.count('unit_aliases')).toBe(0);

    // The unknown row is removed from the file, the ambiguous one picked.
    const fixed = csv([
      ['', 'Xã Đắk Hà', 'Xã', 'Huyện Tu Mơ Rông', '', 'Đắc Hà'],
      ['', 'Xã Đăk Ngọc', 'Xã', '', '', 'Đăk Ngọc cũ'],
    ]);
    const resolutions = { '3': candidates[0].unitId };
    const picked = await preview(fixed, resolutions);
    expect(picked.rows[1]).toMatchObject({ unitName: 'Xã Đăk Ngọk', resolved: true, add: ['Đăk Ngọc cũ'], errors: [] });
    expect(dataOf(await app.call('units.aliasImportCommit', { fileName: 'danh-ba.csv', base64: fixed, resolutions }))).toEqual({
      units: 2,
      aliases: 2,
    });
    expect(await aliasesOf(candidates[0].unitId)).toEqual(['Đăk Ngọc cũ']);
  });

  it('refuses a file that is not a registry file, changing nothing', async () => {
    const other = Buffer.from('STT,Họ và tên\r\n1,Nguyễn Văn A\r\n').toString('base64');
    const result = await app.call('units.aliasImportPreview', { fileName: 'khac.csv', base64: other });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('Tên gọi khác') } });
    const broken = Buffer.from('PK\u0003\u0004 not really a zip').toString('base64');
    expect(await app.call('units.aliasImportCommit', { fileName: 'x.xlsx', base64: broken })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(app.count('unit_aliases')).toBe(0);
  });
});
