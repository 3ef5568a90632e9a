import { createCriteriaRepository } from '../db/repositories/criteria';
import { createRecognitionsRepository } from '../db/repositories/recognitions';
import { criteriaHandlers } from '../ipc/criteria';
import { createCriteriaService } from '../services/criteria/criteria-service';
import { createCriteriaImportService } from '../services/criteria/import-service';
import { createRecognitionsService } from '../services/criteria/recognitions-service';
import type { UnitHistoryService } from '../services/unit-history/unit-history-service';
import type { UnitsService } from '../services/units/units-service';
import { type BaseDeps, defineArea } from './area';

interface CriteriaDeps {
  units: UnitsService;
  unitHistory: UnitHistoryService;
}

/** New-rural criteria per unit and year (grid, XLSX import), recognition decisions and rural income. */
export function createCriteriaArea(base: BaseDeps, deps: CriteriaDeps) {
  const repositories = { criteria: createCriteriaRepository(base.db), recognitions: createRecognitionsRepository(base.db) };
  const criteria = createCriteriaService({ ...base, ...repositories, ...deps });
  const criteriaImport = createCriteriaImportService({ criteria, units: deps.units });
  const recognitions = createRecognitionsService({ ...base, ...repositories, ...deps });
  return defineArea({
    name: 'criteria',
    services: { criteria, criteriaImport, recognitions },
    handlers: criteriaHandlers({ criteria, criteriaImport, recognitions }),
  });
}
