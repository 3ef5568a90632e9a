import { createAgenciesRepository } from '../db/repositories/agencies';
import { agenciesHandlers } from '../ipc/agencies';
import { criteriaReminderTemplate } from '../pdf/templates/criteria-reminder';
import { createAgenciesService } from '../services/agencies/agencies-service';
import { createOwnerSeed } from '../services/agencies/owner-seed';
import type { MovementsService } from '../services/movements/movements-service';
import type { UnitsService } from '../services/units/units-service';
import { type BaseDeps, defineArea } from './area';

interface AgenciesDeps {
  units: UnitsService;
  movements: MovementsService;
}

/**
 * Who answers for each criterion (agencies of the registry), results criterion by criterion, each
 * agency's page, the Công văn đôn đốc and the replies to it. The owners' default seed runs here for a
 * database set up before it existed, and inside setup's transaction for a new one (areas/setup.ts).
 */
export function createAgenciesArea(base: BaseDeps, deps: AgenciesDeps) {
  const repository = createAgenciesRepository(base.db);
  const agencies = createAgenciesService({ ...base, agencies: repository, units: deps.units, movements: deps.movements });
  const ownerSeed = createOwnerSeed({ db: base.db, audit: base.audit, agencies: repository, units: deps.units });
  // An upgraded database already has its province: give it the defaults once (a new one gets them on setup).
  if (repository.provinceId() !== null) ownerSeed.apply(base.clock.now(), base.operator());
  const reminder = criteriaReminderTemplate.withReaders({
    movements: { get: (id) => deps.movements.find(id) },
    agencies: {
      page: (agencyId, movementId, year) =>
        deps.units.find(agencyId)?.kind === 'agency' ? agencies.page(agencyId, movementId, year) : null,
    },
    recorded: (movementId, year) => agencies.recorded(movementId, year),
  });
  return defineArea({
    name: 'agencies',
    services: { agencies, ownerSeed },
    handlers: agenciesHandlers({ agencies }),
    templates: [reminder],
  });
}
