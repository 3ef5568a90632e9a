import { foldText } from '@shared/text/fold';

import { unitHistoryText } from './text';

const text = unitHistoryText.villages;

/** One village as villages.importPreview takes it. */
export interface VillagePasteRow {
  name: string;
  commune: string;
  ethnicMinorityArea: boolean;
  adminType: string;
}

export type VillagePaste =
  | { ok: true; rows: VillagePasteRow[]; /** The pasted line each row came from, for messages users can find. */ lines: number[] }
  | { ok: false; errors: string[] };

const YES = new Set(['co', 'x']);
const NO = new Set(['khong', '']);

/** A header row names its columns ("Tên thôn", "Vùng DTTS") instead of holding a village. */
function isHeader(cells: string[]): boolean {
  const first = foldText(cells[0] ?? '');
  const third = foldText(cells[2] ?? '');
  return first.startsWith('ten thon') || first === 'thon' || third.includes('dtts');
}

/**
 * Rows copied from Excel (tab-separated: Tên thôn | Xã | Vùng DTTS | Loại hình), a header row optional.
 * A flag that is not có/không/x is refused with the line named, so nothing ambiguous reaches main.
 */
export function parseVillagePaste(pasted: string): VillagePaste {
  const rows: VillagePasteRow[] = [];
  const lines: number[] = [];
  const errors: string[] = [];
  let seenData = false;
  pasted.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const cells = raw.split('\t').map((cell) => cell.trim());
    if (!seenData && isHeader(cells)) return;
    seenData = true;
    if (cells.length < 2) {
      errors.push(text.missingColumns(line));
      return;
    }
    const flag = foldText(cells[2] ?? '');
    if (!YES.has(flag) && !NO.has(flag)) {
      errors.push(text.badFlag(line, cells[2] ?? ''));
      return;
    }
    rows.push({ name: cells[0], commune: cells[1], ethnicMinorityArea: YES.has(flag), adminType: cells[3] ?? '' });
    lines.push(line);
  });
  if (errors.length > 0) return { ok: false, errors };
  if (rows.length === 0) return { ok: false, errors: [text.nothing] };
  return { ok: true, rows, lines };
}
