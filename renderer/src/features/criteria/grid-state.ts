import type { CriteriaGrid, CriteriaGridRow, CriteriaGridSave } from '@shared/domain/criteria';
// Pasted values are read like the XLSX import's cells: one parser in shared/.
import { parseMark } from '@shared/domain/criteria-marks';

import { criteriaText } from './text';

/** Criterion numbers met by each commune, as edited on screen; rows not in the map are as loaded. */
export type Edits = ReadonlyMap<number, readonly number[]>;

/** The numbers met by a row with the on-screen edits applied. */
export function metOf(row: CriteriaGridRow, edits: Edits): readonly number[] {
  return edits.get(row.unitId) ?? row.criteriaMet;
}

function sameSet(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((n) => set.has(n));
}

/** Sets one criterion of a row; a row back to its loaded value leaves the map so "dirty" stays exact. */
export function withCell(edits: Edits, row: CriteriaGridRow, number: number, met: boolean): Edits {
  const current = new Set(metOf(row, edits));
  if (met) current.add(number);
  else current.delete(number);
  const next = new Map(edits);
  const sorted = [...current].sort((a, b) => a - b);
  if (sameSet(sorted, row.criteriaMet)) next.delete(row.unitId);
  else next.set(row.unitId, sorted);
  return next;
}

/** Whether a cell differs from what was loaded. */
export function isChanged(row: CriteriaGridRow, edits: Edits, number: number): boolean {
  const edited = edits.get(row.unitId);
  if (!edited) return false;
  return edited.includes(number) !== row.criteriaMet.includes(number);
}

/** Clipboard text as rows of cells; the single line break Excel adds at the end is not a row. */
export function clipboardCells(text: string): string[][] {
  const body = text.replace(/\r?\n$/, '');
  return body.split(/\r?\n/).map((line) => line.split('\t'));
}

export type PasteResult = { ok: true; edits: Edits } | { ok: false; error: string };

/**
 * Fills from the cell (rowIndex, column) downward (and rightward when several columns were copied).
 * All or nothing: the first bad value, or a block that does not fit, changes no cell.
 */
export function applyPaste(
  grid: CriteriaGrid,
  numbers: readonly number[],
  edits: Edits,
  rowIndex: number,
  column: number,
  text: string,
): PasteResult {
  const cells = clipboardCells(text);
  const width = Math.max(...cells.map((line) => line.length));
  if (rowIndex + cells.length > grid.rows.length) {
    return { ok: false, error: criteriaText.paste.tooManyRows(cells.length, grid.rows.length - rowIndex) };
  }
  if (column + width > numbers.length) {
    return { ok: false, error: criteriaText.paste.tooManyColumns(width, numbers.length - column) };
  }
  let next = edits;
  for (let r = 0; r < cells.length; r += 1) {
    const row = grid.rows[rowIndex + r];
    for (let c = 0; c < cells[r].length; c += 1) {
      const number = numbers[column + c];
      const met = parseMark(cells[r][c]);
      if (met === null) return { ok: false, error: criteriaText.paste.badValue(row.name, number, cells[r][c].trim()) };
      next = withCell(next, row, number, met);
    }
  }
  return { ok: true, edits: next };
}

/** The setDistrictYear rows: every commune, numbers ascending, notes and version as loaded. */
export function saveRows(grid: CriteriaGrid, edits: Edits) {
  return grid.rows.map((row) => ({
    unitId: row.unitId,
    criteriaMet: [...metOf(row, edits)].sort((a, b) => a - b),
    notes: row.notes,
    version: row.version ?? null,
  }));
}

/** The grid with a save's records in place (their new versions); the rows it did not write stay as loaded. */
export function withSaved(grid: CriteriaGrid, save: CriteriaGridSave): CriteriaGrid {
  const written = new Map(save.saved.map((record) => [record.unitId, record]));
  return {
    ...grid,
    rows: grid.rows.map((row) => {
      const record = written.get(row.unitId);
      return record ? { ...row, criteriaMet: record.criteriaMet, notes: record.notes, count: record.count, version: record.version } : row;
    }),
  };
}
