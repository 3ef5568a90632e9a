import type { AuditEntry } from '@shared/domain/audit';
import type { RecognitionLevel } from '@shared/domain/criteria';
import type { SuccessorRelation } from '@shared/domain/unit-history';
import type { UnitAliasSource } from '@shared/domain/units';
import { formatDate } from '@shared/format/date';
import { formatFigure } from '@shared/format/number';
import { LEVEL_LABELS, SUCCESSOR_RELATION_LABELS } from '@shared/text/movements-text';

import type { FieldChange } from './history';
import { unitsText } from './text';

const text = unitsText.history.related;
const aliasSources = unitsText.aliases.sources;

/**
 * The records kept per unit whose changes its page history shows beside the unit's own: the yearly criteria,
 * recognitions, incomes and successor links. Each is told by what it is about and its fields users know.
 */
type Shown = (value: unknown) => string;

const plain: Shown = (value) => (value === null || value === undefined || value === '' ? unitsText.blank : String(value));
const date: Shown = (value) => (typeof value === 'string' && value ? formatDate(value) : unitsText.blank);
const level: Shown = (value) =>
  typeof value === 'string' && value in LEVEL_LABELS ? LEVEL_LABELS[value as RecognitionLevel] : plain(value);
const figure: Shown = (value) => (typeof value === 'number' ? formatFigure(value) : plain(value));
const numbers: Shown = (value) => (Array.isArray(value) && value.length > 0 ? value.join(', ') : unitsText.blank);

const FIELDS: Record<string, [path: string, label: string, shown: Shown][]> = {
  'unit-criteria': [
    ['count', text.fields.count, figure],
    ['criteriaMet', text.fields.criteriaMet, numbers],
  ],
  recognition: [
    ['year', text.fields.year, plain],
    ['level', text.fields.level, level],
    ['decision.number', text.fields.decisionNumber, plain],
    ['decision.date', text.fields.decisionDate, date],
    ['decision.signerAuthority', text.fields.signerAuthority, plain],
    ['note', text.fields.note, plain],
  ],
  income: [
    ['amount', text.fields.amount, figure],
    ['note', text.fields.note, plain],
  ],
  'unit-alias': [
    ['name', text.fields.aliasName, plain],
    [
      'source',
      text.fields.aliasSource,
      (value) => (typeof value === 'string' && value in aliasSources ? aliasSources[value as UnitAliasSource] : plain(value)),
    ],
  ],
  'unit-successor': [
    ['effectiveDate', text.fields.effectiveDate, date],
    ['decision.number', text.fields.decisionNumber, plain],
    ['decision.date', text.fields.decisionDate, date],
    ['decision.issuer', text.fields.issuer, plain],
    ['note', text.fields.note, plain],
  ],
};

function read(record: Record<string, unknown> | null, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), record);
}

function stored(entry: AuditEntry): Record<string, unknown> | null {
  return entry.after ?? entry.before;
}

/** What a related entry is about ("Quyết định công nhận năm 2024"); null for the unit's own changes. */
export function subjectOf(entry: AuditEntry): string | null {
  const record = stored(entry);
  const year = read(record, 'year');
  switch (entry.entity) {
    case 'unit-criteria':
      return text.criteria(String(year));
    case 'recognition':
      return text.recognition(String(year));
    case 'income':
      return text.income(String(year));
    case 'unit-alias':
      return text.alias(plain(read(record, 'name')));
    case 'unit-successor': {
      const relation = read(record, 'relation') as SuccessorRelation;
      return text.successor(
        plain(read(record, 'predecessor.name')),
        (SUCCESSOR_RELATION_LABELS[relation] ?? plain(relation)).toLowerCase(),
        plain(read(record, 'successor.name')),
      );
    }
    default:
      return null;
  }
}

/** Field-by-field changes of a related entry (old -> new); for a creation, the fields that were filled. */
export function relatedChanges(entry: AuditEntry): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [path, label, shown] of FIELDS[entry.entity] ?? []) {
    const old = read(entry.before, path);
    const now = read(entry.after, path);
    if (JSON.stringify(old ?? null) === JSON.stringify(now ?? null)) continue;
    if (entry.action === 'create' && (now === '' || now === null || now === undefined)) continue;
    // A removed record is told by its action and subject; its values are not "changed to blank".
    if (entry.action === 'delete' || (entry.entity === 'unit-successor' && entry.action === 'archive')) continue;
    changes.push({ field: path, label, before: shown(old), after: shown(now) });
  }
  return changes;
}

/** A removed link is audited as archived; the page calls it removed, as the lineage section does. */
export function relatedAction(entry: AuditEntry): string {
  return entry.entity === 'unit-successor' && entry.action === 'archive' ? 'delete' : entry.action;
}
