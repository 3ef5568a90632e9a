import type { Unit } from '../../../../shared/domain/units';
import type { Db } from '../../db/connection';
import type { AgenciesRepository } from '../../db/repositories/agencies';
import type { AuditRepository } from '../../db/repositories/audit';
import type { SetupInput, SetupService } from '../setup/setup-service';
import { DEFAULT_OWNERS, type DefaultAgency, NATIONAL_COMMUNE_SET, OWNER_SEED_SOURCE, OWNER_SEED_STEP } from './default-owners';

interface SeedDeps {
  db: Db;
  audit: AuditRepository;
  agencies: AgenciesRepository;
  /** Creates a unit with its audit row (the units area's rule), inside the caller's transaction. */
  units: { create(fields: Omit<Unit, 'id' | 'archived' | 'version' | 'createdAt' | 'updatedAt'>): Unit };
}

export interface OwnerSeed {
  /**
   * Gives the national commune set its default owners, once per database: the departments missing
   * from the registry become agency units under the province; a criterion that already has owners
   * keeps them. Does nothing before setup (no province yet) and never again once done.
   */
  apply(at: string, operator: string): { agenciesCreated: number; criteriaAssigned: number } | null;
}

export function createOwnerSeed(deps: SeedDeps): OwnerSeed {
  const { agencies } = deps;
  return {
    apply(at, operator) {
      return deps.db.transaction(() => {
        if (agencies.stepDone(OWNER_SEED_STEP)) return null;
        const provinceId = agencies.provinceId();
        const setId = agencies.setIdByCode(NATIONAL_COMMUNE_SET);
        if (provinceId === null || setId === null) return null;
        let agenciesCreated = 0;
        let criteriaAssigned = 0;
        const idOf = new Map<string, number>();
        const agencyId = (agency: DefaultAgency): number => {
          const known = idOf.get(agency.name) ?? agencies.agencyByName(agency.name);
          if (known !== null) {
            idOf.set(agency.name, known);
            return known;
          }
          const created = deps.units.create({
            code: null,
            name: agency.name,
            kind: 'agency',
            adminType: agency.adminType,
            parentId: provinceId,
            ethnicMinorityArea: false,
            headName: '',
            phone: '',
            email: '',
            address: '',
            notes: `Thêm khi giao tiêu chí nông thôn mới theo ${OWNER_SEED_SOURCE}.`,
          });
          agenciesCreated += 1;
          idOf.set(agency.name, created.id);
          return created.id;
        };
        for (const [number, owners] of Object.entries(DEFAULT_OWNERS)) {
          const criterionId = agencies.criterionId(setId, Number(number));
          if (criterionId === null || agencies.ownerCount(criterionId) > 0) continue;
          const ids = owners.map(agencyId);
          agencies.replaceOwners(criterionId, ids, true, at);
          criteriaAssigned += 1;
          deps.audit.record(
            {
              entity: 'criterion',
              entityId: criterionId,
              action: 'update',
              before: { agencies: '' },
              after: { agencies: owners.map((agency) => agency.name).join('; '), ownersDefault: true, source: OWNER_SEED_SOURCE },
              operator,
            },
            at,
          );
        }
        agencies.markStep(OWNER_SEED_STEP, at);
        return { agenciesCreated, criteriaAssigned };
      })();
    },
  };
}

/** Setup with the owners' seed: written in setup's transaction, right after the province's units. */
export function withOwnerSeed(setup: SetupService, deps: { db: Db; seed: OwnerSeed; now: () => string }): SetupService {
  return {
    ...setup,
    initialize(input: SetupInput) {
      return deps.db.transaction(() => {
        const result = setup.initialize(input);
        deps.seed.apply(deps.now(), input.operatorName);
        return result;
      })();
    },
  };
}
