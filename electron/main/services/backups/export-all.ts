import type ExcelJS from 'exceljs';

import { BACKUP_FIGURES } from '../../../../shared/domain/backups';
import { isoDateParts } from '../../../../shared/format/document-date';
import { safeFileName } from '../../../../shared/format/file-name';
import type { BackupsRepository } from '../../db/repositories/backups';
import { loadExcelJs } from '../files/lazy-modules';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const LABELS = new Map<string, string>(BACKUP_FIGURES.map((f) => [f.table, f.label]));

/** A stored value as its cell: dates (yyyy-MM-dd) as real dates, numbers as numbers, text as text, bytes as their size. */
function cellOf(value: unknown): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (Buffer.isBuffer(value)) return `(${value.length} byte)`;
  const text = String(value);
  if (DATE_ONLY.test(text)) {
    const parts = isoDateParts(text);
    if (parts) return new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
  }
  return text;
}

/**
 * Everything the database holds, for an audit: a contents sheet, then one sheet per table with its
 * column names as stored, dates as dates shown dd/mm/yyyy and numbers as numbers.
 */
export async function exportAllWorkbook(backups: BackupsRepository, today: string): Promise<{ fileName: string; base64: string }> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = 'Thi đua';
  const contents = workbook.addWorksheet('Mục lục', { views: [{ state: 'frozen', ySplit: 3 }] });
  contents.getCell('A1').value = 'TOÀN BỘ DỮ LIỆU CỦA PHẦN MỀM THI ĐUA';
  contents.getCell('A1').font = { bold: true, size: 13 };
  contents.getCell('A2').value =
    `Xuất ngày ${today.slice(8, 10)}/${today.slice(5, 7)}/${today.slice(0, 4)}; mỗi bảng dữ liệu một trang tính, tên cột giữ như trong cơ sở dữ liệu.`;
  contents.getRow(3).values = ['Trang tính (bảng dữ liệu)', 'Nội dung', 'Số dòng'];
  contents.getRow(3).font = { bold: true };
  contents.columns = [{ width: 34 }, { width: 40 }, { width: 12 }];
  for (const table of backups.tables()) {
    // Sheet names are at most 31 characters; table names are shorter.
    const sheet = workbook.addWorksheet(table.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.getRow(1).values = table.columns.map((c) => c.name);
    sheet.getRow(1).font = { bold: true };
    let count = 0;
    for (const row of backups.rowsOf(table.name)) {
      const added = sheet.addRow(row.map(cellOf));
      row.forEach((value, index) => {
        if (typeof value === 'string' && DATE_ONLY.test(value)) added.getCell(index + 1).numFmt = 'dd/mm/yyyy';
      });
      count++;
    }
    table.columns.forEach((_, index) => (sheet.getColumn(index + 1).width = 16));
    contents.addRow([table.name, LABELS.get(table.name) ?? '', count]);
  }
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: safeFileName(['Toàn bộ dữ liệu Thi đua', today], 'xlsx'), base64: buffer.toString('base64') };
}
