import type ExcelJS from 'exceljs';

import { AppError } from '../../../../shared/errors';
import { foldText } from '../../../../shared/text/fold';
import { cellText, importedText } from '../files/xlsx-cells';
import { loadWorkbook } from '../files/xlsx-guard';
import { nominationMessages as msg } from './messages';

/** Fields a proposal list may carry, whatever the order and wording of its columns. */
export const LIST_FIELDS = [
  'stt',
  'name',
  'kind',
  'award',
  'gender',
  'birth',
  'position',
  'workplace',
  'classification',
  'ethnicity',
  'field',
  'address',
  'summary',
] as const;
export type ListField = (typeof LIST_FIELDS)[number];

/** Folded header words -> field; the first match wins, so "Phân loại cán bộ" is a classification, not a kind. */
const HEADER_PATTERNS: [RegExp, ListField][] = [
  [/^(stt|so tt|tt|so thu tu)$/, 'stt'],
  [/loai doi tuong|doi tuong khen thuong|^doi tuong$|phan loai khen thuong|^loai$/, 'kind'],
  [/hinh thuc|danh hieu/, 'award'],
  [/gioi tinh/, 'gender'],
  [/ngay sinh|nam sinh|ngay thang nam sinh/, 'birth'],
  [/chuc vu|chuc danh/, 'position'],
  [/don vi cong tac|noi cong tac|co quan don vi|co quan cong tac/, 'workplace'],
  [/phan loai/, 'classification'],
  [/dan toc/, 'ethnicity'],
  [/linh vuc/, 'field'],
  [/dia chi|thon lang|noi o|que quan/, 'address'],
  [/thanh tich/, 'summary'],
  [/ho va ten|ho ten|^ten|ten tap the|ten ca nhan|ten doi tuong|ten goi/, 'name'],
];

export function fieldOfHeader(text: string): ListField | null {
  const folded = foldText(text);
  if (folded === '') return null;
  for (const [pattern, field] of HEADER_PATTERNS) if (pattern.test(folded)) return field;
  return null;
}

export interface ListRow {
  rowNumber: number;
  values: Partial<Record<ListField, string>>;
  /** Gender read from "Năm sinh" split into Nam / Nữ sub-columns. */
  genderFromColumn: 'male' | 'female' | null;
}

export interface ListSheet {
  sheets: string[];
  sheet: string;
  headerRow: number;
  columns: Partial<Record<ListField, string>>;
  rows: ListRow[];
}

/** Limits while reading: a list bigger than this is split by the unit, not read into memory. */
export const MAX_LIST_ROWS = 3000;
const HEADER_SCAN_ROWS = 30;
const MAX_COLUMNS = 60;

interface Header {
  row: number;
  columns: Map<ListField, number>;
  titles: Partial<Record<ListField, string>>;
  /** Nam / Nữ sub-columns under "Năm sinh", with the row they sit on. */
  split: { male: number; female: number; row: number } | null;
}

function findHeader(sheet: ExcelJS.Worksheet): Header | null {
  const last = Math.min(HEADER_SCAN_ROWS, sheet.rowCount);
  for (let r = 1; r <= last; r += 1) {
    const columns = new Map<ListField, number>();
    const titles: Partial<Record<ListField, string>> = {};
    const row = sheet.getRow(r);
    for (let c = 1; c <= Math.min(MAX_COLUMNS, sheet.columnCount); c += 1) {
      const cell = row.getCell(c);
      // A merged header cell repeats its text in every cell it covers; only its first column counts.
      if (cell.isMerged && cell.master.address !== cell.address && cell.master.fullAddress.row === r) continue;
      const text = cellText(cell.value);
      const field = fieldOfHeader(text);
      if (field && !columns.has(field)) {
        columns.set(field, c);
        titles[field] = text.replace(/\s+/g, ' ');
      }
    }
    if (!columns.has('name') || !columns.has('award')) continue;
    let split: Header['split'] = null;
    const next = sheet.getRow(r + 1);
    let male = 0;
    let female = 0;
    for (let c = 1; c <= Math.min(MAX_COLUMNS, sheet.columnCount); c += 1) {
      const folded = foldText(cellText(next.getCell(c).value));
      if (folded === 'nam' && !male) male = c;
      if (folded === 'nu' && !female) female = c;
    }
    if (male && female) split = { male, female, row: r + 1 };
    return { row: r, columns, titles, split };
  }
  return null;
}

/**
 * Reads a proposal list as units send it: the sheet holding the list (or the one asked for), the
 * header row wherever it sits under title rows, its columns in any order; empty rows skipped.
 */
export async function readList(base64: string, sheetName: string | undefined): Promise<ListSheet> {
  // Checked within the size, row and cell limits before exceljs parses it.
  const workbook = await loadWorkbook(base64, { unreadableMessage: msg.importBadFile });
  const sheets = workbook.worksheets.map((s) => s.name);
  if (sheets.length === 0) throw new AppError('VALIDATION', msg.importBadFile);
  let chosen: ExcelJS.Worksheet | undefined;
  let header: Header | null = null;
  if (sheetName !== undefined) {
    chosen = workbook.worksheets.find((s) => s.name === sheetName);
    if (!chosen) throw new AppError('VALIDATION', msg.importNoSheet(sheetName), [{ path: 'sheet', message: msg.importNoSheet(sheetName) }]);
    header = findHeader(chosen);
  } else {
    for (const sheet of workbook.worksheets) {
      header = findHeader(sheet);
      if (header) {
        chosen = sheet;
        break;
      }
    }
  }
  if (!chosen || !header) throw new AppError('VALIDATION', msg.importNoList);
  const first = (header.split?.row ?? header.row) + 1;
  if (chosen.rowCount - first + 1 > MAX_LIST_ROWS) throw new AppError('VALIDATION', msg.importTooManyRows(MAX_LIST_ROWS));

  const rows: ListRow[] = [];
  for (let r = first; r <= chosen.rowCount; r += 1) {
    const row = chosen.getRow(r);
    const values: Partial<Record<ListField, string>> = {};
    // A merged range is read once per row: a heading merged across the row ("I. TẬP THỂ") is read as
    // the name it stands in for, not also as an award; a range merged down a column (one award for
    // several people) gives its value to every row it spans, as the eye reads it.
    const reader = new Map<string, ListField>();
    for (const [field, col] of [...header.columns].sort((a, b) => a[1] - b[1])) {
      const cell = row.getCell(col);
      if (!cell.isMerged || field === 'stt') continue;
      const key = cell.master.address;
      if (!reader.has(key) || field === 'name') reader.set(key, field);
    }
    for (const [field, col] of header.columns) {
      const cell = row.getCell(col);
      if (cell.isMerged && reader.get(cell.master.address) !== field) continue;
      const text = importedText(cell);
      if (text !== '') values[field] = text;
    }
    let genderFromColumn: ListRow['genderFromColumn'] = null;
    if (header.split) {
      const maleText = importedText(row.getCell(header.split.male));
      const femaleText = importedText(row.getCell(header.split.female));
      if (maleText && !femaleText) genderFromColumn = 'male';
      if (femaleText && !maleText) genderFromColumn = 'female';
      if (!values.birth && (maleText || femaleText)) values.birth = maleText || femaleText;
    }
    // Empty rows and rows holding only an STT are gaps, not nominees.
    const { stt: _stt, ...rest } = values;
    if (Object.keys(rest).length === 0) continue;
    rows.push({ rowNumber: r, values, genderFromColumn });
  }
  const columns = header.titles;
  return { sheets, sheet: chosen.name, headerRow: header.row, columns, rows };
}
