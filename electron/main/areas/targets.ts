import { todayIso } from '../../../shared/format/date';
import type { CriteriaRepository } from '../db/repositories/criteria';
import type { MovementsRepository } from '../db/repositories/movements';
import type { RecognitionsRepository } from '../db/repositories/recognitions';
import type { UnitHistoryRepository } from '../db/repositories/unit-history';
import { targetsHandlers } from '../ipc/targets';
import { movementReportTemplate } from '../pdf/templates/movement-report';
import type { MilestonesService } from '../services/movements/milestones-service';
import type { MovementsService } from '../services/movements/movements-service';
import { createDashboardService } from '../services/targets/dashboard';
import { createTargetsService } from '../services/targets/targets-service';
import type { UnitsService } from '../services/units/units-service';
import { type BaseDeps, defineArea } from './area';

interface TargetsDeps {
  /** Tables target evaluation reads directly (see `Area.repositories`). */
  movementsTable: MovementsRepository;
  criteria: CriteriaRepository;
  recognitions: RecognitionsRepository;
  history: UnitHistoryRepository;
  units: UnitsService;
  movements: MovementsService;
  milestones: MilestonesService;
}

/** A movement's targets, their evaluation, the dashboard and the movement report printed from it. */
export function createTargetsArea(base: BaseDeps, deps: TargetsDeps) {
  const data = { movements: deps.movementsTable, criteria: deps.criteria, recognitions: deps.recognitions, history: deps.history };
  const targets = createTargetsService({ ...base, ...data });
  const dashboard = createDashboardService({ ...data, targets, milestones: deps.milestones, today: () => todayIso() });
  const movementReport = movementReportTemplate.withReaders({
    units: deps.units,
    movements: { get: (id) => deps.movements.find(id), targets: (movementId) => targets.list(movementId) },
    dashboard: { summary: (movementId, year) => dashboard.summary(movementId, year, null) },
  });
  return defineArea({
    name: 'targets',
    services: { targets, dashboard },
    handlers: targetsHandlers({ targets, dashboard }),
    templates: [movementReport],
  });
}
