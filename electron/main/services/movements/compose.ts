import { todayIso } from '../../../../shared/format/date';
import type { Db } from '../../db/connection';
import type { AuditRepository } from '../../db/repositories/audit';
import { createCriteriaRepository } from '../../db/repositories/criteria';
import { createMilestonesRepository } from '../../db/repositories/milestones';
import { createMovementsRepository } from '../../db/repositories/movements';
import { createRecognitionsRepository } from '../../db/repositories/recognitions';
import { createUnitHistoryRepository } from '../../db/repositories/unit-history';
import type { UnitsRepository } from '../../db/repositories/units';
import { criteriaHandlers } from '../../ipc/criteria';
import { movementsHandlers } from '../../ipc/movements';
import { targetsHandlers } from '../../ipc/targets';
import { unitHistoryHandlers } from '../../ipc/unit-history';
import type { Clock } from '../context';
import { createCriteriaService } from '../criteria/criteria-service';
import { createCriteriaImportService } from '../criteria/import-service';
import { createRecognitionsService } from '../criteria/recognitions-service';
import type { SetupService } from '../setup/setup-service';
import { createDashboardService } from '../targets/dashboard';
import { createTargetsService } from '../targets/targets-service';
import { createUnitHistoryService } from '../unit-history/unit-history-service';
import { createVillagesImportService } from '../unit-history/villages-import';
import { createMilestonesService } from './milestones-service';
import { createMovementsService } from './movements-service';
import { withMovementSeed } from './seed';

interface AreaDeps {
  db: Db;
  units: UnitsRepository;
  audit: AuditRepository;
  clock: Clock;
  operator: () => string;
}

/**
 * The movements area (movements, criteria, recognitions, targets, dashboard, unit history) wired
 * in one place, so the composition root only adds its services and handler maps.
 */
export function createMovementsArea(deps: AreaDeps) {
  const { db, units, audit, clock, operator } = deps;
  const repos = {
    movements: createMovementsRepository(db),
    milestones: createMilestonesRepository(db),
    criteria: createCriteriaRepository(db),
    recognitions: createRecognitionsRepository(db),
    history: createUnitHistoryRepository(db),
  };
  const today = () => todayIso();
  const base = { db, units, audit, clock, operator };
  const unitHistory = createUnitHistoryService({ ...base, history: repos.history, today });
  const criteria = createCriteriaService({ ...base, ...repos });
  const milestones = createMilestonesService({ ...base, ...repos });
  const targets = createTargetsService({ ...base, ...repos });
  const services = {
    movements: createMovementsService({ ...base, movements: repos.movements }),
    milestones,
    criteria,
    criteriaImport: createCriteriaImportService({ criteria }),
    recognitions: createRecognitionsService({ ...base, ...repos, unitHistory }),
    targets,
    dashboard: createDashboardService({ ...repos, targets, milestones, today }),
    unitHistory,
    villagesImport: createVillagesImportService(base),
  };
  return {
    repos,
    services,
    handlers: {
      movements: movementsHandlers(services),
      criteria: criteriaHandlers(services),
      targets: targetsHandlers(services),
      unitHistory: unitHistoryHandlers(services),
    },
    /** Setup that also writes the seed movement when the province is Kon Tum. */
    withSeed: (setup: SetupService) => withMovementSeed(setup, { db, units, audit, ...repos, now: () => clock.now() }),
  };
}
