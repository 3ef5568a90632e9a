import { todayIso } from '../../../shared/format/date';
import { createUnitHistoryRepository } from '../db/repositories/unit-history';
import { unitHistoryHandlers } from '../ipc/unit-history';
import { createUnitHistoryService } from '../services/unit-history/unit-history-service';
import { createVillagesImportService } from '../services/unit-history/villages-import';
import type { UnitsService } from '../services/units/units-service';
import { type BaseDeps, defineArea } from './area';

/** Units across reorganisations (successors, validity, roll-up) and the village import. */
export function createUnitHistoryArea(base: BaseDeps, deps: { units: UnitsService }) {
  const history = createUnitHistoryRepository(base.db);
  const unitHistory = createUnitHistoryService({ ...base, units: deps.units, history, today: () => todayIso() });
  const villagesImport = createVillagesImportService({ db: base.db, units: deps.units });
  return defineArea({
    name: 'unitHistory',
    services: { unitHistory, villagesImport },
    handlers: unitHistoryHandlers({ unitHistory, villagesImport }),
  });
}
