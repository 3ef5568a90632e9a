import type { CriteriaSet, RecognitionLevel } from '../../../../shared/domain/criteria';
import type { UnitFilter } from '../../../../shared/domain/targets';
import type { CriteriaService, YearCounts } from '../criteria/criteria-service';
import type { RecognitionsService } from '../criteria/recognitions-service';
import type { ScopedUnit, UnitHistoryService } from '../unit-history/unit-history-service';

/** What target evaluation reads, through the services of the areas that own the records. */
export interface DataDeps {
  criteria: Pick<CriteriaService, 'sets' | 'countsInArea'>;
  recognitions: Pick<RecognitionsService, 'levelsInArea' | 'income'>;
  unitHistory: Pick<UnitHistoryService, 'inScope' | 'tally' | 'recorded'>;
}

/** Everything target evaluation reads for one movement area, loaded once per year and cached. */
export interface MovementData {
  scopeUnitId: number | null;
  /** Every unit of the filter valid in `year`, in district then name order (one row per unit: for commune lists only). */
  units(filter: UnitFilter, year: number): ScopedUnit[];
  /** How many units the filter counts in `year`, from per-group counts (no row per unit). */
  population(filter: UnitFilter, year: number): number;
  /** The filter's units valid in `year` that have a decision or a criteria record in some year, by id. */
  recorded(filter: UnitFilter, year: number): { id: number }[];
  /** Level held in `year`: the latest decision up to that year ('none' without one). */
  level(unitId: number, year: number): RecognitionLevel;
  /** Is there a decision about the unit dated exactly `year` (or, with upTo, in any year up to it)? */
  hasDecision(unitId: number, year: number, upTo: boolean): boolean;
  /** Criteria met in `year`, or null when nothing was entered. */
  count(unitId: number, year: number): number | null;
  /** How many criteria the set of the unit's record that year has (null without a record). */
  criteriaTotal(unitId: number, year: number): number | null;
  income(year: number): number | null;
  /** A value computed once per load under `key` (a target's measure for a year, reused by projections and trends). */
  memo<T>(key: string, compute: () => T): T;
}

interface Validity {
  validFrom: string | null;
  validTo: string | null;
  archived: boolean;
}

// As the units query: validity overlapping the year; archived units without an end date count in no year.
function validIn(year: number): (u: Validity) => boolean {
  const [start, end] = [`${year}-01-01`, `${year}-12-31`];
  return (u) =>
    (u.validFrom === null || u.validFrom <= end) && (u.validTo === null || u.validTo >= start) && (!u.archived || u.validTo !== null);
}

const matches = (filter: UnitFilter, u: { adminType: string; ethnicMinorityArea: boolean }) =>
  (filter.adminTypes.length === 0 || filter.adminTypes.includes(u.adminType)) &&
  (filter.ethnicMinorityArea === null || u.ethnicMinorityArea === filter.ethnicMinorityArea);

export function loadMovementData(deps: DataDeps, scopeUnitId: number | null): MovementData {
  const unitCache = new Map<string, ScopedUnit[]>();
  const filteredCache = new Map<string, ScopedUnit[]>();
  const memos = new Map<string, unknown>();
  const countCache = new Map<number, YearCounts>();
  const decisions = new Map<number, { year: number; level: RecognitionLevel }[]>();
  for (const row of deps.recognitions.levelsInArea(scopeUnitId)) {
    const list = decisions.get(row.unitId) ?? [];
    list.push({ year: row.year, level: row.level });
    decisions.set(row.unitId, list);
  }
  const tallies = new Map<string, ReturnType<DataDeps['unitHistory']['tally']>>();
  const recordedCache = new Map<string, { id: number }[]>();
  let recordedUnits: ReturnType<DataDeps['unitHistory']['recorded']> | null = null;
  let sets: CriteriaSet[] | null = null;
  // Asked once per unit with a record: each set's size is counted once.
  const setSizes = new Map<number, number>();
  const setSize = (setId: number) => {
    let size = setSizes.get(setId);
    if (size === undefined) {
      sets ??= deps.criteria.sets();
      size = sets.find((s) => s.id === setId)?.criteria.filter((c) => !c.archived).length ?? 0;
      setSizes.set(setId, size);
    }
    return size;
  };
  const counts = (year: number) => {
    let yearCounts = countCache.get(year);
    if (!yearCounts) {
      yearCounts = deps.criteria.countsInArea(scopeUnitId, year);
      countCache.set(year, yearCounts);
    }
    return yearCounts;
  };

  return {
    scopeUnitId,
    units(filter, year) {
      const key = `${filter.kind}|${year}`;
      const filterKey = `${key}|${filter.adminTypes.join(',')}|${String(filter.ethnicMinorityArea)}`;
      const cached = filteredCache.get(filterKey);
      if (cached) return cached;
      let all = unitCache.get(key);
      if (!all) {
        all = deps.unitHistory.inScope(scopeUnitId, filter.kind, year);
        unitCache.set(key, all);
      }
      const filtered = all.filter((u) => matches(filter, u));
      filteredCache.set(filterKey, filtered);
      return filtered;
    },
    population(filter, year) {
      let groups = tallies.get(filter.kind);
      if (!groups) {
        groups = deps.unitHistory.tally(scopeUnitId, filter.kind);
        tallies.set(filter.kind, groups);
      }
      const valid = validIn(year);
      return groups.reduce((sum, g) => (valid(g) && matches(filter, g) ? sum + g.count : sum), 0);
    },
    recorded(filter, year) {
      const key = `${filter.kind}|${year}|${filter.adminTypes.join(',')}|${String(filter.ethnicMinorityArea)}`;
      const cached = recordedCache.get(key);
      if (cached) return cached;
      recordedUnits ??= deps.unitHistory.recorded(scopeUnitId);
      const valid = validIn(year);
      const found = recordedUnits.filter((u) => u.kind === filter.kind && valid(u) && matches(filter, u));
      recordedCache.set(key, found);
      return found;
    },
    // level and hasDecision run once per unit, target and year (nationally ~10.000 units, a few hundred
    // thousand calls a dashboard): most units have no decision, and nothing is allocated for them.
    level(unitId, year) {
      let level: RecognitionLevel = 'none';
      const list = decisions.get(unitId);
      if (list) for (const decision of list) if (decision.year <= year) level = decision.level;
      return level;
    },
    hasDecision(unitId, year, upTo) {
      const list = decisions.get(unitId);
      if (list) for (const d of list) if (upTo ? d.year <= year : d.year === year) return true;
      return false;
    },
    count(unitId, year) {
      return counts(year).count(unitId);
    },
    criteriaTotal(unitId, year) {
      const setId = counts(year).setId(unitId);
      return setId === null ? null : setSize(setId);
    },
    income(year) {
      return scopeUnitId === null ? null : (deps.recognitions.income(scopeUnitId, year)?.amount ?? null);
    },
    memo<T>(key: string, compute: () => T): T {
      if (memos.has(key)) return memos.get(key) as T;
      const value = compute();
      memos.set(key, value);
      return value;
    },
  };
}
