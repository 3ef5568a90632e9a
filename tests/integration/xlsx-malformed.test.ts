import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { importMessages } from '../../electron/main/services/criteria/messages';
import { fileMessages } from '../../electron/main/services/files/messages';
import { nominationMessages } from '../../electron/main/services/nominations/messages';
import type { CriteriaImportPreview } from '../../shared/domain/criteria';
import type { ImportPreview, NominationRound } from '../../shared/domain/nominations';
import { dumpHash } from '../support/db-dump';
import { ruralCommunes } from '../support/movements-fixture';
import { PROPOSAL_ROWS, proposalWorkbook, tongKetRound } from '../support/nominations-fixture';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';

/**
 * Hostile or careless spreadsheets sent to every XLSX import (criteria, proposal lists, the ethnic-minority
 * list): formulas without a stored result or with an error, values of the wrong type, merged cells.
 * Each is answered with a Vietnamese message naming the row and column, and nothing is written
 * (a hash of every row before and after). Huge sheets, zip bombs and truncated files: xlsx-limits.test.ts.
 */
let app: TestApp;
let round: NominationRound;
beforeEach(async () => {
  app = openTestApp();
  round = await tongKetRound(app);
});
afterEach(() => app.close());

const districtId = () => app.idOfCode('618');
const place = (address: string) => `${address} (dòng ${address.replace(/^[A-Z]+/, '')}, cột ${address.replace(/\d+$/, '')})`;

