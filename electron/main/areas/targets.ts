import { todayIso } from '../../../shared/format/date';
import { createDataGeneration } from '../db/repositories/data-generation';
import { targetsHandlers } from '../ipc/targets';
import { movementReportTemplate } from '../pdf/templates/movement-report';
import type { AgenciesService } from '../services/agencies/agencies-service';
import type { CriteriaService } from '../services/criteria/criteria-service';
import type { RecognitionsService } from '../services/criteria/recognitions-service';
import type { MilestonesService } from '../services/movements/milestones-service';
import type { MovementsService } from '../services/movements/movements-service';
import type { MovementTargets } from '../services/movements/targets-store';
import { createDashboardService } from '../services/targets/dashboard';
import { createMovementDataCache } from '../services/targets/data-cache';
import { createTargetsService } from '../services/targets/targets-service';
import type { UnitHistoryService } from '../services/unit-history/unit-history-service';
import type { UnitsService } from '../services/units/units-service';
import { type BaseDeps, defineArea } from './area';

interface TargetsDeps {
  units: UnitsService;
  unitHistory: UnitHistoryService;
  criteria: CriteriaService;
  recognitions: RecognitionsService;
  movements: MovementsService;
  movementTargets: MovementTargets;
  milestones: MilestonesService;
  /** Results criterion by criterion (agencies area), the report's per-criterion section. */
  criteriaResults: Pick<AgenciesService, 'totals'>;
}

/** A movement's targets, their evaluation, the dashboard and the movement report printed from it. */
export function createTargetsArea(base: BaseDeps, deps: TargetsDeps) {
  const data = { criteria: deps.criteria, recognitions: deps.recognitions, unitHistory: deps.unitHistory };
  const generation = createDataGeneration(base.db);
  const movementData = createMovementDataCache(data, () => generation.current());
  const targets = createTargetsService({ ...base, movementData, movements: deps.movements, movementTargets: deps.movementTargets });
  const dashboard = createDashboardService({
    criteria: deps.criteria,
    movementData,
    targets,
    milestones: deps.milestones,
    movements: deps.movements,
    unitHistory: deps.unitHistory,
    areaType: (scopeUnitId) => deps.units.areaAdminType(scopeUnitId),
    generation: () => generation.current(),
    today: () => todayIso(),
  });
  const movementReport = movementReportTemplate.withReaders({
    units: deps.units,
    movements: { get: (id) => deps.movements.find(id), targets: (movementId) => targets.list(movementId) },
    dashboard: { figures: (movementId, year) => dashboard.figures(movementId, year, null) },
    criteria: { totals: (movementId, year) => deps.criteriaResults.totals(movementId, year) },
  });
  return defineArea({
    name: 'targets',
    services: { targets, dashboard },
    handlers: targetsHandlers({ targets, dashboard }),
    templates: [movementReport],
  });
}
