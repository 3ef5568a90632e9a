import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ListPage } from '../../shared/contract/paging';
import type { Recommendation } from '../../shared/domain/inspections';
import { type DocumentedRound, documentedRound, ROUND_TEXTS } from '../support/inspections-fixture';
import { dataOf, openTestApp, type TestApp } from '../support/test-app';
import { looksVietnamese } from '../support/vietnamese';

let app: TestApp;
let round: DocumentedRound;

beforeAll(async () => {
  app = openTestApp();
  round = await documentedRound(app, 2025);
});
afterAll(() => app.close());

interface XlsxFile {
  fileName: string;
  base64: string;
}

async function read(file: XlsxFile): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  expect(workbook.worksheets).toHaveLength(1);
  return workbook.worksheets[0];
}

const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const rowValues = (sheet: ExcelJS.Worksheet, row: number) => (sheet.getRow(row).values as ExcelJS.CellValue[]).slice(1);

/** The header row is frozen with the title rows above it: it stays in view while the rows scroll. */
function expectFrozenHeader(sheet: ExcelJS.Worksheet, headerRow: number) {
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });
  expect(sheet.getRow(headerRow).font?.bold).toBe(true);
}

describe('inspections.exportXlsx', () => {
  it('exports the schedule with a title, real dates (dd/mm/yyyy), numbers as numbers and column widths', async () => {
    const file = dataOf<XlsxFile>(await app.call('inspections.exportXlsx', { inspectionId: round.inspection.id, list: 'schedule' }));
    expect(file.fileName).toBe('Lịch kiểm tra Kiểm tra công tác thi đua, khen thưởng năm 2025.xlsx');
    const sheet = await read(file);
    expect(sheet.name).toBe('Lịch kiểm tra');
    expect(sheet.getCell('A1').value).toBe('LỊCH KIỂM TRA: Kiểm tra công tác thi đua, khen thưởng năm 2025');
    expect(sheet.getCell('A2').value).toBe('Thời gian: từ ngày 01/06/2025 đến ngày 30/09/2025');
    expectFrozenHeader(sheet, 4);
    expect(rowValues(sheet, 4)).toEqual([
      'STT',
      'Ngày kiểm tra',
      'Đơn vị được kiểm tra',
      'Địa điểm',
      'Đoàn kiểm tra',
      'Trạng thái',
      'Báo cáo tự kiểm tra nhận ngày',
    ]);
    const [first, second] = round.details;
    expect(rowValues(sheet, 5)).toEqual([
      1,
      utc('2025-07-10'),
      first.unitName,
      'Hội trường Ủy ban nhân dân xã',
      'Đoàn kiểm tra số 1',
      'Đã ký biên bản',
      utc('2025-07-01'),
    ]);
    expect(rowValues(sheet, 6).slice(0, 3)).toEqual([2, utc('2025-07-11'), second.unitName]);
    expect(sheet.getCell('B5').numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getCell('G5').numFmt).toBe('dd/mm/yyyy');
    expect(sheet.getCell('A5').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('B5').type).toBe(ExcelJS.ValueType.Date);
    expect(sheet.getColumn(3).width).toBeGreaterThanOrEqual(25);
    expect(sheet.rowCount).toBe(6);
  });

  it('exports the results: total and maximum as numbers, band, status and the number of recommendations', async () => {
    const file = dataOf<XlsxFile>(await app.call('inspections.exportXlsx', { inspectionId: round.inspection.id, list: 'results' }));
    expect(file.fileName).toBe('Kết quả kiểm tra Kiểm tra công tác thi đua, khen thưởng năm 2025.xlsx');
    const sheet = await read(file);
    expectFrozenHeader(sheet, 4);
    expect(rowValues(sheet, 4)).toEqual([
      'STT',
      'Đơn vị được kiểm tra',
      'Ngày kiểm tra',
      'Tổng điểm',
      'Điểm tối đa',
      'Xếp loại',
      'Trạng thái',
      'Số kiến nghị',
    ]);
    const [first, second] = round.details;
    expect(rowValues(sheet, 5)).toEqual([1, first.unitName, utc('2025-07-10'), 100, 100, 'Xuất sắc', 'Đã ký biên bản', 0]);
    expect(rowValues(sheet, 6)).toEqual([2, second.unitName, utc('2025-07-11'), 76, 95, 'Tốt', 'Đã ký biên bản', 1]);
    for (const cell of ['D6', 'E6', 'H6']) expect(sheet.getCell(cell).type, cell).toBe(ExcelJS.ValueType.Number);
  });

  it('refuses an unknown round (NOT_FOUND) and an unknown list (VALIDATION), in Vietnamese', async () => {
    const missing = await app.callRaw('inspections.exportXlsx', { inspectionId: 987_654, list: 'schedule' });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
    const bad = await app.callRaw('inspections.exportXlsx', { inspectionId: round.inspection.id, list: 'teams' });
    expect(bad.ok ? null : bad.error.code).toBe('VALIDATION');
    for (const envelope of [missing, bad]) {
      if (!envelope.ok) expect(looksVietnamese(envelope.error.message), envelope.error.message).toBe(true);
    }
  });
});