async function edited(base64: string, edit: (sheet: ExcelJS.Worksheet) => void, sheetName?: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  edit(sheetName ? (workbook.getWorksheet(sheetName) as ExcelJS.Worksheet) : workbook.worksheets[0]);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

/** The criteria template of a district filled with "x" for TC1 of every commune; where its cells are. */
async function criteriaFile(edit: (sheet: ExcelJS.Worksheet, at: { firstRow: number; tc: (n: number) => number }) => void) {
  const template = dataOf<{ base64: string }>(await app.call('criteria.template', { districtId: districtId(), year: 2024 }));
  return edited(template.base64, (sheet) => {
    let header = 1;
    while (sheet.getCell(header, 2).value !== 'Mã đơn vị' && sheet.getCell(header, 3).value !== 'Tên đơn vị') header++;
    const tcCols = new Map<number, number>();
    sheet.getRow(header).eachCell((cell, col) => {
      const match = /^TC(\d+)/.exec(String(cell.value));
      if (match) tcCols.set(Number(match[1]), col);
    });
    const tc = (n: number) => tcCols.get(n) as number;
    for (let r = header + 1; r <= sheet.rowCount; r++) if (sheet.getCell(r, 2).value) sheet.getCell(r, tc(1)).value = 'x';
    edit(sheet, { firstRow: header + 1, tc });
  });
}

/** Preview and commit of the criteria import: the message of a refusal (or the preview), the database unchanged. */
async function criteriaImport(base64: string) {
  const before = dumpHash(app.ctx.db);
  const input = { districtId: districtId(), year: 2024, base64 };
  const preview = await app.callRaw('criteria.importPreview', input);
  const commit = await app.callRaw('criteria.importCommit', input);
  expect(commit.ok).toBe(false);
  expect(dumpHash(app.ctx.db)).toBe(before);
  return { preview, commit: commit.ok ? null : commit.error };
}

async function nominationImport(base64: string) {
  const before = dumpHash(app.ctx.db);
  const input = { roundId: round.id, base64, proposingUnitId: ruralCommunes(app)[0].id };
  const preview = await app.callRaw('nominations.importPreview', input);
  const commit = await app.callRaw('nominations.importCommit', input);
  expect(commit.ok).toBe(false);
  expect(dumpHash(app.ctx.db)).toBe(before);
  return { preview, commit: commit.ok ? null : commit.error };
}

const col = (n: number) => String.fromCharCode(64 + n);

describe('criteria import: malformed cells', () => {
  it('a formula saved without its result is refused naming the cell, not read as an empty cell', async () => {
    let address = '';
    const file = await criteriaFile((sheet, at) => {
      address = `${col(at.tc(2))}${at.firstRow + 1}`;
      sheet.getCell(at.firstRow + 1, at.tc(2)).value = { formula: 'IF(1,"x","")' } as ExcelJS.CellFormulaValue;
    });
    const { preview, commit } = await criteriaImport(file);
    const message = fileMessages.cellFormulaWithoutResult(place(address));
    expect(preview).toMatchObject({ ok: false, error: { code: 'VALIDATION', message } });
    expect(commit).toMatchObject({ code: 'VALIDATION', message });
  });

  it('a formula whose result is an error (#DIV/0!) is refused naming the cell', async () => {
    let address = '';
    const file = await criteriaFile((sheet, at) => {
      address = `${col(at.tc(3))}${at.firstRow}`;
      sheet.getCell(at.firstRow, at.tc(3)).value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
    });
    const { commit } = await criteriaImport(file);
    expect(commit).toMatchObject({ code: 'VALIDATION', message: fileMessages.cellError(place(address), '#DIV/0!') });
  });

  it('a calculated formula reads as its result, as Excel shows it', async () => {
    const file = await criteriaFile((sheet, at) => {
      sheet.getCell(at.firstRow, at.tc(2)).value = { formula: 'IF(1,"x","")', result: 'x' } as ExcelJS.CellFormulaValue;
    });
    const preview = dataOf<CriteriaImportPreview>(
      await app.call('criteria.importPreview', { districtId: districtId(), year: 2024, base64: file }),
    );
    expect(preview.rows[0].criteriaMet).toEqual([1, 2]);
    expect(preview.errorCount).toBe(0);
  });

  it('a date, a number and a long text where a mark is expected: row errors naming row and criterion; nothing imported', async () => {
    let first = 0;
    const file = await criteriaFile((sheet, at) => {
      first = at.firstRow;
      sheet.getCell(at.firstRow, at.tc(4)).value = new Date(Date.UTC(2024, 4, 1));
      // A style of its own: the template's cells share one style object.
      sheet.getCell(at.firstRow, at.tc(4)).style = { ...sheet.getCell(at.firstRow, at.tc(4)).style, numFmt: 'dd/mm/yyyy' };
      sheet.getCell(at.firstRow + 1, at.tc(5)).value = 7;
      sheet.getCell(at.firstRow + 2, at.tc(6)).value = 'đạt một phần';
    });
    const { preview, commit } = await criteriaImport(file);
    const rows = dataOf<CriteriaImportPreview>(preview).rows;
    expect(rows[0].errors.join(' ')).toMatch(new RegExp(`^Dòng ${first}, tiêu chí TC4 .*'2024-05-01' không hợp lệ`));
    expect(rows[1].errors.join(' ')).toMatch(new RegExp(`^Dòng ${first + 1}, tiêu chí TC5 .*'7' không hợp lệ`));
    expect(rows[2].errors.join(' ')).toMatch(new RegExp(`^Dòng ${first + 2}, tiêu chí TC6 .*'đạt một phần' không hợp lệ`));
    expect(commit).toMatchObject({ code: 'VALIDATION', message: importMessages.refused(3) });
  });

  it('merged cells among the marks are refused naming the cell and the merge', async () => {
    let master = '';
    const file = await criteriaFile((sheet, at) => {
      master = `${col(at.tc(2))}${at.firstRow}`;
      sheet.getCell(at.firstRow, at.tc(2)).value = 'x';
      sheet.mergeCells(at.firstRow, at.tc(2), at.firstRow + 1, at.tc(2));
    });
    const { commit } = await criteriaImport(file);
    expect(commit).toMatchObject({ code: 'VALIDATION', message: fileMessages.mergedCell(place(master), master) });
  });
});

describe('proposal list import: malformed cells', () => {
  // The fixture's list: header on row 5, columns STT, award, name, kind, gender, birth...; first row 6.
  it('a formula saved without its result is refused naming the cell', async () => {
    const file = await edited(
      await proposalWorkbook(),
      (sheet) => {
        sheet.getCell('C7').value = { formula: 'CONCATENATE("Y ","Hoa")' } as ExcelJS.CellFormulaValue;
      },
      'Danh sách',
    );
    const { preview, commit } = await nominationImport(file);
    const message = fileMessages.cellFormulaWithoutResult(place('C7'));
    expect(preview).toMatchObject({ ok: false, error: { message } });
    expect(commit).toMatchObject({ code: 'VALIDATION', message });
  });

  it('a birth written as text or as a bare day number is a row error; the commit names the row; a real date is read', async () => {
    const file = await edited(
      await proposalWorkbook(),
      (sheet) => {
        sheet.getCell('F6').value = 'không rõ';
        sheet.getCell('F7').value = 32274; // a day number without a date format: not a year, not a date
        sheet.getCell('F9').value = null;
      },
      'Danh sách',
    );
    const { preview, commit } = await nominationImport(file);
    const rows = dataOf<ImportPreview>(preview).rows;
    expect(rows.find((r) => r.rowNumber === 6)?.errors).toEqual([nominationMessages.rowBadBirth('không rõ')]);
    expect(rows.find((r) => r.rowNumber === 7)?.errors).toEqual([nominationMessages.rowBadBirth('32274')]);
    expect(commit).toMatchObject({
      code: 'VALIDATION',
      message: nominationMessages.importHasErrors(2, { row: 6, error: nominationMessages.rowBadBirth('không rõ') }),
    });

    const dated = await edited(
      await proposalWorkbook(),
      (sheet) => {
        sheet.getCell('F6').value = new Date(Date.UTC(1975, 2, 15));
      },
      'Danh sách',
    );
    const ok = dataOf<ImportPreview>(await app.call('nominations.importPreview', { roundId: round.id, base64: dated }));
    expect(ok.rows[0]).toMatchObject({ rowNumber: 6, birthYear: 1975, birthDate: '1975-03-15', errors: [] });
  });

  it('merged cells: a heading merged across the row is a heading, an award merged down a column serves every row, a name merged over the award column is a name without award', async () => {
    const rows = [
      ['I. CÁ NHÂN', null, null, null, null, null, null, null, null],
      PROPOSAL_ROWS[0],
      [2, null, 'Y Thị Hoa', null, 'nữ', 1988, 'Nông dân', 'Thôn Kon Bdeh', null],
      [3, null, 'Trần Văn Bình', null, 'nam', 1980, null, null, null],
    ] as typeof PROPOSAL_ROWS;
    const file = await edited(
      await proposalWorkbook(rows),
      (sheet) => {
        sheet.mergeCells('A6:I6');
        sheet.mergeCells('B7:B8');
        sheet.mergeCells('B9:C9');
        sheet.getCell('B9').value = 'Trần Văn Bình';
      },
      'Danh sách',
    );
    const { preview, commit } = await nominationImport(file);
    const read = dataOf<ImportPreview>(preview).rows;
    expect(read.map((r) => [r.rowNumber, r.nomineeKind, r.name, r.awardCode, r.errors])).toEqual([
      [7, 'individual', 'Nguyễn Văn An', 'BK_TINH', []],
      [8, 'individual', 'Y Thị Hoa', 'BK_TINH', []],
      [9, 'individual', 'Trần Văn Bình', '', [nominationMessages.rowNoAward]],
    ]);
    expect(commit?.message).toMatch(/^Còn 1 dòng có lỗi \(dòng 9: /);
  });
});

describe('ethnic-minority list: malformed cells', () => {
  async function ethnicList(edit: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Danh sách');
    sheet.getRow(1).values = ['Tên đơn vị', 'Vùng DTTS'];
    const communes = ruralCommunes(app).filter((c) => c.districtId === districtId());
    communes.slice(0, 3).forEach((c, i) => (sheet.getRow(2 + i).values = [c.name, 'x']));
    edit(sheet);
    return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
  }

  it('a formula without result and merged flags are refused naming the cell; nothing is written', async () => {
    const before = dumpHash(app.ctx.db);
    const formula = await ethnicList((sheet) => {
      sheet.getCell('B3').value = { formula: 'IF(1,"x","")' } as ExcelJS.CellFormulaValue;
    });
    expect(await app.call('baseline.readEthnicList', { districtId: districtId(), base64: formula })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: fileMessages.cellFormulaWithoutResult(place('B3')) },
    });
    const merged = await ethnicList((sheet) => sheet.mergeCells('B2:B4'));
    expect(await app.call('baseline.readEthnicList', { districtId: districtId(), base64: merged })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: fileMessages.mergedCell(place('B2'), 'B2') },
    });
    expect(dumpHash(app.ctx.db)).toBe(before);
  });
});
