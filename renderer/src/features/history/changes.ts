import type { AuditEntry } from '@shared/domain/audit';
import { formatDate } from '@shared/format/date';

import type { FieldChange } from '../../components/ChangeHistoryTable';
import { historyText as text } from './text';

export type { FieldChange };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A stored record flattened one level ("document.number"), so nested fields compare one by one. */
function flatten(record: Record<string, unknown> | null): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record ?? {})) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, innerValue] of Object.entries(value)) flat[`${key}.${inner}`] = innerValue;
    } else flat[key] = value;
  }
  return flat;
}

/** How a stored value reads to a user: dates dd/MM/yyyy, yes/no, lists of names joined. */
export function displayValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return text.blank;
  if (typeof value === 'boolean') return value ? text.yes : text.no;
  if (typeof value === 'string' && ISO_DATE.test(value)) return formatDate(value);
  if (field === 'status' && typeof value === 'string') return text.statuses[value] ?? value;
  if (Array.isArray(value)) {
    const names = value.map((item) => (item && typeof item === 'object' && 'name' in item ? String(item.name) : String(item)));
    return names.length > 6 ? `${names.slice(0, 6).join('; ')} ${text.more(names.length - 6)}` : names.join('; ') || text.blank;
  }
  return String(value);
}

/** Field-by-field changes of one audit entry (old -> new) for the fields users know; for a creation, what was filled. */
export function changesOf(entry: AuditEntry): FieldChange[] {
  const before = flatten(entry.before);
  const after = flatten(entry.after);
  const changes: FieldChange[] = [];
  const hidden = new Set(text.hidden[entry.entity] ?? []);
  for (const [field, label] of Object.entries(text.fields)) {
    if (hidden.has(field) || (!(field in before) && !(field in after))) continue;
    const old = before[field];
    const now = after[field];
    if (JSON.stringify(old ?? null) === JSON.stringify(now ?? null)) continue;
    if (entry.action === 'create' && (now === '' || now === null || now === false || now === 0 || now === undefined)) continue;
    changes.push({ field, label, before: displayValue(field, old), after: displayValue(field, now) });
  }
  return changes;
}
