import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { UnitPage } from '../../shared/contract/units';
import type { Unit, UnitListItem } from '../../shared/domain/units';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.close());

const HEADER = [
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

/** RFC 4180 read back: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  expect(field).toBe('');
  return rows;
}

/** A village with awkward text in every free field, and another name. */
async function awkwardVillage(): Promise<Unit> {
  const commune = dataOf<UnitPage>(await app.call('units.list', { kind: 'commune' })).rows[0];
  const village = dataOf<Unit>(
    await app.call('units.create', {
      name: 'Thôn Kon Rờ Bàng "Mới", số 1',
      kind: 'village',
      adminType: 'Thôn',
      parentId: commune.id,
      ethnicMinorityArea: true,
      phone: '0260 3862 123',
      email: 'thon1@kontum.gov.vn',
      address: 'Đường Hùng Vương, tổ 3',
      notes: 'Dòng một\nDòng hai, có "ngoặc kép"',
    }),
  );
  dataOf(await app.call('units.addAlias', { unitId: village.id, name: 'Làng Kon Rờ Bàng' }));
  return village;
}

describe('unit registry exports', () => {
  it('writes CSV in UTF-8 with BOM, RFC 4180 quoting and CRLF, diacritics intact, following the filters', async () => {
    const village = await awkwardVillage();
    const file = dataOf<{ fileName: string; base64: string }>(await app.call('units.exportCsv', { kind: 'village', query: 'Kon Rờ Bàng' }));
    expect(file.fileName).toMatch(/^Danh bạ đơn vị \d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = Buffer.from(file.base64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    // Every line end outside quotes is CRLF; the note's own line break stays inside its quotes.
    expect(text).toContain('"Dòng một\nDòng hai, có ""ngoặc kép"""');
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(HEADER);
    expect(rows).toHaveLength(2);
    const [row] = rows.slice(1);
    expect(row).toEqual([
      '',
      'Thôn Kon Rờ Bàng "Mới", số 1',
      'Thôn',
      dataOf<UnitListItem>(await app.call('units.get', { id: village.id })).parentName,
      'Có',
      'Làng Kon Rờ Bàng',
      '0260 3862 123',
      'thon1@kontum.gov.vn',
      'Đường Hùng Vương, tổ 3',
      'Dòng một\nDòng hai, có "ngoặc kép"',
      'Đang hoạt động',
    ]);
    expect(row[1].normalize('NFC')).toBe(row[1]);
  });

  it('exports every unit the list shows, with the same filters, to CSV and to a typed workbook', async () => {
    await awkwardVillage();
    const districtId = app.idOfCode('618');
    const listed = dataOf<UnitPage>(await app.call('units.list', { districtId, pageSize: 200 })).rows;
    const csv = dataOf<{ base64: string }>(await app.call('units.exportCsv', { districtId }));
    const rows = parseCsv(Buffer.from(csv.base64, 'base64').subarray(3).toString('utf8'));
    expect(rows.slice(1).map((r) => r[1])).toEqual(listed.map((u) => u.name));
    expect(rows.slice(1).map((r) => r[0])).toEqual(listed.map((u) => u.code ?? ''));

    const xlsx = dataOf<{ fileName: string; base64: string }>(await app.call('units.exportXlsx', { districtId }));
    expect(xlsx.fileName).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell(1, 1).value).toBe('DANH BẠ ĐƠN VỊ');
    const headerRow = 4;
    expect((sheet.getRow(headerRow).values as unknown[]).slice(1)).toEqual(HEADER);
    const names = listed.map((_, i) => sheet.getCell(headerRow + 1 + i, 2).value);
    expect(names).toEqual(listed.map((u) => u.name));
    // Codes stay text, so a leading zero or a dotted code is not turned into a number.
    const firstCode = sheet.getCell(headerRow + 1, 1).value;
    expect(typeof firstCode === 'string' || firstCode === null).toBe(true);
    expect(sheet.getCell(headerRow + 1 + listed.length, 2).value).toBeNull();
  });

  it('refuses a filter outside the list schema', async () => {
    const answer = await app.callRaw('units.exportCsv', { kind: 'planet' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
