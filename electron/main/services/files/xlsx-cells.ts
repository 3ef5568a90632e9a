import type ExcelJS from 'exceljs';

import { AppError } from '../../../../shared/errors';
import { fileMessages } from './messages';

/** Text of a cell whatever Excel stored in it (number, rich text, formula result, date). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.normalize('NFC').trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'richText' in value)
    return value.richText
      .map((part) => part.text)
      .join('')
      .normalize('NFC')
      .trim();
  if (typeof value === 'object' && 'result' in value) return cellText(value.result as ExcelJS.CellValue);
  if (typeof value === 'object' && 'text' in value) return String(value.text).trim();
  return '';
}

/** "D5" -> "dòng 5, cột D", so a message names the row and the column as Excel shows them. */
function place(cell: ExcelJS.Cell): string {
  return `${cell.address} (dòng ${cell.row}, cột ${cell.address.replace(/\d+$/, '')})`;
}

function errorOf(value: ExcelJS.CellValue): string | null {
  if (value && typeof value === 'object' && 'error' in value) return String(value.error);
  return null;
}

/**
 * The text of a cell an import reads, refusing what would otherwise be read as empty or wrong: a
 * formula the file holds without its result (written by a tool that never calculated it) and an
 * error value (#REF!, #DIV/0!). A calculated formula reads as its result, as Excel shows it.
 */
export function importedText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  const error = errorOf(value);
  if (error) throw new AppError('VALIDATION', fileMessages.cellError(place(cell), error));
  if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
    const result = (value as { result?: ExcelJS.CellValue }).result;
    if (result === undefined || result === null) throw new AppError('VALIDATION', fileMessages.cellFormulaWithoutResult(place(cell)));
    const resultError = errorOf(result);
    if (resultError) throw new AppError('VALIDATION', fileMessages.cellError(place(cell), resultError));
  }
  return cellText(value);
}

/** Refuses a merged cell where each cell must hold its own value (a mark per commune and criterion). */
export function refuseMerged(cell: ExcelJS.Cell): void {
  if (cell.isMerged) throw new AppError('VALIDATION', fileMessages.mergedCell(place(cell), cell.master.address));
}
