import { compareVietnamese } from '../text/collate';
import type { Recognition, RecognitionLevel } from './criteria';
import type { UnitRef } from './unit-history';
import type { UnitKind } from './units';

/** A decision as recorded, with the unit(s) it rolls up to on the chosen date. */
export type RolledRecognition = Recognition & { current: UnitRef[] };

/** Kinds that carry recognitions, in the order the filter offers them. */
export const ROLL_UP_KINDS = ['commune', 'village', 'district'] as const satisfies readonly UnitKind[];
export type RollUpKind = (typeof ROLL_UP_KINDS)[number];

/** Where a record rolls up to: one of today's units, several (a split), or none (ended without successor). */
export type GroupTarget = { type: 'unit'; unit: UnitRef } | { type: 'split' } | { type: 'none' };

/** Totals of the decisions that roll up to one of today's units (or to a split, or to none). */
export interface RollUpGroup {
  key: string;
  target: GroupTarget;
  /** Decisions in the group. */
  records: number;
  /** Decisions at a level above "chưa đạt". */
  recognised: number;
  byLevel: { level: RecognitionLevel; count: number }[];
  /** Names the records carry (the units as they were), without repeats. */
  formerNames: string[];
}

/** What a roll-up of decisions reads of each: enough to group, never the whole record. */
export interface RollUpRecord {
  level: RecognitionLevel;
  unitNameAt: string;
  current: UnitRef[];
}

function targetOf(record: RollUpRecord): { key: string; target: GroupTarget } {
  if (record.current.length === 1) return { key: `unit:${record.current[0].id}`, target: { type: 'unit', unit: record.current[0] } };
  return record.current.length === 0 ? { key: 'none', target: { type: 'none' } } : { key: 'split', target: { type: 'split' } };
}

const TARGET_ORDER: Record<GroupTarget['type'], number> = { unit: 0, split: 1, none: 2 };
const LEVEL_RANK: RecognitionLevel[] = ['ntm-model', 'ntm-advanced', 'ntm', 'village-model', 'village-ntm', 'district-ntm', 'none'];

/** Records grouped by today's unit, by name; splits and units without successor last. */
export function groupByCurrent(records: Iterable<RollUpRecord>): RollUpGroup[] {
  const groups = new Map<string, RollUpGroup & { names: Set<string> }>();
  for (const record of records) {
    const { key, target } = targetOf(record);
    let group = groups.get(key);
    if (!group) {
      group = { key, target, records: 0, recognised: 0, byLevel: [], formerNames: [], names: new Set() };
      groups.set(key, group);
    }
    group.records += 1;
    if (record.level !== 'none') group.recognised += 1;
    const level = group.byLevel.find((entry) => entry.level === record.level);
    if (level) level.count += 1;
    else group.byLevel.push({ level: record.level, count: 1 });
    group.names.add(record.unitNameAt);
  }
  return [...groups.values()]
    .map(({ names, ...group }) => ({
      ...group,
      byLevel: group.byLevel.sort((a, b) => LEVEL_RANK.indexOf(a.level) - LEVEL_RANK.indexOf(b.level)),
      formerNames: [...names].sort(compareVietnamese),
    }))
    .sort((a, b) => {
      const order = TARGET_ORDER[a.target.type] - TARGET_ORDER[b.target.type];
      if (order !== 0) return order;
      return a.target.type === 'unit' && b.target.type === 'unit' ? compareVietnamese(a.target.unit.name, b.target.unit.name) : 0;
    });
}

/** A page of a year's decisions as recorded, with the roll-up of every decision the filters match. */
export interface RollUpPage {
  rows: RolledRecognition[];
  total: number;
  /** Decisions at a level above "chưa đạt" among all that match. */
  recognised: number;
  /** A page of the groups by today's unit (the same page size, `groupPage`). */
  groups: { rows: RollUpGroup[]; total: number };
}
