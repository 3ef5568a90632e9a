import { createUnitsRepository } from '../db/repositories/units';
import { unitsHandlers } from '../ipc/units';
import { unitDirectoryTemplate } from '../pdf/templates/unit-directory';
import { createUnitsService } from '../services/units/units-service';
import { type BaseDeps, defineArea } from './area';

/** The unit registry and its printed directory. */
export function createUnitsArea(base: BaseDeps) {
  const repository = createUnitsRepository(base.db);
  const units = createUnitsService({ ...base, units: repository });
  return defineArea({
    name: 'units',
    services: { units },
    handlers: unitsHandlers({ units }),
    templates: [unitDirectoryTemplate.withReaders({ units })],
  });
}
