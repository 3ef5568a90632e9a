/** Targets (chỉ tiêu) as definitions evaluated from the records, and the dashboard built on them. */

import type { RecognitionLevel } from './criteria';
import type { MovementListItem, OverdueItem } from './movements';

export const TARGET_METRICS = ['level-count', 'level-share', 'min-criteria', 'criteria-gain', 'income-ratio'] as const;
export type TargetMetric = (typeof TARGET_METRICS)[number];

export const TARGET_DIRECTIONS = ['at-least', 'at-most'] as const;
export type TargetDirection = (typeof TARGET_DIRECTIONS)[number];

/** Which units a target counts: a kind, optionally narrowed by administrative type and the EM-area flag. */
export interface UnitFilter {
  kind: 'commune' | 'village' | 'district';
  adminTypes: string[];
  ethnicMinorityArea: boolean | null;
}

/** A sub-goal evaluated the same way with another level ("trong đó 20 xã nâng cao"). */
export interface TargetPart {
  label: string;
  level: RecognitionLevel;
  goal: number;
}

export type TargetDefinition =
  /** Units at level >= `level`. */
  | { metric: 'level-count'; units: UnitFilter; level: RecognitionLevel; parts: TargetPart[] }
  /** Percent of the units at level >= `level`. */
  | { metric: 'level-share'; units: UnitFilter; level: RecognitionLevel }
  /** The lowest criteria count among the units with a record that year. */
  | { metric: 'min-criteria'; units: UnitFilter }
  /** Units whose criteria count rose by less than `minGain` over the year before (units already at full marks excluded). */
  | { metric: 'criteria-gain'; units: UnitFilter; minGain: number }
  /** Income per capita of the movement's area that year divided by the base year's. */
  | { metric: 'income-ratio' };

export interface Target {
  id: number;
  movementId: number;
  code: string;
  ordinal: number;
  label: string;
  definition: TargetDefinition;
  /** null for a target without a figure (tracked, not judged). */
  goal: number | null;
  direction: TargetDirection;
  baseYear: number;
  note: string;
  version: number;
}

