import type { ResultItemInput } from '@shared/contract/inspections';
import { applicableItems, scoreVisit } from '@shared/domain/inspection-score';
import type { ChecklistItem, ChecklistTemplate, ItemResult, VisitResult, VisitScore } from '@shared/domain/inspections';
import { formatNumber } from '@shared/format/number';

import { visitText } from './text';

/** One item as typed: no result yet, points as the number field holds them ('' when empty). */
export interface ItemDraft {
  result: ItemResult | null;
  points: number | '';
  note: string;
}

export type Drafts = Record<number, ItemDraft>;

export const maxText = (max: number) => formatNumber(max, Number.isInteger(max) ? 0 : 2);

/** The drafts as the stored results give them (items without a result are empty). */
export function draftsOf(template: ChecklistTemplate, results: readonly VisitResult[]): Drafts {
  const byItem = new Map(results.map((r) => [r.itemId, r]));
  const drafts: Drafts = {};
  for (const item of template.sections.flatMap((s) => s.items)) {
    const saved = byItem.get(item.id);
    drafts[item.id] = { result: saved?.result ?? null, points: saved?.points ?? '', note: saved?.note ?? '' };
  }
  return drafts;
}

const same = (a: ItemDraft, b: ItemDraft) => a.result === b.result && a.points === b.points && a.note === b.note;

/** The items changed since the last save. */
export function changedIds(saved: Drafts, drafts: Drafts): number[] {
  return Object.keys(drafts)
    .map(Number)
    .filter((id) => saved[id] && !same(saved[id], drafts[id]));
}

/** What is wrong with one item's draft, or null: the same rules the service applies, said before sending. */
export function itemError(item: ChecklistItem, draft: ItemDraft): { field: 'result' | 'points'; message: string } | null {
  const t = visitText.checklist;
  if (draft.points !== '') {
    if (draft.result === 'na') return { field: 'points', message: t.pointsForNa };
    if (item.maxPoints !== null && draft.points > item.maxPoints)
      return { field: 'points', message: t.pointsOverMax(maxText(item.maxPoints)) };
  }
  if (draft.result === null && (draft.points !== '' || draft.note.trim() !== '')) return { field: 'result', message: t.resultNeeded };
  return null;
}

/** Errors of the changed items, by item id. */
export function draftErrors(template: ChecklistTemplate, drafts: Drafts, ids: readonly number[]) {
  const items = new Map(template.sections.flatMap((s) => s.items).map((item) => [item.id, item]));
  const errors: Record<number, { field: 'result' | 'points'; message: string }> = {};
  for (const id of ids) {
    const item = items.get(id);
    const error = item ? itemError(item, drafts[id]) : null;
    if (error) errors[id] = error;
  }
  return errors;
}

/** The results the drafts stand for (items with a result). */
export function draftResults(drafts: Drafts): VisitResult[] {
  return Object.entries(drafts)
    .filter(([, d]) => d.result !== null)
    .map(([id, d]) => ({ itemId: Number(id), result: d.result as ItemResult, points: d.points === '' ? null : d.points, note: d.note }));
}

/** Total, maximum and band of the drafts, computed as the service computes the stored ones. */
export function draftScore(template: ChecklistTemplate, unitKind: string, drafts: Drafts): VisitScore {
  return scoreVisit(template, unitKind, draftResults(drafts));
}

/** Required items that apply to the unit and have no result in the drafts. */
export function draftMissing(template: ChecklistTemplate, unitKind: string, drafts: Drafts): ChecklistItem[] {
  return applicableItems(template, unitKind).filter((item) => item.required && drafts[item.id]?.result == null);
}

/** The setResults items of the changed drafts that carry a result. */
export function toResultInput(drafts: Drafts, ids: readonly number[]): ResultItemInput[] {
  return ids
    .filter((id) => drafts[id].result !== null)
    .map((id) => {
      const d = drafts[id];
      return { itemId: id, result: d.result as ItemResult, points: d.points === '' ? null : d.points, note: d.note };
    });
}
