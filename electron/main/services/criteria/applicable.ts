import type { CriteriaScope, CriteriaSet } from '../../../../shared/domain/criteria';
import type { UnitKind, UnitListItem } from '../../../../shared/domain/units';
import { AppError } from '../../../../shared/errors';
import type { CriteriaRepository } from '../../db/repositories/criteria';
import type { UnitHistoryRepository } from '../../db/repositories/unit-history';
import type { UnitsRepository } from '../../db/repositories/units';
import { criteriaMessages as msg } from './messages';

const SCOPE_OF_KIND: Partial<Record<UnitKind, CriteriaScope>> = { commune: 'commune', district: 'district', village: 'village' };

/** Does the set cover this year (validity overlaps it)? */
export function setCoversYear(set: CriteriaSet, year: number): boolean {
  return (!set.validFrom || set.validFrom <= `${year}-12-31`) && (!set.validTo || set.validTo >= `${year}-01-01`);
}

/** Does the set apply to a unit of this kind and administrative type? */
export function setAppliesTo(set: CriteriaSet, kind: UnitKind, adminType: string): boolean {
  return SCOPE_OF_KIND[kind] === set.scope && (set.adminTypes.length === 0 || set.adminTypes.includes(adminType));
}

/** The set in force for units of a kind/type in a year: the most recent one covering the year. */
export function findSet(sets: CriteriaSet[], kind: UnitKind, adminType: string, year: number): CriteriaSet | null {
  const candidates = sets.filter((set) => setAppliesTo(set, kind, adminType) && setCoversYear(set, year));
  candidates.sort((a, b) => (b.validFrom ?? '').localeCompare(a.validFrom ?? ''));
  return candidates[0] ?? null;
}

/** Lookups shared by the criteria, recognition and import services. */
export function createUnitLookups(deps: { units: UnitsRepository; history: UnitHistoryRepository; criteria: CriteriaRepository }) {
  return {
    mustGetUnit(id: number, path = 'unitId'): UnitListItem {
      const unit = deps.units.get(id);
      if (!unit) throw new AppError('NOT_FOUND', msg.unitNotFound(id), [{ path, message: msg.unitNotFound(id) }]);
      return unit;
    },
    /** Refuses records for a year the unit did not exist in (before founding, after a merger). */
    checkValidInYear(unit: UnitListItem, year: number, path = 'year'): void {
      const ref = deps.history.ref(unit.id);
      const from = ref?.valid_from ?? null;
      const to = ref?.valid_to ?? null;
      if ((from && from > `${year}-12-31`) || (to && to < `${year}-01-01`)) {
        const message = msg.unitNotValidInYear(unit.name, year, to, from);
        throw new AppError('VALIDATION', message, [{ path, message }]);
      }
    },
    mustFindSet(unit: UnitListItem, year: number): CriteriaSet {
      const set = findSet(deps.criteria.sets(), unit.kind, unit.adminType, year);
      if (!set)
        throw new AppError('VALIDATION', msg.noSetForUnit(unit.name, year), [
          { path: 'unitId', message: msg.noSetForUnit(unit.name, year) },
        ]);
      return set;
    },
  };
}

export type UnitLookups = ReturnType<typeof createUnitLookups>;
