import zlib from 'node:zlib';

import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { csvBytes, neutraliseFormula } from '../../electron/main/services/files/csv';
import { buildWorkbook } from '../../electron/main/services/inspections/xlsx';
import type { UnitPage } from '../../shared/contract/units';
import type { Unit } from '../../shared/domain/units';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
beforeEach(() => {
  app = openTestApp();
});
afterEach(() => app.close());

const HOSTILE = ['=HYPERLINK("http://evil.example","Bấm vào")', '+1+2', '-3+4', '@SUM(1,2)', '\t=1+1', '\r=1+1'];

// XML reads a lone CR back as a line feed, so the workbook's round trip leaves the CR case out.
const IN_XML = HOSTILE.filter((text) => !text.startsWith('\r'));

/** The text of every part of a zip whose name matches (the workbook's sheets), inflated. */
function zipTexts(bytes: Buffer, name: RegExp): string[] {
  const texts: string[] = [];
  let offset = 0;
  while (offset + 30 <= bytes.length && bytes.readUInt32LE(offset) === 0x04034b50) {
    const flags = bytes.readUInt16LE(offset + 6);
    const method = bytes.readUInt16LE(offset + 8);
    let compressed = bytes.readUInt32LE(offset + 18);
    const nameLength = bytes.readUInt16LE(offset + 26);
    const extraLength = bytes.readUInt16LE(offset + 28);
    const partName = bytes.subarray(offset + 30, offset + 30 + nameLength).toString('utf8');
    const start = offset + 30 + nameLength + extraLength;
    if (flags & 0x08) {
      // Sizes follow the data (streamed writers): find the next header to know where the data ends.
      const next = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x07, 0x08]), start);
      compressed = next - start;
      offset = next + 16;
    } else offset = start + compressed;
    const body = bytes.subarray(start, start + compressed);
    if (name.test(partName)) texts.push((method === 8 ? zlib.inflateRawSync(body) : body).toString('utf8'));
  }
  return texts;
}

describe('CSV formula injection', () => {
  it('a text starting with = + - @ tab or CR gets a leading apostrophe; other text and numbers are unchanged', () => {
    for (const text of HOSTILE) expect(neutraliseFormula(text)).toBe(`'${text}`);
    for (const text of ['Thôn 1', '0260 3862 123', 'a=b', ' =1', '']) expect(neutraliseFormula(text)).toBe(text);
    const csv = csvBytes(
      ['Tên', 'Số'],
      [
        [HOSTILE[0], -5],
        ['-3+4', 7],
      ],
    )
      .subarray(3)
      .toString('utf8');
    expect(csv).toBe('Tên,Số\r\n"\'=HYPERLINK(""http://evil.example"",""Bấm vào"")",-5\r\n\'-3+4,7\r\n');
  });

  it('the unit registry CSV neutralises every hostile field a user can type', async () => {
    const commune = dataOf<UnitPage>(await app.call('units.list', { kind: 'commune' })).rows[0];
    const village = dataOf<Unit>(
      await app.call('units.create', {
        name: '=HYPERLINK("http://evil.example","Bấm vào")',
        kind: 'village',
        adminType: 'Thôn',
        parentId: commune.id,
        phone: '+84 260 3862 123',
        address: '@Đường Hùng Vương',
        notes: '-1+1\nDòng hai',
      }),
    );
    const file = dataOf<{ base64: string }>(await app.call('units.exportCsv', { kind: 'village', query: 'HYPERLINK' }));
    const lines = Buffer.from(file.base64, 'base64').subarray(3).toString('utf8');
    expect(lines).toContain('"\'=HYPERLINK(""http://evil.example"",""Bấm vào"")"');
    expect(lines).toContain(",'+84 260 3862 123,,'@Đường Hùng Vương,\"'-1+1\nDòng hai\",");
    expect(village.name).toBe('=HYPERLINK("http://evil.example","Bấm vào")');
  });
});

describe('XLSX text cells are strings, never formulas', () => {
  it('the sheet builder writes hostile text as shared or inline strings with no <f> element', async () => {
    const bytes = await buildWorkbook({
      sheetName: 'Thử',
      title: '=1+1',
      subtitles: ['@SUM(1)'],
      columns: [
        { header: '=Tên', width: 10, kind: 'text' },
        { header: 'Số', width: 10, kind: 'integer' },
      ],
      rows: IN_XML.map((text, index) => [text, index]),
    });
    const sheets = zipTexts(bytes, /^xl\/worksheets\/sheet\d+\.xml$/);
    expect(sheets.length).toBeGreaterThan(0);
    for (const xml of sheets) expect(xml).not.toMatch(/<f[\s>]/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    IN_XML.forEach((text, index) => {
      const cell = sheet.getCell(5 + index, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
    });
    expect(sheet.getCell(1, 1).type).toBe(ExcelJS.ValueType.String);
  });

  it('the unit registry workbook keeps a hostile name as text', async () => {
    const commune = dataOf<UnitPage>(await app.call('units.list', { kind: 'commune' })).rows[0];
    dataOf(await app.call('units.create', { name: '=HYPERLINK("x","y")', kind: 'village', adminType: 'Thôn', parentId: commune.id }));
    const file = dataOf<{ base64: string }>(await app.call('units.exportXlsx', { kind: 'village', query: 'HYPERLINK' }));
    const bytes = Buffer.from(file.base64, 'base64');
    for (const xml of zipTexts(bytes, /^xl\/worksheets\/sheet\d+\.xml$/)) expect(xml).not.toMatch(/<f[\s>]/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const cell = workbook.worksheets[0].getCell(5, 2);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=HYPERLINK("x","y")');
  });
});
