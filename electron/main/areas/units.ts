import { createUnitsRepository } from '../db/repositories/units';
import { unitsHandlers } from '../ipc/units';
import { unitDirectoryTemplate } from '../pdf/templates/unit-directory';
import { createRegistryImportService } from '../services/units/registry-import';
import { createUnitsService } from '../services/units/units-service';
import { type BaseDeps, defineArea } from './area';

/** The unit registry and its printed directory. */
export function createUnitsArea(base: BaseDeps) {
  const repository = createUnitsRepository(base.db);
  const units = createUnitsService({ ...base, units: repository });
  const unitsImport = createRegistryImportService({ db: base.db, units });
  return defineArea({
    name: 'units',
    services: { units, unitsImport },
    handlers: unitsHandlers({ units, unitsImport }),
    templates: [unitDirectoryTemplate.withReaders({ units })],
  });
}
