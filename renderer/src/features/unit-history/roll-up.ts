import { LEVELS_BY_KIND, type Recognition, type RecognitionLevel } from '@shared/domain/criteria';
import type { UnitRef } from '@shared/domain/unit-history';
import type { UnitKind } from '@shared/domain/units';
import { compareVietnamese } from '@shared/text/collate';

export type RolledRecognition = Recognition & { current: UnitRef[] };

/** Kinds that carry recognitions, in the order the filter offers them. */
export const ROLL_UP_KINDS = ['commune', 'village', 'district'] as const satisfies readonly UnitKind[];
export type RollUpKind = (typeof ROLL_UP_KINDS)[number];

/** The level says the kind except for "chưa đạt"; then today's unit tells it (null when there is none). */
export function kindOf(record: RolledRecognition): UnitKind | null {
  if (record.level !== 'none') {
    for (const kind of ROLL_UP_KINDS) if (LEVELS_BY_KIND[kind]?.includes(record.level)) return kind;
  }
  return record.current[0]?.kind ?? null;
}

/** Where a record rolls up to: one of today's units, several (a split), or none (ended without successor). */
export type GroupTarget = { type: 'unit'; unit: UnitRef } | { type: 'split' } | { type: 'none' };

export interface RollUpGroup {
  key: string;
  target: GroupTarget;
  records: RolledRecognition[];
  /** Records at a level above "chưa đạt". */
  recognised: number;
  byLevel: { level: RecognitionLevel; count: number }[];
  /** Names the records carry (the units as they were), without repeats. */
  formerNames: string[];
}

function targetOf(record: RolledRecognition): { key: string; target: GroupTarget } {
  if (record.current.length === 1) return { key: `unit:${record.current[0].id}`, target: { type: 'unit', unit: record.current[0] } };
  return record.current.length === 0 ? { key: 'none', target: { type: 'none' } } : { key: 'split', target: { type: 'split' } };
}

const TARGET_ORDER: Record<GroupTarget['type'], number> = { unit: 0, split: 1, none: 2 };

/** Records grouped by today's unit, by name; splits and units without successor last. */
export function groupByCurrent(records: RolledRecognition[]): RollUpGroup[] {
  const groups = new Map<string, RollUpGroup>();
  for (const record of records) {
    const { key, target } = targetOf(record);
    const group = groups.get(key) ?? { key, target, records: [], recognised: 0, byLevel: [], formerNames: [] };
    group.records.push(record);
    if (record.level !== 'none') group.recognised += 1;
    const level = group.byLevel.find((entry) => entry.level === record.level);
    if (level) level.count += 1;
    else group.byLevel.push({ level: record.level, count: 1 });
    if (!group.formerNames.includes(record.unitNameAt)) group.formerNames.push(record.unitNameAt);
    groups.set(key, group);
  }
  const rank = (level: RecognitionLevel) =>
    ['ntm-model', 'ntm-advanced', 'ntm', 'village-model', 'village-ntm', 'district-ntm', 'none'].indexOf(level);
  for (const group of groups.values()) {
    group.byLevel.sort((a, b) => rank(a.level) - rank(b.level));
    group.formerNames.sort(compareVietnamese);
  }
  return [...groups.values()].sort((a, b) => {
    const order = TARGET_ORDER[a.target.type] - TARGET_ORDER[b.target.type];
    if (order !== 0) return order;
    return a.target.type === 'unit' && b.target.type === 'unit' ? compareVietnamese(a.target.unit.name, b.target.unit.name) : 0;
  });
}

/** Records as recorded: by the district then the unit name of their time. */
export function sortAsRecorded(records: RolledRecognition[]): RolledRecognition[] {
  return [...records].sort(
    (a, b) => compareVietnamese(a.districtNameAt ?? '', b.districtNameAt ?? '') || compareVietnamese(a.unitNameAt, b.unitNameAt),
  );
}
