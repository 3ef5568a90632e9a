import zlib from 'node:zlib';

import type ExcelJS from 'exceljs';

import { AppError } from '../../../../shared/errors';
import { formatNumber } from '../../../../shared/format/number';
import { loadExcelJs } from './lazy-modules';
import { fileMessages } from './messages';

/**
 * What one uploaded workbook may hold. A real list (every commune of the country with its 19
 * criteria, a province's proposal list) stays far below; a sheet of a million rows or a zip bomb
 * would take the main process's memory (exceljs keeps every cell as an object).
 */
export interface XlsxLimits {
  /** Total bytes of the files inside the zip, as inflated (not as the zip claims). */
  maxUnzippedBytes: number;
  maxEntries: number;
  /** Rows and cells over all worksheets. */
  maxRows: number;
  maxCells: number;
}

export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxUnzippedBytes: 64 * 1024 * 1024,
  maxEntries: 2000,
  maxRows: 100_000,
  maxCells: 1_000_000,
};

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

/** Thrown as is by the checks; `loadWorkbook` answers the caller's own wording for it. */
class Unreadable extends AppError {
  constructor() {
    super('VALIDATION', fileMessages.xlsxUnreadable);
  }
}

const unreadable = () => new Unreadable();

/** The central directory's entries; anything malformed (or zip64, which no sheet this size needs) is unreadable. */
function entriesOf(bytes: Buffer, limits: XlsxLimits): Entry[] {
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (bytes.readUInt32LE(at) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) throw unreadable();
  const count = bytes.readUInt16LE(end + 10);
  const offset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) throw unreadable();
  if (count > limits.maxEntries) throw new AppError('VALIDATION', fileMessages.xlsxTooManyParts(count));
  const entries: Entry[] = [];
  let at = offset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) throw unreadable();
    const nameLength = bytes.readUInt16LE(at + 28);
    const skip = nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    entries.push({
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      localOffset: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
    });
    at += 46 + skip;
  }
  return entries;
}

/** The entry's inflated bytes, never more than `budget` (a zip may lie about its sizes). */
function inflate(bytes: Buffer, entry: Entry, budget: number): Buffer {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL) throw unreadable();
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length > budget) throw new AppError('VALIDATION', fileMessages.xlsxTooLarge);
    return data;
  }
  if (entry.method !== 8) throw unreadable();
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new AppError('VALIDATION', fileMessages.xlsxTooLarge);
    throw unreadable();
  }
}

function countOf(text: Buffer, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}

/** Tags opening a row or a cell: `<row ` / `<row>`, `<c ` / `<c>` / `<c/>`. */
function rowsAndCells(sheet: Buffer): { rows: number; cells: number } {
  return {
    rows: countOf(sheet, '<row ') + countOf(sheet, '<row>'),
    cells: countOf(sheet, '<c ') + countOf(sheet, '<c>') + countOf(sheet, '<c/>'),
  };
}

/**
 * Checks a workbook before anything parses it: the inflated size of every part (measured while
 * inflating, within the budget), the number of parts, and the rows and cells of its worksheets.
 * Memory stays within one part's bytes at a time.
 */
export function checkXlsx(bytes: Buffer, limits: XlsxLimits = DEFAULT_XLSX_LIMITS): void {
  if (bytes.length < 22) throw unreadable();
  let unzipped = 0;
  let rows = 0;
  let cells = 0;
  for (const entry of entriesOf(bytes, limits)) {
    const part = inflate(bytes, entry, limits.maxUnzippedBytes - unzipped);
    unzipped += part.length;
    if (unzipped > limits.maxUnzippedBytes) throw new AppError('VALIDATION', fileMessages.xlsxTooLarge);
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) continue;
    const counted = rowsAndCells(part);
    rows += counted.rows;
    cells += counted.cells;
    if (rows > limits.maxRows) throw new AppError('VALIDATION', fileMessages.xlsxTooManyRows(formatNumber(limits.maxRows)));
    if (cells > limits.maxCells) throw new AppError('VALIDATION', fileMessages.xlsxTooManyCells(formatNumber(limits.maxCells)));
  }
}

/**
 * Every uploaded workbook is read through here: checked within the limits, then parsed by exceljs.
 * `unreadableMessage` words "not a workbook" for the screen at hand (e.g. naming the template to use).
 */
export async function loadWorkbook(
  base64: string,
  options: { limits?: XlsxLimits; unreadableMessage?: string } = {},
): Promise<ExcelJS.Workbook> {
  const bytes = Buffer.from(base64, 'base64');
  const notAWorkbook = () => new AppError('VALIDATION', options.unreadableMessage ?? fileMessages.xlsxUnreadable);
  try {
    checkXlsx(bytes, options.limits);
  } catch (error) {
    throw error instanceof Unreadable ? notAWorkbook() : error;
  }
  const workbook = new (await loadExcelJs()).Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw notAWorkbook();
  }
  return workbook;
}
