import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { importMessages } from '../../electron/main/services/criteria/messages';
import type { CriteriaGrid, CriteriaImportPreview } from '../../shared/domain/criteria';
import { parseMark } from '../../shared/domain/criteria-marks';
import { linkedIds } from '../support/audit-links';
import { ruralCommunes } from '../support/movements-fixture';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';

let app: TestApp;
let districtId: number;
let communes: { id: number; code: string; name: string }[];

beforeEach(() => {
  app = openTestApp();
  // The district with the most rural communes, so the sheet has many rows.
  const all = ruralCommunes(app);
  const perDistrict = new Map<number, number>();
  for (const c of all) perDistrict.set(c.districtId, (perDistrict.get(c.districtId) ?? 0) + 1);
  districtId = [...perDistrict].sort((a, b) => b[1] - a[1])[0][0];
  communes = all.filter((c) => c.districtId === districtId);
});
afterEach(() => app.close());

async function template(year: number): Promise<ExcelJS.Workbook> {
  const file = dataOf<{ fileName: string; base64: string }>(await app.call('criteria.template', { districtId, year }));
  expect(file.fileName).toMatch(/^tieu-chi-ntm-\d{4}-[a-z0-9-]+\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  return workbook;
}

async function toBase64(workbook: ExcelJS.Workbook): Promise<string> {
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

const HEADER = 4;

describe('criteria XLSX template and import', () => {
  it("the template lists the district's rural communes with named criteria columns, a drop-down of accepted values and the current marks", async () => {
    dataOf(await app.call('criteria.setUnitYear', { unitId: communes[0].id, year: 2024, criteriaMet: [1, 2, 19], version: null }));
    const sheet = (await template(2024)).worksheets[0];
    const header = (sheet.getRow(HEADER).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['STT', 'Mã đơn vị', 'Tên đơn vị']);
    const { set } = dataOf<CriteriaGrid>(await app.call('criteria.forDistrictYear', { districtId, year: 2024 }));
    const names = set.criteria.filter((c) => !c.archived).map((c) => `TC${c.number}. ${c.name}`);
    expect(header.slice(3, 22)).toEqual(names);
    expect(header[5]).toBe('TC3. Thủy lợi và phòng, chống thiên tai');
    const validation = sheet.getRow(HEADER + 1).getCell(4).dataValidation;
    expect(validation).toMatchObject({ type: 'list', allowBlank: true, showErrorMessage: true });
    const choices = (validation.formulae?.[0] as string).replace(/"/g, '').split(',');
    expect(choices.every((choice) => parseMark(choice) !== null)).toBe(true);
    expect(choices).toEqual(expect.arrayContaining(['x', 'đạt', '0', 'không']));
    const codes = communes.map((_, i) => String(sheet.getRow(HEADER + 1 + i).getCell(2).value));
    expect([...codes].sort()).toEqual(communes.map((c) => c.code).sort());
    const first = sheet.getRow(HEADER + 1 + codes.indexOf(communes[0].code));
    expect([first.getCell(4).value, first.getCell(5).value, first.getCell(6).value, first.getCell(22).value]).toEqual([
      'x',
      'x',
      null,
      'x',
    ]);
  });

  it('imports a filled template: preview without errors, commit writes every commune in one go', async () => {
    const workbook = await template(2024);
    const sheet = workbook.worksheets[0];
    const expected = new Map<string, number>();
    communes.forEach((_, i) => {
      const row = sheet.getRow(HEADER + 1 + i);
      const met = 10 + (i % 10);
      for (let n = 1; n <= 19; n += 1) row.getCell(3 + n).value = n <= met ? (n % 2 ? 'x' : 'X') : null;
      expected.set(String(row.getCell(2).value), met);
    });
    const base64 = await toBase64(workbook);
    const preview = dataOf<CriteriaImportPreview>(await app.call('criteria.importPreview', { districtId, year: 2024, base64 }));
    expect(preview.errorCount).toBe(0);
    expect(preview.rows).toHaveLength(communes.length);
    expect(app.count('unit_year_criteria', 'year = 2024')).toBe(0);

    dataOf(await app.call('criteria.importCommit', { districtId, year: 2024, base64 }));
    const grid = dataOf<CriteriaGrid>(await app.call('criteria.forDistrictYear', { districtId, year: 2024 }));
    for (const row of grid.rows) expect(row.count).toBe(expected.get(row.code as string));
    // One audit entry for the import, naming every commune (each commune's history shows its part).
    expect(app.count('audit_log', "entity = 'unit-criteria'")).toBe(1);
    const entry = app.ctx.db.prepare("SELECT id FROM audit_log WHERE entity = 'unit-criteria'").pluck().get() as number;
    expect(new Set(linkedIds(app.ctx.db, entry))).toEqual(new Set(grid.rows.map((row) => row.unitId)));
    expect(grid.rows).toHaveLength(communes.length);
    const firstHistory = dataOf<{ entity: string; action: string }[]>(
      await app.call('audit.forUnit', { unitId: grid.rows[0].unitId, limit: 50 }),
    );
    expect(firstHistory.filter((entry) => entry.entity === 'unit-criteria' && entry.action === 'create')).toHaveLength(1);
  });

  it('accepts every value the grid accepts on paste (x, 1, đạt, có, ✓ / 0, không, -, blank), numbers included', async () => {
    const workbook = await template(2024);
    const sheet = workbook.worksheets[0];
    const met: ExcelJS.CellValue[] = ['x', 'X', 1, '1', 'đạt', 'Đạt', 'có', '✓', '✔'];
    const notMet: ExcelJS.CellValue[] = [0, '0', 'không', '-', null, ' '];
    const row = sheet.getRow(HEADER + 1);
    [...met, ...notMet].forEach((value, i) => {
      row.getCell(4 + i).value = value;
    });
    for (const [value, expected] of [...met.map((v) => [v, true] as const), ...notMet.map((v) => [v, false] as const)]) {
      expect(parseMark(value === null ? '' : String(value))).toBe(expected);
    }
    const base64 = await toBase64(workbook);
    const preview = dataOf<CriteriaImportPreview>(await app.call('criteria.importPreview', { districtId, year: 2024, base64 }));
    expect(preview.errorCount).toBe(0);
    const first = preview.rows.find((r) => r.rowNumber === HEADER + 1);
    expect(first?.criteriaMet).toEqual(Array.from({ length: met.length }, (_, i) => i + 1));
  });

  it("refuses a file with bad rows, names each row's problem in Vietnamese and writes nothing", async () => {
    const workbook = await template(2024);
    const sheet = workbook.worksheets[0];
    const last = HEADER + communes.length;
    const nameOf = (r: number) => String(sheet.getRow(r).getCell(3).value);
    for (let r = HEADER + 1; r <= last; r += 1) sheet.getRow(r).getCell(4).value = 'x';
    sheet.getRow(HEADER + 1).getCell(7).value = 'y';
    sheet.getRow(HEADER + 2).getCell(2).value = '99999';
    // A commune given by name alone (without "Xã") is found; the same commune twice is a duplicate.
    const byName = nameOf(HEADER + 3);
    sheet.getRow(HEADER + 3).getCell(2).value = null;
    sheet.getRow(HEADER + 3).getCell(3).value = byName.replace(/^Xã /, '');
    sheet.getRow(last + 1).values = [communes.length + 1, sheet.getRow(HEADER + 4).getCell(2).value, nameOf(HEADER + 4), 'x'];
    const base64 = await toBase64(workbook);

    const preview = dataOf<CriteriaImportPreview>(await app.call('criteria.importPreview', { districtId, year: 2024, base64 }));
    const errorsAt = (r: number) => preview.rows.find((row) => row.rowNumber === r)?.errors;
    expect(errorsAt(HEADER + 1)).toEqual([
      "Dòng 5, tiêu chí TC4 (Điện): giá trị 'y' không hợp lệ. Chỉ ghi x, 1, đạt, có, ✓ (đạt) hoặc để trống, 0, không, - (chưa đạt).",
    ]);
    expect(errorsAt(HEADER + 2)).toEqual([importMessages.unknownUnit('99999', nameOf(HEADER + 2))]);
    expect(errorsAt(HEADER + 3)).toEqual([]);
    expect(preview.rows.find((row) => row.rowNumber === HEADER + 3)?.name).toBe(byName);
    expect(errorsAt(last + 1)).toEqual([importMessages.duplicate(nameOf(HEADER + 4), HEADER + 4)]);
    expect(preview.errorCount).toBe(3);

    const commit = await app.call('criteria.importCommit', { districtId, year: 2024, base64 });
    expect(commit).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: importMessages.refused(3) } });
    expect(app.count('unit_year_criteria', 'year = 2024')).toBe(0);
    expect(app.count('audit_log', "entity = 'unit-criteria'")).toBe(0);
  });

  it("refuses a sheet whose columns are not the set's criteria, and a file that is not Excel", async () => {
    const workbook = await template(2024);
    workbook.worksheets[0].getRow(HEADER).getCell(22).value = 'TC20';
    const wrong = await app.call('criteria.importPreview', { districtId, year: 2024, base64: await toBase64(workbook) });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: importMessages.unknownColumn('TC20') } });
    const notExcel = await app.call('criteria.importPreview', {
      districtId,
      year: 2024,
      base64: Buffer.from('STT;Mã đơn vị').toString('base64'),
    });
    expect(notExcel).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: importMessages.unreadable } });
  });
});
