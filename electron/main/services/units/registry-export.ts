import type { UnitListItem } from '../../../../shared/domain/units';
import { formatDate } from '../../../../shared/format/date';
import { safeFileName } from '../../../../shared/format/file-name';
import { formatNumber } from '../../../../shared/format/number';
import { csvBytes, type CsvCell } from '../files/csv';
import { buildWorkbook, type SheetColumn } from '../inspections/xlsx';
import { unitMessages } from './messages';

const text = unitMessages.registryExport;

const COLUMNS: SheetColumn[] = [
  { header: text.columns.code, width: 10, kind: 'text' },
  { header: text.columns.name, width: 34, kind: 'text' },
  { header: text.columns.adminType, width: 14, kind: 'text' },
  { header: text.columns.parent, width: 28, kind: 'text' },
  { header: text.columns.ethnicMinorityArea, width: 10, kind: 'text' },
  { header: text.columns.aliases, width: 28, kind: 'text' },
  { header: text.columns.phone, width: 16, kind: 'text' },
  { header: text.columns.email, width: 28, kind: 'text' },
  { header: text.columns.address, width: 34, kind: 'text' },
  { header: text.columns.notes, width: 34, kind: 'text' },
  { header: text.columns.status, width: 16, kind: 'text' },
];

/** One row per unit in the list's order; a code stays text ("0618" keeps its zero). */
function rowsOf(units: UnitListItem[], aliases: Map<number, string[]>): CsvCell[][] {
  return units.map((unit) => [
    unit.code,
    unit.name,
    unit.adminType,
    unit.parentName,
    unit.ethnicMinorityArea ? text.yes : '',
    (aliases.get(unit.id) ?? []).join('; '),
    unit.phone,
    unit.email,
    unit.address,
    unit.notes,
    unit.archived ? text.archived : text.active,
  ]);
}

export interface RegistryFile {
  fileName: string;
  base64: string;
}

/** The unit registry as the list's filters show it, to CSV (UTF-8 with BOM) for other software. */
export function registryCsv(units: UnitListItem[], aliases: Map<number, string[]>, today: string): RegistryFile {
  const bytes = csvBytes(
    COLUMNS.map((column) => column.header),
    rowsOf(units, aliases),
  );
  return { fileName: safeFileName([text.fileName, today], 'csv'), base64: bytes.toString('base64') };
}

/** The same rows as a workbook with a title, the date and the count over a frozen header. */
export async function registryXlsx(units: UnitListItem[], aliases: Map<number, string[]>, today: string): Promise<RegistryFile> {
  const bytes = await buildWorkbook({
    sheetName: text.sheetName,
    title: text.title,
    subtitles: [text.subtitle(formatDate(today), formatNumber(units.length))],
    columns: COLUMNS,
    rows: rowsOf(units, aliases),
  });
  return { fileName: safeFileName([text.fileName, today], 'xlsx'), base64: bytes.toString('base64') };
}
