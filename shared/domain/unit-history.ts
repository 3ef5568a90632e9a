/** Units across reorganisations (the 2025 merger): validity dates and successor links. */

import type { UnitKind, UnitMatch } from './units';

/** Read as "unit <relation> other unit": A merged_into B, A renamed_to B, A split_from B. */
export const SUCCESSOR_RELATIONS = ['merged_into', 'renamed_to', 'split_from'] as const;
export type SuccessorRelation = (typeof SUCCESSOR_RELATIONS)[number];

export interface UnitRef {
  id: number;
  code: string | null;
  name: string;
  kind: UnitKind;
  validFrom: string | null;
  validTo: string | null;
}

/** A stored link, always from the older unit (predecessor) to the newer one (successor). */
export interface SuccessorLink {
  id: number;
  predecessor: UnitRef;
  successor: UnitRef;
  relation: SuccessorRelation;
  effectiveDate: string;
  decision: { number: string; date: string | null; issuer: string };
  note: string;
}

export interface UnitHistory {
  unit: UnitRef & { version: number };
  /** Links where this unit is the older one. */
  successors: SuccessorLink[];
  /** Links where this unit is the newer one. */
  predecessors: SuccessorLink[];
  /** The units of the as-of date this unit's records roll up to (itself when still valid). */
  current: UnitRef[];
}

export interface RollUpItem {
  unitId: number;
  unitName: string;
  current: UnitRef[];
  /** True when the unit was split and its records cannot go to one unit alone. */
  ambiguous: boolean;
}

export interface VillageImportRow {
  rowNumber: number;
  name: string;
  commune: string;
  communeId: number | null;
  communeName: string | null;
  ethnicMinorityArea: boolean;
  errors: string[];
  /** Communes the written name may mean when none was taken without asking, best first with why. */
  candidates?: UnitMatch[];
  /** The commune was the user's pick for this row. */
  resolved?: boolean;
}