export const TARGET_STATUSES = ['met', 'not-yet', 'at-risk', 'no-data', 'tracking'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

export interface TargetPartEvaluation {
  label: string;
  value: number | null;
  goal: number;
  status: TargetStatus;
  projection: number | null;
  unitIds: number[];
}

export interface TargetEvaluation {
  targetId: number;
  code: string;
  label: string;
  year: number;
  value: number | null;
  goal: number | null;
  direction: TargetDirection;
  status: TargetStatus;
  statusLabel: string;
  /** Value expected at the end of the period at the current pace; null when it cannot be computed. */
  projection: number | null;
  /** For counts and shares: how many of how many ("35/85"). */
  numerator: number | null;
  denominator: number | null;
  /** The units behind the value (the ones counted, or for at-most targets the ones failing). */
  unitIds: number[];
  parts: TargetPartEvaluation[];
  /** How the value and the projection were computed, in Vietnamese, for the UI. */
  method: string;
}

export interface TrendPoint {
  year: number;
  value: number | null;
}

export interface TargetTrend {
  targetId: number;
  code: string;
  label: string;
  goal: number | null;
  points: TrendPoint[];
}

export interface UnitFigure {
  id: number;
  code: string | null;
  name: string;
  districtId: number | null;
  districtName: string | null;
  count: number | null;
  previousCount: number | null;
  /** The recognition in force that year (the latest decision up to it). */
  level: RecognitionLevel;
}

/** A commune's criteria counts and level that year, without names (lists read those by id): one per commune, kept small. */
export interface CommuneFigure {
  id: number;
  count: number | null;
  previousCount: number | null;
  level: RecognitionLevel;
}

export interface DistrictRow {
  districtId: number;
  districtName: string;
  communeCount: number;
  communeIds: number[];
  ntmCount: number;
  ntmIds: number[];
  /** Communes at NTM nâng cao or kiểu mẫu, and at kiểu mẫu alone. */
  advancedIds: number[];
  modelIds: number[];
  /** Average criteria over the communes with a record that year; null when none has one. */
  averageCriteria: number | null;
  recordedIds: number[];
  /** Communes with a record that year under the criteria threshold (the summary's `underThreshold`). */
  underIds: number[];
}

/** How many communes a dashboard list shows before "xem tất cả" opens the rest. */
export const DASHBOARD_LIST_SHOWN = 8;

/**
 * A dashboard list of communes as the screen needs it: how many, and the first few, lowest count first,
 * with their figures; the drawer asks for the rest a page at a time (dashboard.units). Nationally such a
 * list runs to thousands of communes: sending every id made the answer close to a megabyte.
 */
export interface UnitFigureList {
  total: number;
  /** The first DASHBOARD_LIST_SHOWN by criteria count, lowest first (ties keep the list's order). */
  lowest: UnitFigure[];
}

/** A district's line of the dashboard's table: counts only (each opens its communes through dashboard.units). */
export interface DistrictSummaryRow {
  districtId: number;
  districtName: string;
  communeCount: number;
  ntmCount: number;
  /** Communes at NTM nâng cao or kiểu mẫu, and at kiểu mẫu alone. */
  advancedCount: number;
  modelCount: number;
  averageCriteria: number | null;
  recordedCount: number;
  underCount: number;
}

/** The commune lists behind the dashboard's figures, each for the whole area or one district of it. */
export const DASHBOARD_COMMUNE_LISTS = [
  'communes',
  'ntm',
  'advanced',
  'model',
  'recorded',
  'missing',
  'under',
  'no-gain',
  'no-previous',
] as const;
export type DashboardCommuneList = (typeof DASHBOARD_COMMUNE_LISTS)[number];

/**
 * Which units a dashboard figure stands for: the server finds them again and sends its drawer a page at a
 * time. A target's list is the units behind its value, or behind one of its parts (index in `parts`).
 */
export type DashboardUnitList = { kind: DashboardCommuneList; districtId?: number } | { kind: 'target'; targetId: number; part?: number };

/** One unit of a figure's drawer: its name and district, its criteria counts and level that year. */
export interface DashboardUnitRow {
  id: number;
  name: string;
  districtName: string | null;
  /** Null where nothing was entered that year (and for units without criteria, such as a province). */
  count: number | null;
  previousCount: number | null;
  level: RecognitionLevel;
}

/** Whose figures and of which year: the movement, the year, the day overdue items are counted to, its targets. */
interface FiguresOfYear<T> {
  movementId: number;
  year: number;
  asOf: string;
  targets: T[];
}

/**
 * A target's evaluation as the dashboard shows it: how many units are behind the value and each part, not
 * which (the drawer asks dashboard.units for them a page at a time; a village target counts thousands).
 */
export interface TargetFigure extends Omit<TargetEvaluation, 'unitIds' | 'parts'> {
  unitCount: number;
  parts: (Omit<TargetPartEvaluation, 'unitIds'> & { unitCount: number })[];
}

/** The dashboard's figures with every list whole: what the movement report prints (not sent to the screen). */
export interface MovementFigures extends FiguresOfYear<TargetEvaluation> {
  communes: {
    total: number;
    unitIds: number[];
    ntmCount: number;
    ntmIds: number[];
    averageCriteria: number | null;
    recordedIds: number[];
    missingIds: number[];
    /** The communes counted that have a record this year or last, or a level (the others have no figure to show). */
    figures: CommuneFigure[];
  };
  underThreshold: { threshold: number; units: UnitFigure[] };
  /** Communes whose criteria count did not rise over last year's record (only those with one). */
  noGain: UnitFigure[];
  /** Communes with a record this year but none last year: "chưa có số liệu năm trước". */
  noPreviousRecord: UnitFigure[];
  /** What a new database still lacks: communes with a criteria record this year, communes with any decision up to it, flagged units. */
  baseline: { criteriaRecords: number; recognitions: number; ethnicFlags: number };
  byDistrict: DistrictRow[];
  overdue: OverdueItem[];
}

/**
 * The Tổng quan screen's answer: every figure as a count, the few lowest communes of each list; the units
 * behind a figure (a target's too) come a page at a time from dashboard.units.
 */
export interface DashboardSummary extends FiguresOfYear<TargetFigure> {
  /**
   * What the movement's area is, for the total row ("Toàn tỉnh", "Toàn huyện"): the administrative type of its
   * scope unit, or of the register's one province; null when the register holds several provinces.
   */
  area: { adminType: string | null };
  communes: {
    total: number;
    ntmCount: number;
    advancedCount: number;
    modelCount: number;
    averageCriteria: number | null;
    recordedCount: number;
    missingCount: number;
  };
  underThreshold: { threshold: number } & UnitFigureList;
  noGain: UnitFigureList;
  noPreviousRecord: UnitFigureList;
  baseline: MovementFigures['baseline'];
  byDistrict: DistrictSummaryRow[];
  overdue: OverdueItem[];
}

/**
 * What the dashboard shows first, in one answer: the movements, and for the movement it opens on its
 * targets, their trend and the year's summary, each exactly as its own channel answers it. The screen
 * would otherwise ask for the movements, wait for them, then ask for the rest.
 */
export interface DashboardOpening {
  movements: MovementListItem[];
  /** The movement asked for when it exists, else the one the dashboard opens on (defaultMovement); null without any. */
  movementId: number | null;
  targets: Target[];
  trend: TargetTrend[];
  /** The year the summary was asked for: the one given when inside the movement's period, else null (the default year). */
  summaryYear: number | null;
  summary: DashboardSummary | null;
}
