import { AppError } from '../../../../shared/errors';
import { foldText, normalizeText } from '../../../../shared/text/fold';
import { cellText } from '../files/xlsx-cells';
import { loadWorkbook } from '../files/xlsx-guard';
import { unitMessages } from './messages';

const text = unitMessages.aliasImport;
const columns = unitMessages.registryExport.columns;

/** A unit's row of a registry file as the export wrote it. */
export interface RegistryFileRow {
  rowNumber: number;
  code: string;
  name: string;
  parentName: string;
  aliases: string;
}

// Rows above the header: the workbook's title and subtitle.
const HEADER_SEARCH_ROWS = 10;

/** The headers folded on the first file read, not at start (folding builds its tables on first use). */
const wantedHeaders = () => ({
  code: foldText(columns.code),
  name: foldText(columns.name),
  parent: foldText(columns.parent),
  aliases: foldText(columns.aliases),
});

/** Where each column is in a header row, or null when it is not the registry's header. */
function headerOf(cells: string[]): { code: number; name: number; parent: number; aliases: number } | null {
  const wanted = wantedHeaders();
  const folded = cells.map((cell) => foldText(cell));
  const at = (name: string) => folded.indexOf(name);
  const found = { code: at(wanted.code), name: at(wanted.name), parent: at(wanted.parent), aliases: at(wanted.aliases) };
  return found.name >= 0 && found.aliases >= 0 ? found : null;
}

/** A CSV export may protect text read as a formula with a leading apostrophe; read it back without. */
function unprotected(value: string): string {
  return /^'[=+\-@\t\r]/u.test(value) ? value.slice(1) : value;
}

function rowsFrom(table: { rowNumber: number; cells: string[] }[]): RegistryFileRow[] {
  const headerIndex = table.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => headerOf(row.cells) !== null);
  if (headerIndex < 0) throw new AppError('VALIDATION', text.noHeader(columns.name, columns.aliases));
  const header = headerOf(table[headerIndex].cells) as NonNullable<ReturnType<typeof headerOf>>;
  const cell = (cells: string[], index: number) => (index >= 0 ? normalizeText(unprotected(cells[index] ?? '')) : '');
  return table
    .slice(headerIndex + 1)
    .map(({ rowNumber, cells }) => ({
      rowNumber,
      code: cell(cells, header.code),
      name: cell(cells, header.name),
      parentName: cell(cells, header.parent),
      aliases: cell(cells, header.aliases),
    }))
    .filter((row) => row.code !== '' || row.name !== '' || row.aliases !== '');
}

/** RFC 4180 records (quoted fields with doubled quotes, CRLF or LF), the BOM dropped. */
export function csvRecords(source: string): string[][] {
  const input = source.replace(/^\uFEFF/u, '');
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const char = input[i];
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** The unit rows of a registry file exported to Excel or CSV (told apart by their first bytes). */
export async function readRegistryFile(base64: string): Promise<RegistryFileRow[]> {
  const bytes = Buffer.from(base64, 'base64');
  const isZip = bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (!isZip) {
    const source = bytes.toString('utf8');
    if (source.includes('\u0000')) throw new AppError('VALIDATION', text.unreadable);
    return rowsFrom(csvRecords(source).map((cells, index) => ({ rowNumber: index + 1, cells })));
  }
  const workbook = await loadWorkbook(base64, { unreadableMessage: text.unreadable });
  for (const sheet of workbook.worksheets) {
    const table: { rowNumber: number; cells: string[] }[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => (cells[column - 1] = cellText(cell.value)));
      table.push({ rowNumber, cells: Array.from(cells, (value) => value ?? '') });
    });
    if (table.slice(0, HEADER_SEARCH_ROWS).some((row) => headerOf(row.cells))) return rowsFrom(table);
  }
  throw new AppError('VALIDATION', text.noHeader(columns.name, columns.aliases));
}
