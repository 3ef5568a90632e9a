import type { CriteriaSet } from '../../../../shared/domain/criteria';
import { findSet } from '../../../../shared/domain/criteria-applicable';
import type { UnitRef } from '../../../../shared/domain/unit-history';
import type { UnitListItem } from '../../../../shared/domain/units';
import { AppError } from '../../../../shared/errors';
import type { CriteriaRepository } from '../../db/repositories/criteria';
import type { UnitHistoryService } from '../unit-history/unit-history-service';
import type { UnitsService } from '../units/units-service';
import { criteriaMessages as msg } from './messages';

export { findSet, setAppliesTo, setCoversYear } from '../../../../shared/domain/criteria-applicable';

/** Lookups shared by the criteria, recognition and import services. */
export function createUnitLookups(deps: {
  units: Pick<UnitsService, 'find'>;
  unitHistory: Pick<UnitHistoryService, 'ref'>;
  criteria: CriteriaRepository;
}) {
  return {
    mustGetUnit(id: number, path = 'unitId'): UnitListItem {
      const unit = deps.units.find(id);
      if (!unit) throw new AppError('NOT_FOUND', msg.unitNotFound(id), [{ path, message: msg.unitNotFound(id) }]);
      return unit;
    },
    /** A district by its row alone (id, name, kind): its list entry would count its children, a thousand in a large grid. */
    mustGetDistrict(id: number): UnitRef {
      const district = deps.unitHistory.ref(id);
      if (!district) throw new AppError('NOT_FOUND', msg.unitNotFound(id), [{ path: 'districtId', message: msg.unitNotFound(id) }]);
      if (district.kind !== 'district')
        throw new AppError('VALIDATION', msg.notDistrict(district.name), [{ path: 'districtId', message: msg.notDistrict(district.name) }]);
      return district;
    },
    /** Refuses records for a year the unit did not exist in (before founding, after a merger). */
    checkValidInYear(unit: Pick<UnitListItem, 'id' | 'name'>, year: number, path = 'year'): void {
      const ref = deps.unitHistory.ref(unit.id);
      const from = ref?.validFrom ?? null;
      const to = ref?.validTo ?? null;
      if ((from && from > `${year}-12-31`) || (to && to < `${year}-01-01`)) {
        const message = msg.unitNotValidInYear(unit.name, year, to, from);
        throw new AppError('VALIDATION', message, [{ path, message }]);
      }
    },
    /** `sets` when the caller already read them (a batch reads them once). */
    mustFindSet(unit: Pick<UnitListItem, 'name' | 'kind' | 'adminType'>, year: number, sets?: CriteriaSet[]): CriteriaSet {
      const set = findSet(sets ?? deps.criteria.sets(), unit.kind, unit.adminType, year);
      if (!set)
        throw new AppError('VALIDATION', msg.noSetForUnit(unit.name, year), [
          { path: 'unitId', message: msg.noSetForUnit(unit.name, year) },
        ]);
      return set;
    },
  };
}

export type UnitLookups = ReturnType<typeof createUnitLookups>;
