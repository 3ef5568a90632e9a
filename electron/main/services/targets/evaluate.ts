import { LEVEL_RANK, LEVELS_BY_KIND, type RecognitionLevel } from '../../../../shared/domain/criteria';
import type { Movement } from '../../../../shared/domain/movements';
import type {
  Target,
  TargetDefinition,
  TargetDirection,
  TargetEvaluation,
  TargetPartEvaluation,
  TargetStatus,
  UnitFilter,
} from '../../../../shared/domain/targets';
import { TARGET_STATUS_LABELS } from '../../../../shared/text/movements-text';
import type { MovementData } from './data';
import { methodText } from './messages';

/** A metric's raw result for one year. */
export interface Measure {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  unitIds: number[];
  /** Upper bound for projections (a count cannot exceed its population, a share 100%). */
  max: number | null;
  /** Whether records were entered in exactly this year (a year usable as projection base). */
  recordedThisYear: boolean;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

function atLevel(level: RecognitionLevel, wanted: RecognitionLevel, filter: UnitFilter): boolean {
  const ladder = LEVELS_BY_KIND[filter.kind] ?? [];
  return ladder.includes(level) && LEVEL_RANK[level] >= LEVEL_RANK[wanted];
}

function levelMeasure(data: MovementData, filter: UnitFilter, level: RecognitionLevel, year: number, share: boolean): Measure {
  // Only units with records can hold a level above none: the rest are counted, never read one by one (100k villages).
  const units = LEVEL_RANK[level] === LEVEL_RANK.none ? data.units(filter, year) : data.recorded(filter, year);
  const total = data.population(filter, year);
  const anyData = units.some((u) => data.hasDecision(u.id, year, true) || data.count(u.id, year) !== null);
  const counted: number[] = [];
  for (const u of units) if (atLevel(data.level(u.id, year), level, filter)) counted.push(u.id);
  const recordedThisYear = units.some((u) => data.hasDecision(u.id, year, false) || data.count(u.id, year) !== null);
  const base = { numerator: counted.length, denominator: total, unitIds: counted, recordedThisYear };
  if (!anyData || total === 0) return { ...base, value: null, max: null };
  if (share) return { ...base, value: round((100 * counted.length) / total, 2), max: 100 };
  return { ...base, value: counted.length, max: total };
}

/** Computes one definition for one year; `goal` picks the units behind min-criteria (those under it). */
export function measure(definition: TargetDefinition, data: MovementData, year: number, goal: number | null): Measure {
  switch (definition.metric) {
    case 'level-count':
      return levelMeasure(data, definition.units, definition.level, year, false);
    case 'level-share':
      return levelMeasure(data, definition.units, definition.level, year, true);
    case 'min-criteria': {
      const recorded = data.recorded(definition.units, year).flatMap((u) => {
        const count = data.count(u.id, year);
        return count === null ? [] : [{ id: u.id, count }];
      });
      if (recorded.length === 0) return { value: null, numerator: null, denominator: 0, unitIds: [], max: null, recordedThisYear: false };
      const min = Math.min(...recorded.map((r) => r.count));
      const below = recorded.filter((r) => (goal === null ? r.count === min : r.count < goal)).map((r) => r.id);
      const max = Math.max(...recorded.map((r) => data.criteriaTotal(r.id, year) ?? 0));
      return { value: min, numerator: below.length, denominator: recorded.length, unitIds: below, max, recordedThisYear: true };
    }
    case 'criteria-gain': {
      const considered = data.recorded(definition.units, year).flatMap((u) => {
        const now = data.count(u.id, year);
        const before = data.count(u.id, year - 1);
        // A unit that already met every criterion the year before has nothing left to gain.
        if (now === null || before === null || before >= (data.criteriaTotal(u.id, year - 1) ?? Infinity)) return [];
        return [{ id: u.id, gain: now - before }];
      });
      const failing = considered.filter((c) => c.gain < definition.minGain).map((c) => c.id);
      const value = considered.length === 0 ? null : failing.length;
      return {
        value,
        numerator: failing.length,
        denominator: considered.length,
        unitIds: failing,
        max: null,
        recordedThisYear: considered.length > 0,
      };
    }
    case 'income-ratio':
      // Needs the target's base year: computed by incomeMeasure; here only whether the year has a figure.
      return {
        value: null,
        numerator: data.income(year),
        denominator: null,
        unitIds: [],
        max: null,
        recordedThisYear: data.income(year) !== null,
      };
  }
}

function incomeMeasure(data: MovementData, year: number, baseYear: number): Measure {
  const now = data.income(year);
  const base = data.income(baseYear);
  const ids = data.scopeUnitId === null ? [] : [data.scopeUnitId];
  if (now === null || base === null)
    return { value: null, numerator: now, denominator: base, unitIds: ids, max: null, recordedThisYear: now !== null };
  return { value: round(now / base, 4), numerator: now, denominator: base, unitIds: ids, max: null, recordedThisYear: true };
}

/** A target's measure for a year, computed once per load: projections and trends ask for the same years again. */
function measureTarget(target: Target, data: MovementData, year: number, goal: number | null, level?: RecognitionLevel): Measure {
  const key = `measure|${JSON.stringify(target.definition)}|${target.baseYear}|${year}|${String(goal)}|${level ?? ''}`;
  return data.memo(key, () => {
    if (target.definition.metric === 'income-ratio') return incomeMeasure(data, year, target.baseYear);
    const definition = level && target.definition.metric === 'level-count' ? { ...target.definition, level } : target.definition;
    return measure(definition, data, year, goal);
  });
}

function reaches(value: number, goal: number, direction: TargetDirection): boolean {
  return direction === 'at-least' ? value >= goal : value <= goal;
}

/**
 * Linear projection: pace = (value this year - value in the base year) / years between; the end of
 * the period = value + pace x years left. The base year is the target's, or the first later year
 * with records; without one (or for yearly targets) there is no projection.
 */
function project(
  target: Target,
  movement: Movement,
  data: MovementData,
  year: number,
  now: Measure,
  level?: RecognitionLevel,
): number | null {
  if (now.value === null || target.definition.metric === 'criteria-gain') return null;
  if (year >= movement.endYear) return now.value;
  for (let base = target.baseYear; base < year; base += 1) {
    const then = measureTarget(target, data, base, target.goal, level);
    if (!then.recordedThisYear || then.value === null) continue;
    const pace = (now.value - then.value) / (year - base);
    const projected = now.value + pace * (movement.endYear - year);
    const clamped = Math.max(0, now.max === null ? projected : Math.min(now.max, projected));
    return round(clamped, 2);
  }
  return null;
}

function status(
  value: number | null,
  goal: number | null,
  direction: TargetDirection,
  projection: number | null,
  yearly: boolean,
  final: boolean,
): TargetStatus {
  if (goal === null) return 'tracking';
  if (value === null) return 'no-data';
  if (reaches(value, goal, direction)) return 'met';
  // A yearly commitment missed this year, or the period over, cannot be caught up: at risk.
  if (yearly || final) return 'at-risk';
  if (projection !== null && !reaches(projection, goal, direction)) return 'at-risk';
  return 'not-yet';
}

const SEVERITY: TargetStatus[] = ['tracking', 'met', 'no-data', 'not-yet', 'at-risk'];

/** Evaluates one target for one year, parts included. */
export function evaluateTarget(target: Target, movement: Movement, data: MovementData, year: number): TargetEvaluation {
  const yearly = target.definition.metric === 'criteria-gain';
  const final = year >= movement.endYear;
  const now = measureTarget(target, data, year, target.goal);
  const projection = project(target, movement, data, year, now);
  const parts: TargetPartEvaluation[] =
    target.definition.metric === 'level-count'
      ? target.definition.parts.map((part) => {
          const m = measureTarget(target, data, year, part.goal, part.level);
          const p = project(target, movement, data, year, m, part.level);
          return {
            label: part.label,
            value: m.value,
            goal: part.goal,
            status: status(m.value, part.goal, target.direction, p, false, final),
            projection: p,
            unitIds: m.unitIds,
          };
        })
      : [];
  let overall = status(now.value, target.goal, target.direction, projection, yearly, final);
  if (overall !== 'tracking') {
    for (const part of parts) if (SEVERITY.indexOf(part.status) > SEVERITY.indexOf(overall)) overall = part.status;
  }
  return {
    targetId: target.id,
    code: target.code,
    label: target.label,
    year,
    value: now.value,
    goal: target.goal,
    direction: target.direction,
    status: overall,
    statusLabel: TARGET_STATUS_LABELS[overall],
    projection,
    numerator: now.numerator,
    denominator: now.denominator,
    unitIds: now.unitIds,
    parts,
    method: methodText(target, movement),
  };
}
