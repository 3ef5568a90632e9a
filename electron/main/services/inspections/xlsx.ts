import type ExcelJS from 'exceljs';

import { isoDateParts } from '../../../../shared/format/document-date';
import { loadExcelJs } from '../files/lazy-modules';

/** How a column's cells are written: text, a real date shown dd/mm/yyyy, or a number. */
export type ColumnKind = 'text' | 'date' | 'integer' | 'decimal';

export interface SheetColumn {
  header: string;
  /** Excel's width in characters. */
  width: number;
  kind: ColumnKind;
}

/** A cell as the builders give it: ISO dates (yyyy-MM-dd) for date columns, numbers for number columns; null leaves it empty. */
export type SheetCell = string | number | null;

export interface SheetSpec {
  sheetName: string;
  /** Bold title over the table, merged across its width. */
  title: string;
  /** Italic lines under the title (the round, the period, the filters). */
  subtitles: string[];
  columns: SheetColumn[];
  rows: SheetCell[][];
}

const DATE_FORMAT = 'dd/mm/yyyy';
/** Points may have decimals (7,5): Excel's General shows them as they are, in the user's own decimal separator. */
const NUMBER_FORMATS: Partial<Record<ColumnKind, string>> = { integer: '0', decimal: 'General' };

/** yyyy-MM-dd as a date Excel stores as a day number (midnight UTC, so no time zone moves it). */
function excelDate(iso: string): Date | null {
  const parts = isoDateParts(iso);
  return parts ? new Date(Date.UTC(parts.year, parts.month - 1, parts.day)) : null;
}

function cellValue(value: SheetCell, kind: ColumnKind): ExcelJS.CellValue {
  if (value === null || value === '') return null;
  if (kind === 'date' && typeof value === 'string') return excelDate(value) ?? value;
  return value;
}

/**
 * One sheet: the title and subtitles, an empty row, the header (bold, wrapped, frozen with the rows
 * above it so it stays in view), then the rows; dates are real dates shown dd/mm/yyyy, numbers are numbers.
 */
export async function buildWorkbook(spec: SheetSpec): Promise<Buffer> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = 'Thi đua';
  const headerRow = spec.subtitles.length + 3;
  const sheet = workbook.addWorksheet(spec.sheetName, { views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow }] });
  const last = spec.columns.length;
  sheet.mergeCells(1, 1, 1, last);
  sheet.getCell(1, 1).value = spec.title.normalize('NFC');
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  spec.subtitles.forEach((line, index) => {
    sheet.mergeCells(2 + index, 1, 2 + index, last);
    const cell = sheet.getCell(2 + index, 1);
    cell.value = line.normalize('NFC');
    cell.font = { italic: true };
    cell.alignment = { horizontal: 'center' };
  });
  const header = sheet.getRow(headerRow);
  header.values = spec.columns.map((column) => column.header.normalize('NFC'));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  const thin: Partial<ExcelJS.Border> = { style: 'thin' };
  const border: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };
  spec.columns.forEach((column, index) => {
    const sheetColumn = sheet.getColumn(index + 1);
    sheetColumn.width = column.width;
    header.getCell(index + 1).border = border;
  });
  spec.rows.forEach((values, rowIndex) => {
    const row = sheet.getRow(headerRow + 1 + rowIndex);
    spec.columns.forEach((column, index) => {
      const cell = row.getCell(index + 1);
      const raw = values[index] ?? null;
      cell.value = cellValue(typeof raw === 'string' ? raw.normalize('NFC') : raw, column.kind);
      cell.border = border;
      if (column.kind === 'date') {
        cell.numFmt = DATE_FORMAT;
        cell.alignment = { horizontal: 'center', vertical: 'top' };
      } else if (NUMBER_FORMATS[column.kind]) {
        cell.numFmt = NUMBER_FORMATS[column.kind] as string;
        cell.alignment = { horizontal: 'right', vertical: 'top' };
      } else {
        cell.alignment = { vertical: 'top', wrapText: true };
      }
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
