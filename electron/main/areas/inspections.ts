import { createInspectionsRepository } from '../db/repositories/inspections';
import { inspectionsHandlers } from '../ipc/inspections';
import { createInspectionsService } from '../services/inspections/inspections-service';
import { createPeopleService } from '../services/inspections/people-service';
import { createRecommendationsService } from '../services/inspections/recommendations-service';
import type { MovementsService } from '../services/movements/movements-service';
import type { UnitsService } from '../services/units/units-service';
import { type BaseDeps, defineArea } from './area';

/** The annual inspection: people, rounds, teams, schedule, checklists and scores, recommendations. */
export function createInspectionsArea(base: BaseDeps, deps: { units: UnitsService; movements: MovementsService }) {
  const repository = createInspectionsRepository(base.db);
  const people = createPeopleService({ ...base, inspections: repository });
  const inspections = createInspectionsService({ ...base, inspections: repository, units: deps.units, movements: deps.movements });
  const recommendations = createRecommendationsService({ ...base, inspections: repository, units: deps.units });
  return defineArea({
    name: 'inspections',
    services: { people, inspections, recommendations },
    handlers: inspectionsHandlers({ people, inspections, recommendations }),
  });
}
