import { createInspectionsRepository } from '../db/repositories/inspections';
import { inspectionsHandlers } from '../ipc/inspections';
import { inspectionMinutesTemplate } from '../pdf/templates/inspections/minutes';
import { inspectionPlanTemplate } from '../pdf/templates/inspections/plan';
import { inspectionReportTemplate } from '../pdf/templates/inspections/report';
import type { CriteriaService } from '../services/criteria/criteria-service';
import type { RecognitionsService } from '../services/criteria/recognitions-service';
import { createInspectionExports } from '../services/inspections/exports';
import { createInspectionsService } from '../services/inspections/inspections-service';
import { createPeopleService } from '../services/inspections/people-service';
import { createRecommendationsService } from '../services/inspections/recommendations-service';
import type { MovementsService } from '../services/movements/movements-service';
import type { UnitsService } from '../services/units/units-service';
import { type BaseDeps, defineArea } from './area';

/** The annual inspection: people, rounds, teams, schedule, checklists and scores, recommendations. */
export function createInspectionsArea(
  base: BaseDeps,
  deps: { units: UnitsService; movements: MovementsService; criteria: CriteriaService; recognitions: RecognitionsService },
) {
  const repository = createInspectionsRepository(base.db);
  const people = createPeopleService({ ...base, inspections: repository });
  const records = {
    criteriaMet: (unitId: number, year: number) => deps.criteria.getUnitYear(unitId, year)?.count ?? null,
    recognitions: (unitId: number) => deps.recognitions.forUnit(unitId),
  };
  const inspections = createInspectionsService({ ...base, inspections: repository, units: deps.units, movements: deps.movements, records });
  const recommendations = createRecommendationsService({ ...base, inspections: repository, units: deps.units });
  const exports = createInspectionExports({ inspections, recommendations, units: deps.units });
  return defineArea({
    name: 'inspections',
    services: { people, inspections, recommendations },
    handlers: inspectionsHandlers({ people, inspections, recommendations, exports }),
    templates: [
      inspectionPlanTemplate.withReaders({ inspections }),
      inspectionMinutesTemplate.withReaders({ inspections, units: deps.units }),
      inspectionReportTemplate.withReaders({ inspections, recommendations }),
    ],
  });
}
