/**
 * The one reading of a criterion cell, typed or pasted in the grid or written in the XLSX import:
 * the same words mean "met" and "not met" everywhere.
 */
export const MET_MARKS = ['x', '1', 'đạt', 'có', '✓', '✔'] as const;
export const NOT_MET_MARKS = ['', '0', 'không', '-'] as const;

const MET = new Set<string>(MET_MARKS);
const NOT_MET = new Set<string>(NOT_MET_MARKS);

/** The accepted values as users read them, for messages and the template's hint. */
export const ACCEPTED_MARKS_TEXT = 'x, 1, đạt, có, ✓ (đạt) hoặc để trống, 0, không, - (chưa đạt)';

/** Values offered by the template's drop-down (cell validation); blank is allowed separately. */
export const MARK_CHOICES = ['x', '1', 'đạt', 'có', '0', 'không', '-'] as const;

/** Reads one value: true (met), false (not met) or null when it is neither. */
export function parseMark(raw: string): boolean | null {
  const value = raw.normalize('NFC').trim().toLocaleLowerCase('vi');
  if (MET.has(value)) return true;
  if (NOT_MET.has(value)) return false;
  return null;
}
