import { createMilestonesRepository } from '../db/repositories/milestones';
import { createMovementsRepository } from '../db/repositories/movements';
import type { UnitHistoryRepository } from '../db/repositories/unit-history';
import type { UnitsRepository } from '../db/repositories/units';
import { movementsHandlers } from '../ipc/movements';
import { createMilestonesService } from '../services/movements/milestones-service';
import { createMovementsService } from '../services/movements/movements-service';
import { type BaseDeps, defineArea } from './area';

/** Movements, their milestones and the documents units submit for them. */
export function createMovementsArea(base: BaseDeps, deps: { units: UnitsRepository; history: UnitHistoryRepository }) {
  const repositories = { movements: createMovementsRepository(base.db), milestones: createMilestonesRepository(base.db) };
  const movements = createMovementsService({ ...base, units: deps.units, movements: repositories.movements });
  const milestones = createMilestonesService({ ...base, ...repositories, history: deps.history });
  return defineArea({
    name: 'movements',
    services: { movements, milestones },
    repositories,
    handlers: movementsHandlers({ movements, milestones }),
  });
}
