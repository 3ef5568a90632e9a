import type { RecognitionGridRowInput } from '@shared/contract/recognitions';
import {
  LEVEL_RANK,
  LEVELS_BY_KIND,
  type RecognitionDecision,
  type RecognitionGrid,
  type RecognitionGridRow,
  type RecognitionGridSave,
  type RecognitionLevel,
} from '@shared/domain/criteria';
import { LEVEL_LABELS } from '@shared/text/movements-text';

import { baselineText } from './baseline-text';

const text = baselineText.recognitions;

/** What a row will record for the year: a level with its decision, or null for no decision. */
export interface RowDraft {
  level: RecognitionLevel | null;
  decision: RecognitionDecision;
}

export type Drafts = ReadonlyMap<number, RowDraft>;

export const EMPTY_DECISION: RecognitionDecision = { number: '', date: null, signerAuthority: '' };
export const COMMUNE_LEVELS = LEVELS_BY_KIND.commune ?? [];

export function loadedDraft(row: RecognitionGridRow): RowDraft {
  return row.recognition ? { level: row.recognition.level, decision: row.recognition.decision } : { level: null, decision: EMPTY_DECISION };
}

export function draftOf(row: RecognitionGridRow, drafts: Drafts): RowDraft {
  return drafts.get(row.unitId) ?? loadedDraft(row);
}

function sameDraft(a: RowDraft, b: RowDraft): boolean {
  if (a.level !== b.level) return false;
  // Without a decision the decision fields mean nothing.
  if (a.level === null) return true;
  return (
    a.decision.number === b.decision.number &&
    a.decision.date === b.decision.date &&
    a.decision.signerAuthority === b.decision.signerAuthority
  );
}

/** Sets a row's draft; a row back to what was loaded leaves the map, so the change count stays exact. */
export function withDraft(drafts: Drafts, row: RecognitionGridRow, draft: RowDraft): Drafts {
  const next = new Map(drafts);
  if (sameDraft(draft, loadedDraft(row))) next.delete(row.unitId);
  else next.set(row.unitId, draft);
  return next;
}

/** The changed rows as the save channel takes them, each at the version it was read. */
export function changedRows(grid: RecognitionGrid, drafts: Drafts): RecognitionGridRowInput[] {
  return grid.rows.flatMap((row) => {
    const draft = drafts.get(row.unitId);
    if (!draft) return [];
    const version = row.recognition?.version ?? null;
    return [
      draft.level === null
        ? { unitId: row.unitId, level: null, version }
        : { unitId: row.unitId, level: draft.level, decision: draft.decision, version },
    ];
  });
}

/**
 * Why a drafted level looks unlikely, from what the grid already knows (the level held before the
 * year, that year's criteria); main's recognitions.warnings applies the same rules to one unit.
 */
export function rowWarnings(row: RecognitionGridRow, level: RecognitionLevel | null): string[] {
  if (level === null || LEVEL_RANK[level] === 0) return [];
  const rank = LEVEL_RANK[level];
  const warnings: string[] = [];
  if (rank >= 2 && LEVEL_RANK[row.heldBefore] < rank - 1) {
    const required = COMMUNE_LEVELS.find((candidate) => LEVEL_RANK[candidate] === rank - 1) ?? 'ntm';
    warnings.push(text.warnNoEarlier(LEVEL_LABELS[level], LEVEL_LABELS[required]));
  }
  if (row.count !== null && row.criteriaTotal !== null && row.count < row.criteriaTotal) {
    warnings.push(text.warnFewCriteria(row.count, row.criteriaTotal));
  }
  return warnings;
}

/** The grid with a save's decisions in place (new versions, removals); the rows it did not change stay as loaded. */
export function withSaved(grid: RecognitionGrid, save: RecognitionGridSave): RecognitionGrid {
  const changed = new Map(save.saved.map((row) => [row.unitId, row.recognition]));
  return {
    ...grid,
    rows: grid.rows.map((row) => (changed.has(row.unitId) ? { ...row, recognition: changed.get(row.unitId) ?? null } : row)),
  };
}
