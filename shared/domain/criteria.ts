/** New-rural (NTM) criteria, yearly status per unit and recognition levels. */

import type { UnitKind, UnitMatch } from './units';

/** What a criteria set is assessed on. */
export const CRITERIA_SCOPES = ['commune', 'district', 'village'] as const;
export type CriteriaScope = (typeof CRITERIA_SCOPES)[number];

/** Recognition level codes as the contract carries them. */
export const RECOGNITION_LEVELS = ['none', 'ntm', 'ntm-advanced', 'ntm-model', 'village-ntm', 'village-model', 'district-ntm'] as const;
export type RecognitionLevel = (typeof RECOGNITION_LEVELS)[number];

/** The levels a unit of each kind can hold, lowest first ('none' = chưa đạt or revoked). */
export const LEVELS_BY_KIND: Partial<Record<UnitKind, readonly RecognitionLevel[]>> = {
  commune: ['none', 'ntm', 'ntm-advanced', 'ntm-model'],
  village: ['none', 'village-ntm', 'village-model'],
  district: ['none', 'district-ntm'],
};

/** Order within a kind's ladder: a level counts as "at least X" when its rank is >= X's. */
export const LEVEL_RANK: Record<RecognitionLevel, number> = {
  none: 0,
  ntm: 1,
  'ntm-advanced': 2,
  'ntm-model': 3,
  'village-ntm': 1,
  'village-model': 2,
  'district-ntm': 1,
};

export interface LegalBasis {
  number: string;
  /** yyyy-MM-dd or null when not known yet. */
  date: string | null;
  issuer: string;
  title: string;
}

export interface Criterion {
  id: number;
  setId: number;
  number: number;
  name: string;
  groupName: string;
  archived: boolean;
  version: number;
}

export interface CriteriaSet {
  id: number;
  code: string;
  name: string;
  scope: CriteriaScope;
  /** Administrative types the set applies to (e.g. only "Xã"); empty = every unit of the scope's kind. */
  adminTypes: string[];
  legalBasis: LegalBasis;
  validFrom: string | null;
  validTo: string | null;
  /** National sets are fixed (19 commune criteria); provincial ones can gain or rename criteria. */
  editable: boolean;
  version: number;
  criteria: Criterion[];
}

/** One unit's criteria for one year. */
export interface UnitYearCriteria {
  unitId: number;
  year: number;
  setId: number;
  criteriaMet: number[];
  notes: { number: number; note: string }[];
  /** Derived: how many criteria are met. */
  count: number;
  version: number;
}

/** A row of the district grid: the commune, its criteria that year and what the year before had. */
export interface CriteriaGridRow {
  unitId: number;
  code: string | null;
  name: string;
  adminType: string;
  criteriaMet: number[];
  notes: { number: number; note: string }[];
  /** null when nothing was entered for the year. */
  count: number | null;
  previousCount: number | null;
  level: RecognitionLevel;
  /** null when no record exists yet (first save creates it). */
  version: number | null;
}

export interface CriteriaGrid {
  district: { id: number; name: string };
  year: number;
  set: CriteriaSet;
  rows: CriteriaGridRow[];
}

/**
 * What a save of a district's grid answers: the records it wrote, as stored (new versions). The other
 * rows are as the caller read them; a row someone else changed meanwhile is refused at its next save.
 */
export interface CriteriaGridSave {
  district: { id: number; name: string };
  year: number;
  saved: UnitYearCriteria[];
}

export interface RecognitionDecision {
  number: string;
  date: string | null;
  signerAuthority: string;
}

export interface Recognition {
  id: number;
  unitId: number;
  year: number;
  level: RecognitionLevel;
  decision: RecognitionDecision;
  /** The unit's name and district as they were when recorded: history keeps them after mergers. */
  unitNameAt: string;
  districtNameAt: string | null;
  note: string;
  version: number;
}

export interface Income {
  id: number;
  unitId: number;
  year: number;
  /** Triệu đồng per person per year. */
  amount: number;
  note: string;
  version: number;
}

/** One row of the XLSX criteria import preview. */
export interface CriteriaImportRow {
  /** Row number in the sheet (1-based, as Excel shows it). */
  rowNumber: number;
  unitId: number | null;
  code: string;
  name: string;
  criteriaMet: number[];
  errors: string[];
  /** The unit's name as the sheet wrote it ("UBND xã Đăk Ui"). */
  writtenName?: string;
  /**
   * Units the written name may mean when none could be taken without asking (a tie, or only
   * approximate matches), best first with why each matched; the user picks one (`resolutions`).
   */
  candidates?: UnitMatch[];
  /** The unit was the user's pick for this row rather than found by code or an unambiguous name. */
  resolved?: boolean;
}

export interface CriteriaImportPreview {
  year: number;
  setId: number;
  rows: CriteriaImportRow[];
  errorCount: number;
}

/** Why a recognition looks unlikely; the user may still save it (a warning, not a refusal). */
export const RECOGNITION_WARNING_CODES = ['no-earlier-ntm', 'no-earlier-advanced', 'few-criteria'] as const;
export type RecognitionWarningCode = (typeof RECOGNITION_WARNING_CODES)[number];

export interface RecognitionWarning {
  code: RecognitionWarningCode;
  message: string;
}

/** A commune row of the bulk recognition grid for a district and year. */
export interface RecognitionGridRow {
  unitId: number;
  code: string | null;
  name: string;
  /** The level held before this year (latest decision of an earlier year; 'none' without one). */
  heldBefore: RecognitionLevel;
  /** The year of that decision; null when no earlier decision exists. */
  heldBeforeYear: number | null;
  /** This year's decision, when one is recorded. */
  recognition: Recognition | null;
  /** Criteria met that year and the set's size; null when no criteria record exists. */
  count: number | null;
  criteriaTotal: number | null;
}

export interface RecognitionGrid {
  district: { id: number; name: string };
  year: number;
  rows: RecognitionGridRow[];
}

/** What a save of a district's recognition grid answers: each commune it changed with its decision now (null: removed). */
export interface RecognitionGridSave {
  district: { id: number; name: string };
  year: number;
  saved: { unitId: number; recognition: Recognition | null }[];
}

/** A commune or village of a district with its ethnic-minority-area flag (bulk entry). */
export interface EthnicFlagRow {
  unitId: number;
  code: string | null;
  name: string;
  kind: 'commune' | 'village';
  /** Xã, Phường, Thị trấn, Thôn, Làng ... */
  adminType: string;
  /** The commune a village belongs to (null for communes). */
  communeName: string | null;
  ethnicMinorityArea: boolean;
  version: number;
}

export interface EthnicFlagList {
  district: { id: number; name: string };
  rows: EthnicFlagRow[];
}

/** One row of an ethnic-minority-area list read from XLSX: the unit it names and the flag to tick. */
export interface EthnicFlagImportRow {
  rowNumber: number;
  name: string;
  unitId: number | null;
  ethnicMinorityArea: boolean | null;
  errors: string[];
}

export interface EthnicFlagImport {
  rows: EthnicFlagImportRow[];
  errorCount: number;
}
