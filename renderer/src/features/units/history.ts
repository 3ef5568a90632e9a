import type { AuditEntry } from '@shared/domain/audit';
import { UNIT_KINDS, type UnitKind } from '@shared/domain/units';
import { UNIT_KIND_LABELS } from '@shared/text/units-text';

import type { FieldChange } from '../../components/ChangeHistoryTable';
import { unitsText } from './text';

export type { FieldChange };

/** Fields shown in the history, in form order; bookkeeping (id, version, archived) is told by the action. */
const SHOWN_FIELDS = [
  'name',
  'kind',
  'adminType',
  'parentId',
  'code',
  'ethnicMinorityArea',
  'headName',
  'phone',
  'email',
  'address',
  'notes',
];

/** How a stored value reads to a user; parents by name when the caller knows it. */
export function displayValue(field: string, value: unknown, unitName?: (id: number) => string | undefined): string {
  if (value === null || value === undefined || value === '') return unitsText.blank;
  if (typeof value === 'boolean') return value ? unitsText.yes : unitsText.no;
  if (field === 'kind' && UNIT_KINDS.includes(value as UnitKind)) return UNIT_KIND_LABELS[value as UnitKind];
  if (field === 'parentId' && typeof value === 'number') return unitName?.(value) ?? unitsText.history.unknownUnit(value);
  return String(value);
}

/** Field-by-field changes of one audit entry (old -> new); for a creation, the fields that were filled. */
export function changesOf(entry: AuditEntry, unitName?: (id: number) => string | undefined): FieldChange[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const changes: FieldChange[] = [];
  for (const field of SHOWN_FIELDS) {
    const old = before[field];
    const now = after[field];
    if (JSON.stringify(old ?? null) === JSON.stringify(now ?? null)) continue;
    if (entry.action === 'create' && (now === '' || now === null || now === false || now === undefined)) continue;
    changes.push({
      field,
      label: unitsText.fields[field] ?? field,
      before: displayValue(field, old, unitName),
      after: displayValue(field, now, unitName),
    });
  }
  return changes;
}

/** The action in Vietnamese: Tạo mới, Sửa, Lưu trữ, Khôi phục. */
export function actionLabel(action: string): string {
  return unitsText.history.actions[action] ?? action;
}

/** Units a unit's history names by id (its parents before and after each change), to read their names. */
export function parentIdsOf(entries: AuditEntry[]): number[] {
  const ids = new Set<number>();
  for (const entry of entries) {
    if (entry.entity !== 'unit') continue;
    for (const side of [entry.before, entry.after]) {
      const parentId = side?.parentId;
      if (typeof parentId === 'number') ids.add(parentId);
    }
  }
  return [...ids];
}
