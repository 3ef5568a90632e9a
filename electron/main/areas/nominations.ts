import { createNominationsRepository } from '../db/repositories/nominations';
import { nominationsHandlers } from '../ipc/nominations';
import { nominationListTemplate } from '../pdf/templates/nomination-list';
import type { AttachmentsService } from '../services/attachments/attachments-service';
import type { RecommendationsService } from '../services/inspections/recommendations-service';
import type { MovementsService } from '../services/movements/movements-service';
import { createCatalogueService } from '../services/nominations/catalogue-service';
import { createNominationImportService } from '../services/nominations/import-service';
import { createNominationsService } from '../services/nominations/nominations-service';
import { createNomineesService } from '../services/nominations/nominees-service';
import { createRoundsService } from '../services/nominations/rounds-service';
import type { UnitsService } from '../services/units/units-service';
import { type BaseDeps, defineArea } from './area';

/** Award nominations: the award catalogue, rounds, the nominee register, nominations with dossier, eligibility and import. */
export function createNominationsArea(
  base: BaseDeps,
  deps: {
    units: UnitsService;
    movements: MovementsService;
    recommendations: RecommendationsService;
    attachments: AttachmentsService;
  },
) {
  const repository = createNominationsRepository(base.db);
  const awards = createCatalogueService({ ...base, nominations: repository });
  const rounds = createRoundsService({ ...base, nominations: repository, movements: deps.movements });
  const nominees = createNomineesService({ ...base, nominations: repository, catalogue: awards, units: deps.units });
  const nominations = createNominationsService({
    ...base,
    nominations: repository,
    catalogue: awards,
    rounds,
    nominees,
    units: deps.units,
    recommendations: deps.recommendations,
    attachments: () => deps.attachments,
  });
  const nominationImport = createNominationImportService({
    ...base,
    nominations: repository,
    catalogue: awards,
    rounds,
    nominees,
    nominationsService: nominations,
  });
  return defineArea({
    name: 'nominations',
    services: { awards, rounds, nominees, nominations, nominationImport },
    handlers: nominationsHandlers({ awards, rounds, nominees, nominations, nominationImport }),
    templates: [nominationListTemplate.withReaders({ nominations: { forList: (roundId) => nominations.forList(roundId) } })],
  });
}
