import { createMilestonesRepository } from '../db/repositories/milestones';
import { createMovementsRepository } from '../db/repositories/movements';
import { movementsHandlers } from '../ipc/movements';
import { createMilestonesService } from '../services/movements/milestones-service';
import { createMovementsService } from '../services/movements/movements-service';
import { createMovementSeed } from '../services/movements/seed';
import { createMovementTargets } from '../services/movements/targets-store';
import type { UnitHistoryService } from '../services/unit-history/unit-history-service';
import type { UnitsService } from '../services/units/units-service';
import { type BaseDeps, defineArea } from './area';

/** Movements, their milestones and the documents units submit for them. */
export function createMovementsArea(base: BaseDeps, deps: { units: UnitsService; unitHistory: UnitHistoryService }) {
  const repositories = { movements: createMovementsRepository(base.db), milestones: createMilestonesRepository(base.db) };
  const movements = createMovementsService({ ...base, units: deps.units, movements: repositories.movements });
  const milestones = createMilestonesService({ ...base, ...repositories, unitHistory: deps.unitHistory });
  /** Target rows for the targets area, and the Kon Tum plan for setup (both written in the caller's transaction). */
  const movementTargets = createMovementTargets(repositories);
  const movementSeed = createMovementSeed({ db: base.db, audit: base.audit, units: deps.units, ...repositories });
  return defineArea({
    name: 'movements',
    services: { movements, milestones, movementTargets, movementSeed },
    handlers: movementsHandlers({ movements, milestones }),
  });
}