describe('recommendations.exportXlsx', () => {
  it('exports what recommendations.list gives for the same filter, overdue shown as Quá hạn, with the last follow-up', async () => {
    const [made] = round.recommendations;
    dataOf<Recommendation>(
      await app.call('recommendations.update', {
        id: made.id,
        version: made.version,
        status: 'in-progress',
        followUp: { date: '2025-10-05', text: 'Đã sắp xếp xong hồ sơ năm 2023' },
      }),
    );
    const filter = { status: 'overdue' as const, overdueOn: '2026-01-15' };
    const listed = dataOf<ListPage<Recommendation>>(await app.call('recommendations.list', filter)).rows;
    expect(listed.map((r) => r.id)).toEqual([made.id]);
    const file = dataOf<XlsxFile>(await app.call('recommendations.exportXlsx', filter));
    expect(file.fileName).toBe('Danh sách kiến nghị Quá hạn.xlsx');
    const sheet = await read(file);
    expect(sheet.getCell('A1').value).toBe('DANH SÁCH KIẾN NGHỊ');
    expect(sheet.getCell('A2').value).toBe('Trạng thái: Quá hạn');
    expect(sheet.getCell('A3').value).toBe('Quá hạn tính đến ngày 15/01/2026');
    expectFrozenHeader(sheet, 5);
    expect(rowValues(sheet, 5)).toEqual([
      'STT',
      'Kiến nghị',
      'Đơn vị chịu trách nhiệm',
      'Đợt kiểm tra',
      'Hạn thực hiện',
      'Trạng thái',
      'Lần theo dõi gần nhất',
    ]);
    expect(rowValues(sheet, 6)).toEqual([
      1,
      ROUND_TEXTS.recommendation,
      round.details[1].unitName,
      'Kiểm tra công tác thi đua, khen thưởng năm 2025',
      utc('2025-12-31'),
      'Quá hạn',
      '05/10/2025: Đã sắp xếp xong hồ sơ năm 2023',
    ]);
    expect(sheet.getCell('E6').type).toBe(ExcelJS.ValueType.Date);
    expect(sheet.getCell('E6').numFmt).toBe('dd/mm/yyyy');
    expect(sheet.rowCount).toBe(6);
  });

  it('says "Tất cả kiến nghị" without a filter and names the unit it was filtered by; refuses an unknown unit', async () => {
    const all = await read(dataOf<XlsxFile>(await app.call('recommendations.exportXlsx', { overdueOn: null })));
    expect(all.getCell('A2').value).toBe('Tất cả kiến nghị');
    expect(all.getCell('F5').value).toBe('Đang thực hiện');
    const unit = round.details[0];
    const file = dataOf<XlsxFile>(await app.call('recommendations.exportXlsx', { unitId: unit.unitId, overdueOn: null }));
    expect(file.fileName).toBe(`Danh sách kiến nghị ${unit.unitName}.xlsx`);
    const sheet = await read(file);
    expect(sheet.getCell('A2').value).toBe(`Đơn vị được kiểm tra: ${unit.unitName}`);
    expect(sheet.rowCount).toBe(4);
    const missing = await app.callRaw('recommendations.exportXlsx', { unitId: 987_654 });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
  });
});
