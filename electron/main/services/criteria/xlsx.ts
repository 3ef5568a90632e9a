import type ExcelJS from 'exceljs';

import type { CriteriaSet } from '../../../../shared/domain/criteria';
import { MARK_CHOICES, parseMark } from '../../../../shared/domain/criteria-marks';
import { AppError } from '../../../../shared/errors';
import { loadExcelJs } from '../files/lazy-modules';
import { cellText, importedText, refuseMerged } from '../files/xlsx-cells';
import { loadWorkbook } from '../files/xlsx-guard';
import { importMessages as msg } from './messages';

/** A commune row of the template: code, name and the criteria numbers already met. */
export interface TemplateRow {
  code: string | null;
  name: string;
  criteriaMet: number[];
}

/** A data row as read from the sheet, before units are resolved. */
export interface SheetRow {
  rowNumber: number;
  code: string;
  name: string;
  criteriaMet: number[];
  errors: string[];
}

const HEADER_CODE = 'Mã đơn vị';
const HEADER_NAME = 'Tên đơn vị';
const HEADER_ROW = 4;
const MET_MARK = 'x';

/** A drop-down of the accepted values on every criterion cell; other values are refused by Excel too. */
const MARK_VALIDATION: ExcelJS.DataValidation = {
  type: 'list',
  allowBlank: true,
  formulae: [`"${MARK_CHOICES.join(',')}"`],
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: msg.validationTitle,
  error: msg.validationError,
};

export const criterionColumn = (number: number) => `TC${number}`;
/** The header names the criterion, not only its code: "TC1. Quy hoạch". */
export const criterionHeader = (number: number, name: string) => `${criterionColumn(number)}. ${name}`;

/** Builds the grid template: one row per commune, columns TC1..TCn with x where met. */
export async function buildTemplate(set: CriteriaSet, year: number, districtName: string, rows: TemplateRow[]): Promise<Buffer> {
  const criteria = set.criteria.filter((c) => !c.archived);
  const workbook = new (await loadExcelJs()).Workbook();
  const sheet = workbook.addWorksheet(`Năm ${year}`, { views: [{ state: 'frozen', xSplit: 3, ySplit: HEADER_ROW }] });
  const lastColumn = 3 + criteria.length + 1;
  sheet.mergeCells(1, 1, 1, lastColumn);
  sheet.getCell(1, 1).value = msg.sheetTitle(year, districtName);
  sheet.getCell(1, 1).font = { bold: true, size: 13 };
  sheet.mergeCells(2, 1, 2, lastColumn);
  sheet.getCell(2, 1).value = `${set.name} (${set.legalBasis.number}). ${msg.sheetHint}`;
  sheet.getCell(2, 1).font = { italic: true };
  const header = sheet.getRow(HEADER_ROW);
  header.values = ['STT', HEADER_CODE, HEADER_NAME, ...criteria.map((c) => criterionHeader(c.number, c.name)), 'Số tiêu chí đạt'];
  header.font = { bold: true };
  header.alignment = { vertical: 'bottom', wrapText: true };
  // Names written upward keep the 19 columns narrow while every header says what the criterion is.
  header.height = 190;
  criteria.forEach((_c, index) => {
    header.getCell(4 + index).alignment = { textRotation: 90, vertical: 'bottom', horizontal: 'center', wrapText: true };
    sheet.getColumn(4 + index).width = 6;
  });
  sheet.getColumn(1).width = 5;
  sheet.getColumn(2).width = 10;
  sheet.getColumn(3).width = 28;
  sheet.getColumn(lastColumn).width = 10;
  rows.forEach((row, index) => {
    const r = sheet.getRow(HEADER_ROW + 1 + index);
    const met = new Set(row.criteriaMet);
    r.getCell(1).value = index + 1;
    // Codes stay text so leading zeros survive Excel.
    r.getCell(2).value = row.code ?? '';
    r.getCell(2).numFmt = '@';
    r.getCell(3).value = row.name;
    criteria.forEach((c, i) => {
      const cell = r.getCell(4 + i);
      cell.value = met.has(c.number) ? MET_MARK : null;
      cell.alignment = { horizontal: 'center' };
      cell.dataValidation = MARK_VALIDATION;
    });
    const first = sheet.getColumn(4).letter;
    const last = sheet.getColumn(3 + criteria.length).letter;
    const rowNo = HEADER_ROW + 1 + index;
    r.getCell(lastColumn).value = { formula: `COUNTIF(${first}${rowNo}:${last}${rowNo},"${MET_MARK}")`, result: row.criteriaMet.length };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Reads the first sheet: finds the header row (by "Mã đơn vị" and "Tên đơn vị"), maps TCn columns to
 * criteria of the set, then reads each non-empty row. Sheet-level problems throw; cell problems
 * become the row's errors.
 */
export async function readSheet(base64: string, set: CriteriaSet): Promise<SheetRow[]> {
  const workbook = await loadWorkbook(base64, { unreadableMessage: msg.unreadable });
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('VALIDATION', msg.unreadable);
  let headerRow = 0;
  let codeCol = 0;
  let nameCol = 0;
  const criterionCols = new Map<number, number>();
  for (let r = 1; r <= Math.min(10, sheet.rowCount) && headerRow === 0; r += 1) {
    sheet.getRow(r).eachCell((cell, col) => {
      const text = cellText(cell.value);
      if (text === HEADER_CODE) codeCol = col;
      if (text === HEADER_NAME) nameCol = col;
    });
    if (codeCol && nameCol) headerRow = r;
    else codeCol = nameCol = 0;
  }
  if (!headerRow) throw new AppError('VALIDATION', msg.noHeader);
  const active = set.criteria.filter((c) => !c.archived);
  const numbers = new Set(active.map((c) => c.number));
  const names = new Map(active.map((c) => [c.number, c.name]));
  sheet.getRow(headerRow).eachCell((cell, col) => {
    // "TC3", "TC3. Thủy lợi và phòng, chống thiên tai" (the template's header) or "TC 3".
    const match = /^TC\s*(\d+)(?:\s*[.:\-–]\s*.*)?$/is.exec(cellText(cell.value));
    if (!match) return;
    const number = Number(match[1]);
    if (!numbers.has(number)) throw new AppError('VALIDATION', msg.unknownColumn(cellText(cell.value)));
    criterionCols.set(number, col);
  });
  for (const c of active) if (!criterionCols.has(c.number)) throw new AppError('VALIDATION', msg.missingColumn(criterionColumn(c.number)));

  const rows: SheetRow[] = [];
  for (let r = headerRow + 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    // Each commune's code, name and marks sit in their own cells: a merged cell or a formula without its value is refused, naming the cell.
    const read = (col: number) => {
      const cell = row.getCell(col);
      refuseMerged(cell);
      return importedText(cell);
    };
    const code = read(codeCol);
    const name = read(nameCol);
    const errors: string[] = [];
    const criteriaMet: number[] = [];
    let anyMark = false;
    for (const [number, col] of [...criterionCols.entries()].sort((a, b) => a[0] - b[0])) {
      const text = read(col);
      if (text === '') continue;
      anyMark = true;
      const met = parseMark(text);
      if (met === true) criteriaMet.push(number);
      else if (met === null) errors.push(msg.badCell(r, criterionColumn(number), names.get(number) ?? '', text));
    }
    if (!code && !name && !anyMark) continue;
    rows.push({ rowNumber: r, code, name, criteriaMet, errors });
  }
  if (rows.length === 0) throw new AppError('VALIDATION', msg.noRows);
  return rows;
}
